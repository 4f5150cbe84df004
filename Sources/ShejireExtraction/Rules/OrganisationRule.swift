import ShejireCore
import ShejireText

/// Finds organisations by their head noun, by a quoted name with a legal form, and by
/// acronyms.
///
/// - Head nouns (Kazakh, modifiers first): `Сыртқы істер министрлігі`, `... агенттігі`,
///   `комитеті`, `департаменті`, `басқармасы`, `әкімдігі`, `университеті`, `институты`,
///   `академиясы`, `орталығы`, `мұражайы`, `кітапханасы`, `театры`, `архиві`, `қоры`,
///   `банкі`, `компаниясы`, `корпорациясы`, `қауымдастығы`, `одағы`, `ұйымы`, `кеңесі`,
///   `партиясы`, `федерациясы`, `ассоциациясы`, `тобы`; Russian (head first):
///   `Министерство иностранных дел`, `агентство`, `комитет`, `университет`, `фонд`,
///   `совет`, `ассоциация`, `архив`, ...; see `HeadNounPhrase` for the phrase bounds.
/// - Quoted names with a legal form, either side: `«Қазақтелеком» АҚ`, `АО «Казахтелеком»`,
///   `ТОО «...»`, `«...» ЖШС`.
/// - Acronyms of two to six capitals (`ҚазҰУ` excepted), not already known as something
///   else, with lower confidence.
public struct OrganisationRule: Extractor {
    public var name: String { "rule:organisation" }

    static let phrase = HeadNounPhrase(
        kazakhHeads: [
            "министрлік", "министрлігі", "агенттік", "агенттігі", "комитет", "комитеті", "департамент", "департаменті",
            "басқарма", "басқармасы", "әкімдік", "әкімдігі", "университет", "университеті", "институт", "институты",
            "академия", "академиясы", "орталық", "орталығы", "мұражай", "мұражайы", "кітапхана", "кітапханасы",
            "театр", "театры", "архив", "архиві", "қор", "қоры", "банк", "банкі", "компания", "компаниясы",
            "корпорация", "корпорациясы", "қауымдастық", "қауымдастығы", "одақ", "одағы", "ұйым", "ұйымы", "кеңес",
            "кеңесі", "партия", "партиясы", "федерация", "федерациясы", "ассоциация", "ассоциациясы", "колледж",
            "колледжі", "мектеп", "мектебі", "газет", "газеті", "журнал", "журналы", "телеарна", "телеарнасы",
            "холдинг", "холдингі", "клуб", "клубы", "палата", "палатасы", "сот", "соты", "прокуратура",
            "прокуратурасы", "қызмет", "қызметі", "комиссия", "комиссиясы", "фабрика", "фабрикасы", "зауыт", "зауыты",
            "училище", "училищесі", "ауруханасы", "емханасы", "бөлімі", "бөлімшесі", "кабинеті", "ассамблеясы",
            "үкіметі", "парламенті", "министрлігі", "альянс", "альянсы", "дума", "думасы", "лига", "лигасы",
            "телерадиокешен", "телерадиокешені", "оркестрі",
        ],
        russianHeads: Set([
            "министерство", "агентство", "комитет", "департамент", "управление", "университет", "институт",
            "академия", "центр", "музей", "библиотека", "театр", "архив", "фонд", "банк", "компания", "корпорация",
            "ассоциация", "союз", "совет", "партия", "федерация", "организация", "служба", "суд", "прокуратура",
            "акимат", "администрация", "палата", "комиссия", "колледж", "школа", "холдинг", "клуб", "газета",
            "правительство", "мэрия", "парламент", "конгресс", "сенат", "дума", "движение", "церковь", "биржа",
            "альянс", "концерн", "профсоюз", "электростанция", "завод", "комбинат", "посольство", "представительство",
            "меджлис", "отделение", "объединение", "общество", "агентство", "издательство",
            "обком", "горком", "райком", "крайком", "кафедра", "факультет", "лаборатория", "штаб", "бюро",
            // A national team is named by its country (`сборная России по футболу`).
            "сборная",
        ]).union(russianDocumentHeads),
        englishHeads: [
            "ministry", "agency", "committee", "department", "university", "institute", "academy", "centre", "center",
            "museum", "library", "theatre", "archive", "archives", "fund", "foundation", "bank", "company",
            "corporation", "association", "union", "council", "party", "federation", "organization", "organisation",
            "group", "commission", "court", "office", "service",
        ])

    /// Russian heads read only in Russian documents: Kazakh borrows them in the same spelling
    /// (`Ассамблея` alone is the Assembly of the People of Kazakhstan, which KazNERD leaves out).
    static let russianDocumentHeads: Set<String> = [
        "ассамблея", "ведомство", "отдел", "собрание", "инспекция", "канцелярия", "синод", "консульство", "трибунал",
    ]

    static let legalForms: Set<String> = [
        "аақ", "ақ", "жшс", "жақ", "ұк", "рмк", "мкк", "шжқ", "кеақ", "ао", "тоо", "зао", "оао", "пао", "ооо", "нао",
        "рго", "ргп", "llp", "jsc", "llc", "inc", "ltd", "plc", "gmbh",
    ]

    /// Capitalised abbreviations that are not organisations.
    static let notOrganisations: Set<String> = [
        "қр", "рк", "рф", "ір", "іт", "it", "tv", "тв", "ок", "ok", "ceo", "usd", "kzt", "eur", "гдп", "ішө", "ввп",
        "жұмс", "dna", "днк", "covid", "pdf", "ai", "ии", "жи", "қх", "ссср", "кср", "кеср", "сср", "ковид", "ielts",
        "айелтс", "toefl", "gpa", "нло", "ufo", "сми", "жж", "спо", "sms", "смс", "gps", "usb", "wi-fi", "vip", "ент", "ұбт", "pcr", "пцр",
        "phd", "qr",
        // `БАҚ` "mass media", the Kazakh `СМИ` (session 9).
        "бақ",
        // Software and other products, not their makers.
        "windows", "linux", "android", "ios", "iphone", "ipad", "macos", "unix",
        // Session 10: browsers, databases and office programs.
        "chrome", "firefox", "photoshop", "excel", "powerpoint",
        // Session 12: game consoles, devices and a chat bot.
        "playstation", "xbox", "chatgpt", "macbook", "ipod", "airpods", "kindle",
        // Diseases and viruses (`ЖИТС` AIDS, `АИТВ` HIV, `ЖРВИ`).
        "житс", "аитв", "спид", "вич", "орви", "жрви", "hiv", "aids", "sars", "mers",
        // Russian and Kazakh abbreviations of common nouns: accidents, taxes, exams, kinds of
        // institution or plant, weapons, documents (`ДТП`, `НДС`, `ЕГЭ`, `вуз`, `АЭС`, `БПЛА`,
        // `ЖОО` "a university", `ЖКҚ` "a road accident").
        "дтп", "чп", "ндс", "ндфл", "егэ", "огэ", "жкх", "жку", "вуз", "нко", "тэц", "аэс", "гэс", "грэс", "лэп",
        "азс", "сизо", "ивл", "мрот", "пдд", "кпд", "бпла", "рсзо", "пзрк", "зрк", "инн", "снилс", "осаго", "каско",
        "фио", "гсм", "трц", "впк", "тэк", "апк", "опк", "опг", "мфц", "пмж", "внж", "омс", "дмс", "эко", "ип",
        "жоо", "жкқ", "ққс", "жіө", "ipo", "api", "cpu", "gpu", "led", "lcd", "dvd", "mp3", "html", "http", "vpn",
        // Session 7: kinds of software and device (`ОС` operating system, `ПК` computer), codes of
        // law (`УК`, `УПК`, `ГПК`, `КоАП`, `НК`), and championships and games (`ЧМ`, `ЧЕ`, `ОИ`, `ЛЧ`).
        "ос", "пк", "ук", "упк", "гпк", "коап", "нк", "чм", "че", "ои", "лч",
        // Session 12: more Russian abbreviations of common nouns: laws (`ФЗ`), kinds of building
        // or estate (`ТЦ`, `БЦ`, `ЖК`, `МКД`, `ИЖС`, `ДОУ`), economic measures and securities
        // (`ИПЦ`, `ВРП`, `ВНП`, `ОФЗ`, `НИОКР`), fuels and energy (`СПГ`, `СУГ`, `ВИЭ`), illnesses
        // (`ОРЗ`), operations and emergencies (`СВО`, `АТО`, `КТО`, `ЧС`), registers and documents
        // (`ЕГРЮЛ`, `ЕГРН`, `ПТС`), a sports standard (`ГТО`), software (`ПО`), healthy living
        // (`ЗОЖ`), high-tech care (`ВМП`), an economic forum held as an event (`ПМЭФ`).
        "фз", "тц", "бц", "жк", "мкд", "ижс", "доу", "ипц", "врп", "внп", "офз", "ниокр", "спг", "суг", "виэ", "орз",
        "сво", "ато", "кто", "чс", "егрюл", "егрн", "птс", "гто", "по", "зож", "вмп", "пмэф",
        // Shows held as events (`выставка ЭКСПО`, `авиасалон МАКС`).
        "экспо", "макс",
    ]

    /// Descriptors of where a body writes, not of what it is (`на сайте РТС`): no acronym takes them.
    static let siteDescriptors: Set<String> = ["сайт", "портал", "ресурс", "сеть"]

    /// An acronym written with some lower-case letters, ending in a capital (`БелТА`, `МосГУ`,
    /// `ЕврАзЭС`): three to eight letters, two or more capitals. `ДиКаприо`, `МакДональдс`
    /// end in lower case and are names.
    static func isMixedCaseAcronym(_ text: String) -> Bool {
        let letters = Array(text)
        guard (3...8).contains(letters.count), letters.allSatisfy(\.isLetter), letters.first?.isUppercase == true,
            letters.last?.isUppercase == true
        else { return false }
        let capitals = letters.filter(\.isUppercase).count
        return capitals >= 2 && capitals < letters.count
    }

    /// A code or model designation, not a name: letters, a hyphen and digits (`АК-159`,
    /// `COVID-19`, `Ан-124`).
    static func isDesignation(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count > 1 && parts.dropFirst().contains { part in part.first?.isNumber ?? false }
    }

    /// Kazakh institution heads so common that a sentence-initial capital on a common noun
    /// before them makes no name (`Баспасөз орталығында`, `Спорт мектебінде`, `Полиция
    /// департаментінің`, `Әуе компаниясы`): inside a sentence the same phrase is written in lower case.
    static let genericKazakhHeads: Set<String> = [
        "орталық", "мектеп", "басқарма", "департамент", "бөлім", "бөлімше", "қор", "институт", "аурухана", "емхана",
        "кітапхана", "мұражай", "компания", "корпорация",
    ]

    /// Kazakh heads that name a kind of business, not one body: a place before them alone
    /// says where the business is from (`Германия компаниясы` "a German company").
    static let businessKazakhHeads: Set<String> = ["компания", "корпорация", "фирма"]

    /// Whether a Kazakh head-noun phrase is a common noun phrase, not a name: two words,
    /// - a sentence-initial common noun (not an adjective, not a known name) before a generic
    ///   institution head (`Баспасөз орталығында`);
    /// - a place in the genitive before a lower-case head (`Американың компаниясы`);
    /// - a place before a lower-case business head (`Германия компаниясы`).
    static func isCommonKazakhPhrase(_ range: Range<Int>, head h: Int, tokens: [Token], covering: [Int: EntityType]) -> Bool {
        guard range.count == 2, h == range.upperBound - 1 else { return false }
        let first = range.lowerBound
        let modifier = tokens[first]
        guard modifier.kind == .word, !modifier.isAllUpper else { return false }
        let lemmas = Morphology.matchForms(tokens[h].folded)
        if covering[first] == .place {
            guard !tokens[h].isCapitalized else { return false }
            if HeadNounPhrase.genitiveEndings.contains(where: modifier.folded.hasSuffix) { return true }
            return lemmas.contains(where: businessKazakhHeads.contains)
        }
        guard covering[first] == nil, NameContext.isSentenceStart(first, tokens), first == 0 || tokens[first - 1].kind != .quote,
            !tokens[h].isCapitalized, lemmas.contains(where: genericKazakhHeads.contains),
            !NameContext.isKazakhAttributive(modifier.folded), !NameContext.isLatin(modifier.text)
        else { return false }
        return true
    }

    public init() {}

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var covered = Set<Int>()
        for candidate in found where candidate.type != .position { covered.formUnion(candidate.tokens) }
        let covering = Self.coveringTypes(found, count: tokens.count)
        let personStarts = Set(found.lazy.filter { $0.type == .person }.map(\.tokens.lowerBound))
        var result: [Candidate] = quotedNames(document, covered: covered, covering: covering)
        for candidate in result { covered.formUnion(candidate.tokens) }
        // Quoted names are glossed too (`«Кориера делла Сера» (Corriere della Sera)`).
        result += latinNames(document, found: found + result, covered: covered)
        for candidate in result { covered.formUnion(candidate.tokens) }
        result += describedKnownNames(tokens, found: found, covered: covered)
        for candidate in result { covered.formUnion(candidate.tokens) }
        result += appositionNames(document, found: found + result, covered: covered)
        for candidate in result { covered.formUnion(candidate.tokens) }
        result += latinLegalFormNames(document, covered: covered)
        for candidate in result { covered.formUnion(candidate.tokens) }
        // Russian: `Интернет` written with a capital is the network as one body, as factRuEval
        // annotates it (`работал в Интернете`, `Интернет страница`); not the lower-case common
        // noun nor compounds (`интернет-издание`). Session 11.
        if document.document.language == "ru" {
            for (i, t) in tokens.enumerated() where !covered.contains(i) && t.kind == .word && t.isCapitalized
                && ["интернет", "интернета", "интернету", "интернетом", "интернете"].contains(t.folded)
            {
                result.append(
                    Candidate(
                        tokens: i..<(i + 1), type: .organisation, entity: "org:internet", name: "Интернет", base: "Интернет",
                        source: name, confidence: 0.6, attributes: [:], specificity: 1))
                covered.insert(i)
            }
        }
        // Head-noun phrases.
        // A one-word organisation from the gazetteer may be the head of a longer name
        // (`Чехия Үкіметі`, `Қазақстанның Парламентінде`).
        var positions = Set<Int>()
        for candidate in found where candidate.type == .position { positions.formUnion(candidate.tokens) }
        var singleOrganisations = Set<Int>()
        for candidate in found where candidate.type == .organisation && candidate.tokens.count == 1 {
            singleOrganisations.insert(candidate.tokens.lowerBound)
        }
        for h in tokens.indices where !covered.contains(h) || singleOrganisations.contains(h) {
            guard var kind = Self.phrase.head(tokens[h]) else { continue }
            if kind == .russian, document.document.language != "ru",
                (Morphology.matchForms(tokens[h].folded) + RussianMorphology.matchForms(tokens[h].folded))
                    .contains(where: Self.russianDocumentHeads.contains)
            {
                continue
            }
            // A head shared with Russian after a Kazakh word is Kazakh (`Халықаралық аграрлық
            // комиссия`): Russian names put the head first.
            if kind == .russian, h > 0, tokens[h - 1].sentence == tokens[h].sentence, tokens[h - 1].kind == .word,
                NameContext.isKazakhSpelling(tokens[h - 1].folded)
            {
                kind = .kazakh
            }
            // In a Kazakh document, a head shared with Russian before a title with the Kazakh
            // possessive is the title's owner noun, no name of its own: `Архив директоры Әлия
            // Мұстафина` is no Russian name `Архив директоры`, and the relation rule reads the
            // noun as the archive named before (`kazakhHeadOwner`; session 13).
            if kind == .russian, document.document.language == "kk", h + 1 < tokens.count, positions.contains(h + 1),
                tokens[h + 1].sentence == tokens[h].sentence, PositionRule.hasPossessive(tokens[h + 1].folded)
            {
                continue
            }
            // In a Russian document a head with no Kazakh letter after a word with none is
            // Russian (`такие институты` is a plural, not `институты` "its institute").
            if kind == .kazakh, document.document.language == "ru", !NameContext.isKazakhSpelling(tokens[h].folded),
                h == 0 || tokens[h - 1].sentence != tokens[h].sentence || !NameContext.isKazakhSpelling(tokens[h - 1].folded)
            {
                kind = .russian
            }
            guard
                var range = Self.phrase.phrase(
                    at: h, kind: kind, tokens: tokens, lowerAdjectives: document.document.language != "kk",
                    covering: { positions.contains($0) ? .position : covered.contains($0) ? (covering[$0] ?? .organisation) : nil })
            else { continue }
            if Self.isPlaceCentre(h, range: range, tokens: tokens, covering: covering) { continue }
            // Russian: a lower-case `конгресс` of an organisation is its meeting, not a body
            // (`в конгрессе Международного совета архивов`; `конгресса США` is the body).
            if kind == .russian, !tokens[h].isCapitalized, h + 1 < range.upperBound, covering[h + 1] == .organisation,
                RussianMorphology.matchForms(tokens[h].folded).contains("конгресс")
            {
                continue
            }
            // A phrase before `ретінде` "as" is a role, not a body (`Татулық институты ретінде
            // танылған`; session 9).
            if kind == .kazakh, range.upperBound < tokens.count, tokens[range.upperBound].folded == "ретінде" { continue }
            // A head in the dative before `айналу` "to become" names what a place becomes, not a
            // body (`Қазақстан аймақтық қаржы орталығына айналса`; session 9).
            if kind == .kazakh, h + 1 < tokens.count, tokens[h + 1].folded.hasPrefix("айнал"),
                ["на", "не", "ға", "ге", "қа", "ке"].contains(where: tokens[h].folded.hasSuffix)
            {
                continue
            }
            if kind == .kazakh, Self.isCommonKazakhPhrase(range, head: h, tokens: tokens, covering: covering) { continue }
            // Russian: `под ... управлением` is being governed, not a body (`под израильским
            // управлением`; session 10).
            if kind == .russian, range.lowerBound > 0, tokens[range.lowerBound - 1].folded == "под",
                tokens[h].folded == "управлением"
            {
                continue
            }
            // Russian: a phrase that opens a longer quoted phrase is words of a title (`программы
            // «Гражданское общество — модернизация России»`), not a name (session 10).
            if kind == .russian, document.document.language == "ru",
                Self.opensLongerQuote(range, tokens)
            {
                continue
            }
            // Russian: a phrase that fills the quotes after the noun of a programme, a law, a
            // contest or a work is that thing's title (`программу «Электронное правительство»`,
            // `конкурс «Лучший муниципальный совет»`), not a body (session 12).
            if kind == .russian, document.document.language == "ru", Self.fillsTitleQuote(range, tokens) { continue }
            // Russian: `центр` with no adjective, right before a place or a settlement's noun in
            // the genitive, is the middle of that place (`в центре Москвы`, `Центр города
            // перекрыт`), not a body (session 12).
            if kind == .russian, document.document.language == "ru", range.lowerBound == h, h + 1 < tokens.count,
                tokens[h + 1].sentence == tokens[h].sentence, tokens[h + 1].kind == .word,
                RussianMorphology.matchForms(tokens[h].folded).contains("центр"),
                covering[h + 1] == .place || Self.settlementGenitives.contains(tokens[h + 1].folded)
            {
                continue
            }
            // Russian: `фонд оплаты труда` is a payroll, not a fund (session 12).
            if kind == .russian, h + 1 < range.upperBound, tokens[h + 1].folded == "оплаты",
                RussianMorphology.matchForms(tokens[h].folded).contains("фонд")
            {
                continue
            }
            // Russian: club tournaments named `лига` (`Лиги чемпионов`, `Лиге Европы`, `Лиги
            // наций`) are competitions, not leagues as bodies (session 12).
            if kind == .russian, document.document.language == "ru", h + 1 < range.upperBound,
                RussianMorphology.matchForms(tokens[h].folded).contains("лига"),
                ["чемпионов", "европы", "наций", "конференций"].contains(tokens[h + 1].folded),
                // `Лига Наций`, capitalised, is the League of Nations (review of session 12).
                !(tokens[h + 1].folded == "наций" && tokens[h + 1].isCapitalized)
            {
                continue
            }
            // Russian: `имени` / `им.` and the person the body is named after (`Театра им. Йозефа
            // Бойса`, `университета имени Ломоносова`); a lower-case head so named is a name too
            // (`театре имени Маяковского`).
            if kind == .russian, document.document.language == "ru",
                let named = Self.namedAfter(range.upperBound, tokens, personStarts: personStarts)
            {
                range = range.lowerBound..<named
            }
            if range.count == 1 && !tokens[h].isCapitalized { continue }
            var attributes: [String: String] = [:]
            // A foreign name before a Kazakh head: the head describes it (`Nest Investments
            // Holdings компаниясы`), the name is the Latin words.
            if kind == .kazakh, range.count > 1, (range.lowerBound..<h).allSatisfy({ NameContext.isLatin(tokens[$0].text) }) {
                attributes["descriptor"] = tokens[h].text
                range = range.lowerBound..<h
                // A number opening the name (`500 Startups компаниясы`; session 10).
                if let n = Self.kazakhLeadingNumber(before: range.lowerBound, runEnd: h, tokens, covered: covered) { range = n..<h }
            }
            // A quoted name opening the phrase is the name; the words after it describe it
            // (`«Хабар» агенттігі`, `«Атамекен» кәсіпкерлер палатасы`).
            if kind == .kazakh, tokens[range.lowerBound].kind == .quote,
                let close = (range.lowerBound + 1..<h).first(where: { tokens[$0].kind == .quote }), close > range.lowerBound + 1
            {
                attributes["descriptor"] = document.text(ofTokens: (close + 1)..<(h + 1))
                range = (range.lowerBound + 1)..<close
            }
            // Russian: a parliament's convocation is in its name (`Палаты представителей 112 созыва`,
            // `думы пятого созыва`).
            if kind == .russian, document.document.language == "ru", let convened = Self.convocationEnd(range.upperBound, tokens) {
                range = range.lowerBound..<convened
            }
            // Russian: a quoted name right after the phrase is its proper name (`Центр современной
            // культуры «Гараж»`, `Русской службе «Голоса Америки»`).
            if kind == .russian, document.document.language == "ru", range.upperBound < tokens.count,
                tokens[range.upperBound].kind == .quote, tokens[range.upperBound].sentence == tokens[h].sentence,
                let close = NameContext.closingQuote(after: range.upperBound, tokens), close > range.upperBound + 1,
                tokens[range.upperBound + 1].isCapitalized,
                !(range.upperBound + 1..<close).contains(where: { covered.contains($0) && covering[$0] != .organisation })
            {
                range = range.lowerBound..<(close + 1)
            }
            let base = Self.baseName(range, head: h, russian: kind == .russian, tokens: tokens)
            result.append(
                Candidate(
                    tokens: range, type: .organisation, entity: "org:" + Slug.make(base), name: base, base: base,
                    source: name, confidence: 0.75, attributes: attributes, specificity: 2))
        }
        // Kazakh: a lower-case body named after a person (`Абай атындағы мектеп-гимназия`; +Kazakh).
        if document.document.language != "ru" {
            result += kazakhNamedAfterInstitutions(tokens, found: found, covered: covered.union(result.flatMap(\.tokens)))
        }
        // Russian: a lower-case institution named after a person (`театре имени Маяковского`,
        // `консерватории имени Чайковского`): the noun, `имени` and the name.
        if document.document.language == "ru" {
            for h in tokens.indices where !covered.contains(h) && tokens[h].kind == .word && !tokens[h].isCapitalized {
                guard let named = Self.namedAfter(h + 1, tokens, personStarts: personStarts),
                    RussianMorphology.matchForms(tokens[h].folded).contains(where: Self.namedInstitutionHeads.contains),
                    !result.contains(where: { $0.tokens.contains(h) })
                else { continue }
                let base = Self.baseName(h..<named, head: h, russian: true, tokens: tokens)
                result.append(
                    Candidate(
                        tokens: h..<named, type: .organisation, entity: "org:" + Slug.make(base), name: base, base: base,
                        source: name, confidence: 0.7, attributes: [:], specificity: 2))
            }
        }
        // Acronyms. One that a document spells out as a common noun phrase names no body
        // anywhere in it (`валовой внутренний продукт (ВВП)`).
        let commonAbbreviations = Self.commonNounAbbreviations(tokens, covering: covering)
        for (index, token) in tokens.enumerated() where !covered.contains(index) && token.kind == .word {
            let parts = token.text.split(separator: "-")
            let letters = parts.first.map(String.init) ?? token.text
            guard (TextFolding.isAllUpper(letters) && (2...6).contains(letters.count)) || Self.isMixedCaseAcronym(letters) else {
                continue
            }
            // `АҚШ-пен`, `ЮНЕСКО-ның` carry a case ending; `ІТ-шешімдерді` is a compound word.
            if parts.count > 1, parts[1].count > 4 || TextFolding.isCapitalized(parts[1]) { continue }
            // `ПО` is software, but `ПО «Маяк»` a production association (review of session 12).
            if Self.notOrganisations.contains(TextFolding.fold(letters)),
                !(TextFolding.fold(letters) == "по" && index + 1 < tokens.count && tokens[index + 1].kind == .quote)
            {
                continue
            }
            if commonAbbreviations.contains(TextFolding.fold(letters)) { continue }
            if index + 1 < tokens.count, tokens[index + 1].kind == .number { continue }  // a model or an event: ICA 2025
            if index > 0, tokens[index - 1].kind == .number { continue }  // a model: `737 МАКС`
            if Self.isDesignation(token.text) { continue }  // `АК-159`, `КОВИД-19`
            if Self.isRomanNumeral(letters) { continue }  // `VII съезд`, `XXI ғасыр`
            // A Latin acronym inside a product's, a work's or a motto's name (`игре NBA Jam`).
            if NameContext.isLatin(letters), Self.inProductOrMottoName(index, tokens, covered: covered) { continue }
            // Russian: a descriptor noun and its adjectives before the acronym are in the span, as
            // for a Latin name (`информационного агентства БелТА`, `компании МТС`); a site is
            // where the body writes, not its kind (`на сайте РТС`).
            var start = index
            var attributes = ["acronym": "true"]
            if document.document.language == "ru", index > 0, tokens[index - 1].sentence == token.sentence,
                !RussianMorphology.matchForms(tokens[index - 1].folded).contains(where: Self.siteDescriptors.contains),
                let s = descriptorStart(before: index, tokens: tokens, covered: covered)
            {
                start = s
                attributes["descriptor"] = tokens[index - 1].text
            }
            // `РГПУ имени Герцена`: the person the body is named after is in its name.
            var end = index + 1
            if document.document.language == "ru", let named = Self.namedAfter(end, tokens, personStarts: personStarts) { end = named }
            result.append(
                Candidate(
                    tokens: start..<end, type: .organisation, entity: "org:" + Slug.make(letters), name: letters,
                    base: letters, source: name, confidence: 0.5, attributes: attributes, specificity: 1))
        }
        if document.document.language == "ru" {
            result += complemented(
                tokens, found: found, personStarts: personStarts, covering: { positions.contains($0) ? .position : covering[$0] })
        }
        if document.document.language == "ru" {
            result += mediaAfterPieceNouns(tokens, found: found + result, covered: covered)
            result += subUnitsOfBodies(tokens, found: found + result)
        }
        if document.document.language == "ru" {
            result += leaderBodies(tokens, found: found + result)
        }
        result += placeQualified(tokens, found: found + result)
        if document.document.language == "ru" {
            result += acronymQualified(tokens, found: found + result)
            result += regionalBodies(tokens, found: found + result)
            result += placeAdjectiveQualified(tokens, found: found + result)
        }
        // A name before a model designation names a craft or a product (`«Союз ТМА-7»`,
        // `Прогресс М-56`), not its maker.
        result.removeAll { Self.precedesModel($0.tokens.upperBound, tokens) }
        // Kazakh: a name before a noun of a product, a work, an award or an exam names that
        // thing (`Wipon жүйесі` excepted: systems are also bodies), not a body (`« ЗиЛ »
        // көлігі`, `YouTube каналында`, `Smart Astana мобильдік қосымшасы`; session 9).
        if document.document.language != "ru" {
            result.removeAll { Self.precedesKazakhProduct($0.tokens, tokens) }
        }
        return result
    }

    /// Kazakh nouns of products, works, awards and exams (base forms and possessive stems,
    /// folded): the name right before one is that thing's (`« ЗиЛ » көлігі`, `Boeing 737
    /// ұшағы`, `Cosmo Awards сыйлығы`, `SAT халықаралық емтиханы`), not a body's.
    static let kazakhProductNouns: Set<String> = [
        "ұшақ", "ұшағы", "тікұшақ", "тікұшағы", "лайнер", "лайнері", "көлік", "көлігі", "автокөлік", "автокөлігі",
        "қосымша", "қосымшасы", "сыйлық", "сыйлығы", "медаль", "медалі", "орден", "ордені", "емтихан", "емтиханы",
        "смартфон", "смартфоны", "телефон", "телефоны", "канал", "каналы", "браузер", "браузері", "зымыран",
        "зымыраны", "вакцина", "вакцинасы", "фильм", "фильмі", "альбом", "альбомы", "сериал", "сериалы", "бренд",
        "бренді", "автомобиль", "автомобилі", "кеме", "кемесі",
    ]

    /// Whether the name over `span` is followed, in its sentence, by a Kazakh product noun
    /// (`kazakhProductNouns`): over the rest of a quoted title it opens (`« Белсенді қызметі
    /// үшін » медалі`) and its closing quote, up to three numbers or number words (`Sukhoi
    /// Superjet 100 ұшағы`) and up to two lower-case adjectives (`мобильдік`, `халықаралық`).
    static func precedesKazakhProduct(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        let end = span.upperBound
        guard end > 0, end < tokens.count else { return false }
        let sentence = tokens[end - 1].sentence
        var k = end
        if span.lowerBound > 0, tokens[span.lowerBound - 1].kind == .quote {
            while k < tokens.count, k - end < 3, tokens[k].sentence == sentence, tokens[k].kind == .word, !tokens[k].isCapitalized { k += 1 }
        }
        if k < tokens.count, tokens[k].kind == .quote { k += 1 } else { k = end }
        // The rest of a Latin product name that another rule read (`Smart ⟦Astana⟧ қосымшасы`).
        while k < tokens.count, k - end < 2, tokens[k].sentence == sentence, tokens[k].kind == .word, tokens[k].isCapitalized,
            NameContext.isLatin(tokens[k].text), NameContext.isLatin(tokens[end - 1].text)
        {
            k += 1
        }
        var skipped = 0
        while k < tokens.count, skipped < 3, tokens[k].sentence == sentence,
            tokens[k].kind == .number || DateVocabulary.kazakhNumberWords[tokens[k].folded] != nil
        {
            k += 1
            skipped += 1
        }
        var adjectives = 0
        while k < tokens.count, tokens[k].sentence == sentence, tokens[k].kind == .word, !tokens[k].isCapitalized {
            if Morphology.matchForms(tokens[k].folded).contains(where: kazakhProductNouns.contains) { return true }
            guard adjectives < 2, HeadNounPhrase.isNamingAdjective(tokens[k].folded) else { return false }
            adjectives += 1
            k += 1
        }
        return false
    }

    /// Acronyms (folded) that the document defines as a common noun phrase: in parentheses right
    /// after lower-case words whose initials spell it, short function words between (`валовой
    /// внутренний продукт (ВВП)`, `налог на добавленную стоимость (НДС)`). Not when a word of the
    /// phrase is an organisation's head or descriptor or in another mention (`министерство
    /// иностранных дел (МИД)` is a body written in lower case).
    static func commonNounAbbreviations(_ tokens: [Token], covering: [Int: EntityType]) -> Set<String> {
        var result = Set<String>()
        for index in tokens.indices where index >= 2 && index + 1 < tokens.count {
            let token = tokens[index]
            guard token.kind == .word, token.isAllUpper, (2...6).contains(token.text.count), tokens[index - 1].text == "(",
                tokens[index + 1].text == ")"
            else { continue }
            var letters = Array(token.folded)
            var k = index - 2
            var words = 0
            while !letters.isEmpty, k >= 0, tokens[k].sentence == token.sentence, tokens[k].kind == .word, !tokens[k].isCapitalized,
                covering[k] == nil
            {
                let word = tokens[k].folded
                if word.first == letters.last {
                    if NameContext.isHeadNoun(tokens[k]) || RussianMorphology.matchForms(word).contains(where: russianDescriptors.contains) {
                        break
                    }
                    letters.removeLast()
                    words += 1
                } else if word.count > 3 {
                    break
                }
                k -= 1
            }
            if letters.isEmpty, words >= 2 { result.insert(token.folded) }
        }
        return result
    }

    /// Whether the token at `end` is a model designation of the same sentence: one to four
    /// capitals, a hyphen and a number (`ТМА-7`, `МС-12`, `М-56`), not `COVID-19`.
    static func precedesModel(_ end: Int, _ tokens: [Token]) -> Bool {
        guard end > 0, end < tokens.count, tokens[end].kind == .word, tokens[end].sentence == tokens[end - 1].sentence else {
            return false
        }
        let parts = tokens[end].text.split(separator: "-")
        guard parts.count == 2, (1...4).contains(parts[0].count), TextFolding.isAllUpper(String(parts[0])) else { return false }
        return parts[1].allSatisfy(\.isNumber)
    }

    /// Russian: an organisation and an organisation's acronym right after it make one name, the
    /// acronym in the genitive (acronyms do not inflect): a body of that organisation
    /// (`Свердловского обкома КПСС`, `кафедры ... РГГУ`) or the organisation with its own acronym
    /// written after the name (`Международная федерация футбола ФИФА`). The phrase keeps the first
    /// organisation's entity; the acronym's goes in the attribute `of` unless it is the same body.
    func acronymQualified(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var acronymsByStart: [Int: Candidate] = [:]
        for candidate in found where candidate.type == .organisation && candidate.tokens.count == 1 {
            let token = tokens[candidate.tokens.lowerBound]
            guard token.kind == .word, token.isAllUpper, token.text.count >= 2, !NameContext.isLatin(token.text) else { continue }
            acronymsByStart[candidate.tokens.lowerBound] = candidate
        }
        var result: [Candidate] = []
        for organisation in found where organisation.type == .organisation {
            let end = organisation.tokens.upperBound
            guard let acronym = acronymsByStart[end], end > 0, tokens[end].sentence == tokens[end - 1].sentence,
                tokens[end - 1].kind == .word, !tokens[end - 1].isAllUpper,
                !organisation.tokens.contains(where: { NameContext.isKazakhSpelling(tokens[$0].folded) })
            else { continue }
            result.append(
                organisation.widened(
                    to: organisation.tokens.lowerBound..<acronym.tokens.upperBound, source: name,
                    owner: acronym.entity != organisation.entity ? acronym : nil))
        }
        return result
    }

    /// Federal bodies with regional offices (`УФСБ`, `УМВД` and the like, opening in `У`, are
    /// offices already): `ЦИК по Москве` is the commission's data for Moscow, no office.
    static let bodiesWithRegionalOffices: Set<String> = [
        "МВД", "ФСБ", "МЧС", "СК", "СКР", "ФНС", "ФССП", "ПФР", "ФСИН", "ФАС", "ФМС", "ГИБДД", "ГУВД", "ФТС", "ФМБА", "ФСКН",
    ]

    /// Russian: a federal body's regional office, named by the body (an acronym, with `России`
    /// or `РФ` after it or not) and `по` with the region in the dative: `УФСБ России по Томской
    /// области`, `пресс-служба МЧС по Омской области`, `ГУ МВД по Санкт-Петербургу и
    /// Ленинградской области`. A main or territorial directorate's acronym before the body
    /// (`ГУ`, `ТУ`) is in the name. The office is an entity of its own, with the body in `of`.
    func regionalBodies(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var placesByStart: [Int: Candidate] = [:]
        for candidate in found where candidate.type == .place {
            if let current = placesByStart[candidate.tokens.lowerBound], current.tokens.count >= candidate.tokens.count { continue }
            placesByStart[candidate.tokens.lowerBound] = candidate
        }
        // A region in the dative: a region's, a republic's or a district's noun, or a federal city.
        func region(at i: Int, sentence: Int) -> Candidate? {
            guard i < tokens.count, tokens[i].sentence == sentence, let place = placesByStart[i] else { return nil }
            let words = tokens[place.tokens].map(\.folded)
            let regional = ["области", "краю", "округу", "республике", "району"].contains { words.contains($0) }
            let city = words.count == 1 && ["москве", "санкт-петербургу", "петербургу", "севастополю", "ленобласти"].contains(words[0])
            return regional || city ? place : nil
        }
        var result: [Candidate] = []
        for organisation in found where organisation.type == .organisation {
            var start = organisation.tokens.lowerBound
            let end = organisation.tokens.upperBound
            let directorate = start > 0 && tokens[start - 1].sentence == tokens[start].sentence && ["ГУ", "ТУ"].contains(tokens[start - 1].text)
            guard end < tokens.count, let last = organisation.tokens.last.map({ tokens[$0] }),
                tokens[organisation.tokens].contains(where: { $0.kind == .word && $0.isAllUpper && $0.text.count >= 2 && !NameContext.isLatin($0.text)
                    && (directorate || Self.bodiesWithRegionalOffices.contains($0.text) || ($0.text.hasPrefix("У") && $0.text.count >= 3)) }),
                (last.isAllUpper && last.text.count >= 2) || ["россии", "рф"].contains(last.folded),
                tokens[end].folded == "по", let first = region(at: end + 1, sentence: last.sentence)
            else { continue }
            var upper = first.tokens.upperBound
            if upper + 1 < tokens.count, tokens[upper].folded == "и", let second = region(at: upper + 1, sentence: last.sentence) {
                upper = second.tokens.upperBound
            }
            if directorate { start -= 1 }
            var office = organisation.widened(to: start..<upper, source: name, owner: organisation)
            let text = tokens[start..<upper].map(\.text).joined(separator: " ")
            office.name = text
            office.base = text
            office.entity = "org:" + Slug.make(text)
            result.append(office)
        }
        return result
    }

    /// Russian: an organisation an earlier extractor found (a gazetteer name) whose head takes
    /// `при`/`по`/`против` complements gets them (`Следственного комитета при прокуратуре`),
    /// as the head-noun phrases do.
    func complemented(
        _ tokens: [Token], found: [Candidate], personStarts: Set<Int>, covering: (Int) -> EntityType?
    ) -> [Candidate] {
        var result: [Candidate] = []
        for organisation in found where organisation.type == .organisation && organisation.tokens.count <= 4 {
            // `МГУ имени Ломоносова`: the person the body is named after.
            if let named = Self.namedAfter(organisation.tokens.upperBound, tokens, personStarts: personStarts) {
                result.append(organisation.widened(to: organisation.tokens.lowerBound..<named, source: name))
                continue
            }
            guard let h = organisation.tokens.first(where: { i in
                tokens[i].kind == .word && !NameContext.isKazakhSpelling(tokens[i].folded)
                    && RussianMorphology.matchForms(tokens[i].folded).contains(where: HeadNounPhrase.complementHeads.contains)
            }) else { continue }
            let end = Self.phrase.complements(after: organisation.tokens.upperBound, head: h, tokens: tokens, covering: covering)
            guard end > organisation.tokens.upperBound else { continue }
            result.append(organisation.widened(to: organisation.tokens.lowerBound..<end, source: name))
        }
        return result
    }

    /// Genitives of Russian nouns of a place whose middle `центр` may name (`центр города`).
    static let settlementGenitives: Set<String> = [
        "города", "столицы", "села", "поселка", "деревни", "района", "области", "края", "региона", "страны",
        "республики", "мегаполиса", "округа",
    ]

    /// Lemmas of Russian nouns of a programme, a law, a contest, an award or a work, whose
    /// quoted title may be a head-noun phrase (`программа «Электронное правительство»`).
    static let titleNouns: Set<String> = [
        "программа", "госпрограмма", "закон", "законопроект", "концепция", "стратегия", "доктрина", "конкурс",
        "операция", "фильм", "книга", "передача", "сериал", "спектакль", "песня", "альбом", "фестиваль", "выставка",
        "премия", "орден", "медаль", "учения", "кампания", "телепередача", "телешоу", "шоу", "роман", "игра",
        // Craft and vehicles (`корабль «Союз»`, `ледокол «Арктика»`).
        "корабль", "ракета", "спутник", "ледокол", "крейсер", "теплоход", "судно", "подлодка", "лодка", "танкер",
        "фрегат", "авианосец", "эсминец", "самолет", "поезд", "аппарат", "марсоход", "луноход", "зонд",
    ]

    /// Whether the Russian phrase over `range` fills a pair of quotes right after a lower-case
    /// noun of a programme, a law or a work (`titleNouns`; capitalised only as the sentence's
    /// first word): the thing's title.
    static func fillsTitleQuote(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let open = range.lowerBound - 1
        guard open >= 1, tokens[open].kind == .quote, range.upperBound < tokens.count, tokens[range.upperBound].kind == .quote,
            tokens[open - 1].sentence == tokens[open].sentence, tokens[open - 1].kind == .word,
            !tokens[open - 1].isCapitalized || NameContext.isSentenceStart(open - 1, tokens)
        else { return false }
        // A quoted name opening with a genitive adjective is the organiser's (`премию «Северной
        // газеты»`, `конкурсе «Русского географического общества»`), not a title (review of session 12).
        if range.count >= 2, tokens[range.lowerBound].folded.count >= 5,
            ["ого", "его", "ой", "ей", "ых", "их"].contains(where: tokens[range.lowerBound].folded.hasSuffix)
        {
            return false
        }
        return RussianMorphology.matchForms(tokens[open - 1].folded).contains(where: titleNouns.contains)
    }

    /// Whether the Russian phrase over `range` opens a quoted phrase that goes on after it
    /// (`«Гражданское общество — модернизация России»`): a title's first words.
    static func opensLongerQuote(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        let open = range.lowerBound - 1
        guard open >= 0, tokens[open].kind == .quote, range.upperBound < tokens.count,
            tokens[range.upperBound].kind != .quote, let close = NameContext.closingQuote(after: open, tokens)
        else { return false }
        return close > range.upperBound && tokens[close].sentence == tokens[open].sentence
    }

    /// Russian nouns of a unit inside a body (session 10): with the body's name right after them
    /// they make one name (`московского отделения движения «Солидарность»`, `американском
    /// отделении Bank of East Asia`).
    static let russianSubUnitHeads: Set<String> = ["отделение", "отдел", "филиал", "подразделение", "представительство"]

    /// Russian: an organisation whose last word is a unit's noun (`russianSubUnitHeads`) and the
    /// organisation right after it in the same sentence make one name, the unit of that body; the
    /// body goes in the attribute `of`.
    func subUnitsOfBodies(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var byStart: [Int: Candidate] = [:]
        for candidate in found where candidate.type == .organisation {
            if let current = byStart[candidate.tokens.lowerBound], current.tokens.count >= candidate.tokens.count { continue }
            byStart[candidate.tokens.lowerBound] = candidate
        }
        var result: [Candidate] = []
        for unit in found where unit.type == .organisation {
            let end = unit.tokens.upperBound
            let last = end - 1
            guard end < tokens.count, last >= 0, tokens[last].kind == .word, tokens[last].sentence == tokens[end].sentence,
                !NameContext.isKazakhSpelling(tokens[last].folded),
                RussianMorphology.matchForms(tokens[last].folded).contains(where: Self.russianSubUnitHeads.contains),
                let body = byStart[end]
            else { continue }
            var widened = unit.widened(to: unit.tokens.lowerBound..<body.tokens.upperBound, source: name, owner: body)
            widened.name = unit.name + " " + body.name
            widened.base = widened.name
            widened.entity = "org:" + Slug.make(widened.name)
            result.append(widened)
        }
        return result
    }

    /// Russian nouns of a piece of writing or broadcasting: a name in the genitive after one is
    /// the outlet's (`в статье Частного корреспондента`).
    static let pieceNouns = [
        "стать", "материал", "колонк", "публикаци", "заметк", "репортаж", "интервью", "выпуск", "передач", "рубрик",
    ]

    /// Russian nouns of laws and treaties (stems), whose articles `статья` also names.
    static let legalDocumentStems = [
        "кодекс", "закон", "конституци", "устав", "договор", "конвенци", "регламент", "положени", "соглашени",
        "деклараци", "постановлени", "указ", "акт", "хартии", "пакт", "протокол",
    ]

    /// Russian: after a noun of a piece of writing (`pieceNouns`), a capitalised adjective inside
    /// the sentence and a lower-case noun in the genitive are an outlet's name, even when the noun
    /// is a title (`в статье Частного корреспондента «...»`; session 10).
    func mediaAfterPieceNouns(_ tokens: [Token], found: [Candidate], covered: Set<Int>) -> [Candidate] {
        var result: [Candidate] = []
        for a in tokens.indices where a >= 1 && a + 1 < tokens.count {
            let adjective = tokens[a]
            let noun = tokens[a + 1]
            let piece = tokens[a - 1]
            guard adjective.kind == .word, adjective.isCapitalized, !adjective.isAllUpper, !NameContext.isSentenceStart(a, tokens),
                ["ого", "его", "ой", "ей", "ых", "их"].contains(where: adjective.folded.hasSuffix),
                NameContext.isRussianAdjective(adjective.folded),
                noun.kind == .word, !noun.isCapitalized, noun.sentence == adjective.sentence,
                piece.kind == .word, piece.sentence == adjective.sentence,
                !piece.isCapitalized, piece.folded.count <= 12, Self.pieceNouns.contains(where: piece.folded.hasPrefix),
                HeadNounPhrase.mayBeRussianGenitive(noun.folded, after: ""),
                !covered.contains(a), !covered.contains(a + 1),
                !found.contains(where: { $0.type != .position && ($0.tokens.contains(a) || $0.tokens.contains(a + 1)) })
            else { continue }
            // An article of a law or a code is no piece of writing (`в статье Уголовного кодекса`).
            if Self.legalDocumentStems.contains(where: noun.folded.hasPrefix) { continue }
            // The name ends there: punctuation, a quote, the sentence's end or a preposition.
            let after = a + 2
            if after < tokens.count, tokens[after].sentence == adjective.sentence, tokens[after].kind == .word,
                !HeadNounPhrase.russianStops.contains(tokens[after].folded)
            {
                continue
            }
            let text = adjective.text + " " + noun.text
            result.append(
                Candidate(
                    tokens: a..<(a + 2), type: .organisation, entity: "org:" + Slug.make(text), name: text, base: text,
                    source: name, confidence: 0.7, attributes: ["descriptor": piece.text], specificity: 3))
        }
        return result
    }

    /// Russian institution nouns that, in lower case, make a name with `имени X` after them.
    static let namedInstitutionHeads: Set<String> = [
        "театр", "консерватория", "университет", "институт", "академия", "школа", "библиотека", "музей", "училище",
        "лицей", "гимназия", "больница", "завод", "колледж", "филармония", "цирк", "фонд", "центр", "комбинат",
    ]

    /// The end of `имени X` / `им. X` at `i` (initials, then one to three capitalised words of
    /// the same sentence), or nil.
    ///
    /// A person found starting after the first name word ends the run: that is the next person
    /// (`ректор МГУ имени Ломоносова Виктор Садовничий`).
    static func namedAfter(_ i: Int, _ tokens: [Token], personStarts: Set<Int> = []) -> Int? {
        guard i < tokens.count else { return nil }
        var k: Int
        if tokens[i].folded == "имени" {
            k = i + 1
        } else if tokens[i].folded == "им", i + 1 < tokens.count, tokens[i + 1].text == "." {
            k = i + 2
        } else if tokens[i].folded == "им." {
            k = i + 1
        } else {
            return nil
        }
        // Initials first (`имени М. В. Ломоносова`, `им. А.С. Пушкина`).
        while k < tokens.count, tokens[k].sentence == tokens[i].sentence, tokens[k].kind == .initial { k += 1 }
        let first = k
        while k < tokens.count, k - first < 3, tokens[k].sentence == tokens[i].sentence, tokens[k].kind == .word,
            tokens[k].isCapitalized, k == first || !personStarts.contains(k)
        {
            k += 1
        }
        return k > first ? k : nil
    }

    /// The end of `N созыва` / `пятого созыва` at `i` (a number or a lower-case ordinal, then
    /// `созыва`, in the same sentence), or nil.
    static func convocationEnd(_ i: Int, _ tokens: [Token]) -> Int? {
        guard i + 1 < tokens.count, tokens[i].sentence == tokens[i + 1].sentence, tokens[i + 1].folded == "созыва" else {
            return nil
        }
        let t = tokens[i]
        let ordinal = t.kind == .word && !t.isCapitalized && (t.folded.hasSuffix("ого") || t.folded.hasSuffix("его"))
        return t.text.first?.isNumber == true || ordinal ? i + 2 : nil
    }

    /// Roman numerals in Latin or Cyrillic look-alike letters (`VII`, `ХХІ`).
    static func isRomanNumeral(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { "IVXLCDMІХ".unicodeScalars.contains($0) }
    }

    /// Russian: an organisation and the place after it in the genitive make one name
    /// (`Министерство внутренних дел Пакистана`, `Национальный банк Украины`, `МИД РФ`,
    /// `ВВС США`), as Russian names put the country last. Only Cyrillic words with no Kazakh
    /// letter; the organisation keeps its entity and gets the place as the attribute `of`.
    func placeQualified(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var placesByStart: [Int: Candidate] = [:]
        for candidate in found where candidate.type == .place {
            if let current = placesByStart[candidate.tokens.lowerBound], current.tokens.count >= candidate.tokens.count { continue }
            placesByStart[candidate.tokens.lowerBound] = candidate
        }
        var result: [Candidate] = []
        for organisation in found where organisation.type == .organisation {
            let end = organisation.tokens.upperBound
            guard let place = placesByStart[end], end < tokens.count, tokens[end].isCapitalized,
                tokens[end].sentence == tokens[end - 1].sentence, tokens[end - 1].kind == .word,
                !(organisation.tokens.lowerBound..<place.tokens.upperBound).contains(where: { NameContext.isKazakhSpelling(tokens[$0].folded) }),
                !NameContext.isLatin(tokens[end].text)
            else { continue }
            var qualified = organisation.widened(
                to: organisation.tokens.lowerBound..<place.tokens.upperBound, source: name, owner: place)
            // A Kazakhstan body's generic name (`Правительство`, `Министерство обороны`) of another
            // country is that country's body: `Правительства РФ` is no `org:kz-government`.
            if organisation.entity.hasPrefix("org:kz-"), place.entity != "place:kazakhstan" {
                let qualifier = tokens[place.tokens].map(\.text).joined(separator: " ")
                qualified.name = "\(organisation.base) \(qualifier)"
                qualified.entity = "org:" + Slug.make(organisation.base) + "--"
                    + String(place.entity.split(separator: ":", maxSplits: 1).last ?? "")
            }
            result.append(qualified)
        }
        return result
    }

    /// `орталығы` after a place or a place head names the centre of that place (`Отырар
    /// ауданының орталығы`, `облыс орталығында`), a place, not an organisation.
    static func isPlaceCentre(_ h: Int, range: Range<Int>, tokens: [Token], covering: [Int: EntityType]) -> Bool {
        guard h > range.lowerBound || h > 0, Morphology.matchForms(tokens[h].folded).contains("орталық") else { return false }
        let before = h - 1
        guard before >= 0, tokens[before].kind == .word else { return false }
        if covering[before] == .place { return true }
        return Morphology.matchForms(tokens[before].folded).contains { PlaceRule.kazakhHeads.contains($0) }
    }

    /// The phrase with its head in base form: the Kazakh possessive stage
    /// (`Сыртқы істер министрлігінің` -> `Сыртқы істер министрлігі`), the Russian nominative
    /// (`Министерства иностранных дел` -> `Министерство иностранных дел`).
    static func baseName(_ range: Range<Int>, head: Int, russian: Bool, tokens: [Token]) -> String {
        var words = tokens[range].map(\.text)
        let token = tokens[head]
        let replacement: String?
        if russian {
            // The head's dictionary form, where the morphology offers one of the listed heads
            // (`министерства` -> `министерство`, not the feminine reading `министерства`).
            replacement = RussianMorphology.matchForms(token.folded).first {
                Self.phrase.russianHeads.contains($0) || EventRule.phrase.russianHeads.contains($0)
            } ?? RussianMorphology.candidateBases(token.folded).first
        } else {
            let forms = Morphology.matchForms(token.folded)
            replacement = forms.first(where: { $0.hasSuffix("ы") || $0.hasSuffix("і") }) ?? forms.dropFirst().first
        }
        if let replacement, head - range.lowerBound < words.count, !token.text.unicodeScalars.allSatisfy(\.isASCII) {
            words[head - range.lowerBound] = token.isCapitalized ? PersonNameRule.capitalize(replacement) : replacement
            // Russian adjectives before the head agree with it in the nominative (`Общественной
            // палаты` -> `Общественная палата`), by the gender its ending shows (none for `-ь`).
            // A head written in its dictionary form has its adjectives so too (`Большой театр`).
            if russian, replacement != token.folded, let gender = Self.russianGender(replacement) {
                for k in range.lowerBound..<head where tokens[k].kind == .word
                    && (HeadNounPhrase.isAdjective(tokens[k].folded) || NameContext.isPrepositionalAdjective(tokens[k].folded))
                {
                    guard let base = PlaceRule.adjectiveNominative(tokens[k].folded, gender: gender) else { continue }
                    words[k - range.lowerBound] = tokens[k].isCapitalized ? base.prefix(1).uppercased() + base.dropFirst() : base
                }
            }
        }
        // A comma of a list inside a Kazakh name goes on the word before it (`менеджмент, экономика`).
        return words.reduce(into: "") { name, word in name += name.isEmpty || word == "," ? word : " " + word }
    }

    /// The gender of a Russian noun in its dictionary form by its ending: `f` (`-а`, `-я`),
    /// `n` (`-о`, `-е`), `p` (`-ы`, `-и`), `m` (a consonant); nil for `-ь`, which may be either.
    static func russianGender(_ lemma: String) -> Character? {
        guard let last = lemma.last else { return nil }
        switch last {
        case "а", "я": return "f"
        case "о", "е": return "n"
        case "ы", "и": return "p"
        case "ь": return nil
        default: return last.isLetter ? "m" : nil
        }
    }
}
