import Foundation

/// Parameters of a query string or an `application/x-www-form-urlencoded` body.
///
/// `+` is a space and `%XX` a UTF-8 byte, as HTML forms and OpenRefine send them. A name may
/// repeat (`predicate=a&predicate=b`); list parameters also accept commas (`predicate=a,b`).
struct QueryParameters: Sendable {
    var pairs: [(String, String)] = []

    init(_ query: String?) {
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            pairs.append((name, value))
        }
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first non-empty value of `name`.
    subscript(_ name: String) -> String? {
        pairs.first { $0.0 == name && !$0.1.isEmpty }?.1
    }

    /// Every value of `name`, commas splitting values too.
    func list(_ name: String) -> [String] {
        pairs.filter { $0.0 == name }.flatMap { $0.1.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    /// An integer parameter within `range`, or `defaultValue` when absent.
    /// - Throws: `400` for a value that is not a number or out of range.
    func int(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = self[name] else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text.prefix(40))\"")
        }
        return value
    }

    /// A number parameter within `range`.
    func double(_ name: String, default defaultValue: Double, in range: ClosedRange<Double>) throws -> Double {
        guard let text = self[name] else { return defaultValue }
        guard let value = Double(text), range.contains(value) else {
            throw APIError.badRequest("\(name) must be a number from \(range.lowerBound) to \(range.upperBound), not \"\(text.prefix(40))\"")
        }
        return value
    }

    /// A true/false parameter (`1`, `true`, `yes` are true).
    func bool(_ name: String) -> Bool {
        guard let text = self[name]?.lowercased() else { return false }
        return ["1", "true", "yes", "on"].contains(text)
    }
}
