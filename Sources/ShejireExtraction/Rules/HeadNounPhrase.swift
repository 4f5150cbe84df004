import ShejireCore
import ShejireText

/// Finds name phrases built around a head noun, the shape Kazakh and Russian give to the
/// names of organisations, places and events.
///
/// Kazakh puts modifiers before the head (`Сыртқы істер министрлігі`,
/// `Халықаралық архивтер конгресі`): the phrase reaches left from the head over up to six
/// words of the same sentence, and starts at the leftmost capitalised word (lower-case words
/// in between are kept). Russian puts the head first (`Министерство иностранных дел`,
/// `Евразийский национальный университет`): capitalised adjectives before it are kept, and
/// the phrase reaches right over genitive words up to a preposition or punctuation.
/// A sentence-initial capital on a common word (`Бұл`, `Бүгін`, `Сегодня`) does not start
/// a name.
struct HeadNounPhrase {
    /// Kazakh head lemmas (folded), e.g. `министрлік`.
    let kazakhHeads: Set<String>
    /// Russian head lemmas (folded), e.g. `министерство`.
    let russianHeads: Set<String>
    /// English heads (folded), e.g. `congress`; English is treated like Kazakh (modifiers first).
    let englishHeads: Set<String>
    /// Whether the phrases are events' names (session 13), which differ from bodies' in two ways:
    /// - a Kazakh naming adjective opening a sentence opens the name when only lower-case words
    ///   follow it to the head (`Халықаралық архивтер конгресі ...`; for bodies, KazNERD's
    ///   generic `Әлеуметтік әл-ауқат басқармасы` are not names);
    /// - a named body in the genitive before the head is in the name (`Шанхай ынтымақтастық
    ///   ұйымының саммиті`: the summit of that organisation).
    var forEvents = false

    static let sentenceStarters: Set<String> = [
        "бұл", "осы", "ол", "сол", "бүгін", "кеше", "биыл", "ал", "енді", "сондай-ақ", "мұнда", "оның", "айта",
        "сонымен", "қазір", "сондықтан", "алайда", "бірақ", "және", "дегенмен", "жалпы", "өз", "барлық", "бұған",
        "бұдан", "мысалы", "сонда", "кейін", "былтыр", "сондай", "соның", "мен", "біз", "олар", "атап", "сонымен қатар",
        "это", "этот", "эта", "сегодня", "вчера", "в", "на", "по", "с", "и", "но", "а", "также", "как", "при", "для",
        // Russian adverbs, conjunctions, pronouns and prepositions that open sentences (`Позже
        // Обаму встретила ...`): never a first name.
        "позже", "позднее", "ранее", "раньше", "затем", "потом", "тогда", "теперь", "сейчас", "здесь", "там",
        "поэтому", "однако", "кроме", "впрочем", "кстати", "напомним", "между", "после", "перед", "во", "со", "из",
        "от", "до", "за", "под", "над", "об", "о", "к", "у", "его", "ее", "её", "их", "он", "она", "они", "мы", "я",
        "все", "всё", "многие", "некоторые", "так", "если", "когда", "хотя", "чтобы", "пока", "уже", "еще", "ещё",
        "лишь", "только", "даже", "именно", "впервые", "вновь", "снова", "наконец", "сначала", "одновременно",
        "около", "почти", "среди", "тем", "этом", "этой", "этого", "эти", "эту", "вместе", "против", "благодаря",
        "согласно", "несмотря", "вместо", "помимо", "причем", "причём", "зато", "или", "завтра", "накануне",
        // Pronouns in oblique cases and question words (`Нам Вандерлинд не звонил`).
        "нам", "нас", "вам", "вас", "ему", "ей", "им", "ним", "ней", "нему", "мне", "меня", "тебе", "себе", "кто", "что",
        "где", "почему", "зачем",
        "the", "a", "an", "in", "on", "at", "this", "that", "and", "but", "for", "of",
    ]
    /// Kazakh plural suffixes.
    static let pluralEndings = ["лар", "лер", "дар", "дер", "тар", "тер"]
    /// Kazakh genitive endings (`-ның/-нің/-дың/-дің/-тың/-тің`).
    static let genitiveEndings = ["ның", "нің", "дың", "дің", "тың", "тің"]
    /// Kazakh locative endings, also with the attributive `-ғы/-гі` (`-да`, `-дағы`).
    static let locativeEndings = ["да", "де", "та", "те", "дағы", "дегі", "тағы", "тегі"]

    static let russianStops: Set<String> = [
        "в", "во", "на", "с", "со", "по", "для", "о", "об", "при", "к", "у", "от", "до", "за", "из", "под", "над",
        "что", "который", "которая", "которое", "которые", "это", "не", "как", "а", "но", "или",
        // Prepositions and adverbs that begin what follows a name (`в Конгрессе после ноябрьских
        // выборов`, `Завод закрыт несмотря на ...`).
        "после", "перед", "через", "между", "без", "около", "среди", "вместо", "несмотря", "благодаря", "согласно",
        "вопреки", "вокруг", "возле", "также", "уже", "ещё", "еще", "тоже", "только", "даже", "вчера", "сегодня",
        "завтра", "теперь", "тогда", "сейчас", "ранее", "имени", "из-за", "из-под",
    ]

    /// Russian heads of bodies that take a `при` or `по` complement inside their names (`Совета при
    /// Президенте РФ по развитию информационного общества`, `Комиссии по атомной энергии`,
    /// `Следственного комитета при прокуратуре`, `сборная России по бобслею`), or `против`
    /// (`комитетом ООН против пыток`).
    static let complementHeads: Set<String> = [
        "комитет", "комиссия", "совет", "отдел", "управление", "служба", "агентство", "департамент", "министерство",
        "ведомство", "инспекция", "центр", "фонд", "движение", "союз", "ассоциация", "организация", "палата",
        "бюро", "федерация", "сборная",
    ]

    /// Personal pronouns, which never continue a name (`здание Законодательного собрания мы ...`).
    static let pronouns: Set<String> = [
        "я", "ты", "он", "она", "оно", "мы", "вы", "они", "его", "её", "ее", "их", "им", "ему", "ей", "нам", "вам", "нас",
        "вас", "ими", "нами", "вами", "себя", "себе",
    ]

    /// Prepositions that open a complement of a body's name.
    static let complementPrepositions: Set<String> = ["при", "по", "против"]

    /// Whether a token is one of the heads; returns its language group.
    ///
    /// A word that is a head in both languages (`комитет`, `Комитета`) is read as Russian
    /// unless it has the Kazakh possessive (`комитеті`) or a Kazakh letter.
    func head(_ token: Token) -> HeadKind? {
        guard token.kind == .word else { return nil }
        let forms = Morphology.matchForms(token.folded)
        if let index = forms.firstIndex(where: kazakhHeads.contains) {
            // A Kazakh name ends in its head in the possessive (`министрлігі`, `кеңесінің`) or
            // in the bare head (`Парламент`); a plural (`архивтерді`) is a common noun.
            let stages = forms[..<index]
            if stages.contains(where: { Self.pluralEndings.contains(where: $0.hasSuffix) }) { return nil }
            let possessive = forms.contains { kazakhHeads.contains($0) && ($0.hasSuffix("ы") || $0.hasSuffix("і")) }
            if !possessive, !NameContext.isKazakhSpelling(token.folded),
                RussianMorphology.matchForms(token.folded).contains(where: russianHeads.contains)
            {
                return .russian
            }
            return .kazakh
        }
        if forms.contains(where: russianHeads.contains) { return .russian }
        // A press office or centre is a body of its own (`пресс-служба президента Украины`,
        // `пресс-центра МВД`).
        if token.folded.hasPrefix("пресс-"),
            RussianMorphology.matchForms(String(token.folded.dropFirst(6))).contains(where: russianHeads.contains)
        {
            return .russian
        }
        if englishHeads.contains(token.folded) || (token.folded.hasSuffix("s") && englishHeads.contains(String(token.folded.dropLast()))) {
            return .english
        }
        return nil
    }

    /// Whether a Kazakh head word carries the possessive (`министрлігі`, `орталығында`),
    /// as the head of a Kazakh name does; a bare head (`орталық`, `министрлікке`) is a
    /// common noun unless it is capitalised inside a sentence (`Парламент`).
    func isPossessiveKazakhHead(_ token: Token) -> Bool {
        Morphology.matchForms(token.folded).contains { kazakhHeads.contains($0) && ($0.hasSuffix("ы") || $0.hasSuffix("і")) }
    }

    enum HeadKind { case kazakh, russian, english }

    /// The phrase around the head at `h`, or nil when it has no name-like modifier.
    ///
    /// - Parameter covering: the type of the mention an earlier extractor found at a token,
    ///   or nil. Tokens of other mentions end the phrase, except a place (or, before
    ///   `атындағы`, a person), which becomes a modifier: `Павлодар экономикалық соты`,
    ///   `Гагарин атындағы академия`, `правительства Китая`.
    ///   - lowerAdjectives: Russian only: take lower-case adjectives before the head into the
    ///     name (organisations in Russian documents, as factRuEval spans them).
    func phrase(
        at h: Int, kind: HeadKind, tokens: [Token], lowerAdjectives: Bool = false, covering: (Int) -> EntityType?
    ) -> Range<Int>? {
        switch kind {
        case .kazakh: return leftPhrase(h, kind: kind, tokens: tokens, covering: covering)
        case .english:
            guard let left = leftPhrase(h, kind: kind, tokens: tokens, covering: covering) else { return nil }
            return left.lowerBound..<englishComplementEnd(after: h, tokens: tokens, covering: covering)
        case .russian: return rightPhrase(h, tokens: tokens, lowerAdjectives: lowerAdjectives, covering: covering)
        }
    }

    /// English: a capitalised head takes an `of`/`for`/`on` complement of capitalised words, with
    /// `the` and `and` inside (`Archive of the President`, `Ministry of Culture and Sport`,
    /// `University of Oxford`); places, titles and acronyms of organisations are part of it. Returns
    /// the end of the phrase (`h + 1` without a complement).
    func englishComplementEnd(after h: Int, tokens: [Token], covering: (Int) -> EntityType?) -> Int {
        guard tokens[h].isCapitalized else { return h + 1 }
        var end = h + 1
        var k = h + 1
        while k < tokens.count, k - h <= 10, tokens[k].sentence == tokens[h].sentence,
            ["of", "for", "on", "and"].contains(tokens[k].folded), k > h + 1 || tokens[k].folded != "and"
        {
            var w = k + 1
            // `the` opens an `of` complement; after `and` it opens another name.
            if w < tokens.count, tokens[w].folded == "the", tokens[k].folded != "and" { w += 1 }
            var words = 0
            while w < tokens.count, tokens[w].sentence == tokens[h].sentence, tokens[w].kind == .word, tokens[w].isCapitalized,
                covering(w) == nil || covering(w) == .place || covering(w) == .position || covering(w) == .organisation
            {
                w += 1
                words += 1
            }
            guard words > 0 else { break }
            end = w
            k = w
        }
        return end
    }

    func isSentenceStart(_ i: Int, _ tokens: [Token]) -> Bool {
        NameContext.isSentenceStart(i, tokens)
    }

    func capitalisedName(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard (t.kind == .word || t.kind == .number) && (t.isCapitalized || t.kind == .number) else { return false }
        if isSentenceStart(i, tokens) && Self.sentenceStarters.contains(t.folded) { return false }
        return t.kind == .word
    }

    /// Institution heads that name an organisation without the possessive, lower-case, after
    /// a capitalised adjective (`Жоғарғы кеңес`, `Еуразиялық одақ`, `Мемлекеттік дума`).
    static let bareInstitutionHeads: Set<String> = [
        "кеңес", "одақ", "дума", "агенттік", "комиссия", "комитет", "ұйым", "академия", "федерация", "ассоциация",
        "қауымдастық", "корпорация", "палата", "ассамблея", "орталық", "альянс", "парламент",
    ]

    /// An adjective that makes a common noun a name: `-лық/-лік` (`Ұлттық`, `Мемлекеттік`),
    /// `-ғы/-гі` (`Жоғарғы`), `Жоғары`, `Тұңғыш` "First" (`Тұңғыш Президент қоры`; session 9).
    static func isNamingAdjective(_ folded: String) -> Bool {
        folded == "жоғары" || folded == "тұңғыш" || ["лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі"].contains { folded.count >= 5 && folded.hasSuffix($0) }
    }

    /// Attributive postpositions that belong inside a Kazakh name (`Төтенше жағдай жөніндегі
    /// мемлекеттік комиссия`), though they end like a locative attributive.
    static let nameAttributives: Set<String> = ["жөніндегі", "жөнiндегi"]

    /// A position title that is a modifier inside a Kazakh name rather than a title of its own:
    /// a plural (`Ресей жазушылар одағы`, `Министрлер кабинеті`) or a capitalised bare title
    /// (`Президент телерадиокешені`, `Тұңғыш Президент қоры`). A title with the possessive
    /// (`Елбасы`, `Президенті`) or in the genitive stays a position.
    static func isTitleModifier(_ j: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[j]
        guard t.kind == .word else { return false }
        if PositionRule.isPlural(t.folded) { return !NameContext.hasObliqueEnding(t.folded) }
        return t.isCapitalized && !NameContext.isSentenceStart(j, tokens) && t.folded != "елбасы"
            && PositionRule.isBareNominative(t.folded) && !PositionRule.hasPossessive(t.folded)
    }

    /// Kazakh heads of a unit inside a body (session 9): the body before them, nominative or
    /// genitive, is in the name (`Қорғаныс министрлігі сапёрлік бөлімшесі`, `Алматы облысы
    /// әкімдігінің білім басқармасы`).
    static let subUnitHeads: Set<String> = [
        "бөлім", "бөлімі", "бөлімше", "бөлімшесі", "басқарма", "басқармасы", "департамент", "департаменті",
    ]

    /// Whether the comma at `j` separates lower-case nouns of a list that `және` "and" closes
    /// before the head at `h`, all inside one Kazakh name (`менеджмент , экономика және болжау
    /// институты`): lower-case words with no oblique case on either side, `және` after it, no other
    /// punctuation before the head.
    static func isListCommaInName(_ j: Int, head h: Int, _ tokens: [Token]) -> Bool {
        guard tokens[j].text == ",", j > 0, j + 2 < h else { return false }
        func plainLowerWord(_ k: Int) -> Bool {
            let t = tokens[k]
            return t.kind == .word && t.sentence == tokens[h].sentence && t.text.first?.isLowercase == true
                && (t.folded == "және" || !NameContext.hasObliqueEnding(t.folded))
        }
        let after = (j + 1)..<h
        return plainLowerWord(j - 1) && after.allSatisfy(plainLowerWord) && after.contains { tokens[$0].folded == "және" }
    }

    /// Postpositions that take a dative before them inside a name (`жемқорлыққа қарсы`).
    static let dativePostpositions: Set<String> = ["қарсы"]

    func leftPhrase(_ h: Int, kind: HeadKind, tokens: [Token], covering: (Int) -> EntityType?) -> Range<Int>? {
        let head = tokens[h]
        var lowerBare = false
        if kind == .kazakh, !isPossessiveKazakhHead(head) {
            // A bare head: a capitalised one inside a sentence, not followed by a capitalised
            // word it would qualify (`Орталық Азия`), or a lower-case institution head after a
            // naming adjective (below). Other lower-case bare heads after a capitalised modifier
            // find more generic phrases (`Мемлекеттік қызмет`) than names.
            if h + 1 < tokens.count, tokens[h + 1].sentence == head.sentence, tokens[h + 1].kind == .word,
                tokens[h + 1].isCapitalized
            {
                return nil
            }
            if isSentenceStart(h, tokens) { return nil }
            if !head.isCapitalized {
                // A lower-case bare head of an institution after an adjective that names it
                // (`Жоғарғы кеңестің`, `Мемлекеттік думаның`, `Ұлттық ядролық орталық`).
                guard Morphology.matchForms(head.folded).contains(where: Self.bareInstitutionHeads.contains) else { return nil }
                lowerBare = true
            }
        }
        var start: Int? = head.isCapitalized && !(isSentenceStart(h, tokens) && Self.sentenceStarters.contains(head.folded)) ? h : nil
        var j = h - 1
        var afterNamedFor = false
        let subUnit = kind == .kazakh && Morphology.matchForms(head.folded).contains(where: Self.subUnitHeads.contains)
        // A capitalised head with the possessive right after a named body is a body of it
        // (`Еуропалық одақ Кеңесі`, a council of the European Union; session 13).
        let bodyOfBody = kind == .kazakh && head.isCapitalized && !isSentenceStart(h, tokens) && isPossessiveKazakhHead(head)
        while j >= 0, h - j <= 7, tokens[j].sentence == head.sentence {
            let t = tokens[j]
            if let type = covering(j), !(type == .position && Self.isTitleModifier(j, tokens)) {
                // A place (nominative or genitive) or, before `атындағы`, a person is a modifier.
                // An acronym of an organisation too: `ТМД Парламентаралық ассамблеясы`; and any
                // organisation before a unit's head (`Қорғаныс министрлігі ... бөлімшесі`).
                guard t.kind == .word,
                    type == .place || (type == .person && afterNamedFor)
                        || (type == .organisation
                            && (t.isAllUpper || subUnit || (bodyOfBody && j == h - 1)
                                || (forEvents && kind == .kazakh && j == h - 1 && Self.genitiveEndings.contains(where: t.folded.hasSuffix))))
                else { break }
                if NameContext.hasObliqueEnding(t.folded) { break }
                // A named body before a unit's head opens the name (`Жұмысты ⟦Денсаулық сақтау
                // министрлігі ... бөлімшесі⟧`).
                if type == .organisation, !t.isAllUpper {
                    // Back to the body's first word; a word in an oblique case ends another
                    // mention (`Ақордада ⟦Еуропалық одақ Кеңесінің⟧`).
                    while j > 0, covering(j - 1) == .organisation, tokens[j - 1].sentence == head.sentence,
                        !NameContext.hasObliqueEnding(tokens[j - 1].folded)
                    {
                        j -= 1
                    }
                    start = j
                    break
                }
                start = j
                j -= 1
                continue
            }
            if t.kind == .quote {
                // A quoted name before the head: `«Астана» халықаралық қаржы орталығы`.
                var open = j - 1
                while open >= 0, j - open <= 8, tokens[open].sentence == head.sentence, tokens[open].kind != .quote { open -= 1 }
                guard open >= 0, open < j - 1, tokens[open].kind == .quote, tokens[open].sentence == head.sentence else { break }
                start = open
                j = open - 1
                continue
            }
            // A comma in a list of the fields a Kazakh name is of (`Қазақстан менеджмент ,
            // экономика және болжау институты`; session 10).
            if kind == .kazakh, Self.isListCommaInName(j, head: h, tokens) {
                j -= 1
                continue
            }
            guard t.kind == .word || t.kind == .number else { break }
            // English modifiers before the head are capitalised (`Kazakh National University`):
            // a lower-case word (`of`, `the`) ends them.
            if kind == .english, t.kind == .word, !t.isCapitalized { break }
            afterNamedFor = t.folded == "атындағы"
            if !afterNamedFor, !Self.nameAttributives.contains(t.folded), NameContext.hasObliqueEnding(t.folded), !t.isAllUpper {
                let dativeBeforePostposition = j + 1 < h && Self.dativePostpositions.contains(tokens[j + 1].folded)
                if !dativeBeforePostposition { break }
            }
            if capitalisedName(j, tokens) {
                // A capital that only opens the sentence, before a lower-case word, is an
                // ordinary word (`Облыста 446 мектеп`, `Тіпті партия`), unless `жөніндегі`
                // "concerning" follows it with no other capital before the head, the shape of a
                // name (`Төтенше жағдай жөніндегі мемлекеттік комиссия`; session 9; but `Бір
                // кездері ⟦Мемлекеттік ... жөніндегі агенттік⟧`).
                // A naming adjective opening a Kazakh event's name does open it when only
                // lower-case words follow it to a head with the possessive (`Халықаралық
                // архивтер конгресі Барселонада ...`; session 13).
                let namingOpener = forEvents && kind == .kazakh && Self.isNamingAdjective(t.folded) && isPossessiveKazakhHead(head)
                    && !(j + 1..<h).contains(where: { tokens[$0].isCapitalized || tokens[$0].kind != .word })
                if isSentenceStart(j, tokens), j + 1 < h, !(tokens[j + 1].kind == .word && tokens[j + 1].isCapitalized),
                    !namingOpener,
                    !(j + 1..<h).contains(where: { Self.nameAttributives.contains(tokens[$0].folded) })
                        || (j + 1..<h).contains(where: { tokens[$0].isCapitalized })
                {
                    break
                }
                // Nor before a place or a title, unless it is an adjective of the name (`Жинақ
                // Түркия журналистер одағының ...`, `Концертті Президент оркестрі`, but
                // `Халықаралық Қызыл Крест комитеті`).
                if isSentenceStart(j, tokens), j + 1 < h, covering(j + 1) == .place || covering(j + 1) == .position,
                    !Self.isNamingAdjective(t.folded)
                {
                    break
                }
                // A sentence-initial accusative after a vowel (`Мәселені Халықаралық ... комиссия`)
                // is an object, not part of the name.
                if isSentenceStart(j, tokens), t.folded.count >= 6, t.folded.hasSuffix("ны") || t.folded.hasSuffix("ні") { break }
                start = j
            }
            j -= 1
        }
        guard let s = start else { return nil }
        if lowerBare {
            // The name must open with a capitalised adjective that is not just the sentence's
            // first word, or have two modifiers (`Ұлттық ядролық орталық`).
            guard s < h, tokens[s].isCapitalized, !isSentenceStart(s, tokens) || h - s >= 2,
                (s..<h).contains(where: { Self.isNamingAdjective(tokens[$0].folded) })
            else { return nil }
        }
        // A lone capitalised head opening a sentence (`Конгресс ...`, `Форумның ...`) is a common noun.
        if s == h && isSentenceStart(h, tokens) { return nil }
        return s..<(h + 1)
    }

    func rightPhrase(_ h: Int, tokens: [Token], lowerAdjectives: Bool = false, covering: (Int) -> EntityType?) -> Range<Int>? {
        var start = h
        var j = h - 1
        // A lower-case adjective of a country or a city (`российском министерстве финансов`,
        // `европейское антимонопольное ведомство`) names the owner as a place after the head does.
        var ownerAdjective = false
        // A title read in an adjective (`рабочей` in `Социалистической рабочей партии`) is one here;
        // `-ой` is also a noun's instrumental (`главой администрации`).
        while j >= 0, h - j <= 4, tokens[j].sentence == tokens[h].sentence, tokens[j].kind == .word,
            covering(j) == nil
                || (lowerAdjectives && covering(j) == .position && !tokens[j].isCapitalized
                    && (Self.isAdjective(tokens[j].folded) || Self.isSoftAdjective(tokens[j].folded))
                    && !tokens[j].folded.hasSuffix("ой"))
        {
            // Adjectives, also joined by `и` (`Промышленный и коммерческий банк`).
            if tokens[j].folded == "и", j > 0, j < h - 1, Self.isAdjective(tokens[j - 1].folded) {
                j -= 1
                continue
            }
            let folded = tokens[j].folded
            guard Self.isAdjective(folded) || (lowerAdjectives && (NameContext.isPrepositionalAdjective(folded) || Self.isSoftAdjective(folded)))
            else { break }
            // Nouns that end like adjectives (`Решение`, `заседание`, `событие`), before an
            // organisation's head or an event's (`Решение конгресса`, `Открытие форума`).
            if Self.isNounInIe(folded) { break }
            // A plural nominative (`-ые`, `-ие`) before a singular adjective agrees with nothing
            // in the name: a noun made of an adjective (`Полицейские Главного управления МВД`,
            // `Военные Западного округа`; session 12).
            if lowerAdjectives, j + 1 < h, ["ые", "ие"].contains(where: folded.hasSuffix),
                !["ые", "ие"].contains(where: tokens[j + 1].folded.hasSuffix)
            {
                break
            }
            // A sentence's first word that only points or judges is capitalised as the first word,
            // not as a name (`Крупнейший банк страны`, `Местная администрация`): the head then needs
            // an owner as in lower case (not `Самарский`, `Этнографический`).
            // Place adjectives share those stems (`Томский`, `Одинцовский`, `Люберецкий`), and so
            // does `Свободная`: they stay names.
            if lowerAdjectives, isSentenceStart(j, tokens), Self.isNonNamingAdjective(folded),
                !folded.contains("ск"), !folded.contains("цк"), !folded.hasPrefix("свобод"),
                !folded.hasPrefix("сам") || folded.count <= 6,
                !folded.hasPrefix("эт") || ["это", "эта", "эти", "эту"].contains(where: folded.hasPrefix)
            {
                break
            }
            if capitalisedName(j, tokens) {
                start = j
            } else if lowerAdjectives, !tokens[j].isCapitalized {
                // Lower-case adjectives right before the head belong to the name, as factRuEval
                // spans them (`внешнеполитического ведомства России`, `Социалистической рабочей
                // партии`), unless they only point or judge (`этого`, `бывшего`, `нового`).
                if Self.isNonNamingAdjective(folded) { break }
                if start == j + 1 {
                    start = j
                    if PlaceAdjective.placeID(folded) != nil || folded.hasPrefix("европейск") { ownerAdjective = true }
                }
            }
            j -= 1
        }
        var end = h + 1
        var place = false
        while end < tokens.count, end - h <= 6, tokens[end].sentence == tokens[h].sentence, tokens[end].kind == .word,
            !Self.russianStops.contains(tokens[end].folded), !Self.pronouns.contains(tokens[end].folded)
        {
            // An acronym no rule has read yet is an organisation's, and an owner like a known one
            // (`международной шахматной федерации ФИДЕ`, `отдела ... сетей HP`; session 8).
            if lowerAdjectives, covering(end) == nil, Self.isUnknownAcronym(end, tokens) {
                end += 1
                place = true
                break
            }
            // `сборная страны`: the national team, the country named by the context (session 8).
            if lowerAdjectives, end == h + 1, tokens[end].folded == "страны",
                RussianMorphology.matchForms(tokens[h].folded).contains("сборная")
            {
                end += 1
                place = true
                break
            }
            if let type = covering(end), type != .position {
                // A place or an organisation's acronym in the genitive ends the name:
                // `Министерство финансов России`, `Комиссия ЕС`, `Института этнологии РАН`.
                let acronym = type == .organisation && tokens[end].isAllUpper
                // A named organisation in the genitive is the body this one belongs to and
                // goes on the name, and a place may follow it (`Палаты представителей
                // Конгресса США`, `Служба прессы Конституционного суда`).
                if lowerAdjectives, type == .organisation, !acronym, tokens[end].isCapitalized,
                    Self.mayBeRussianGenitive(tokens[end].folded, after: "")
                {
                    while end < tokens.count, covering(end) == type, tokens[end].kind == .word { end += 1 }
                    place = true
                    continue
                }
                guard type == .place || acronym, tokens[end].isCapitalized else { break }
                while end < tokens.count, covering(end) == type, tokens[end].kind == .word { end += 1 }
                place = true
                break
            }
            // A lower-case short passive participle in the feminine, neuter or plural is the
            // sentence's verb (`матчи Континентальной хоккейной лиги перенесены`; session 12).
            if !tokens[end].isCapitalized, Self.endsChainAsVerb(tokens[end].folded) { break }
            if tokens[end].folded == "и" {
                guard end + 1 < tokens.count, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
                    !Self.startsAnotherName(after: end, tokens: tokens)
                else { break }
            } else if !Self.mayBeRussianGenitive(tokens[end].folded, after: tokens[end - 1].folded) {
                // A noun with no ending before a genitive (`защиты прав потребителей`).
                let next = end + 1 < tokens.count && tokens[end + 1].sentence == tokens[h].sentence && tokens[end + 1].kind == .word
                    ? tokens[end + 1].folded : nil
                guard let next, tokens[end].folded.count >= 3, !Self.isRussianVerb(tokens[end].folded),
                    !Self.russianStops.contains(next), Self.mayBeRussianGenitive(next, after: "")
                else { break }
            }
            end += 1
        }
        while end > h + 1, tokens[end - 1].folded == "и" { end -= 1 }
        if lowerAdjectives, RussianMorphology.matchForms(tokens[h].folded).contains(where: Self.complementHeads.contains) {
            end = complements(after: end, head: h, tokens: tokens, covering: covering)
        }
        // A lower-case head needs an owner: a place or acronym after it, a capitalised
        // adjective, or a country's adjective before it.
        // A plural head in an oblique case (`китайским антимонопольным службам`) is a common noun.
        let pluralHead = ["ам", "ям", "ами", "ями", "ах", "ях"].contains(where: tokens[h].folded.hasSuffix)
        if !tokens[h].isCapitalized && !place && (!ownerAdjective || pluralHead) && !(start..<h).contains(where: { tokens[$0].isCapitalized }) {
            return nil
        }
        if start == h && end == h + 1 && isSentenceStart(h, tokens) { return nil }
        return start..<end
    }

    /// Whether token `i` is an acronym of two to six capitals that may name an organisation: not a
    /// common abbreviation (`СМИ`, `ДТП`), a Roman numeral or a code, not before a number.
    static func isUnknownAcronym(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.isAllUpper, (2...6).contains(t.text.count), t.text.allSatisfy(\.isLetter),
            !OrganisationRule.notOrganisations.contains(t.folded), !OrganisationRule.isRomanNumeral(t.text)
        else { return false }
        return i + 1 == tokens.count || tokens[i + 1].kind != .number
    }

    /// The end of the `при`, `по` and `против` complements after a body's name ending at `end`
    /// (`Совета ⟦при Президенте РФ⟧ ⟦по развитию информационного общества⟧`): each is the
    /// preposition and one to four words of the same sentence, lower-case or a place or
    /// organisation, up to punctuation, another preposition, a verb or a person.
    func complements(after end: Int, head h: Int, tokens: [Token], covering: (Int) -> EntityType?) -> Int {
        var end = end
        while end + 1 < tokens.count, tokens[end].sentence == tokens[h].sentence {
            var k = end + 1
            if Self.complementPrepositions.contains(tokens[end].folded) {
                k = end + 1
            } else if tokens[end].folded == "в", ["защиту", "поддержку"].contains(tokens[end + 1].folded) {
                // `Движение в защиту Химкинского леса`
                k = end + 2
            } else {
                break
            }
            let opening = k
            while k < tokens.count, k - opening < 4, tokens[k].sentence == tokens[h].sentence, tokens[k].kind == .word,
                !Self.russianStops.contains(tokens[k].folded), !Self.complementPrepositions.contains(tokens[k].folded),
                !Self.pronouns.contains(tokens[k].folded), !Self.isRussianVerb(tokens[k].folded),
                tokens[k].isCapitalized || !Self.endsChainAsVerb(tokens[k].folded),
                !NameContext.isKazakhSpelling(tokens[k].folded)
            {
                // Places and organisations may stand in it, a title only first (`при Президенте
                // РФ`, `при главном архитекторе Москвы`), persons and dates not.
                if let type = covering(k), type == .person || type == .date || (type == .position && k - opening > 1) { break }
                // An unknown capitalised noun after the first word is a name of its own
                // (`при Президенте`, `по Санкт-Петербургу` are fine).
                if tokens[k].isCapitalized, covering(k) == nil, k > opening, !Self.isAdjective(tokens[k].folded) { break }
                k += 1
            }
            // The complement must end in a noun, not an adjective left hanging.
            while k > opening, Self.isAdjective(tokens[k - 1].folded), !Self.isNounInIe(tokens[k - 1].folded), covering(k - 1) == nil {
                k -= 1
            }
            guard k > opening else { break }
            end = k
        }
        return end
    }

    /// Whether the words after `и` at `and` begin a second organisation rather than continue
    /// the first one's genitive chain: a plural nominative adjective (`биржа и государственные
    /// учреждения`), or a head or descriptor noun after at most two adjectives (`Конгресса
    /// профсоюзов и профсоюза Юнайт`, `палаты и российско-американской рабочей группы`).
    /// `Министерство образования и науки` goes on.
    static func startsAnotherName(after and: Int, tokens: [Token]) -> Bool {
        var k = and + 1
        if k < tokens.count, tokens[k].folded.hasSuffix("ые") || tokens[k].folded.hasSuffix("ие"), isAdjective(tokens[k].folded) {
            return true
        }
        // Soft adjectives too (`палаты и российско-американской рабочей группы`).
        while k < tokens.count, k - and <= 2, tokens[k].kind == .word, isAdjective(tokens[k].folded) || isSoftAdjective(tokens[k].folded) {
            k += 1
        }
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].sentence == tokens[and].sentence else { return false }
        // Two nouns in the genitive plural joined by `и` go on one genitive chain (`отдела
        // корпоративных серверов и сетей HP`; session 10).
        if k == and + 1, and > 0, isGenitivePluralNoun(tokens[and - 1].folded),
            isGenitivePluralNoun(tokens[k].folded)
        {
            return false
        }
        let forms = RussianMorphology.matchForms(tokens[k].folded)
        return forms.contains(where: OrganisationRule.russianDescriptors.contains)
            || OrganisationRule.phrase.head(tokens[k]) == .russian
    }

    /// A Russian noun in the genitive plural (`серверов`, `сетей`), not an adjective.
    static func isGenitivePluralNoun(_ folded: String) -> Bool {
        folded.count >= 4 && ["ов", "ев", "ей"].contains(where: folded.hasSuffix) && !isSoftAdjective(folded)
            && !isAdjective(folded)
    }

    /// Endings of Russian genitive nouns and adjectives, the words that follow the head of
    /// a Russian name (`Комитет защиты журналистов`, `Палаты представителей`); a noun with
    /// no ending (`дел`) after a genitive plural adjective (`иностранных дел`).
    static func mayBeRussianGenitive(_ folded: String, after previous: String) -> Bool {
        if NameContext.isKazakhSpelling(folded) || isRussianVerb(folded) { return false }
        if ["а", "я", "ы", "и", "ов", "ев", "ей", "ий", "ого", "его", "ой", "ых", "их", "ия", "ии"].contains(where: folded.hasSuffix) {
            return true
        }
        return previous.hasSuffix("ых") || previous.hasSuffix("их")
    }

    /// A Russian short passive participle in the feminine, neuter or plural (`перенесены`,
    /// `назначена`, `организованы`, `задержаны`), eight letters or more so that no genitive noun
    /// (`цены`, `страны`, `охраны`, `гигиены`) is taken for one; not `перемены`.
    static func isShortPassiveParticiple(_ folded: String) -> Bool {
        guard folded.count >= 8, !folded.hasPrefix("перемен") else { return false }
        return ["ены", "ена", "ено", "ованы", "ована", "овано", "азаны", "азана", "азано", "ержаны", "ержана", "исаны",
            "исана", "браны", "брана", "знаны", "знана"].contains(where: folded.hasSuffix)
    }

    /// Russian verb forms that `isRussianVerb` leaves out and that end a name's genitive chain or
    /// complement (session 12): short passive participles (`перенесены`), past forms of
    /// consonant stems (`перенесли`, `опровергла`), the third person in `-ит` (`рассмотрит`,
    /// `вложит`; not a genitive plural such as `орбит`, `элит`, `защит`) and common future and
    /// modal verbs (`будет`, `может`, `смогут`).
    static func endsChainAsVerb(_ folded: String) -> Bool {
        if isShortPassiveParticiple(folded) || isConsonantPastPlural(folded) { return true }
        // (Not `-есла`/`-екла`: `ремесла`, `оргстекла` are genitive nouns; review of session 12.)
        if folded.count >= 7, ["ергла", "огла", "езла"].contains(where: folded.hasSuffix) { return true }
        if folded.count >= 5, folded.hasSuffix("ит"), !["орбит", "элит", "плит", "защит", "копит"].contains(where: folded.hasSuffix) {
            return true
        }
        return commonVerbs.contains(folded)
    }

    static let commonVerbs: Set<String> = [
        "будет", "будут", "может", "могут", "сможет", "смогут", "хочет", "хотят", "станет", "станут", "идет", "идут",
        "ведет", "ведут", "проведет", "проведут", "начнет", "начнут", "даст", "дадут", "примет", "примут", "возьмет",
        "найдет", "пойдет", "перейдет", "войдет", "выйдет", "придет", "создаст", "продаст", "зовет", "ждет", "ждут",
        // Past forms of `идти` and of consonant stems (`банк понес убытки`, `компании ушли`).
        "ушел", "ушла", "ушло", "ушли", "пришел", "пришла", "пришли", "вышел", "вышла", "вышли", "нашел", "нашла",
        "нашли", "перешел", "перешла", "перешли", "прошел", "прошла", "прошли", "пошел", "пошла", "пошли", "зашел",
        "зашли", "понес", "понесла", "понесли", "принес", "принесла", "принесли", "перенесла", "отвлекла", "привлекла", "вовлекла", "привез", "привезла", "увез", "смог",
        "помог", "смогла", "помогла", "смогли", "помогли",
    ]

    /// A Russian past plural of a verb whose stem ends in a consonant (`перенесли`, `привезли`,
    /// `смогли`, `отвлекли`), which `isRussianVerb` (a vowel before `-ли`) leaves out; not a
    /// genitive noun (`отрасли`, `мысли`: no vowel before the `с`).
    static func isConsonantPastPlural(_ folded: String) -> Bool {
        folded.count >= 6 && ["если", "езли", "огли", "екли", "ягли", "ерли"].contains(where: folded.hasSuffix)
    }

    /// Shapes of Russian verbs that follow a name (`заявила`, `сообщили`, `является`,
    /// `заявил`): past tense after a vowel, and reflexives.
    static func isRussianVerb(_ folded: String) -> Bool {
        guard folded.count >= 4 else { return false }
        if folded.hasSuffix("ся") || folded.hasSuffix("сь") { return true }
        // The present tense after a vowel (`оставляет`, `работает`, `рекомендует`, `считают`):
        // no noun ends so.
        if folded.count >= 6, ["ает", "яет", "ует", "еет", "ают", "яют", "уют", "еют"].contains(where: folded.hasSuffix) {
            return true
        }
        // Short passive participles (`объявлен`, `организован`, `зарегистрирован`).
        if folded.count >= 7, folded.hasSuffix("ен") || folded.hasSuffix("ован") || folded.hasSuffix("ирован") { return true }
        for ending in ["ал", "ял", "ил", "ел", "ыл", "ул", "ла", "ли", "ло"] where folded.hasSuffix(ending) {
            let stem = folded.dropLast(ending.count)
            if ending.count == 2, ending.hasPrefix("л") {
                // -ла/-ли/-ло after a vowel: заявила, сообщили (but not села, дела: too short).
                guard let last = stem.last, "аеиоуыяэ".contains(last), folded.count >= 6 else { continue }
            }
            return true
        }
        return false
    }

    /// Nouns that end like adjectives (`заседание`, `управление`, `событие`, `Решение`).
    static func isNounInIe(_ folded: String) -> Bool {
        ["ние", "тие", "ье", "ений", "аний", "ствий", "ятий", "итий"].contains(where: folded.hasSuffix)
    }

    /// Adjectives that point at or judge an organisation rather than name it.
    static func isNonNamingAdjective(_ folded: String) -> Bool {
        let stems = [
            "эт", "тот", "той", "того", "том", "свой", "сво", "наш", "ваш", "весь", "всего", "всей", "всем", "котор", "так",
            "сам", "друг", "один", "одно", "одной", "кажд", "люб", "бывш", "будущ", "нынешн", "популярн", "известн",
            "крупнейш", "крупн", "последн", "следующ", "некотор", "данн", "подконтрольн", "соответствующ", "указанн",
            "вышеупомянут", "местн", "многи", "ведущ", "влиятельн", "оппозиционн", "официальн",
        ]
        if folded.hasPrefix("нов") && folded.count <= 6 { return true }
        // Adverbs in -ее (`ранее`, `более`) and participles (`возглавлявший`, `действующего`).
        if ["ранее", "более", "менее", "позднее", "далее", "также"].contains(folded) { return true }
        if isParticiple(folded) { return true }
        if isNounInIe(folded) { return true }
        return stems.contains(where: folded.hasPrefix)
    }

    /// An active participle (`возглавлявший`, `действующего`, `находящейся`): `-вш-`, `-ющ-`,
    /// `-ящ-`, `-ущ-`, `-ащ-` before an adjective ending.
    static func isParticiple(_ folded: String) -> Bool {
        let endings = ["ий", "ая", "ее", "ие", "его", "ей", "ему", "им", "их", "ую", "ое", "ые", "ых", "ым", "ими"]
        guard let ending = endings.first(where: folded.hasSuffix) else { return false }
        let stem = folded.dropLast(ending.count)
        return ["вш", "ющ", "ящ", "ущ", "ащ"].contains(where: stem.hasSuffix) && stem.count >= 5
    }

    /// A feminine adjective of the soft or sibilant stem in an oblique case (`рабочей`, `общей`,
    /// `высшей`, `внешней`), which `isAdjective` leaves out because nouns end in `-ей` too
    /// (`музей`, `людей`); read only before a head noun.
    static func isSoftAdjective(_ folded: String) -> Bool {
        folded.count >= 6 && ["очей", "щей", "шей", "хней", "шней", "дней", "тней", "ьней"].contains(where: folded.hasSuffix)
    }

    static func isAdjective(_ folded: String) -> Bool {
        ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ой", "ую"]
            .contains { folded.hasSuffix($0) }
    }
}
