/// The script-neutral matching key.
extension Transliteration {
    /// A lossy, script-neutral ASCII key for matching names across Kazakh and Russian
    /// Cyrillic and the Latin romanisations: `әлия мұстафина`, `алия мустафина` and
    /// `aliya mustafina` all give `alia mustafina`; `ақтөбе`, `актобе`, `aqtöbe` and
    /// `aktobe` give `aktobe`; `қарағанды`, `qaraghandy` and `karagandy` give `karagandi`.
    ///
    /// Every letter is reduced to a small phonetic alphabet:
    ///
    /// | key | Cyrillic | Latin |
    /// |-----|----------|-------|
    /// | a | а ә | a ä á à â |
    /// | e | е э ё | e é è ê ë; `y` before `e` is dropped (Yerlan, Sergeyev) |
    /// | i | и й і ы | i ı ī í y |
    /// | o | о ө | o ö ó ō |
    /// | u | у ұ ү | u ū ü ú ý w |
    /// | ia, iu | я, ю | ya/ia, yu/iu (by the `y` → `i` rule) |
    /// | k | к қ х һ | k q h kh, `c` before a consonant or `a o u` |
    /// | s | с | s, `c` before `e i y` (Barcelona) |
    /// | g | г ғ | g ğ ǵ gh |
    /// | n | н ң | n ñ ń |
    /// | j | ж, дж | j zh, dzh dj |
    /// | sh | ш щ | sh ş shch |
    /// | ch | ч | ch ç |
    /// | ts | ц | ts |
    /// | ks | кс | x |
    /// | f | ф | f ph |
    ///
    /// `х` joins `к` because Russian and English write `х`/`kh` where Kazakh has `қ`
    /// (Казахстан, Kazakhstan, Қазақстан; Мухтар, Мұқтар). `ъ` and `ь` are dropped; Latin `yo` after a consonant is `e` (Pyotr, like folded
    /// Пётр → петр). Then a letter repeated in the key is written once (`конгресс` and
    /// `kongres`, `ия` and `iya`). Other letters (b d l m p r t v z) stay; digits, ASCII
    /// punctuation and anything else pass through. Upper-case letters are lower-cased.
    ///
    /// - Parameter folded: lower-cased text (see `TextFolding.fold`).
    /// - Complexity: O(n), one pass over the scalars; the result is the only allocation.
    public static func matchKey(_ folded: String) -> String {
        String(unsafeUninitializedCapacity: matchKeyCapacity(folded)) { buffer in
            writeMatchKey(folded, into: buffer)
        }
    }

    /// The most bytes `writeMatchKey` may write for `folded`.
    @inline(__always)
    package static func matchKeyCapacity(_ folded: String) -> Int {
        folded.utf8.count * 2 + 1
    }

    /// Writes `matchKey(folded)` as UTF-8 into `buffer` (at least `matchKeyCapacity(folded)`
    /// bytes) and returns its length: the key without a `String` of its own.
    package static func writeMatchKey(_ folded: String, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        do {
            var n = 0
            var last: UInt8 = 0

            @inline(__always) func letter(_ b: UInt8) {
                if b == last { return }
                if b == 0x6A && last == 0x64 { n -= 1 }  // d + j: дж, dzh
                buffer[n] = b
                n += 1
                last = b
            }
            @inline(__always) func letters(_ b1: UInt8, _ b2: UInt8) {
                if n >= 2 && buffer[n - 2] == b1 && buffer[n - 1] == b2 { return }  // шш, şş
                letter(b1)
                buffer[n] = b2
                n += 1
                last = b2
            }
            func raw(_ scalar: Unicode.Scalar) {
                for byte in UTF8.encode(scalar)! {
                    buffer[n] = byte
                    n += 1
                }
                last = scalar.value < 0x80 ? UInt8(scalar.value) : 0
            }

            var iterator = folded.unicodeScalars.makeIterator()
            var cur = iterator.next()
            var next1 = iterator.next()
            var next2 = iterator.next()
            var next3 = iterator.next()
            var previous: UInt32 = 0
            while let scalar = cur {
                let v = lowercased(scalar.value)
                let b = next1.map { lowercased($0.value) } ?? 0
                var skip = 0
                switch v {
                // Cyrillic.
                case 0x0430, 0x04D9: letter(0x61)
                case 0x0431: letter(0x62)
                case 0x0432: letter(0x76)
                case 0x0433, 0x0493: letter(0x67)
                case 0x0434: letter(0x64)
                case 0x0435, 0x044D, 0x0451: letter(0x65)
                case 0x0436: letter(0x6A)
                case 0x0437: letter(0x7A)
                case 0x0438, 0x0439, 0x0456, 0x044B: letter(0x69)
                case 0x043A, 0x049B: letter(0x6B)
                case 0x043B: letter(0x6C)
                case 0x043C: letter(0x6D)
                case 0x043D, 0x04A3: letter(0x6E)
                case 0x043E, 0x04E9: letter(0x6F)
                case 0x043F: letter(0x70)
                case 0x0440: letter(0x72)
                case 0x0441: letter(0x73)
                case 0x0442: letter(0x74)
                case 0x0443, 0x04B1, 0x04AF: letter(0x75)
                case 0x0444: letter(0x66)
                case 0x0445, 0x04BB: letter(0x6B)
                case 0x0446: letters(0x74, 0x73)
                case 0x0447: letters(0x63, 0x68)
                case 0x0448, 0x0449: letters(0x73, 0x68)
                case 0x044A, 0x044C: break
                case 0x044E: letters(0x69, 0x75)
                case 0x044F: letters(0x69, 0x61)
                // Latin.
                case 0x61, 0xE0...0xE5: letter(0x61)
                case 0x63:
                    if b == 0x68 {
                        letters(0x63, 0x68)
                        skip = 1
                    } else if b == 0x65 || b == 0x69 || b == 0x79 {
                        letter(0x73)
                    } else {
                        letter(0x6B)
                    }
                case 0x65, 0xE8...0xEB: letter(0x65)
                case 0x67, 0x011F, 0x01F5:
                    letter(0x67)
                    if v == 0x67 && b == 0x68 { skip = 1 }
                case 0x69, 0xEC...0xEF, 0x0131, 0x012B: letter(0x69)
                case 0x6B:
                    letter(0x6B)
                    if b == 0x68 { skip = 1 }
                case 0x6E, 0xF1, 0x0144: letter(0x6E)
                case 0x6F, 0xF2...0xF6, 0x014D: letter(0x6F)
                case 0x70:
                    if b == 0x68 {
                        letter(0x66)
                        skip = 1
                    } else {
                        letter(0x70)
                    }
                case 0x71: letter(0x6B)
                case 0x73:
                    if b == 0x68 {
                        letters(0x73, 0x68)
                        let c2 = next2.map { lowercased($0.value) } ?? 0
                        let c3 = next3.map { lowercased($0.value) } ?? 0
                        skip = c2 == 0x63 && c3 == 0x68 ? 3 : 1
                    } else {
                        letter(0x73)
                    }
                case 0x015F: letters(0x73, 0x68)
                case 0xE7: letters(0x63, 0x68)
                case 0x75, 0xF9...0xFD, 0x016B, 0x77: letter(0x75)
                case 0x78: letters(0x6B, 0x73)
                case 0x79:
                    if b == 0x65 {
                        break
                    } else if b == 0x6F && isLatinConsonant(previous) {
                        letter(0x65)
                        skip = 1
                    } else {
                        letter(0x69)
                    }
                case 0x7A:
                    if b == 0x68 {
                        letter(0x6A)
                        skip = 1
                    } else {
                        letter(0x7A)
                    }
                case 0x68: letter(0x6B)
                case 0x62, 0x64, 0x66, 0x6A, 0x6C, 0x6D, 0x72, 0x74, 0x76: letter(UInt8(v))
                default:
                    raw(Unicode.Scalar(v) ?? scalar)
                }
                previous = v
                for _ in 0...skip {
                    cur = next1
                    next1 = next2
                    next2 = next3
                    next3 = iterator.next()
                }
            }
            return n
        }
    }
}
