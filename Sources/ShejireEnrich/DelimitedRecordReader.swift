import CSV
import ShejireCore

/// Reads CSV and TSV: `RecordSplitter` finds each record's bytes, CSV.swift parses its fields.
///
/// CSV.swift streams and handles quotes, escaped quotes, newlines in quoted fields, `\r\n` and
/// any one-character delimiter. Reading a whole file with it, however, a quoted field left open
/// silently takes in every following row, the first invalid UTF-8 byte ends the input (only
/// `CSVReader.error` tells), and text after a closing quote is dropped. So the splitter
/// delimits records first (reporting those cases per row) and only sound records reach CSV.swift.
final class DelimitedRecordReader: RecordReader {
    let format: RecordFormat
    private(set) var header: [String]?
    var hadBOM: Bool { splitter.hadBOM }
    private(set) var preamble: [UInt8] = []
    private(set) var lineTerminator: [UInt8] = [0x0A]
    var bytesConsumed: Int { splitter.bytesConsumed }

    private let splitter: RecordSplitter
    private let delimiter: UInt8
    private let path: String
    private var number = 0

    init(source: ByteSource, path: String, delimiter: UInt8?, maxRecordBytes: Int) throws {
        self.path = path
        var chosen = delimiter
        if chosen == nil {
            chosen = Self.detect(source)
        }
        self.delimiter = chosen!
        self.format = .delimited(delimiter: chosen!)
        self.splitter = RecordSplitter(source: source, delimiter: chosen!, maxRecordBytes: maxRecordBytes)
        try readHeader(explicitDelimiter: delimiter != nil)
        if let error = source.readError {
            throw ShejireError(code: "read-failed", "cannot read the input (errno \(error))", file: path)
        }
    }

    /// Detects the delimiter from the first line (after a BOM); Excel's `sep=X` line wins.
    private static func detect(_ source: ByteSource) -> UInt8 {
        var end = 0
        while true {
            if end >= source.count {
                if end > 1 << 20 || !source.fill() { break }
                continue
            }
            if source[end] == 0x0A || source[end] == 0x0D { break }
            end += 1
        }
        var line = source.bytes(0..<min(end, source.count))
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        if line.count == 5, line.starts(with: Array("sep=".utf8)) { return line[4] }
        return RecordFormat.detectDelimiter(headerLine: line)
    }

    private func readHeader(explicitDelimiter: Bool) throws {
        guard var record = splitter.next() else { return }
        if record.bytes.count == 5, record.bytes.starts(with: Array("sep=".utf8)) {
            preamble = record.bytes + record.terminator
            guard let next = splitter.next() else { return }
            record = next
        }
        if let problem = record.problem {
            throw ShejireError(code: "bad-header", "the header row cannot be read: \(problem)", file: path, line: record.line)
        }
        switch UTF8Check.decode(record.bytes) {
        case .failure(let bad):
            throw ShejireError(
                code: "not-utf8",
                "the header is not UTF-8 (byte \(bad.offset)); save the file as \"CSV UTF-8\" or convert it, e.g. iconv -f cp1251 -t utf-8",
                file: path, line: record.line)
        case .success(let text):
            header = parse(text)
        }
        if !record.terminator.isEmpty { lineTerminator = record.terminator }
    }

    func next() throws -> InputRecord? {
        while let record = splitter.next() {
            if record.bytes.isEmpty && record.problem == nil {
                // A blank line is not a row; it is written through.
                return InputRecord(number: number, line: record.line, content: .blank(raw: record.terminator))
            }
            number += 1
            if let problem = record.problem {
                return InputRecord(number: number, line: record.line, content: .unreadable(raw: nil, fields: literalFields(record.bytes), reason: problem))
            }
            switch UTF8Check.decode(record.bytes) {
            case .failure(let bad):
                let lossy = String(decoding: record.bytes, as: UTF8.self)
                return InputRecord(
                    number: number, line: record.line,
                    content: .unreadable(raw: record.bytes, fields: parse(lossy), reason: "invalid UTF-8 at byte \(bad.offset) of the row"))
            case .success(let text):
                return InputRecord(number: number, line: record.line, content: .fields(parse(text)))
            }
        }
        return nil
    }

    /// The fields of one sound record, parsed by CSV.swift.
    func parse(_ text: String) -> [String] {
        guard !text.isEmpty,
            let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: Unicode.Scalar(delimiter)),
            let row = reader.next()
        else { return [""] }
        return row
    }

    /// A broken record split at every delimiter, quotes kept as characters.
    func literalFields(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: delimiter, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
