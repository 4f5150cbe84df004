/// Escaping for each output syntax. Each method scans the UTF-8 once, copies runs of bytes that
/// need nothing, and replaces or drops the rest.
///
/// - Complexity: O(n) in the UTF-8 length of the string.
extension ByteSink {
    /// Calls `body` with the string's UTF-8, without copying native strings.
    @inline(__always)
    static func withUTF8<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        return copy.withUTF8(body)
    }

    // MARK: XML

    /// Writes text for XML 1.0 element content (`attribute: false`) or a double-quoted
    /// attribute value (`attribute: true`).
    ///
    /// `&`, `<` and `>` become entities (so `]]>` cannot occur); in attributes `"`, tab and line
    /// breaks become character references so attribute-value normalisation keeps them; a
    /// carriage return is always `&#13;`. Characters XML 1.0 forbids (U+0000–U+0008, U+000B,
    /// U+000C, U+000E–U+001F, U+FFFE, U+FFFF) are dropped.
    public func writeXML(_ string: String, attribute: Bool = false) {
        Self.withUTF8(string) { bytes in
            let n = bytes.count
            var run = 0
            var i = 0
            while i < n {
                // Tight scan over bytes that need nothing.
                while i < n, bytes[i] > 0x3E, bytes[i] != 0xEF { i += 1 }
                guard i < n else { break }
                let b = bytes[i]
                var replacement: StaticString? = nil
                var skip = 0
                switch b {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): if attribute { replacement = "&quot;" }
                case 0x09: if attribute { replacement = "&#9;" }
                case 0x0A: if attribute { replacement = "&#10;" }
                case 0x0D: replacement = "&#13;"
                case 0x00...0x1F: skip = 1
                case 0xEF:
                    if i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF { skip = 3 }
                default: break
                }
                if replacement == nil && skip == 0 {
                    i += 1
                    continue
                }
                if run < i { write(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                if let replacement { write(replacement); i += 1 } else { i += skip }
                run = i
            }
            if run < n { write(UnsafeBufferPointer(rebasing: bytes[run..<n])) }
        }
    }

    // MARK: JSON

    /// Writes a JSON string literal, quotes included.
    ///
    /// `"` and `\` are escaped, control characters become `\n`, `\t`, ... or `\u00XX`; `<`, `>`
    /// and `&` become `\u003c`, `\u003e`, `\u0026`, and U+2028/U+2029 become `\u2028`/`\u2029`,
    /// so the JSON can be pasted into an HTML `<script>` or JavaScript source as it is.
    public func writeJSONString(_ string: String) {
        write(byte: UInt8(ascii: "\""))
        Self.withUTF8(string) { bytes in
            EscapeTables.json.withUnsafeBufferPointer { special in
                let n = bytes.count
                var run = 0
                var i = 0
                while i < n {
                    // Tight scan over bytes that need nothing.
                    while i < n && special[Int(bytes[i])] == 0 { i += 1 }
                    guard i < n else { break }
                    let b = bytes[i]
                    if b == 0xE2 && !(i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)) {
                        i += 1
                        continue
                    }
                    if run < i { write(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                    switch b {
                    case UInt8(ascii: "\""): write("\\\"")
                    case UInt8(ascii: "\\"): write("\\\\")
                    case 0x0A: write("\\n")
                    case 0x0D: write("\\r")
                    case 0x09: write("\\t")
                    case 0x08: write("\\b")
                    case 0x0C: write("\\f")
                    case 0xE2:
                        write(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                        i += 2
                    default: writeUnicodeEscape(b)
                    }
                    i += 1
                    run = i
                }
                if run < n { write(UnsafeBufferPointer(rebasing: bytes[run..<n])) }
            }
        }
        write(byte: UInt8(ascii: "\""))
    }

    /// `\u00XX` for an ASCII byte.
    private func writeUnicodeEscape(_ b: UInt8) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        write("\\u00")
        write(byte: hex[Int(b >> 4)])
        write(byte: hex[Int(b & 0xF)])
    }

    // MARK: Turtle

    /// Writes a Turtle `"..."` string literal, quotes included: `"`, `\`, line breaks and tabs
    /// get their `ECHAR` escapes, other control characters `\u00XX`.
    public func writeTurtleString(_ string: String) {
        write(byte: UInt8(ascii: "\""))
        Self.withUTF8(string) { bytes in
            let n = bytes.count
            var run = 0
            for i in 0..<n {
                let b = bytes[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F else { continue }
                if run < i { write(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                switch b {
                case UInt8(ascii: "\""): write("\\\"")
                case UInt8(ascii: "\\"): write("\\\\")
                case 0x0A: write("\\n")
                case 0x0D: write("\\r")
                case 0x09: write("\\t")
                case 0x08: write("\\b")
                case 0x0C: write("\\f")
                default: writeUnicodeEscape(b)
                }
                run = i + 1
            }
            if run < n { write(UnsafeBufferPointer(rebasing: bytes[run..<n])) }
        }
        write(byte: UInt8(ascii: "\""))
    }

    // MARK: CSV

    /// Writes one RFC 4180 field.
    ///
    /// The field is quoted, with `"` doubled, when it holds a comma, quote or line break, when
    /// it starts or ends with a space, or when it starts like a spreadsheet formula (`=`, `+`,
    /// `-`, `@`, tab, carriage return). With `spreadsheetSafe`, such formula-like cells also get a
    /// leading `'` (OWASP's advice), which changes the value. Control characters other than tab
    /// and line breaks are dropped.
    public func writeCSVField(_ string: String, spreadsheetSafe: Bool = false) {
        Self.withUTF8(string) { bytes in
            let n = bytes.count
            guard n > 0 else { return }
            let first = bytes[0]
            let formulaLike =
                first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
            var needsQuotes = formulaLike || first == 0x20 || bytes[n - 1] == 0x20
            var hasControl = false
            for b in bytes where b < 0x20 || b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") {
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
                    needsQuotes = true
                } else if b != 0x09 {
                    hasControl = true
                }
            }
            if !needsQuotes && !hasControl {
                write(bytes)
                return
            }
            if needsQuotes { write(byte: UInt8(ascii: "\"")) }
            if formulaLike && spreadsheetSafe { write(byte: UInt8(ascii: "'")) }
            var run = 0
            for i in 0..<n {
                let b = bytes[i]
                let drop = b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D
                guard drop || b == UInt8(ascii: "\"") else { continue }
                if run < i { write(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                if !drop { write("\"\"") }
                run = i + 1
            }
            if run < n { write(UnsafeBufferPointer(rebasing: bytes[run..<n])) }
            if needsQuotes { write(byte: UInt8(ascii: "\"")) }
        }
    }
}

/// Which bytes the escapers must look at.
enum EscapeTables {
    /// Non-zero for the bytes a JSON string escapes: controls, `"`, `\\`, `<`, `>`, `&`, and the
    /// lead byte 0xE2 of U+2028/U+2029.
    static let json: [UInt8] = (0..<256).map { b in
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2 ? 1 : 0
    }
}
