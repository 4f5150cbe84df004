import ShejireCore
import ShejireText

/// Places found by the case or the preposition that marks a location.
extension PlaceRule {
    /// Russian prepositions of place that govern a place name (`в Калифорнии`, `из Тусона`).
    static let russianPlacePrepositions: Set<String> = ["в", "во", "из", "под", "близ", "возле", "около"]

    /// Lower-case Russian nouns (lemmas) whose genitive complement is a place: parts of the
    /// world's directions (`на юге Ливана`), outskirts (`в пригороде Дамаска`), people of a
    /// place (`жители Газы`, `уроженец Ташкента`), a capital (`столица Мали`).
    static let russianPlaceGenitiveHeads: Set<String> = [
        "север", "юг", "восток", "запад", "северо-запад", "северо-восток", "юго-запад", "юго-восток", "пригород",
        "окрестность", "окраина", "житель", "жительница", "уроженец", "уроженка", "столица",
    ]

    /// Capitalised nouns that follow `в` like a place but name none: the Internet (`в Интернете`,
    /// `в Сети`), the air (`в Эфире`).
    static let russianNonPlaces: Set<String> = ["интернет", "сеть", "рунет", "эфир", "паутина"]

    /// A capitalised Russian word that no other rule or gazetteer took, right after a
    /// preposition of place (`в Тусоне`, `из Калифорнии`) or a noun whose genitive is a place
    /// (`на юге Ливана`, `жители Газы`), read as a place.
    ///
    /// People and organisations are found before this rule runs, so the words left are
    /// mostly places. The word must not be a head noun, an adjective (`в Белом доме`), an
    /// acronym or Latin, and what follows must end the phrase: punctuation, a function word
    /// or a verb (`в Тусоне произошла`), not a noun it would qualify (`во Дворце молодёжи`).
    /// (The same idea for Kazakh, a capitalised word in the locative or dative, finds more
    /// common nouns written with a capital, `Отанға`, `Президенттікке`, than places, so it is
    /// not used.)
    func contextPlaces(_ tokens: [Token], covered: Set<Int>) -> [Candidate] {
        var result: [Candidate] = []
        for (i, token) in tokens.enumerated() where i > 0 && !covered.contains(i) {
            guard token.kind == .word, token.isCapitalized, !token.isAllUpper, token.folded.count >= 4,
                !NameContext.isLatin(token.text), !NameContext.isSentenceStart(i, tokens), !NameContext.isHeadNoun(token)
            else { continue }
            let previous = tokens[i - 1]
            if previous.kind == .word, previous.isCapitalized, !NameContext.isSentenceStart(i - 1, tokens) { continue }
            if i + 1 < tokens.count, tokens[i + 1].sentence == token.sentence, tokens[i + 1].kind == .word,
                tokens[i + 1].isCapitalized || NameContext.isHeadNoun(tokens[i + 1])
            {
                continue
            }
            let byPreposition = Self.russianPlacePrepositions.contains(previous.folded)
            let byHead = previous.kind == .word && (!previous.isCapitalized || NameContext.isSentenceStart(i - 1, tokens))
                && RussianMorphology.matchForms(previous.folded).contains(where: Self.russianPlaceGenitiveHeads.contains)
            guard byPreposition || byHead, !NameContext.isKazakhSpelling(token.folded),
                !NameContext.isRussianAdjective(token.folded), !token.folded.hasSuffix("ом"), !token.folded.hasSuffix("ем")
            else { continue }
            if i + 1 < tokens.count, tokens[i + 1].sentence == token.sentence, tokens[i + 1].kind == .word {
                let next = tokens[i + 1].folded
                guard HeadNounPhrase.russianStops.contains(next) || ["и", "где", "когда", "после", "уже"].contains(next)
                    || HeadNounPhrase.isRussianVerb(next)
                else { continue }
            }
            if Morphology.matchForms(token.folded).contains(where: Self.russianNonPlaces.contains) { continue }
            let base = PersonNameRule.capitalize(Morphology.candidateBases(token.folded).first ?? token.folded)
            result.append(
                Candidate(
                    tokens: i..<(i + 1), type: .place, entity: "place:" + Slug.make(base), name: base, base: base,
                    source: name, confidence: 0.5, attributes: ["context": "preposition"], specificity: 1))
        }
        return result
    }
}
