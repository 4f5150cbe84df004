import ShejireCore
import ShejireText

/// Russian words of a person's role and speech that the position gazetteer does not hold
/// (session 11): nouns of a trade, a sport, a court case or a nationality before a name
/// (`обвиняемый Вандерлинд`, `голландец Торвальдсен`), verbs of saying in the present tense
/// (`— говорит Фалькетти`, `как считает Бертолини`), and nouns named after a person opening a
/// sentence (`Эффект Доплера`).
extension PersonNameRule {
    /// Nouns of people (nominative singular, as `Morphology.matchForms` gives them) that name
    /// the one after them in apposition, like a position title: trades, arts and sciences,
    /// sports, business, a party to a court case, a nationality. Not in the position gazetteer,
    /// as they hold no office.
    static let russianRoleNouns: Set<String> = [
        // Courts and crime.
        "обвиняемый", "обвиняемая", "подсудимый", "подсудимая", "подозреваемый", "подозреваемая", "потерпевший",
        "потерпевшая", "задержанный", "задержанная", "осужденный", "осужденная", "свидетель", "свидетельница",
        "фигурант", "фигурантка", "истец", "ответчик", "ответчица", "заключенный", "заключенная",
        // Arts and sciences.
        "физик", "химик", "математик", "биолог", "генетик", "астроном", "историк", "археолог", "хирург", "врач",
        "писатель", "писательница", "поэт", "поэтесса", "драматург", "композитор", "художник", "художница",
        "скульптор", "фотограф", "певец", "певица", "актер", "актриса", "режиссер", "сценарист", "продюсер",
        "рэпер", "музыкант", "пианист", "пианистка", "скрипач", "скрипачка", "виолончелист", "дирижер",
        "хореограф", "балерина", "танцовщик", "модельер", "дизайнер", "архитектор", "журналист", "журналистка",
        "публицист", "блогер", "блоггер", "телеведущий", "телеведущая", "ученый", "изобретатель",
        "исследователь", "исследовательница",
        // Sports.
        "нападающий", "форвард", "защитник", "полузащитник", "хавбек", "вратарь", "голкипер", "футболист",
        "хоккеист", "баскетболист", "волейболист", "волейболистка", "теннисист", "теннисистка", "боксер",
        "борец", "гонщик", "лыжник", "лыжница", "биатлонист", "биатлонистка", "фигурист", "фигуристка",
        "шахматист", "шахматистка", "гроссмейстер", "легкоатлет", "легкоатлетка", "пловец", "пловчиха",
        "гимнаст", "гимнастка", "спортсмен", "спортсменка", "велогонщик", "конькобежец", "конькобежка",
        "бегун", "бегунья", "дзюдоист", "тяжелоатлет", "полузащитница", "нападающая",
        // Business.
        "бизнесмен", "предприниматель", "предпринимательница", "миллиардер", "миллионер", "олигарх", "банкир",
        "инвестор", "акционер", "совладелец", "совладелица", "владелец", "владелица", "сооснователь",
        "основатель", "основательница",
        // Public life.
        "адвокат", "юрист", "активист", "активистка", "правозащитник", "правозащитница", "оппозиционер",
        "диссидент", "священник", "пастор", "имам", "раввин", "автор", "игрок", "воспитанник", "воспитанница",
        "победитель", "победительница", "лауреат", "призер", "чемпион", "чемпионка", "финалист", "финалистка",
        // Nationalities.
        "голландец", "нидерландец", "итальянец", "итальянка", "француз", "француженка", "немец", "немка",
        "испанец", "испанка", "португалец", "бразилец", "аргентинец", "колумбиец", "мексиканец", "уругваец",
        "американец", "американка", "англичанин", "англичанка", "британец", "британка", "шотландец", "ирландец",
        "канадец", "австралиец", "норвежец", "норвежка", "швед", "шведка", "финн", "финка", "датчанин",
        "бельгиец", "швейцарец", "австриец", "австрийка", "поляк", "полька", "чех", "чешка", "словак", "серб",
        "сербка", "хорват", "болгарин", "румын", "венгр", "грек", "гречанка", "турок", "израильтянин",
        "японец", "японка", "китаец", "китаянка", "кореец", "кореянка", "индиец", "иранец", "египтянин",
        "нигериец", "камерунец", "сенегалец", "ивуариец", "ганец", "украинец", "украинка", "белорус", "белоруска",
        "казах", "казашка", "узбек", "армянин", "азербайджанец", "эстонец", "латыш", "литовец", "россиянин",
        "россиянка", "уроженец", "уроженка", "голландка", "нидерландка", "бразильянка", "аргентинка", "канадка",
        "австралийка", "бельгийка", "швейцарка", "португалка", "мексиканка", "ирландка", "шотландка", "датчанка",
        "венгерка", "румынка", "болгарка", "хорватка", "словачка", "израильтянка", "египтянка", "иранка",
        "колумбийка", "эстонка", "латышка", "литовка", "узбечка", "армянка", "азербайджанка", "грузинка",
    ]

    /// Whether a Russian word is one of `russianRoleNouns` in some case form (`обвиняемого`,
    /// `Голландец`, `форварда`; `TextFolding` has already written `ё` as `е`).
    static func isRussianRoleNoun(_ token: Token) -> Bool {
        let folded = token.folded
        guard token.kind == .word, folded.count >= 3 else { return false }
        return isRussianRoleNounWord(folded)
    }

    /// `isRussianRoleNoun` on a folded word; also a role with `экс-`/`вице-` (session 13).
    static func isRussianRoleNounWord(_ folded: String) -> Bool {
        if let role = roleAfterFormerPrefix(folded) { return isRussianRoleNounWord(role) || isTitleAfterFormerPrefix(role) }
        // Only a word that opens as a role noun does is analysed (this runs on every word).
        guard roleStems.contains(String(folded.prefix(3))), !NameContext.isKazakhSpelling(folded) else { return false }
        return allRussianRoleNouns.contains(folded) || RussianMorphology.matchForms(folded).contains(where: allRussianRoleNouns.contains)
    }

    /// The role nouns of session 11 and those session 13 adds.
    static let allRussianRoleNouns: Set<String> = russianRoleNouns.union(moreRussianRoleNouns)

    /// The first three letters of every role noun.
    static let roleStems: Set<String> = Set(allRussianRoleNouns.map { String($0.prefix(3)) })

    /// Verbs of saying in the present tense (`говорит`, `считает`): after them, or
    /// before them after a comma, an unknown word is the one speaking (`— говорит Фалькетти`,
    /// `Как считает Бертолини,`). `сообщает`, `передает`, `пишет` and `написал(а)` are left out:
    /// newspapers and agencies speak so (`Как пишет Бильд`).
    static let presentSpeechVerbs: Set<String> = [
        "говорит", "считает", "отмечает", "подчеркивает", "поясняет", "рассказывает", "уточняет", "добавляет",
        "заявляет", "признается", "замечает", "объясняет", "уверяет", "напоминает", "утверждает", "полагает",
        "вспоминает", "убежден", "уверен", "уверена", "убеждена", "констатирует", "парирует", "резюмирует",
        "возражает", "настаивает", "признает", "сетует", "предупреждает",
    ]

    /// More verbs of saying in the past tense, a man's or a woman's, besides `speechVerbs`.
    static let morePastSpeechVerbs: Set<String> = [
        "предупредил", "предупредила", "пообещал", "пообещала", "посетовал", "посетовала",
        "прокомментировал", "прокомментировала", "возразил", "возразила", "подытожил", "подытожила", "указал",
        "указала", "пожаловался", "пожаловалась", "согласился", "согласилась", "резюмировал", "резюмировала",
        "говорил", "говорила", "парировал", "парировала", "воскликнул", "воскликнула", "вспоминал", "вспоминала",
        "вспомнил", "вспомнила", "продолжил", "продолжила", "уверил", "уверила", "признавался", "признавалась",
        "считал", "считала",
    ]

    /// Nouns of `по словам` and the like: the unknown word after `по мнению`, `по утверждению`,
    /// `по признанию` is the person quoted.
    static let quotingNouns: Set<String> = ["словам", "мнению", "утверждению", "признанию", "воспоминаниям"]

    /// Nouns named after a person that open a sentence before the person's name in the
    /// genitive (`Эффект Доплера`, `Теорема Ферма`, `Синдром Дауна`, `Кубок Дэвиса`): not a first
    /// name.
    static let eponymNouns: Set<String> = [
        "эффект", "теорема", "гипотеза", "парадокс", "принцип", "синдром", "болезнь", "метод", "формула", "теория",
        "шкала", "индекс", "константа", "число", "премия", "кубок", "медаль", "орден", "памятник", "музей",
        "мемориал", "приз", "турнир", "мемориала", "правило", "аксиома", "лемма", "задача", "модель", "коэффициент",
    ]

    /// Nouns of a law of nature, a theorem or a disease named after its discoverer (lemmas):
    /// an unknown word in the genitive right after one, in lower case or opening a sentence, is
    /// that person (`закон Гука`, `эффект Доплера`, `гипотезу Пуанкаре`, `болезнь Альцгеймера`).
    /// Prizes, cups, orders, monuments, scales and indices are left out: they name things,
    /// places and units too (`кубок Дэвиса`, `шкале Цельсия`, `индекс Доу-Джонса`).
    static let scienceEponymNouns: Set<String> = [
        "закон", "эффект", "теорема", "гипотеза", "парадокс", "принцип", "синдром", "болезнь", "формула",
        "константа", "постоянная", "лемма", "аксиома", "уравнение", "теория", "неравенство",
    ]

    /// Parliaments and councils whose laws are named after them (lemmas).
    static let legislatures: Set<String> = [
        "рада", "сейм", "хурал", "курултай", "меджлис", "кнессет", "альтинг", "стортинг", "риксдаг", "дума", "сенат",
        "конгресс", "бундестаг", "парламент", "мажилис", "мәжіліс", "жогорку", "кенеш", "фолькетинг", "эдускунта",
    ]

    /// Whether token `i` follows one of `scienceEponymNouns` in some case form (`закону Ома`,
    /// `Эффект Доплера`, `теоремы Ферма`) and looks like a surname in the genitive: no adjective,
    /// head noun, body-shaped word, acronym or abstract noun (`закон Российской Федерации`,
    /// `закон Минфина`, `теория Относительности`).
    static func followsEponymNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word,
            !tokens[i - 1].isAllUpper, tokens[i].kind == .word, !tokens[i].isAllUpper
        else { return false }
        let noun = tokens[i - 1].folded
        guard scienceEponymNouns.contains(noun) || RussianMorphology.matchForms(noun).contains(where: scienceEponymNouns.contains)
        else { return false }
        let folded = tokens[i].folded
        // A parliament's law is its (`Закон Рады`, `закон Сейма`; review of session 12).
        if RussianMorphology.matchForms(folded).contains(where: Self.legislatures.contains) { return false }
        return folded.count >= 2 && !isOrganisationShaped(folded) && !NameContext.isRussianAdjective(folded)
            && !NameContext.isHeadNoun(tokens[i]) && !folded.hasSuffix("ии")
            && !["ция", "ние", "ство", "ость", "ции", "нии", "ства", "сти"].contains(where: folded.hasSuffix)
    }

    /// Whether token `i` is a first name that does not decline (it ends in `-и`, `-о`, `-у`,
    /// `-е`, `-э` or `-ю`: `Вуди`, `Энди`, `Пьетро`) before an unknown word in the genitive
    /// of a man's foreign surname (`-а`/`-я` after a consonant, five letters or more): after
    /// the noun of a thing the two name its author (`фильм Вуди Аллена`, `книге Энди Уорхола`),
    /// not the thing (`трассе Роза Хутор`).
    static func isAuthorAfterIndeclinable(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence,
            !NameContext.isLatin(tokens[i].text), !NameContext.isLatin(tokens[i + 1].text),
            let last = tokens[i].folded.last, "иоуеэю".contains(last)
        else { return false }
        let next = Array(tokens[i + 1].folded)
        guard next.count >= 5, let end = next.last, "ая".contains(end) else { return false }
        return !"аеиоуыэюяьй".contains(next[next.count - 2])
    }

    /// Whether what stands at `j`, right after two capitalised words opening a sentence, says
    /// that they are a person: a dash or a comma, then a position title or a noun of a person's
    /// role or trade, after at most two adjectives (`Рагнар Торвальдсен — известный полярник`,
    /// `Кирсан Вандерлинд, президент федерации, прибыл`); not a company's noun (`Кока Кола —
    /// американская компания`). The two words are then the clause's subject, as two before a
    /// verb in the singular are.
    static func appositionFollows(_ j: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard j > 0, j < tokens.count, tokens[j].sentence == tokens[j - 1].sentence,
            tokens[j].kind == .dash || (tokens[j].kind == .punctuation && tokens[j].text == ",")
        else { return false }
        var k = j + 1
        while k < tokens.count, k - j <= 3, tokens[k].sentence == tokens[j].sentence, tokens[k].kind == .word,
            !tokens[k].isCapitalized
        {
            // A role a company or a club has too names no person (`Юнайтед Эйрлайнс, крупнейший
            // перевозчик США`, `Ривер Плейт — чемпион Аргентины`; review of session 12).
            if RussianMorphology.matchForms(tokens[k].folded).contains(where: Self.corporateRoles.contains) { return false }
            if c.positionEnds.contains(k + 1) || isRussianRoleNoun(tokens[k]) || isRussianAgentNoun(tokens[k].folded) {
                return true
            }
            guard NameContext.isRussianAdjective(tokens[k].folded) else { return false }
            k += 1
        }
        return false
    }

    /// Roles of companies, clubs and bodies as much as of people, which an apposition does not
    /// take as a person's (lemmas).
    static let corporateRoles: Set<String> = [
        "производитель", "перевозчик", "поставщик", "владелец", "оператор", "чемпион", "победитель", "лидер", "партнер",
        "партнёр", "спонсор", "дистрибьютор", "импортер", "экспортер", "застройщик", "подрядчик", "разработчик", "издатель",
        "эмитент", "акционер", "инвестор", "участник", "организатор", "обладатель", "держатель", "собственник", "арендатор",
        "продавец", "работодатель", "ритейлер", "клиент", "заказчик", "покупатель",
    ]

    /// Whether an unknown word ending in `-и` looks like a foreign surname (`Фалькетти`,
    /// `Бертолини`, Japanese names such as `Коидзуми`) rather than the genitive of a
    /// Russian noun in `-ь` or `-ия` (`Роснефти`, `области`, `Ассоциации`, `площади`).
    static func isForeignSurnameInI(_ folded: String) -> Bool {
        guard folded.count >= 6, folded.hasSuffix("и"), !NameContext.isKazakhSpelling(folded) else { return false }
        // `-ани`, `-ени`: the genitive of `-ань`/`-ень` (`Рязани`, `степени`); a doubled consonant
        // (`Дженни`, `Фалькетти`) ends in none of these and is left to the test below.
        if ["ии", "ьи", "ости", "сти", "фти", "ели", "ади", "ати", "ети", "ени", "ани"].contains(where: folded.hasSuffix) {
            return false
        }
        // After `к`, `г`, `х` and the hushing consonants a Russian genitive ends in `-и` too
        // (`Третьяковки`, `Ладоги`).
        guard let before = folded.dropLast().last else { return false }
        return !"аеёиоуыэюяьйкгхжшщ".contains(before)
    }

    /// Nouns of a person's words, acts and circle (nominative singular) that open a sentence
    /// before the person's surname in the genitive (`Семья Торвальдсена`, `Слова Фалькетти`):
    /// the unknown word after them is a person.
    static let personPossessedNouns: Set<String> = [
        // Nouns that also take things (`Гибель Титаника`, `Ответ Минфина`) are left out.
        "слова", "семья", "вдова", "сын", "дочь", "жена", "муж", "мать", "отец", "брат", "сестра",
        "речь", "интервью", "цитата", "фраза", "адвокат", "адвокаты", "супруга", "супруг",
    ]

    /// Whether the word at `i` follows one of `personPossessedNouns` opening the sentence and
    /// may be a surname in the genitive (no organisation's or adjective's shape, no plural).
    static func followsPersonPossessedNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i > 0, NameContext.isSentenceStart(i - 1, tokens), tokens[i - 1].kind == .word,
            personPossessedNouns.contains(tokens[i - 1].folded)
        else { return false }
        let token = tokens[i]
        return !isOrganisationShaped(token.folded) && !NameContext.isRussianAdjective(token.folded)
            && !NameContext.isHeadNoun(token) && !["ы", "ов", "ев", "ых", "их"].contains(where: token.folded.hasSuffix)
    }

    /// A Russian verb in the plural past tense (`Голосовали`, `Выступили`, `Отличились`): opening
    /// a sentence before the names it lists, it is no unknown first name.
    static func isRussianPluralPastVerb(_ folded: String) -> Bool {
        guard folded.count >= 7, !NameContext.isKazakhSpelling(folded) else { return false }
        for ending in ["али", "яли", "или", "ыли", "ели", "ули", "ались", "ялись", "ились", "ылись", "елись", "улись"]
        where folded.hasSuffix(ending) {
            return true
        }
        return false
    }

    /// Words after which a surname-shaped genitive is a town, not a person: residents and
    /// natives of a place (`жители Щёлкова`, `уроженец Пушкина`).
    static let residentNouns: Set<String> = [
        "жители", "жителей", "жителям", "жителями", "житель", "жителя", "жителю", "жительница", "жительницы",
        "жительнице", "жительницу", "горожане", "горожан", "окрестностях", "окрестности", "пригороде", "пригородах",
    ]

    /// Whether the surname-shaped word at `i` names a town after a noun of residents, also as
    /// the later member of a list (`жители Щёлкова и Реутова`). The word is in the genitive
    /// (`-а`, `-я`, `-ы`, `-и`, `-о`), and a join (`и`, a comma) counts only between two list
    /// members, never right after the noun (`Обращаясь к жителям, Путин пообещал`).
    static func followsResidentNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        guard let last = tokens[i].folded.last, "аяыио".contains(last) else { return false }
        var j = i - 1
        // Whether the token after `j` (towards `i`) is a capitalised list member.
        var memberAfter = true
        while j >= 0, tokens[j].sentence == tokens[i].sentence, i - j <= 5 {
            let token = tokens[j]
            if token.kind == .word, residentNouns.contains(token.folded) { return memberAfter }
            if token.kind == .word, token.isCapitalized, !memberAfter {
                memberAfter = true
            } else if memberAfter, token.folded == "и" || token.text == "," {
                memberAfter = false
            } else {
                return false
            }
            j -= 1
        }
        return false
    }
}
