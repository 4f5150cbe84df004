import ShejireCore

/// Decodes file bytes to text, reporting what had to be repaired.
public enum TextDecoding {
    /// The outcome of decoding a file's bytes.
    public enum Outcome: Sendable {
        case text(String, [Diagnostic])
        /// Looks binary (NUL bytes without a UTF-16 byte order mark).
        case binary(Diagnostic)
    }

    /// Decodes bytes as UTF-8 (a leading BOM is dropped) or, with a BOM, UTF-16.
    ///
    /// Invalid UTF-8 sequences are replaced with U+FFFD and reported with their byte offset;
    /// the rest is decoded normally. Bytes with NUL characters and no UTF-16 BOM are binary.
    ///
    /// - Parameters:
    ///   - bytes: the raw bytes.
    ///   - file: the file name for diagnostics.
    ///   - line: the line number for diagnostics (JSONL), if any.
    ///   - checkBinary: whether NUL bytes make the input binary.
    /// - Complexity: O(n).
    public static func decode(_ bytes: [UInt8], file: String?, line: Int? = nil, checkBinary: Bool = true) -> Outcome {
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .text(decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF), [])
        }
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        if checkBinary, let nul = bytes.firstIndex(of: 0) {
            return .binary(
                Diagnostic(.warning, code: "binary-file", "looks binary (NUL byte); skipped", file: file, line: line,
                           byteOffset: nul))
        }
        let body = bytes[start...]
        let invalid = invalidUTF8Offsets(body)
        var diagnostics: [Diagnostic] = []
        if let first = invalid.first {
            let more = invalid.count > 1 ? " and \(invalid.count - 1) more" : ""
            diagnostics.append(
                Diagnostic(.warning, code: "invalid-utf8",
                           "invalid UTF-8 at byte \(first)\(more); replaced with U+FFFD", file: file, line: line,
                           byteOffset: first))
        }
        return .text(String(decoding: body, as: UTF8.self), diagnostics)
    }

    /// Byte offsets (relative to the start of `bytes`' underlying array) of invalid UTF-8 sequences.
    ///
    /// - Complexity: O(n).
    public static func invalidUTF8Offsets(_ bytes: ArraySlice<UInt8>) -> [Int] {
        var offsets: [Int] = []
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            var need = 0
            var minimum: UInt32 = 0
            var value: UInt32 = 0
            switch b0 {
            case 0xC2...0xDF: need = 1; minimum = 0x80; value = UInt32(b0 & 0x1F)
            case 0xE0...0xEF: need = 2; minimum = 0x800; value = UInt32(b0 & 0x0F)
            case 0xF0...0xF4: need = 3; minimum = 0x10000; value = UInt32(b0 & 0x07)
            default:
                offsets.append(i)
                i += 1
                continue
            }
            var j = i + 1
            var ok = true
            while j <= i + need {
                guard j < end, bytes[j] & 0xC0 == 0x80 else { ok = false; break }
                value = value << 6 | UInt32(bytes[j] & 0x3F)
                j += 1
            }
            if ok && value >= minimum && value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value) {
                i = j
            } else {
                offsets.append(i)
                i = max(i + 1, ok ? j : j)
                if !ok { i = j > i ? j : i + 1 }
            }
        }
        return offsets
    }

    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
