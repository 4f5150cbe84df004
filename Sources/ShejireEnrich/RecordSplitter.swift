/// Splits delimited input into records: a record ends at a line break outside quotes.
///
/// It follows the quoting of RFC 4180 and of CSV.swift and Python's `csv`: a `"` opens a quoted
/// field only at the start of a field; inside one, `""` is a quote and a `"` followed by the
/// delimiter or a line break closes it; elsewhere a `"` is an ordinary character. The splitter
/// finds record boundaries only; the fields of a sound record are parsed by CSV.swift
/// (`DelimitedRecordReader`).
///
/// Broken quoting is reported per record instead of swallowing the rest of the file:
/// - a quoted field still open at the end of the input, or still open after `maxRecordBytes`,
///   is a broken quote; the record is cut at its first line break and splitting starts again
///   on the next line, so the following rows survive;
/// - text after a closing quote (`"abc"x`) marks the record, which keeps its boundaries;
/// - a record longer than `maxRecordBytes` without quotes is cut there.
///
/// - Complexity: O(n) over the input; memory O(longest record + one chunk).
final class RecordSplitter {
    private let source: ByteSource
    private let delimiter: UInt8
    let maxRecordBytes: Int
    private var line = 1
    private var position = 0  // where the next record starts, in source
    private var startedBOM = false
    /// Whether the input began with a UTF-8 byte order mark (removed from the first record).
    private(set) var hadBOM = false

    init(source: ByteSource, delimiter: UInt8, maxRecordBytes: Int) {
        self.source = source
        self.delimiter = delimiter
        self.maxRecordBytes = max(1024, maxRecordBytes)
    }

    /// Bytes of the input consumed so far.
    var bytesConsumed: Int { source.discarded + position }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// The next record, or nil at the end of the input.
    func next() -> RawRecord? {
        skipBOMOnce()
        source.discard(upTo: position)
        position = 0
        var state = State.fieldStart
        var textAfterQuote = false
        var index = 0
        while true {
            if index >= source.count {
                if index > maxRecordBytes {
                    return cutLongRecord(length: index, quoted: state == .quoted)
                }
                if source.fill() { continue }
                // End of input.
                if index == 0 { return nil }
                if state == .quoted {
                    return cutBrokenQuote(length: index, reason: "broken quote: a quoted field is not closed before the end of the input")
                }
                return emit(length: index, terminatorLength: 0, problem: textAfterQuote ? Self.textAfterQuoteMessage : nil)
            }
            let byte = source[index]
            switch state {
            case .fieldStart:
                if byte == 0x22 { state = .quoted }
                else if byte == delimiter { state = .fieldStart }
                else if byte == 0x0A || byte == 0x0D { return finish(at: index, textAfterQuote: textAfterQuote) }
                else { state = .unquoted }
            case .unquoted:
                if byte == delimiter { state = .fieldStart }
                else if byte == 0x0A || byte == 0x0D { return finish(at: index, textAfterQuote: textAfterQuote) }
            case .quoted:
                if byte == 0x22 { state = .quoteInQuoted }
            case .quoteInQuoted:
                if byte == 0x22 { state = .quoted }
                else if byte == delimiter { state = .fieldStart }
                else if byte == 0x0A || byte == 0x0D { return finish(at: index, textAfterQuote: textAfterQuote) }
                else {
                    textAfterQuote = true
                    state = .unquoted
                }
            }
            index += 1
        }
    }

    static let textAfterQuoteMessage = "broken quote: text after a closing quote"

    private func skipBOMOnce() {
        guard !startedBOM else { return }
        startedBOM = true
        while source.count < 3 && source.fill() {}
        if source.count >= 3, source[0] == 0xEF, source[1] == 0xBB, source[2] == 0xBF {
            hadBOM = true
            source.discard(upTo: 3)
        }
    }

    /// Ends the record at the line break at `index` (`\n`, `\r\n` or `\r`).
    private func finish(at index: Int, textAfterQuote: Bool) -> RawRecord {
        var length = 1
        if source[index] == 0x0D {
            if index + 1 >= source.count { source.fill() }
            if index + 1 < source.count, source[index + 1] == 0x0A { length = 2 }
        }
        return emit(length: index, terminatorLength: length, problem: textAfterQuote ? Self.textAfterQuoteMessage : nil)
    }

    private func emit(length: Int, terminatorLength: Int, problem: String?) -> RawRecord {
        let bytes = source.bytes(0..<length)
        let terminator = source.bytes(length..<length + terminatorLength)
        let record = RawRecord(bytes: bytes, line: line, terminator: terminator, problem: problem)
        line += record.innerLineBreaks + (terminatorLength > 0 ? 1 : 0)
        position = length + terminatorLength
        return record
    }

    /// A quoted field that never closes: the record is its first physical line.
    private func cutBrokenQuote(length: Int, reason: String) -> RawRecord {
        let breakIndex = source.firstIndex(in: 0..<length) { $0 == 0x0A || $0 == 0x0D }
        if let breakIndex {
            var terminatorLength = 1
            if source[breakIndex] == 0x0D, breakIndex + 1 < source.count, source[breakIndex + 1] == 0x0A { terminatorLength = 2 }
            return emit(length: breakIndex, terminatorLength: terminatorLength, problem: reason)
        }
        return emit(length: length, terminatorLength: 0, problem: reason)
    }

    private func cutLongRecord(length: Int, quoted: Bool) -> RawRecord {
        if quoted {
            return cutBrokenQuote(
                length: length, reason: "broken quote: a quoted field is still open after \(maxRecordBytes) bytes")
        }
        return emit(length: length, terminatorLength: 0, problem: "record too long: cut after \(maxRecordBytes) bytes; the rest follows as the next row")
    }
}
