import ShejireCore
import ShejireText

/// In-document coreference for Russian `holds_position`: holders and owners that a title
/// phrase does not name next to the title, but the document names elsewhere.
///
/// - **A title and its owner with no holder** (`Премьер-министр Израиля заявил ...`, `мэра
///   Москвы лично`, `визит российского президента`): the holder is the person the same title
///   and owner have elsewhere in the document (`премьер-министр Израиля Беньямин Нетаньяху`);
///   failing that, after `пост`/`должность` the person the sentence opens with (`Владимир Путин
///   согласился занять пост премьер-министра РФ`); after a personal pronoun opening the clause
///   (`Он является депутатом парламента`), the last person named before the sentence; for a
///   place owner (or an organisation's head: `глава`, `председатель`, ...), the last person
///   named in the sentence or the two before, unless the document gives that person another title.
/// - **A geographic adjective as the owner** (`российский президент`): the relation's object is
///   the place's named mention elsewhere in the document (`России`), when there is one, since
///   the adjective is no name of the place.
/// - **A head-of-state title with no owner anywhere** (`премьер-министра Сильвио Берлускони`,
///   `Глава государства Дмитрий Медведев`): the one country the document names.
extension PositionRelationRule {
    /// Personal pronouns that refer back to a person named before (`он является ...`).
    static let personalPronouns: Set<String> = ["он", "она"]

    /// Nouns before a title that make it an office someone takes or leaves (`занять пост премьер-министра`).
    static let postNouns: Set<String> = [
        "пост", "поста", "посту", "постом", "должность", "должности", "должностью", "место", "места", "кресло", "кресла",
    ]

    /// Stems of words of standing for an office (`кандидатом на пост`, `претендует на должность`,
    /// `баллотируется на пост`).
    static let candidacyStems = ["кандидат", "претенд", "баллотир", "выдвин", "выдвиг"]

    /// Titles whose owner, when none is named, is the country of the document.
    static let countryTitles: Set<String> = [
        "position:president", "position:prime-minister", "position:head-of-state", "position:king", "position:queen",
        "position:chancellor",
    ]

    /// A title with an owner and no holder next to it: the owner, for a Russian singular title
    /// whose phrase ends before any person.
    func ownerWithoutHolder(_ context: RelationContext, _ indices: [Int], _ k: Int) -> Int? {
        let m = context.mentions
        let p = indices[k]
        guard context.analyzed.document.language != "kk", !isLatin(context, p),
            PositionPhraseRule.isCyrillic(context.lastWord(of: p)), !isPluralTitle(context, p)
        else { return nil }
        let adjective =
            k > 0 && m[indices[k - 1]].attributes["adjective"] != nil
                && context.gap(indices[k - 1], p).isEmpty && !Self.professions.contains(m[p].entity) ? indices[k - 1] : nil
        let (walked, holder) = walk(context, indices, k)
        guard holder == nil else { return nil }
        // `Президент и первая леди ...`: a coordinated person is someone else.
        let after = m[p].tokens.upperBound
        if context.folded(after) == "и" { return nil }
        return adjective ?? walked ?? genericOwner(context, title: p)
    }

    /// The holder of a title that has an owner but no holder in its sentence.
    ///
    /// - Parameters:
    ///   - title: the title mention; `owner`: its owner mention.
    ///   - matches: the title phrases of the document that name a holder.
    /// - Returns: the holder mention, or nil when the document does not say who it is.
    func holderElsewhere(_ context: RelationContext, title: Int, owner: Int, matches: [Match]) -> Int? {
        let m = context.mentions
        // The same title and owner with a named holder elsewhere; the nearest one.
        let same = matches.filter { match in
            guard let o = match.owner else { return false }
            return m[match.title].entity == m[title].entity && m[o].entity == m[owner].entity
        }
        let sentence = context.sentence(of: title)
        guard let range = context.sentenceTokens[sentence] else { return nil }
        // `Марин Ле Пен стала кандидатом на пост главы Франции`: a candidate for an office does not hold it.
        if Self.postNouns.contains(context.folded(m[title].tokens.lowerBound - 1)),
            (range.lowerBound..<m[title].tokens.lowerBound).contains(where: { t in
                Self.candidacyStems.contains { context.folded(t).hasPrefix($0) }
            })
        {
            return nil
        }
        // `Владимир Путин согласился занять пост премьер-министра РФ`: after `пост` or
        // `должность`, the holder is the first person of the sentence, before the title.
        if Self.postNouns.contains(context.folded(m[title].tokens.lowerBound - 1)),
            let subject = context.mentions(inSentence: sentence, types: [.person]).first,
            m[subject].tokens.upperBound <= m[title].tokens.lowerBound
        {
            return subject
        }
        // `Иван Петров назначен директором ...`, `премьер-министром страны станет ... Саломе
        // Зурабишвили`, `Место спикера ... занял Джон Бенер`: a verb of taking or holding an
        // office between the title and a person of the same clause.
        if let holder = copulaHolder(context, title: title, sentence: sentence) { return holder }
        if let nearest = same.min(by: { abs($0.title - title) < abs($1.title - title) }) { return nearest.holder }
        // `Он является депутатом парламента`: a pronoun opening the clause, and no person
        // before the title in the sentence; the last person named before the sentence.
        let before = range.lowerBound..<m[title].tokens.lowerBound
        if !before.contains(where: { Self.personalPronouns.contains(context.folded($0)) }) {
            return recentHolder(context, title: title, owner: owner, matches: matches)
        }
        if context.mentions(inSentence: sentence, types: [.person]).contains(where: { m[$0].tokens.lowerBound < m[title].tokens.lowerBound }) {
            return nil
        }
        return (0..<title).reversed().first { m[$0].type == .person && context.sentence(of: $0) < sentence }
    }

    /// The named mention of the place a geographic adjective stands for (`российский` →
    /// `России`), the first in the document; the adjective itself when there is none.
    func namedOwner(_ context: RelationContext, _ owner: Int) -> Int {
        let m = context.mentions
        guard m[owner].attributes["adjective"] != nil else { return owner }
        return m.indices.first { m[$0].entity == m[owner].entity && m[$0].attributes["adjective"] == nil } ?? owner
    }

    /// The one country the document names, for a head-of-state title with no owner.
    func documentCountry(_ context: RelationContext, title: Int) -> Int? {
        guard Self.countryTitles.contains(context.mentions[title].entity) else { return nil }
        return onlyCountry(context)
    }

    /// The first mention of the one country the document names besides those `excluded`, or nil
    /// when it names none or several. Only a mention that may be an owner is given: not one right
    /// next to another title, whose owner it is, nor one after a preposition or in a Kazakh
    /// oblique case, which says where (`isWhere`); with none such, nil. A place in Kazakhstan
    /// that the gazetteer lists names Kazakhstan too (`АСТАНА. KAZINFORM`, `Алматы облысының
    /// әкімі`): with it, one foreign country is no longer the only one (`Мемлекет басшысы ...
    /// Германия` is not Germany's).
    /// - Parameter hosts: whether a country named as where counts (`прибыли в США. Президент
    ///   Олег Ким встретил их`: the host, when the other countries' heads are named).
    func onlyCountry(_ context: RelationContext, excluding excluded: Set<String> = [], hosts: Bool = false) -> Int? {
        let m = context.mentions
        var countries: Set<String> = []
        var owner: Int?
        for (index, mention) in m.enumerated()
        where isCountry(mention) && !excluded.contains(mention.entity) {
            countries.insert(mention.entity)
            if owner == nil, !ownsAnotherTitle(context, index), hosts || !isWhere(context, index) { owner = index }
        }
        guard countries.count == 1, let owner else { return nil }
        if m[owner].entity != Self.kazakhstan, !excluded.contains(Self.kazakhstan),
            m.contains(where: { $0.type == .place && $0.source.hasPrefix("gazetteer:places-kz") })
        {
            return nil
        }
        return namedOwner(context, owner)
    }

    static let kazakhstan = "place:kazakhstan"

    /// Titles an organisation gives one person at a time (its head), for which a person named
    /// just before may be the holder (`Нетаньяху ... глава израильского правительства`).
    static let soleTitles: Set<String> = [
        "position:head", "position:chief", "position:chairman", "position:chairwoman", "position:president",
        "position:director", "position:general-director", "position:ceo", "position:leader", "position:rector",
        "position:secretary-general", "position:editor-in-chief", "position:prime-minister", "position:speaker",
        "position:mayor", "position:governor", "position:akim", "position:artistic-director", "position:managing-director",
        "position:chairman-of-the-management-board", "position:chairman-of-the-board-of-directors",
    ]

    /// How many sentences back a holder named before an unnamed title may be.
    static let maxHolderDistance = 2

    /// `Николя Саркози ... Как было объявлено, президент Франции прибыл в Вашингтон`: for a
    /// title whose owner is a place (or an organisation, for `soleTitles`), the last person named
    /// before it in the sentence or the two sentences before, unless the document gives that
    /// person another title.
    func recentHolder(_ context: RelationContext, title: Int, owner: Int, matches: [Match]) -> Int? {
        let m = context.mentions
        // An organisation has many members and representatives: only its one head is named this way.
        guard m[owner].type == .place || (m[owner].type == .organisation && Self.soleTitles.contains(m[title].entity))
        else { return nil }
        let word = context.lastWord(of: title)
        // `президентские выборы`, `представителей`, `лидерам`: an adjective or a plural names no one person.
        if NameContext.isRussianAdjective(word) || ["ей", "ов", "ам", "ям", "ами", "ями"].contains(where: word.hasSuffix) {
            return nil
        }
        let sentence = context.sentence(of: title)
        var titled: [String: Set<String>] = [:]
        // People the document gives another title with its owner.
        let owned = Set(
            matches.filter { $0.owner != nil && m[$0.title].entity != m[title].entity }.map { m[$0.holder].entity })
        // The owners the document gives each holder of this title (`Посол России Олег Ким`).
        var sameTitleOwners: [String: Set<String>] = [:]
        for match in matches {
            titled[m[match.holder].entity, default: []].insert(m[match.title].entity)
            if let o = match.owner, m[o].type == .place, m[match.title].entity == m[title].entity {
                sameTitleOwners[m[match.holder].entity, default: []].insert(m[o].entity)
            }
        }
        for i in stride(from: title - 1, through: 0, by: -1) where m[i].type == .person {
            if context.sentence(of: i) < sentence - Self.maxHolderDistance { return nil }
            // The same title of another place is someone else's (`Посол России Олег Ким выступил.
            // Посол США в Китае прибыл`: the ambassador of the USA is not Ким). Organisations
            // have other names (`глава внешнеполитического ведомства России` is `глава МИД РФ`).
            if m[owner].type == .place, let owners = sameTitleOwners[m[i].entity], !owners.contains(m[owner].entity) {
                return nil
            }
            // Someone the document gives another title is not this one's holder, when that title
            // has an owner or is a head's (`Президент России Олег Ким ... Премьер-министр Японии`);
            // a member may chair a body (`Сенатор Джон Керри прибыл ... Председатель влиятельного
            // Комитета по иностранным делам стал ...`).
            if let other = titled[m[i].entity], !other.contains(m[title].entity),
                !other.isDisjoint(with: Self.soleTitles.union(Self.countryTitles)) || owned.contains(m[i].entity)
            {
                return nil
            }
            return i
        }
        return nil
    }

    // MARK: - Owners named by a common noun, verbs of office

    /// Common nouns that stand for the country of the text (`премьер-министр страны`).
    static let countryNouns: Set<String> = ["страны", "государства", "страной", "государством"]
    /// Common nouns that stand for a region or a city named before (`глава республики`).
    static let regionNouns: Set<String> = [
        "республики", "области", "края", "региона", "города", "штата", "провинции", "округа", "района",
    ]

    /// The head nouns of organisations, Kazakh and Russian (`OrganisationRule.phrase`).
    static let organisationHeads = OrganisationRule.phrase.kazakhHeads.union(OrganisationRule.phrase.russianHeads)

    /// Kazakh: a bare head noun of an organisation right before a title with the possessive
    /// stands for an organisation named with that head just before (`ҚР Президентінің Архиві
    /// ... Архив директоры Әлия Мұстафина`: the archive; session 13). Returns nil when no such
    /// noun stands there, `.some(nil)` when it does but no organisation with that head is named
    /// nearby: then the title's owner is unknown, not another organisation's.
    func kazakhHeadOwner(_ context: RelationContext, title: Int) -> Int?? {
        let m = context.mentions
        let tokens = context.analyzed.tokens
        let before = m[title].tokens.lowerBound - 1
        guard context.analyzed.document.language == "kk", before >= 0, tokens[before].kind == .word,
            context.sentence(ofToken: before) == context.sentence(of: title),
            !m.contains(where: { $0.tokens.contains(before) }),
            PositionRule.hasPossessive(context.folded(m[title].tokens.upperBound - 1))
        else { return nil }
        let lemmas = Set(Morphology.matchForms(tokens[before].folded)).intersection(Self.organisationHeads)
        // A bare head: the lemma itself, not a case form of it (`архивке`, `музейде` say where).
        guard lemmas.contains(tokens[before].folded) else { return nil }
        func hasHead(_ i: Int) -> Bool {
            guard m[i].type == .organisation, let last = m[i].tokens.last else { return false }
            return !Set(Morphology.matchForms(tokens[last].folded)).isDisjoint(with: lemmas)
        }
        // The nearest before, in the title's sentence or the two before it, else one after it
        // in its sentence.
        let sentence = context.sentence(of: title)
        if let earlier = (0..<title).reversed().first(where: hasHead),
            context.sentence(of: earlier) >= sentence - Self.maxHolderDistance
        {
            return .some(earlier)
        }
        return .some(m.indices.first { $0 > title && context.sentence(of: $0) == sentence && hasHead($0) })
    }

    /// A common noun right after the title standing for a place the text names (`премьер-министром
    /// ⟦страны⟧`, `главы ⟦республики⟧`): the place of that kind named last before the title in its
    /// sentence or the two before, or else first after it in its sentence. A country for
    /// `страны`/`государства`; any place for `республики`, `области`, ...
    func genericOwner(_ context: RelationContext, title: Int) -> Int? {
        let m = context.mentions
        let next = m[title].tokens.upperBound
        let word = context.folded(next)
        let country = Self.countryNouns.contains(word)
        guard country || Self.regionNouns.contains(word) else { return nil }
        // `республики Татарстан`: the name follows; the walk takes it as the owner.
        if next + 1 < context.analyzed.tokens.count, context.analyzed.tokens[next + 1].isCapitalized,
            context.sentence(ofToken: next + 1) == context.sentence(of: title)
        {
            return nil
        }
        func fits(_ i: Int) -> Bool {
            guard m[i].type == .place else { return false }
            return country ? isCountry(m[i]) || m[i].attributes["adjective"] != nil : true
        }
        let sentence = context.sentence(of: title)
        for i in stride(from: title - 1, through: 0, by: -1) {
            if context.sentence(of: i) < sentence - Self.maxHolderDistance { break }
            if fits(i) { return i }
        }
        let after = context.mentions(inSentence: sentence).filter { $0 > title }
        return after.first(where: fits)
    }

    /// `В ⟦Сенате⟧, где демократам удалось сохранить большинство, спикер Гарри Рид заявил`: a title
    /// with a holder and no owner takes the organisation its sentence opens with after `в`/`на`.
    func locativeOwner(_ context: RelationContext, title: Int) -> Int? {
        let m = context.mentions
        let sentence = context.sentence(of: title)
        guard let range = context.sentenceTokens[sentence], ["в", "во", "на"].contains(context.folded(range.lowerBound)),
            let first = context.mentions(inSentence: sentence).first, first < title,
            m[first].tokens.lowerBound == range.lowerBound + 1, m[first].type == .organisation
        else { return nil }
        return first
    }

    /// The owner the same holder has with the same title elsewhere in the document
    /// (`Президент США Барак Обама ... Президент Обама`), when that is one owner.
    func sameHolderOwner(_ context: RelationContext, _ match: Match, _ matches: [Match]) -> Int? {
        let m = context.mentions
        var found: [String: Int] = [:]
        for other in matches {
            guard let owner = other.owner, m[other.holder].entity == m[match.holder].entity,
                m[other.title].entity == m[match.title].entity
            else { continue }
            if found[m[owner].entity] == nil { found[m[owner].entity] = owner }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// A head-of-state title with no owner: the one country named in its sentence
    /// (`Глава государства Дмитрий Медведев и Председатель Правительства РФ ...`).
    func sentenceCountry(_ context: RelationContext, title: Int) -> Int? {
        let m = context.mentions
        guard Self.countryTitles.contains(m[title].entity) else { return nil }
        let countries = context.mentions(inSentence: context.sentence(of: title), types: [.place]).filter {
            (isCountry(m[$0]) || m[$0].attributes["adjective"] != nil)
                // A country after a preposition is where or with whom (`вести дела с Кубой`,
                // `прибыл во Францию`), not whose: an owner stands in the bare genitive.
                && !isWhere(context, $0)
                // Nor the owner of another title right next to it (`Германия елшісін`, `послом
                // Германии`; session 12).
                && !ownsAnotherTitle(context, $0, than: title)
        }
        guard Set(countries.map { m[$0].entity }).count == 1, let first = countries.first else { return nil }
        return namedOwner(context, first)
    }

    /// Whether a country mention says where or with whom, not whose: after a Russian preposition
    /// (`вести дела с Кубой`, `прибыл во Францию`) or in a Kazakh oblique case (`Германияға
    /// барды`, `Франциядан`; session 12). An owner stands in the bare genitive or nominative.
    func isWhere(_ context: RelationContext, _ place: Int) -> Bool {
        let start = context.mentions[place].tokens.lowerBound
        if start > 0, Self.placePrepositions.contains(context.folded(start - 1)) { return true }
        return context.analyzed.document.language == "kk" && NameContext.hasObliqueEnding(context.lastWord(of: place))
    }

    /// Whether the place mention `place` stands right before or right after a title, other than
    /// `title` when one is given (mentions are in text order).
    func ownsAnotherTitle(_ context: RelationContext, _ place: Int, than title: Int? = nil) -> Bool {
        let m = context.mentions
        for other in [place - 1, place + 1] where m.indices.contains(other) && other != title && m[other].type == .position {
            if (other < place ? context.gap(other, place) : context.gap(place, other)).isEmpty { return true }
        }
        return false
    }

    /// `Президент Обама` in a document that names France and the USA and gives France's president
    /// as someone else (`президент Франции Николя Саркози`): for a head-of-state title with a holder
    /// and no owner, the one country of the document whose office of that title the document does
    /// not give to another person.
    func remainingCountry(_ context: RelationContext, _ match: Match, _ matches: [Match]) -> Int? {
        let m = context.mentions
        guard Self.countryTitles.contains(m[match.title].entity) else { return nil }
        var taken = Set<String>()
        for other in matches {
            guard let owner = other.owner, m[other.title].entity == m[match.title].entity,
                m[other.holder].entity != m[match.holder].entity
            else { continue }
            taken.insert(m[owner].entity)
        }
        guard !taken.isEmpty else { return nil }
        return onlyCountry(context, excluding: taken, hosts: true)
    }

    /// `... заместитель министра иностранных дел Беларуси. В 1996 году он ушёл в отставку в знак
    /// протеста против действий президента Александра Лукашенко`: for a head-of-state title with a
    /// holder and no owner, the country of the nearest text before it (its sentence, then the one
    /// before) that names a country, when that text names one country only (`Россия и Китай
    /// подписали договор. Президент Олег Ким ...` names no owner).
    func recentCountry(_ context: RelationContext, title: Int) -> Int? {
        let m = context.mentions
        guard Self.countryTitles.contains(m[title].entity) else { return nil }
        let sentence = context.sentence(of: title)
        var found: [Int] = []
        for i in stride(from: title - 1, through: 0, by: -1) {
            let s = context.sentence(of: i)
            if s < sentence - 1 { break }
            if let last = found.last, context.sentence(of: last) != s { break }
            if m[i].type == .place, isCountry(m[i]) || m[i].attributes["adjective"] != nil,
                !ownsAnotherTitle(context, i, than: title), !isWhere(context, i)
            {
                found.append(i)
            }
        }
        guard let nearest = found.first, Set(found.map { m[$0].entity }).count == 1 else { return nil }
        return namedOwner(context, nearest)
    }

    /// Reflexive possessives before a title, which give it the clause's subject as the owner
    /// (English `its`: `NATO has backed its Secretary-General ...`).
    static let reflexives: Set<String> = ["своего", "своей", "своему", "своим", "своём", "своем", "свой", "своя", "свою", "its"]

    /// `Политическое бюро Национального фронта ... поддержало кандидатуру ⟦своего⟧ председателя
    /// Марин Ле Пен`: after a reflexive possessive, the owner is the organisation the clause opens
    /// with (its subject): at the start of the sentence or after a colon (`... сообщается в
    /// заявлении: «Политическое бюро ...`), quotes aside.
    func reflexiveOwner(_ context: RelationContext, title: Int) -> Int? {
        let m = context.mentions
        let tokens = context.analyzed.tokens
        let lower = m[title].tokens.lowerBound
        guard Self.reflexives.contains(context.folded(lower - 1)),
            let range = context.sentenceTokens[context.sentence(of: title)]
        else { return nil }
        var start = range.lowerBound
        for t in stride(from: lower - 1, through: range.lowerBound, by: -1) where [":", ";"].contains(tokens[t].folded) {
            start = t + 1
            break
        }
        while start < lower, tokens[start].kind == .quote { start += 1 }
        guard let first = context.mentions(inSentence: context.sentence(of: title)).first(where: { m[$0].tokens.lowerBound == start }),
            first < title, m[first].type == .organisation
        else { return nil }
        return first
    }

    /// Russian prepositions before a place that is a destination, a location or a partner.
    static let placePrepositions: Set<String> = [
        "с", "со", "в", "во", "из", "на", "к", "ко", "для", "против", "между", "у", "по", "от", "до", "через",
    ]

    /// Verbs of taking, holding or being given an office.
    static let officeVerbs: Set<String> = [
        "стал", "стала", "станет", "становится", "становился", "становилась", "назначен", "назначена", "избран",
        "избрана", "является", "являлся", "являлась", "занял", "заняла", "займет", "займёт", "занимает", "занимал",
        "занимала", "работает", "работал", "работала", "утвержден", "утверждён", "утверждена", "остается", "остаётся",
        "оставался", "оставалась",
    ]
    /// How many tokens may lie between a person and a verb of office and the title.
    static let maxCopulaGap = 8

    /// The holder of a title joined to it by a verb of office in one clause: the person before
    /// the verb (`Иван Петров назначен директором ...`) or else the first person after the
    /// title (`Место спикера ... занял Джон Бенер`, `В случае избрания Гачечиладзе премьер-министром
    /// страны станет ... Саломе Зурабишвили`). No comma and no other person in between.
    func copulaHolder(_ context: RelationContext, title: Int, sentence: Int) -> Int? {
        let m = context.mentions
        let tokens = context.analyzed.tokens
        let persons = context.mentions(inSentence: sentence, types: [.person])
        func clause(_ range: Range<Int>) -> Bool {
            range.count <= Self.maxCopulaGap && range.contains { Self.officeVerbs.contains(context.folded($0)) }
                && !range.contains { tokens[$0].kind == .punctuation || tokens[$0].kind == .dash }
                && !range.contains { t in context.folded(t) == "и" || context.folded(t) == "который" }
        }
        if let before = persons.last(where: { m[$0].tokens.upperBound <= m[title].tokens.lowerBound }),
            clause(m[before].tokens.upperBound..<m[title].tokens.lowerBound)
        {
            return before
        }
        if let after = persons.first(where: { m[$0].tokens.lowerBound >= m[title].tokens.upperBound }) {
            let gap = m[title].tokens.upperBound..<m[after].tokens.lowerBound
            // Other titles may stand between (`станет глава партии «Путь Грузии» Саломе Зурабишвили`).
            let others = context.mentions(inSentence: sentence).filter { m[$0].type != .person }
            let words = gap.filter { t in !others.contains { m[$0].tokens.contains(t) } }
            guard gap.count <= 2 * Self.maxCopulaGap, words.contains(where: { Self.officeVerbs.contains(context.folded($0)) }),
                !gap.contains(where: { tokens[$0].kind == .punctuation || tokens[$0].kind == .dash })
            else { return nil }
            return after
        }
        return nil
    }
}
