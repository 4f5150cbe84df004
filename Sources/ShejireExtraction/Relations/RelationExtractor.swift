import ShejireCore
import ShejireGazetteer

/// Runs the relation rules over a document's linked mentions and removes duplicates.
///
/// Two relations are duplicates when subject, predicate, object, qualifiers and evidence
/// sentence agree; the higher confidence is kept. Self-relations (an entity with itself) and
/// relations touching dates or positions as nodes are dropped: dates and titles travel as
/// qualifiers.
public struct RelationExtractor: Sendable {
    public let rules: [any RelationRule]

    public init(rules: [any RelationRule]) {
        self.rules = rules
    }

    /// The standard rule set, in the order they run.
    public static func standard(gazetteer: Gazetteer) -> RelationExtractor {
        RelationExtractor(rules: [
            PositionRelationRule(gazetteer: gazetteer),
            MembershipRelationRule(),
            EventRelationRule(),
            LocationRelationRule(gazetteer: gazetteer),
            CoOccurrenceRule(),
        ])
    }

    /// - Complexity: O(m + s·k²) for m mentions and s sentences of at most k entities.
    public func relations(in context: RelationContext) -> [Relation] {
        var best: [RelationKey: Relation] = [:]
        var order: [RelationKey] = []
        for rule in rules {
            for relation in rule.relations(in: context) where relation.subject != relation.object {
                let key = RelationKey(relation)
                if let existing = best[key] {
                    if relation.confidence > existing.confidence { best[key] = relation }
                } else {
                    best[key] = relation
                    order.append(key)
                }
            }
        }
        return order.map { best[$0]! }.sorted {
            ($0.sentence.lowerBound, $0.predicate, $0.subject, $0.object) < ($1.sentence.lowerBound, $1.predicate, $1.subject, $1.object)
        }
    }

    struct RelationKey: Hashable {
        var subject: String
        var predicate: Predicate
        var object: String
        var qualifiers: [String: String]
        var sentence: Int

        init(_ relation: Relation) {
            subject = relation.subject
            predicate = relation.predicate
            object = relation.object
            qualifiers = relation.qualifiers
            sentence = relation.sentence.lowerBound
        }
    }
}
