/// Kazakh noun morphology by suffix stripping: candidate base forms (lemmas) of a word.
///
/// A word is read from its end as stem + plural + possessive + case + attributive (and a
/// second plural and case after an attributive: `облыстағыларға`). Each suffix is tried in
/// every allomorph that fits the letter before it (consonant assimilation: `-лар` after
/// vowels, `-дар` after `л з ж м н ң`, `-тар` after voiceless consonants, and so on) and
/// the vowel harmony of the stem (back `а о ұ ы` against front `ә ө ү і е`); a harmony
/// clash is allowed, since loanwords break harmony, but ranks lower. Every parse that
/// leaves a plausible stem yields a candidate, after undoing the stem alternations a
/// vowel-initial suffix causes:
///
/// - final devoicing: `министрлігі` → `министрлік`, `кітабы` → `кітап`, `аяғы` → `аяқ`;
/// - a dropped high vowel: `мұрны` → `мұрын`, `аузы` → `ауыз`, `құлқы` → `құлық`;
/// - a double consonant in loans: `конгресі` → `конгресс`, `класы` → `класс`;
/// - a soft sign in loans: `королі` → `король`.
///
/// Hyphenated endings after digits and acronyms (`30-дан`, `ақш-пен`, `юнеско-ның`) give
/// the part before the hyphen. Patronymic names in `-ұлы`/`-қызы` keep that ending
/// (`Болатұлына` → `болатұлы`). No word list is used; every rule is a suffix rule.
///
/// All functions take a word already lower-cased (see `TextFolding.fold`).
public enum KazakhMorphology {
    /// Candidate lemmas for a lower-cased word (Kazakh Cyrillic), most plausible first.
    ///
    /// The word itself is a candidate unless it ends in a suffix that no Kazakh lemma ends
    /// in on a clean parse (a genitive, an instrumental, a case after a possessive, ...);
    /// it comes first when no parse is more plausible.
    ///
    /// - Parameter folded: one lower-cased word.
    /// - Returns: distinct candidates, at least one.
    /// - Complexity: O(p·m) for a word of m letters with p suffix parses (p is small:
    ///   about 1–6 for ordinary words).
    public static func candidateBases(_ folded: String) -> [String] {
        var analysis = Analysis(folded)
        analysis.run()
        return analysis.bases(folded)
    }

    /// Every form reachable by stripping suffixes: the word itself first, then each
    /// intermediate stage, longest first, then the candidate bases not already listed.
    ///
    /// `архивінің` → `["архивінің", "архиві", "архив"]`. Used by the gazetteer matcher, so
    /// that `Сауд Арабиясының` matches the name `Сауд Арабиясы`.
    ///
    /// - Parameter folded: one lower-cased word.
    /// - Complexity: O(p·m) for a word of m letters with p suffix parses.
    public static func matchForms(_ folded: String) -> [String] {
        var analysis = Analysis(folded)
        analysis.run()
        return analysis.forms(folded)
    }
}

extension KazakhMorphology {
    /// A change to a stem that undoes an alternation.
    enum Edit: Equatable {
        case none
        case replaceLast(UInt32)
        case insertBeforeLast(UInt32)
        case append(UInt32)
    }

    /// A candidate: the first `end` scalars of the word, edited.
    struct Candidate {
        var end: Int
        var edit: Edit
        var score: Int
    }

    /// One analysis of one word: walks the suffix slots from the end of the word.
    struct Analysis {
        let w: [UInt32]
        var candidates: [Candidate] = []
        /// Positions where a stripping stage ends (for `matchForms`).
        var stages: [Candidate] = []
        /// The best score passed to `add` since it was last reset.
        var bestAdded = Int.min
        var wordIsLemma = true
        var wordScore = 4
        /// Set when a hyphen ends the stem and a suffix chain follows it.
        var hyphenHead: Int?
        /// Start of the last hyphen-separated segment.
        var segmentStart = 0

        static let harmonyPenalty = 2
        /// Candidates scoring this much below the best are dropped (Астанадағы: астанадақ).
        static let maxScoreGap = 6
        static let maxCandidates = 6

        init(_ folded: String) {
            var scalars: [UInt32] = []
            scalars.reserveCapacity(folded.utf8.count)
            for s in folded.unicodeScalars { scalars.append(s.value) }
            w = scalars
        }

        /// Analyses the word: a hyphenated suffix chain, or the suffix parses of the word.
        ///
        /// - Complexity: see `walk(end:maxSlot:need:score:inner:)`.
        mutating func run() {
            let n = w.count
            guard n >= 3 else { return }
            if let h = w.lastIndex(of: 0x2D) {
                if h > 0 && h < n - 1 && isSuffixChain(from: h + 1, end: n, maxSlot: Slot.top, need: .none) {
                    hyphenHead = h
                    wordIsLemma = false
                    return
                }
                segmentStart = h + 1
            }
            if endsInPatronymic(n) { wordScore = 10 }
            _ = walk(end: n, maxSlot: Slot.top, need: .none, score: 0, inner: nil)
        }

        /// The outcome of walking the parses below one stage.
        struct Reach {
            /// A stem was reached.
            var reached = false
            /// A plausible stem was reached without a harmony clash (or in a loanword).
            var clean = false
            /// The best score of a candidate recorded at or below the stage.
            var best = Int.min
        }

        /// Strips suffixes in slots below `maxSlot` from `w[0..<end]`, recording stages and
        /// stems.
        ///
        /// - Complexity: O(p·s) for p parses and s suffixes ending in the same letter; each
        ///   suffix comparison and harmony check is O(m) for a word of m letters.
        mutating func walk(end: Int, maxSlot: UInt8, need: Need, score: Int, inner: Suffix?) -> Reach {
            var reach = Reach()
            if let inner, allowsStem(need) {
                reach.reached = true
                bestAdded = Int.min
                reach.clean = recordStem(end: end, score: score, inner: inner)
                reach.best = bestAdded
            }
            let minStem = segmentStart + 2
            if end > minStem, let indices = table.indices(endingWith: w[end - 1]) {
                let top = end == w.count
                for i in indices {
                    let s = table.suffixes[i]
                    let start = end - s.form.count
                    if s.slot >= maxSlot || s.hyphenOnly || start < minStem { continue }
                    if top && s.innerOnly { continue }
                    if !fits(need, s.mark) { continue }
                    if !matches(s.form, at: start) { continue }
                    if classesBefore(start) & s.after == 0 { continue }
                    let h = stemHarmony(w, start)
                    let clash = (h == .back && s.harmony == .front) || (h == .front && s.harmony == .back)
                    let loan = clash && loanSign(w, start) != .none
                    let penalty = clash ? (loan ? 1 : Self.harmonyPenalty) : 0
                    let strength = s.strength - penalty + adjustment(s, start)
                    let inside = walk(end: start, maxSlot: s.slot, need: s.needs,
                                      score: score + strength, inner: s)
                    if inside.reached { reach.reached = true }
                    reach.best = max(reach.best, inside.best)
                    if inside.clean && (!clash || loan) {
                        reach.clean = true
                        if top && s.strong && start - segmentStart >= 3 { wordIsLemma = false }
                    }
                }
            }
            if reach.reached && inner != nil {
                if (need == .poss3 || need == .poss12) && endsInPatronymic(end) {
                    bestAdded = Int.min
                    add(end, .none, score + 8)
                    reach.best = max(reach.best, bestAdded)
                }
                stages.append(Candidate(end: end, edit: .none, score: reach.best))
            }
            return reach
        }

        /// True if `w[from..<end]` is entirely a chain of suffixes (after a hyphen, where
        /// the letter before is a digit or an acronym and assimilation cannot be checked).
        ///
        /// - Complexity: O(p·s) for p parses of the tail and s suffixes per letter.
        func isSuffixChain(from: Int, end: Int, maxSlot: UInt8, need: Need) -> Bool {
            if end == from { return allowsStem(need) }
            guard let indices = table.indices(endingWith: w[end - 1]) else { return false }
            for i in indices {
                let s = table.suffixes[i]
                let start = end - s.form.count
                if s.slot >= maxSlot || start < from || !fits(need, s.mark) { continue }
                if !matches(s.form, at: start) { continue }
                if start > from && classesBefore(start) & s.after == 0 { continue }
                // At the hyphen itself the context is unknown, so a suffix that needs an
                // inner possessive or locative cannot be checked either: accept it.
                let inner = start == from ? Need.none : s.needs
                if isSuffixChain(from: from, end: start, maxSlot: s.slot, need: inner) { return true }
            }
            return false
        }

        @inline(__always)
        func fits(_ need: Need, _ mark: Mark) -> Bool {
            switch need {
            case .none: return true
            case .poss3: return mark == .poss3
            case .poss12: return mark == .poss12
            case .locative: return mark == .locative
            case .attributive: return mark == .attributive
            case .attributiveOrPlural: return mark == .attributive || mark == .plural
            case .notPoss3: return mark != .poss3
            case .notPossessive: return mark != .poss3 && mark != .poss12
            case .noCase: return mark != .caseEnding && mark != .locative
            case .stemOnly: return false
            case .noCaseNorPoss3: return mark != .caseEnding && mark != .locative && mark != .poss3
            }
        }

        /// True if a stem may end where a suffix with this need was stripped.
        @inline(__always)
        func allowsStem(_ need: Need) -> Bool {
            switch need {
            case .none, .notPoss3, .notPossessive, .noCase, .noCaseNorPoss3, .stemOnly: return true
            case .poss3, .poss12, .locative, .attributive, .attributiveOrPlural: return false
            }
        }

        /// The letter classes of the letter before `w[start]`; a soft sign takes those of
        /// the consonant it softens (Беларусьтің, Кремльге).
        @inline(__always)
        func classesBefore(_ start: Int) -> UInt8 {
            let c = w[start - 1]
            if c == 0x044C && start >= 2 { return Letter.classes(w[start - 2]) | Letter.lzj }
            return Letter.classes(c)
        }

        /// Context-dependent corrections to a suffix's strength.
        @inline(__always)
        func adjustment(_ s: Suffix, _ start: Int) -> Int {
            let before = w[start - 1]
            if s.weakAfter == before { return -3 }
            guard s.mark == .poss3 else { return 0 }
            if s.form.count == 1 {
                // After ш or л an -ы/-і is as often a lemma's own (басшы, қаулы, ұлы).
                switch before {
                case 0x0448, 0x0447, 0x0449, 0x043B: return -2
                default: return 0
                }
            }
            // -сы after a stem in ы/і: native noun stems rarely end in a high vowel, except
            // agent nouns in -шы/-ші (басшысы); облысы is облыс + ы.
            if s.form.count == 2 && (before == 0x044B || before == 0x0456) && start >= 2 {
                let c = w[start - 2]
                if c != 0x0448 && c != 0x0447 { return -2 }
            }
            return 0
        }

        @inline(__always)
        func matches(_ form: [UInt32], at start: Int) -> Bool {
            var i = 0
            while i < form.count {
                if w[start + i] != form[i] { return false }
                i += 1
            }
            return true
        }

        /// True if `w[0..<end]` ends in a patronymic `ұлы`/`қызы` after a name of three or
        /// more letters.
        func endsInPatronymic(_ end: Int) -> Bool {
            guard end - segmentStart >= 6, w[end - 1] == 0x044B else { return false }
            for p in Self.patronymics where end - segmentStart > p.count + 2 && matches(p, at: end - p.count) {
                return true
            }
            return false
        }

        /// ұлы, қызы.
        static let patronymics: [[UInt32]] = [[0x04B1, 0x043B, 0x044B], [0x049B, 0x044B, 0x0437, 0x044B]]

        /// Records the stem `w[0..<end]` left by `inner` and its alternations.
        /// Returns true if the stem is plausible.
        mutating func recordStem(end: Int, score rawScore: Int, inner: Suffix) -> Bool {
            if endsInPatronymic(end) { add(end, .none, rawScore + 8) }
            let length = end - segmentStart
            guard length >= 2, hasVowel(from: segmentStart, to: end) else { return false }
            var score = rawScore
            let last = w[end - 1]
            let beforeLast = w[end - 2]
            let lastIsVowel = Letter.classes(last) & Letter.vowel != 0 && last != 0x0443
            let vowelBefore = Letter.classes(beforeLast) & Letter.vowel != 0
            if length == 2 && (lastIsVowel || last == 0x0443) { score -= 3 }
            let sign = loanSign(w, end)
            let loan = sign != .none
            // Loans in -ист lose the т before a т-suffix: журналистер, журналистің.
            if inner.form[0] == 0x0442 && last == 0x0441 && beforeLast == 0x0438 {
                add(end, .append(0x0442), score - 1)
            }
            // Two final consonants that cannot end a native stem are left by a wrong parse
            // (кітапт+ы, есіртк+і), unless the rest of the stem is a loan (президент, Йорк).
            let badCluster = !lastIsVowel && !vowelBefore && !isNativeFinalCluster(beforeLast, last)
                && loanSign(w, end - 1) != .strong
            guard inner.vowelInitial else {
                if badCluster { score -= 3 }
                add(end, .none, score)
                return true
            }
            switch last {
            case 0x0493 where vowelBefore, 0x0433 where vowelBefore, 0x0431 where vowelBefore:  // ғ г б
                let voiceless: UInt32 = last == 0x0493 ? 0x049B : last == 0x0433 ? 0x043A : 0x043F
                // Loans keep a final voiced stop (клуб, диалог), except in the native
                // suffixes -лық/-дық/-тық (министрлік, агенттік).
                var native = sign != .strong
                if !native && last != 0x0431 && end >= 3 {
                    switch w[end - 3] {
                    case 0x043B, 0x0434, 0x0442: native = true
                    default: break
                    }
                }
                // -дағы is nearly always locative + attributive, not -дақ + ы.
                let s = inner.mark == .poss3 && end >= 4 && isLocativeAttributive(end) ? score - 3 : score
                add(end, .replaceLast(voiceless), native ? s : s - 1)
                add(end, .none, native ? s - 3 : s)
            default:
                if let vowel = droppedVowel(end) {
                    add(end, .insertBeforeLast(vowel), score)
                    if loan { add(end, .none, score - 1) }
                } else if badCluster {
                    add(end, .none, score - 3)
                } else {
                    add(end, .none, score)
                }
            }
            // Loans drop one of a double consonant before a vowel: конгресі, класы, металы.
            if loan && vowelBefore && (last == 0x0441 || last == 0x043B || last == 0x043C) {
                add(end, .append(last), score - 1)
            }
            // A soft sign before a front suffix: королі, моделі, фестивалі.
            if last == 0x043B && inner.harmony == .front {
                let h = stemHarmony(w, end)
                if h == .back { add(end, .append(0x044C), score + Self.harmonyPenalty) }
                else if loan { add(end, .append(0x044C), score - 1) }
            }
            return true
        }

        /// True if `w[0..<end]` ends in `дағ дег тағ тег`.
        func isLocativeAttributive(_ end: Int) -> Bool {
            let c = w[end - 1]
            guard c == 0x0493 || c == 0x0433 else { return false }
            let v = w[end - 2]
            let d = w[end - 3]
            return (v == 0x0430 || v == 0x0435) && (d == 0x0434 || d == 0x0442)
        }

        /// Two consonants that may end a native Kazakh stem: р л н с й before т (жұрт,
        /// бұлт, кент, дост, айт). Other pairs are left by a wrong parse (кітапт+ы).
        @inline(__always)
        func isNativeFinalCluster(_ c1: UInt32, _ c2: UInt32) -> Bool {
            if c1 == 0x0443 || c1 == 0x044C { return true }  // ау-, -ль
            guard c2 == 0x0442 else { return false }
            switch c1 {
            case 0x0440, 0x043B, 0x043D, 0x0441, 0x0439: return true
            default: return false
            }
        }

        /// The high vowel a stem lost before a vowel-initial suffix (мұрны ← мұрын), if
        /// `w[0..<end]` ends in a vowel, a sonorant and a consonant that cannot end a word.
        func droppedVowel(_ end: Int) -> UInt32? {
            guard end >= 3 else { return nil }
            let c1 = w[end - 2]
            let c2 = w[end - 1]
            let v = w[end - 3]
            guard Letter.classes(v) & Letter.vowel != 0, v != 0x0443 else { return nil }
            switch c1 {
            case 0x0440, 0x043B, 0x0439:  // р л й
                switch c2 {
                case 0x043D, 0x0437, 0x049B, 0x043A, 0x043F: break  // н з қ к п
                default: return nil
                }
            case 0x0443:  // у: ауыз, дауыс, жауырын? (ауз, ауc)
                guard c2 == 0x0437 || c2 == 0x0441 else { return nil }
            default: return nil
            }
            return stemHarmony(w, end) == .front ? 0x0456 : 0x044B
        }

        @inline(__always)
        func hasVowel(from: Int, to end: Int) -> Bool {
            var i = from
            while i < end {
                if Letter.classes(w[i]) & Letter.vowel != 0 { return true }
                i += 1
            }
            return false
        }

        mutating func add(_ end: Int, _ edit: Edit, _ score: Int) {
            if score > bestAdded { bestAdded = score }
            for i in 0..<candidates.count where candidates[i].end == end && candidates[i].edit == edit {
                if score > candidates[i].score { candidates[i].score = score }
                return
            }
            candidates.append(Candidate(end: end, edit: edit, score: score))
        }

        func string(_ c: Candidate) -> String {
            var view = String.UnicodeScalarView()
            let end = c.end
            switch c.edit {
            case .none:
                appendScalars(&view, 0, end)
            case .replaceLast(let x):
                appendScalars(&view, 0, end - 1)
                view.append(Unicode.Scalar(x)!)
            case .insertBeforeLast(let x):
                appendScalars(&view, 0, end - 1)
                view.append(Unicode.Scalar(x)!)
                view.append(Unicode.Scalar(w[end - 1])!)
            case .append(let x):
                appendScalars(&view, 0, end)
                view.append(Unicode.Scalar(x)!)
            }
            return String(view)
        }

        @inline(__always)
        func appendScalars(_ view: inout String.UnicodeScalarView, _ from: Int, _ to: Int) {
            for i in from..<to { view.append(Unicode.Scalar(w[i])!) }
        }

        /// The lowest score a candidate or stage may have to be listed.
        func scoreFloor() -> Int {
            var best = wordIsLemma || candidates.isEmpty ? wordScore : Int.min
            for c in candidates where c.score > best { best = c.score }
            return best - Self.maxScoreGap
        }

        /// Candidates ranked by score (ties keep discovery order), the word itself placed
        /// by its own score; those far below the best are dropped.
        func bases(_ folded: String) -> [String] {
            if let h = hyphenHead { return [string(Candidate(end: h, edit: .none, score: 0))] }
            var ranked: [Candidate] = []
            ranked.reserveCapacity(candidates.count + 1)
            if wordIsLemma || candidates.isEmpty {
                ranked.append(Candidate(end: w.count, edit: .none, score: wordScore))
            }
            ranked.append(contentsOf: candidates)
            ranked = stableSorted(ranked)
            let floor = scoreFloor()
            var result: [String] = []
            result.reserveCapacity(ranked.count)
            for c in ranked where c.score >= floor && result.count < Self.maxCandidates {
                let s = c.end == w.count && c.edit == .none ? folded : string(c)
                if !result.contains(s) { result.append(s) }
            }
            return result
        }

        /// The word, the stages on parses that lead to a listed candidate (longest first),
        /// then the listed candidates that are not stages.
        func forms(_ folded: String) -> [String] {
            var result = [folded]
            if let h = hyphenHead {
                result.append(string(Candidate(end: h, edit: .none, score: 0)))
                return result
            }
            let floor = scoreFloor()
            var ends: [Int] = []
            for st in stages where st.score >= floor && !ends.contains(st.end) { ends.append(st.end) }
            ends.sort(by: >)
            for e in ends { result.append(string(Candidate(end: e, edit: .none, score: 0))) }
            for c in stableSorted(candidates) where c.edit != .none && c.score >= floor {
                let s = string(c)
                if !result.contains(s) { result.append(s) }
            }
            return result
        }

        /// Insertion sort by descending score; stable, and fast for the few candidates.
        func stableSorted(_ list: [Candidate]) -> [Candidate] {
            var a = list
            if a.count < 2 { return a }
            for i in 1..<a.count {
                let x = a[i]
                var j = i
                while j > 0 && a[j - 1].score < x.score {
                    a[j] = a[j - 1]
                    j -= 1
                }
                a[j] = x
            }
            return a
        }
    }
}
