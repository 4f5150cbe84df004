/// Conversions between Kazakh and Russian Cyrillic and Latin spellings, and a script-neutral
/// key for matching names across them.
///
/// The Kazakh Latin alphabet is the one of 2021 (A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R
/// S Ş T U Ū Ü V Y Z): `І і` is written `I ı`, `И и` and `Й й` are `İ i`, `Ы ы` is `Y y`.
/// Letters the alphabet has no own letter for follow the usual practice: `Ч` `Ç`, `Ц` `Ts`,
/// `Ё` `Io`, `Ю` `Iu`, `Я` `Ia`; hard and soft signs are dropped. Russian is romanised as
/// in passports (`ж` zh, `х` kh, `ц` ts, `ч` ch, `ш` sh, `щ` shch, `ю` yu, `я` ya,
/// `ы` y, `й` y).
public enum Transliteration {
    /// Kazakh Cyrillic to the Kazakh Latin alphabet of 2021, preserving case.
    ///
    /// `Ақтөбе` → `Aqtöbe`, `Шымкент` → `Şymkent`, `Қазақстан` → `Qazaqstan`,
    /// `Жезқазған` → `Jezqazğan`. A digraph from a capital letter is capitalised as a title
    /// (`Цесна` → `Tsesna`), or in full inside an all-capital word (`ЦОН` → `TSON`).
    /// Characters that are not Cyrillic letters are copied.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func kazakhToLatin(_ s: String) -> String {
        convert(s, kazakhAlphabet: true, kazakhLatin(_:))
    }

    /// Russian Cyrillic to Latin letters as in Kazakhstani and Russian passports, preserving
    /// case: `Мустафина` → `Mustafina`, `Щучинск` → `Shchuchinsk`, `Юрий` → `Yuriy`.
    /// Kazakh letters in the text are romanised without diacritics (`ә` → `a`, `қ` → `k`).
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func russianToLatin(_ s: String) -> String {
        convert(s, kazakhAlphabet: false, russianLatin(_:))
    }

    /// Applies a per-letter table, casing multi-letter outputs from the source letter.
    ///
    /// - Complexity: O(n) in the length of `s`.
    static func convert(_ s: String, kazakhAlphabet: Bool, _ table: (UInt32) -> String?) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let v = scalar.value
            let lower = lowercased(v)
            guard let latin = table(lower) else {
                out.append(scalar)
                continue
            }
            if lower == v {
                out.append(contentsOf: latin.unicodeScalars)
                continue
            }
            // An upper-case source letter: all capitals if a neighbour is a capital letter too.
            let nextUpper = i + 1 < scalars.count && isUpperLetter(scalars[i + 1].value)
            let prevUpper = i > 0 && isUpperLetter(scalars[i - 1].value)
            let allCaps = nextUpper || (prevUpper && (i + 1 == scalars.count || !isLetter(scalars[i + 1].value)))
            var first = true
            for l in latin.unicodeScalars {
                if first || allCaps {
                    out.append(contentsOf: upperLatin(l, kazakhAlphabet: kazakhAlphabet).unicodeScalars)
                } else {
                    out.append(l)
                }
                first = false
            }
        }
        return String(out)
    }

    /// The Kazakh Latin (2021) spelling of one lower-case Cyrillic letter.
    static func kazakhLatin(_ v: UInt32) -> String? {
        switch v {
        case 0x0430: return "a"
        case 0x04D9: return "ä"
        case 0x0431: return "b"
        case 0x0432: return "v"
        case 0x0433: return "g"
        case 0x0493: return "ğ"
        case 0x0434: return "d"
        case 0x0435, 0x044D: return "e"
        case 0x0451: return "io"
        case 0x0436: return "j"
        case 0x0437: return "z"
        case 0x0438, 0x0439: return "i"
        case 0x043A: return "k"
        case 0x049B: return "q"
        case 0x043B: return "l"
        case 0x043C: return "m"
        case 0x043D: return "n"
        case 0x04A3: return "ñ"
        case 0x043E: return "o"
        case 0x04E9: return "ö"
        case 0x043F: return "p"
        case 0x0440: return "r"
        case 0x0441: return "s"
        case 0x0442: return "t"
        case 0x0443: return "u"
        case 0x04B1: return "ū"
        case 0x04AF: return "ü"
        case 0x0444: return "f"
        case 0x0445, 0x04BB: return "h"
        case 0x0446: return "ts"
        case 0x0447: return "ç"
        case 0x0448: return "ş"
        case 0x0449: return "şş"
        case 0x044A, 0x044C: return ""
        case 0x044B: return "y"
        case 0x0456: return "ı"
        case 0x044E: return "iu"
        case 0x044F: return "ia"
        default: return nil
        }
    }

    /// The passport romanisation of one lower-case Cyrillic letter.
    static func russianLatin(_ v: UInt32) -> String? {
        switch v {
        case 0x0430, 0x04D9: return "a"
        case 0x0431: return "b"
        case 0x0432: return "v"
        case 0x0433, 0x0493: return "g"
        case 0x0434: return "d"
        case 0x0435, 0x044D, 0x0451: return "e"
        case 0x0436: return "zh"
        case 0x0437: return "z"
        case 0x0438, 0x0456: return "i"
        case 0x0439: return "y"
        case 0x043A, 0x049B: return "k"
        case 0x043B: return "l"
        case 0x043C: return "m"
        case 0x043D, 0x04A3: return "n"
        case 0x043E, 0x04E9: return "o"
        case 0x043F: return "p"
        case 0x0440: return "r"
        case 0x0441: return "s"
        case 0x0442: return "t"
        case 0x0443, 0x04B1, 0x04AF: return "u"
        case 0x0444: return "f"
        case 0x0445: return "kh"
        case 0x04BB: return "h"
        case 0x0446: return "ts"
        case 0x0447: return "ch"
        case 0x0448: return "sh"
        case 0x0449: return "shch"
        case 0x044A, 0x044C: return ""
        case 0x044B: return "y"
        case 0x044E: return "yu"
        case 0x044F: return "ya"
        default: return nil
        }
    }

    /// Lower-cases a Cyrillic, Latin-1 or Latin Extended-A letter; other scalars unchanged.
    @inline(__always)
    static func lowercased(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0xC0...0xDE where v != 0xD7: return v + 0x20
        case 0x0130: return 0x69  // İ
        case 0x0100...0x017F where v % 2 == 0 && v != 0x0138: return v + 1  // Ğ Ş Ū Ō Ī ...
        case 0x0410...0x042F: return v + 0x20
        case 0x0400...0x040F: return v + 0x50
        case 0x0490...0x04FF where v % 2 == 0 && !(v >= 0x04C1 && v <= 0x04CE): return v + 1
        default: return v
        }
    }

    @inline(__always)
    static func isUpperLetter(_ v: UInt32) -> Bool {
        lowercased(v) != v
    }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic
    }

    /// Upper-cases one Latin letter; in the Kazakh alphabet `ı` → `I` and `i` → `İ`.
    static func upperLatin(_ l: Unicode.Scalar, kazakhAlphabet: Bool) -> String {
        switch l.value {
        case 0x0131: return "I"
        case 0x69: return kazakhAlphabet ? "İ" : "I"
        default: return String(l).uppercased()
        }
    }
}
