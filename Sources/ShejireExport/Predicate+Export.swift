import ShejireCore

extension Predicate {
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
