import ShejireCore
import ShejireText

/// Russian place names built with a place noun or a compass adjective.
extension PlaceRule {
    /// Russian nouns that introduce a place name after them (lemmas): `города Феникс`,
    /// `реки Славянки`, `острове Уайт`, `штата Аризона`, `площади Тяньаньмынь`.
    static let russianDescriptorNouns: Set<String> = [
        "город", "село", "деревня", "поселок", "станица", "аул", "река", "озеро", "остров", "полуостров", "штат",
        "провинция", "порт", "площадь", "улица", "проспект", "бульвар", "мыс", "гора", "залив", "пролив", "пустыня",
        "аэропорт", "курорт", "поселение", "микрорайон", "квартал", "поселк", "городок", "городк", "переулок", "переулк",
    ]

    /// Nouns of places that take a quoted name (`аэропорт «Домодедово»`, `стадион «Лужники»`).
    static let quotedPlaceNouns: Set<String> = [
        "аэропорт", "вокзал", "стадион", "космодром", "порт", "парк", "курорт", "рынок", "кинотеатр",
    ]

    /// Descriptor nouns of settlements and city parts: a known name after them stands alone.
    static let russianSettlementNouns: Set<String> = [
        "город", "село", "деревня", "поселок", "станица", "аул", "поселение", "микрорайон", "квартал", "порт", "курорт",
        "поселк", "городок", "городк",
    ]

    /// Function words after which a settlement's adjectival name has ended (`в поселке Заречный
    /// и ...`, `станице Ленинградской в ...`).
    static let phraseEndingWords: Set<String> = [
        "и", "а", "но", "или", "в", "во", "на", "под", "с", "со", "у", "к", "ко", "из", "от", "до", "за", "по", "где",
        "куда", "откуда", "который", "которая", "которое", "которой", "котором", "которую", "близ", "около", "возле",
        "недалеко", "вблизи", "уже", "также", "тоже", "же", "не", "был", "была", "было", "стал", "стала",
    ]

    /// True if the word at `i` ends its phrase: the sentence ends or punctuation follows, a
    /// lower-case function word from `phraseEndingWords` or a verb in the past tense.
    static func endsPhrase(after i: Int, _ tokens: [Token]) -> Bool {
        let next = i + 1
        guard next < tokens.count, tokens[next].sentence == tokens[i].sentence else { return true }
        if tokens[next].kind != .word { return tokens[next].kind != .number }
        let word = tokens[next].folded
        guard !tokens[next].isCapitalized else { return false }
        if phraseEndingWords.contains(word) { return true }
        // A verb in the past tense (`произошло`, `открыли`, `случился`).
        return word.count >= 4 && !NameContext.isRussianAdjective(word)
            && ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"].contains(where: word.hasSuffix)
    }

    /// Pointing, possessive and quantity words, which agree like adjectives but are no part of
    /// a place's name (`в этом городе`, `свой порт`).
    static let determiners: Set<String> = [
        "этот", "этой", "это", "эта", "тот", "той", "то", "та", "такой", "такая", "весь", "вся", "свой", "своя", "наш",
        "наша", "ваш", "один", "одна", "другой", "другая", "каждый", "каждая", "любой", "любая", "самый", "самая", "который",
        "которая", "какой", "какая", "некоторый", "данный", "данная", "указанный", "указанная", "сам", "иной", "иная",
        "следующий", "следующая", "последний", "первый", "второй", "родной", "родная",
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
    /// - a compass adjective before a capitalised word: `Восточной Сибири`, `Южной Каролине`,
    ///   also in lower case before a known place (`западной Европы`).
    ///
    /// Only words with no Kazakh letter; organisations are never crossed.
    ///
    /// - Complexity: O(n) in the number of tokens.
    func russianPlaces(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var organisation = Set<Int>()
        for candidate in found where candidate.type == .organisation || candidate.type == .date { organisation.formUnion(candidate.tokens) }
        var knownPlaces = Set<Int>()
        // The end of the longest known place starting at each token (`Курильские острова`).
        var knownPlaceAt: [Int: Candidate] = [:]
        for candidate in found where candidate.type == .place && candidate.source.hasPrefix("gazetteer") {
            knownPlaces.formUnion(candidate.tokens)
            if (knownPlaceAt[candidate.tokens.lowerBound]?.tokens.count ?? 0) < candidate.tokens.count {
                knownPlaceAt[candidate.tokens.lowerBound] = candidate
            }
        }
        var personStarts = Set<Int>()
        for candidate in found where candidate.type == .person { personStarts.insert(candidate.tokens.lowerBound) }
        func isRussianWord(_ i: Int) -> Bool {
            tokens[i].kind == .word && !NameContext.isKazakhSpelling(tokens[i].folded) && !NameContext.isLatin(tokens[i].text)
        }
        func isNameWord(_ i: Int, of h: Int) -> Bool {
            i < tokens.count && tokens[i].sentence == tokens[h].sentence && isRussianWord(i) && tokens[i].isCapitalized
                && !organisation.contains(i) && !NameContext.isHeadNoun(tokens[i])
        }
        // The start of up to two adjectives before the place noun at `h` (`столичном аэропорту`);
        // pointing and quantity words are not among them. `prepositional`: words in `-ом`/`-ем`
        // count too (`Вашингтонском аэропорту`).
        func qualifiersStart(before h: Int, prepositional: Bool) -> Int {
            var start = h
            while start > 0, h - start < 2, tokens[start - 1].sentence == tokens[h].sentence, isRussianWord(start - 1),
                !organisation.contains(start - 1),
                NameContext.isRussianAdjective(tokens[start - 1].folded)
                    || (prepositional && NameContext.isPrepositionalAdjective(tokens[start - 1].folded, anyHardStem: true)),
                !RussianMorphology.matchForms(tokens[start - 1].folded).contains(where: Self.determiners.contains)
            {
                start -= 1
            }
            return start
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
            // A quoted name after a place noun (`аэропорту «Домодедово»`, `стадионе «Лужники»`):
            // the noun, its adjectives and the name.
            if forms.contains(where: Self.quotedPlaceNouns.contains), !plural, h + 2 < tokens.count, tokens[h + 1].kind == .quote,
                tokens[h + 2].isCapitalized, !organisation.contains(h + 2),
                let close = NameContext.closingQuote(after: h + 1, tokens, within: 5)
            {
                let start = qualifiersStart(before: h, prepositional: true)
                result.append(make(start..<(close + 1), nameTokens: (h + 2)..<close, tokens: tokens, kind: "quoted"))
                continue
            }
            // A street named after a person in the genitive (`улице Чернышевского`, `проспект
            // Вернадского`): the surname is shaped like an adjective.
            // An adjective before its own noun is no surname (`площади Белорусского вокзала`).
            let namedStreet = forms.contains(where: Self.streetNouns.contains) && h + 1 < tokens.count
                && Self.isGenitiveSurnameAdjective(tokens[h + 1].folded)
                && !(h + 2 < tokens.count && tokens[h + 2].sentence == tokens[h].sentence && tokens[h + 2].kind == .word
                    && !tokens[h + 2].isCapitalized)
            // A settlement named by an adjective (`поселке Заречный`, `станице Ленинградской`):
            // the adjective must end the phrase, before punctuation or a function word, or it
            // qualifies a noun after it (`села Ленинского района`, `города Российской Федерации`).
            let adjectiveSettlement = settlement && isNameWord(h + 1, of: h) && Self.endsPhrase(after: h + 1, tokens)
            if forms.contains(where: Self.russianDescriptorNouns.contains), !plural, !NameContext.isRussianAdjective(tokens[h].folded),
                !knownPlaces.contains(h + 1) || !settlement,
                isNameWord(h + 1, of: h), !NameContext.isRussianAdjective(tokens[h + 1].folded) || namedStreet || adjectiveSettlement
            {
                var end = h + 2
                if isNameWord(end, of: h), !NameContext.isRussianAdjective(tokens[end].folded), !personStarts.contains(end) { end += 1 }
                // Up to two adjectives before the noun qualify it and are in the place's span
                // (`тихоокеанский порт Козьмино`, `китайский город Дацин`, `Вашингтонском
                // аэропорту Рейган`); pointing and quantity words are not (`этот город`).
                let locative = ["е", "и", "у"].contains(where: tokens[h].folded.hasSuffix)
                let start = qualifiersStart(before: h, prepositional: locative)
                // A settlement's adjective agrees with its noun in the nominative (`селе Красном` ->
                // `Красное`, `поселке Заречном` -> `Заречный`; review of session 12).
                var agreeing: String? = nil
                if settlement, end == h + 2, tokens[h + 1].folded.count >= 5,
                    Self.adjectiveCaseEndings.contains(where: tokens[h + 1].folded.hasSuffix),
                    let gender = forms.first(where: Self.russianSettlementNouns.contains).flatMap(OrganisationRule.russianGender),
                    let base = Self.adjectiveNominative(tokens[h + 1].folded, gender: gender)
                {
                    agreeing = PersonNameRule.capitalize(base)
                }
                result.append(make(start..<end, nameTokens: (h + 1)..<end, tokens: tokens, kind: "descriptor", name: agreeing))
                continue
            }
            guard forms.contains(where: Self.russianPlaceNouns.contains) || forms.contains(where: Self.russianDescriptorNouns.contains),
                !tokens[h].isCapitalized
            else { continue }
            // Adjectives before the place noun, the first of them capitalised. Before a noun in
            // the prepositional (`бульваре`, `округе`, `кладбище`) a word in `-ом`/`-ем` is the
            // adjective agreeing with it (`Кронштадтском`, `Новодевичьем`).
            let prepositional = tokens[h].folded.hasSuffix("е") || tokens[h].folded.hasSuffix("и")
            var start = h
            var j = h - 1
            while j >= 0, h - j <= 3, tokens[j].sentence == tokens[h].sentence, isRussianWord(j), !organisation.contains(j),
                NameContext.isRussianAdjective(tokens[j].folded) || (prepositional && NameContext.isPrepositionalAdjective(tokens[j].folded, anyHardStem: true))
            {
                if tokens[j].isCapitalized && !NameContext.isSentenceStart(j, tokens) { start = j }
                j -= 1
            }
            if start < h { result.append(make(start..<(h + 1), nameTokens: start..<(h + 1), tokens: tokens, kind: "adjective")) }
        }
        // Compass adjectives: before a capitalised word, or in lower case before a place a
        // gazetteer knows (`западной Европы`, `Восточный Иерусалим`).
        for i in tokens.indices where isRussianWord(i) && !organisation.contains(i) && !knownPlaces.contains(i) {
            let folded = tokens[i].folded
            let known = knownPlaces.contains(i + 1)
            guard tokens[i].isCapitalized || known, Self.compassStems.contains(where: folded.hasPrefix),
                NameContext.isRussianAdjective(folded) || NameContext.isPrepositionalAdjective(folded, anyHardStem: true), isNameWord(i + 1, of: i),
                known || !NameContext.isRussianAdjective(tokens[i + 1].folded)
            else { continue }
            // Before a known place of several words, the whole of it (`южные Курильские острова`),
            // which keeps the known place's entity and name (review of session 12).
            if known, let place = knownPlaceAt[i + 1], place.tokens.count >= 2 {
                result.append(
                    Candidate(
                        tokens: i..<place.tokens.upperBound, type: .place, entity: place.entity, name: place.name, base: place.base,
                        source: self.name, confidence: 0.7, attributes: place.attributes.merging(["pattern": "compass"]) { a, _ in a },
                        specificity: 2))
                continue
            }
            result.append(make(i..<(i + 2), nameTokens: i..<(i + 2), tokens: tokens, kind: "compass"))
        }
        return result
    }

    /// Street nouns, after which a person's name stands in the genitive.
    static let streetNouns: Set<String> = ["улица", "проспект", "площадь", "бульвар", "переулок", "переулк"]

    /// A surname in `-ский`/`-цкий`/`-ой` in the genitive, seven letters or more, ending in
    /// `-ого` (`Чернышевского`, `Вернадского`, `Толстого`), as streets are named after people.
    static func isGenitiveSurnameAdjective(_ folded: String) -> Bool {
        folded.count >= 7 && folded.hasSuffix("ого")
    }

    /// Presidencies named by their seat (gazetteer organisations) and the buildings themselves.
    static let seats: [String: (entity: String, name: String)] = [
        "org:white-house": ("place:white-house", "Белый дом"),
        "org:kremlin": ("place:moscow-kremlin", "Кремль"),
    ]

    /// Russian: a seat of power after `в`/`во` is the building (`принимает гостей в Белом доме`),
    /// unless the people in it speak (`в Кремле заявили`, `в Белом доме считают`): then, as
    /// everywhere else, it is the organisation. More specific than the gazetteer's organisation.
    func seatBuildings(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var result: [Candidate] = []
        for candidate in found where candidate.type == .organisation {
            guard let seat = Self.seats[candidate.entity] else { continue }
            let start = candidate.tokens.lowerBound, end = candidate.tokens.upperBound
            guard NameContext.followsV(start, tokens) else { continue }
            if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
                ["ли", "ют", "ят", "ат"].contains(where: tokens[end].folded.hasSuffix)
            {
                continue
            }
            result.append(
                Candidate(
                    tokens: candidate.tokens, type: .place, entity: seat.entity, name: seat.name, base: candidate.base,
                    source: name, confidence: 0.9, attributes: ["placetype": "building"], specificity: 11))
        }
        return result
    }

    /// Russian: the building of an organisation is a place, named with its noun (`здания
    /// Конгресса`, `здание Законодательного собрания`, `комплекса зданий Сената`).
    func organisationBuildings(_ document: AnalyzedDocument, found: [Candidate]) -> [Candidate] {
        let tokens = document.tokens
        var result: [Candidate] = []
        for candidate in found where candidate.type == .organisation {
            let o = candidate.tokens.lowerBound
            guard o > 0, tokens[o - 1].sentence == tokens[o].sentence, tokens[o - 1].kind == .word,
                ["здание", "здания", "зданию", "зданием", "здании", "зданий", "зданиях"].contains(tokens[o - 1].folded)
            else { continue }
            var start = o - 1
            // `комплекса зданий`: the complex is the place.
            if start > 0, tokens[start - 1].sentence == tokens[o].sentence, tokens[start - 1].folded.hasPrefix("комплекс") {
                start -= 1
            }
            // The organisation as written, in the genitive the noun takes (`здание Законодательного
            // собрания`), not its name in the nominative.
            let name = "здание " + document.text(ofTokens: candidate.tokens)
            result.append(
                Candidate(
                    tokens: start..<candidate.tokens.upperBound, type: .place, entity: "place:" + Slug.make(name), name: name,
                    base: name, source: self.name, confidence: 0.8,
                    attributes: ["placetype": "building", "of": candidate.name, "of_entity": candidate.entity], specificity: 2))
        }
        return result
    }

    private func make(_ range: Range<Int>, nameTokens: Range<Int>, tokens: [Token], kind: String, name given: String? = nil) -> Candidate {
        // One word is put in its nominative (`Славянки` → `Славянка`), and so is a phrase of
        // adjectives and a place noun (`Болотной площади` → `Болотная площадь`); another phrase is
        // kept as written. `given` is a name worked out by the caller.
        let name = given ?? (nameTokens.count == 1
            ? PersonNameRule.capitalize(RussianMorphology.candidateBases(tokens[nameTokens.lowerBound].folded).first ?? tokens[nameTokens.lowerBound].folded)
            : Self.nominativePhrase(tokens, nameTokens) ?? tokens[nameTokens].map(\.text).joined(separator: " "))
        return Candidate(
            tokens: range, type: .place, entity: "place:" + Slug.make(name), name: name, base: name, source: self.name,
            confidence: 0.7, attributes: ["pattern": kind], specificity: 2)
    }

    /// The grammatical gender of Russian place nouns (lemmas): `f`, `m`, `n`, or `p` for a
    /// plural-only noun.
    static let placeNounGenders: [String: Character] = [
        "площадь": "f", "улица": "f", "набережная": "f", "река": "f", "гора": "f", "провинция": "f", "республика": "f",
        "станция": "f", "долина": "f", "пустыня": "f", "деревня": "f", "станица": "f", "область": "f",
        "проспект": "m", "бульвар": "m", "переулок": "m", "остров": "m", "полуостров": "m", "залив": "m", "пролив": "m",
        "хребет": "m", "штат": "m", "округ": "m", "край": "m", "аэропорт": "m", "порт": "m", "вокзал": "m", "регион": "m",
        "город": "m", "поселок": "m", "аул": "m", "курорт": "m", "микрорайон": "m", "квартал": "m", "городок": "m",
        "мыс": "m", "район": "m", "океан": "m",
        "шоссе": "n", "озеро": "n", "море": "n", "побережье": "n", "кладбище": "n", "село": "n", "поселение": "n",
        "горы": "p",
    ]

    /// A phrase of adjectives and a place noun in its nominative (`Болотной площади` →
    /// `Болотная площадь`, `на Красную площадь` → `Красная площадь`, `Старого города` → `Старый
    /// город`, `Кутузовском проспекте` → `Кутузовский проспект`), the capitals kept; nil when
    /// the last word is no place noun of `placeNounGenders` or a word has no adjective reading of
    /// the noun's gender. A masculine adjective takes `-ый`/`-ий` unless it stands in `-ой`
    /// (`Тверской бульвар`) or has a stem of `stressedEndingStems` (`Тверском` -> `Тверской`):
    /// otherwise the stressed `-ой` cannot be told from an oblique form.
    static func nominativePhrase(_ tokens: [Token], _ range: Range<Int>) -> String? {
        guard range.count >= 2 else { return nil }
        let head = tokens[range.upperBound - 1]
        // A plural case form names the place in the plural (`в Скалистых горах`): kept as written.
        guard !["ах", "ях", "ами", "ями"].contains(where: head.folded.hasSuffix),
            let (lemma, gender) = RussianMorphology.matchForms(head.folded).lazy.compactMap({ form in
                placeNounGenders[form].map { (form, $0) }
            }).first
        else { return nil }
        let endings: [String]
        switch gender {
        case "f": endings = ["ая", "яя"]
        case "n": endings = ["ое", "ее"]
        case "p": endings = ["ые", "ие"]
        default: endings = ["ый", "ий", "ой"]
        }
        func written(_ base: String, like token: Token) -> String {
            token.isCapitalized ? PersonNameRule.capitalize(base) : base
        }
        var words: [String] = []
        for k in range.dropLast() {
            let forms = RussianMorphology.matchForms(tokens[k].folded)
            if let base = possessiveNominative(tokens[k].folded, gender: gender) {
                words.append(written(base, like: tokens[k]))
                continue
            }
            guard let base = forms.first(where: { form in endings.contains(where: form.hasSuffix) })
                ?? adjectiveNominative(tokens[k].folded, gender: gender)
            else { return nil }
            words.append(written(base, like: tokens[k]))
        }
        words.append(written(lemma, like: head))
        return words.joined(separator: " ")
    }

    /// The nominative of a possessive adjective in `-ий/-ья/-ье` (`Новодевичьем` →
    /// `новодевичье`, `Заячьей` → `заячья`): a `ь` before a short ending.
    static func possessiveNominative(_ folded: String, gender: Character) -> String? {
        guard folded.count >= 6, let soft = folded.lastIndex(of: "ь") else { return nil }
        let ending = folded[folded.index(after: soft)...]
        guard (1...3).contains(ending.count), ["е", "ю", "я", "и", "его", "ему", "ем", "ей", "их", "им"].contains(String(ending))
        else { return nil }
        let stem = String(folded[..<soft])
        switch gender {
        case "f": return stem + "ья"
        case "n": return stem + "ье"
        case "p": return stem + "ьи"
        default: return stem + "ий"
        }
    }

    /// Case endings of Russian adjectives, longest first.
    static let adjectiveCaseEndings = [
        "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их",
        "ым", "им", "ом", "ем", "ый", "ий",
    ]

    /// The nominative of an adjective in the given gender by its ending alone (`дворцовой` →
    /// `дворцовая`, where the morphology reads `-овой` as a surname's); nil for a word with no
    /// adjective ending.
    static func adjectiveNominative(_ folded: String, gender: Character) -> String? {
        guard let ending = adjectiveCaseEndings.first(where: folded.hasSuffix), folded.count >= ending.count + 3 else { return nil }
        let stem = String(folded.dropLast(ending.count))
        let velarOrSibilant = stem.last.map { "гкхжшщчц".contains($0) } ?? false
        // A soft stem shows in `е/ю/я/и` endings (`верхней`, `синих`); after `г/к/х` and
        // the sibilants spelling rules give those letters to hard stems too (`русские`).
        let soft = !velarOrSibilant && ["е", "ю", "я", "и"].contains(where: ending.hasPrefix)
        switch gender {
        case "f": return stem + (soft ? "яя" : "ая")
        case "n": return stem + (soft ? "ее" : "ое")
        case "p": return stem + (soft || velarOrSibilant ? "ие" : "ые")
        default:
            if !soft, stressedEndingStems.contains(stem) { return stem + "ой" }
            return stem + (soft || velarOrSibilant ? "ий" : "ый")
        }
    }

    /// Stems of common adjectives stressed on the ending, whose masculine nominative is `-ой`
    /// (`Большого театра` -> `Большой театр`, `Мирового банка` -> `Мировой банк`, `Городского
    /// совета` -> `Городской совет`). Whole stems only: `Приморского` is `Приморский`. Other
    /// stems take `-ый`/`-ий`.
    static let stressedEndingStems: Set<String> = [
        "больш", "друг", "дорог", "молод", "прост", "свят", "городск", "морск", "мужск", "донск", "тверск",
        "заводск", "миров", "делов", "трудов", "передов", "боев", "полев", "основн", "запасн", "лесн",
        "речн", "земн", "ночн", "стальн", "родн", "выходн", "сквозн", "лугов", "цветн", "годов",
        "краев", "окружн", "отраслев", "золот", "прям", "волостн", "цехов", "сторожев",
    ]
}
