import ShejireCore
import ShejireGazetteer
import ShejireText

/// `holds_position`: a person holds a position (the `title` qualifier) in an organisation or a
/// place (a country, a city, a region: the owner of the office).
///
/// Patterns, around a position mention P (see docs/relations.md):
/// - Kazakh, owner in the genitive before P, person after: `ҚР Президенті архивінің
///   директоры Әлия Мұстафина`, `Алматы қаласының әкімі ...`.
/// - Russian and English, owner after P, person after the owner: `директор Архива Президента
///   РК Алия Мустафина`, `мэр Москвы Юрий Лужков`, `Director of the Presidential Archive Aliya
///   Mustafina`. Between P and the owner there may be lower-case genitive dependents and further
///   titles (`министр ⟦торговли⟧ Китая`, `заместитель ⟦министра иностранных дел⟧ Грузии`,
///   `заместитель ⟦председателя⟧ правительства`); between the owner and the person, further
///   owners, titles and the prepositions `в`, `при`, `по`, `от` (`посол Японии ⟦в России⟧
///   Масахару Коно`), or a comma before another title of the same person (`депутат
///   муниципального собрания, сопредседатель ... Михаил Вельмакин`).
/// - Apposition, person first: `Әлия Мұстафина, ҚР Президенті архивінің директоры`,
///   `Юрий Лужков, мэр Москвы`, `Aliya Mustafina, director of ...`.
/// - A title without an owner next to it (`президент Виктор Янукович`) takes the owner that the
///   same title has elsewhere in the document (`президент Украины`), when that is one owner.
///
/// `since`/`until` come from an interval date in the same sentence (`2020 жылдан бастап`).
/// Holders and owners that no entity rule found are proposed by `PositionPhraseRule`.
public struct PositionRelationRule: RelationRule {
    /// The gazetteer, which says which places are countries (`Country.isCountry`); without it,
    /// only the list of countries does.
    public let gazetteer: Gazetteer?

    public init(gazetteer: Gazetteer? = nil) {
        self.gazetteer = gazetteer
    }

    func isCountry(_ mention: Candidate) -> Bool { Country.isCountry(mention, in: gazetteer) }

    static let connectors: Set<String> = ["of", "the", "at", "in", "of the", "for", "to"]
    static let maxAppositionGap = 3
    /// How many tokens the walk from a title to its owner and holder may cross.
    static let maxWalk = 16

    /// A matched phrase: the holder, the owner (nil when none is named next to the title) and the title mention.
    struct Match {
        var holder: Int
        var owner: Int?
        var title: Int
        /// The holder is named elsewhere in the document (`PositionRelationRule+Coreference`).
        var coreferent = false
    }

    public func relations(in context: RelationContext) -> [Relation] {
        let candidates = context.mentions
        var matches: [(Match, Int)] = []
        // Titles with an owner and no holder next to them (`Премьер-министр Израиля заявил`).
        var orphans: [(title: Int, owner: Int, sentence: Int)] = []
        for sentence in context.sentences {
            let indices = context.mentions(inSentence: sentence)
            for (k, p) in indices.enumerated() where candidates[p].type == .position && !Self.notOffices.contains(candidates[p].entity) {
                // A title right after another is part of it (`заместитель ⟦председателя⟧`, `полпред ⟦президента⟧`).
                if isChained(context, indices, k) { continue }
                let found = self.matches(context, indices, k)
                for match in found { matches.append((match, sentence)) }
                if found.isEmpty, let owner = ownerWithoutHolder(context, indices, k) {
                    orphans.append((p, owner, sentence))
                }
            }
        }
        let named = matches.map(\.0)
        for orphan in orphans {
            guard let holder = holderElsewhere(context, title: orphan.title, owner: orphan.owner, matches: named) else { continue }
            var match = Match(holder: holder, owner: orphan.owner, title: orphan.title)
            match.coreferent = true
            matches.append((match, orphan.sentence))
        }
        // The owners each title has where one is named, for the titles named without one.
        var owners: [String: Set<String>] = [:]
        var ownerMention: [String: Int] = [:]
        // Who holds each title of each owner, per sentence (`title owner sentence` → holders).
        var holders: [String: Set<String>] = [:]
        for (match, sentence) in matches {
            guard let owner = match.owner else { continue }
            owners[candidates[match.title].entity, default: []].insert(candidates[owner].entity)
            holders["\(candidates[match.title].entity) \(candidates[owner].entity) \(sentence)", default: []].insert(
                candidates[match.holder].entity)
            if ownerMention[candidates[match.title].entity] == nil { ownerMention[candidates[match.title].entity] = owner }
        }
        var found: [Relation] = []
        for (match, sentence) in matches {
            var owner = match.owner.map { namedOwner(context, $0) }
            var confidence = match.coreferent ? 0.6 : 0.85
            if owner == nil {
                let title = candidates[match.title].entity
                if let reflexive = reflexiveOwner(context, title: match.title) {
                    owner = reflexive
                } else if let same = sameHolderOwner(context, match, named) {
                    owner = namedOwner(context, same)
                } else if let generic = genericOwner(context, title: match.title) {
                    owner = namedOwner(context, generic)
                } else if let head = kazakhHeadOwner(context, title: match.title) {
                    // `Архив директоры`: the document's archive, or no one's.
                    guard let named = head else { continue }
                    owner = named
                } else if let locative = locativeOwner(context, title: match.title) {
                    owner = locative
                } else if owners[title]?.count == 1, let elsewhere = ownerMention[title],
                    // An office one person holds at a time that the same sentence or one near it
                    // gives someone else is not this holder's (`President Tokayev met European
                    // Council President Charles Michel`; `Charles Michel ... arrived. President
                    // Tokayev met him`; session 13). Farther away it may be a former holder.
                    !Self.soleTitles.contains(title)
                        || ((sentence - Self.maxHolderDistance)...(sentence + Self.maxHolderDistance)).allSatisfy({ near in
                            holders["\(title) \(candidates[elsewhere].entity) \(near)", default: []]
                                .subtracting([candidates[match.holder].entity]).isEmpty
                        })
                {
                    owner = namedOwner(context, elsewhere)
                } else if owners[title] == nil, let country = documentCountry(context, title: match.title) {
                    owner = country
                } else if let country = sentenceCountry(context, title: match.title) {
                    owner = country
                } else if let country = remainingCountry(context, match, named) {
                    owner = country
                } else if let country = recentCountry(context, title: match.title) {
                    owner = country
                } else {
                    continue
                }
                confidence = 0.6
            }
            guard let owner, candidates[owner].entity != candidates[match.holder].entity else { continue }
            var qualifiers = ["title": candidates[match.title].name]
            qualifiers.merge(context.period(inSentence: sentence)) { a, _ in a }
            found.append(
                context.relation(
                    match.holder, .holdsPosition, owner, qualifiers: qualifiers, confidence: confidence,
                    rule: match.coreferent
                        ? "relation:holds-position-coreference"
                        : match.owner == nil ? "relation:holds-position-title-owner" : "relation:holds-position",
                    anchor: match.title))
        }
        return found + headVerbRelations(in: context)
    }

    /// Whether the title at `indices[k]` follows another title with only lower-case genitive words between.
    func isChained(_ context: RelationContext, _ indices: [Int], _ k: Int) -> Bool {
        guard k > 0, context.mentions[indices[k - 1]].type == .position else { return false }
        return context.gap(indices[k - 1], indices[k]).allSatisfy { t in
            let token = context.analyzed.tokens[t]
            return token.isWord && !token.isCapitalized && PositionPhraseRule.isGenitiveDependent(token.folded)
        }
    }

    /// Titles of someone's aide or deputy, which take the person they serve in the genitive
    /// (`помощник президента`, `советник Путина по экономике`).
    static let aideTitles: Set<String> = [
        "position:assistant", "position:adviser", "position:deputy", "position:press-secretary", "position:representative",
        "position:spokesperson",
    ]

    /// Titles that name no office held: founding is an act, not a position (`основатель MySQL`).
    static let notOffices: Set<String> = ["position:founder"]

    /// Professions rather than offices: a geographic adjective before one names the holder's
    /// nationality, not an owner (`немецкий режиссёр`, `российский журналист`).
    static let professions: Set<String> = [
        "position:journalist", "position:photographer", "position:historian", "position:writer", "position:poet",
        "position:economist", "position:doctor", "position:teacher", "position:scientist", "position:researcher",
        "position:expert", "position:athlete", "position:astronaut", "position:choreographer", "position:archivist",
        "position:coach", "position:soloist", "position:camera-operator", "position:correspondent", "position:goalkeeper",
        "position:forward", "position:defender", "position:midfielder",
    ]

    /// Link words of the walk: prepositions between owners (`посол Японии в России`).
    static let linkWords: Set<String> = ["в", "во", "при", "по", "от", "на"]
    /// Lower-case honorifics and religious ranks that may stand before a name.
    static let honorifics: Set<String> = [
        "шейх", "господин", "госпожа", "г-н", "г-жа", "мистер", "миссис", "сэр", "доктор", "профессор", "протоиерей",
        "митрополит", "архиепископ", "епископ", "муфтий", "раввин", "имам", "мулла", "генерал", "полковник",
    ]

    /// Kazakh nouns of a place in the genitive, which a listed place's mention leaves out.
    static let kazakhPlaceNounsInGenitive: Set<String> = [
        "қаласының", "облысының", "ауданының", "ауылының", "кентінің", "округінің", "елінің",
    ]

    func isOwner(_ context: RelationContext, _ i: Int) -> Bool {
        context.mentions[i].type == .organisation || context.mentions[i].type == .place
    }

    /// The (holder, owner) pairs the title at `indices[k]` takes part in.
    func matches(_ context: RelationContext, _ indices: [Int], _ k: Int) -> [Match] {
        let m = context.mentions
        let p = indices[k]
        func adjacent(_ a: Int, _ b: Int, allowing words: Set<String> = []) -> Bool {
            context.gap(a, b).allSatisfy { words.contains(context.folded($0)) }
        }
        if let j = ownerRightBefore(context, indices, k) {
            let owner = indices[j]
            if k + 1 < indices.count, m[indices[k + 1]].type == .person, adjacent(p, indices[k + 1], allowing: [",", "—", "-"]) {
                return [Match(holder: indices[k + 1], owner: owner, title: p)]
            }
            if let holder = appositionHolder(context, indices, j) { return [Match(holder: holder, owner: owner, title: p)] }
            return []
        }
        // Russian and English: walk right from P to the owner and the person. A Russian plural
        // title names no one person (the Kazakh possessive `директоры` above is no plural).
        if context.analyzed.document.language != "kk", isPluralTitle(context, p) {
            return coordinatedMatches(context, indices, k)
        }
        // A geographic adjective right before the title names the owner (`⟦российский⟧ посол в
        // Японии`: Russia, not Japan).
        let adjective =
            k > 0 && m[indices[k - 1]].attributes["adjective"] != nil && adjacent(indices[k - 1], p)
                && !Self.professions.contains(m[p].entity) ? indices[k - 1] : nil
        let (walked, holder) = walk(context, indices, k)
        // Kazakh: a title before an owner and another title is not the holder's (`Президент
        // Ұлттық банк төрағасы Тимур Сүлейменовті қабылдады`: the later title is).
        if context.analyzed.document.language == "kk", let walked, let holder,
            indices.contains(where: { $0 != p && m[$0].type == .position && m[$0].tokens.lowerBound >= m[walked].tokens.upperBound
                && m[$0].tokens.upperBound <= m[holder].tokens.lowerBound })
        {
            return []
        }
        let owner = adjective ?? walked
        // `первый бразильский ⟦космонавт⟧ Маркос Понтес`: a nationality, and no owner named; the
        // owner of another statement would be a guess.
        let before = m[p].tokens.lowerBound - 1
        if walked == nil, Self.professions.contains(m[p].entity), before >= 0, context.analyzed.tokens[before].isWord,
            PlaceAdjective.placeID(context.folded(before)) != nil
        {
            return []
        }
        if let holder {
            // `Помощник Хиллари Клинтон по европейским делам`: a person right after a title of
            // someone's aide, with `по` after the name, is whose aide it is (the genitive), not the holder.
            if owner == nil, Self.aideTitles.contains(m[p].entity), context.gap(p, holder).isEmpty,
                context.folded(m[holder].tokens.upperBound) == "по"
            {
                return []
            }
            return [Match(holder: holder, owner: owner, title: p)]
        }
        // Apposition: `Юрий Лужков, мэр Москвы`, `Иван Петров, российский посол`; only with an owner.
        if let owner, let holder = appositionHolder(context, indices, adjective == nil ? k : k - 1) {
            return [Match(holder: holder, owner: owner, title: p)]
        }
        return []
    }

    /// The position in `indices` of the owner right before the title at `indices[k]`, in the
    /// Kazakh way or the English one, or nil.
    ///
    /// - Kazakh: the owner in the genitive right before the title (`... архивінің директоры`);
    ///   English: `US President Barack Obama`.
    /// - Kazakh also puts the owner in the bare nominative before a title with the possessive,
    ///   one compound (`Мәжіліс төрағасы Ерлан Қошанов`, `Украина Президенті Владимир Зеленский`).
    /// - A listed place's mention leaves its noun out (`⟦Ақтау⟧ қаласының әкімі`): the noun in
    ///   the genitive is the owner's case.
    /// - A place in the attributive locative says where the office is (`⟦Қазақстанның⟧
    ///   Ресейдегі елшісі`): the genitive before it is the owner.
    func ownerRightBefore(_ context: RelationContext, _ indices: [Int], _ k: Int) -> Int? {
        guard k > 0 else { return nil }
        let m = context.mentions
        let p = indices[k]
        let before = indices[k - 1]
        guard isOwner(context, before) else { return nil }
        let gap = context.gap(before, p)
        if gap.isEmpty, context.isKazakhGenitive(before) || isLatin(context, p) || isKazakhCompound(context, before, p) {
            return k - 1
        }
        guard context.analyzed.document.language == "kk", m[before].type == .place else { return nil }
        if gap.count == 1, gap.allSatisfy({ Self.kazakhPlaceNounsInGenitive.contains(context.folded($0)) }) { return k - 1 }
        if gap.isEmpty, k > 1, context.isKazakhLocativeAttributive(before),
            isOwner(context, indices[k - 2]), context.gap(indices[k - 2], before).isEmpty, context.isKazakhGenitive(indices[k - 2])
        {
            return k - 2
        }
        return nil
    }

    /// Kazakh: an owner in the bare nominative right before a singular title with the
    /// possessive (`Мәжіліс төрағасы`, `Қазақстан Президенті`), in a Kazakh document.
    func isKazakhCompound(_ context: RelationContext, _ owner: Int, _ title: Int) -> Bool {
        guard context.analyzed.document.language == "kk" else { return false }
        let ownerWord = context.lastWord(of: owner)
        let titleWord = context.lastWord(of: title)
        // The owner as the gazetteer or the rule names it is in the nominative too.
        let asNamed = context.mentions[owner].base.split(separator: " ").last.map { TextFolding.fold($0) == ownerWord } ?? false
        return (asNamed || PositionRule.isBareNominative(ownerWord)) && !HeadNounPhrase.locativeEndings.contains(where: ownerWord.hasSuffix)
            && PositionRule.hasPossessive(titleWord) && !PositionRule.isPlural(titleWord)
    }

    /// From the title at `indices[k]`, the first owner and the person the phrase names.
    ///
    /// Crosses lower-case genitive dependents, link words, further titles, owners and quotes;
    /// a comma only when a title follows it. Stops at anything else.
    func walk(_ context: RelationContext, _ indices: [Int], _ k: Int) -> (owner: Int?, holder: Int?) {
        let m = context.mentions
        let tokens = context.analyzed.tokens
        let p = indices[k]
        var owner: Int?
        var next = k + 1
        var t = m[p].tokens.upperBound
        let sentence = tokens[t - 1].sentence
        var steps = 0
        var afterPreposition = false
        // Inside a prepositional phrase after an owner (`полпред президента РФ ⟦в Северо-Кавказском
        // федеральном округе⟧ Александр Хлопонин`): its words, capitalised adjectives included, are crossed.
        var inPrepositionalPhrase = false
        // Whether the walk crossed `и` to a second title (`управляющий директор ⟦и⟧ совладелец`).
        var joinedTitle = false
        var titleAfterOwner = false
        let russian = context.analyzed.document.language != "kk" && PositionPhraseRule.isCyrillic(context.lastWord(of: p))
        while t < tokens.count, tokens[t].sentence == sentence, steps < Self.maxWalk {
            steps += 1
            let followsLink = afterPreposition
            afterPreposition = false
            if next < indices.count, m[indices[next]].tokens.lowerBound == t {
                let mention = indices[next]
                switch m[mention].type {
                case .person:
                    // `Президент и первая леди Мишель Обама`: two titles joined by `и` with no owner
                    // after them may be two people's.
                    if joinedTitle, owner == nil { return (owner, nil) }
                    return (owner, mention)
                case .place, .organisation:
                    if owner == nil { owner = mention }
                case .position:
                    // `в беседе с корреспондентом «Голоса Америки» лидер Движения ... Александр Белов`:
                    // a title after the owner in another case is another person's, not this one's.
                    // Only the first title after the owner; those after it may be its dependents
                    // (`помощник ⟦заместителя⟧ госсекретаря`).
                    if russian, owner != nil, !titleAfterOwner {
                        titleAfterOwner = true
                        if isNominative(context, mention) != isNominative(context, p) { return (owner, nil) }
                    }
                default:
                    return (owner, nil)
                }
                t = m[mention].tokens.upperBound
                next += 1
                continue
            }
            if next < indices.count, m[indices[next]].tokens.lowerBound < t {
                next += 1
                continue
            }
            let token = tokens[t]
            let folded = token.folded
            if token.kind == .quote || Self.connectors.contains(folded) || Self.linkWords.contains(folded) {
                afterPreposition = Self.linkWords.contains(folded)
                if afterPreposition, owner != nil { inPrepositionalPhrase = true }
                t += 1
                continue
            }
            if folded == "и", next < indices.count, m[indices[next]].type == .position {
                // Two titles of one person sharing the owner after the second: `управляющий
                // директор ⟦и⟧ совладелец агентства «Вектор»`, `председатель совета директоров и
                // основной акционер компании`; adjectives may stand before the second title.
                guard let lower = titleStart(after: t, title: indices[next], context) else { return (owner, nil) }
                t = lower
                joinedTitle = true
                continue
            }
            // `Президент ⟦и⟧ первая леди Мишель Обама`: `и` before a nominative adjective joins
            // another person's title (not a genitive dependent: `министр финансов и экономики`).
            if folded == "и", t + 1 < tokens.count, tokens[t + 1].isWord,
                // Not `-ий`: a genitive plural (`связи и коммуникаций`, `социальных коммуникаций и технологий`).
                ["ая", "яя", "ый", "ое"].contains(where: tokens[t + 1].folded.hasSuffix)
            {
                return (owner, nil)
            }
            if folded == ",", owner != nil, context.analyzed.document.language == "en", next < indices.count,
                m[indices[next]].type == .person, m[indices[next]].tokens.lowerBound == t + 1
            {
                // English: the holder set off by commas after the title and its owner (`The director
                // of the Archive, Aliya Mustafina, opened ...`): a comma, a full stop or the end after it.
                let end = m[indices[next]].tokens.upperBound
                if end >= tokens.count || tokens[end].sentence != sentence || [",", ".", ";"].contains(tokens[end].folded) {
                    return (owner, indices[next])
                }
                return (owner, nil)
            }
            if folded == "," {
                // Only after an owner and before another title of the same person, perhaps with
                // adjectives before it (`депутат муниципального собрания, сопредседатель ... Михаил
                // Вельмакин`, `лидер Меджлиса ..., народный депутат Украины Мустафа Джемилев`).
                guard owner != nil, next < indices.count, m[indices[next]].type == .position else { return (owner, nil) }
                guard let lower = titleStart(after: t, title: indices[next], context) else { return (owner, nil) }
                t = lower
                continue
            }
            // An acronym in parentheses after the owner: `лидер Национального фронта ⟦(FN)⟧ Марин Ле Пен`.
            if folded == "(", owner != nil, let close = parenthesisedName(after: t, context) {
                t = close + 1
                continue
            }
            // An adverb of degree before an adjective: `лидер французского ⟦крайне⟧ правого Национального фронта`.
            if token.isWord, PositionPhraseRule.degreeAdverbs.contains(folded), t + 1 < tokens.count,
                tokens[t + 1].sentence == sentence, PositionPhraseRule.isAdjective(tokens[t + 1].folded)
            {
                t += 1
                continue
            }
            // Honorifics between the owner and the name: `председатель Совета муфтиев России ⟦шейх⟧ Равиль Гайнутдин`.
            if token.isWord, !token.isCapitalized, Self.honorifics.contains(folded) {
                t += 1
                continue
            }
            if inPrepositionalPhrase, token.isWord, !token.isAllUpper {
                // Adjectives, then one noun that closes the phrase; never a verb.
                if PositionPhraseRule.isAdjective(folded) {
                    t += 1
                    continue
                }
                if !token.isCapitalized, !folded.hasSuffix("л"), !PositionPhraseRule.isVerb(folded)
                {
                    inPrepositionalPhrase = false
                    t += 1
                    continue
                }
            }
            if token.isWord, !token.isCapitalized, followsLink || PositionPhraseRule.isGenitiveDependent(folded) {
                t += 1
                continue
            }
            if token.isWord, !token.isCapitalized, PositionPhraseRule.isAdjective(folded) {
                t += 1
                continue
            }
            return (owner, nil)
        }
        return (owner, nil)
    }

    /// Whether a title is written in its base form (the nominative: `лидер`, not `корреспондентом`).
    func isNominative(_ context: RelationContext, _ mention: Int) -> Bool {
        guard let base = context.mentions[mention].base.split(separator: " ").last else { return true }
        return TextFolding.fold(base) == context.lastWord(of: mention)
    }

    /// The closing parenthesis of `( ACRONYM )` opened at token `open`: one or two words in
    /// capitals or Latin letters (`(FN)`, `(ФМС)`), else nil.
    func parenthesisedName(after open: Int, _ context: RelationContext) -> Int? {
        let tokens = context.analyzed.tokens
        var t = open + 1
        while t < tokens.count, t - open <= 3, tokens[t].sentence == tokens[open].sentence {
            if tokens[t].folded == ")" { return t > open + 1 ? t : nil }
            guard tokens[t].isWord, tokens[t].isAllUpper || tokens[t].folded.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
            t += 1
        }
        return nil
    }

    /// Where the title `title` starts if at most two adjectives stand between `t` (a comma or
    /// `и`) and it (`, ⟦народный⟧ депутат`, `и ⟦основной⟧ акционер`), else nil.
    func titleStart(after t: Int, title: Int, _ context: RelationContext) -> Int? {
        let tokens = context.analyzed.tokens
        let lower = context.mentions[title].tokens.lowerBound
        guard lower > t, lower - t <= 3,
            ((t + 1)..<lower).allSatisfy({ tokens[$0].isWord && PositionPhraseRule.isAdjective(tokens[$0].folded) })
        else { return nil }
        return lower
    }

    /// A plural title before coordinated owners and holders: `президенты России и Украины
    /// Дмитрий Медведев и Виктор Ющенко` (each owner to the holder in the same place),
    /// `депутаты Госдумы Иван Петров и Олег Ким` (one owner, each holder). The owners and the
    /// holders are joined by `и` or commas; lower-case genitive words may stand before the owners
    /// (`министры иностранных дел России и Франции`). Nothing when the counts do not pair up.
    func coordinatedMatches(_ context: RelationContext, _ indices: [Int], _ k: Int) -> [Match] {
        let m = context.mentions
        let tokens = context.analyzed.tokens
        let p = indices[k]
        var owners: [Int] = []
        var holders: [Int] = []
        var next = k + 1
        var t = m[p].tokens.upperBound
        let sentence = tokens[t - 1].sentence
        // Whether `и` or a comma came since the last owner or holder.
        var joined = false
        walk: while t < tokens.count, tokens[t].sentence == sentence, t - m[p].tokens.upperBound < Self.maxWalk {
            if next < indices.count, m[indices[next]].tokens.lowerBound == t {
                let mention = indices[next]
                if m[mention].type == .person, holders.isEmpty || joined {
                    holders.append(mention)
                } else if isOwner(context, mention), holders.isEmpty, owners.isEmpty || joined {
                    owners.append(mention)
                } else {
                    break walk
                }
                joined = false
                t = m[mention].tokens.upperBound
                next += 1
                continue
            }
            if next < indices.count, m[indices[next]].tokens.lowerBound < t {
                next += 1
                continue
            }
            let token = tokens[t]
            if token.folded == "и" || token.folded == "," {
                joined = true
                t += 1
                continue
            }
            if owners.isEmpty, holders.isEmpty, token.isWord, !token.isCapitalized,
                PositionPhraseRule.isGenitiveDependent(token.folded) || PositionPhraseRule.isAdjective(token.folded)
            {
                t += 1
                continue
            }
            break
        }
        guard holders.count >= 2, !owners.isEmpty else { return [] }
        if owners.count == 1 { return holders.map { Match(holder: $0, owner: owners[0], title: p) } }
        guard owners.count == holders.count else { return [] }
        return zip(holders, owners).map { Match(holder: $0, owner: $1, title: p) }
    }

    /// A person right before the mention at `indices[k]` and a comma or a dash: `Юрий Лужков,
    /// мэр ...`, `Валерий Тишков - директор ...`.
    func appositionHolder(_ context: RelationContext, _ indices: [Int], _ k: Int) -> Int? {
        guard k > 0 else { return nil }
        let m = context.mentions
        let previous = indices[k - 1]
        guard m[previous].type == .person else { return nil }
        let gap = context.gap(previous, indices[k])
        guard let first = gap.first, context.folded(first) == "," || context.analyzed.tokens[first].kind == .dash
        else { return nil }
        // Only words of the title phrase between: `, первый заместитель ...`, not another clause,
        // nor a conjunction (`Барак Обама, а также главы правительств`).
        for t in gap.dropFirst() where context.analyzed.tokens[t].isWord && context.analyzed.tokens[t].isCapitalized {
            return nil
        }
        if gap.dropFirst().contains(where: { Self.conjunctions.contains(context.folded($0)) }) { return nil }
        if gap.count <= Self.maxAppositionGap { return previous }
        // A second apposition between commas: `Александра Брода, известного борца с
        // ксенофобией, члена Общественной палаты`; lower-case words, no verb, no other comma.
        guard gap.count <= Self.maxDescriptionGap, context.folded(gap.upperBound - 1) == ",",
            gap.dropFirst().dropLast().allSatisfy({ t in
                let token = context.analyzed.tokens[t]
                return token.isWord && !PositionPhraseRule.isVerb(token.folded) && !Self.relativeWords.contains(token.folded)
            })
        else { return nil }
        return previous
    }

    /// Conjunctions that join another phrase rather than describe the person before them.
    static let conjunctions: Set<String> = ["а", "и", "также", "но", "или", "либо", "and", "or", "but"]

    /// A Russian plural title (`представители`), or `главы` before an owner in the genitive plural
    /// (`главы ⟦правительств⟧ и президенты 50 стран`, `главы государств`): heads of several.
    func isPluralTitle(_ context: RelationContext, _ p: Int) -> Bool {
        let word = context.lastWord(of: p)
        if PositionPhraseRule.isPlural(word) { return true }
        guard word == "главы" else { return false }
        let next = context.folded(context.mentions[p].tokens.upperBound)
        return next == "стран" || ["ств", "ов", "ев", "ний", "ций"].contains(where: next.hasSuffix)
    }

    /// The longest description between commas that an apposition may cross (`, известного борца с ксенофобией,`).
    static let maxDescriptionGap = 9
    /// Words that open a clause rather than a description.
    static let relativeWords: Set<String> = ["который", "которая", "которые", "которого", "которой", "что", "где", "когда", "и"]

    func isLatin(_ context: RelationContext, _ mention: Int) -> Bool {
        let word = context.folded(context.mentions[mention].tokens.lowerBound)
        return word.unicodeScalars.first.map { $0.isASCII } ?? false
    }
}
