import ShejireCore
import ShejireText

/// Finds places that are not in a gazetteer, by the words around them.
///
/// - Kazakh: `Түркістан облысы`, `Мақтаарал ауданы`, `Кентау қаласы`, `Жаңатұрмыс ауылы`
///   (the name is one or two capitalised words before the head, which may be inflected:
///   `облысында`).
/// - Russian: `г. Кентау`, `город Кентау`, `село ...`, `пос. ...`, `Туркестанская область`,
///   `Мактааральский район`.
/// - English: `Turkistan Region`, `Maktaaral District`.
/// - A dateline: an all-capital word opening a line and followed by a dot and an agency
///   name (`АСТАНА. KAZINFORM –`).
public struct PlaceRule: Extractor {
    public var name: String { "rule:place" }

    static let headsAfter: [String: String] = [
        "облыс": "region", "облысы": "region", "аудан": "district", "ауданы": "district", "қала": "city", "қаласы": "city",
        "ауыл": "village", "ауылы": "village", "аулы": "village", "кент": "settlement", "кенті": "settlement", "өңір": "region", "өңірі": "region",
        "область": "region", "район": "district", "region": "region", "district": "district", "province": "region",
    ]
    static let headsBefore: [String: String] = [
        "г.": "city", "город": "city", "с.": "village", "село": "village", "пос.": "settlement", "поселок": "settlement",
        "посёлок": "settlement", "аул": "village", "city": "city",
    ]

    /// Russian nouns of places that name a place with a capitalised word or adjective
    /// (`Тверская площадь`, `Кронштадтский бульвар`, `остров Уайт`).
    static let russianPlaceNouns: Set<String> = [
        "площадь", "улица", "проспект", "бульвар", "переулок", "шоссе", "набережная", "остров", "полуостров", "река",
        "озеро", "море", "океан", "залив", "пролив", "гора", "горы", "хребет", "штат", "провинция", "округ", "край",
        "республика", "аэропорт", "порт", "вокзал", "станция", "побережье", "долина", "пустыня", "регион", "кладбище",
    ]

    public init() {}

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var covered = Set<Int>()
        var positions = Set<Int>()
        for candidate in found {
            covered.formUnion(candidate.tokens)
            if candidate.type == .position { positions.formUnion(candidate.tokens) }
        }
        var result: [Candidate] = []
        for (h, token) in tokens.enumerated() where token.kind == .word || token.kind == .abbreviation {
            let forms = token.kind == .abbreviation ? [token.folded] : Morphology.matchForms(token.folded)
            if let kind = forms.lazy.compactMap({ Self.headsAfter[$0] }).first {
                // A Kazakh head names a place in the possessive (`облысы`, `ауданында`); the
                // bare `облыс` before another noun is a common noun (`облыс басшылығы`).
                let kazakh = Self.kazakhHeads.contains { forms.contains($0) }
                if kazakh && !forms.contains(where: Self.kazakhPossessiveHeads.contains) { continue }
                // One or two capitalised words in the nominative before the head.
                var start = h
                var j = h - 1
                while j >= 0, h - j <= 2, tokens[j].kind == .word, tokens[j].isCapitalized, !token.isCapitalized || j == h - 1,
                    tokens[j].sentence == token.sentence, Self.mayModifyPlaceHead(j, tokens)
                {
                    start = j
                    j -= 1
                    if Self.isRussianAdjective(tokens[start].folded) { break }
                }
                guard start < h else { continue }
                if (start..<h).contains(where: covered.contains) && !(start..<h).allSatisfy(covered.contains) { continue }
                // A Russian head takes an adjective (`Советского района`, `в Медеуском районе`), not a title
                // (`Глава района`, `Аким области`: the head of a district).
                let russianHead = Self.russianHeads.contains(where: forms.contains)
                if russianHead,
                    !(start..<h).allSatisfy({
                        (NameContext.isRussianAdjective(tokens[$0].folded) || NameContext.isPrepositionalAdjective(tokens[$0].folded))
                            && !positions.contains($0)
                    })
                {
                    continue
                }
                // A listed city before `қаласы` is that city (`Семей қаласында` is place:semey).
                if kind == "city", let listed = found.first(where: {
                    $0.type == .place && $0.tokens == start..<h && $0.source.hasPrefix("gazetteer")
                }) {
                    var attributes = listed.attributes
                    attributes["placetype"] = kind
                    result.append(
                        Candidate(
                            tokens: start..<(h + 1), type: .place, entity: listed.entity, name: listed.name, base: listed.base,
                            source: self.name, confidence: 0.8, attributes: attributes, specificity: 2))
                    continue
                }
                let name = russianHead
                    ? Self.nominativePhrase(tokens, start..<(h + 1)) ?? tokens[start...h].map(\.text).joined(separator: " ")
                    : (tokens[start..<h].map(\.text) + [Self.headBase(token)]).joined(separator: " ")
                result.append(
                    Candidate(
                        tokens: start..<(h + 1), type: .place, entity: "place:" + Slug.make(name), name: name, base: name,
                        source: self.name, confidence: 0.8, attributes: ["placetype": kind], specificity: 2))
            } else if let kind = Self.headsBefore[token.folded], h + 1 < tokens.count, tokens[h + 1].kind == .word,
                tokens[h + 1].isCapitalized, tokens[h + 1].sentence == token.sentence
            {
                let word = tokens[h + 1]
                let base = PersonNameRule.capitalize(Morphology.candidateBases(word.folded).first ?? word.folded)
                result.append(
                    Candidate(
                        tokens: (h + 1)..<(h + 2), type: .place, entity: "place:" + Slug.make(base), name: base, base: base,
                        source: self.name, confidence: 0.8, attributes: ["placetype": kind], specificity: 2))
            }
        }
        result += russianPlaces(tokens, found: found)
        if document.document.language == "ru" {
            result += seatBuildings(tokens, found: found)
            result += organisationBuildings(document, found: found)
        }
        for candidate in result { covered.formUnion(candidate.tokens) }
        result += contextPlaces(tokens, covered: covered)
        result += kazakhHeadPlaces(tokens, covered: covered)
        if document.document.language != "ru" { result += kazakhNeighbourhoods(tokens, covered: covered) }
        // Dateline: `АСТАНА. KAZINFORM –` at the start of a line.
        for (i, token) in tokens.enumerated() where token.newlineBefore && token.isAllUpper && !covered.contains(i) {
            guard i + 2 < tokens.count, tokens[i + 1].text == ".", tokens[i + 2].isAllUpper else { continue }
            let base = PersonNameRule.capitalize(token.folded)
            result.append(
                Candidate(
                    tokens: i..<(i + 1), type: .place, entity: "place:" + Slug.make(base), name: base, base: base,
                    source: name, confidence: 0.7, attributes: ["dateline": "true"], specificity: 2))
        }
        return result
    }

    /// The Russian heads after a name.
    static let russianHeads: Set<String> = ["область", "район"]

    /// The Kazakh heads, bare and possessive.
    static let kazakhHeads: Set<String> = ["облыс", "облысы", "аудан", "ауданы", "қала", "қаласы", "ауыл", "ауылы", "аулы", "кент", "кенті", "өңір", "өңірі"]
    static let kazakhPossessiveHeads: Set<String> = ["облысы", "ауданы", "қаласы", "ауылы", "аулы", "кенті", "өңірі"]

    /// A word before a place head is part of the name unless it opens the sentence as a
    /// function word or stands in a case of its own: a genitive (`Ресейдің Барнауыл
    /// қаласы`) or an oblique case (`Ақтаудан Шымкент қаласына`) names another thing.
    static func mayModifyPlaceHead(_ j: Int, _ tokens: [Token]) -> Bool {
        let folded = tokens[j].folded
        if NameContext.isSentenceStart(j, tokens) && HeadNounPhrase.sentenceStarters.contains(folded) { return false }
        if NameContext.hasObliqueEnding(folded) { return false }
        if HeadNounPhrase.genitiveEndings.contains(where: folded.hasSuffix) && folded.count >= 6 { return false }
        return true
    }

    static func isRussianAdjective(_ folded: String) -> Bool {
        ["ская", "ский", "ской", "скую", "ском", "ого", "ая", "ый", "ий"].contains { folded.hasSuffix($0) }
    }

    /// The head word in its dictionary form (`облысында` -> `облысы`).
    static func headBase(_ token: Token) -> String {
        let forms = Morphology.matchForms(token.folded)
        if let possessive = forms.first(where: { headsAfter[$0] != nil && ($0.hasSuffix("ы") || $0.hasSuffix("і")) }) {
            return possessive
        }
        return forms.first(where: { headsAfter[$0] != nil }) ?? token.folded
    }
}
