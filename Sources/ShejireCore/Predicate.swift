/// The fixed vocabulary of relation predicates.
///
/// Raw values are the strings used in JSON output, the store and every export format.
/// `docs/relations.md` documents each predicate with Kazakh, Russian and English patterns.
public enum Predicate: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// person -> organisation; qualifier `title`, optionally `since`/`until`.
    case holdsPosition = "holds_position"
    /// organisation or person -> organisation; optionally `since`/`until`.
    case memberOf = "member_of"
    /// organisation -> organisation (a group, committee or department of another).
    case partOf = "part_of"
    /// organisation or place -> place.
    case locatedIn = "located_in"
    /// event -> place; qualifier `date` when known.
    case heldIn = "held_in"
    /// person or organisation -> event; optionally `role`.
    case participatedIn = "participated_in"
    /// event -> organisation.
    case organisedBy = "organised_by"
    /// Any two entities named in the same sentence: a weaker, symmetric predicate with a count.
    case coOccursWith = "co_occurs_with"

    /// A short English label for display (`holds position`).
    public var label: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }

    /// Whether the relation has no direction (stored with subject < object).
    public var isSymmetric: Bool { self == .coOccursWith }

    public static func < (lhs: Predicate, rhs: Predicate) -> Bool { lhs.rawValue < rhs.rawValue }
}
