import ShejireCore
import ShejireText

/// Session 13, precision (Russian): capitalised words that look like a name but name a thing,
/// a place or a body.
extension PersonNameRule {
    /// Whether token `i` opens a Russian sentence (also after a dash or a quote that opens it).
    static func opensRussianSentence(_ i: Int, _ c: Context) -> Bool {
        c.language == "ru" && NameContext.isSentenceStart(i, c.tokens)
    }

    /// Nouns (lemmas) of settlements, sites, bodies, institutions and works that open Russian
    /// sentences before the name of what they are (`Город Пушкин`, `Космодром Плесецк`,
    /// `Мэрия Жуковского`, `Аукцион Сотбис`, `Картину Малевича`), besides `thingNouns`. Only at a
    /// sentence start: inside a sentence a person may follow them (`в городе Анна Петрова
    /// прожила ...`).
    static let openingThingNouns: Set<String> = PlaceRule.russianDescriptorNouns
        .union(PlaceRule.quotedPlaceNouns)
        .union([
            "мэрия", "администрация", "правительство", "министерство", "ведомство", "суд", "прокуратура", "полиция",
            "комитет", "управление", "служба", "аукцион", "больница", "госпиталь", "клиника", "школа", "гимназия",
            "лицей", "академия", "училище", "консерватория", "библиотека", "полигон", "колония", "картина", "портрет",
            "полотно", "памятник", "монумент", "бюст", "сквер", "вулкан", "кубк", "ледник", "водопад", "пещера",
            // Instruments and vessels named after people (`Телескоп Хаббл`, `Ледокол Ленин`).
            "телескоп", "марсоход", "луноход", "зонд", "аппарат", "трофей", "ледокол", "крейсер", "атомоход", "эсминец",
            "линкор", "подлодка", "лайнер", "шаттл", "фрегат", "корвет", "теплоход", "пароход", "катер", "паром",
            "танкер", "сухогруз",
            // Bodies written as one word with their kind (`Кинокомпания Парамаунт`).
            "кинокомпания", "киностудия", "студия", "медиахолдинг", "автоконцерн", "госкорпорация", "инвестбанк",
            "нефтекомпания", "телекомпания", "кинотеатр", "ритейлер", "девелопер", "производитель", "оператор",
        ])

    /// Whether token `i` opens a Russian sentence with the noun of a thing, a place or a body
    /// (`thingNouns`, `openingThingNouns`) in any case form. Such a word is no part of a name:
    /// the name after it, if any, is the thing's or its owner's and starts at the next word.
    static func isThingNounOpening(_ i: Int, _ c: Context) -> Bool {
        let token = c.tokens[i]
        // Also a capitalised one inside a sentence, which opens a proper name (`обладателем
        // Кубка Гагарина`).
        guard c.language == "ru", opensRussianSentence(i, c) || (token.isCapitalized && !token.isAllUpper) else { return false }
        guard token.kind == .word, !NameContext.isKazakhSpelling(token.folded) else { return false }
        return Morphology.matchForms(token.folded).contains { thingNouns.contains($0) || openingThingNouns.contains($0) }
    }

    /// Whether the word at `i` is a thing's noun opening a Russian sentence that a name rule
    /// must not read as a first name: one that is no known first name as written (`Мэрия` is
    /// read as a case form of `Мэри`).
    func opensWithThingNoun(_ i: Int, _ first: Word, _ c: Context) -> Bool {
        guard Self.isThingNounOpening(i, c) else { return false }
        guard let given = first.given else { return true }
        return !Self.isRussianCaseForm(c.tokens[i].folded, of: TextFolding.fold(given))
    }

    /// Whether `folded` is a first name (folded) as written or in a Russian case form of a
    /// noun's declension (`Романа`, `Марка`, `Марии`, `Анну`); `Мэрия` is no form of `Мэри`.
    static func isRussianCaseForm(_ folded: String, of given: String) -> Bool {
        if folded == given { return true }
        guard folded.count > given.count - 1 else { return false }
        if folded.hasPrefix(given), ["а", "у", "ом", "е", "ы", "ой", "ем", "я", "ю"].contains(String(folded.dropFirst(given.count))),
            let last = given.last, !"аеиоуыэюя".contains(last)
        {
            return true
        }
        if let last = given.last, "аяйь".contains(last) || given.hasSuffix("ия") {
            let stem = given.hasSuffix("ия") ? String(given.dropLast(2)) : String(given.dropLast())
            let endings = given.hasSuffix("ия") ? ["ии", "ию", "ией"] : ["ы", "и", "е", "у", "ю", "ой", "ей", "я", "ем", "ем"]
            if folded.hasPrefix(stem), endings.contains(String(folded.dropFirst(stem.count))) { return true }
        }
        return false
    }

    /// Whether a surname form in `-енко` is read off a Russian case form (`Ленком` as `Ленко` +
    /// `-м`): such surnames do not decline in Russian, so a Russian ending on them is no case.
    static func isDeclinedEnkoForm(_ form: String, of folded: String) -> Bool {
        form.hasSuffix("енко") && form != folded && !NameContext.isKazakhSpelling(folded)
            && ["м", "ма", "му", "ме", "мы", "ми", "й", "у", "е", "ом", "ой"].contains(String(folded.dropFirst(form.count)))
    }

    /// Whether a thing's noun opens the Russian sentence right before token `i` and the word at
    /// `i` shows its case (it ends in a consonant, `-а`, `-я`, `-й` or `-ь`): `Банк Морган
    /// Стэнли` names the bank as `банк Морган Стэнли` does. A first name that does not decline
    /// may be the owner's genitive (`Команда Фернандо Алонсо`), so it is left to the other tests.
    static func isThingNounBeforeDeclined(_ i: Int, _ c: Context) -> Bool {
        guard i > 0, isThingNounOpening(i - 1, c), let last = c.tokens[i].folded.last else { return false }
        return !"иоуеэю".contains(last)
    }

    /// Nouns of products and storms that a lone first name names (`автомобили Лада`, `ураган
    /// Катрина`), besides `thingNouns`.
    static let productNouns: Set<String> = [
        "ураган", "тайфун", "циклон", "шторм", "водка", "коньяк", "пиво", "вино", "шоколад", "конфета", "сигарета",
        "автомат", "пистолет", "винтовка", "трактор", "грузовик", "автобус", "машина", "смартфон", "телефон", "кукла",
        "корабль", "судно", "яхта", "самолет", "самолёт", "марка", "бренд", "ракета", "спутник", "вертолет", "вертолёт",
        "танк", "поезд", "автомобиль", "модель", "песня", "альбом", "сериал", "мюзикл", "операция", "миссия",
    ]

    /// Whether the lone first name at `i` follows a lower-case noun of a product, a vehicle, a
    /// work or a storm (`productNouns`) that it names (`автомобили Лада`, `ураган Катрина`,
    /// `яхта Мария`). Not after a noun in `-е` (`на яхте Мария отдыхала`: where, not what), nor
    /// when a person's noun or a title governs the noun (`владелец яхты Мария`).
    static func namesThingBefore(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word,
            !tokens[i - 1].isCapitalized, !tokens[i - 1].folded.hasSuffix("е"),
            !NameContext.isKazakhSpelling(tokens[i - 1].folded)
        else { return false }
        guard Morphology.matchForms(tokens[i - 1].folded).contains(where: productNouns.contains),
            !c.positionEnds.contains(i), !c.positionEnds.contains(i - 1)
        else { return false }
        // Only the noun in the nominative names the thing (`ураган Ирма`, `автомобили Лада`); in
        // an oblique case, or after a preposition, the name is the clause's subject (`По телефону
        // Анна рассказала`, `После выхода альбома Ирина ...`; review, session 13).
        let noun = tokens[i - 1].folded
        let nominative = productNouns.contains(noun) || productNouns.contains(where: { noun == Self.nominativePlural($0) })
        guard nominative, i < 2 || !wordsBeforeNoSpeaker.contains(tokens[i - 2].folded) else { return false }
        return i < 2 || tokens[i - 2].sentence != tokens[i].sentence || !isPersonNoun(tokens[i - 2])
    }

    /// The nominative plural of a Russian noun of `productNouns` (`автомобиль` → `автомобили`,
    /// `ураган` → `ураганы`, `яхта` → `яхты`, `судно` → `судна`), by its ending.
    static func nominativePlural(_ noun: String) -> String {
        if noun.hasSuffix("ь") || noun.hasSuffix("й") { return String(noun.dropLast()) + "и" }
        if noun.hasSuffix("о") { return String(noun.dropLast()) + "а" }
        if noun.hasSuffix("а") || noun.hasSuffix("я") {
            let stem = noun.dropLast()
            return String(stem) + (["к", "г", "х", "ж", "ш", "ч", "щ"].contains(where: stem.hasSuffix) ? "и" : (noun.hasSuffix("я") ? "и" : "ы"))
        }
        return noun + (["к", "г", "х", "ж", "ш", "ч", "щ"].contains(where: noun.hasSuffix) ? "и" : "ы")
    }

    /// Whether a surname-shaped word is a family's plural in the nominative (`Воробьёвы`,
    /// `Петровы`: `-овы`, `-евы`, `-ёвы`, six letters or more): alone, it names a family or a
    /// place (`Воробьёвы горы`), not one person.
    static func isPluralSurnameAlone(_ folded: String, _ c: Context) -> Bool {
        c.language == "ru" && folded.count >= 6 && ["овы", "евы", "ёвы"].contains(where: folded.hasSuffix)
    }

    /// Whether the surname-shaped word at `i` follows a capitalised Russian relational adjective
    /// in `-ская`, `-ское`, `-ские`, `-ской` (`-цк-` too) that is no first name (`Матросская
    /// Тишина`): the two name a place or a thing. Participles and adjectives of quality describe
    /// a person (`Задержанный Вандерлинов`, `Осуждённая Петрова`), and `-ский` may be a surname.
    func isNounAfterCapitalisedAdjective(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word,
            tokens[i - 1].isCapitalized, !tokens[i - 1].isAllUpper
        else { return false }
        let previous = tokens[i - 1].folded
        guard previous.count >= 6, givenName(tokens[i - 1]) == nil else { return false }
        return ["ская", "цкая", "ское", "цкое", "ские", "цкие", "ской", "цкой"].contains(where: previous.hasSuffix)
    }

    /// Russian verbs only a place is the subject of (`Королёв расположен`, `Реутов граничит с
    /// Москвой`): `расположен к` means "disposed to", unless a compass word follows (`к
    /// северу`, `к юго-западу`).
    static let placePredicates: Set<String> = [
        "расположен", "расположена", "расположено", "граничит", "насчитывает",
    ]

    /// Nouns of settlements (nominative and instrumental) that say what a one-word subject is
    /// after a dash or `стал`, `является` (`Королёв — наукоград`, `Киров стал столицей`).
    static let settlementPredicateNouns: Set<String> = [
        "город", "городом", "столица", "столицей", "наукоград", "наукоградом", "моногород", "моногородом", "поселок",
        "посёлок", "поселком", "посёлком", "село", "селом", "деревня", "деревней", "райцентр", "райцентром", "курорт",
        "курортом", "городок", "городком",
    ]

    /// Whether the words from `j` on say that a settlement is the subject: a dash or a form of
    /// `стать`/`являться`, up to one adjective, then a noun of `settlementPredicateNouns`.
    static func settlementPredicate(at j: Int, _ tokens: [Token], sentence: Int) -> Bool {
        guard j < tokens.count, tokens[j].sentence == sentence else { return false }
        let linking: Set<String> = ["стал", "стала", "стало", "становится", "станет", "является", "был", "была", "было"]
        guard tokens[j].kind == .dash || linking.contains(tokens[j].folded) else { return false }
        var k = j + 1
        if k < tokens.count, tokens[k].sentence == sentence, tokens[k].kind == .word,
            NameContext.isRussianAdjective(tokens[k].folded), !settlementPredicateNouns.contains(tokens[k].folded)
        {
            k += 1
        }
        return k < tokens.count && tokens[k].sentence == sentence && settlementPredicateNouns.contains(tokens[k].folded)
    }

    /// Nouns of a town's head and town hall (folded forms), after which a surname-shaped
    /// genitive is the town: `мэр Королёва`, `мэрии Пушкина`, `глава Жуковского`. A title whose
    /// genitive may be a person (`советник Путина`, `администрация Обамы`) is left out.
    static let townHeadNouns: Set<String> = [
        "мэр", "мэра", "мэру", "мэром", "мэре", "мэрия", "мэрии", "мэрию", "мэрией", "глава", "главы", "главе", "главу",
        "главой", "градоначальник", "градоначальника",
    ]

    /// Reads a one-word person as a place after a town's head (`townHeadNouns`: `Глава
    /// Жуковского подал в отставку`), or when it opens a Russian sentence right before a verb
    /// only a place is the subject of (`placePredicates`: `Королёв расположен к северо-востоку
    /// от Москвы`, `Реутов граничит с Москвой`) or before a dash or `стал` and a settlement's
    /// noun (`Королёв — наукоград`, `Киров стал столицей культуры`).
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func retypePlaceSubjects(_ candidates: inout [Candidate], tokens: [Token], language: String?) {
        guard language == "ru" else { return }
        for index in candidates.indices where candidates[index].type == .person && candidates[index].tokens.count == 1 {
            let i = candidates[index].tokens.lowerBound
            // A town's mayor, head or city hall (`глава Жуковского`, `Мэрия Королёва`): the
            // genitive after it is the town. After a person's title, only an adjective-shaped one
            // (`мэра Кузнецова`, `Мэр Вандерлинова подписала` are people; review, session 13).
            let townHeadPrecedes = i > 0 && tokens[i - 1].sentence == tokens[i].sentence
                && townHeadNouns.contains(tokens[i - 1].folded) && tokens[i].isCapitalized
                && (["ского", "цкого"].contains(where: tokens[i].folded.hasSuffix)
                    || tokens[i - 1].folded.hasPrefix("мэри") && ["ова", "ёва", "ева", "ина", "ына"].contains(where: tokens[i].folded.hasSuffix))
            guard townHeadPrecedes
                || (NameContext.isSentenceStart(i, tokens) && i + 1 < tokens.count && tokens[i + 1].sentence == tokens[i].sentence
                    && (placePredicates.contains(tokens[i + 1].folded)
                        || settlementPredicate(at: i + 1, tokens, sentence: tokens[i].sentence)))
            else { continue }
            if i + 3 < tokens.count, !townHeadPrecedes, ["к", "ко"].contains(tokens[i + 2].folded),
                !["север", "юг", "запад", "восток"].contains(where: tokens[i + 3].folded.hasPrefix)
            {
                continue
            }
            candidates[index].type = .place
            candidates[index].entity = "place:" + Slug.make(candidates[index].base)
            candidates[index].attributes = [:]
        }
    }

    /// Awards named by a word that is also a first name or a surname (folded): `Оскар`, `Эмми`,
    /// `Тони`, `Сезар`, `Ника`, `Грэмми`, `Букер`.
    static let awardNames: Set<String> = ["оскар", "эмми", "тони", "сезар", "ника", "грэмми", "букер"]

    /// Words after which such a word is the award (folded): receiving, winning, nominating,
    /// the award's ceremony and statuette.
    static let awardContextWords: Set<String> = [
        "получил", "получила", "получили", "получит", "получать", "получить", "выиграл", "выиграла", "выиграли",
        "завоевал", "завоевала", "завоевали", "удостоен", "удостоена", "удостоены", "вручения", "вручение", "вручили",
        "премии", "премию", "премия", "премией", "статуэтку", "статуэтки", "статуэтка", "церемонии", "церемония",
        "обладатель", "обладательница", "обладателем", "лауреат", "лауреатом", "номинации", "номинант", "номинантов",
        "на", "двух", "трёх", "трех", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
        "одиннадцать",
    ]

    /// Drops a one-word Russian person that is an award's name after words of receiving or
    /// nominating it (`получил Оскар`, `церемония вручения Оскара`, `номинирован на Эмми`,
    /// `два Оскара`): the award, not a person. After `на` only when a nominating word precedes.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func dropAwardNames(_ candidates: inout [Candidate], tokens: [Token], language: String?) {
        guard language == "ru" else { return }
        candidates.removeAll { candidate in
            guard candidate.type == .person, candidate.tokens.count == 1 else { return false }
            let i = candidate.tokens.lowerBound
            guard i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word || tokens[i - 1].kind == .number
            else { return false }
            let forms = Morphology.matchForms(tokens[i].folded)
            guard awardNames.contains(tokens[i].folded) || forms.contains(where: awardNames.contains) else { return false }
            // Not the start of a longer name (`Оскар Руис`).
            if i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence, tokens[i + 1].kind == .word,
                tokens[i + 1].isCapitalized
            {
                return false
            }
            let before = tokens[i - 1].folded
            if tokens[i - 1].kind == .number { return true }
            guard awardContextWords.contains(before) else { return false }
            if before == "на" {
                return i >= 2 && tokens[i - 2].folded.hasPrefix("номинир")
            }
            return true
        }
    }

    /// English words of company names in Russian letters (folded): a run of capitalised words
    /// with one of them names a company, a club or a newspaper, not a person (`Уорнер Бразерс`,
    /// `Леман Бразерс`, `Дженерал Моторс`, `Юнайтед Эйрлайнс`, `Файнэншл Таймс`).
    static let foreignCompanyWords: Set<String> = [
        "бразерс", "бразерз", "моторс", "эйрлайнс", "эйрлайн", "эйрвейз", "эйруэйз", "корпорейшн", "инкорпорейтед",
        "лимитед", "интернешнл", "интернэшнл", "холдингс", "групп", "секьюритиз", "энерджи", "системс", "текнолоджиз",
        "фармасьютикалс", "пикчерс", "рекордс", "продакшнс", "индастриз", "электрик", "таймс", "ньюс", "пресс", "банкорп",
        "партнерс", "партнёрс", "энтертейнмент", "инвестментс", "капитал", "ассошиэйтед", "файнэншл", "юнайтед",
    ]

    /// Whether a folded word is one of `foreignCompanyWords`, also with a Russian case ending
    /// (`Моторса`, `Бразерсом`).
    static func isForeignCompanyWord(_ folded: String) -> Bool {
        guard folded.count >= 4 else { return false }
        if foreignCompanyWords.contains(folded) { return true }
        for ending in ["а", "у", "ом", "е"] where folded.hasSuffix(ending) {
            if foreignCompanyWords.contains(String(folded.dropLast(ending.count))) { return true }
        }
        return false
    }

    /// Drops a Russian person whose words are exactly a quotation's (`«Евгений Онегин» открыл
    /// сезон`, `увидели «Бориса Годунова»`, `«Михаил Светлов» сел на мель`): a quoted name alone
    /// is the title of a work, a vessel or a body, not the person; quoted speech has other words.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func dropQuotedNames(_ candidates: inout [Candidate], tokens: [Token], language: String?) {
        guard language == "ru" else { return }
        candidates.removeAll { candidate in
            guard candidate.type == .person else { return false }
            let open = candidate.tokens.lowerBound - 1
            let close = candidate.tokens.upperBound
            guard open >= 0, close < tokens.count, tokens[open].kind == .quote, tokens[close].kind == .quote,
                tokens[open].sentence == tokens[close].sentence
            else { return false }
            // The quotes must pair: the one before opens (`«`, or a straight quote after a space or
            // at the start), the one after closes.
            if tokens[open].text == "»" || tokens[close].text == "«" { return false }
            return true
        }
    }

    /// Whether a word opening a Russian sentence is an adverb in `-но` after a consonant
    /// (`Бесплатно`, `Однозначно`, `Официально`, `Очевидно`: seven letters or more; Italian first
    /// names end in a vowel before `-но`, `Кристиано`) or a participle (`Пострадавший`,
    /// `Задержанная`, `Выступающий`): no first name before a surname or an unknown word.
    static func isRussianAdverbOrParticiple(_ folded: String) -> Bool {
        guard folded.count >= 7, !NameContext.isKazakhSpelling(folded) else { return false }
        if ["льно", "чно", "тно", "дно", "вно", "зно", "жно", "сно", "рно", "нно"].contains(where: folded.hasSuffix) { return true }
        return ["вший", "вшая", "вшие", "нный", "нная", "нные", "ющий", "ющая", "ящий", "ящая", "ащий", "ащая", "тый", "тая"]
            .contains(where: folded.hasSuffix)
    }
}
