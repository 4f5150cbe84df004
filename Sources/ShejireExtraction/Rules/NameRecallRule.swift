import ShejireCore
import ShejireText

/// Finds later, shorter mentions of names found earlier in the same document.
///
/// - A person found with a first name and a surname (`Реджеп Эрдоган`, `Джон Бенер`) is
///   found again where the surname stands alone, in any case form (`Эрдогана`, `Бенеру`),
///   also where a gazetteer took the word for a place (`Кан` after `Наото Кан`), but not after a
///   preposition of place (`Джек Лондон` ... `из Лондона`).
/// - A surname alone that a rule read as a person by its context (`канцлер Шольц`, `— заявил
///   Крамник`) is found again elsewhere, in any case form (`Шольца`, `Крамник ответил`).
/// - An organisation found by a quoted or foreign name (`партии «Яблоко»`, `Vestas`) is found
///   again where that one-word name stands alone (`Яблока`).
///
/// A word opening a sentence is matched too: the name was already seen capitalised
/// inside the document. The entity and name are those of the first mention.
public struct NameRecallRule: Extractor {
    public var name: String { "rule:recall" }

    public init() {}

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var known: [String: Candidate] = [:]
        var covered = Set<Int>()
        var singlePlaces = Set<Int>()
        // A name rule's reading of a span a people gazetteer knows: the recalled surname takes the
        // gazetteer's entity (`Antonio Guterres` ... `Guterres` is `person:guterres`).
        var gazetteerPeople: [Range<Int>: Candidate] = [:]
        for candidate in found where candidate.type == .person && candidate.source.hasPrefix("gazetteer") {
            gazetteerPeople[candidate.tokens] = candidate
        }
        for var candidate in found {
            if candidate.type == .place && candidate.tokens.count == 1 && candidate.source.hasPrefix("gazetteer") {
                singlePlaces.insert(candidate.tokens.lowerBound)
            } else if candidate.type != .position {
                covered.formUnion(candidate.tokens)
            }
            switch candidate.type {
            case .person where candidate.tokens.count >= 2 && candidate.attributes["given_name"] != nil:
                guard let surname = candidate.attributes["surname"] else { continue }
                if let known = gazetteerPeople[candidate.tokens] {
                    candidate.entity = known.entity
                    candidate.name = known.name
                    candidate.base = known.base
                }
                // A foreign surname first met in a case form (`с Алексисом Ципрасом`) is kept
                // as written: its base forms are keys too (`Ципрас` later).
                let folded = TextFolding.fold(surname)
                var forms = [folded]
                if candidate.tokens.count >= 2, !folded.contains(" ") {
                    for base in RussianMorphology.candidateBases(folded) where base.count >= 4 && !forms.contains(base) {
                        forms.append(base)
                    }
                }
                for form in forms {
                    for key in Self.keys(form) where known[key] == nil { known[key] = candidate }
                }
            case .person where candidate.tokens.count == 1 && candidate.attributes["given_name"] == nil
                && (candidate.source == "rule:person" || candidate.source == "rule:coordination"):
                // A surname alone that a rule read as a person (`канцлер Шольц`, `— заявил Крамник`,
                // `с Макроном и Драги`) is the same person elsewhere in the document (`Шольца`).
                guard let surname = candidate.attributes["surname"] else { continue }
                for key in Self.keys(TextFolding.fold(surname)) where known[key] == nil { known[key] = candidate }
            case .organisation where candidate.attributes["descriptor"] != nil || candidate.attributes["legal_form"] != nil:
                let words = candidate.name.split(separator: " ")
                guard words.count == 1 else { continue }
                for key in Self.keys(TextFolding.fold(words[0])) where known[key] == nil { known[key] = candidate }
            default: continue
            }
        }
        // An East Asian family name alone after the full name (`Си Цзиньпин` ... `Си заявил`,
        // `Ли Кэцян` ... `Ли ответил`; session 13): matched as written, as such names do not decline.
        let familyKnown = Self.eastAsianFamilyNames(found, tokens)
        let particleKnown = Self.particleSurnames(found, tokens)
        guard !known.isEmpty || !familyKnown.isEmpty || !particleKnown.isEmpty else { return [] }
        var result: [Candidate] = []
        var nextFree = 0
        for (index, token) in tokens.enumerated() where token.kind == .word && token.isCapitalized && !covered.contains(index) {
            if index < nextFree { continue }
            // A surname with a particle, the particle capitalised (`Ульрих фон Фалькенберг` ... `Фон
            // Фалькенберг заявил`, `Гильермо дель Торо` ... `Дель Торо`; session 13).
            if let first = Self.particleMatch(index, tokens, particleKnown), !covered.contains(index + 1) {
                result.append(
                    Candidate(
                        tokens: index..<(index + 2), type: .person, entity: first.entity, name: first.name, base: first.base,
                        source: name, confidence: 0.7,
                        attributes: ["linked": "recall", "surname": first.attributes["surname"] ?? ""], specificity: 11))
                nextFree = index + 2
                continue
            }
            guard let first = Self.match(token, known) ?? familyKnown[token.folded] else { continue }
            // An East Asian family name that is a Russian word opening a sentence is that word
            // (`Нам Гын Хо ... Нам нужно`; review, session 13).
            if Self.russianWordFamilyNames.contains(token.folded), NameContext.isSentenceStart(index, tokens) { continue }
            // A plural (`братьев Ямадаевых` after `Иса Ямадаев`) or a name after a family noun (`Братья
            // Вандерлинды`) names a family, not the person.
            if first.type == .person, Self.isPluralOfSurname(token.folded) || PersonNameRule.familyNounPrecedes(index, tokens) { continue }
            if singlePlaces.contains(index) && first.type != .person { continue }
            // A place's name after a preposition of place stays the place (`Джек Лондон` ... `из
            // Лондона`).
            if singlePlaces.contains(index), index > 0, tokens[index - 1].sentence == token.sentence,
                Self.placePrepositions.contains(tokens[index - 1].folded)
            {
                continue
            }
            var attributes: [String: String] = ["linked": "recall"]
            if first.type == .person { attributes["surname"] = first.attributes["surname"] }
            // `Фернандо Алонсо` again at a sentence start, where the name rule does not read an
            // unknown first name: the first name before the surname joins the mention.
            var lower = index
            if first.type == .person, index > 0, let given = first.attributes["given_name"],
                Self.isGivenName(tokens[index - 1], given, sentence: token.sentence), !covered.contains(index - 1)
            {
                lower = index - 1
            }
            result.append(
                Candidate(
                    tokens: lower..<(index + 1), type: first.type, entity: first.entity, name: first.name,
                    base: first.base, source: name, confidence: 0.7, attributes: attributes, specificity: 11))
        }
        // A surname the name rule found alone right after the first name of a full name found
        // elsewhere in the document (`Кирсана Илюмжинова поддерживают` opening a sentence, where an
        // unknown first name is not read, after `президента ФИДЕ Кирсана Илюмжинова`): the first
        // name joins the mention.
        for candidate in found where candidate.type == .person && candidate.tokens.count == 1 && candidate.source == "rule:person"
            && candidate.attributes["given_name"] == nil
        {
            let index = candidate.tokens.lowerBound
            guard index > 0, !covered.contains(index - 1),
                let full = Self.match(tokens[index], known) ?? Self.masculineGenitive(tokens[index].folded).flatMap({ known[Transliteration.matchKey($0)] }),
                full.type == .person,
                let given = full.attributes["given_name"], Self.isGivenName(tokens[index - 1], given, sentence: tokens[index].sentence)
            else { continue }
            var attributes = candidate.attributes
            attributes["linked"] = "recall"
            attributes["given_name"] = given
            result.append(
                Candidate(
                    tokens: (index - 1)..<(index + 1), type: .person, entity: full.entity, name: full.name, base: full.base,
                    source: name, confidence: 0.7, attributes: attributes, specificity: 11))
        }
        return result
    }

    /// The East Asian family names (`PersonNameRule.eastAsianFamilyNames`, not `ван`, which is
    /// also a particle: `Ван Гог`) opening a person of two or three capitalised words found in
    /// the document (`Си Цзиньпин`, `Ли Кэцян`, `Нгуен Тан Зунг`), folded, with the person.
    static func eastAsianFamilyNames(_ found: [Candidate], _ tokens: [Token]) -> [String: Candidate] {
        var result: [String: Candidate] = [:]
        for candidate in found where candidate.type == .person && (2...3).contains(candidate.tokens.count) {
            let first = tokens[candidate.tokens.lowerBound]
            guard first.folded != "ван", PersonNameRule.eastAsianFamilyNames.contains(first.folded),
                !Self.russianWordFamilyNames.contains(first.folded),
                candidate.tokens.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllUpper })
            else { continue }
            if result[first.folded] == nil { result[first.folded] = candidate }
        }
        return result
    }

    /// East Asian family names that are also Russian words opening a sentence (`Во время визита`,
    /// `Нам нужно`, `Хан Батый`, `Со слов`): never recalled alone (review, session 13).
    static let russianWordFamilyNames: Set<String> = PersonNameRule.ambiguousEastAsianFamilyNames.subtracting(["ли", "си"])

    /// Lower-case particles of surnames (`фон Фалькенберг`, `дель Торо`, `де Голль`).
    static let surnameParticles: Set<String> = ["фон", "ван", "де", "дель", "ди", "да", "ле", "ла", "дю", "ибн", "бен", "бин"]

    /// Surnames with a lower-case particle inside the people of two words or more found in the
    /// document, keyed by the particle and the next word's script-neutral key (its base forms too:
    /// `фон Фалькенбергом` gives `фон Фалькенберг`), with the person.
    static func particleSurnames(_ found: [Candidate], _ tokens: [Token]) -> [String: Candidate] {
        var result: [String: Candidate] = [:]
        for candidate in found where candidate.type == .person && candidate.tokens.count >= 2 {
            for k in candidate.tokens.dropLast() where !tokens[k].isCapitalized && surnameParticles.contains(tokens[k].folded) {
                let next = tokens[k + 1]
                guard next.isCapitalized, next.kind == .word else { continue }
                var forms = [next.folded]
                forms.append(contentsOf: RussianMorphology.candidateBases(next.folded).filter { $0.count >= 3 })
                for form in forms {
                    let key = tokens[k].folded + " " + Transliteration.matchKey(form)
                    if result[key] == nil { result[key] = candidate }
                }
            }
        }
        return result
    }

    /// The person whose particle surname a capitalised particle and the next word write
    /// (`Фон Фалькенберг`, `Дель Торо`), or nil.
    static func particleMatch(_ index: Int, _ tokens: [Token], _ known: [String: Candidate]) -> Candidate? {
        guard !known.isEmpty, surnameParticles.contains(tokens[index].folded), index + 1 < tokens.count,
            tokens[index + 1].sentence == tokens[index].sentence, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized
        else { return nil }
        for form in Morphology.matchForms(tokens[index + 1].folded) {
            if let candidate = known[tokens[index].folded + " " + Transliteration.matchKey(form)] { return candidate }
        }
        return nil
    }

    /// Russian prepositions after which a word a gazetteer knows as a place names the place.
    static let placePrepositions: Set<String> = [
        "в", "во", "из", "до", "под", "к", "ко", "через", "около", "возле", "близ", "от", "на",
    ]

    /// A Russian surname in a plural case form (`Ямадаевых`, `Ивановыми`, `Кудриными`; not `-ым`, which is
    /// mostly the singular instrumental, `Путиным`).
    static func isPluralOfSurname(_ folded: String) -> Bool {
        ["овых", "евых", "иных", "ыных", "овыми", "евыми", "иными"].contains(where: folded.hasSuffix)
    }

    /// Script-neutral keys of a folded name.
    static func keys(_ folded: String) -> [String] {
        [Transliteration.matchKey(folded)]
    }

    static func match(_ token: Token, _ known: [String: Candidate]) -> Candidate? {
        for form in Morphology.matchForms(token.folded) {
            if let candidate = known[Transliteration.matchKey(form)] { return candidate }
        }
        return nil
    }

    /// The masculine nominative of a Russian surname in `-ова/-ева/-ина/-ына`, which is also the
    /// genitive or accusative of the masculine (`Вандерлиндова` of `Вандерлиндов`); nil otherwise.
    static func masculineGenitive(_ folded: String) -> String? {
        guard folded.count >= 6, ["ова", "ева", "ёва", "ина", "ына"].contains(where: folded.hasSuffix) else { return nil }
        return String(folded.dropLast())
    }

    /// Whether a token, in the given sentence, is the first name `given` in any case form.
    static func isGivenName(_ token: Token, _ given: String, sentence: Int) -> Bool {
        guard token.sentence == sentence, token.kind == .word, token.isCapitalized else { return false }
        let key = Transliteration.matchKey(TextFolding.fold(given))
        return Morphology.matchForms(token.folded).contains { Transliteration.matchKey($0) == key }
    }
}
