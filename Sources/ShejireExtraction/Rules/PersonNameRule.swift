import ShejireCore
import ShejireGazetteer
import ShejireText

/// Finds people's names: runs of capitalised words read by the shape of each word (a known
/// first name, a surname shape, a patronymic, initials, an unknown capitalised word).
///
/// Patterns (every word may be inflected, `Назарбаевтың`, `Мустафиной`):
/// - first name, optional patronymic, optional surname: `Әлия Мұстафина`,
///   `Алия Кайратовна Мустафина`, `Қасым-Жомарт Кемелұлы Тоқаевтан`, `Aliya Mustafina`;
///   the surname may be any capitalised word, also one that is a first name elsewhere
///   (`Дана Нұржан`, `Арыстанбек Кенже`);
/// - an unknown capitalised word before a surname or a patronymic is a first name
///   (`Қалижан Міркәрімов`, `Айнадин Молдабеков`, `Наина Иосифовна`);
/// - surname, first name, optional patronymic (Russian order): `Мустафина Алия Кайратовна`;
/// - initials and a surname, either order: `Ә.Қ. Мұстафина`, `Н.Ә.Назарбаев`, `Мустафина А.К.`;
/// - in Russian text, two or three capitalised words inside a sentence that are no
///   adjectives, head nouns or known names of something else: foreign names
///   (`Барак Обама`, `Ху Цзиньтао`);
/// - a capitalised surname by its shape alone (`-ов/-ова`, `-ев/-ева`, `-ин/-ина`,
///   `-ұлы/-қызы`, `-улы/-кызы`, `-ский/-ская`, `-енко`): `Тоқаевқа`, unless it is an
///   adjective before a noun (`Московский совет`);
/// - a known first name alone, not at the start of a sentence, or at the start when a
///   comma follows (an address: `Гүлжан, сіз эфирдесіз`).
///
/// Words that an earlier extractor already took (a place, an organisation, a date, a
/// position) are not part of a name. A position word just before (`директоры Әлия
/// Мұстафина`) or an honorific just after (`Мұстафина ханым`) raises the confidence.
/// First names come from gazetteer rows of type `given_name`.
public struct PersonNameRule: Extractor {
    public var name: String { "rule:person" }
    /// Script-neutral key of each Cyrillic first name (and alias) -> canonical first name.
    let givenNames: [String: String]
    /// The same for the Latin spellings. Two tables, because the key folds scripts together
    /// and loses letters (`Марии` and `Mary` both give `mari`): a word is looked up among the
    /// names of its own script only.
    let latinGivenNames: [String: String]
    /// Canonical first names that are also ordinary Kazakh words (`Бақыт` "happiness", `Толқын`
    /// "wave", `Сайлау` "election"): rows with `common_word=yes`. Alone they are a person only in
    /// a person's context.
    let commonWordNames: Set<String>
    /// Canonical first names of men (`gender=m`), for the agreement of a surname in a case form.
    let maleGivenNames: Set<String>
    /// Every Cyrillic spelling of a first name, folded -> as written: a word spelled exactly so
    /// keeps that spelling as its first name (`Мария` stays `Мария`, though it shares its key with
    /// the Kazakh entry `Мәрия`).
    let spellings: [String: String]

    public init(gazetteer: Gazetteer) {
        var names: [String: String] = [:]
        var latinNames: [String: String] = [:]
        var common = Set<String>()
        var male = Set<String>()
        var spellings: [String: String] = [:]
        for entry in gazetteer.entries where entry.kind == "given_name" {
            let latinEntry = NameContext.isLatin(entry.name)
            let isMale = entry.attributes["gender"] == "m"
            let isCommon = entry.attributes["common_word"] == "yes"
            if isMale { male.insert(entry.name) }
            if isCommon { common.insert(entry.name) }
            for name in entry.names {
                let key = Transliteration.matchKey(TextFolding.fold(name.text))
                // The canonical name is the entry's (`Әлия` for `Aliya`), unless that is in the
                // other script than a Cyrillic spelling (`Майкл` stays `Майкл`, not `Michael`).
                if NameContext.isLatin(name.text) {
                    if latinNames[key] == nil { latinNames[key] = entry.name }
                } else {
                    let canonical = latinEntry ? name.text : entry.name
                    if names[key] == nil { names[key] = canonical }
                    let folded = TextFolding.fold(name.text)
                    if spellings[folded] == nil { spellings[folded] = name.text }
                    if isMale { male.formUnion([canonical, name.text]) }
                    if isCommon { common.formUnion([canonical, name.text]) }
                }
            }
        }
        self.givenNames = names
        self.latinGivenNames = latinNames
        self.commonWordNames = common
        self.maleGivenNames = male
        self.spellings = spellings
    }

    /// Kazakh patronymics, which are also used as surnames (`Кемелұлы`, `Берікқызы`).
    static let kazakhPatronymicEndings = ["ұлы", "қызы", "улы", "кызы"]

    static let honorifics: Set<String> = ["мырза", "ханым", "апай", "ағай", "господин", "госпожа", "mr", "mrs", "ms"]

    /// What one capitalised word may be in a name.
    struct Word {
        var given: String?
        var surname: String?
        var patronymic: String?
        /// Not a known first name, but built like a Kazakh one (`Сәдібек`, `Арыстанбек`).
        var formant = false
        /// A capitalised word with none of the shapes above.
        var unknown: Bool { given == nil && surname == nil && patronymic == nil && !formant }
    }

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var positionEnds = Set<Int>()
        var blocked = Set<Int>()
        // Tokens of places, organisations and people: what a title is of (`премьер ⟦Италии⟧ Проди`).
        var owners = Set<Int>()
        // A Kazakh noun of a person's circle before a name acts as a title (`Әріптесім Қорған ...`).
        if document.document.language != "ru" {
            for i in tokens.indices where isCircleNounBeforeName(i, tokens) {
                positionEnds.insert(i + 1)
                blocked.insert(i)
            }
        }
        for candidate in found {
            if candidate.type == .position { positionEnds.insert(candidate.tokens.upperBound) }
            if candidate.type != .person {
                blocked.formUnion(candidate.tokens)
            }
            if candidate.type == .place || candidate.type == .organisation || candidate.type == .person {
                owners.formUnion(candidate.tokens)
            }
        }
        // A one-word place before a surname is a first name (`Бірлік Берікұлы`, `Темірлан
        // Сұлтанғазиев`: villages are named after people and virtues).
        var placeFirstNames = Set<Int>()
        for candidate in found where candidate.type == .place && candidate.tokens.count == 1 {
            let i = candidate.tokens.lowerBound
            if i + 1 < tokens.count, !blocked.contains(i + 1), tokens[i + 1].sentence == tokens[i].sentence,
                !tokens[i].isAllUpper, !NameContext.hasObliqueEnding(tokens[i].folded), surnameBase(tokens[i + 1]) != nil,
                !Self.adjectivalSurnameEndings.contains(where: tokens[i + 1].folded.hasSuffix),
                // Kazakh only: a Russian place before a name is in the genitive (`Белоруссии Лукашенко`).
                NameContext.isKazakhSpelling(tokens[i].folded + tokens[i + 1].folded)
            {
                placeFirstNames.insert(i)
            }
            // Russian: a city after a known first name in the same case is a surname (`Джордж
            // Вашингтон`, `Джек Лондон`, `Джорджа Вашингтона`), unless the first name closes an
            // address or list (then a comma stands between them) or follows `в`.
            if document.document.language == "ru", i > 0, !blocked.contains(i - 1),
                tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
                !tokens[i - 1].isAllUpper, !tokens[i].isAllUpper, givenName(tokens[i - 1]) != nil,
                Self.sameRussianCase(tokens[i - 1].folded, tokens[i].folded),
                i < 2 || tokens[i - 2].sentence != tokens[i].sentence || !["в", "во", "из"].contains(tokens[i - 2].folded)
            {
                placeFirstNames.insert(i)
            }
            // Russian: a city that is also a first name, before a capitalised word that no other
            // mention covers and that is no first name itself, opens a person's name (`София
            // Ротару`, `Сантьяго Бернабеу`, `Марсель Дезайи`; `в Софии` stays the city).
            if document.document.language == "ru", i + 1 < tokens.count, !blocked.contains(i + 1),
                tokens[i + 1].sentence == tokens[i].sentence, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
                !tokens[i + 1].isAllUpper, !tokens[i].isAllUpper, givenName(tokens[i]) != nil,
                givenName(tokens[i + 1]) == nil, !NameContext.isRussianAdjective(tokens[i + 1].folded),
                !NameContext.isHeadNoun(tokens[i + 1]), !positionEnds.contains(i), !tokens[i].folded.hasSuffix("ии"),
                i == 0 || tokens[i - 1].sentence != tokens[i].sentence || !["в", "во", "из", "под"].contains(tokens[i - 1].folded)
            {
                // Not the city of a title (`мэр Софии Фандыкова`) nor a genitive in `-ии`.
                placeFirstNames.insert(i)
            }
            // A ruler's epithet after a first name is part of the name even where a gazetteer took
            // the word for a place (`Иван Грозный`, `Александр Невский`).
            if i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i].isCapitalized,
                Morphology.matchForms(tokens[i].folded).contains(where: Self.rulersEpithets.contains),
                givenName(tokens[i - 1]) != nil
            {
                placeFirstNames.insert(i)
            }
        }

        // The quoted name of a work or a vessel is the thing's (`роман «Евгений Онегин»`).
        blocked.formUnion(Self.namedThingTokens(tokens))
        var context = Context(
            tokens: tokens, blocked: blocked, positionEnds: positionEnds, quoted: Self.quotedTokens(tokens),
            placeFirstNames: placeFirstNames)
        context.owners = owners
        context.singlePlaces = Self.singlePlaceWords(tokens, found)
        context.language = document.document.language
        if context.language == "ru" {
            for i in tokens.indices where !blocked.contains(i) && !(tokens[i].isCapitalized && !NameContext.isSentenceStart(i, tokens))
                && Self.isRussianRoleNoun(tokens[i])
            {
                context.roleEnds.insert(i + 1)
            }
        }
        var result: [Candidate] = []
        var i = 0
        while i < tokens.count {
            if let candidate = username(at: i, context) ?? addressedName(at: i, context) ?? match(at: i, context)
                ?? eastAsianName(at: i, context)
            {
                let extended = extendedOverConnector(candidate, context)
                result.append(extended)
                i = extended.tokens.upperBound
            } else {
                i += 1
            }
        }
        return mergedOtherSurnames(result, context)
    }

    /// Russian: a blogger's user name in Latin letters, after `блогер`, `ником` or `пользователь`,
    /// or after a platform after them (`Пользователь ЖЖ zyalt сообщает`, `блогер drugoi`): the
    /// person writing under it.
    func username(at i: Int, _ c: Context) -> Candidate? {
        let tokens = c.tokens
        guard c.language == "ru", i > 0, tokens[i].kind == .word, tokens[i].text.count >= 3, !c.blocked.contains(i),
            NameContext.isLatin(tokens[i].text), tokens[i - 1].sentence == tokens[i].sentence
        else { return nil }
        // One user (`пользователь`, `блогера`), not users (`пользователи Android`).
        func isUserNoun(_ folded: String) -> Bool {
            (["блогер", "блоггер", "пользовател", "юзер"].contains(where: folded.hasPrefix)
                && !["и", "ей", "ям", "ями", "ях", "ов", "ы", "ам", "ами", "ах"].contains(where: folded.hasSuffix))
                || ["ником", "ник"].contains(folded)
        }
        let previous = tokens[i - 1].folded
        let afterPlatform = Self.blogPlatforms.contains(previous) && i > 1 && tokens[i - 2].sentence == tokens[i].sentence
            && isUserNoun(tokens[i - 2].folded)
        guard afterPlatform || isUserNoun(previous) else { return nil }
        // User names are written in lower case (`zyalt`, `drugoi`); a capitalised Latin word is a
        // name the other rules read (`блогер Jane Doe`) or a product (`iPhone`, `Android`).
        if tokens[i].text.contains(where: \.isUppercase) || OrganisationRule.notOrganisations.contains(tokens[i].folded) {
            return nil
        }
        var candidate = make(i..<(i + 1), given: nil, patronymic: nil, surname: tokens[i].text, initials: nil, confidence: 0.6, c)
        candidate.attributes["username"] = "true"
        return candidate
    }

    /// Blog platforms named between `пользователь` and a user name (`пользователь ЖЖ zyalt`).
    static let blogPlatforms: Set<String> = [
        "жж", "livejournal", "твиттера", "твиттере", "twitter", "инстаграма", "инстаграме", "instagram", "telegram",
        "телеграма", "телеграме", "youtube", "ютуба", "ютьюба", "тиктока", "tiktok", "x",
    ]

    /// A Kazakh noun in the accusative (`-ны/-ні/-ды/-ді/-ты/-ті`, five letters or more): opening
    /// a sentence it is the object (`Жиынды Тоқаев ашты` "Tokayev opened the meeting"), not an
    /// unknown first name.
    static func isKazakhAccusative(_ folded: String) -> Bool {
        // Names built on a verb in the past end so too (`Жанберді`, `Тоқболды`, `Жаңбырбалды`).
        if ["берді", "берды", "болды", "болді", "балды", "келді", "тұрды"].contains(where: folded.hasSuffix) { return false }
        return folded.count >= 5 && ["ны", "ні", "ды", "ді", "ты", "ті"].contains(where: folded.hasSuffix)
    }

    /// Whether two Russian words end in the same case ending, as a first name and its surname
    /// do (`Джордж Вашингтон`, `Джорджа Вашингтона`, `Джорджем Вашингтоном`): both end in a
    /// consonant, or both in `-а/-я`, `-у/-ю`, `-ом/-ем` or `-е`.
    static func sameRussianCase(_ given: String, _ surname: String) -> Bool {
        let vowels = "аеёиоуыэюя"
        guard let g = given.last, let s = surname.last else { return false }
        let instrumental = ["ом", "ем", "ём"]
        if instrumental.contains(where: given.hasSuffix) { return instrumental.contains(where: surname.hasSuffix) }
        if !vowels.contains(g) { return !vowels.contains(s) && !instrumental.contains(where: surname.hasSuffix) }
        for group in [["а", "я"], ["у", "ю"], ["е"]] {
            if group.contains(where: given.hasSuffix) { return group.contains(where: surname.hasSuffix) }
        }
        return false
    }

    /// What `match` reads besides the tokens.
    struct Context {
        var tokens: [Token]
        var blocked: Set<Int>
        var positionEnds: Set<Int>
        /// Tokens between a pair of quotation marks (titles, names of things).
        var quoted: Set<Int>
        /// One-word places that are read as part of a name: first names before a surname
        /// (`Бірлік Берікұлы`, `София Ротару`), surnames after a first name (`Джордж Вашингтон`)
        /// and rulers' epithets after a first name (`Иван Грозный`).
        var placeFirstNames: Set<Int>
        /// Capitalised words that only a one-word place covers: a surname after initials (`Н. Кан`).
        var singlePlaces: Set<Int> = []
        /// The document's language (`kk`, `ru`, ...), if known.
        var language: String? = nil
        /// Tokens of places, organisations and people found earlier: what a title is of
        /// (`премьер ⟦Италии⟧ Проди`).
        var owners: Set<Int> = []
        /// The document's lower-case words, collected when first asked for.
        var lowerCase = LowerCaseWords()
        /// Russian: the tokens right after a noun of a person's role that holds no office
        /// (`обвиняемый`, `голландец`, `физик`): a title for the unknown word after it.
        var roleEnds: Set<Int> = []
    }

    /// Whether a word is written capitalised somewhere inside a sentence of the document.
    static func isCapitalisedInside(_ folded: String, _ tokens: [Token]) -> Bool {
        tokens.indices.contains { k in
            tokens[k].folded == folded && tokens[k].isCapitalized && !NameContext.isSentenceStart(k, tokens)
        }
    }

    /// Whether the capitalised Latin words before token `i` (none or more) follow `of` after a
    /// capitalised word, an office's (`Minister of`, `Secretary of`; not `the arrest of`).
    static func followsOf(_ i: Int, _ tokens: [Token]) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].kind == .word, tokens[j].isCapitalized, NameContext.isLatin(tokens[j].text) { j -= 1 }
        return j >= 1 && tokens[j].folded == "of" && tokens[j - 1].kind == .word && tokens[j - 1].isCapitalized
    }

    func match(at i: Int, _ c: Context) -> Candidate? {
        let tokens = c.tokens
        let token = tokens[i]
        if c.blocked.contains(i) && !c.placeFirstNames.contains(i) { return nil }
        // Initials first: `Ә.Қ. Мұстафина`.
        if token.kind == .initial {
            var j = i
            var initials: [String] = []
            while j < tokens.count, tokens[j].kind == .initial, j - i < 3 { initials.append(tokens[j].text); j += 1 }
            if j < tokens.count, isNameWord(j, c) || c.singlePlaces.contains(j),
                let surname = surnameBase(tokens[j]) ?? plainBase(tokens[j])
            {
                return make(i..<(j + 1), given: nil, patronymic: nil, surname: surname, initials: initials.joined(),
                            confidence: 0.85, c)
            }
            return nil
        }
        if let range = particleName(at: i, c) {
            let given = tokens[range.lowerBound].isCapitalized ? plainBase(tokens[range.lowerBound]) : nil
            let rest = (given == nil ? range : (range.lowerBound + 1)..<range.upperBound)
            let surname = tokens[rest].map(\.text).joined(separator: " ")
            return make(range, given: given, patronymic: nil, surname: surname, initials: nil, confidence: 0.7, c)
        }
        guard isNameWord(i, c) else { return nil }
        // After `St.` a name is a saint's, naming a place or a building (`St. George's Hospital`).
        if i > 0, tokens[i - 1].folded == "st.", NameContext.isLatin(token.text) { return nil }
        // The run of name words that follow in the sentence (at most four).
        var words: [Word] = []
        var j = i
        while j < tokens.count, j - i < 4, tokens[j].sentence == token.sentence, isNameWord(j, c) {
            if j > i, tokens[j].newlineBefore { break }
            words.append(classify(tokens[j]))
            j += 1
            // An English possessive ends a name (`St. George's Hospital`, `Victoria's Secret`).
            if Morphology.englishPossessor(tokens[j - 1].folded) != nil { break }
        }
        let sentenceStart = NameContext.isSentenceStart(i, tokens)
        let first = words[0]
        // English: capitalised words after `of` that are no first name, before one, name an
        // office's field (`Minister of Foreign Affairs Murat Nurtleu`): the name starts later.
        if first.given == nil, NameContext.isLatin(token.text), Self.followsOf(i, tokens),
            words.dropFirst().contains(where: { $0.given != nil })
        {
            return nil
        }
        // A noun of a thing, a place or a body opening a sentence is no part of a name (`Город
        // Пушкин`, `Мэрия Жуковского`, `Космодром Плесецк`; session 13).
        if opensWithThingNoun(i, first, c) { return nil }

        // Russian order: surname, then a known first name (and a patronymic), or initials. Not
        // after a kinship noun, whose surname is the genitive of another person (`вдова Ельцина
        // Наина Иосифовна` is `Ельцина` and `Наина Иосифовна`).
        if let surname = first.surname, first.given == nil, words.count >= 2, let given = words[1].given,
            words[1].surname == nil, !Self.kinshipNounPrecedes(i, tokens)
        {
            var end = i + 2
            var patronymic: String? = nil
            if words.count >= 3, let p = words[2].patronymic {
                patronymic = p
                end += 1
            } else if words.count >= 3, let p = words[2].surname,
                Self.kazakhPatronymicEndings.contains(where: { TextFolding.fold(p).hasSuffix($0) })
            {
                // `Тоқаев Қасым-Жомарт Кемелұлы`: `-ұлы/-қызы` after the first name is the patronymic.
                patronymic = p
                end += 1
            }
            return make(i..<end, given: given, patronymic: patronymic, surname: surname, initials: nil, confidence: 0.85, c)
        }
        // A surname before initials; an unknown word before two or more (`Бертолини А.В.`).
        let initials = first.given == nil ? Self.initials(after: i, tokens) : []
        if let surname = first.surname, !initials.isEmpty {
            return make(i..<(i + 1 + initials.count), given: nil, patronymic: nil, surname: surname, initials: initials.joined(),
                        confidence: 0.85, c)
        }
        // Not when a capitalised word follows the initials, whose they are (`Выступили А.В. Иванов`),
        // nor for a Latin word (`U.S.`) or a Kazakh case form (`Жиынға Қ.Қ. Тоқаев`).
        let end = i + 1 + initials.count
        if first.unknown, initials.count >= 2, !c.quoted.contains(i), !NameContext.isLatin(token.text),
            !NameContext.hasObliqueEnding(token.folded),
            !(end < tokens.count && tokens[end].sentence == token.sentence && tokens[end].kind == .word && tokens[end].isCapitalized)
        {
            return make(i..<(i + 1 + initials.count), given: nil, patronymic: nil, surname: plainBase(token) ?? token.text,
                        initials: initials.joined(), confidence: 0.8, c)
        }

        // First name (known, or an unknown word when a surname or patronymic follows),
        // optional patronymic, optional surname.
        if words.count >= 2 {
            let second = words[1]
            // A Russian sentence opening on a word built like a Kazakh first name (`Задержан`,
            // `-жан`) before a known first name and a surname: the name starts at the first name
            // (`Задержан Игорь Вандерлиндов`).
            if c.language == "ru", sentenceStart, first.given == nil, first.formant, words.count >= 3, second.given != nil,
                words[2].surname != nil
            {
                return nil
            }
            let firstIsGiven = (first.given != nil || (first.formant && second.patronymic == nil)) && first.patronymic == nil
            // A known first name after an unknown word is the father's name used as a surname
            // inside a sentence (`актёр Камал Хасанның`), unless a surname follows it (then the name
            // starts at the first name).
            let givenAsSurname = !sentenceStart && !c.quoted.contains(i) && first.unknown && second.given != nil && second.surname == nil
                && !(words.count >= 3 && words[2].surname != nil)
                // Nor, in Russian, when a word that is no first name or patronymic follows it
                // (`актёр Ленкома Иван Бертолини`: the unknown word names a theatre; session 13).
                && !(c.language == "ru" && words.count >= 3 && words[2].given == nil && words[2].patronymic == nil)
            let nameFollows = second.surname != nil || second.patronymic != nil || givenAsSurname
            let unknownFirst = !firstIsGiven && first.patronymic == nil && nameFollows
                && !(sentenceStart && (Self.isCommonAtSentenceStart(token) || (c.language == "ru" && Self.isRussianPluralNoun(token))))
                && !(sentenceStart && (Self.isNounBeforeOblique(i, c) || Self.isRussianCommonNoun(token.folded, c)))
                && !(sentenceStart && c.language == "ru" && (Self.isRussianAgentNoun(token.folded) || Self.isRussianRoleNoun(token)))
                && !(sentenceStart && c.language == "ru" && Self.isRussianAdverbOrParticiple(token.folded))
                // A noun of residents names the town after it (`Жители Вандерлинда вышли`).
                && !Self.residentNouns.contains(token.folded)
                // A plural past verb listing names (`Голосовали Кравцов и ...`), not a first name in
                // `-али` before a surname and a verb in the singular (`Мухаммедали Абдуллаев прибыл`).
                && !(sentenceStart && c.language == "ru" && Self.isRussianPluralPastVerb(token.folded)
                    && !Self.singularVerbFollows(i + 1, tokens))
                && !(sentenceStart && c.language == "ru" && c.lowerCase.contains(token.folded, in: tokens))
                && !(sentenceStart && c.language == "kk" && Self.isKazakhAccusative(token.folded))
                && !Self.kinshipNounPrecedes(i, tokens)
                && (!NameContext.isKazakhAttributive(token.folded) || Self.isBeforeKazakhPatronymic(i, tokens))
                && !NameContext.isRussianAdjective(token.folded)
                && NameContext.isLatin(token.text) == NameContext.isLatin(tokens[i + 1].text)
            // Russian: a first name opening a sentence before another first name and a surname
            // in another case is a common noun (`Роман Людмилы Улицкой`, "a novel by"; `Вера`,
            // `Надежда`, `Любовь`); the name starts at the second word.
            // The first is written as its nominative, the second is not (`Надежда Петра Кравцова`).
            if firstIsGiven, sentenceStart, c.language == "ru", let firstGiven = first.given, let secondGiven = second.given,
                second.surname == nil, words.count >= 3, words[2].given == nil,
                token.folded == TextFolding.fold(firstGiven), tokens[i + 1].folded != TextFolding.fold(secondGiven),
                Self.sameRussianCase(tokens[i + 1].folded, tokens[i + 2].folded) || words[2].surname != nil
            {
                return nil
            }
            // An unknown word before a first name and a patronymic is the surname, in the
            // Russian order (`Бертолини Анна Сергеевна`), also opening a sentence before a first
            // name in the nominative when the document writes the word capitalised inside a
            // sentence too (a name, not `Пенсионерка Анна Сергеевна`) and it is no ordinary word
            // there (a function word, a verb, a noun of someone's, a word the document writes in
            // lower case, a word in `-о`: `Спасибо Анна Сергеевна`, `Поздравляем Анну Сергеевну`).
            if first.given == nil, first.patronymic == nil, first.unknown, words.count >= 3, let given = second.given,
                second.surname == nil, let patronymic = words[2].patronymic,
                unknownFirst
                    || (sentenceStart && c.language == "ru" && tokens[i + 1].folded == TextFolding.fold(given)
                        && Self.isCapitalisedInside(token.folded, tokens)
                        && !["о", "ем", "им", "ете", "ите", "йте", "ют", "ят", "ут"].contains(where: token.folded.hasSuffix)
                        && !HeadNounPhrase.sentenceStarters.contains(token.folded)
                        && !Self.russianPossessedNouns.contains(token.folded) && !Self.eponymNouns.contains(token.folded)
                        && !Self.residentNouns.contains(token.folded) && !HeadNounPhrase.isRussianVerb(token.folded)
                        && !Self.isRussianAgentNoun(token.folded) && !NameContext.isRussianAdjective(token.folded)
                        && !Self.isRussianPluralPastVerb(token.folded) && !c.lowerCase.contains(token.folded, in: tokens))
            {
                return make(i..<(i + 3), given: given, patronymic: patronymic, surname: plainBase(token) ?? token.text,
                            initials: nil, confidence: 0.85, c)
            }
            if firstIsGiven || unknownFirst {
                let given = first.given ?? plainBase(token) ?? token.text
                var k = 1
                var patronymic: String? = nil
                var surname: String? = nil
                if let p = words[k].patronymic {
                    patronymic = p
                    k += 1
                } else if let p = words[k].surname, k + 1 < words.count, words[k + 1].surname != nil,
                    Self.kazakhPatronymicEndings.contains(where: { TextFolding.fold(p).hasSuffix($0) })
                {
                    // `Қасым-Жомарт Кемелұлы Тоқаев`: `-ұлы/-қызы` before a surname is a patronymic.
                    patronymic = p
                    k += 1
                }
                if k < words.count, words[k].patronymic == nil {
                    // A third word is taken as a second first name only when a surname follows
                    // it (`Анна Мария Вильмено`), or when a word that is no first name follows it and
                    // it is a known first name (`Хосе Мануэль Кастро`) or, in Russian text, unknown
                    // too (a foreign middle name: `Хуану Пабло Монтойе`).
                    if patronymic == nil, k + 1 < words.count, words[k].surname == nil,
                        words[k + 1].surname != nil
                            || (words[k + 1].given == nil && words[k + 1].patronymic == nil
                                && (words[k].given != nil || (c.language == "ru" && words[k].unknown && words[k + 1].unknown)))
                    {
                        k += 1
                    }
                    // A known first name in the nominative and an unknown word after the noun of
                    // a thing name that thing (`трассе Роза Хутор`, `автомобиля Lada Granta`); in
                    // the genitive they name its author or owner (`книга Стивена Кинга`).
                    // A first name that does not decline (`Вуди`, `Энди`, `Пьетро`) shows no case:
                    // a surname in the genitive after it names the author (`фильм Вуди Аллена`),
                    // and is named in the nominative (Вуди Аллен; review of session 12).
                    let afterThing = words[k].surname == nil && k == 1 && Self.followsThingNoun(i, c)
                    let indeclinableAuthor = afterThing && Self.isAuthorAfterIndeclinable(i, c)
                    if afterThing, patronymic == nil, TextFolding.fold(given) == token.folded || NameContext.isLatin(token.text),
                        !indeclinableAuthor
                    {
                        return nil
                    }
                    surname = indeclinableAuthor
                        ? Self.genitiveToNominative(tokens[i + k].text) : (words[k].surname ?? plainBase(tokens[i + k]))
                    k += 1
                }
                if patronymic == nil, surname != nil, k < words.count, let p = words[k].patronymic {
                    patronymic = p
                    k += 1
                }
                // Two first names and two surnames, the Spanish way (`Хосе Луис Фалькес Бертолинес`).
                if let first = surname, patronymic == nil, k == 3, hasSecondSurname(i, words, c) {
                    surname = first + " " + (plainBase(tokens[i + 3]) ?? tokens[i + 3].text)
                    k += 1
                }
                if surname != nil || patronymic != nil {
                    return make(i..<(i + k), given: given, patronymic: patronymic, surname: surname, initials: nil,
                                confidence: surname != nil ? 0.85 : 0.75, c)
                }
            }
            // Russian text: two or three capitalised words with no known part (foreign names:
            // `Барак Обама`, `Хуану Пабло Монтойе`). In a longer run the first word is more often
            // the end of another name (`Тоттенхэм Хотспур Ледли Кинг`): the run starts later. A
            // known first name inside the run starts the name there (`Приморья Александр
            // Шемелев`).
            let foreignCount = words.count == 2 ? 2 : (words.count == 3 && words[2].given == nil ? 3 : 0)
            // Of three words, the first names what the word before it describes (`клуба ⟦Челси⟧
            // Фрэнк Лэмпард`, `защитник ⟦Арсенала⟧ Киран Гиббс`) or ends a longer name
            // (`Ассошиэйтед ⟦Пресс⟧ Билал Хассеин`): the name starts at the next word.
            if foreignCount == 3, Self.namesWhatPrecedes(i, c) { return nil }
            // At a sentence start, only two words that are the subject of a verb in the singular
            // (`Барак Обама принимает`, `Кими Райкконен заявил`).
            let subjectAtStart = sentenceStart && foreignCount == 2 && c.language == "ru"
                && !Self.isCommonAtSentenceStart(token) && !Self.isRussianPluralNoun(token)
                && !Self.isNounBeforeOblique(i, c) && !Self.isRussianAgentNoun(token.folded) && !Self.isRussianCommonNoun(token.folded, c)
                && !Self.isRussianRoleNoun(token) && !Self.residentNouns.contains(token.folded)
                && !Self.isRussianAdverbOrParticiple(token.folded)
                && (Self.singularVerbFollows(i + 1, tokens) || Self.appositionFollows(i + 2, c))
                && !c.lowerCase.contains(token.folded, in: tokens)
            if foreignCount > 0, first.given == nil, first.patronymic == nil, second.given == nil, !sentenceStart || subjectAtStart,
                !(first.surname != nil && Self.kinshipNounPrecedes(i, tokens)),
                isForeignNameRun(i, count: foreignCount, c)
            {
                let last = i + foreignCount - 1
                let surname = plainBase(tokens[last]) ?? tokens[last].text
                let given = plainBase(token) ?? token.text
                return make(i..<(last + 1), given: given, patronymic: nil, surname: surname, initials: nil, confidence: 0.6, c)
            }
        }

        // English: two capitalised Latin words right after a title are a first name and a surname,
        // known or not (`Prime Minister Keir Starmer`, `Director-General Audrey Azoulay`).
        if words.count >= 2, c.positionEnds.contains(i), first.given == nil, first.patronymic == nil,
            NameContext.isLatin(token.text), NameContext.isLatin(tokens[i + 1].text), words[1].given == nil,
            !c.quoted.contains(i)
        {
            return make(i..<(i + 2), given: token.text, patronymic: nil, surname: tokens[i + 1].text, initials: nil,
                        confidence: 0.75, c)
        }

        // Kazakh: two capitalised words in the nominative right after a title or a noun of a
        // person's circle are a first name and a surname, known or not (`Әріптесім Қорған
        // Төреғожа`).
        if words.count == 2, c.language == "kk", c.positionEnds.contains(i), first.given == nil, first.patronymic == nil,
            words[1].given == nil, !c.quoted.contains(i), !NameContext.isLatin(token.text),
            !NameContext.hasObliqueEnding(token.folded), !NameContext.isKazakhAttributive(token.folded)
        {
            return make(i..<(i + 2), given: token.text, patronymic: nil, surname: plainBase(tokens[i + 1]) ?? tokens[i + 1].text,
                        initials: nil, confidence: 0.7, c)
        }

        // One word.
        let givenFirst = first.given.map { given in first.surname.map { TextFolding.fold($0) == TextFolding.fold(given) } ?? true } ?? false
        if let surname = first.surname, !givenFirst {
            if isAdjectiveBeforeNoun(i, c) || c.quoted.contains(i) { return nil }
            // A family's plural (`Воробьёвы горы`) or the noun of a place after its capitalised
            // adjective (`Матросская Тишина`; session 13).
            if Self.isPluralSurnameAlone(token.folded, c) || isNounAfterCapitalisedAdjective(i, c) { return nil }
            // A surname-shaped common noun opening a sentence before a surname in the genitive
            // (`Слова Медведева`, `Вдова Немцова`).
            if sentenceStart, Self.isNounBeforeOblique(i, c), let last = token.folded.last, "аяоеыи".contains(last) { return nil }
            if sentenceStart, c.language == "ru", Self.russianPossessedNouns.contains(token.folded) { return nil }
            // A town after a noun of its residents (`жители Щёлкова и Реутова`).
            if c.language == "ru", Self.followsResidentNoun(i, tokens) { return nil }
            // A town in the prepositional after `в`/`во` (`родился в Тихвине`, `в Пушкине`):
            // `-ов`/`-ин` town names decline like surnames; so do places in `-овка`/`-инка` (`в
            // Третьяковке`, `в Гнесинке`).
            if c.language == "ru", NameContext.followsV(i, tokens),
                ["ове", "еве", "ине", "ыне", "овке", "евке", "инке"].contains(where: token.folded.hasSuffix)
            {
                return nil
            }
            // An adjective-shaped surname alone (`Турецкий`, `Московскому`) is more often a
            // place adjective; it counts only after a position word or before an honorific.
            if Self.adjectivalSurnameEndings.contains(where: token.folded.hasSuffix), !c.positionEnds.contains(i),
                !(i + 1 < tokens.count && Self.honorifics.contains(tokens[i + 1].folded))
            {
                return nil
            }
            // A plural (`Ямадаевых`, `Таковых`) is no one person, nor is a family (`семья Ивановых`, `Братья Карамазовы`).
            if token.folded.hasSuffix("ых") || token.folded.hasSuffix("их") || Self.familyNounPrecedes(i, tokens) { return nil }
            // Nor is a plural case form (`на Апеннинах`, `Ивановыми`): no surname in the singular
            // ends in `-ах/-ях/-ами/-ями`.
            if ["ах", "ях", "ами", "ями"].contains(where: token.folded.hasSuffix), !NameContext.isLatin(token.text) { return nil }
            return make(i..<(i + 1), given: nil, patronymic: nil, surname: surname, initials: nil,
                        confidence: first.given != nil ? 0.7 : 0.65, c)
        }
        // A patronymic-shaped word alone, with no first name before it, is a surname
        // (`Шендерович`, `Абрамовичу`): a patronymic never stands alone in news text.
        if words.count == 1, first.given == nil, first.surname == nil, first.patronymic != nil,
            Self.isMaleSurnameInOvich(token.folded),
            !(i > 0 && c.tokens[i - 1].sentence == token.sentence && c.tokens[i - 1].isCapitalized
                && c.tokens[i - 1].kind == .word && !NameContext.isSentenceStart(i - 1, c.tokens)),
            !c.quoted.contains(i)
        {
            return make(i..<(i + 1), given: nil, patronymic: nil, surname: first.patronymic, initials: nil, confidence: 0.6, c)
        }
        if let given = first.given {
            if c.quoted.contains(i) { return nil }
            // A lone first name naming the thing before it (`автомобили Лада`; session 13).
            if Self.namesThingBefore(i, c) { return nil }
            // A lone first name in the prepositional after `в`/`во` is a place's nickname, not a
            // person (`в Питере`): people are seldom the place something happens in.
            if c.language == "ru", NameContext.followsV(i, tokens), token.folded.hasSuffix("е"), !TextFolding.fold(given).hasSuffix("е")
            {
                return nil
            }
            // A name with a title before a place's head noun names the place (`Өтеген батыр
            // кентінде`, `Төле би көшесі`).
            if i + 2 < tokens.count, tokens[i + 2].sentence == token.sentence, Self.honorificOrKinshipFollows(i, tokens),
                NameContext.isHeadNoun(tokens[i + 2])
            {
                return nil
            }
            let verbFollows = i + 1 < tokens.count && tokens[i + 1].kind == .word && !tokens[i + 1].isCapitalized
                && HeadNounPhrase.isRussianVerb(tokens[i + 1].folded) && !NameContext.isKazakhSpelling(tokens[i + 1].folded)
            // A first name that is also a common word (`Бақыт`, `Толқын`) needs a person's
            // context: a position word before it, an honorific, kinship word or title after it,
            // a verb of saying after it, or, opening a sentence, a comma (an address).
            if commonWordNames.contains(given) {
                let context = c.positionEnds.contains(i) || verbFollows || Self.honorificOrKinshipFollows(i, tokens)
                    || Self.kazakhSpeechVerbFollows(i, tokens) || (sentenceStart && isAddress(i, c))
                    || Self.isAddressInsideSentence(i, tokens)
                if !context { return nil }
            }
            if sentenceStart && !c.positionEnds.contains(i) && !isAddress(i, c) && !isInflectedOrAddressed(i, c) && !verbFollows
                && !(TextFolding.fold(given) == token.folded && !commonWordNames.contains(given) && Self.honorificOrKinshipFollows(i, tokens))
                && !(TextFolding.fold(given) == token.folded && Self.isSubjectAtSentenceStart(i, tokens))
            {
                return nil
            }
            return make(i..<(i + 1), given: given, patronymic: nil, surname: nil, initials: nil, confidence: 0.6, c)
        }
        // Russian: an unknown word speaking (`— заявил Крамник.`, `, а Проди сказал`), after a title
        // and what the title is of (`канцлер Шольц`, `премьер Италии Проди`, `спикер палаты
        // представителей Бонер`), or after `по словам` (`по словам Кастельяноса`): a person.
        if c.language == "ru", words.count == 1, first.unknown, !c.quoted.contains(i), !NameContext.isLatin(token.text),
            !NameContext.isKazakhSpelling(token.folded)
        {
            let speaker = Self.isSpeaker(i, tokens) || isSpeakerAtSentenceStart(i, c) || isAppositionSubjectAtSentenceStart(i, c)
                || isSpeakerAfterOpener(i, c) || isSpeakerAfterPhrase(i, c)
            // After a noun of a person's words or circle opening the sentence (`Семья
            // Торвальдсена`, `Слова Фалькетти`), the word is that person, in the genitive.
            let quotedSpeaker = Self.isQuotedSpeaker(i, tokens) || Self.followsPersonPossessedNoun(i, tokens)
                || Self.followsEponymNoun(i, tokens)
            // After a relative's noun, in the genitive (`Сын Бертолини`, `вдовы Торвальдсена`).
            if !speaker, !quotedSpeaker, !Self.capitalisedWordFollows(i, tokens), let apposition = relativeName(at: i, c) {
                return apposition
                    ? make(i..<(i + 1), given: token.text, patronymic: nil, surname: nil, initials: nil, confidence: 0.6, c)
                    : make(i..<(i + 1), given: nil, patronymic: nil, surname: Self.genitiveToNominative(token.text), initials: nil,
                           confidence: 0.6, c)
            }
            // After a title or `по словам` the name ends there (`Ледли Кинг` is read as a whole elsewhere).
            if speaker || (!Self.capitalisedWordFollows(i, tokens) && (quotedSpeaker || followsTitle(i, c))) {
                // After `по словам` the name is in the genitive (`Кастельяноса` is `Кастельянос`).
                let surname = !speaker && quotedSpeaker ? Self.genitiveToNominative(token.text) : token.text
                return make(i..<(i + 1), given: nil, patronymic: nil, surname: surname, initials: nil, confidence: 0.6, c)
            }
        }
        // An unknown word before `мырза` or `ханым` (`Бертолини мырза`): a person. Not an
        // adjective of address or an ordinal (`Құрметті мырза`, `Қадірлі ханым`, `Жас ханым`,
        // `Бірінші ханым`, `Тұңғыш ханым`): no adjective or ordinal ending, and opening a
        // sentence, five letters or more and no Kazakh letter.
        if first.unknown, words.count == 1, !c.quoted.contains(i), i + 1 < tokens.count, tokens[i + 1].sentence == token.sentence,
            ["мырза", "ханым"].contains(tokens[i + 1].folded), !NameContext.hasObliqueEnding(token.folded),
            !NameContext.isKazakhAttributive(token.folded), !Self.isCommonAtSentenceStart(token),
            !["лы", "лі", "ды", "ді", "ты", "ті", "ншы", "нші"].contains(where: token.folded.hasSuffix),
            !["тұңғыш", "ұлы", "бас"].contains(token.folded),
            !(sentenceStart && (NameContext.isKazakhSpelling(token.folded) || token.folded.count < 5)),
            !c.lowerCase.contains(token.folded, in: tokens)
        {
            return make(i..<(i + 1), given: nil, patronymic: nil, surname: plainBase(token) ?? token.text, initials: nil,
                        confidence: 0.6, c)
        }
        // An unknown word addressed after a greeting (`Қайырлы кеш, Зейін.`): a person.
        if first.unknown, words.count == 1 || Self.isAddressInsideSentence(i, tokens), Self.followsGreeting(i, tokens),
            !c.quoted.contains(i), !NameContext.hasObliqueEnding(token.folded)
        {
            return make(i..<(i + 1), given: plainBase(token) ?? token.text, patronymic: nil, surname: nil, initials: nil,
                        confidence: 0.6, c)
        }
        return nil
    }

    /// A known first name opening a sentence in the nominative, before a lower-case word that
    /// is not a head noun, or before a dash: the clause's subject (`Нұржан ерлердің шашын
    /// қияды`, `Мәншүк — бес қыз бен бір ұлдың анасы`), not a street or district (`Абай ауданы`).
    static func isSubjectAtSentenceStart(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence else { return false }
        let next = tokens[i + 1]
        if next.kind == .dash { return true }
        return next.kind == .word && !next.isCapitalized && !NameContext.isHeadNoun(next)
            && !honorifics.contains(next.folded)
    }

    /// Russian: a man's surname after his first name in a case form is put in the nominative
    /// as the first name is (`Ивана Петрова` is `Иван Петров`, `Олегом Кимом` is `Олег Ким`):
    /// `-ова/-ева/-ина/-ына` after a man's name is a genitive or accusative, and a surname of no
    /// Russian shape that ends in the first name's two-letter case ending loses it.
    func agreeingSurname(_ surname: String, given: String?, range: Range<Int>, _ c: Context) -> String {
        // Russian text: a base that only a Kazakh suffix gives (`Вандерлинда` read as
        // `Вандерлин` + `-да`) is wrong. The word is kept as written, less the case ending of the
        // first name before it (`Ивана Вандерлинда` → `Вандерлинд`; `Хорхе Ларрионда` stays).
        if c.language == "ru", let last = range.last.map({ c.tokens[$0] }), !NameContext.isLatin(last.text) {
            let folded = TextFolding.fold(surname)
            if folded != last.folded, last.folded.hasPrefix(folded), !RussianMorphology.matchForms(last.folded).contains(folded) {
                let ending = firstNameEnding(given, range, c)
                if !ending.isEmpty, last.folded.hasSuffix(ending), last.text.count > ending.count + 3 {
                    return String(last.text.dropLast(ending.count))
                }
                // One word quoted after `по словам` is in the genitive (`По словам Вандерлинда`,
                // also `по мнению`, or a noun of the person's words opening the sentence).
                if range.count == 1, Self.isQuotedSpeaker(range.lowerBound, c.tokens) || Self.followsPersonPossessedNoun(range.lowerBound, c.tokens)
                    || Self.followsEponymNoun(range.lowerBound, c.tokens)
                {
                    return Self.genitiveToNominative(last.text)
                }
                return last.text
            }
        }
        guard c.language == "ru", let given, maleGivenNames.contains(given), range.count >= 2 else { return surname }
        let first = c.tokens[range.lowerBound].folded
        let givenFolded = TextFolding.fold(given)
        guard first != givenFolded, first.hasPrefix(givenFolded) || first.hasPrefix(givenFolded.dropLast()) else { return surname }
        let folded = TextFolding.fold(surname)
        if ["ова", "ева", "ёва", "ина", "ына"].contains(where: folded.hasSuffix) { return String(surname.dropLast()) }
        let ending = firstNameEnding(given, range, c)
        if ending.count == 2, folded.hasSuffix(ending), folded.count >= ending.count + 3, !Self.hasSurnameShape(folded) {
            return String(surname.dropLast(2))
        }
        // A one-letter genitive or dative after a consonant (`Стефаноса Циципаса`, `Андрея
        // Гольцмана`, `Андрею Гейму`): the surname of no Russian shape declines as the first name.
        let vowels = "аеёиоуыэюяьй"
        if ending.count == 1, ["а", "у"].contains(ending), folded.hasSuffix(ending), folded.count >= 5,
            !Self.hasSurnameShape(folded), let before = folded.dropLast().last, !vowels.contains(before)
        {
            return String(surname.dropLast())
        }
        return surname
    }

    /// The case ending the first word of `range` shows on the first name `given` (`Ивана` on
    /// `Иван`: `а`), or "" when it shows none or the range is one word.
    func firstNameEnding(_ given: String?, _ range: Range<Int>, _ c: Context) -> String {
        guard range.count >= 2, let given else { return "" }
        let first = c.tokens[range.lowerBound].folded
        let givenFolded = TextFolding.fold(given)
        if first != givenFolded && first.hasPrefix(givenFolded) { return String(first.dropFirst(givenFolded.count)) }
        // A first name in `-й` declines with soft endings (`Андрея`, `Андрею`, `Андреем`): the
        // surname's are the hard ones (`Гольцмана`, `Гольцману`, `Гольцманом`).
        if givenFolded.count >= 4, givenFolded.hasSuffix("й"), first != givenFolded, first.hasPrefix(givenFolded.dropLast()) {
            switch first.dropFirst(givenFolded.count - 1) {
            case "я": return "а"
            case "ю": return "у"
            case "ем": return "ом"
            default: return ""
            }
        }
        return ""
    }

    func make(
        _ range: Range<Int>, given: String?, patronymic: String?, surname: String?, initials: String?,
        confidence: Double, _ c: Context
    ) -> Candidate {
        let surname = surname.map { agreeingSurname($0, given: given, range: range, c) }
        var parts: [String] = []
        if let initials { parts.append(initials) }
        if let given { parts.append(given) }
        if let patronymic { parts.append(patronymic) }
        if let surname { parts.append(surname) }
        let base = parts.joined(separator: " ")
        // A Latin name shows its first name as written (`Maria Bertolini`, not the listed Kazakh
        // `Мәрия`); the entity keeps the listed name, so `Мария Бертолини` is the same person.
        var shown = base
        if let given, !NameContext.isLatin(given),
            let written = c.tokens[range].first(where: { NameContext.isLatin($0.text) && givenName($0) == given })
        {
            let text = Morphology.englishPossessor(written.folded) != nil ? String(written.text.dropLast(2)) : written.text
            shown = parts.map { $0 == given ? text : $0 }.joined(separator: " ")
        }
        var score = confidence
        if c.positionEnds.contains(range.lowerBound) { score += 0.1 }
        if range.upperBound < c.tokens.count, Self.honorifics.contains(c.tokens[range.upperBound].folded) { score += 0.1 }
        var attributes: [String: String] = [:]
        if let given { attributes["given_name"] = given }
        if let surname { attributes["surname"] = surname }
        if let patronymic { attributes["patronymic"] = patronymic }
        if let initials { attributes["initials"] = initials }
        return Candidate(
            tokens: range, type: .person, entity: "person:" + Slug.make(base), name: shown, base: shown,
            source: name, confidence: min(0.95, score), attributes: attributes, specificity: 3)
    }
}
