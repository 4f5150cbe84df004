/// Unicode properties of the scalars below U+0500 (ASCII, Latin, IPA, Greek, Cyrillic), read
/// from a table instead of the Unicode property queries (`Unicode.Scalar.Properties`), which
/// are slow in a per-character loop.
///
/// The table is filled once from the same property queries, so every answer is identical to
/// asking the scalar; scalars from U+0500 on are asked directly.
package enum ScalarTable {
    package static let alphabetic: UInt8 = 1
    package static let uppercase: UInt8 = 2
    package static let whitespace: UInt8 = 4
    package static let combining: UInt8 = 8
    package static let punctuation: UInt8 = 16

    /// The first scalar value not in the table.
    static let limit: UInt32 = 0x0500

    static let table: [UInt8] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return computeFlags(scalar)
    }

    static func computeFlags(_ scalar: Unicode.Scalar) -> UInt8 {
        var result: UInt8 = 0
        let properties = scalar.properties
        if properties.isAlphabetic { result |= alphabetic }
        if properties.isUppercase { result |= uppercase }
        if properties.isWhitespace { result |= whitespace }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            if scalar.value >= 0x0300 { result |= combining }
        case .openPunctuation, .closePunctuation, .otherPunctuation, .connectorPunctuation,
            .initialPunctuation, .finalPunctuation, .dashPunctuation:
            result |= punctuation
        default:
            break
        }
        return result
    }

    /// The flags of a scalar: from the table below U+0500, else from its properties.
    @inline(__always)
    package static func flags(of scalar: Unicode.Scalar) -> UInt8 {
        let v = scalar.value
        if v < limit { return table.withUnsafeBufferPointer { $0[Int(v)] } }
        return computeFlags(scalar)
    }

    @inline(__always)
    package static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { flags(of: scalar) & alphabetic != 0 }

    @inline(__always)
    package static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { flags(of: scalar) & uppercase != 0 }
}

/// Byte-level helpers for text whose scalars all lie where canonical equivalence is identity.
package enum UTF8Bytes {
    /// True when every scalar of `text` is below U+0300 or in the Cyrillic block
    /// (U+0400–U+04FF). Such text has no combining marks and no scalars with singleton
    /// decompositions, so two such strings are canonically equivalent exactly when their
    /// bytes are equal.
    @inline(__always)
    package static func isSimple(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0xC0 {
            // Lead bytes C2–CB encode U+0080–U+02FF; D0–D3 encode U+0400–U+04FF.
            if byte > 0xD3 || (byte > 0xCB && byte < 0xD0) { return false }
        }
        return true
    }

    /// `isSimple` on UTF-8 bytes.
    @inline(__always)
    static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0xC0 {
            // Lead bytes C2–CB encode U+0080–U+02FF; D0–D3 encode U+0400–U+04FF.
            if byte > 0xD3 || (byte > 0xCB && byte < 0xD0) { return false }
        }
        return true
    }

    /// `a == b` (canonical equivalence), compared by bytes when that gives the same answer.
    @inline(__always)
    package static func equal(_ a: String, _ b: String) -> Bool {
        if a.utf8.elementsEqual(b.utf8) { return true }
        if isSimple(a) && isSimple(b) { return false }
        return a == b
    }

    /// `text.hasPrefix(prefix)` (compared by characters under canonical equivalence),
    /// compared by bytes when that gives the same answer.
    package static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        // The same tests on the contiguous bytes (nearly always): 1 true, 0 false, -1 ask `hasPrefix`.
        let answer: Int8? = text.utf8.withContiguousStorageIfAvailable { t -> Int8? in
            prefix.utf8.withContiguousStorageIfAvailable { p -> Int8 in
                if t.count >= p.count && t.prefix(p.count).elementsEqual(p) {
                    if t.count == p.count { return 1 }
                    let next = t[p.count]
                    if next < 0x80 && next != 0x0A && isSimple(p) { return 1 }
                } else if isSimple(t) && isSimple(p) {
                    return 0
                }
                return -1
            }
        } ?? nil
        if let answer, answer >= 0 { return answer == 1 }
        let t = text.utf8
        let p = prefix.utf8
        if t.starts(with: p) {
            if t.count == p.count { return true }
            // The prefix ends on a character boundary of `text` unless what follows joins
            // its last character; an ASCII byte other than a line feed never does.
            let next = t[t.index(t.startIndex, offsetBy: p.count)]
            if next < 0x80 && next != 0x0A && isSimple(prefix) { return true }
        } else if isSimple(text) && isSimple(prefix) {
            return false
        }
        return text.hasPrefix(prefix)
    }
}
