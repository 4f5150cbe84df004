import ShejireCore

/// `co_occurs_with`: every two different entities (people, organisations, places, events)
/// named in the same sentence.
///
/// A weaker, symmetric predicate: the subject is the smaller entity id, so the pair is stored
/// once, and the store counts the sentences as evidence. Users filter it out with
/// `--predicate` or by confidence.
public struct CoOccurrenceRule: RelationRule {
    public static let types: Set<EntityType> = [.person, .organisation, .place, .event]
    /// Sentences with more distinct entities than this are skipped (lists, tables).
    public var maxEntitiesPerSentence = 12

    public init() {}

    public func relations(in context: RelationContext) -> [Relation] {
        let m = context.mentions
        var found: [Relation] = []
        for sentence in context.sentences {
            var firstByEntity: [String: Int] = [:]
            for index in context.mentions(inSentence: sentence, types: Self.types) where firstByEntity[m[index].entity] == nil {
                firstByEntity[m[index].entity] = index
            }
            guard firstByEntity.count >= 2, firstByEntity.count <= maxEntitiesPerSentence else { continue }
            let ordered = firstByEntity.sorted { $0.key < $1.key }
            for i in ordered.indices {
                for j in ordered.indices where j > i {
                    found.append(context.relation(ordered[i].value, .coOccursWith, ordered[j].value, confidence: 0.3, rule: "relation:co-occurrence"))
                }
            }
        }
        return found
    }
}
