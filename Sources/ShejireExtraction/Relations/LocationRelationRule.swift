import ShejireCore
import ShejireGazetteer

/// `located_in`: an organisation or place in a place.
///
/// - Kazakh: a place in the locative-attributive right before an organisation
///   (`Алматыдағы әл-Фараби атындағы ҚазҰУ`), or in the genitive right before a place-type
///   organisation (`Алматы қаласының әкімдігі`).
/// - Russian and English: an organisation followed by `в`/`in` and a place (`университет в
///   Алматы`, `the archive in Astana`).
/// - A place followed by a place in parentheses or after a comma at the end of the phrase
///   (`Барселона (Испания)`, `Barcelona, Spain`).
/// - Gazetteer facts: a `located_in` relation stated in a gazetteer when both ends are
///   mentioned in the document; evidence is the first sentence naming the subject, rule
///   `gazetteer:located-in`.
public struct LocationRelationRule: RelationRule {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func relations(in context: RelationContext) -> [Relation] {
        let m = context.mentions
        var found: [Relation] = []
        for sentence in context.sentences {
            let indices = context.mentions(inSentence: sentence, types: [.organisation, .place])
            for (a, b) in zip(indices, indices.dropFirst()) where m[a].entity != m[b].entity {
                let gap = context.gap(a, b).map { context.folded($0) }
                if m[a].type == .place, gap.isEmpty, m[b].type == .organisation, context.isKazakhLocativeAttributive(a) {
                    found.append(context.relation(b, .locatedIn, a, confidence: 0.75, rule: "relation:located-in"))
                } else if m[b].type == .place, ["в", "во", "in"].contains(gap.first ?? ""), gap.count == 1,
                    !isCountry(m[a])  // A country is in no other place (`Посол Казахстана в Германии`).
                {
                    found.append(context.relation(a, .locatedIn, b, confidence: 0.65, rule: "relation:located-in"))
                } else if m[a].type == .place, m[b].type == .place, gap == ["("],
                    context.folded(m[b].tokens.upperBound) == ")"
                {
                    found.append(context.relation(a, .locatedIn, b, confidence: 0.8, rule: "relation:located-in"))
                }
            }
        }
        found += gazetteerFacts(context)
        return found
    }

    func isCountry(_ mention: Candidate) -> Bool { Country.isCountry(mention, in: gazetteer) }

    func gazetteerFacts(_ context: RelationContext) -> [Relation] {
        let m = context.mentions
        var firstMention: [String: Int] = [:]
        for (index, mention) in m.enumerated() where firstMention[mention.entity] == nil { firstMention[mention.entity] = index }
        var found: [Relation] = []
        for (entity, subject) in firstMention.sorted(by: { $0.key < $1.key }) {
            guard let entry = gazetteer[entity] else { continue }
            for fact in entry.relations where fact.predicate == Predicate.locatedIn.rawValue {
                guard let object = firstMention[fact.object] else { continue }
                found.append(context.relation(subject, .locatedIn, object, confidence: 0.9, rule: "gazetteer:located-in"))
            }
        }
        return found
    }
}
