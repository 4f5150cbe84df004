/// One false positive or false negative of the exact-match score, with its context.
public struct EvaluationError: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case falsePositive = "false-positive"
        case falseNegative = "false-negative"
    }

    /// Why it is an error, judged from what overlaps it on the other side.
    public enum Cause: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// A false negative that no prediction touches.
        case missed
        /// A false positive that touches no gold entity.
        case spurious
        /// The other side has the same type but other token boundaries.
        case boundary
        /// The other side has exactly these tokens but another type (or an unscored gold label).
        case type
        /// The other side overlaps, with another type and other boundaries.
        case overlap

        public static func < (a: Cause, b: Cause) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var kind: Kind
    public var cause: Cause
    /// The Shejire type (`person`, ...).
    public var type: String
    /// The gold label for a false negative (`PERSON`, `LocOrg`).
    public var label: String?
    /// The text of the span, as in the document.
    public var text: String
    /// What produced a false positive.
    public var source: String?
    public var document: String
    /// The sentence id (`IOB2_valid.txt:1234`, `book_100#3`).
    public var sentence: String
    /// Code point offsets into the document text, end-exclusive.
    public var start: Int
    public var end: Int
    /// The sentence with the span marked `⟦…⟧`, shortened around it.
    public var context: String
    /// What overlaps it on the other side: `predicted place "Астана"`, `gold FACILITY "Астана қаласы"`.
    public var detail: String?
}
