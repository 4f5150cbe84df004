import Foundation
import ShejireCore

/// Reads a record's own date as catalogues write it.
public enum RecordDate {
    /// `YYYY-MM-DD` (also with a time after it, or `/` separators) and `DD.MM.YYYY`; nil otherwise.
    public static func parse(_ text: String) -> SimpleDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let head = String(trimmed.prefix(10)).replacingOccurrences(of: "/", with: "-")
        if let date = SimpleDate(iso: head) { return date }
        let parts = trimmed.split(separator: ".")
        if parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        {
            return SimpleDate(year: year, month: month, day: day)
        }
        return nil
    }
}
