import ShejireCore
import ShejireText

/// Russian place names built with a place noun or a compass adjective.
extension PlaceRule {
    /// Russian nouns that introduce a place name after them (lemmas): `города Феникс`,
    /// `реки Славянки`, `острове Уайт`, `штата Аризона`, `площади Тяньаньмынь`.
    static let russianDescriptorNouns: Set<String> = [
        "город", "село", "деревня", "поселок", "станица", "аул", "река", "озеро", "остров", "полуостров", "штат",
        "провинция", "порт", "площадь", "улица", "проспект", "бульвар", "мыс", "гора", "залив", "пролив", "пустыня",
        "аэропорт", "курорт", "поселение", "микрорайон", "квартал",
    ]

    /// Descriptor nouns of settlements and city parts: a known name after them stands alone.
    static let russianSettlementNouns: Set<String> = [
        "город", "село", "деревня", "поселок", "станица", "аул", "поселение", "микрорайон", "квартал", "порт", "курорт",
    ]

    /// Compass and position adjectives that begin a region's name (`Восточной Сибири`,
    /// `Южной Каролине`).
    static let compassStems = ["северн", "южн", "восточн", "западн", "центральн", "северо-", "юго-", "нижн", "верхн"]

    /// Russian places the head-noun loop does not see:
    /// - a place noun and one or two capitalised words after it that no gazetteer knows, the
    ///   noun in the span (the descriptor is part of the name's object in factRuEval):
    ///   `города Феникс`, `реку Славянку`, `острове Уайт`; a known place stands alone
    ///   (`города Москвы` → `Москвы`), a plural noun describes no name (`городах России`);
    /// - capitalised adjectives before a place noun: `Тверской площади`,
    ///   `Кронштадтском бульваре`, `Дальневосточном федеральном округе`;
    /// - a compass adjective before a capitalised word: `Восточной Сибири`, `Южной Каролине`.
    ///
    /// Only words with no Kazakh letter; organisations are never crossed.
    ///
    /// - Complexity: O(n) in the number of tokens.
    func russianPlaces(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var organisation = Set<Int>()
        for candidate in found where candidate.type == .organisation || candidate.type == .date { organisation.formUnion(candidate.tokens) }
        var knownPlaces = Set<Int>()
        for candidate in found where candidate.type == .place && candidate.source.hasPrefix("gazetteer") { knownPlaces.formUnion(candidate.tokens) }
        var personStarts = Set<Int>()
        for candidate in found where candidate.type == .person { personStarts.insert(candidate.tokens.lowerBound) }
        func isRussianWord(_ i: Int) -> Bool {
            tokens[i].kind == .word && !NameContext.isKazakhSpelling(tokens[i].folded) && !NameContext.isLatin(tokens[i].text)
        }
        func isNameWord(_ i: Int, of h: Int) -> Bool {
            i < tokens.count && tokens[i].sentence == tokens[h].sentence && isRussianWord(i) && tokens[i].isCapitalized
                && !organisation.contains(i) && !NameContext.isHeadNoun(tokens[i])
        }
        var result: [Candidate] = []
        for h in tokens.indices where isRussianWord(h) && !organisation.contains(h) {
            let forms = RussianMorphology.matchForms(tokens[h].folded)
            // A plural descriptor (`городах России`) is no name's descriptor.
            let plural = ["ах", "ях", "ами", "ями"].contains(where: tokens[h].folded.hasSuffix)
            // A place a gazetteer knows stands alone (`города Москвы` → `Москвы`); an unknown
            // one is named with its descriptor (`реки Славянки`).
            // A settlement a gazetteer knows stands alone (`города Москвы` → `Москвы`); a river,
            // a state, an island keeps its noun even when known (`штата Аризона`, `реку Нарву`).
            let settlement = forms.contains(where: Self.russianSettlementNouns.contains)
            if forms.contains(where: Self.russianDescriptorNouns.contains), !plural, !NameContext.isRussianAdjective(tokens[h].folded),
                !knownPlaces.contains(h + 1) || !settlement,
                isNameWord(h + 1, of: h), !NameContext.isRussianAdjective(tokens[h + 1].folded)
            {
                var end = h + 2
                if isNameWord(end, of: h), !NameContext.isRussianAdjective(tokens[end].folded), !personStarts.contains(end) { end += 1 }
                result.append(make(h..<end, nameTokens: (h + 1)..<end, tokens: tokens, kind: "descriptor"))
                continue
            }
            guard forms.contains(where: Self.russianPlaceNouns.contains) || forms.contains(where: Self.russianDescriptorNouns.contains),
                !tokens[h].isCapitalized
            else { continue }
            // Adjectives before the place noun, the first of them capitalised.
            var start = h
            var j = h - 1
            while j >= 0, h - j <= 3, tokens[j].sentence == tokens[h].sentence, isRussianWord(j), !organisation.contains(j),
                NameContext.isRussianAdjective(tokens[j].folded)
            {
                if tokens[j].isCapitalized && !NameContext.isSentenceStart(j, tokens) { start = j }
                j -= 1
            }
            if start < h { result.append(make(start..<(h + 1), nameTokens: start..<(h + 1), tokens: tokens, kind: "adjective")) }
        }
        // Compass adjectives.
        for i in tokens.indices where isRussianWord(i) && tokens[i].isCapitalized && !organisation.contains(i) {
            let folded = tokens[i].folded
            guard Self.compassStems.contains(where: folded.hasPrefix), NameContext.isRussianAdjective(folded), isNameWord(i + 1, of: i),
                !NameContext.isRussianAdjective(tokens[i + 1].folded)
            else { continue }
            result.append(make(i..<(i + 2), nameTokens: i..<(i + 2), tokens: tokens, kind: "compass"))
        }
        return result
    }

    private func make(_ range: Range<Int>, nameTokens: Range<Int>, tokens: [Token], kind: String) -> Candidate {
        // One word is put in its nominative (`Славянки` → `Славянка`); a phrase of adjective
        // and noun is kept as written, since its parts agree in a case.
        let name = nameTokens.count == 1
            ? PersonNameRule.capitalize(RussianMorphology.candidateBases(tokens[nameTokens.lowerBound].folded).first ?? tokens[nameTokens.lowerBound].folded)
            : tokens[nameTokens].map(\.text).joined(separator: " ")
        return Candidate(
            tokens: range, type: .place, entity: "place:" + Slug.make(name), name: name, base: name, source: self.name,
            confidence: 0.7, attributes: ["pattern": kind], specificity: 2)
    }
}
