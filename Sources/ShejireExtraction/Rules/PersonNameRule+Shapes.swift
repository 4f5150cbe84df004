import ShejireCore
import ShejireText

/// The shapes of the words of a name: first names, surnames, patronymics, and the
/// context checks that keep common words out.
extension PersonNameRule {
    /// Surname endings (folded). `-ин/-ина` need five letters; Kazakh `-ын/-ына` is left out
    /// (it is mostly a case ending: `жақында`, `тұрғын`), except Russian `-цын/-цына`.
    static let surnameEndings = [
        "ов", "ова", "ев", "ева", "ёв", "ёва", "ұлы", "қызы", "улы", "кызы", "uly", "kyzy", "ский", "ская", "цкий",
        "цкая", "енко", "ova", "ov", "eva", "ev", "ин", "ина", "цын", "цына", "швили", "дзе", "ян",
        // Ukrainian (`Шевчук`, `Полищук`, `Мартынюк`), Romanian (`Чаушеску`), Greek (`Пападопулос`,
        // `Стефанидис`, `Михелакис`).
        "чук", "щук", "юк", "еску", "пулос", "идис", "акис",
        // English and Swedish `-son` (`Джонсон`, `Ларссон`), Lithuanian (`Бразаускас`,
        // `Грибаускайте`: only the long endings; `-айте` alone is an imperative, `Давайте`), Spanish and Portuguese (`Фернандес`,
        // `Родригес`, `Санчес`, `Мартинес`, `Гонсалес`, `Оливейра`), Turkish (`Давутоглу`).
        "сон", "аускас", "явичюс", "авичюс", "евичюс", "аускайте", "ндес", "гес", "нчес", "тинес", "алес", "ейра", "оглу",
    ]
    /// Common nouns (in their base form) built like surnames in `-ин`/`-ина`/`-ов`, also used in
    /// Kazakh, which open sentences with case endings (`Карантинге`, `Машиналары`).
    static let surnameShapedNouns: Set<String> = [
        "карантин", "машина", "витамин", "бензин", "магазин", "кабина", "вакцина", "дисциплина", "медицина", "доктрина",
        "картина", "турбина", "аспирин", "инсулин", "мандарин", "дельфин", "пингвин", "камин", "трамплин", "жасмин",
        "никотин", "кофеин", "керосин", "парафин", "глицерин", "пластилин", "героин", "кокаин", "холестерин", "пенициллин",
        "гемоглобин", "лимузин", "ангина", "скарлатина", "рутина", "вершина", "равнина", "долина", "пучина", "глубина",
        "ширина", "величина", "причина", "мужчина", "годовщина", "плотина", "паутина", "лавина", "витрина", "остров",
    ]
    /// Epithets of rulers and saints that follow a first name as its second part (masculine and
    /// feminine nominative): `Иван Грозный`, `Ярослав Мудрый`, `Александр Невский`.
    static let rulersEpithets: Set<String> = [
        "грозный", "великий", "великая", "мудрый", "невский", "донской", "калита", "тишайший", "кроткий", "святой",
        "грозного", "великого", "мудрого", "невского", "донского",
    ]
    static let patronymicEndings = ["ович", "евич", "овна", "евна", "ична", "инична", "ьич"]
    /// Adjective surnames, which are also the shape of place adjectives (`Московский`).
    static let adjectivalSurnameEndings = ["ский", "ская", "цкий", "цкая", "ской", "цкой", "ского", "цкого", "скому", "ском", "ским", "скую"]

    /// A capitalised word of letters (not an acronym, not a head noun, not taken by an
    /// earlier extractor).
    func isNameWord(_ i: Int, _ c: Context) -> Bool {
        let token = c.tokens[i]
        guard token.kind == .word, token.isCapitalized, !token.isAllUpper, token.folded.count >= 2,
            !c.blocked.contains(i) || c.placeFirstNames.contains(i)
        else { return false }
        if token.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return false }
        if Self.isInflectedAcronym(token.text) { return false }
        if Self.honorifics.contains(token.folded) || Self.titlesOfAddress.contains(token.folded) { return false }
        if NameContext.isSentenceStart(i, c.tokens) && HeadNounPhrase.sentenceStarters.contains(token.folded) { return false }
        // A family or relative's noun opening a Russian sentence (`Братья Карамазовы`, `Династия Романовых`).
        if c.language == "ru", NameContext.isSentenceStart(i, c.tokens), Self.isFamilyOrRelativeNoun(i, c.tokens) { return false }
        // A first name that is also a head noun (`Сайлау` "election") before a surname.
        if NameContext.isHeadNoun(token),
            !(givenName(token) != nil && i + 1 < c.tokens.count && c.tokens[i + 1].sentence == token.sentence
                && c.tokens[i + 1].isCapitalized && surnameBase(c.tokens[i + 1]) != nil)
        {
            return false
        }
        // A compound whose last part is a lower-case head noun (`Пресс-служба`, `Пресс-центр`).
        if let dash = token.text.lastIndex(of: "-") {
            // Russian particles and adverbs written with a hyphen (`Всё-таки`, `Кто-то`,
            // `По-прежнему`, `Кое-где`).
            if Self.hyphenParticles.contains(where: token.folded.hasSuffix) || token.folded.hasPrefix("по-")
                || token.folded.hasPrefix("кое-")
            {
                return false
            }
            let part = String(token.text[token.text.index(after: dash)...])
            let last = Token(
                kind: .word, range: token.range, normalizedRange: token.normalizedRange, text: part,
                folded: TextFolding.fold(part), sentence: token.sentence)
            if part.first?.isLowercase == true, NameContext.isHeadNoun(last) { return false }
        }
        return true
    }

    /// Russian particles written after a hyphen (`всё-таки`, `кто-то`, `где-либо`, `как-нибудь`).
    static let hyphenParticles = ["-таки", "-то", "-либо", "-нибудь"]

    /// Russian verbs of saying in the past tense, a man's or a woman's (`заявил`, `отметила`):
    /// a name next to one is a person speaking. Neuter and plural forms (`сообщило`,
    /// `заявили`) are left out: organisations speak in them.
    static let speechVerbs: Set<String> = [
        "заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "пояснил",
        "пояснила", "добавил", "добавила", "рассказал", "рассказала", "уточнил", "уточнила", "признал", "признала",
        "сообщил", "сообщила", "ответил", "ответила", "заметил", "заметила", "напомнил", "напомнила", "заверил",
        "заверила", "объяснил", "объяснила", "констатировал", "констатировала", "признался", "призналась", "объявил",
        "объявила",
    ]

    /// Russian: whether an unknown one-word name at `i` stands next to a verb of saying, as
    /// the speaker: right after it (`— заявил Крамник.`), or before it inside a sentence after a
    /// comma or a conjunction (`, а Проди заявил`). A sentence-initial word is left out: common
    /// nouns are capitalised there (`Источник сообщил`).
    static func isSpeaker(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i > 0, tokens[i - 1].sentence == tokens[i].sentence else { return false }
        // The speaker is in the nominative; `рассказал Викиновостям` names whom he told.
        if ["ам", "ям", "ами", "ями", "ах", "ях", "ому", "ему", "ой", "ым", "им"].contains(where: tokens[i].folded.hasSuffix) {
            return false
        }
        let after = i + 1 < tokens.count && tokens[i + 1].sentence == tokens[i].sentence ? tokens[i + 1] : nil
        // A verb of saying; one in the present tense not for an organisation's name (`считает Минфин`).
        func says(_ verb: String) -> Bool {
            speechVerbs.contains(verb) || morePastSpeechVerbs.contains(verb)
                || (presentSpeechVerbs.contains(verb) && !isOrganisationShaped(tokens[i].folded))
        }
        if says(tokens[i - 1].folded) {
            // The name ends there: punctuation, the end, or a lower-case word.
            guard let after else { return true }
            return after.kind != .word || !after.isCapitalized
        }
        if let after, after.kind == .word, says(after.folded) {
            let before = tokens[i - 1]
            return before.kind == .punctuation || before.kind == .dash || ["и", "а", "но", "однако"].contains(before.folded)
        }
        return false
    }

    /// Whether the next word of the sentence is a capitalised `-ұлы`/`-қызы` surname: a word
    /// before it is a first name even when it is also a common noun (`Сайлау Асқарұлы`
    /// "election", `Бірлік Берікұлы` "unity"), as no adjective or head noun precedes such a name.
    static func isBeforeKazakhPatronymic(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence, tokens[i + 1].kind == .word,
            tokens[i + 1].isCapitalized, !tokens[i + 1].isAllUpper
        else { return false }
        let next = tokens[i + 1].folded
        return kazakhPatronymicEndings.contains { ending in
            guard let range = next.range(of: ending) else { return false }
            return next.distance(from: next.startIndex, to: range.lowerBound) >= 3
        }
    }

    func classify(_ token: Token) -> Word {
        var word = Word(given: givenName(token), surname: surnameBase(token), patronymic: patronymicBase(token))
        if word.given == nil, word.surname == nil, word.patronymic == nil { word.formant = Self.hasGivenNameFormant(token.folded) }
        return word
    }

    /// Second parts of Kazakh compound first names (`Сәді-бек`, `Нұр-жан`, `Ақ-гүл`,
    /// `Ер-болат`), in the nominative.
    static let givenNameFormants = [
        "бек", "бай", "жан", "гүл", "хан", "болат", "тай", "нұр", "ғали", "сұлтан", "мұрат", "берген", "бике", "айым",
        "жар", "бота", "ғазы", "қасым", "зада", "дәулет", "бақыт",
    ]

    static func hasGivenNameFormant(_ folded: String) -> Bool {
        guard folded.count >= 5, !NameContext.hasObliqueEnding(folded) else { return false }
        return givenNameFormants.contains { folded.hasSuffix($0) && folded.count > $0.count + 1 }
    }

    /// Endings of Russian surnames (`-ов`, `-ин`, `-ский`) in a case that is no masculine
    /// nominative: the genitive, dative, instrumental or prepositional of a man's surname, or a
    /// woman's surname (`Медведева`, `Путину`, `Улицкой`, `Яровой`, `Кадыровым`).
    static let obliqueSurnameEndings = [
        "ова", "ева", "ёва", "ина", "ына", "ову", "еву", "ину", "ыну", "овым", "евым", "иным", "ыным", "овой", "евой",
        "иной", "ыной", "ове", "еве", "ине", "овом", "евом", "ином", "ского", "цкого", "скому", "цкому", "ским", "цким",
        "ской", "цкой",
    ]

    /// Whether token `i` is a Russian word (not a known first name) before a capitalised
    /// surname in an oblique case: opening a sentence, such a pair is a common noun and the
    /// person it belongs to (`Указ Путина`, `Книга Улицкой`, `Вдова Немцова`, `Слова
    /// Медведева`), while a first name and a surname agree (`Леван Гачечиладзе`).
    static func isNounBeforeOblique(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence,
            tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, !NameContext.isLatin(tokens[i].text)
        else { return false }
        let next = tokens[i + 1].folded
        guard next.count >= 5, obliqueSurnameEndings.contains(where: next.hasSuffix) else { return false }
        return true
    }

    /// Russian nouns of a person's trade or origin by their suffix (`Певица`, `Бразилец`,
    /// `Футболист`, `Писатель`, `Британка`): opening a sentence before a name, they are no first
    /// name (`Певица Мадонна`, `Бразилец Неймар`).
    static func isRussianAgentNoun(_ folded: String) -> Bool {
        if russianPersonNouns.contains(folded) || russianRoleNouns.contains(folded) { return true }
        // The instrumental of such nouns (`Соперником`, `Победителем`, `Певицей`).
        if folded.count >= 7, !NameContext.isKazakhSpelling(folded),
            ["ником", "телем", "ицей", "истом", "исткой", "щиком", "чиком"].contains(where: folded.hasSuffix)
        {
            return true
        }
        guard folded.count >= 5, !NameContext.isKazakhSpelling(folded) else { return false }
        return [
            "ец", "ица", "ист", "истка", "тель", "тельница", "анка", "янка", "ник", "ница", "актер", "актёр", "актриса",
            "щик", "чик", "щица", "чица", "мейстер",
        ]
        .contains(where: folded.hasSuffix)
    }

    /// Russian nouns of a person's trade with no telling suffix, and of a contest between two
    /// people (`Гроссмейстер Топалов`, `Матч Карпов — Каспаров`): opening a sentence before a
    /// surname, they are no first name.
    static let russianPersonNouns: Set<String> = [
        "форвард", "вратарь", "голкипер", "режиссер", "режиссёр", "продюсер", "боксер", "боксёр", "дизайнер", "репортер",
        "репортёр", "блогер", "блоггер", "рэпер", "архитектор", "профессор", "доктор", "инженер", "юрист", "адвокат",
        "матч", "поединок", "бой", "дуэль", "схватка", "партия",
    ]

    /// Russian abstract and verbal nouns by their suffix (`Позиция`, `Заявление`, `Руководство`,
    /// `Готовность`, `Остановка`, `Поддержка`, `Борьба`): opening a sentence before a name, they
    /// are no first name (`Позиция Шойбле`, `Остановка Чкаловская`).
    static func isRussianCommonNoun(_ folded: String, _ c: Context) -> Bool {
        guard c.language == "ru", folded.count >= 5, !NameContext.isKazakhSpelling(folded) else { return false }
        if ["ция", "ние", "тие", "ство", "ость", "ции", "нии", "ства", "овка", "евка", "дка", "жка", "зка", "ьба", "изм"]
            .contains(where: folded.hasSuffix)
        {
            return true
        }
        // Nouns in `-ика` (`Политика`, `Экономика`, `Тактика`), listed: first names are so built
        // too, and not all are known (`Ангелика`, `Марика`; review of session 12).
        return folded.hasSuffix("ика") && Self.russianIkaNouns.contains(folded)
    }

    /// Common Russian nouns in `-ика` that open sentences (nominative).
    static let russianIkaNouns: Set<String> = [
        "политика", "экономика", "тактика", "практика", "критика", "статистика", "логистика", "техника", "физика",
        "математика", "механика", "электроника", "энергетика", "музыка", "клиника", "публика",
        "республика", "методика", "лексика", "графика", "классика", "мистика", "риторика", "стратегика", "тематика",
        "специфика", "динамика", "этика", "эстетика", "грамматика", "информатика", "робототехника", "фабрика",
        "паника", "хроника", "символика", "атрибутика", "семантика", "поэтика", "генетика", "кибернетика",
    ]

    /// Russian kinship nouns (nominative singular): the name after one is in the genitive, the
    /// relative's (`вдова Ельцина`, `сын Кадырова`, `супруга Медведева`).
    static let russianKinshipNouns: Set<String> = [
        "вдова", "вдовец", "жена", "супруга", "супруг", "муж", "сын", "дочь", "дочка", "отец", "мать", "брат", "сестра",
        "внук", "внучка", "племянник", "племянница", "зять", "невестка", "тесть", "теща", "тёща", "свекровь", "дед",
        "бабушка", "родственник", "родственница", "наследник", "наследница",
        // Irregular case forms the morphology does not reduce.
        "дочери", "дочерью", "матери", "матерью",
    ]

    /// Whether the word before token `i` in its sentence is a Russian kinship noun in any case.
    static func kinshipNounPrecedes(_ i: Int, _ tokens: [Token]) -> Bool {
        i > 0 && tokens[i - 1].sentence == tokens[i].sentence && isRelativeNoun(tokens[i - 1])
    }

    /// Kinship words and titles after a first name (`Клара апамыз`, `Эльбрус атаның`, `Төле би`).
    static let kinshipAfterName = ["апа", "ата", "аға", "әже", "апай", "ағай", "би", "батыр", "ақын", "әпке", "қарындас"]

    /// An honorific (`мырза`, `ханым`) or a kinship word or title (`апа`, `аға`, `би`) after token `i`.
    static func honorificOrKinshipFollows(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].sentence == tokens[i].sentence else { return false }
        let next = tokens[i + 1].folded
        return honorifics.contains(next) || kinshipAfterName.contains { next.hasPrefix($0) && next.count <= $0.count + 4 }
    }

    /// Kazakh verbs of saying and reporting, whose subject is a person (`Толқын деді`, `Бақыт
    /// айтты`).
    static let kazakhSpeechVerbs: Set<String> = [
        "деді", "дейді", "айтты", "айтады", "мәлімдеді", "хабарлады", "түсіндірді", "жазды", "сөйледі", "атап",
        "пікір", "келісті", "сұрады", "жауап",
    ]

    static func kazakhSpeechVerbFollows(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].sentence == tokens[i].sentence,
            !tokens[i + 1].isCapitalized
        else { return false }
        return kazakhSpeechVerbs.contains(tokens[i + 1].folded)
    }

    /// A first name opening a sentence with a case ending (`Аружанның`, `Абайды`) or
    /// followed by a kinship word or title (`Клара апамыз`): a person, not a common word.
    func isInflectedOrAddressed(_ i: Int, _ c: Context) -> Bool {
        let token = c.tokens[i]
        if i + 1 < c.tokens.count, c.tokens[i + 1].kind == .word,
            Self.kinshipAfterName.contains(where: { c.tokens[i + 1].folded.hasPrefix($0) && c.tokens[i + 1].folded.count <= $0.count + 4 })
        {
            return true
        }
        // Inflected: the word is longer than the name and starts with it (`Абайдың`).
        guard let given = givenName(token) else { return false }
        let folded = TextFolding.fold(given)
        return token.folded.count > folded.count + 1 && token.folded.hasPrefix(folded.prefix(folded.count - 1))
    }

    /// The canonical first name a word stands for, if any.
    func givenName(_ token: Token) -> String? {
        let latin = NameContext.isLatin(token.text)
        let table = latin ? latinGivenNames : givenNames
        guard !table.isEmpty else { return nil }
        let forms = Morphology.matchForms(token.folded)
        for form in forms {
            if let name = table[Transliteration.matchKey(form)] {
                // `ң` is no `н` in a name (`Жаңа` "new" is not `Жанна`).
                if form.contains("ң"), !TextFolding.fold(name).contains("ң") { return nil }
                // A Kazakh plural (`Азаматтардың`, `Аналар`) is a common noun, not one person.
                if token.folded.count > form.count, token.folded.hasPrefix(form),
                    HeadNounPhrase.pluralEndings.contains(where: token.folded.dropFirst(form.count).hasPrefix)
                {
                    return nil
                }
                // A word spelled as one of the listed spellings keeps it (`Марии` is `Мария`,
                // not the Kazakh `Мәрия` of the same key).
                if !latin, let exact = forms.lazy.compactMap({ spellings[$0] }).first { return exact }
                return name
            }
        }
        return nil
    }

    /// The base form of a surname-shaped word, capitalised, if it has a surname's shape.
    func surnameBase(_ token: Token) -> String? {
        let forms = Morphology.matchForms(token.folded)
        // Any reading of a common noun built like a surname (`вакцина`, also read as `вакцин`).
        if forms.contains(where: Self.surnameShapedNouns.contains) { return nil }
        for form in forms where Self.hasSurnameShape(form) && !Self.isDeclinedEnkoForm(form, of: token.folded) {
            return Self.capitalize(form)
        }
        return nil
    }

    static func hasSurnameShape(_ form: String) -> Bool {
        let letters = form.count
        guard letters >= 4 else { return false }
        for ending in surnameEndings where form.hasSuffix(ending) {
            switch ending {
            case "ин", "ина", "ов", "ев", "ова", "ева": if letters < 5 { continue }
            case "ұлы", "қызы", "uly", "kyzy": if letters < 6 { continue }
            // `-улы/-кызы` is the Russian spelling of `-ұлы/-қызы`; on a Kazakh-spelled word it
            // is the adjective suffix `-лы` (`Қарулы` "armed").
            // Six letters is an adjective in `-улы` too often (`Атаулы` "targeted").
            case "улы", "кызы": if letters < 7 || NameContext.isKazakhSpelling(form) { continue }
            case "ян": if letters < 6 || isKazakhStem(form) { continue }
            // `жук`, `паук`, `люк`, `крюк` are words; no noun of six letters ends so.
            case "чук", "щук", "юк": if letters < 6 { continue }
            case "еску", "пулос", "идис", "акис", "сон", "гес", "алес", "ейра": if letters < 7 { continue }
            default: break
            }
            return true
        }
        return false
    }

    /// Kazakh words in `-ян` are rare; Armenian surnames (`Пашинян`) have no Kazakh letter.
    static func isKazakhStem(_ form: String) -> Bool { NameContext.isKazakhSpelling(form) }

    func patronymicBase(_ token: Token) -> String? {
        for form in Morphology.matchForms(token.folded) where Self.patronymicEndings.contains(where: { form.hasSuffix($0) }) {
            return Self.capitalize(form)
        }
        return nil
    }

    /// The most plausible base of a capitalised word that is not surname-shaped.
    func plainBase(_ token: Token) -> String? {
        Self.capitalize(Morphology.candidateBases(token.folded).first ?? token.folded)
    }

    /// Capitalises the first letter and every letter after a hyphen.
    static func capitalize(_ folded: String) -> String {
        var out = ""
        var upper = true
        for ch in folded {
            out += upper ? ch.uppercased() : String(ch)
            upper = ch == "-"
        }
        return out
    }

    /// A capitalised word at a sentence start that is an ordinary word, not a first name:
    /// a function word or a word in an oblique case (`Жақында`, `Облыста`).
    static func isCommonAtSentenceStart(_ token: Token) -> Bool {
        HeadNounPhrase.sentenceStarters.contains(token.folded) || NameContext.hasObliqueEnding(token.folded)
            || russianPossessedNouns.contains(token.folded) || eponymNouns.contains(token.folded)
    }

    /// Russian nouns that open a sentence before the name of whose they are (`Слова Фалькетти`,
    /// `Ответ Вандерлинда`, `Визит Шольца`): a person's words, acts, works and circle. Some are
    /// shaped like surnames (`Слова`) or read as unknown first names before a surname.
    static let russianPossessedNouns: Set<String> = [
        "слова", "ответ", "визит", "встреча", "приезд", "отказ", "речь", "письмо", "звонок", "критика", "реакция",
        "уход", "отставка", "арест", "смерть", "гибель", "похороны", "победа", "поражение", "успех", "провал",
        "книга", "фильм", "песня", "портрет", "дом", "семья", "фраза", "цитата", "интервью", "окружение", "друг",
        "друзья", "враги", "сторонники", "противники", "кабинет", "план", "программа", "проект", "идея", "инициатива",
        "указ", "закон", "доклад", "отчет", "отчёт", "статья", "пост", "твит", "кандидатура", "рейтинг", "имя",
        "биография", "жизнь", "карьера", "судьба", "дело", "приговор", "процесс", "слово", "голос", "мнение", "выбор",
        "позиция", "команда", "штаб", "офис", "машина", "самолет", "самолёт", "вилла", "дача", "яхта", "сын", "дочь",
        "мать", "отец", "жена", "муж", "вдова", "брат", "сестра", "адвокаты", "защита", "обвинение", "рекорд",
        "концерт", "гол", "трансфер", "контракт", "гонорар", "состояние", "выставка", "спектакль", "премьера",
        "юбилей", "свадьба", "развод", "дебют", "альбом", "клип", "роль", "травма", "гастроли", "тур",
    ]

    /// A Russian plural in `-ы` (`Самолеты Туполев`, `Депутаты Иванов и ...`): Russian first
    /// names do not end so.
    static func isRussianPluralNoun(_ token: Token) -> Bool {
        token.folded.count >= 5 && token.folded.hasSuffix("ы") && !NameContext.isLatin(token.text)
            && !NameContext.isKazakhSpelling(token.folded)
    }

    /// Lower-case particles inside names (`Усама бен Ладен`, `Людвиг ван Бетховен`, `Шарль де
    /// Голль`, `Sami al-Haj`), written apart from the next word.
    static let nameParticles: Set<String> = [
        "бен", "бин", "ибн", "ван", "фон", "де", "да", "ди", "дель", "делла", "дер", "ла", "ле", "дю", "дос", "дас",
        "цу", "bin", "ibn", "ben", "van", "von", "de", "da", "di", "del", "della", "der", "la", "le", "du", "dos", "das",
        "zu",
    ]
    /// Particles that may open a name with no first name before it (`ибн Эзра`, `де Голль`).
    static let openingNameParticles: Set<String> = ["бен", "бин", "ибн", "ван", "фон", "де", "bin", "ibn", "van", "von", "de"]
    /// Arabic articles written with a hyphen before a capitalised word (`аль-Хадж`, `эль-Масри`,
    /// `аз-Завахири`, `al-Haj`).
    static let hyphenatedArticles = [
        "аль-", "эль-", "ал-", "ад-", "аз-", "ас-", "ар-", "ат-", "ан-", "эд-", "эш-", "аш-", "эс-", "эт-",
        "al-", "el-", "ad-", "az-", "as-", "ar-", "at-", "an-", "ash-", "ed-", "esh-",
    ]

    /// A lower-case word with an Arabic article and a capital after the hyphen (`аль-Хадж`).
    static func isArticleName(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized,
            let article = hyphenatedArticles.first(where: { token.folded.hasPrefix($0) })
        else { return false }
        let rest = token.text.unicodeScalars.dropFirst(article.unicodeScalars.count)
        return rest.count >= 2 && rest.first.map { Character($0).isUppercase } == true
    }

    /// A name with lower-case particles: one or two capitalised name words, then a particle
    /// (`бен`, `ван`, `де`, `фон дер`) and a capitalised word, or an article joined by a hyphen
    /// (`Сами аль-Хадж`, `Халеда эль-Масри`, `Sami al-Haj`); or, with no first name, `ибн Эзра`,
    /// `де Голль`. Returns the token range of the name.
    func particleName(at i: Int, _ c: Context) -> Range<Int>? {
        let tokens = c.tokens
        let sentence = tokens[i].sentence
        func inSentence(_ k: Int) -> Bool { k < tokens.count && tokens[k].sentence == sentence }
        func isCapitalWord(_ k: Int) -> Bool {
            inSentence(k) && tokens[k].kind == .word && tokens[k].isCapitalized && !tokens[k].isAllUpper && !c.blocked.contains(k)
                && !NameContext.isHeadNoun(tokens[k])
        }
        /// The end of the particles and the capitalised word after them, starting at `k`.
        func tail(_ k: Int) -> Int? {
            if inSentence(k), Self.isArticleName(tokens[k]), !c.blocked.contains(k) { return k + 1 }
            var j = k
            while inSentence(j), tokens[j].kind == .word, Self.nameParticles.contains(tokens[j].folded), j - k < 2 { j += 1 }
            guard j > k, isCapitalWord(j) else { return nil }
            if NameContext.isLatin(tokens[j].text) != NameContext.isLatin(tokens[k].text) { return nil }
            return j + 1
        }
        let token = tokens[i]
        // Kazakh `да`/`де` are particles ("also") between two names; Kazakh names take none of these.
        guard c.language != "kk" else { return nil }
        if !token.isCapitalized {
            // `ибн Эзра`, `де Голль`: a particle opening the name, not after a capitalised word.
            guard token.kind == .word, Self.openingNameParticles.contains(token.folded),
                !(i > 0 && tokens[i - 1].sentence == sentence && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized
                    && !NameContext.isSentenceStart(i - 1, tokens)),
                let end = tail(i), !c.quoted.contains(i)
            else { return nil }
            return i..<end
        }
        // German first names end like adjectives (`Дитрих`, `Ханс-Дитрих фон Бюлов`).
        guard isNameWord(i, c), !NameContext.isRussianAdjective(token.folded) || givenName(token) != nil || token.text.contains("-"),
            !c.quoted.contains(i)
        else { return nil }
        // At a sentence start, the first word must look like a name: no common word
        // (`Сообщение аль-...`), and of two words the first a known first name
        // (`Видеозапись Усамы бен Ладена` is read from `Усамы`).
        let sentenceStart = NameContext.isSentenceStart(i, tokens)
        if sentenceStart && (Self.isCommonAtSentenceStart(token) || Self.isRussianPluralNoun(token)) { return nil }
        // Nor an abstract noun or a noun of a trade (`Ликвидация бен Ладена`, `Политика де
        // Голля`, `Журналист ван Дейк`): the name is read from the particle.
        if sentenceStart, c.language == "ru", givenName(token) == nil,
            Self.isRussianCommonNoun(token.folded, c) || Self.isRussianAgentNoun(token.folded) || Self.isRussianRoleNoun(token)
        {
            return nil
        }
        if let end = tail(i + 1) { return i..<end }
        if inSentence(i + 1), isNameWord(i + 1, c), !NameContext.isRussianAdjective(tokens[i + 1].folded),
            !sentenceStart || givenName(token) != nil, let end = tail(i + 2)
        {
            return i..<end
        }
        return nil
    }

    /// A surname-shaped adjective that qualifies the next word (`Московский совет`,
    /// `Исламского комитета`, `Русская Православная Церковь`), or a word after a
    /// capitalised adjective (`Южной Каролине`): a name of a place or an organisation.
    func isAdjectiveBeforeNoun(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        let token = tokens[i]
        if i > 0, tokens[i - 1].sentence == token.sentence, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
            NameContext.isRussianAdjective(tokens[i - 1].folded), !NameContext.isSentenceStart(i - 1, tokens)
        {
            return true
        }
        // `-ин/-ина` alone at a sentence start is more often a common noun (`Карантин`).
        // Unless, in the nominative, a verb in the singular follows: the word is the clause's
        // subject, a person (`Путин также подпишет`, `Фомина заявила`).
        if NameContext.isSentenceStart(i, tokens), ["ин", "ина", "ине", "ину", "ины", "иной"].contains(where: token.folded.hasSuffix) {
            return !((token.folded.hasSuffix("ин") || token.folded.hasSuffix("ина")) && Self.singularVerbFollows(i, tokens))
        }
        guard Self.adjectivalSurnameEndings.contains(where: token.folded.hasSuffix) else { return false }
        guard i + 1 < tokens.count, tokens[i + 1].sentence == token.sentence, tokens[i + 1].kind == .word else { return false }
        let next = tokens[i + 1]
        if next.isCapitalized { return true }
        return NameContext.isRussianAdjective(next.folded) || NameContext.isHeadNoun(next)
    }

    /// Adverbs that may stand between a subject and its verb (`Путин также подпишет`).
    static let russianAdverbsBeforeVerb: Set<String> = [
        "также", "тоже", "уже", "не", "лично", "ранее", "вновь", "затем", "тогда", "сам", "сама", "еще", "ещё", "впервые",
        "однако", "вчера", "сегодня", "недавно", "неоднократно", "публично", "официально",
    ]

    /// Whether a Russian verb in the singular follows token `i` (after up to two adverbs):
    /// past `-л`/`-ла` (`заявил`, `объявила`) or present/future third person (`подпишет`,
    /// `считает`, `говорит`).
    static func singularVerbFollows(_ i: Int, _ tokens: [Token]) -> Bool {
        var j = i + 1
        while j < tokens.count, j - i <= 2, tokens[j].sentence == tokens[i].sentence, tokens[j].kind == .word,
            russianAdverbsBeforeVerb.contains(tokens[j].folded)
        {
            j += 1
        }
        guard j < tokens.count, tokens[j].sentence == tokens[i].sentence, tokens[j].kind == .word, !tokens[j].isCapitalized,
            !NameContext.isKazakhSpelling(tokens[j].folded)
        else { return false }
        let verb = tokens[j].folded
        guard verb.count >= 5 else { return false }
        if verb.hasSuffix("ли") || verb.hasSuffix("лись") { return false }
        if HeadNounPhrase.isRussianVerb(verb) { return true }
        return ["ает", "яет", "ует", "ит", "ет", "ется", "ится"].contains(where: verb.hasSuffix)
    }

    /// Whether token `i` follows a Kazakh greeting and a comma (`Қайырлы күн, ...`, `Қайырлы
    /// таң, ...`, `Сәлеметсіз бе, ...`): the word is the person greeted.
    static func followsGreeting(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i >= 2, tokens[i - 1].kind == .punctuation, tokens[i - 1].text == ",", tokens[i - 2].sentence == tokens[i].sentence
        else { return false }
        let word = tokens[i - 2].folded
        if ["сәлеметсіз", "сәлеметсіздер"].contains(word) { return true }
        if word == "бе", i >= 3, tokens[i - 3].folded.hasPrefix("сәлеметсіз") { return true }
        return i >= 3 && tokens[i - 3].folded == "қайырлы" && ["күн", "кеш", "таң"].contains(word)
    }

    /// A word between a comma and the end of a clause (`,` `!` `?` `.`, or the end of the text):
    /// an address inside a sentence (`Қайырлы күн, Сағыныш!`, `Иә, Бірлік, ...`).
    static func isAddressInsideSentence(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i > 0, tokens[i - 1].kind == .punctuation, tokens[i - 1].text == "," else { return false }
        guard i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence else { return true }
        let next = tokens[i + 1]
        return next.kind == .punctuation && [",", "!", "?", "."].contains(next.text)
    }

    /// A first name opening a sentence and followed by a comma or an exclamation mark: an
    /// address (`Гүлжан, сіз эфирдесіз`, `Бірлік!`).
    func isAddress(_ i: Int, _ c: Context) -> Bool {
        guard i + 1 < c.tokens.count else { return false }
        let next = c.tokens[i + 1]
        return next.kind == .punctuation && (next.text == "," || next.text == "!")
    }

    /// Two or three capitalised Cyrillic words with no Kazakh letter inside a sentence,
    /// none an adjective, a head noun or in quotes, and not followed by a head noun: a
    /// foreign name in Russian or Kazakh spelling (`Барак Обама`, `Новак Джоковичті`).
    func isForeignNameRun(_ i: Int, count: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        // After the noun it names (`галерее Тейт Модерн`, `стадионе Стэмфорд Бридж`,
        // `авиакомпании Бритиш Эйрвейз`), or opening a sentence with such a noun (`Кубок Стэнли`):
        // the name of a thing, not a person.
        // Not when a person's noun governs that noun (`Владелец кафе Йохен Шарф`, `директор
        // музея Джон Смит`): the name is that person's.
        // A first name that does not decline before a genitive names the author (`книге Энди
        // Уорхола`).
        if Self.followsThingNoun(i, c), !(count == 2 && Self.isAuthorAfterIndeclinable(i, c)) { return false }
        if Self.isThingNoun(tokens[i]) { return false }
        for k in i..<(i + count) {
            let t = tokens[k]
            if NameContext.isLatin(t.text) || NameContext.isKazakhSpelling(t.folded) || c.quoted.contains(k) { return false }
            // A company's word in Russian letters (`Уорнер Бразерс`, `Дженерал Моторс`; session 13).
            if Self.isForeignCompanyWord(t.folded) { return false }
            if k > i, t.folded.hasPrefix("аль-") || t.folded.hasPrefix("эль-") { continue }
            // A feminine name in the instrumental after a first name in the instrumental
            // (`Хавьером Соланой`) is no adjective.
            if k > i, t.folded.hasSuffix("ой"), !t.folded.hasSuffix("ской"), !t.folded.hasSuffix("цкой"),
                ["ом", "ем"].contains(where: tokens[k - 1].folded.hasSuffix)
            {
                continue
            }
            // A word of four letters or fewer is no adjective by its ending (`Кими`, `Рой`).
            if t.folded.count >= 5, Self.foreignRunAdjectiveEndings.contains(where: t.folded.hasSuffix) { return false }
            if t.folded.count < 2 { return false }
        }
        let end = i + count
        if end < tokens.count, tokens[end].sentence == tokens[i].sentence, NameContext.isHeadNoun(tokens[end]) { return false }
        return true
    }

    /// Russian nouns of things, places and bodies that a foreign name follows in apposition
    /// (lemmas): the organisation descriptors and place nouns, and buildings, works, prizes and
    /// vehicles.
    static let thingNouns: Set<String> = OrganisationRule.russianDescriptors.subtracting(["оператор", "производитель"])
        .union(PlaceRule.russianPlaceNouns)
        .union([
            "стадион", "арена", "отель", "гостиница", "галерея", "ресторан", "кафе", "кинотеатр", "собор", "храм",
            "мечеть", "церковь", "дворец", "замок", "парк", "мост", "башня", "кубок", "премия", "приз", "турнир",
            "чемпионат", "фестиваль", "конкурс", "фильм", "песня", "альбом", "книга", "роман", "сериал", "спектакль",
            "опера", "мюзикл", "шоу", "программа", "проект", "корабль", "судно", "яхта", "самолет", "самолёт",
            "марка", "бренд", "магазин", "супермаркет", "площадка", "трасса", "автодром", "операция", "миссия",
            "серия", "ракета", "спутник", "вертолет", "вертолёт", "танк", "поезд", "автомобиль", "модель",
        ])

    /// Whether a lower-case noun of a thing (`thingNouns`) stands just before token `i`, not
    /// governed by a person's noun or a position title (`Владелец кафе Йохен Шарф`).
    static func followsThingNoun(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word,
            (!tokens[i - 1].isCapitalized && isThingNoun(tokens[i - 1])) || isThingNounBeforeDeclined(i, c),
            !c.positionEnds.contains(i),
            !c.positionEnds.contains(i - 1)
        else { return false }
        // The person's noun may stand before adjectives of the thing's noun (`работник
        // экспедиторской фирмы Давид Мирианашвили`).
        var j = i - 2
        while j >= 0, i - 1 - j <= 3, tokens[j].sentence == tokens[i].sentence, tokens[j].kind == .word {
            if isPersonNoun(tokens[j]) || c.positionEnds.contains(j + 1) { return false }
            guard NameContext.isRussianAdjective(tokens[j].folded) else { break }
            j -= 1
        }
        return true
    }

    /// Russian nouns of people who own, run or belong to something (lemmas), besides the
    /// position titles of the gazetteer.
    static let personNouns: Set<String> = [
        "владелец", "владелица", "хозяин", "хозяйка", "совладелец", "основатель", "основательница", "создатель",
        "сотрудник", "сотрудница", "работник", "представитель", "представительница", "участник", "участница", "член",
        "игрок", "тренер", "наставник", "капитан", "солист", "солистка", "автор", "посетитель", "гость", "житель",
        "пилот", "ведущий", "ведущая", "редактор", "работница", "служащий", "специалист", "инженер", "корреспондент", "обозреватель", "менеджер", "директор", "управляющий",
    ]

    static func isPersonNoun(_ token: Token) -> Bool {
        guard token.kind == .word, !NameContext.isKazakhSpelling(token.folded) else { return false }
        return Morphology.matchForms(token.folded).contains { personNouns.contains($0) }
    }

    /// Whether a word is one of `thingNouns` in any case form.
    static func isThingNoun(_ token: Token) -> Bool {
        guard token.kind == .word, !NameContext.isKazakhSpelling(token.folded) else { return false }
        return Morphology.matchForms(token.folded).contains { thingNouns.contains($0) }
    }

    /// Adjective endings that rule a word out of a foreign name (`-ий` is left in: `Ираклий`).
    static let foreignRunAdjectiveEndings = [
        "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "ую", "юю", "ых", "их", "ыми",
        "ими", "ский", "цкий",
    ]

    /// Tokens between a pair of quotation marks in one sentence (at most twelve tokens apart).
    static func quotedTokens(_ tokens: [Token]) -> Set<Int> {
        var result = Set<Int>()
        for (open, close) in quotePairs(tokens) { result.formUnion((open + 1)..<close) }
        return result
    }

    /// The indices of each pair of quotation marks that open and close within one sentence and
    /// twelve tokens, in text order.
    static func quotePairs(_ tokens: [Token]) -> [(open: Int, close: Int)] {
        var result: [(open: Int, close: Int)] = []
        var open: Int? = nil
        for (index, token) in tokens.enumerated() {
            if let o = open, tokens[o].sentence != token.sentence || index - o > 12 { open = nil }
            guard token.kind == .quote else { continue }
            if let o = open {
                result.append((o, index))
                open = nil
            } else {
                open = index
            }
        }
        return result
    }

    /// An acronym with a case ending (`МИДа`, `ООНом`): its first two letters are capitals.
    static func isInflectedAcronym(_ text: String) -> Bool {
        let letters = text.prefix(2)
        return letters.count == 2 && letters.allSatisfy { $0.isUppercase }
    }

    /// `Шендерович`, `Абрамовича`: a male patronymic shape (`-ович`, `-евич`) in any case form.
    static func isMaleSurnameInOvich(_ folded: String) -> Bool {
        Morphology.matchForms(folded).contains { $0.hasSuffix("ович") || $0.hasSuffix("евич") }
    }

    /// Whether the capitalised word at `i`, opening a run of three, belongs to what comes before
    /// it: a lower-case head noun (`клуба Челси`, `штата Аризона`), a position title (`защитник
    /// Арсенала`) or another capitalised word (`Ассошиэйтед Пресс`).
    static func namesWhatPrecedes(_ i: Int, _ c: Context) -> Bool {
        guard i > 0, c.tokens[i - 1].sentence == c.tokens[i].sentence else { return false }
        let before = c.tokens[i - 1]
        if c.positionEnds.contains(i) { return true }
        guard before.kind == .word else { return false }
        // A noun of a person's role or trade, also opening the sentence (`Пилот Уильямса Рубенс
        // Баррикелло`, `защитник Арсенала Киран Гиббс`): the first word is what the person
        // belongs to (session 13).
        if c.language == "ru", isPersonNoun(before) || isRussianRoleNoun(before) || isRussianAgentNoun(before.folded) {
            return true
        }
        // A capitalised word that another mention covers (`премьер-министр Турции Реджеп Тайип
        // Эрдоган`, `Глава Еврокомиссии Жозе Мануэль Баррозу`) is a name of its own: the run
        // after it is the person's whole name.
        if before.isCapitalized { return !NameContext.isSentenceStart(i - 1, c.tokens) && !c.blocked.contains(i - 1) }
        return NameContext.isHeadNoun(before)
    }

    /// Capitalised words covered by a one-word place and nothing else (`Кан`, `Ницца`).
    static func singlePlaceWords(_ tokens: [Token], _ found: [Candidate]) -> Set<Int> {
        var places = Set<Int>()
        var other = Set<Int>()
        for candidate in found {
            if candidate.type == .place, candidate.tokens.count == 1 {
                places.insert(candidate.tokens.lowerBound)
            } else if candidate.type != .person {
                other.formUnion(candidate.tokens)
            }
        }
        return places.subtracting(other).filter { tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllUpper }
    }

    /// Short words that end the complement of a title: prepositions, conjunctions, pronouns.
    static let titleComplementStops: Set<String> = [
        "в", "во", "на", "с", "со", "по", "и", "а", "но", "или", "что", "как", "для", "от", "до", "из", "к", "ко", "у",
        "о", "об", "при", "за", "над", "под", "про", "без", "через", "его", "её", "ее", "их", "это", "этот", "тот", "же",
        "не", "ни", "бы", "ли", "уже", "также", "тоже",
    ]

    /// Russian: whether an unknown capitalised word names the holder of a title before it,
    /// alone or with what the title is of: a place, organisation or person (`премьер Италии
    /// Проди`, `советник Обамы Аксельрод`) or up to four lower-case words (`спикер палаты
    /// представителей Бонер`). A word in a genitive-looking form (`-а`, `-я`, `-ы`, `-и`) right
    /// after the title or its lower-case words is what the title is of (`глава Роснефти`,
    /// `председатель совета Федерации`), not a person; after a named owner it is the holder
    /// (`премьер Италии Проди`). Adjectives, head nouns and place-like `-ово`/`-ино` words are
    /// never the holder.
    func followsTitle(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        let folded = tokens[i].folded
        guard folded.count >= 3, !NameContext.isRussianAdjective(folded), !NameContext.isHeadNoun(tokens[i]),
            !["ово", "ево", "ёво", "ино", "ыно"].contains(where: folded.hasSuffix),
            !["ах", "ях", "ами", "ями"].contains(where: folded.hasSuffix)
        else { return false }
        let sentence = tokens[i].sentence
        // A genitive names what the title is of (`директор Эрмитажа`, `глава Роснефти`), unless
        // the word ends as foreign surnames do, never a Russian genitive (`генпрокурор Бертолини`,
        // `спикер парламента Фалькетти`).
        let vowelEnd = folded.last.map { "аяыи".contains($0) } ?? false
        let genitiveLike = vowelEnd && !Self.isForeignSurnameInI(folded)
        var j = i
        var lowerCase = 0
        var steps = 0
        while steps < 10 {
            if c.positionEnds.contains(j) {
                if j == i { return !genitiveLike }
                return c.owners.contains(i - 1) || !genitiveLike
            }
            // A noun of a role (`обвиняемый`, `форвард`, `голландец`) right before the word: a
            // foreign surname in `-и` or `-ия` is no genitive there (`обвиняемый Фалькетти`,
            // `форвард Кварацхелия`); the genitive of a team or a town after it is (`защитник
            // Арсенала`, `уроженец Москвы`).
            if c.roleEnds.contains(j) {
                // A foreign surname in `-ия` (`форвард Кварацхелия`), not a genitive in `-ния`,
                // `-тия`, `-вия` (`победитель Евровидения`); in `-и` only as `isForeignSurnameInI` says.
                if j == i {
                    return !genitiveLike || (folded.hasSuffix("ия") && !["ния", "тия", "вия"].contains(where: folded.hasSuffix))
                }
                // After the role noun's complement a word in `-и` names the complement (`Владелец
                // сети Фалькетти`).
                return !vowelEnd
            }
            let k = j - 1
            guard k >= 0, tokens[k].sentence == sentence else { return false }
            let token = tokens[k]
            if c.owners.contains(k) || (token.kind == .quote && c.owners.contains(k - 1)) || (token.kind == .quote && c.owners.contains(k + 1)) {
                j = k
            } else if token.kind == .word, !token.isCapitalized, lowerCase < 4, token.folded.count >= 3,
                !Self.titleComplementStops.contains(token.folded), !HeadNounPhrase.isRussianVerb(token.folded)
            {
                lowerCase += 1
                j = k
            } else {
                return false
            }
            steps += 1
        }
        return false
    }

    /// Russian: an unknown word opening a sentence as the subject of a verb of saying in the
    /// singular (`Бонер объявил, что ...`, `Шольтен подчеркнул: ...`). Common nouns are
    /// capitalised there too (`Источник сообщил`, `Эксперт отметил`, `Минфин заявил`), so the
    /// word must have no noun's suffix, no organisation's shape, and must not be written in
    /// lower case elsewhere in the document.
    func isSpeakerAtSentenceStart(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", NameContext.isSentenceStart(i, tokens), i + 1 < tokens.count,
            tokens[i + 1].sentence == tokens[i].sentence, Self.speechVerbs.contains(tokens[i + 1].folded)
        else { return false }
        if Self.capitalisedWordFollows(i + 1, tokens) { return false }  // `Суд заявил Иванову`: the one spoken to
        let token = tokens[i]
        let folded = token.folded
        guard folded.count >= 4, !token.isAllUpper, !Self.isCommonAtSentenceStart(token), !Self.isRussianPluralNoun(token),
            !Self.isRussianAgentNoun(folded), !Self.isRussianCommonNoun(folded, c), !NameContext.isRussianAdjective(folded),
            !NameContext.isHeadNoun(token), !Self.isOrganisationShaped(folded), !Self.russianSpeakingNouns.contains(folded),
            !Self.russianKinshipNouns.contains(folded),
            // Nouns of trades and people by suffix (`Вирусолог`, `Бизнесмен`, `Дипломат`).
            !["лог", "мен", "ат", "ант", "ент"].contains(where: folded.hasSuffix)
        else { return false }
        return !c.lowerCase.contains(folded, in: tokens)
    }

    /// Russian nouns of people and bodies that often open a sentence before a verb of saying
    /// and have no telling suffix (`Эксперт отметил`, `Посол заявил`). Words the other tests of
    /// `isSpeakerAtSentenceStart` already rule out (`-ник`, `-тель`, `-ство`, `-лог`, `-ент`,
    /// adjectives, body-shaped words such as `Минфин`, words under four letters) are not repeated.
    static let russianSpeakingNouns: Set<String> = [
        "эксперт", "аналитик", "историк", "врач", "судья", "прокурор", "командир", "тренер", "капитан", "лидер",
        "спикер", "автор", "сенатор", "директор", "премьер", "губернатор", "посол", "глава", "генсек", "канцлер",
        "король", "королева", "принц", "папа", "патриарх", "редактор", "пресс-секретарь", "оратор", "кремль",
        "пентагон", "конгресс", "совет", "комитет", "кабмин", "регулятор", "оператор", "ритейлер", "концерн",
        "журнал", "сайт", "портал", "телеканал", "радио", "ребенок", "ребёнок", "мужчина", "женщина", "девушка",
        "подросток", "пенсионер", "пилот", "офицер", "генерал", "майор", "адмирал", "маршал", "хозяин", "сосед",
        "соседка", "мама", "дилер", "спонсор", "инвестор", "партнер", "партнёр", "премьер-министр", "вице-премьер",
    ]

    /// A word shaped like the short name of a Russian body or company: `Мин...`/`Рос...`/`Гос...`
    /// (`Минфин`, `Роснедра`, `Госдеп`) or a company-name ending (`Сбербанк`, `Газпром`, `Ростелеком`).
    static func isOrganisationShaped(_ folded: String) -> Bool {
        if folded.count >= 6, ["мин", "рос", "гос", "глав", "мос"].contains(where: folded.hasPrefix) { return true }
        if [
            "банк", "пром", "строй", "надзор", "транс", "газ", "нефть", "энерго", "инвест", "центр",
            "союз", "штаб", "деп", "холдинг", "сервис", "медиа", "авиа", "флот", "здрав", "юст", "торг", "обр",
        ].contains(where: folded.hasSuffix) {
            return true
        }
        // Short endings only on longer words (`Ростелеком`, `Ростех`; not `Беннет`, `Гриффин`).
        return folded.count >= 7 && ["ком", "тех", "нет"].contains(where: folded.hasSuffix)
    }

    /// Russian: an unknown word after `по словам` ("in the words of") (`по словам Кастельяноса,
    /// ...`): the one quoted is a person. Not an adjective or a head
    /// noun (`по словам Генерального прокурора` has its own rules).
    static func isQuotedSpeaker(_ i: Int, _ tokens: [Token]) -> Bool {
        // `со слов X` too (session 13).
        i >= 2 && (quotingNouns.contains(tokens[i - 1].folded) && tokens[i - 2].folded == "по"
            || tokens[i - 1].folded == "слов" && tokens[i - 2].folded == "со")
            && tokens[i - 2].sentence == tokens[i].sentence && !NameContext.isRussianAdjective(tokens[i].folded)
            && !NameContext.isHeadNoun(tokens[i])
    }

    /// Whether a capitalised word of the same sentence follows token `i`.
    static func capitalisedWordFollows(_ i: Int, _ tokens: [Token]) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].sentence == tokens[i].sentence && tokens[i + 1].kind == .word
            && tokens[i + 1].isCapitalized
    }

    /// A man's foreign surname in the genitive in its nominative: `-а` after a consonant is
    /// dropped (`Кастельяноса`, `Бонера`); anything else is kept as written (`Драги`, `Меркель`).
    static func genitiveToNominative(_ text: String) -> String {
        let letters = Array(text)
        guard letters.count >= 4, letters.last == "а", let before = letters.dropLast().last,
            !"аеёиоуыэюяьй".contains(Character(before.lowercased()))
        else { return text }
        return String(letters.dropLast())
    }
}

/// The lower-case words of one document, for asking whether a capitalised word opening a
/// sentence is an ordinary word there (`Визит Шольца продлится ... в ходе визита`): a name
/// is not written in lower case elsewhere in the same text. Built once, on the first question.
final class LowerCaseWords {
    private var words: Set<String>? = nil

    /// Russian case endings tried after the word or after its stem (the word less a final vowel,
    /// `ь` or `й`).
    static let endings = ["", "а", "я", "у", "ю", "е", "и", "ы", "о", "ом", "ем", "ой", "ей", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях"]

    /// Whether `folded`, in some case form, is written in lower case somewhere in `tokens`.
    func contains(_ folded: String, in tokens: [Token]) -> Bool {
        guard folded.count >= 3 else { return false }
        if words == nil {
            var set = Set<String>()
            for token in tokens where token.kind == .word && !token.isCapitalized && token.folded.count >= 3 {
                set.insert(token.folded)
            }
            words = set
        }
        guard let words else { return false }
        var stems = [folded]
        if let last = folded.last, "аяоеыиьй".contains(last) { stems.append(String(folded.dropLast())) }
        return stems.contains { stem in Self.endings.contains { words.contains(stem + $0) } }
    }
}
