import Foundation

/// What happened to one row.
public enum RowOutcome: Sendable {
    case enriched(RecordEnrichment)
    /// Written through unchanged, with the reason in `enrich_error`.
    case failed(String)
}

/// Writes records in the input's format with the added columns.
public protocol RecordWriter: AnyObject {
    /// Writes what comes before the rows: for CSV/TSV the byte order mark (when the input had
    /// one), Excel's `sep=` line, and the header with the added columns.
    func begin(reader: any RecordReader) throws
    /// Writes one row; `outcome` is nil for a blank line.
    func write(_ record: InputRecord, _ outcome: RowOutcome?) throws
}

/// Makes cells safe from formula injection: Excel and LibreOffice run a cell that starts with
/// `=`, `+`, `-`, `@` (and, after a tab or carriage return, those too) as a formula. Such a cell
/// is written with a leading `'`, which both show as text. Only cells Shejire adds are changed.
public enum FormulaGuard {
    public static func protect(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + cell
        default: return cell
        }
    }
}

/// Writes CSV or TSV with RFC 4180 quoting (a field is quoted when it holds the delimiter, a
/// quote or a line break), in the input's delimiter and line terminator, with its byte order mark.
public final class DelimitedRecordWriter: RecordWriter {
    private let output: OutputFile
    private let columns: [EnrichColumn]
    private let delimiter: UInt8
    private var terminator: [UInt8] = [0x0A]
    private var headerCount = 0
    private var line: [UInt8] = []

    public init(output: OutputFile, delimiter: UInt8, columns: [EnrichColumn]) {
        self.output = output
        self.delimiter = delimiter
        self.columns = columns
    }

    public func begin(reader: any RecordReader) throws {
        guard let header = reader.header else {
            // An empty input gives an empty output.
            if reader.hadBOM { try output.write([0xEF, 0xBB, 0xBF]) }
            try output.write(reader.preamble)
            return
        }
        terminator = reader.lineTerminator
        headerCount = header.count
        if reader.hadBOM { try output.write([0xEF, 0xBB, 0xBF]) }
        try output.write(reader.preamble)
        try writeRow(header + columns.map(\.rawValue) + [EnrichColumn.errorColumn])
    }

    public func write(_ record: InputRecord, _ outcome: RowOutcome?) throws {
        switch record.content {
        case .blank(let raw):
            try output.write(raw)
        case .fields(let fields):
            var row = fields
            if row.count < headerCount { row += Array(repeating: "", count: headerCount - row.count) }
            switch outcome {
            case .enriched(let enrichment):
                row += columns.map { FormulaGuard.protect(enrichment.cell($0)) }
                row.append("")
            case .failed(let reason):
                row += Array(repeating: "", count: columns.count)
                row.append(FormulaGuard.protect(reason))
            case nil:
                row += Array(repeating: "", count: columns.count + 1)
            }
            try writeRow(row)
        case .unreadable(let raw, let fields, let reason):
            let padding = max(0, headerCount - fields.count) + columns.count
            let error = FormulaGuard.protect(reason)
            if let raw {
                line.removeAll(keepingCapacity: true)
                line += raw
                for _ in 0..<padding { line.append(delimiter) }
                line.append(delimiter)
                appendField(error)
                line += terminator
                try output.write(line)
            } else {
                try writeRow(fields + Array(repeating: "", count: padding) + [error])
            }
        case .object:
            try writeRow([])
        }
    }

    private func writeRow(_ fields: [String]) throws {
        line.removeAll(keepingCapacity: true)
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(delimiter) }
            appendField(field)
        }
        line += terminator
        try output.write(line)
    }

    private func appendField(_ field: String) {
        let needsQuotes = field.utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !needsQuotes {
            line += field.utf8
            return
        }
        line.append(0x22)
        for byte in field.utf8 {
            if byte == 0x22 { line.append(0x22) }
            line.append(byte)
        }
        line.append(0x22)
    }
}

/// Writes JSON lines: each input object as it was written, with the added fields inserted
/// before its closing brace. A row that failed gets only `enrich_error`; a line that was not a
/// JSON object is written as `{"enrich_error": ..., "enrich_line": the line}`.
public final class JSONLRecordWriter: RecordWriter {
    private let output: OutputFile
    private let columns: [EnrichColumn]

    public init(output: OutputFile, columns: [EnrichColumn]) {
        self.output = output
        self.columns = columns
    }

    public func begin(reader: any RecordReader) throws {}

    public func write(_ record: InputRecord, _ outcome: RowOutcome?) throws {
        switch record.content {
        case .blank(let raw):
            try output.write(raw)
        case .object(let raw, _):
            var pairs: [(String, String)] = []
            switch outcome {
            case .enriched(let enrichment): pairs = columns.map { ($0.rawValue, enrichment.json($0)) }
            case .failed(let reason): pairs = [(EnrichColumn.errorColumn, JSONText.quote(reason))]
            case nil: break
            }
            try output.write(Self.inserting(pairs, into: raw) + "\n")
        case .unreadable(let raw, let fields, let reason):
            let text = raw.map { String(decoding: $0, as: UTF8.self) } ?? fields.joined(separator: ",")
            var pairs = [(EnrichColumn.errorColumn, JSONText.quote(reason)), ("enrich_line", JSONText.quote(text))]
            if let raw, String(validating: raw, as: UTF8.self) == nil {
                pairs.append(("enrich_line_base64", JSONText.quote(Data(raw).base64EncodedString())))
            }
            try output.write(JSONText.object(pairs) + "\n")
        case .fields(let fields):
            try output.write(JSONText.object([("enrich_line", JSONText.quote(fields.joined(separator: ",")))]) + "\n")
        }
    }

    /// `raw` (a JSON object's text) with the pairs added before its closing brace.
    static func inserting(_ pairs: [(String, String)], into raw: String) -> String {
        guard !pairs.isEmpty, raw.hasSuffix("}") else { return raw }
        var head = String(raw.dropLast())
        while head.last?.isWhitespace == true { head.removeLast() }
        let added = pairs.map { JSONText.quote($0.0) + ":" + $0.1 }.joined(separator: ",")
        return head + (head.hasSuffix("{") ? "" : ",") + added + "}"
    }
}
