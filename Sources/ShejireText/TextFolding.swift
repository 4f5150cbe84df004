/// Case folding and punctuation unification for matching.
///
/// Folding is correct for every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І -> ә ғ қ ң ө ұ ү һ і),
/// maps Russian `ё` to `е`, every quotation mark (« » “ ” „ ‘ ’ ‹ › ") to `"` and every
/// dash (‐ ‑ ‒ – — ― −) to `-`. Only used for matching keys; output keeps the original text.
public enum TextFolding {
    /// Folds `text` for matching.
    ///
    /// - Complexity: O(n); ASCII, Cyrillic and the common quotes and dashes are folded on the
    ///   UTF-8 bytes in one pass; text that folding leaves unchanged is returned as is.
    public static func fold(_ text: String) -> String {
        if let folded = text.utf8.withContiguousStorageIfAvailable({ fold(bytes: $0) }) {
            return folded ?? text
        }
        return foldScalars(text)
    }

    /// Folds `text` for matching.
    public static func fold(_ text: some StringProtocol) -> String {
        if let folded = text.utf8.withContiguousStorageIfAvailable({ fold(bytes: $0) }) {
            return folded ?? String(text)
        }
        return foldScalars(text)
    }

    /// The byte offset of the first byte folding may change, or nil if it changes nothing.
    @inline(__always)
    static func firstChange(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if (b >= 0x41 && b <= 0x5A) || b == 0x27 { return i }
                i += 1
            } else if b >= 0xD0 && b <= 0xD3 && i + 1 < n {
                let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                if foldCyrillic(v) != v { return i }
                i += 2
            } else {
                return i
            }
        }
        return nil
    }

    /// Folds UTF-8 bytes: ASCII, Cyrillic and the common quotes and dashes in one pass,
    /// anything else through `foldScalars`. Returns nil when folding changes nothing.
    static func fold(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = firstChange(bytes) else { return nil }
        var needsSlow = false
        let result = String(unsafeUninitializedCapacity: max(bytes.count, 1)) { out -> Int in
            var n = 0
            var i = 0
            let count = bytes.count
            while i < first {
                out[n] = bytes[i]
                n += 1
                i += 1
            }
            while i < count {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x41 && b <= 0x5A {
                        out[n] = b + 0x20
                    } else if b == 0x27 {
                        out[n] = 0x22
                    } else {
                        out[n] = b
                    }
                    n += 1
                    i += 1
                    continue
                }
                if b >= 0xD0 && b <= 0xD3 && i + 1 < count {
                    let v = foldCyrillic(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                    out[n] = UInt8(0xC0 | (v >> 6))
                    out[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                    i += 2
                    continue
                }
                // Two- and three-byte quotes and dashes.
                if b == 0xC2 && i + 1 < count && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB) {
                    out[n] = 0x22
                    n += 1
                    i += 2
                    continue
                }
                if b == 0xCA && i + 1 < count && bytes[i + 1] == 0xBC {  // U+02BC
                    out[n] = 0x22
                    n += 1
                    i += 2
                    continue
                }
                if b == 0xE2 && i + 2 < count && bytes[i + 1] == 0x80 {
                    let c = bytes[i + 2]  // U+2000 + (c & 0x3F)
                    // U+2018–U+201A, U+201C–U+201F, U+2033, U+2039, U+203A (not U+201B).
                    if (c >= 0x98 && c <= 0x9F && c != 0x9B) || c == 0xB9 || c == 0xBA || c == 0xB3 {
                        out[n] = 0x22
                        n += 1
                        i += 3
                        continue
                    }
                    if c >= 0x90 && c <= 0x95 {
                        out[n] = 0x2D
                        n += 1
                        i += 3
                        continue
                    }
                }
                needsSlow = true
                return 0
            }
            return n
        }
        if needsSlow { return foldScalars(String(decoding: bytes, as: UTF8.self)) }
        return result
    }

    /// Folds scalar by scalar (any text).
    @inline(never)
    static func foldScalars(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    out.append(Unicode.Scalar(v + 0x20)!)
                } else if v == 0x27 {
                    out.append("\"")
                } else {
                    out.append(scalar)
                }
                continue
            }
            if v >= 0x0400 && v <= 0x04FF {
                out.append(Unicode.Scalar(foldCyrillic(v))!)
                continue
            }
            switch v {
            case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0x2039, 0x203A,
                0x2033, 0x02BC:
                out.append("\"")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D:
                out.append("-")
            default:
                for s in String(scalar).lowercased().unicodeScalars { out.append(s) }
            }
        }
        return String(out)
    }

    /// Lower-cases one Cyrillic scalar (U+0400–U+04FF), folding `ё` to `е`.
    @inline(__always)
    static func foldCyrillic(_ v: UInt32) -> UInt32 {
        var lower = v
        if v >= 0x0410 && v <= 0x042F {
            lower = v + 0x20
        } else if v >= 0x0400 && v <= 0x040F {
            lower = v + 0x50
        } else if v >= 0x0460 && v <= 0x04FF {
            // Paired letters in the extended block: upper case is even, except U+04C0–U+04CE.
            if v == 0x04C0 {
                lower = 0x04CF
            } else if v >= 0x04C1 && v <= 0x04CE {
                lower = v % 2 == 1 ? v + 1 : v
            } else if v % 2 == 0 && v != 0x04CF && !(v >= 0x0482 && v <= 0x0489) {
                lower = v + 1
            }
        }
        if lower == 0x0451 { lower = 0x0435 }  // ё -> е
        return lower
    }

    /// True if the first letter is upper case.
    ///
    /// The same answer as the generic version, read from the UTF-8 bytes: ASCII and the
    /// basic Russian letters (U+0410–U+044F) are decided by their bytes, any other scalar
    /// by `ScalarTable`, as the generic version decides every scalar.
    public static func isCapitalized(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isCapitalized(utf8: $0) }) { return answer }
        return isCapitalizedScalars(text)
    }

    /// `isCapitalized` on valid UTF-8.
    @inline(__always)
    static func isCapitalized(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                // Only A–Z and a–z are alphabetic in ASCII.
                if b0 >= 0x41 && b0 <= 0x5A { return true }
                if b0 >= 0x61 && b0 <= 0x7A { return false }
                i += 1
                continue
            }
            var value: UInt32
            var width: Int
            if b0 < 0xE0 {
                value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                width = 2
                if value >= 0x0410 && value <= 0x042F { return true }  // А–Я
                if value >= 0x0430 && value <= 0x044F { return false }  // а–я
            } else if b0 < 0xF0 {
                value = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                width = 3
            } else {
                value = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                width = 4
            }
            let flags = ScalarTable.flags(of: Unicode.Scalar(value) ?? "\u{FFFD}")
            if flags & ScalarTable.alphabetic != 0 { return flags & ScalarTable.uppercase != 0 }
            i += width
        }
        return false
    }

    /// True if the first letter is upper case.
    public static func isCapitalized(_ text: some StringProtocol) -> Bool {
        isCapitalizedScalars(text)
    }

    static func isCapitalizedScalars(_ text: some StringProtocol) -> Bool {
        for s in text.unicodeScalars {
            let flags = ScalarTable.flags(of: s)
            if flags & ScalarTable.alphabetic != 0 { return flags & ScalarTable.uppercase != 0 }
        }
        return false
    }

    /// True if every letter is upper case and there are at least two letters.
    public static func isAllUpper(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for s in text.unicodeScalars {
            let flags = ScalarTable.flags(of: s)
            guard flags & ScalarTable.alphabetic != 0 else { continue }
            if flags & ScalarTable.uppercase == 0 { return false }
            letters += 1
        }
        return letters >= 2
    }
}
