/// Latin to Cyrillic, best effort: the Latin spellings in use are many and lossy.
extension Transliteration {
    /// Kazakh Latin to Kazakh Cyrillic, best effort, preserving case.
    ///
    /// Reads the 2021 alphabet (`Aqtöbe`, `Jezqazğan`, `Şymkent`), the 2017–2018 one with
    /// acute accents (`Aqtóbe`, `Shymkent`) and the older English-style romanisations
    /// (`Qaraghandy`, `Zhezqazghan`, `Almaty`, `Semey`, `Aktobe`): `sh zh ch gh kh` are
    /// digraphs, `q` is `қ`, `y` is `ы` (or `й` after a vowel), `i` is `і` (or `й` after a
    /// vowel), `ya yu yo` and `ia iu` are `я ю ё` and `я ю`, `iia` and `iya` are `ия`, `şş`
    /// is `щ`, `w` is `у`, and `c` is `с` before `e i y` and `к` elsewhere. Other
    /// characters are copied.
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func latinToKazakh(_ s: String) -> String {
        transliterateLatin(s) { c, n1, n2, n3, prev in
            if let common = commonDigraph(c, n1, n2, n3) { return common }
            var cyr: [UInt32] = []
            var used = 1
            switch c {
            case 0x67 where n1 == 0x68: cyr = [0x0493]; used = 2  // gh
            case 0x79: cyr = [isLatinVowel(prev) ? 0x0439 : 0x044B]
            case 0x69 where n1 == 0x69 && n2 == 0x61: cyr = [0x0438, 0x044F]; used = 3  // iia: Aziia
            case 0x69 where n1 == 0x79 && n2 == 0x61: cyr = [0x0438, 0x044F]; used = 3  // iya: Aliya
            case 0x69 where n1 == 0x61: cyr = [0x044F]; used = 2  // ia (2021 я)
            case 0x69 where n1 == 0x75: cyr = [0x044E]; used = 2  // iu (2021 ю)
            case 0x69: cyr = [isLatinVowel(prev) ? 0x0439 : 0x0456]
            case 0x015F where n1 == 0x015F: cyr = [0x0449]; used = 2  // şş
            case 0x0131: cyr = [0x0456]
            case 0x63: cyr = [n1 == 0x65 || n1 == 0x69 || n1 == 0x79 ? 0x0441 : 0x043A]
            case 0x78: cyr = [0x043A, 0x0441]
            default:
                if let k = kazakhLetter(c) { cyr = [k] }
            }
            return (cyr, used)
        }
    }

    /// Latin to Russian Cyrillic, best effort, preserving case: the reverse of
    /// `russianToLatin` (`Mustafina` → `Мустафина`, `Shchuchinsk` → `Щучинск`, `Yuriy` →
    /// `Юрий`, `Sergeyev` → `Сергеев`), also reading `x` as `кс`, `w` as `в`, `j` as `дж`,
    /// `c` as `с` before `e i y` and `к` elsewhere (Barcelona), and Kazakh Latin letters
    /// without their marks (`q` → `к`, `ö` → `о`).
    ///
    /// - Complexity: O(n) in the length of `s`.
    public static func latinToRussian(_ s: String) -> String {
        transliterateLatin(s) { c, n1, n2, n3, prev in
            if let common = commonDigraph(c, n1, n2, n3) { return common }
            var cyr: [UInt32] = []
            var used = 1
            switch c {
            case 0x74 where n1 == 0x73: cyr = [0x0446]; used = 2  // ts
            case 0x69 where n1 == 0x79 && !isLatinVowel(n2): cyr = [0x0438, 0x0439]; used = 2  // iy
            case 0x79 where n1 == 0x79 && !isLatinVowel(n2): cyr = [0x044B, 0x0439]; used = 2  // yy
            case 0x79: cyr = [isLatinVowel(prev) ? 0x0439 : 0x044B]
            case 0x63: cyr = [n1 == 0x65 || n1 == 0x69 || n1 == 0x79 ? 0x0441 : 0x043A]
            case 0x78: cyr = [0x043A, 0x0441]
            case 0x69: cyr = [0x0438]
            case 0x6A: cyr = [0x0434, 0x0436]
            case 0x77: cyr = [0x0432]
            case 0x68: cyr = [0x0445]
            case 0x0131: cyr = [0x044B]
            default:
                if let k = kazakhLetter(c) { cyr = [russianLetter(k)] }
            }
            return (cyr, used)
        }
    }

    /// The digraphs both Latin-to-Cyrillic directions read alike (`shch sh zh ch kh`, and
    /// `ya yu yo ye`), as Cyrillic letters and how many Latin letters they use; nil elsewhere.
    static func commonDigraph(_ c: UInt32, _ n1: UInt32, _ n2: UInt32, _ n3: UInt32) -> ([UInt32], Int)? {
        switch c {
        case 0x73 where n1 == 0x68 && n2 == 0x63 && n3 == 0x68: return ([0x0449], 4)  // shch
        case 0x73 where n1 == 0x68: return ([0x0448], 2)  // sh
        case 0x7A where n1 == 0x68: return ([0x0436], 2)  // zh
        case 0x63 where n1 == 0x68: return ([0x0447], 2)  // ch
        case 0x6B where n1 == 0x68: return ([0x0445], 2)  // kh
        case 0x79 where n1 == 0x61: return ([0x044F], 2)  // ya
        case 0x79 where n1 == 0x75: return ([0x044E], 2)  // yu
        case 0x79 where n1 == 0x6F: return ([0x0451], 2)  // yo
        case 0x79 where n1 == 0x65: return ([0x0435], 2)  // ye
        default: return nil
        }
    }

    /// The scan both Latin-to-Cyrillic directions share: `letters` maps the lower-cased
    /// letter at each position (with the next three and the previous one) to Cyrillic
    /// letters and how many Latin letters it used; an empty result copies the character.
    /// Case is kept: a capital gives a capital first letter, and the rest of a digraph is
    /// capitalised too when the text goes on in capitals.
    ///
    /// - Complexity: O(n) in the length of `s`.
    static func transliterateLatin(
        _ s: String,
        letters: (_ c: UInt32, _ n1: UInt32, _ n2: UInt32, _ n3: UInt32, _ prev: UInt32) -> ([UInt32], Int)
    ) -> String {
        let src = Array(s.unicodeScalars)
        let low = src.map { lowercased($0.value) }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < src.count {
            let c = low[i]
            let (cyr, used) = letters(
                c, i + 1 < low.count ? low[i + 1] : 0, i + 2 < low.count ? low[i + 2] : 0,
                i + 3 < low.count ? low[i + 3] : 0, i > 0 ? low[i - 1] : 0)
            if cyr.isEmpty {
                out.append(src[i])
            } else {
                let upper = c != src[i].value
                for (k, v) in cyr.enumerated() {
                    let letter = upper && (k == 0 || (i + used < low.count && isUpperLetter(src[i + used].value)))
                        ? upperCyrillic(v) : v
                    out.append(Unicode.Scalar(letter)!)
                }
            }
            i += used
        }
        return String(out)
    }

    /// The Kazakh Cyrillic letter for one lower-case Latin letter outside the digraphs.
    static func kazakhLetter(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x61: return 0x0430
        case 0xE4, 0xE1: return 0x04D9  // ä á
        case 0x62: return 0x0431
        case 0x64: return 0x0434
        case 0x65, 0xE9: return 0x0435
        case 0x66: return 0x0444
        case 0x67: return 0x0433
        case 0x011F, 0x01F5: return 0x0493  // ğ ǵ
        case 0x68: return 0x0445
        case 0x6A: return 0x0436
        case 0x6B: return 0x043A
        case 0x6C: return 0x043B
        case 0x6D: return 0x043C
        case 0x6E: return 0x043D
        case 0xF1, 0x0144: return 0x04A3  // ñ ń
        case 0x6F: return 0x043E
        case 0xF6, 0xF3: return 0x04E9  // ö ó
        case 0x70: return 0x043F
        case 0x71: return 0x049B
        case 0x72: return 0x0440
        case 0x73: return 0x0441
        case 0x015F: return 0x0448  // ş
        case 0xE7: return 0x0447  // ç
        case 0x74: return 0x0442
        case 0x75, 0xFD: return 0x0443  // u ý
        case 0x016B: return 0x04B1  // ū
        case 0xFC, 0xFA: return 0x04AF  // ü ú
        case 0x76: return 0x0432
        case 0x77: return 0x0443
        case 0x7A: return 0x0437
        default: return nil
        }
    }

    /// The Russian letter closest to a Kazakh one (`ә` → `а`, `қ` → `к`).
    static func russianLetter(_ k: UInt32) -> UInt32 {
        switch k {
        case 0x04D9: return 0x0430
        case 0x0493: return 0x0433
        case 0x049B: return 0x043A
        case 0x04A3: return 0x043D
        case 0x04E9: return 0x043E
        case 0x04B1, 0x04AF: return 0x0443
        case 0x0456: return 0x0438
        default: return k
        }
    }

    /// Upper-cases one lower-case Cyrillic letter.
    static func upperCyrillic(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0430...0x044F: return v - 0x20
        case 0x0450...0x045F: return v - 0x50
        case 0x0491...0x04FF where v % 2 == 1: return v - 1
        default: return v
        }
    }

    @inline(__always)
    static func isLatinVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0xE4, 0xF6, 0xFC, 0x016B, 0x0131, 0xE1, 0xE9, 0xF3, 0xFA, 0xFD:
            return true
        default: return false
        }
    }

    @inline(__always)
    static func isLatinConsonant(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A && !isLatinVowel(c))
            || c == 0x011F || c == 0x015F || c == 0xE7 || c == 0xF1 || c == 0x0144 || c == 0x01F5
    }
}
