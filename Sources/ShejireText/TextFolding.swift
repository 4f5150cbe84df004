/// Case folding and punctuation unification for matching.
///
/// Folding is correct for every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І -> ә ғ қ ң ө ұ ү һ і),
/// maps Russian `ё` to `е`, every quotation mark (« » “ ” „ ‘ ’ ‹ › ") to `"` and every
/// dash (‐ ‑ ‒ – — ― −) to `-`. Only used for matching keys; output keeps the original text.
public enum TextFolding {
    /// Folds `text` for matching.
    ///
    /// - Complexity: O(n); an ASCII and two-byte-Cyrillic fast path builds no temporaries.
    public static func fold(_ text: some StringProtocol) -> String {
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
    public static func isCapitalized(_ text: some StringProtocol) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else {
            return false
        }
        return first.properties.isUppercase
    }

    /// True if every letter is upper case and there are at least two letters.
    public static func isAllUpper(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
