import ShejireCore
import ShejireText

/// Russian: a country's or a city's adjective before an organisation's name (session 13).
extension OrganisationRule {
    /// Russian: a lower-case adjective of a country or a city (`isPlaceAdjective`: `российского`,
    /// `мюнхенской`, `лондонского`) right before an organisation whose name opens with a capital
    /// or a quote is part of the name, as factRuEval spans it (`японского МИДа`, `московского
    /// «Центра»`): `лондонского Арсенала`, `российского Газпрома`. The organisation keeps its
    /// entity and name; a quoted name takes its closing quote too. Not at a sentence's start,
    /// not an adjective another mention covers, not an adjective in `-ческ-` (`политической`).
    func placeAdjectiveQualified(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var taken = Set<Int>()
        for candidate in found where candidate.type != .position { taken.formUnion(candidate.tokens) }
        var result: [Candidate] = []
        for organisation in found where organisation.type == .organisation {
            let s = organisation.tokens.lowerBound
            guard s >= 1, tokens[s].kind == .word, tokens[s].isCapitalized else { continue }
            var a = s - 1
            let quoted = tokens[a].kind == .quote
            if quoted { a -= 1 }
            guard a >= 0, tokens[a].kind == .word, tokens[a].sentence == tokens[s].sentence, !tokens[a].isCapitalized,
                !taken.contains(a), !NameContext.isKazakhSpelling(tokens[a].folded), tokens[a].folded.count >= 6,
                // `по-английски` is an adverb.
                !tokens[a].folded.hasPrefix("по-"),
                NameContext.isRussianAdjective(tokens[a].folded), Self.isPlaceAdjective(tokens[a].folded)
            else { continue }
            var end = organisation.tokens.upperBound
            if quoted {
                guard end < tokens.count, tokens[end].kind == .quote, tokens[end].sentence == tokens[s].sentence else { continue }
                end += 1
            }
            var widened = organisation.widened(to: a..<end, source: name)
            widened.attributes["place_adjective"] = tokens[a].text
            result.append(widened)
        }
        // A city's adjective before a region's name is a sports club named after the region
        // (`мюнхенской Баварии`, `краснодарской Кубани`); a country's adjective before a region
        // is the region (`в испанской Каталонии`), and a city after any adjective stays a place.
        for region in found where region.type == .place && region.source.contains("admin-regions") {
            let s = region.tokens.lowerBound
            let a = s - 1
            guard a >= 0, tokens[s].isCapitalized, tokens[a].kind == .word, tokens[a].sentence == tokens[s].sentence,
                !tokens[a].isCapitalized, !taken.contains(a), tokens[a].folded.count >= 6, !tokens[a].folded.hasPrefix("по-"),
                NameContext.isRussianAdjective(tokens[a].folded), Self.isPlaceAdjective(tokens[a].folded),
                !Self.isCountryAdjective(tokens[a].folded),
                !Self.macroRegionStems.contains(where: tokens[a].folded.hasPrefix)
            else { continue }
            let text = tokens[a..<region.tokens.upperBound].map(\.text).joined(separator: " ")
            result.append(
                Candidate(
                    tokens: a..<region.tokens.upperBound, type: .organisation, entity: "org:" + Slug.make(text), name: text,
                    base: text, source: name, confidence: 0.6, attributes: ["place_adjective": tokens[a].text, "named_after": region.entity],
                    specificity: 2))
        }
        return result
    }

    /// Stems of adjectives of large regions and sides of the world, which before a region say
    /// where it lies, not which club (`в сибирской Якутии`, `в кавказской Чечне`, `в уральской
    /// Башкирии`; review, session 13).
    static let macroRegionStems: [String] = [
        "сибирск", "кавказск", "северокавказск", "закавказск", "уральск", "приуральск", "дальневосточн", "поволжск",
        "приволжск", "балтийск", "прибалтийск", "черноморск", "азиатск", "среднеазиатск", "центральноазиатск",
        "европейск", "скандинавск", "ближневосточн", "арктическ", "южн", "северн", "западн", "восточн", "центральн",
        "горн", "степн", "приморск", "таежн", "таёжн",
    ]

    /// Whether a Russian adjective is a country's (`испанской`, `российского`; `PlaceAdjective`
    /// stems whose place is not a city).
    static func isCountryAdjective(_ folded: String) -> Bool {
        let cities: Set<String> = ["place:moscow", "place:saint-petersburg", "place:kyiv", "place:almaty", "place:astana"]
        return PlaceAdjective.stems.contains { stem, place in folded.hasPrefix(stem) && !cities.contains(place) }
    }
}
