/// One row of the input, as read.
public struct InputRecord: Sendable {
    public enum Content: Sendable {
        /// The fields of a delimited row, unescaped.
        case fields([String])
        /// A JSONL object: the line as it stands (without its line break) and the string value
        /// of each top-level field (numbers and booleans as written, nested values as JSON).
        case object(raw: String, values: [String: String])
        /// A blank line, written through as it is.
        case blank(raw: [UInt8])
        /// A row that cannot be read (invalid UTF-8, a broken quote, not a JSON object). It is
        /// written through with `reason` in `enrich_error`: the original bytes when `raw` is set,
        /// else `fields` (the row split at its delimiters literally).
        case unreadable(raw: [UInt8]?, fields: [String], reason: String)
    }

    /// 1-based among the rows after the header (blank lines not counted).
    public var number: Int
    /// The 1-based line of the input where the row starts.
    public var line: Int
    public var content: Content

    public init(number: Int, line: Int, content: Content) {
        self.number = number
        self.line = line
        self.content = content
    }
}
