import ShejireCore

/// `holds_position`: a person holds a position (the `title` qualifier) in an organisation.
///
/// Patterns, around a position mention P (see docs/relations.md):
/// - Kazakh, organisation in the genitive before P, person after: `ҚР Президенті архивінің
///   директоры Әлия Мұстафина`.
/// - Russian and English, organisation after P: `директор Архива Президента РК Алия
///   Мустафина`, `Director of the Presidential Archive Aliya Mustafina`.
/// - Apposition, person first: `Әлия Мұстафина, ҚР Президенті архивінің директоры`,
///   `Алия Мустафина, директор Архива Президента РК`, `Aliya Mustafina, director of ...`.
/// The object may also be a place when the position belongs to it (`Алматы қаласының әкімі`).
/// `since`/`until` come from an interval date in the same sentence (`2020 жылдан бастап`).
public struct PositionRelationRule: RelationRule {
    public init() {}

    static let connectors: Set<String> = ["of", "the", "at", "in", "of the"]
    static let maxAppositionGap = 3

    public func relations(in context: RelationContext) -> [Relation] {
        var found: [Relation] = []
        let candidates = context.mentions
        for sentence in context.sentences {
            let indices = context.mentions(inSentence: sentence)
            for (k, p) in indices.enumerated() where candidates[p].type == .position {
                guard let (holder, organisation) = match(context, indices, k) else { continue }
                var qualifiers = ["title": candidates[p].name]
                let dates = context.mentions(inSentence: sentence, types: [.date])
                for date in dates {
                    let period = RelationContext.period(fromDateValue: candidates[date].value)
                    if !period.isEmpty { qualifiers.merge(period) { a, _ in a }; break }
                }
                found.append(
                    context.relation(
                        holder, .holdsPosition, organisation, qualifiers: qualifiers, confidence: 0.85,
                        rule: "relation:holds-position", anchor: p))
            }
        }
        return found
    }

    /// Finds (person, organisation) around the position at `indices[k]`.
    func match(_ context: RelationContext, _ indices: [Int], _ k: Int) -> (Int, Int)? {
        let m = context.mentions
        let p = indices[k]
        func isOwner(_ i: Int) -> Bool { m[i].type == .organisation || m[i].type == .place }
        func adjacent(_ a: Int, _ b: Int, allowing words: Set<String> = []) -> Bool {
            let gap = context.gap(a, b)
            return gap.allSatisfy { words.contains(context.folded($0)) }
        }
        // Owner right before P (Kazakh genitive) or right after it (Russian genitive, English "of the").
        var owner: Int?
        var ownerAfter = false
        if k > 0, isOwner(indices[k - 1]), adjacent(indices[k - 1], p) {
            owner = indices[k - 1]
        } else if k + 1 < indices.count, isOwner(indices[k + 1]), adjacent(p, indices[k + 1], allowing: Self.connectors) {
            owner = indices[k + 1]
            ownerAfter = true
        }
        guard let owner else { return nil }
        // Person right after the phrase (`директоры Әлия Мұстафина`, `директор Архива ... Алия Мустафина`).
        let last = ownerAfter ? owner : p
        if let next = indices.first(where: { m[$0].tokens.lowerBound >= m[last].tokens.upperBound }),
            m[next].type == .person, adjacent(last, next, allowing: [",", "—", "-"])
        {
            return (next, owner)
        }
        // Apposition: `Әлия Мұстафина, ... директоры` / `Алия Мустафина, директор ...`.
        let first = ownerAfter ? p : owner
        if let previous = indices.last(where: { m[$0].tokens.upperBound <= m[first].tokens.lowerBound }),
            m[previous].type == .person
        {
            let gap = context.gap(previous, first)
            if let comma = gap.first, context.folded(comma) == ",", gap.count <= Self.maxAppositionGap {
                return (previous, owner)
            }
        }
        return nil
    }
}
