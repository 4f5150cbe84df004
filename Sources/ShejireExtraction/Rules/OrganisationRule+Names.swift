import ShejireCore
import ShejireText

/// Organisation names that are not built around a head noun: quoted names with a legal form
/// or a descriptor, and foreign (Latin-script) names in Cyrillic text.
extension OrganisationRule {
    /// Russian descriptor nouns that introduce a quoted or foreign name (lemmas):
    /// `партии «Яблоко»`, `компании Piedmont Airlines`.
    static let russianDescriptors: Set<String> = [
        "партия", "движение", "газета", "радиостанция", "телеканал", "телекомпания", "институт", "компания", "концерн",
        "банк", "агентство", "журнал", "еженедельник", "ежедневник", "холдинг", "фонд", "центр", "организация", "союз",
        "ассоциация", "общество", "клуб", "команда", "завод", "фабрика", "издательство", "корпорация", "профсоюз",
        "объединение", "фирма", "предприятие", "группа", "сеть", "театр", "музей", "университет", "издание",
        "радио", "портал", "сайт", "оператор", "производитель", "авиакомпания", "автопроизводитель", "канал",
        "ресурс", "агенство", "компаний", "фракция",
        // Session 13: a shop or a restaurant with its quoted name (`в книжном магазине «...»`).
        "магазин", "ресторан",
    ]

    /// For each token, the type of the longest earlier mention covering it.
    static func coveringTypes(_ found: [Candidate], count: Int) -> [Int: EntityType] {
        var best: [Int: (Int, EntityType)] = [:]
        for candidate in found where candidate.type != .position {
            for index in candidate.tokens where index < count {
                if let current = best[index], current.0 >= candidate.tokens.count { continue }
                best[index] = (candidate.tokens.count, candidate.type)
            }
        }
        return best.mapValues(\.1)
    }

    /// Quoted names with a legal form on either side (`«Қазақтелеком» АҚ`, `АО «Казахтелеком»`),
    /// or with a Russian descriptor and its adjectives before them (`партии «Яблоко»`,
    /// `независимого еженедельника «Пермский обозреватель»`).
    func quotedNames(_ document: AnalyzedDocument, covered: Set<Int>, covering: [Int: EntityType] = [:]) -> [Candidate] {
        let tokens = document.tokens
        var result: [Candidate] = []
        /// An organisation over `range` named `name` (its entity and base).
        func organisation(
            _ range: Range<Int>, _ name: String, _ confidence: Double, _ attributes: [String: String] = [:], specificity: Int
        ) -> Candidate {
            Candidate(
                tokens: range, type: .organisation, entity: "org:" + Slug.make(name), name: name, base: name, source: self.name,
                confidence: confidence, attributes: attributes, specificity: specificity)
        }
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .quote, let close = NameContext.closingQuote(after: i, tokens) else {
                i += 1
                continue
            }
            let inner = (i + 1)..<close
            guard !inner.isEmpty, tokens[i + 1].isCapitalized || tokens[i + 1].kind == .number else {
                i += 1
                continue
            }
            let name = document.text(ofTokens: inner)
            let sameSentence = i > 0 && tokens[i - 1].sentence == tokens[i].sentence
            let before = sameSentence && Self.legalForms.contains(tokens[i - 1].folded)
            let after = close + 1 < tokens.count && Self.isLegalForm(tokens[close + 1])
            // A kind of body written as an acronym before the quoted name is part of the name
            // (`РИА «Новости»`, `ИА «Интерфакс»`, `ФК «Спартак»`).
            if sameSentence, Self.namingAcronyms.contains(tokens[i - 1].folded), tokens[i - 1].isAllUpper {
                let full = tokens[i - 1].text + " " + name
                result.append(organisation((i - 1)..<(close + 1), full, 0.85, ["descriptor": tokens[i - 1].text], specificity: 4))
                i = close + 1
                continue
            }
            if before || after {
                let range = before ? (i - 1)..<(close + 1) : i..<Self.legalFormsEnd(from: close + 1, tokens)
                let form = before ? tokens[i - 1].text : tokens[close + 1].text
                result.append(organisation(range, name, 0.85, ["legal_form": form], specificity: 4))
                i = close + 1
                continue
            }
            if document.document.language != "ru", let descriptor = kazakhDescriptor(after: close, tokens: tokens) {
                // `«Барыс» командасы`, `«Ақжарма» фольклорлық ансамблі`: the quoted name alone
                // (KazNERD's convention), the descriptor as an attribute.
                result.append(organisation(inner, name, 0.75, ["descriptor": tokens[descriptor].text], specificity: 3))
                i = close + 1
                continue
            }
            // Kazakh: a quoted name declined in the genitive inside its quotes is a body's
            // (`« Аманаттың » атынан`; session 10).
            if document.document.language != "ru", let base = Self.kazakhGenitiveQuotedName(inner, tokens, covered: covered) {
                result.append(organisation(inner, base, 0.65, specificity: 3))
                i = close + 1
                continue
            }
            // Kazakh: one quoted word compounded on `Қаз-` "Kazakh" is a national company's name
            // (`« Қазсушар »`, `« ҚазАгроға »`; session 9).
            if document.document.language != "ru", inner.count == 1, !covered.contains(i + 1), Self.isKazCompound(tokens[i + 1]) {
                result.append(organisation(inner, name, 0.7, specificity: 3))
                i = close + 1
                continue
            }
            // Russian: a quoted name right after a verb of reporting or a noun of an interview or a
            // source is a news outlet's (`сообщает «Спорт-Экспресс»`, `в интервью «Новой газете»`,
            // `источники «Ведомостей»`; session 10): the name alone, as factRuEval spans it. Places
            // and persons inside are part of it; not a name another rule read as an organisation.
            if document.document.language == "ru", sameSentence, Self.isReportingWord(tokens[i - 1]), close - i <= 6,
                tokens[i + 1].kind == .word, !inner.contains(where: { covering[$0] == .organisation || covering[$0] == .date }),
                !inner.contains(where: { tokens[$0].kind == .word && HeadNounPhrase.pronouns.contains(tokens[$0].folded) })
            {
                result.append(organisation(inner, name, 0.7, ["descriptor": tokens[i - 1].text], specificity: 3))
                i = close + 1
                continue
            }
            if sameSentence, let start = descriptorStart(before: i, tokens: tokens, covered: covered) {
                result.append(organisation(start..<(close + 1), name, 0.8, ["descriptor": tokens[i - 1].text], specificity: 4))
                i = close + 1
                continue
            }
            i += 1
        }
        return result
    }

    /// Russian verbs of reporting in the third person (`сообщает`, `пишет`, `передаёт`, `сообщил`)
    /// and nouns of an interview or a source (`интервью`, `источники`), after which a quoted
    /// name is the outlet that reports.
    static let reportingWords: Set<String> = [
        // Not the past `писал`, `передал`: they take objects (`Толстой писал «Войну и мир»`, `передал
        // «Ниву» сыну`).
        "сообщает", "сообщают", "сообщил", "сообщила", "сообщило", "сообщили", "пишет", "пишут",
        "передает", "передаёт", "передают", "информирует",
        "интервью", "источники", "источник", "источников", "источникам",
    ]

    static func isReportingWord(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && reportingWords.contains(token.folded)
    }

    /// Whether a word is a compound on `Қаз-`/`Каз-` "Kazakh" (`Қазсушар`, `ҚазАгро`,
    /// `Казгидромет`): a consonant or a capital right after `Қаз`, seven letters or more; not
    /// `Қазақ-`/`Казах-`, `Қазір`, `Қазығұрт`, `Қазан`, which have a vowel there.
    static func isKazCompound(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized else { return false }
        let letters = Array(token.text)
        guard letters.count >= 7, letters.allSatisfy({ $0.isLetter || $0 == "-" }), ["Қаз", "Каз"].contains(String(letters[0..<3]))
        else { return false }
        let fourth = letters[3]
        if fourth.isUppercase { return true }
        return !"аәеёиоөуұүыіэюя".contains(fourth)
    }

    /// Acronyms of kinds of body written before a quoted name as part of it: news agencies,
    /// publishers and broadcasters (`РИА`, `ИА`, `ИД`, `ТК`, `ТРК`), sports clubs (`ФК`, `ХК`,
    /// `БК`), research and production bodies (`НИИ`, `НПО`), groups of companies (`ГК`), state
    /// and municipal enterprises (`ГУП`, `МУП`).
    static let namingAcronyms: Set<String> = [
        "риа", "иа", "ид", "тк", "трк", "гтрк", "фк", "хк", "бк", "пфк", "мфк", "вк", "нии", "нпо", "нпп", "гк",
        // State and municipal enterprises and institutions, non-profits (`ГУП «Водоканал»`, `АНО «...»`).
        "гуп", "муп", "фгуп", "гбу", "фгбу", "ано",
    ]

    /// Kazakh nouns that describe the quoted name before them as an organisation (base forms
    /// and possessive stems, folded): `«Қазақ ТВ» арнасы`, `«Бек Эйр» әуекомпаниясы`,
    /// `«Барыс» командасы`, `«Фейсбук» желісі`.
    static let kazakhDescriptors: Set<String> = [
        "арна", "арнасы", "телеарна", "телеарнасы", "әуекомпания", "әуекомпаниясы", "авиакомпания", "авиакомпаниясы",
        "ансамбль", "ансамблі", "мекеме", "мекемесі", "кәсіпорын", "кәсіпорны", "серіктестік", "серіктестігі", "команда",
        "командасы", "клуб", "клубы", "топ", "тобы", "бірлестік", "бірлестігі", "студия", "студиясы", "желі", "желісі",
        "басылым", "басылымы", "газет", "газеті", "журнал", "журналы", "агенттік", "агенттігі", "компания",
        "компаниясы", "корпорация", "корпорациясы", "холдинг", "холдингі", "банк", "банкі", "концерн", "концерні",
        "фирма", "фирмасы", "оркестр", "оркестрі", "баспа", "баспасы", "радио", "радиосы", "сайт", "сайты", "портал",
        "порталы", "зауыт", "зауыты", "фабрика", "фабрикасы", "театр", "театры", "қауымдастық", "қауымдастығы",
        // Session 10: societies, movements, factions, unions, collectives, cooperatives, farms,
        // schools and kindergartens, TV channels (`«Қазақ тілі» қоғамы`, `«Невада – Семей»
        // қозғалысы`, `«Ақ жол» фракциясы`, `«Береке» шаруа қожалығы`, `«Болашақ» лицейі`).
        "қоғам", "қоғамы", "қозғалыс", "қозғалысы", "фракция", "фракциясы", "кәсіподақ", "кәсіподағы", "ұжым", "ұжымы",
        "кооператив", "кооперативі", "қожалық", "қожалығы", "лицей", "лицейі", "гимназия", "гимназиясы", "балабақша",
        "балабақшасы", "телеканал", "телеканалы", "радиостанция", "радиостанциясы", "медиахолдинг", "медиахолдингі",
    ]

    /// The index of a Kazakh descriptor noun after the quoted name closed at `close`, over up to
    /// three lower-case words (`«Қазсушар» республикалық мемлекеттік кәсіпорны`) and over
    /// further quoted names joined by a comma or `және`/`мен` (`«МастерКард», «Амазон Уэб
    /// Сервисес» және «Роял Датч Шелл» компаниялары`), or nil.
    func kazakhDescriptor(after close: Int, tokens: [Token]) -> Int? {
        let sentence = tokens[close].sentence
        var j = close + 1
        while j + 1 < tokens.count, tokens[j].sentence == sentence,
            tokens[j].text == "," || ["және", "мен", "пен", "бен"].contains(tokens[j].folded),
            tokens[j + 1].kind == .quote, let next = NameContext.closingQuote(after: j + 1, tokens), next > j + 2
        {
            j = next + 1
        }
        var k = j
        while k < tokens.count, k - j <= 3, tokens[k].sentence == sentence, tokens[k].kind == .word, !tokens[k].isCapitalized {
            let forms = Morphology.matchForms(tokens[k].folded)
            if forms.contains(where: Self.kazakhDescriptors.contains) {
                // A plural stage other than the descriptor's own (`ансамбльдері`) is fine; a
                // Russian word is left to the Russian descriptors.
                return NameContext.isKazakhSpelling(tokens[k].folded) || forms.count > 1 ? k : nil
            }
            k += 1
        }
        return nil
    }

    /// Russian: a descriptor noun right before an organisation a gazetteer knows by name joins
    /// its span, as it does before a quoted or foreign name (`Команда Феррари`, `концерна
    /// Газпром`, `клуба Челси`). Acronyms are left alone (`организации ООН` is a head-noun
    /// phrase), and so are Kazakh-spelled words.
    func describedKnownNames(_ tokens: [Token], found: [Candidate], covered: Set<Int>) -> [Candidate] {
        var result: [Candidate] = []
        for organisation in found where organisation.type == .organisation && organisation.source.hasPrefix("gazetteer") {
            let i = organisation.tokens.lowerBound
            // An acronym joins only a faction's or a party's descriptor (`фракции КПРФ`): after
            // other nouns it is an owner (`организации ООН`, `делегации ОБСЕ`).
            let acronymOfParty = tokens[i].isAllUpper && i > 0
                && RussianMorphology.matchForms(tokens[i - 1].folded).contains { $0 == "фракция" || $0 == "партия" }
            guard i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i].kind == .word, tokens[i].isCapitalized,
                !tokens[i].isAllUpper || acronymOfParty, !NameContext.isKazakhSpelling(tokens[i].folded),
                !result.contains(where: { $0.tokens.overlaps(organisation.tokens) }),
                let start = descriptorStart(before: i, tokens: tokens, covered: covered)
            else { continue }
            var attributes = organisation.attributes
            attributes["descriptor"] = tokens[i - 1].text
            result.append(
                Candidate(
                    tokens: start..<organisation.tokens.upperBound, type: .organisation, entity: organisation.entity,
                    name: organisation.name, base: organisation.base, source: name, confidence: organisation.confidence,
                    attributes: attributes, specificity: organisation.specificity))
        }
        return result
    }

    /// If the word before `i` is a Russian descriptor noun, the start of the descriptor
    /// phrase: the noun and up to two lower-case adjectives before it (`ежемесячной газеты`).
    func descriptorStart(before i: Int, tokens: [Token], covered: Set<Int>) -> Int? {
        let d = i - 1
        // The last part of a compound counts (`интернет-издания`).
        let word = tokens[d].folded.split(separator: "-").last.map(String.init) ?? tokens[d].folded
        guard d >= 0, tokens[d].kind == .word, !covered.contains(d), !NameContext.isKazakhSpelling(tokens[d].folded) else { return nil }
        // The word itself and its bases.
        let forms = RussianMorphology.matchForms(word)
        guard forms.contains(where: Self.russianDescriptors.contains) else { return nil }
        // A site is where a body writes, not its kind (`на сайте Facebook`), unless the name is
        // the site's own address (`на сайте Roem.ru`; session 10).
        if forms.contains("сайт"),
            !Self.isDomainName(at: i, tokens)
        {
            return nil
        }
        // A shopping, business or exhibition centre is a building, which factRuEval annotates as a
        // place, not a body (`в торговом центре «Европейский»`, `бизнес-центра «Белая площадь»`;
        // session 12).
        if forms.contains("центр"),
            tokens[d].folded.hasPrefix("бизнес-") || tokens[d].folded.hasPrefix("торгово-")
                || (d > 0 && tokens[d - 1].sentence == tokens[d].sentence
                    && ["торгов", "торгово-", "офисн", "выставочн", "деловом", "деловой", "делового"].contains(where: tokens[d - 1].folded.hasPrefix))
        {
            return nil
        }
        // A noun joined by `и` to a genitive plural before it goes on that chain, and describes no
        // name of its own (`отдела корпоративных серверов и сетей HP`; session 10).
        if d >= 2, tokens[d - 1].folded == "и", tokens[d - 2].sentence == tokens[d].sentence,
            HeadNounPhrase.isGenitivePluralNoun(tokens[d - 2].folded), HeadNounPhrase.isGenitivePluralNoun(tokens[d].folded)
        {
            return nil
        }
        // `группы компаний Michelin`: a group of companies is one body (session 10).
        var noun = d
        if word == "компаний", d > 0, tokens[d - 1].sentence == tokens[d].sentence,
            tokens[d - 1].kind == .word, !covered.contains(d - 1),
            ["группа", "группы", "группе", "группу", "группой"].contains(tokens[d - 1].folded)
        {
            noun = d - 1
        }
        var start = noun
        while start - 1 >= 0, noun - (start - 1) <= 2, !Self.notDescriptorAdjectives.contains(tokens[start - 1].folded), tokens[start - 1].sentence == tokens[d].sentence,
            tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized || NameContext.isSentenceStart(start - 1, tokens),
            !covered.contains(start - 1),
            NameContext.isRussianAdjective(tokens[start - 1].folded) || NameContext.isPrepositionalAdjective(tokens[start - 1].folded),
            // A verbal noun that ends like an adjective is what the body did, no part of its name
            // (`Заявление компании «Фалькетти»`, `Выступление группы «Ленинград»`; session 12).
            // A country's or a city's adjective is part of the name too, as factRuEval spans it
            // (`московского клуба «16 тонн»`, `Российский фонд DST`; session 13: it was left out
            // before).
            !HeadNounPhrase.isNounInIe(tokens[start - 1].folded)
        {
            start -= 1
        }
        return start
    }

    /// Whether the name at `i` is written as a site's address: a dot and a top-level domain
    /// (`domainSuffixes`) right after one to three of its words (`Roem.ru`, `Lenta.ru`).
    static func isDomainName(at i: Int, _ tokens: [Token]) -> Bool {
        // One token with its domain (`Roem.ru`).
        if i < tokens.count, tokens[i].text.contains("."),
            let suffix = tokens[i].text.split(separator: ".").last, domainSuffixes.contains(TextFolding.fold(String(suffix)))
        {
            return true
        }
        var k = i + 1
        while k + 1 < tokens.count, k - i <= 3, tokens[k].sentence == tokens[i].sentence {
            if tokens[k].text == ".", !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore, domainSuffixes.contains(tokens[k + 1].folded) {
                return true
            }
            guard tokens[k].kind == .word else { return false }
            k += 1
        }
        return false
    }

    /// Words that end like adjectives before a descriptor but start a phrase of their own
    /// (`по данным интернет-издания Techcrunch`).
    /// Participles used as titles are no adjectives of the name either (`управляющий компанией
    /// FaceCash`, `заведующая кафедрой`).
    static let notDescriptorAdjectives: Set<String> = [
        "данным", "данных", "словам", "сообщению", "мнению", "управляющий", "управляющая", "управляющего", "управляющему",
        "управляющим", "заведующий", "заведующая", "заведующего", "исполняющий", "исполняющая", "главнокомандующий",
    ]

    /// A relational adjective of a country or a city (`немецкой`, `американского`,
    /// `российский`, `французская`): `-ск-`/`-цк-` before the adjective ending.
    static func isPlaceAdjective(_ folded: String) -> Bool {
        let stem = folded.dropLast(folded.hasSuffix("ого") || folded.hasSuffix("ому") ? 3 : 2)
        // `-ческий` makes adjectives of kinds, not places (`некоммерческой организации`,
        // `политической партии`); `греческий` is the exception.
        if stem.hasSuffix("ческ"), !stem.hasSuffix("греческ") { return false }
        return stem.hasSuffix("ск") || stem.hasSuffix("цк")
    }

    /// Runs of capitalised Latin-script words in a Cyrillic text (`Associated Press`,
    /// `Royal Dutch Shell`, `Vestas`), with `of`, `and`, `&`, `und`, `de` inside: foreign names,
    /// read as organisations. A Russian descriptor before the run joins the span (`компании
    /// Piedmont Airlines`). A run in parentheses right after another mention glosses that
    /// mention and takes its type and entity (`Джошуа Вольф (Joshua Wolf)` is a person).
    func latinNames(_ document: AnalyzedDocument, found: [Candidate], covered: Set<Int>) -> [Candidate] {
        let tokens = document.tokens
        let language = document.document.language
        guard !tokens.isEmpty, language == "kk" || language == "ru" || Self.isCyrillicText(tokens) else { return [] }
        var mentionEnds: [Int: Candidate] = [:]
        for candidate in found where candidate.type != .date {
            if let current = mentionEnds[candidate.tokens.upperBound], current.tokens.count >= candidate.tokens.count { continue }
            mentionEnds[candidate.tokens.upperBound] = candidate
        }
        var organisationsByStart: [Int: Candidate] = [:]
        for candidate in found where candidate.type == .organisation {
            if let current = organisationsByStart[candidate.tokens.lowerBound], current.tokens.count >= candidate.tokens.count { continue }
            organisationsByStart[candidate.tokens.lowerBound] = candidate
        }
        var result: [Candidate] = []
        var i = 0
        while i < tokens.count {
            // A Latin place name opens a foreign name when another Latin word follows (`Astana Hub`).
            let placeFirst = covered.contains(i) && i + 1 < tokens.count && !covered.contains(i + 1)
                && isLatinNameWord(i + 1, tokens) && tokens[i + 1].sentence == tokens[i].sentence
            // A known organisation after a Russian descriptor joins it (`социальной сети Twitter`).
            let known = organisationsByStart[i].flatMap { organisation in
                i > 0 && tokens[i - 1].sentence == tokens[i].sentence
                    && descriptorStart(before: i, tokens: tokens, covered: covered) != nil ? organisation : nil
            }
            // A gloss in parentheses is read even where another rule took its words (`«Коррьере
            // делла Сера» (Corriere della Sera)` is no person).
            let glossing = i >= 2 && tokens[i - 1].text == "(" && mentionEnds[i - 1] != nil
            guard isLatinNameWord(i, tokens), !covered.contains(i) || placeFirst || known != nil || glossing,
                !Self.isInQuotedTheme(i, tokens)
            else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, end - i < 8, tokens[end].sentence == tokens[i].sentence,
                !covered.contains(end) || (known?.tokens.contains(end) ?? false) || glossing
            {
                if isLatinNameWord(end, tokens) || (tokens[end].isAllUpper && NameContext.isLatin(tokens[end].text)) {
                    end += 1
                } else if Self.latinConnectors.contains(tokens[end].folded), end + 1 < tokens.count, isLatinNameWord(end + 1, tokens) {
                    end += 2
                    // A place after `of` belongs to the name (`Bank of East Asia`).
                    while end < tokens.count, covered.contains(end), isLatinNameWord(end, tokens), tokens[end].sentence == tokens[i].sentence {
                        end += 1
                    }
                } else {
                    break
                }
            }
            // A site's name with its domain written on (`Gazeta.Ru`, `Roem.ru`): one name.
            if end + 1 < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
                Self.domainSuffixes.contains(tokens[end + 1].folded)
            {
                end += 2
            }
            defer { i = end }
            // A product or a work after its kind (`операционной системе Windows`), also further
            // in a list of them or after its maker (`игр FarmVille и CityVille`, `автомобили ЗАЗ
            // Forza`); a motto (`под девизом The Right Move`).
            if Self.followsProductNoun(i, tokens) || Self.followsMottoNoun(i, tokens) { continue }
            // Words after a product's name name a product or a service of it (`Chrome Web Store`,
            // `Windows Phone`; session 10).
            if i > 0, tokens[i - 1].sentence == tokens[i].sentence,
                Self.productNames.contains(tokens[i - 1].folded)
            {
                continue
            }
            // A run that goes on in lower-case Latin words is part of a longer title or phrase
            // (`проекта Mushroom works`), not a name of its own.
            if end < tokens.count, tokens[end].sentence == tokens[i].sentence, tokens[end].kind == .word,
                NameContext.isLatin(tokens[end].text), tokens[end].text.count >= 2, tokens[end].text.allSatisfy(\.isLowercase),
                !Self.latinConnectors.contains(tokens[end].folded)
            {
                continue
            }
            // In parentheses after a quoted phrase that no rule read as a name, the run translates
            // the phrase (`девиза «Мы одна семья» (GENS UNA SUMUS)`).
            if Self.translatesQuotedPhrase(i, tokens, covered: covered) { continue }
            // A gloss in parentheses names the mention before it (`Джошуа Вольф (Joshua Wolf)`):
            // same type and entity.
            if i >= 2, tokens[i - 1].text == "(", let glossed = mentionEnds[i - 1] {
                if end < tokens.count, tokens[end].text == ")" {
                    var attributes = glossed.attributes
                    attributes["gloss"] = "true"
                    result.append(
                        Candidate(
                            tokens: i..<end, type: glossed.type, entity: glossed.entity, name: glossed.name,
                            base: document.text(ofTokens: i..<end), source: self.name, confidence: 0.7,
                            attributes: attributes, specificity: 5))
                }
                continue
            }
            // A channel's or a station's number is in its name (`Channel 4`, `Radio 1`).
            if end < tokens.count, tokens[end].kind == .number, tokens[end].text.count <= 2,
                tokens[end].sentence == tokens[i].sentence, !covered.contains(end),
                end + 1 == tokens.count || tokens[end + 1].sentence != tokens[i].sentence || tokens[end + 1].kind != .word
                    || ["и", "или"].contains(tokens[end + 1].folded)
            {
                end += 1
            }
            var start = i
            var attributes: [String: String] = [:]
            // A number written onto the name opens it (`3Com`, tokenised `3` `Com`; session 13).
            if Self.opensWithDigits(i, tokens), !covered.contains(i - 1) {
                start = i - 1
            }
            if start == i, i > 0, tokens[i - 1].sentence == tokens[i].sentence, let s = descriptorStart(before: i, tokens: tokens, covered: covered) {
                start = s
                attributes["descriptor"] = tokens[i - 1].text
            }
            if let known, start < i, end == known.tokens.upperBound {
                attributes.merge(known.attributes) { current, _ in current }
                result.append(
                    Candidate(
                        tokens: start..<end, type: .organisation, entity: known.entity, name: known.name, base: known.base,
                        source: self.name, confidence: known.confidence, attributes: attributes, specificity: known.specificity))
                continue
            }
            let name = document.text(ofTokens: (start < i && tokens[start].kind == .number ? start : i)..<end)
            result.append(
                Candidate(
                    tokens: start..<end, type: .organisation, entity: "org:" + Slug.make(name), name: name, base: name,
                    source: self.name, confidence: start < i && tokens[start].kind != .number ? 0.75 : 0.55, attributes: attributes,
                    specificity: 1))
        }
        return result
    }

    /// Names of software and devices (folded), which `notOrganisations` also lists: a Latin run
    /// right after one is the product's or its service's name.
    static let productNames: Set<String> = [
        "windows", "linux", "android", "ios", "iphone", "ipad", "macos", "unix", "chrome", "firefox", "photoshop",
        "excel", "powerpoint", "playstation", "xbox", "chatgpt", "macbook", "ipod", "airpods", "kindle",
    ]

    static let latinConnectors: Set<String> = [
        "of", "and", "&", "und", "de", "for", "the", "to", "della", "del", "di", "da", "des", "du", "la", "y",
    ]

    /// Russian nouns (stems) that say the foreign name after them is a product or a work, not
    /// an organisation: `операционной системе Windows`, `сериалов ... Doctor Who`, `автомобили ЗАЗ Forza`.
    static let productStems = workStems + [
        "систем", "платформ", "программ", "приложени", "браузер", "смартфон", "планшет", "автомобил", "модел",
        "консол", "процессор", "ноутбук",
        // Events (`турнире Dota League`); languages and standards.
        "турнир", "чемпионат", "фестивал", "конкурс", "язык", "стандарт", "протокол", "формат",
        "технологи", "устройств", "телефон", "гаджет", "вирус",
        // Session 12: kinds of car and aircraft (`седан Hyundai Solaris`, `внедорожника Land
        // Cruiser`, `самолет Sukhoi Superjet`) and stock indices (`индекс Dow Jones`).
        "внедорожник", "седан", "кроссовер", "хэтчбек", "хетчбек", "хэтчбэк", "пикап", "минивэн", "электромобил",
        "мотоцикл", "самолет", "авиалайнер", "лайнер", "вертолет", "истребител", "индекс",
    ]

    /// Whether the Latin run at `i` names a product or a work: a product noun (`productStems`,
    /// lower case) before it, directly, after the product's maker (`автомобили ЗАЗ Forza`), or
    /// through a list of such names (`игр FarmVille и CityVille`, `сериалов, таких как, например,
    /// The IT Crowd и Doctor Who`), within sixteen tokens of the same sentence.
    static func followsProductNoun(_ i: Int, _ tokens: [Token], worksOnly: Bool = false) -> Bool {
        var k = i - 1
        // The maker right before the product's own name (`ЗАЗ Forza`).
        if k > 0, tokens[k].kind == .word, tokens[k].isCapitalized, !NameContext.isLatin(tokens[k].text), tokens[k].isAllUpper {
            k -= 1
        }
        var listed = false
        while k >= 0, i - k <= 16, tokens[k].sentence == tokens[i].sentence {
            let t = tokens[k]
            // The sentence's first word is capitalised for that alone (`Седан Hyundai Solaris
            // подорожал`; session 12).
            if t.kind == .word, t.isCapitalized, !listed, !NameContext.isLatin(t.text), NameContext.isSentenceStart(k, tokens) {
                return productStems.contains(where: t.folded.hasPrefix)
            }
            if t.kind == .word, !t.isCapitalized {
                // Through a list only a work's noun counts: after a device's the names listed are
                // its makers (`смартфонов Apple и Samsung`).
                if (listed || worksOnly ? workStems : productStems).contains(where: t.folded.hasPrefix) { return true }
                guard listWords.contains(t.folded) else { return false }
                listed = true
            } else if t.text == "," {
                listed = true
                // A list goes on over commas.
            } else if t.kind == .word, NameContext.isLatin(t.text) {
                listed = true
            } else {
                return false
            }
            k -= 1
        }
        return false
    }

    /// Whether the Latin word at `i` is in a run of capitalised Latin words that names a work or
    /// a motto (`followsProductNoun` with a work's noun, `followsMottoNoun`, `translatesQuotedPhrase`): an acronym there is
    /// no organisation (`игре NBA Jam`). After a device's or a technology's noun an acronym is
    /// rather its maker or owner (`технологии IBM`).
    static func inProductOrMottoName(_ i: Int, _ tokens: [Token], covered: Set<Int>) -> Bool {
        var start = i
        while start > 0, tokens[start - 1].sentence == tokens[i].sentence, tokens[start - 1].kind == .word,
            tokens[start - 1].isCapitalized, NameContext.isLatin(tokens[start - 1].text)
        {
            start -= 1
        }
        return followsProductNoun(start, tokens, worksOnly: true) || followsMottoNoun(start, tokens)
            || translatesQuotedPhrase(start, tokens, covered: covered)
    }

    /// Whether the run at `i` is in parentheses right after a quoted phrase (a lower-case word of
    /// three letters or more inside) that is no mention: a translation of a slogan or a title.
    static func translatesQuotedPhrase(_ i: Int, _ tokens: [Token], covered: Set<Int>) -> Bool {
        guard i >= 3, tokens[i - 1].text == "(", tokens[i - 2].kind == .quote else { return false }
        var open = i - 3
        while open >= 0, i - open <= 12, tokens[open].kind != .quote { open -= 1 }
        guard open >= 0, tokens[open].kind == .quote, !(open..<(i - 1)).contains(where: covered.contains) else { return false }
        return (open + 1..<(i - 2)).contains { k in
            tokens[k].kind == .word && tokens[k].text.count >= 3 && !tokens[k].isCapitalized && !NameContext.isLatin(tokens[k].text)
        }
    }

    /// Nouns (stems) of works and games, whose names may be listed after them (`игр FarmVille и
    /// CityVille`); films, albums, games, books and shows (`аркады Angry Birds`).
    static let workStems = [
        "сериал", "фильм", "альбом", "песн", "игр", "видеоигр", "книг", "роман", "шоу", "телешоу", "мультфильм",
        "спектакл", "мюзикл", "клип", "сингл", "трек", "композици", "аркад",
    ]

    /// Words inside a list of examples: `и`, `или`, `таких как`, `например`.
    static let listWords: Set<String> = ["и", "или", "а", "также", "таких", "такие", "как", "например"]

    /// Whether the Latin run at `i` follows a noun of a motto or a slogan (`под девизом The Right
    /// Move`, `слоган Just Do It`), as a quoted theme does.
    static func followsMottoNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        var k = i - 1
        if k >= 0, ["—", "-", ":"].contains(tokens[k].text) { k -= 1 }
        guard k >= 0, tokens[k].sentence == tokens[i].sentence, tokens[k].kind == .word else { return false }
        return ["девиз", "лозунг", "слоган"].contains(where: tokens[k].folded.hasPrefix)
    }

    /// Top-level domains written on a site's name (`Gazeta.Ru`, `NEWSru.com`).
    static let domainSuffixes: Set<String> = ["ru", "com", "net", "org", "kz", "ua", "by", "uk", "de", "info", "tv", "su"]

    /// Whether token `i` is inside a quoted theme or motto, not a name: `«Knowing Pasts, Creating
    /// Futures» тақырыбында`, `ұранымен`, `на тему «...»`, `под девизом «...»`, `under the theme "..."`.
    static func isInQuotedTheme(_ i: Int, _ tokens: [Token]) -> Bool {
        var open = i - 1
        while open >= 0, i - open <= 16, tokens[open].kind != .quote { open -= 1 }
        var close = i + 1
        while close < tokens.count, close - i <= 16, tokens[close].kind != .quote { close += 1 }
        guard open >= 0, close < tokens.count, tokens[open].kind == .quote, tokens[close].kind == .quote else { return false }
        if close + 1 < tokens.count {
            let after = tokens[close + 1].folded
            if ["тақырыб", "ұран", "девиз"].contains(where: { after.hasPrefix($0) }) { return true }
        }
        let before = (max(0, open - 2)..<open).map { tokens[$0].folded }
        return before.contains { ["тему", "темой", "девизом", "лозунгом", "theme", "motto", "slogan"].contains($0) }
    }

    /// A capitalised Latin word of two letters or more (`Vestas`, `BBC`, `eBay` excepted), not a
    /// code (`COVID-19`) and not right after a number (`737 MAX`, a model).
    /// Whether the Latin word at `i` has a number written onto it before (`3Com`: `3` and `Com`
    /// with no space), the word capitalised with lower-case letters after the capital (not `3D`,
    /// `5G`), the number one to three digits opening the sentence or after a word or
    /// punctuation. Session 13.
    static func opensWithDigits(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i >= 1, tokens[i - 1].kind == .number, tokens[i - 1].text.count <= 3, tokens[i - 1].text.allSatisfy(\.isNumber),
            !tokens[i].spaceBefore, tokens[i].sentence == tokens[i - 1].sentence, tokens[i].kind == .word,
            NameContext.isLatin(tokens[i].text), tokens[i].isCapitalized, tokens[i].text.count >= 3,
            tokens[i].text.dropFirst().allSatisfy(\.isLowercase)
        else { return false }
        return i < 2 || tokens[i - 2].kind != .number
    }

    func isLatinNameWord(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.text.count >= 2, NameContext.isLatin(t.text) else { return false }
        // Session 13: a brand written in lower case with a capital inside (`comScore`,
        // `eMarketer`) or a site's address in lower case (`baltinfo.ru`) is a name too.
        guard t.isCapitalized || Self.isLowerCaseBrand(t.text) || Self.isLowerCaseSite(t.text) || Self.opensLowerCaseSite(i, tokens)
        else { return false }
        // A lower-case site written onto the word before it is part of a longer address
        // (`0.facebook.com`), not a name of its own.
        if !t.isCapitalized, i > 0, !t.spaceBefore, tokens[i - 1].kind != .quote, tokens[i - 1].text != "(" { return false }
        // `COVID-19` is a disease, `MAX` after `737` a model.
        if Self.isDesignation(t.text) || (i > 0 && tokens[i - 1].kind == .number && !Self.opensWithDigits(i, tokens)) { return false }
        // `VII съезд`, `XXI век`.
        if t.isAllUpper, Self.isRomanNumeral(t.text) { return false }
        return !Self.notOrganisations.contains(t.folded)
    }

    /// A Latin brand written with a lower-case start and a capital inside, lower-case letters
    /// after that capital, five letters or more (`comScore`, `eMarketer`, `eBay` is too short):
    /// not a product in `i-` (`iPhone`, `iTunes`) nor a unit (`kWh`). Session 13.
    static func isLowerCaseBrand(_ text: String) -> Bool {
        let letters = Array(text)
        guard letters.count >= 5, letters.allSatisfy({ $0.isASCII && $0.isLetter }), letters[0].isLowercase, letters[0] != "i",
            let capital = letters.firstIndex(where: \.isUppercase), capital + 1 < letters.count,
            letters[(capital + 1)...].contains(where: \.isLowercase)
        else { return false }
        return !notOrganisations.contains(text.lowercased())
    }

    /// A site's address written in lower case as one token (`baltinfo.ru`, `lenta.ru`): ASCII
    /// letters, digits and hyphens, a dot, a top-level domain (`domainSuffixes`). Session 13.
    static func isLowerCaseSite(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let suffix = parts.last, domainSuffixes.contains(String(suffix)),
            parts.allSatisfy({ part in
                !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            }),
            parts.dropLast().contains(where: { $0.count >= 3 && $0 != "www" })
        else { return false }
        return true
    }

    /// Whether the lower-case word at `i` opens a site's address the tokenizer split (`falk-news`
    /// `.` `com`): the dot and a top-level domain written on it. Session 13.
    static func opensLowerCaseSite(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 2 < tokens.count, tokens[i + 1].text == ".", !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore,
            domainSuffixes.contains(tokens[i + 2].text)
        else { return false }
        return isLowerCaseSite(tokens[i].text + "." + tokens[i + 2].text)
    }

    /// Whether most words of the document are Cyrillic.
    static func isCyrillicText(_ tokens: [Token]) -> Bool {
        var cyrillic = 0
        var latin = 0
        for t in tokens.prefix(400) where t.kind == .word {
            if NameContext.isLatin(t.text) { latin += 1 } else { cyrillic += 1 }
        }
        return cyrillic > 2 * latin
    }
}
