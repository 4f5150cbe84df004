import Foundation

/// Reads JSON lines: one object per line; blank lines are kept; a line that is not a JSON
/// object (or not UTF-8) is an unreadable row, written through with the reason.
final class JSONLRecordReader: RecordReader {
    let format = RecordFormat.jsonl
    let header: [String]? = nil
    private(set) var hadBOM = false
    let preamble: [UInt8] = []
    let lineTerminator: [UInt8] = [0x0A]
    var bytesConsumed: Int { source.discarded + position }

    private let source: ByteSource
    private let path: String
    private let maxRecordBytes: Int
    private var position = 0
    private var line = 0
    private var number = 0
    private var started = false

    init(source: ByteSource, path: String, maxRecordBytes: Int) {
        self.source = source
        self.path = path
        self.maxRecordBytes = max(1024, maxRecordBytes)
    }

    func next() throws -> InputRecord? {
        source.discard(upTo: position)
        position = 0
        if !started {
            started = true
            while source.count < 3 && source.fill() {}
            if source.count >= 3, source[0] == 0xEF, source[1] == 0xBB, source[2] == 0xBF {
                hadBOM = true
                source.discard(upTo: 3)
            }
        }
        var index = 0
        var cut = false
        while true {
            if index >= source.count {
                if index > maxRecordBytes { cut = true; break }
                if source.fill() { continue }
                if index == 0 { return nil }
                break
            }
            if source[index] == 0x0A { break }
            index += 1
        }
        var bytes = source.bytes(0..<index)
        position = min(index + 1, source.count)
        if cut { position = index }
        line += 1
        if bytes.last == 0x0D { bytes.removeLast() }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return InputRecord(number: number, line: line, content: .blank(raw: bytes + [0x0A]))
        }
        number += 1
        if cut {
            return unreadable(bytes, "line too long: cut after \(maxRecordBytes) bytes; the rest follows as the next row")
        }
        let text: String
        switch UTF8Check.decode(bytes) {
        case .failure(let bad): return unreadable(bytes, "invalid UTF-8 at byte \(bad.offset) of the line")
        case .success(let decoded): text = decoded
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return unreadable(bytes, "not valid JSON")
        }
        guard let object = parsed as? [String: Any] else { return unreadable(bytes, "not a JSON object") }
        var values: [String: String] = [:]
        for (key, value) in object {
            if let string = Self.string(value) { values[key] = string }
        }
        return InputRecord(number: number, line: line, content: .object(raw: text.trimmingCharacters(in: .whitespaces), values: values))
    }

    private func unreadable(_ bytes: [UInt8], _ reason: String) -> InputRecord {
        InputRecord(number: number, line: line, content: .unreadable(raw: bytes, fields: [], reason: reason))
    }

    /// A JSON value as text: strings as they are, numbers and booleans as written, nested values as JSON; nil for null.
    static func string(_ value: Any) -> String? {
        switch value {
        case let s as String: return s
        case is NSNull: return nil
        case let n as NSNumber:
            let kind = String(cString: n.objCType)
            if kind == "c" || kind == "B" { return n.boolValue ? "true" : "false" }
            return n.stringValue
        default:
            guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
