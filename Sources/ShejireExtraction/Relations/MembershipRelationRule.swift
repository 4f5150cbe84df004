import ShejireCore

/// `member_of` and `part_of` between organisations (and people, for membership).
///
/// `member_of`, with `since`/`until` from an interval date in the same clause:
/// - Kazakh: `ҚР Президентінің Архиві 2023 жылдан бастап Халықаралық архивтер кеңесінің (ICA)
///   мүшесі` (the organisation in the genitive before `мүшесі`/`мүшелігіне`; the member is the
///   first organisation or person of the clause).
/// - Russian: `Архив ... является членом Международного совета архивов`, `вступил в ...`.
/// - English: `The Archive has been a member of the International Council on Archives since 2023`.
///
/// `part_of`: an organisation whose head noun names a unit (group, committee, department,
/// section, branch, commission) next to the organisation it belongs to: Kazakh
/// `Халықаралық архивтер кеңесінің ... сарапшылар тобы` (genitive owner first), Russian
/// `Комитет ... Министерства культуры` and English `Expert Group ... of the International
/// Council on Archives` (owner after).
public struct MembershipRelationRule: RelationRule {
    public init() {}

    static let memberWords = ["мүше", "член", "member", "вступил", "вступила", "вступило", "joined"]
    static let unitHeads = [
        "топ", "тоб", "комитет", "департамент", "бөлім", "басқарма", "филиал", "комисси", "секци", "кафедр",
        "отдел", "управлени", "групп", "подкомитет", "committee", "department", "group", "section", "branch",
        "division", "commission", "office", "subcommittee", "working group",
    ]

    public func relations(in context: RelationContext) -> [Relation] {
        var found: [Relation] = []
        for sentence in context.sentences {
            found += membership(context, sentence)
            found += partOf(context, sentence)
        }
        return found
    }

    func membership(_ context: RelationContext, _ sentence: Int) -> [Relation] {
        guard let tokens = context.sentenceTokens[sentence],
            let word = context.firstToken(in: tokens, startingWith: Self.memberWords)
        else { return [] }
        let m = context.mentions
        let agents = context.mentions(inSentence: sentence, types: [.organisation, .person])
        let kazakhOrder = context.folded(word).hasPrefix("мүше")
        // The group: Kazakh, the last organisation before the word; otherwise the first after it.
        let group: Int?
        if kazakhOrder {
            group = agents.last { m[$0].type == .organisation && m[$0].tokens.upperBound <= word }
        } else {
            group = agents.first { m[$0].type == .organisation && m[$0].tokens.lowerBound > word }
        }
        guard let group else { return [] }
        // The member: the first agent of the clause that is not the group (nor in its genitive).
        guard let member = agents.first(where: { m[$0].entity != m[group].entity && m[$0].tokens.upperBound <= min(word, m[group].tokens.lowerBound) && !context.isKazakhGenitive($0) })
        else { return [] }
        var qualifiers: [String: String] = [:]
        for date in context.mentions(inSentence: sentence, types: [.date]) {
            let period = RelationContext.period(fromDateValue: m[date].value)
            if !period.isEmpty { qualifiers = period; break }
            if context.folded(m[date].tokens.lowerBound - 1) == "since", let value = m[date].value { qualifiers["since"] = value; break }
        }
        return [context.relation(member, .memberOf, group, qualifiers: qualifiers, confidence: 0.8, rule: "relation:member-of")]
    }

    func isUnit(_ context: RelationContext, _ mention: Int) -> Bool {
        let range = context.mentions[mention].tokens
        return range.contains { index in
            let word = context.folded(index)
            return Self.unitHeads.contains { word.hasPrefix($0) }
        }
    }

    func partOf(_ context: RelationContext, _ sentence: Int) -> [Relation] {
        let m = context.mentions
        let orgs = context.mentions(inSentence: sentence, types: [.organisation])
        var found: [Relation] = []
        for (a, b) in zip(orgs, orgs.dropFirst()) where m[a].entity != m[b].entity {
            let gap = context.gap(a, b).map { context.folded($0) }
            if gap.isEmpty, context.isKazakhGenitive(a), isUnit(context, b) {
                found.append(context.relation(b, .partOf, a, confidence: 0.75, rule: "relation:part-of"))
            } else if (gap.isEmpty && !context.isKazakhGenitive(a)) || gap == ["of", "the"] || gap == ["of"], isUnit(context, a) {
                found.append(context.relation(a, .partOf, b, confidence: 0.7, rule: "relation:part-of"))
            }
        }
        return found
    }
}
