import ShejireCore

extension Predicate {
    /// `label` (`holds position`) as a literal, so writers do not build a string per edge.
    var displayLabel: String {
        switch self {
        case .holdsPosition: "holds position"
        case .memberOf: "member of"
        case .partOf: "part of"
        case .locatedIn: "located in"
        case .heldIn: "held in"
        case .participatedIn: "participated in"
        case .organisedBy: "organised by"
        case .coOccursWith: "co occurs with"
        }
    }

    /// The Neo4j relationship type: the raw value in upper case (`HOLDS_POSITION`).
    var neo4jType: String {
        switch self {
        case .holdsPosition: "HOLDS_POSITION"
        case .memberOf: "MEMBER_OF"
        case .partOf: "PART_OF"
        case .locatedIn: "LOCATED_IN"
        case .heldIn: "HELD_IN"
        case .participatedIn: "PARTICIPATED_IN"
        case .organisedBy: "ORGANISED_BY"
        case .coOccursWith: "CO_OCCURS_WITH"
        }
    }

    /// A label for the edge read from its object's side (`position held by`, `has member`),
    /// used in EAC-CPF records of the object.
    public var inverseLabel: String {
        switch self {
        case .holdsPosition: "position held by"
        case .memberOf: "has member"
        case .partOf: "has part"
        case .locatedIn: "location of"
        case .heldIn: "venue of"
        case .participatedIn: "has participant"
        case .organisedBy: "organiser of"
        case .coOccursWith: "co occurs with"
        }
    }
}
