#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ShejireCore

/// Reads records one at a time from a CSV, TSV or JSONL file or standard input, in bounded memory.
public protocol RecordReader: AnyObject {
    var format: RecordFormat { get }
    /// The header fields of a delimited file; nil for JSONL and for an empty file.
    var header: [String]? { get }
    /// Whether the input began with a UTF-8 byte order mark (as Excel writes it).
    var hadBOM: Bool { get }
    /// Lines written through before the header unchanged, each with its terminator (Excel's `sep=;`).
    var preamble: [UInt8] { get }
    /// The header's line terminator (`\r\n` for Excel files), used for the output.
    var lineTerminator: [UInt8] { get }
    /// Bytes of the input consumed so far (for progress).
    var bytesConsumed: Int { get }
    /// The next row, or nil at the end of the input.
    func next() throws -> InputRecord?
}

/// Opens record readers.
public enum RecordReaders {
    /// Opens `path` (`-` for standard input) in `format`, detected when nil: from the extension,
    /// else JSONL when the first byte that is not white space is `{`, else delimited. A delimited
    /// file's delimiter is `delimiter` when given, else detected from the header line.
    ///
    /// - Parameters:
    ///   - maxRecordBytes: the longest record kept whole (a longer one is cut and reported);
    ///     also the bound for a quoted field left open.
    /// - Throws: `ShejireError` when the file cannot be opened or read, or its header is not UTF-8.
    public static func open(
        path: String, format: RecordFormat? = nil, delimiter: UInt8? = nil, maxRecordBytes: Int = 16 << 20
    ) throws -> any RecordReader {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = openForReading(path)
            guard fd >= 0 else {
                throw ShejireError(code: "cannot-open", "cannot open the input: \(String(cString: strerror(errno)))", file: path)
            }
        }
        let source = ByteSource(fileDescriptor: fd, closeOnDeinit: path != "-")
        var chosen = format ?? (path == "-" ? nil : RecordFormat.fromExtension(of: path))
        if chosen == nil {
            chosen = sniffJSONL(source) ? .jsonl : .csv
        }
        switch chosen! {
        case .jsonl:
            return JSONLRecordReader(source: source, path: path, maxRecordBytes: maxRecordBytes)
        case .delimited(let given):
            let isTSV = given == UInt8(ascii: "\t")
            let resolved = delimiter ?? (isTSV ? given : nil)
            return try DelimitedRecordReader(source: source, path: path, delimiter: resolved, maxRecordBytes: maxRecordBytes)
        }
    }

    private static func sniffJSONL(_ source: ByteSource) -> Bool {
        var index = 0
        while true {
            if index >= source.count {
                guard source.fill() else { return false }
                continue
            }
            let byte = source[index]
            if byte == 0xEF || byte == 0xBB || byte == 0xBF || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
                if index > 4096 { return false }
                continue
            }
            return byte == UInt8(ascii: "{")
        }
    }
}

private func openForReading(_ path: String) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #elseif canImport(Musl)
    Musl.open(path, O_RDONLY | O_CLOEXEC)
    #else
    Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
}
