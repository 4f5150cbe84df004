import Foundation
import ShejireCore

/// How input files are read.
public enum InputFormat: String, Sendable, CaseIterable {
    /// `.jsonl`/`.ndjson` files as JSONL, everything else as text.
    case auto
    /// Each file is one document.
    case text
    /// Each line is `{"id", "text", "date", "language", "metadata"}`.
    case jsonl
}

/// Something the reader produced: a document or a problem with the input.
public enum ReadEvent: Sendable {
    case document(Document)
    case diagnostic(Diagnostic)
}

/// Reads documents from files, directories (recursively, sorted), `-` for standard input,
/// and JSONL, one at a time, so large inputs stream.
///
/// The document date comes from `defaultDate`, the JSONL `date` field, or a leading
/// `date YYYY-MM-DD` at the start of the text (which stays part of the text).
public final class DocumentReader {
    public let format: InputFormat
    public let defaultDate: SimpleDate?
    public let defaultLanguage: String?

    private var pending: [(path: String, id: String)] = []
    private var queue: [ReadEvent] = []
    private var lines: LineReader? = nil
    private var linesFile = ""
    private var lineNumber = 0

    /// - Parameters:
    ///   - paths: files, directories or `-`.
    ///   - format: how to read them.
    ///   - date: the document date for documents that state none.
    ///   - language: the language for documents that state none (otherwise guessed).
    public init(paths: [String], format: InputFormat = .auto, date: SimpleDate? = nil, language: String? = nil) {
        self.format = format
        self.defaultDate = date
        self.defaultLanguage = language
        for path in paths { expand(path) }
    }

    private func expand(_ path: String) {
        if path == "-" {
            pending.append((path, "stdin"))
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            queue.append(.diagnostic(Diagnostic(.error, code: "missing-input", "no such file or directory", file: path)))
            return
        }
        if !isDirectory.boolValue {
            pending.append((path, (path as NSString).lastPathComponent))
            return
        }
        var files: [String] = []
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            while let relative = enumerator.nextObject() as? String {
                let parts = relative.split(separator: "/")
                if parts.contains(where: { $0.hasPrefix(".") }) { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                    files.append(relative)
                }
            }
        }
        for relative in files.sorted() {
            pending.append(((path as NSString).appendingPathComponent(relative), relative))
        }
    }

    /// The next document or diagnostic, or nil at the end of the input.
    public func next() -> ReadEvent? {
        while true {
            if !queue.isEmpty { return queue.removeFirst() }
            if let reader = lines {
                if let line = reader.nextLine() {
                    lineNumber += 1
                    if let event = parseJSONLine(line, file: linesFile, line: lineNumber) { return event }
                    continue
                }
                if let error = reader.error {
                    lines = nil
                    return .diagnostic(Diagnostic(.error, code: "read-error", error, file: linesFile))
                }
                lines = nil
                continue
            }
            guard !pending.isEmpty else { return nil }
            let (path, id) = pending.removeFirst()
            let isJSONL = format == .jsonl
                || (format == .auto && (path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")))
            if isJSONL {
                guard let reader = LineReader(path: path) else {
                    return .diagnostic(Diagnostic(.error, code: "unreadable-input", "cannot open", file: path))
                }
                lines = reader
                linesFile = path
                lineNumber = 0
                continue
            }
            readTextFile(path: path, id: id)
        }
    }

    private func readTextFile(path: String, id: String) {
        let bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                queue.append(.diagnostic(Diagnostic(.error, code: "unreadable-input", "cannot read file", file: path)))
                return
            }
            bytes = [UInt8](data)
        }
        switch TextDecoding.decode(bytes, file: path) {
        case .binary(let diagnostic):
            queue.append(.diagnostic(diagnostic))
        case .text(let text, let diagnostics):
            for diagnostic in diagnostics {
                var d = diagnostic
                d.documentID = id
                queue.append(.diagnostic(d))
            }
            let date = defaultDate ?? Self.leadingDate(text)
            queue.append(
                .document(
                    Document(
                        id: id, text: text, date: date, language: defaultLanguage ?? LanguageGuess.guess(text),
                        sourcePath: path == "-" ? nil : path)))
        }
    }

    private func parseJSONLine(_ raw: [UInt8], file: String, line: Int) -> ReadEvent? {
        var bytes = raw
        if bytes.last == 0x0D { bytes.removeLast() }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        var repaired: [Diagnostic] = []
        switch TextDecoding.decode(bytes, file: file, line: line, checkBinary: false) {
        case .binary(let d):
            return .diagnostic(d)
        case .text(let text, let diagnostics):
            repaired = diagnostics
            bytes = Array(text.utf8)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return .diagnostic(Diagnostic(.warning, code: "jsonl-syntax", "not valid JSON; line skipped", file: file, line: line))
        }
        guard let fields = object as? [String: Any] else {
            return .diagnostic(
                Diagnostic(.warning, code: "jsonl-not-object", "line is not a JSON object; skipped", file: file, line: line))
        }
        guard let text = fields["text"] as? String else {
            return .diagnostic(
                Diagnostic(.warning, code: "jsonl-no-text", "no string field `text`; line skipped", file: file, line: line))
        }
        let id: String
        switch fields["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = "\((file as NSString).lastPathComponent):\(line)"
        }
        var date = defaultDate
        if let raw = fields["date"] as? String, !raw.isEmpty {
            if let parsed = SimpleDate(iso: raw.prefix(10)) {
                date = parsed
            } else {
                queue.append(
                    .diagnostic(Diagnostic(.warning, code: "bad-date", "`date` is not YYYY-MM-DD; ignored", file: file,
                                           line: line, documentID: id)))
            }
        }
        if date == nil { date = Self.leadingDate(text) }
        var metadata: [String: String] = [:]
        if let meta = fields["metadata"] as? [String: Any] {
            for (key, value) in meta {
                switch value {
                case let s as String: metadata[key] = s
                case let n as NSNumber: metadata[key] = n.stringValue
                default:
                    if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                        metadata[key] = String(decoding: data, as: UTF8.self)
                    }
                }
            }
        }
        for d in repaired {
            var copy = d
            copy.documentID = id
            queue.append(.diagnostic(copy))
        }
        let language = (fields["language"] as? String) ?? defaultLanguage ?? LanguageGuess.guess(text)
        let document = Document(id: id, text: text, date: date, language: language, sourcePath: file, metadata: metadata)
        if queue.isEmpty { return .document(document) }
        queue.append(.document(document))
        return nil
    }

    /// A `date YYYY-MM-DD` at the very start of a text (after white space).
    public static func leadingDate(_ text: String) -> SimpleDate? {
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" || $0 == "\n" || $0 == "\r" })
        guard trimmed.lowercased().hasPrefix("date") else { return nil }
        let rest = trimmed.dropFirst(4).drop(while: { $0 == " " || $0 == ":" || $0 == "\t" })
        return SimpleDate(iso: rest.prefix(10))
    }
}

/// Reads a file line by line in chunks, as bytes.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var offset = 0
    private var atEnd = false
    private(set) var error: String? = nil

    init?(path: String) {
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else { return nil }
            handle = h
        }
    }

    deinit {
        if handle !== FileHandle.standardInput { try? handle.close() }
    }

    /// The next line without its `\n`, or nil at the end.
    func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[offset...].firstIndex(of: 0x0A) {
                let line = Array(buffer[offset..<newline])
                offset = newline + 1
                return line
            }
            if atEnd {
                guard offset < buffer.count else { return nil }
                let line = Array(buffer[offset...])
                offset = buffer.count
                return line
            }
            if offset > 0 {
                buffer.removeFirst(offset)
                offset = 0
            }
            do {
                if let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    buffer.append(contentsOf: chunk)
                } else {
                    atEnd = true
                }
            } catch {
                self.error = "read failed: \(error.localizedDescription)"
                atEnd = true
            }
        }
    }
}
