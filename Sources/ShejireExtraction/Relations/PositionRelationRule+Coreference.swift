import ShejireCore

/// In-document coreference for Russian `holds_position`: holders and owners that a title
/// phrase does not name next to the title, but the document names elsewhere.
///
/// - **A title and its owner with no holder** (`Премьер-министр Израиля заявил ...`, `мэра
///   Москвы лично`, `визит российского президента`): the holder is the person the same title
///   and owner have elsewhere in the document (`премьер-министр Израиля Беньямин Нетаньяху`);
///   failing that, after `пост`/`должность` the person the sentence opens with (`Владимир Путин
///   согласился занять пост премьер-министра РФ`); after a personal pronoun opening the clause
///   (`Он является депутатом парламента`), the last person named before the sentence; for a
///   place owner, the last person named in the sentence or the two before, unless the document
///   gives that person another title.
/// - **A geographic adjective as the owner** (`российский президент`): the relation's object is
///   the place's named mention elsewhere in the document (`России`), when there is one, since
///   the adjective is no name of the place.
/// - **A head-of-state title with no owner anywhere** (`премьер-министра Сильвио Берлускони`,
///   `Глава государства Дмитрий Медведев`): the one country the document names.
extension PositionRelationRule {
    /// Personal pronouns that refer back to a person named before (`он является ...`).
    static let personalPronouns: Set<String> = ["он", "она"]

    /// Nouns before a title that make it an office someone takes or leaves (`занять пост премьер-министра`).
    static let postNouns: Set<String> = ["пост", "поста", "посту", "постом", "должность", "должности", "должностью"]

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
            PositionPhraseRule.isCyrillic(context.lastWord(of: p)), !PositionPhraseRule.isPlural(context.lastWord(of: p))
        else { return nil }
        let adjective =
            k > 0 && m[indices[k - 1]].attributes["adjective"] != nil
                && context.gap(indices[k - 1], p).isEmpty ? indices[k - 1] : nil
        let (walked, holder) = walk(context, indices, k)
        guard holder == nil else { return nil }
        // `Президент и первая леди ...`: a coordinated person is someone else.
        let after = m[p].tokens.upperBound
        if context.folded(after) == "и" { return nil }
        return adjective ?? walked
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
        if let nearest = same.min(by: { abs($0.title - title) < abs($1.title - title) }) { return nearest.holder }
        let sentence = context.sentence(of: title)
        guard let range = context.sentenceTokens[sentence] else { return nil }
        // `Владимир Путин согласился занять пост премьер-министра РФ`: after `пост` or
        // `должность`, the holder is the first person of the sentence, before the title.
        if Self.postNouns.contains(context.folded(m[title].tokens.lowerBound - 1)),
            let subject = context.mentions(inSentence: sentence, types: [.person]).first,
            m[subject].tokens.upperBound <= m[title].tokens.lowerBound
        {
            return subject
        }
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
        let m = context.mentions
        guard Self.countryTitles.contains(m[title].entity) else { return nil }
        var first: [String: Int] = [:]
        for (index, mention) in m.enumerated()
        where mention.type == .place && mention.source.hasPrefix("gazetteer:countries") && first[mention.entity] == nil {
            first[mention.entity] = index
        }
        guard first.count == 1 else { return nil }
        return namedOwner(context, first.values.first!)
    }

    /// How many sentences back a holder named before an unnamed title may be.
    static let maxHolderDistance = 2

    /// `Николя Саркози ... Как было объявлено, президент Франции прибыл в Вашингтон`: for a
    /// title whose owner is a place, the last person named before it in the sentence or the
    /// two sentences before, unless the document gives that person another title.
    func recentHolder(_ context: RelationContext, title: Int, owner: Int, matches: [Match]) -> Int? {
        let m = context.mentions
        guard m[owner].type == .place else { return nil }
        let word = context.lastWord(of: title)
        // `президентские выборы`, `представителей`: an adjective or a plural names no one person.
        if NameContext.isRussianAdjective(word) || word.hasSuffix("ей") || word.hasSuffix("ов") { return nil }
        let sentence = context.sentence(of: title)
        var titled: [String: Set<String>] = [:]
        for match in matches { titled[m[match.holder].entity, default: []].insert(m[match.title].entity) }
        for i in stride(from: title - 1, through: 0, by: -1) where m[i].type == .person {
            if context.sentence(of: i) < sentence - Self.maxHolderDistance { return nil }
            // Someone the document gives another title is not this one's holder.
            if let other = titled[m[i].entity], !other.contains(m[title].entity) { return nil }
            return i
        }
        return nil
    }
}
