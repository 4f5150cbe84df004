import ShejireCore
import ShejireText

/// Names the ordinary run of name words misses: after a title of address, names that run on
/// through an Arabic connector, and East Asian names that open with a family name.
extension PersonNameRule {
    /// Russian and English titles of address written before a name, in their case forms
    /// (`г-н Вандерлинд`, `господина Бертолини`, `мистеру Фалькетти`, `сэр Элтон Джон`). They are
    /// not part of the name. Words that are also names or other words (`пан` in `Пан Ги Мун`,
    /// `мисс` in `Мисс Вселенная`, `леди` in `Леди Гага`) are left out.
    static let titlesOfAddress: Set<String> = [
        "г-н", "г-на", "г-ну", "г-ном", "г-не", "г-жа", "г-жи", "г-же", "г-жу", "г-жой",
        "господин", "господина", "господину", "господином", "господине",
        "госпожа", "госпожи", "госпоже", "госпожу", "госпожой",
        "мистер", "мистера", "мистеру", "мистером", "мистере", "миссис",
        "сэр", "сэра", "сэру", "сэром", "сэре",
        "мсье", "месье", "мадам", "мадемуазель", "фрау", "герр", "герра", "герру", "герром",
        "синьор", "синьору", "синьором", "сеньор", "сеньору", "сеньором",
        "mr", "mrs", "ms", "sir", "dr", "prof",
    ]
    /// English titles written with a full stop (`Mr. Falchetti`, `Dr. Torvaldsen`), folded, without it.
    static let abbreviatedTitlesOfAddress: Set<String> = ["mr", "mrs", "ms", "dr", "prof"]

    /// The folded title of address token `token` is (`mr` for `Mr.`), or nil.
    static func titleOfAddress(_ token: Token) -> String? {
        if token.kind == .word { return titlesOfAddress.contains(token.folded) ? token.folded : nil }
        guard token.kind == .abbreviation, token.folded.hasSuffix(".") else { return nil }
        let bare = String(token.folded.dropLast())
        return abbreviatedTitlesOfAddress.contains(bare) ? bare : nil
    }

    /// Titles of address in the nominative (or indeclinable): the name after them is in the
    /// nominative too.
    static let nominativeTitlesOfAddress: Set<String> = [
        "г-н", "г-жа", "господин", "госпожа", "мистер", "миссис", "сэр", "мсье", "месье", "мадам", "мадемуазель", "фрау",
        "герр", "синьор", "сеньор", "mr", "mrs", "ms", "sir", "dr", "prof",
    ]

    /// Russian or English: the capitalised words right after a title of address are a person's
    /// name, without the title (`Об этом сообщил г-н Вандерлинд`, `Господин Бертолини отказался`).
    /// A name the other rules read there keeps their reading (`мистер Джон Смит`).
    func addressedName(at i: Int, _ c: Context) -> Candidate? {
        let tokens = c.tokens
        guard c.language != "kk", i > 0, tokens[i - 1].sentence == tokens[i].sentence, let title = Self.titleOfAddress(tokens[i - 1]),
            // Russian titles are written in lower case inside a sentence, English ones never.
            !tokens[i - 1].isCapitalized || NameContext.isSentenceStart(i - 1, tokens) || NameContext.isLatin(tokens[i - 1].text),
            isNameWord(i, c), !c.quoted.contains(i)
        else { return nil }
        if let candidate = match(at: i, c) { return candidate }
        var end = i + 1
        while end < tokens.count, end - i < 3, tokens[end].sentence == tokens[i].sentence, !tokens[end].newlineBefore,
            isNameWord(end, c), NameContext.isLatin(tokens[end].text) == NameContext.isLatin(tokens[i].text)
        {
            end += 1
        }
        let last = tokens[end - 1].text
        let surname = Self.baseAfterTitle(last, title: title)
        let given = end - i > 1 ? tokens[i..<(end - 1)].map(\.text).joined(separator: " ") : nil
        return make(i..<end, given: given, patronymic: nil, surname: surname, initials: nil, confidence: 0.75, c)
    }

    /// A surname after a title of address, less the case ending an oblique title
    /// shows (`господина Вандерлинда`, `господину Вандерлинду`, `мистером Вандерлиндом`,
    /// `мистере Вандерлинде`). A woman's foreign surname does not decline (`госпоже Бертолини`),
    /// and a word that does not show the ending after a consonant is kept (`господину Бертолини`).
    static func baseAfterTitle(_ word: String, title: String) -> String {
        if nominativeTitlesOfAddress.contains(title) || title.hasPrefix("г-ж") || title.hasPrefix("госпож") { return word }
        func stripped(_ endings: [String]) -> String? {
            guard let ending = endings.first(where: { word.lowercased().hasSuffix($0) }), word.count >= ending.count + 3,
                let before = word.dropLast(ending.count).last, !"аеёиоуыэюяьй".contains(Character(before.lowercased()))
            else { return nil }
            return String(word.dropLast(ending.count))
        }
        if title.hasSuffix("а") { return genitiveToNominative(word) }
        if title.hasSuffix("у") { return stripped(["у"]) ?? word }
        if title.hasSuffix("ом") { return stripped(["ом", "ем"]) ?? word }
        if title.hasSuffix("е") { return stripped(["е"]) ?? word }
        return word
    }

    /// Arabic connectors written as capitalised words inside a name (`Эссам Абд Эль Фатах`,
    /// `Махмуд Абу Зейд`): a name does not end on one.
    static let arabicConnectors: Set<String> = ["абд", "абдель", "абдуль", "абдул", "эль", "аль", "абу", "ибн", "бен", "бин", "abd", "abdel", "el", "al", "abu"]

    /// A name that ends on an Arabic connector runs on over the capitalised word after it, even
    /// where a gazetteer took that word for something else (`Эссам Абд Эль ⟦Фатах⟧`).
    func extendedOverConnector(_ candidate: Candidate, _ c: Context) -> Candidate {
        let tokens = c.tokens
        let end = candidate.tokens.upperBound
        guard c.language != "kk", candidate.tokens.count >= 2, end < tokens.count,
            Self.arabicConnectors.contains(tokens[end - 1].folded), tokens[end - 1].isCapitalized,
            tokens[end].sentence == tokens[end - 1].sentence, !tokens[end].newlineBefore, tokens[end].kind == .word,
            tokens[end].isCapitalized, !tokens[end].isAllUpper, !NameContext.isHeadNoun(tokens[end]),
            NameContext.isLatin(tokens[end].text) == NameContext.isLatin(tokens[end - 1].text)
        else { return candidate }
        let start = candidate.tokens.lowerBound
        let given = candidate.attributes["given_name"] ?? tokens[start].text
        let surname = tokens[(start + 1)...end].map(\.text).joined(separator: " ")
        return make(start..<(end + 1), given: given, patronymic: nil, surname: surname, initials: nil,
                    confidence: candidate.confidence, c)
    }

    /// Common Chinese, Korean and Vietnamese family names in Russian transcription, which open
    /// the name (`Ли Мён Бак`, `Нгуен Тан Зунг`, `Ху Цзиньтао`). One-letter names and those that
    /// are frequent Russian words are left out (`У`, `Е`, `До`, `Кан`, `Тан`, `Су`, `Лу`).
    static let eastAsianFamilyNames: Set<String> = [
        // Chinese
        "ван", "чжан", "лю", "чэнь", "чен", "хуан", "чжао", "чжоу", "сюй", "сунь", "чжу", "ху", "линь", "чжэн", "лян",
        "се", "сун", "хань", "фэн", "дэн", "цао", "пэн", "цзэн", "сяо", "тянь", "дун", "пань", "юань", "цай", "цзян",
        "юй", "ду", "чэн", "вэй", "люй", "дин", "жэнь", "шэнь", "яо", "цзинь", "цуй", "цю", "ся", "тань", "вэнь",
        "лэй", "мао", "цзя", "кун", "бай", "си", "цинь", "гао", "хэ", "ло", "ли", "ма", "ян", "го",
        // Korean
        "ким", "пак", "чхве", "чон", "юн", "мун", "хан", "со", "квон", "хван", "ан", "сон", "ю", "хон", "пэ", "нам",
        // Vietnamese
        "нгуен", "нгуэн", "чан", "фам", "хуинь", "фан", "зыонг", "во", "данг", "буй", "нго",
    ]
    /// Family names of the list above that are also Russian words, titles or common first names
    /// (`Ли`, `Ма`, `Ян`, `Го`, `Хан`, `Сон`): they open a name only before two more name words
    /// (`Ли Мён Бак`, not `Хан Батый`).
    static let ambiguousEastAsianFamilyNames: Set<String> = ["ли", "ма", "ян", "го", "хан", "со", "ан", "сон", "ю", "чан", "во", "си", "се", "ван", "хэ", "ду", "мун", "нам"]

    /// Russian: a common East Asian family name and one or two short capitalised words after it
    /// that no other rule reads as a name's start (`Нгуен Тан Зунг посетил Москву`, `Ли Мён Бак
    /// встретился`, `Пак Кын Хе`).
    func eastAsianName(at i: Int, _ c: Context) -> Candidate? {
        let tokens = c.tokens
        let token = tokens[i]
        guard c.language == "ru", token.kind == .word, token.isCapitalized, !token.isAllUpper,
            !c.blocked.contains(i), !c.quoted.contains(i), Self.eastAsianFamilyNames.contains(token.folded)
        else { return nil }
        var end = i + 1
        while end < tokens.count, end - i <= 2, tokens[end].sentence == token.sentence, !tokens[end].newlineBefore,
            tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllUpper, !c.blocked.contains(end),
            tokens[end].folded.count <= 8, !NameContext.isLatin(tokens[end].text), !NameContext.isHeadNoun(tokens[end]),
            !NameContext.isRussianAdjective(tokens[end].folded), surnameBase(tokens[end]) == nil, givenName(tokens[end]) == nil
        {
            end += 1
        }
        let count = end - i
        guard count >= 2 else { return nil }
        if Self.ambiguousEastAsianFamilyNames.contains(token.folded), count < 3 { return nil }
        // The name is kept in its own order, family name first.
        let whole = tokens[i..<end].map(\.text).joined(separator: " ")
        var candidate = make(i..<end, given: nil, patronymic: nil, surname: whole, initials: nil, confidence: 0.7, c)
        candidate.attributes["surname"] = token.text
        candidate.attributes["given_name"] = tokens[(i + 1)..<end].map(\.text).joined(separator: " ")
        return candidate
    }

    /// Kazakh nouns of a person's circle with a possessive ending (`досым` "my friend",
    /// `әріптесім` "my colleague", `інім` "my younger brother"): before a name they say who the
    /// person is, like a title, and are no part of the name (`Әріптесім Қорған Төреғожа`).
    static let kazakhCircleNouns: Set<String> = [
        "досым", "досымыз", "досы", "әріптесім", "әріптесіміз", "әріптесі", "жолдасым", "жолдасымыз", "серіктесім",
        "ұстазым", "ұстазымыз", "шәкіртім", "шәкірті", "інім", "інісі", "ағам", "ағасы", "әпкем", "әпкесі", "апам",
        "қарындасым", "қарындасы", "сіңлім", "сіңлісі", "бауырым", "бауырымыз", "жиенім", "жиені", "немерем", "немересі",
        "ұлым", "қызым", "әкем", "әкесі", "анам", "анасы", "жарым", "жары", "жұбайым", "жұбайы", "көршім",
        "көршісі", "танысым", "кейіпкеріміз", "кейіпкеріміздің",
    ]

    /// Whether token `i` is a Kazakh noun of a person's circle before a name: a capitalised word
    /// follows it, and when the noun is also a first name (`Досым`), that word is a known first
    /// name (`Досым Ерлан Сапаров` is "my friend Yerlan Saparov").
    func isCircleNounBeforeName(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i].kind == .word, Self.kazakhCircleNouns.contains(tokens[i].folded),
            tokens[i + 1].sentence == tokens[i].sentence, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
            !tokens[i + 1].isAllUpper
        else { return false }
        return givenName(tokens[i]) == nil || givenName(tokens[i + 1]) != nil
    }
}
