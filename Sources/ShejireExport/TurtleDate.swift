/// Writes a date qualifier as a Turtle literal, typed when it is a plain ISO 8601 year,
/// year-month or date (`"2023"^^xsd:gYear`, `"2025-10"^^xsd:gYearMonth`,
/// `"2025-10-27"^^xsd:date`) and a plain string otherwise (intervals, open ends).
enum TurtleDate {
    static func write(_ value: String, to sink: ByteSink) {
        sink.writeTurtleString(value)
        switch shape(value) {
        case "dddd": sink.write("^^xsd:gYear")
        case "dddd-dd": sink.write("^^xsd:gYearMonth")
        case "dddd-dd-dd": sink.write("^^xsd:date")
        default: break
        }
    }

    /// The value with every ASCII digit replaced by `d`, for short values.
    private static func shape(_ value: String) -> String {
        guard value.utf8.count <= 10 else { return "" }
        return String(value.map { $0.isASCII && $0.isNumber ? "d" : $0 })
    }
}
