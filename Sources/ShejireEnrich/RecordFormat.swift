/// How records are laid out in an input or output file.
public enum RecordFormat: Sendable, Hashable, CustomStringConvertible {
    /// Delimiter-separated values with a header row (RFC 4180 quoting): CSV with `,` or `;`,
    /// TSV with a tab. `delimiter` is one ASCII byte.
    case delimited(delimiter: UInt8)
    /// One JSON object per line.
    case jsonl

    public static let csv = RecordFormat.delimited(delimiter: UInt8(ascii: ","))
    public static let tsv = RecordFormat.delimited(delimiter: UInt8(ascii: "\t"))

    /// The format a file name suggests: `.tsv`/`.tab` TSV, `.jsonl`/`.ndjson`/`.json` JSONL,
    /// `.csv` CSV (delimiter still to be detected); nil when the name says nothing.
    public static func fromExtension(of path: String) -> RecordFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tsv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonl }
        if lower.hasSuffix(".csv") { return .csv }
        return nil
    }

    /// Parses a `--delimiter` value: one ASCII character, or `tab`, `\t`, `comma`, `semicolon`.
    public static func delimiter(named text: String) -> UInt8? {
        switch text.lowercased() {
        case "tab", "\\t", "\t": return UInt8(ascii: "\t")
        case "comma": return UInt8(ascii: ",")
        case "semicolon": return UInt8(ascii: ";")
        case "pipe": return UInt8(ascii: "|")
        default:
            let bytes = Array(text.utf8)
            guard bytes.count == 1, bytes[0] < 0x80, bytes[0] != UInt8(ascii: "\""), bytes[0] != 0x0A, bytes[0] != 0x0D
            else { return nil }
            return bytes[0]
        }
    }

    /// Picks `,`, `;` or tab for a header line: the one that occurs most often outside quotes;
    /// `,` when none occurs or on a tie.
    ///
    /// - Complexity: O(n) in the length of the line.
    public static func detectDelimiter(headerLine: some Collection<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in headerLine {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let comma = counts[UInt8(ascii: ",")]!
        let semicolon = counts[UInt8(ascii: ";")]!
        let tab = counts[UInt8(ascii: "\t")]!
        if tab > comma && tab > semicolon { return UInt8(ascii: "\t") }
        if semicolon > comma { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }

    public var description: String {
        switch self {
        case .jsonl: "jsonl"
        case .delimited(let d) where d == UInt8(ascii: "\t"): "tsv"
        case .delimited(let d): "csv (delimiter \(Character(Unicode.Scalar(d))))"
        }
    }
}
