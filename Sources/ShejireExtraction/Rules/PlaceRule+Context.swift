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

    /// Kazakh plural heads in the possessive after a list of names (`Бақбақты, Бірлік, Ақдала
    /// ауылдарының`, `Отырар мен Ордабасы аудандарында`): the beginnings of the words, with
    /// the kind of place each names.
    static let kazakhPluralHeads: [(String, String)] = [
        ("ауылдары", "village"), ("аудандары", "district"), ("қалалары", "city"), ("кенттері", "settlement"),
    ]
    /// `маңы` "the vicinity" in the cases that follow a place's name (`Шідерті маңында`).
    static let kazakhVicinityWords: Set<String> = ["маңында", "маңындағы", "маңынан", "маңына"]
    /// The beginnings of `мекен` "settlement" (after `елді`) and `округ` (after `ауылдық`/`селолық`).
    static let kazakhSettlementHead = "мекен"
    static let kazakhRuralDistrictHead = "округ"
    /// The first letters of every head `kazakhHeadPlaces` looks for, derived from the heads.
    static let kazakhHeadInitials = Set(
        (kazakhPluralHeads.map(\.0) + Array(kazakhVicinityWords) + [kazakhSettlementHead, kazakhRuralDistrictHead])
            .compactMap(\.unicodeScalars.first))
    /// Words joining names in a Kazakh list.
    static let kazakhListJoins: Set<String> = [",", "мен", "пен", "бен", "және"]

    /// Kazakh places by a head the gazetteers and the head rule leave: each name of a list
    /// before a plural head (`Теңдік, Мироновка және Кантемировское ауылдарына`), and a name
    /// before `елді мекен` ("settlement") or `ауылдық/селолық округ` ("rural district")
    /// (`Жаңабазар елді мекенінде`, `Кеңөзек селолық округіне`), and a one-word name before
    /// `маңында` "in the vicinity of" (`Шідерті маңында`). The mention is the name alone,
    /// as KazNERD annotates such places; a name another rule took keeps its reading.
    func kazakhHeadPlaces(_ tokens: [Token], covered: Set<Int>) -> [Candidate] {
        var result: [Candidate] = []
        func isName(_ j: Int, _ sentence: Int) -> Bool {
            j >= 0 && tokens[j].sentence == sentence && tokens[j].kind == .word && tokens[j].isCapitalized
                && !tokens[j].isAllUpper && tokens[j].folded.count >= 3 && Self.mayModifyPlaceHead(j, tokens)
                && !NameContext.isHeadNoun(tokens[j])
        }
        func add(_ j: Int, _ kind: String) {
            guard !covered.contains(j), !result.contains(where: { $0.tokens.lowerBound == j }) else { return }
            let base = PersonNameRule.capitalize(tokens[j].folded)
            result.append(
                Candidate(
                    tokens: j..<(j + 1), type: .place, entity: "place:" + Slug.make(base), name: base, base: base,
                    source: name, confidence: 0.6, attributes: ["placetype": kind], specificity: 2))
        }
        for (h, token) in tokens.enumerated() where h > 0 && token.kind == .word && !token.isCapitalized {
            // Every head starts with one of these letters: most words leave here.
            guard let first = token.folded.unicodeScalars.first, Self.kazakhHeadInitials.contains(first) else { continue }
            let sentence = token.sentence
            if let kind = Self.kazakhPluralHeads.first(where: { token.folded.hasPrefix($0.0) })?.1 {
                // Names joined by commas, `мен`, `және`: at least two.
                var names: [Int] = []
                var j = h - 1
                while isName(j, sentence) {
                    names.append(j)
                    guard j >= 2, Self.kazakhListJoins.contains(tokens[j - 1].folded), tokens[j - 1].sentence == sentence else { break }
                    j -= 2
                }
                if names.count >= 2 { names.forEach { add($0, kind) } }
            } else if Self.kazakhVicinityWords.contains(token.folded), isName(h - 1, sentence),
                !(h >= 2 && tokens[h - 2].sentence == sentence && tokens[h - 2].kind == .word && tokens[h - 2].isCapitalized
                    && !NameContext.isSentenceStart(h - 2, tokens))
            {
                // `Шідерті маңында` "near Shiderti": a one-word name before `маңы` ("the vicinity").
                add(h - 1, "area")
            } else if token.folded.hasPrefix(Self.kazakhSettlementHead), tokens[h - 1].folded == "елді", isName(h - 2, sentence) {
                add(h - 2, "settlement")
            } else if token.folded.hasPrefix(Self.kazakhRuralDistrictHead), ["ауылдық", "селолық"].contains(tokens[h - 1].folded), isName(h - 2, sentence) {
                add(h - 2, "rural-district")
            }
        }
        return result
    }
}

/// Kazakh neighbourhoods (session 11).
extension PlaceRule {
    /// The beginnings of Kazakh nouns of a town's neighbourhood: `ықшамаудан`, `шағынаудан`,
    /// `мөлтекаудан`, `микроаудан` ("microdistrict").
    static let kazakhNeighbourhoodHeads = ["ықшамаудан", "шағынаудан", "мөлтекаудан", "микроаудан"]

    /// Kazakh nouns of natural features in the possessive, after which the name alone is a
    /// place (`⟦Орқаш⟧ орманы`, `⟦Наурызым⟧ қорығына`), as KazNERD annotates them.
    static let kazakhNaturalFeatureHeads: Set<String> = [
        "өзені", "көлі", "тауы", "таулары", "орманы", "қорығы", "шатқалы", "жотасы", "шыңы", "түбегі", "шөлі",
        "асуы", "бөгені", "шығанағы", "ойпаты", "жазығы", "үстірті",
    ]

    /// Neighbourhoods of a Kazakh town named before a neighbourhood noun in the singular
    /// (`« Алтын дала » ықшамауданының`, `Шаңырақ шағынауданында`) or before `тұрғын алабы`
    /// "housing estate" (`« Ақбұлақ » тұрғын алабында`): the name alone, without quotes or the
    /// noun, as KazNERD annotates such places. A quoted name is one to three words, the first
    /// capitalised; an unquoted one is one or two capitalised words, not in an oblique case, not
    /// opening the sentence alone. Words another rule took are left to it.
    func kazakhNeighbourhoods(_ tokens: [Token], covered: Set<Int>) -> [Candidate] {
        var result: [Candidate] = []
        for (h, token) in tokens.enumerated() where h > 1 && token.kind == .word && !token.isCapitalized {
            // A name can end only in a closing quote or a capitalised word: ask that first, as
            // the morphology below is dear.
            let before = tokens[h - 1]
            guard before.kind == .quote || (before.kind == .word && before.isCapitalized) else { continue }
            let head = Self.kazakhNeighbourhoodHeads.first { token.folded.hasPrefix($0) }
            let isNeighbourhood = head.map { !KazakhEnding.isPlural(token.folded.dropFirst($0.count)) } ?? false
            let isEstate = token.folded == "тұрғын" && h + 1 < tokens.count && tokens[h + 1].folded.hasPrefix("алаб")
            // Natural features in the possessive (`Орқаш орманы`, `Наурызым қорығына`, `Көксу өзеніне`).
            let isFeature = !isNeighbourhood && !isEstate
                && Morphology.matchForms(token.folded).contains(where: Self.kazakhNaturalFeatureHeads.contains)
            guard isNeighbourhood || isEstate || isFeature else { continue }
            let sentence = token.sentence
            var nameRange: Range<Int>?
            if tokens[h - 1].kind == .quote, let open = (max(0, h - 5)..<(h - 1)).last(where: { tokens[$0].kind == .quote }),
                open + 1 < h - 1, (open + 1..<h - 1).count <= 3, tokens[open + 1].isCapitalized,
                tokens[open].sentence == sentence
            {
                nameRange = (open + 1)..<(h - 1)
            } else if isNeighbourhood || isFeature, tokens[h - 1].kind == .word, !tokens[h - 1].isAllUpper, tokens[h - 1].isCapitalized, tokens[h - 1].sentence == sentence,
                Self.mayModifyPlaceHead(h - 1, tokens), !NameContext.isSentenceStart(h - 1, tokens)
            {
                nameRange = (h - 1)..<h
            }
            guard let range = nameRange, !range.contains(where: covered.contains),
                range.allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .number })
            else { continue }
            let base = range.map { tokens[$0].text }.joined(separator: " ")
            result.append(
                Candidate(
                    tokens: range, type: .place, entity: "place:" + Slug.make(base), name: base, base: base,
                    source: name, confidence: 0.6, attributes: ["placetype": "neighbourhood"], specificity: 2))
        }
        return result
    }
}
