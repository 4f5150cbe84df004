/// The Kazakh suffix inventory and the letter facts (classes, vowel harmony, loanword
/// signs) that `KazakhMorphology` checks suffixes against.
///
/// Letters are Unicode scalar values of lower-case Kazakh Cyrillic. Suffixes are grouped in
/// slots in the order they follow a stem: ordinal (after numerals only), plural, possessive,
/// case, attributive or similative, then a second plural and case after an attributive
/// (`Астанадағыларға`). A suffix may be stripped only from outside an inner slot.
extension KazakhMorphology {
    /// Classes of the letter in front of a suffix, as a bit set; they decide the allomorph.
    enum Letter {
        /// Vowels (also `у`, `и`, `ю`, which Kazakh treats as vowel or glide).
        static let vowel: UInt8 = 1
        /// `р й у и`: sonorants taking `-лар`, `-дың`, `-ға`.
        static let ryu: UInt8 = 2
        /// `л з ж ь`: voiced consonants taking `-дар`, `-дың`, `-ға`.
        static let lzj: UInt8 = 4
        /// `м н ң`: nasals taking `-дар`, `-ның`, `-нан`.
        static let nasal: UInt8 = 8
        /// Voiceless consonants (`к қ п с т ш ф х ц ч щ һ`) taking `-тар`, `-тың`, `-қа`.
        static let voiceless: UInt8 = 16
        /// `б в г д ғ`, word-final in loans, devoiced: they take the voiceless allomorphs.
        static let voicedStop: UInt8 = 32
        /// Any letter (used after hyphens, digits and acronyms).
        static let any: UInt8 = 0xFF
        static let consonant: UInt8 = ryu | lzj | nasal | voiceless | voicedStop

        /// The class bits of one lower-case scalar; 0 for anything that is not a letter.
        @inline(__always)
        static func classes(_ c: UInt32) -> UInt8 {
            switch c {
            case 0x0430, 0x04D9, 0x0435, 0x043E, 0x04E9, 0x04B1, 0x04AF, 0x044B, 0x0456, 0x044D,
                0x044F, 0x0451:
                return vowel
            case 0x0443, 0x0438, 0x044E: return vowel | ryu  // у и ю
            case 0x0440, 0x0439: return ryu  // р й
            case 0x043B, 0x0437, 0x0436, 0x044C: return lzj  // л з ж ь
            case 0x043C, 0x043D, 0x04A3: return nasal  // м н ң
            case 0x043A, 0x049B, 0x043F, 0x0441, 0x0442, 0x0448, 0x0444, 0x0445, 0x0446, 0x0447,
                0x0449, 0x04BB:
                return voiceless
            case 0x0431, 0x0432, 0x0433, 0x0434, 0x0493: return voicedStop  // б в г д ғ
            default: return 0
            }
        }
    }

    /// Vowel harmony class of a suffix or stem.
    enum Harmony: UInt8, Sendable {
        case neutral, back, front
    }

    /// What the suffix inside a suffix must be (e.g. `-нда` only follows a 3rd-person possessive).
    enum Need: UInt8, Sendable {
        case none, poss3, poss12, locative, attributive, attributiveOrPlural
        /// Anything but a 3rd-person possessive (which takes the н-forms).
        case notPoss3
        /// Anything but a possessive.
        case notPossessive
        /// Anything but a case.
        case noCase
        /// Nothing: the suffix follows the stem (a bare attributive: жылғы, бүгінгі).
        case stemOnly
        /// Neither a case nor a 3rd-person possessive.
        case noCaseNorPoss3
    }

    /// A suffix's own kind, checked against the `Need` of the suffix outside it.
    enum Mark: UInt8, Sendable {
        case none, poss3, poss12, locative, attributive, plural
        /// A case other than the locative.
        case caseEnding
    }

    /// Slots, innermost first.
    enum Slot {
        static let ordinal: UInt8 = 1
        static let plural: UInt8 = 2
        static let possessive: UInt8 = 3
        static let grammaticalCase: UInt8 = 4
        static let attributive: UInt8 = 5
        static let outerPlural: UInt8 = 6
        static let outerCase: UInt8 = 7
        static let top: UInt8 = 8
    }

    /// One suffix allomorph.
    struct Suffix: Sendable {
        let form: [UInt32]
        let slot: UInt8
        /// Letter classes allowed right before the suffix.
        let after: UInt8
        let needs: Need
        let mark: Mark
        let harmony: Harmony
        /// How surely the ending is this suffix; the sum over a parse ranks the candidates.
        let strength: Int
        /// A letter after which the suffix is much less sure (`-тан` after `с`: Қазақстан).
        let weakAfter: UInt32
        /// When the word ends in this suffix on a clean parse, the word itself is no lemma.
        let strong: Bool
        /// Allowed only with an outer suffix (2nd-person possessives are rare word-finally).
        let innerOnly: Bool
        /// Only in the tail after a hyphen (ordinals after numerals).
        let hyphenOnly: Bool
        /// Starts with a vowel, so the stem before it may show an alternation (кітабы).
        let vowelInitial: Bool
    }

    /// Suffixes indexed by their last scalar: `lastLetters[i]` ends the suffixes
    /// `byLast[i]` (indices into `suffixes`), outer slots first, so that among equally
    /// ranked parses the one stripping an outer suffix is found first.
    struct SuffixTable: Sendable {
        let suffixes: [Suffix]
        let lastLetters: [UInt32]
        let byLast: [[Int]]

        @inline(__always)
        func indices(endingWith c: UInt32) -> [Int]? {
            for i in 0..<lastLetters.count where lastLetters[i] == c { return byLast[i] }
            return nil
        }
    }

    /// The suffix table, built once.
    static let table: SuffixTable = buildTable()

    /// A case suffix before it is added in its slot.
    private struct CaseRow {
        var forms: [String]
        var after: UInt8
        var needs: Need
        var mark: Mark = .caseEnding
        var strength: Int
        var strong = false
        var harmony: Harmony? = nil
        var weakAfter: UInt32 = 0
    }

    /// Builds the table of every allomorph of every suffix, outer slots first.
    static func buildTable() -> SuffixTable {
        var list: [Suffix] = []
        let L = Letter.self
        func add(
            _ forms: [String], _ slot: UInt8, after: UInt8, needs: Need = .none, mark: Mark = .none,
            strength: Int, strong: Bool = false, innerOnly: Bool = false, hyphenOnly: Bool = false,
            harmony: Harmony? = nil, weakAfter: UInt32 = 0
        ) {
            for f in forms {
                let scalars = f.unicodeScalars.map(\.value)
                list.append(
                    Suffix(
                        form: scalars, slot: slot, after: after, needs: needs, mark: mark,
                        harmony: harmony ?? harmonyOfSuffix(scalars), strength: strength,
                        weakAfter: weakAfter, strong: strong, innerOnly: innerOnly,
                        hyphenOnly: hyphenOnly,
                        vowelInitial: Letter.classes(scalars[0]) & L.vowel != 0 && scalars[0] != 0x0443))
            }
        }
        let afterVoiced = L.vowel | L.ryu | L.lzj | L.nasal
        let afterVoiceless = L.voiceless | L.voicedStop
        let s = UInt32(0x0441)  // с

        // Cases. After a 3rd-person possessive only the н-forms follow (-ының, -ына, -ын,
        // -ында, -ынан); after a 1st/2nd-person one the dative is -а/-е (-ыма, -ыңа).
        let cases: [CaseRow] = [
            // Genitive.
            CaseRow(forms: ["ның", "нің"], after: L.vowel | L.nasal, needs: .none, strength: 6, strong: true),
            CaseRow(forms: ["дың", "дің"], after: L.ryu | L.lzj, needs: .none, strength: 6, strong: true),
            CaseRow(forms: ["тың", "тің"], after: afterVoiceless, needs: .none, strength: 6, strong: true),
            // Dative.
            CaseRow(forms: ["ға", "ге"], after: afterVoiced, needs: .notPossessive, strength: 5),
            CaseRow(forms: ["қа", "ке"], after: afterVoiceless, needs: .notPossessive, strength: 5),
            CaseRow(forms: ["на", "не"], after: L.vowel, needs: .poss3, strength: 5, strong: true),
            CaseRow(forms: ["а", "е"], after: L.nasal, needs: .poss12, strength: 2),
            // Accusative.
            CaseRow(forms: ["ны", "ні"], after: L.vowel, needs: .notPoss3, strength: 5),
            CaseRow(forms: ["ды", "ді"], after: L.ryu | L.lzj | L.nasal, needs: .none, strength: 5),
            CaseRow(forms: ["ты", "ті"], after: afterVoiceless, needs: .none, strength: 5),
            CaseRow(forms: ["н"], after: L.vowel, needs: .poss3, strength: -1),
            // Locative.
            CaseRow(forms: ["да", "де"], after: afterVoiced, needs: .notPoss3, mark: .locative, strength: 5),
            CaseRow(forms: ["та", "те"], after: afterVoiceless, needs: .none, mark: .locative, strength: 5),
            CaseRow(forms: ["нда", "нде"], after: L.vowel, needs: .poss3, mark: .locative, strength: 6,
                    strong: true),
            // Ablative.
            CaseRow(forms: ["дан", "ден"], after: L.vowel | L.ryu | L.lzj, needs: .notPoss3, strength: 6),
            CaseRow(forms: ["нан", "нен"], after: L.nasal, needs: .none, strength: 6),
            CaseRow(forms: ["нан", "нен"], after: L.vowel, needs: .poss3, strength: 6, strong: true),
            CaseRow(forms: ["тан", "тен"], after: afterVoiceless, needs: .none, strength: 6, weakAfter: s),
            // Instrumental (no harmony).
            CaseRow(forms: ["мен", "менен"], after: L.any, needs: .none, strength: 6, strong: true,
                    harmony: .neutral),
            CaseRow(forms: ["бен", "бенен"], after: L.nasal | L.lzj, needs: .none, strength: 6, strong: true,
                    harmony: .neutral),
            CaseRow(forms: ["пен", "пенен"], after: afterVoiceless, needs: .none, strength: 6, strong: true,
                    harmony: .neutral),
        ]

        // After an attributive: case and plural again (облыстағыларға, Астанадағыны).
        for c in cases where c.needs != .poss3 && c.needs != .poss12 && c.after & (L.vowel | L.ryu) != 0 {
            add(c.forms, Slot.outerCase, after: c.after & (L.vowel | L.ryu), needs: .attributiveOrPlural,
                strength: c.strength, strong: c.strong, harmony: c.harmony)
        }
        add(["лар", "лер"], Slot.outerPlural, after: L.vowel, needs: .attributive, mark: .plural,
            strength: 5)

        // Attributive -ғы after a locative (Астанадағы) or a time word (жылғы, бүгінгі, ішкі).
        add(["ғы", "гі"], Slot.attributive, after: L.vowel, needs: .locative, mark: .attributive,
            strength: 4, strong: true)
        add(["ғы", "гі"], Slot.attributive, after: L.ryu | L.lzj | L.nasal, needs: .stemOnly,
            mark: .attributive, strength: 3)
        add(["қы", "кі"], Slot.attributive, after: afterVoiceless, needs: .stemOnly, mark: .attributive,
            strength: 3)
        // Similative -дай (таспиқтай, баладай, ағасындай).
        add(["дай", "дей"], Slot.attributive, after: afterVoiced, needs: .noCaseNorPoss3, strength: 3)
        add(["тай", "тей"], Slot.attributive, after: afterVoiceless, needs: .noCase, strength: 3)
        add(["ндай", "ндей"], Slot.attributive, after: L.vowel, needs: .poss3, strength: 4)

        // Personal predicative endings on nouns (студентпін, қазақпыз, үйдемін).
        add(["мын", "мін"], Slot.attributive, after: L.vowel | L.ryu | L.nasal | L.lzj, strength: 2)
        add(["бын", "бін", "быз", "біз"], Slot.attributive, after: L.nasal | L.lzj, strength: 2)
        add(["пын", "пін", "пыз", "піз"], Slot.attributive, after: afterVoiceless, strength: 2)
        add(["сың", "сің"], Slot.attributive, after: L.any, strength: 2)

        for c in cases {
            add(c.forms, Slot.grammaticalCase, after: c.after, needs: c.needs, mark: c.mark,
                strength: c.strength, strong: c.strong, harmony: c.harmony, weakAfter: c.weakAfter)
        }

        // Possessive.
        add(["сы", "сі"], Slot.possessive, after: L.vowel, mark: .poss3, strength: 5)
        add(["ы", "і"], Slot.possessive, after: L.consonant, mark: .poss3, strength: 5)
        add(["м"], Slot.possessive, after: L.vowel, mark: .poss12, strength: -2)
        add(["ым", "ім"], Slot.possessive, after: L.consonant, mark: .poss12, strength: -1)
        add(["ң"], Slot.possessive, after: L.vowel, mark: .poss12, strength: -2, innerOnly: true)
        add(["ың", "ің"], Slot.possessive, after: L.consonant, mark: .poss12, strength: -1,
            innerOnly: true)
        add(["ңыз", "ңіз"], Slot.possessive, after: L.vowel, strength: 0)
        add(["ыңыз", "іңіз"], Slot.possessive, after: L.consonant, strength: 1)
        add(["мыз", "міз"], Slot.possessive, after: L.vowel, strength: 0)
        add(["ымыз", "іміз"], Slot.possessive, after: L.consonant, strength: 2)

        // Plural.
        add(["лар", "лер"], Slot.plural, after: L.vowel | L.ryu, mark: .plural, strength: 5)
        add(["дар", "дер"], Slot.plural, after: L.lzj | L.nasal, mark: .plural, strength: 5)
        add(["тар", "тер"], Slot.plural, after: afterVoiceless, mark: .plural, strength: 5)

        // Ordinal numerals, after digits: 5-ші, 1990-шы, 2-інші.
        add(["шы", "ші", "ыншы", "інші", "ншы", "нші"], Slot.ordinal, after: L.any,
            strength: 1, hyphenOnly: true)

        var letters: [UInt32] = []
        var byLast: [[Int]] = []
        for (i, s) in list.enumerated() {
            let last = s.form[s.form.count - 1]
            if let k = letters.firstIndex(of: last) {
                byLast[k].append(i)
            } else {
                letters.append(last)
                byLast.append([i])
            }
        }
        return SuffixTable(suffixes: list, lastLetters: letters, byLast: byLast)
    }

    /// The harmony of a suffix: back if it has а or ы, front if ә е і, else neutral.
    static func harmonyOfSuffix(_ s: [UInt32]) -> Harmony {
        for c in s {
            switch c {
            case 0x0430, 0x044B: return .back
            case 0x0435, 0x0456, 0x04D9: return .front
            default: continue
            }
        }
        return .neutral
    }

    /// The harmony of `w[0..<end]`, from its last vowel.
    ///
    /// `у` after a vowel is a glide and is skipped; after a consonant it is a vowel of
    /// either row (су, кездесу) and gives neutral, as do `и` and `ю`. The vowel of a
    /// surname ending `-ов`/`-ев` and an `е` right after a vowel (Тоқаев) are skipped:
    /// Kazakh suffixes follow the vowel before them (Әуезовтің, Назарбаевтың).
    /// - Complexity: O(end).
    @inline(__always)
    static func stemHarmony(_ w: [UInt32], _ end: Int) -> Harmony {
        var i = end - 1
        var skipped: Harmony = .neutral
        while i >= 0 {
            let c = w[i]
            switch c {
            case 0x0430, 0x04B1, 0x044B, 0x044F, 0x0451: return .back
            case 0x04D9, 0x04E9, 0x04AF, 0x0456, 0x044D: return .front
            case 0x043E, 0x0435:  // о е
                let surname = i == end - 2 && w[end - 1] == 0x0432 && i > 1
                let afterVowel = c == 0x0435 && i > 0 && w[i - 1] != 0x0443
                    && Letter.classes(w[i - 1]) & Letter.vowel != 0
                if surname || afterVowel {
                    skipped = c == 0x043E ? .back : .front
                    i -= 1
                    continue
                }
                return c == 0x043E ? .back : .front
            case 0x0443:  // у
                if i > 0 && Letter.classes(w[i - 1]) & Letter.vowel != 0 {
                    i -= 1
                    continue
                }
                return .neutral
            case 0x0438, 0x044E: return .neutral
            default: i -= 1
            }
        }
        return skipped
    }

    /// How much `w[0..<end]` looks like a loanword.
    enum LoanSign: UInt8, Comparable, Sendable {
        /// No sign: a native-looking word.
        case none
        /// Vowels of both rows only, as in long-nativised Arabic and Persian words
        /// (кітап, мектеп), which still follow Kazakh alternations.
        case weak
        /// A letter foreign to native Kazakh words (в ф ц ч щ ь ъ э ё), `й` or two
        /// consonants at the start, three consonants in a row, or `о`/`ө` after the first
        /// syllable: a Russian or international loan (клуб, конгресс, король, Йорк).
        case strong

        static func < (a: LoanSign, b: LoanSign) -> Bool { a.rawValue < b.rawValue }
    }

    /// The loanword signs of `w[0..<end]`.
    /// - Complexity: O(end).
    static func loanSign(_ w: [UInt32], _ end: Int) -> LoanSign {
        var sawBack = false
        var sawFront = false
        var vowels = 0
        var run = 0
        if end > 0 && w[0] == 0x0439 { return .strong }
        for i in 0..<end {
            let c = w[i]
            switch c {
            case 0x0432, 0x0444, 0x0446, 0x0447, 0x0449, 0x044C, 0x044A, 0x044D, 0x0451:
                return .strong
            default: break
            }
            let cls = Letter.classes(c)
            if cls == 0 {
                run = 0
                continue
            }
            if cls & Letter.vowel != 0 && c != 0x0443 {
                run = 0
                vowels += 1
                switch c {
                case 0x043E, 0x04E9:
                    if vowels > 1 { return .strong }
                    if c == 0x043E { sawBack = true } else { sawFront = true }
                case 0x0430, 0x04B1, 0x044B: sawBack = true
                case 0x04D9, 0x04AF, 0x0456, 0x0435: sawFront = true
                default: break
                }
            } else {
                run += 1
                if run >= 3 || (run == 2 && vowels == 0 && i == 1) { return .strong }
            }
        }
        return sawBack && sawFront ? .weak : .none
    }
}
