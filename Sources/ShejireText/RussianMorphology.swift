/// Russian nominal morphology by ending replacement: nominative singular candidates of
/// inflected nouns, proper names and adjectives, enough to link `мустафиной` to
/// `мустафина`, `акмолинской области` to `акмолинская область` and `казахстане` to
/// `казахстан`.
///
/// Each rule maps an oblique ending to the nominative endings it may come from, for the
/// declensions of
/// - masculine nouns and surnames in a consonant (`президента`, `назарбаеву`,
///   `ивановым`, `петровичем`), in `-й`/`-ь` (`сергея`, `игорем`) and in `-ий`
///   (`дмитрия`);
/// - feminine nouns and names in `-а`/`-я`/`-ия` (`астаной`, `республики`, `алии`,
///   `алие`, `сергеевной`), in `-ь` (`области`, `областью`), and surnames in `-ова`/`-ина`
///   (`мустафиной`, `иванову`);
/// - neuter nouns in `-о`/`-ие` (`министерства`, `управлением`) and in `-ье` (`приморья`,
///   `подмосковью`);
/// - feminine nouns in a consonant and `-я` (`чечне`, `чечней`);
/// - plurals in `-ы`/`-и` (`апеннинах`, `гималаях`, `челнах`, `нидерландов`);
/// - adjectives (`акмолинской`, `казахского`, `национальному`, `южном`, `великом`,
///   `нижнем`), singular and plural.
///
/// The endings follow the declension tables of Russian grammars and of the petrovich
/// name rules (MIT). All functions take a lower-cased word with `ё` folded to `е`.
public enum RussianMorphology {
    /// Nominative singular candidates for a lower-cased word, most plausible first.
    ///
    /// The word itself is always a candidate: first when its ending may be a nominative
    /// (`назарбаева`, `сергей`, `алматы`), last when it is surely oblique (`назарбаевым`).
    /// Masculine and feminine readings are both given where they differ: `иванову` →
    /// `иванов`, `иванова`.
    ///
    /// - Parameter folded: one lower-cased word.
    /// - Complexity: O(r + m) for r ending rules and a word of m letters.
    public static func candidateBases(_ folded: String) -> [String] {
        let w = Array(folded.unicodeScalars)
        var result: [String] = []
        guard w.count >= 3, w.contains(where: { $0.value >= 0x0430 && $0.value <= 0x044F }) else {
            return [folded]
        }
        guard let rule = matchingRule(w) else { return [folded] }
        let stemEnd = w.count - rule.ending.count
        let stem = w[0..<stemEnd]
        if rule.word == .first { result.append(folded) }
        for (ending, condition) in rule.outputs where condition.holds(for: stem) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: stem)
            view.append(contentsOf: ending)
            let candidate = String(view)
            if !result.contains(candidate) { result.append(candidate) }
        }
        if let alternate = fleetingVowel(stem) {
            for (ending, condition) in rule.outputs where condition.holds(for: stem) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: alternate)
                view.append(contentsOf: ending)
                let candidate = String(view)
                if !result.contains(candidate) { result.append(candidate) }
            }
        }
        if rule.word == .last && !result.contains(folded) { result.append(folded) }
        return result
    }

    /// The word itself first, then its other candidate bases.
    ///
    /// - Parameter folded: one lower-cased word.
    /// - Complexity: O(r + m) for r ending rules and a word of m letters.
    public static func matchForms(_ folded: String) -> [String] {
        var result = [folded]
        for c in candidateBases(folded) where c != folded { result.append(c) }
        return result
    }
}

extension RussianMorphology {
    /// Where the word itself goes among the candidates.
    enum WordPlace: Sendable {
        case first, last
    }

    /// What the stem (the word less the ending) must look like for a replacement.
    enum Condition: Sendable {
        case always
        /// Ends in a consonant.
        case consonant
        /// Ends in a vowel.
        case vowel
        /// Ends in a vowel other than `ы` (`коре-` of `Корее`; no Russian word ends in `-ыя`, so
        /// `данные` is no form of `Дания`).
        case vowelNotYery
        /// Ends in к г х ж ш ч щ (spelling rule: -и, not -ы, after them).
        case velarOrSibilant
        /// Ends in a consonant other than к г х ж ш ч щ.
        case plainConsonant
        /// Ends in ж ш ч щ ц (-ем, not -ом, after them).
        case sibilant
        /// A surname stem: ends in -ов -ев -ин -ын.
        case surname
        /// A consonant stem that is not a surname stem.
        case consonantNotSurname
        /// Ends in -ск/-цк (adjectives and place names in -ский, -ская).
        case skiy
        /// Not ending in -ск/-цк, and not a surname stem.
        case notSkiyNotSurname
        /// Ends in -ств (министерство, агентство, общество): an -о neuter.
        case neuter
        /// Ends in a consonant and is no -ств neuter stem: a masculine noun or name.
        case masculine
        /// Ends in л (земля, учитель).
        case l
        /// Ends in a consonant that a soft sign or `я` may follow (not к г х).
        case softenable
        /// Ends in a soft sign (`Приморь-`, `Подмосковь-`: neuter nouns in -ье).
        case softSign
        /// The stem of a neuter common noun that heads names of waters and lands (`мор-`, `озер-`,
        /// `пол-`, `болот-`, `водохранилищ-`, `сел-`), whose oblique forms (`моря`, `озера`, `озере`,
        /// `морю`) no other rule reads back to the nominative.
        case neuterPlaceNoun
        /// Ends in `й` (`Гавай-` of `Гавайях`).
        case yot

        func holds(for stem: ArraySlice<Unicode.Scalar>) -> Bool {
            guard let last = stem.last?.value else { return false }
            switch self {
            case .always: return true
            case .consonant: return RussianMorphology.isConsonant(last)
            case .vowel: return RussianMorphology.isVowel(last)
            case .vowelNotYery: return RussianMorphology.isVowel(last) && last != 0x044B
            case .velarOrSibilant: return RussianMorphology.isVelarOrSibilant(last)
            case .plainConsonant:
                return RussianMorphology.isConsonant(last) && !RussianMorphology.isVelarOrSibilant(last)
            case .sibilant:
                return last == 0x0436 || last == 0x0448 || last == 0x0447 || last == 0x0449 || last == 0x0446
            case .surname: return RussianMorphology.isSurnameStem(stem)
            case .consonantNotSurname:
                return RussianMorphology.isConsonant(last) && !RussianMorphology.isSurnameStem(stem)
            case .skiy: return RussianMorphology.isSkiyStem(stem)
            case .notSkiyNotSurname:
                return !RussianMorphology.isSkiyStem(stem) && !RussianMorphology.isSurnameStem(stem)
            case .neuter:
                return RussianMorphology.ends(stem, "ств")
            case .masculine:
                return RussianMorphology.isConsonant(last) && !RussianMorphology.ends(stem, "ств")
            case .l: return last == 0x043B
            case .softenable:
                return RussianMorphology.isConsonant(last) && last != 0x043A && last != 0x0433 && last != 0x0445
            case .softSign: return last == 0x044C
            case .yot: return last == 0x0439
            case .neuterPlaceNoun: return RussianMorphology.neuterPlaceNounStems.contains(where: { stem.elementsEqual($0) })
            }
        }
    }

    /// One oblique ending and the nominative endings it may come from, in rank order.
    struct Rule: Sendable {
        let ending: [Unicode.Scalar]
        let outputs: [([Unicode.Scalar], Condition)]
        let word: WordPlace

        init(_ ending: String, _ word: WordPlace, _ outputs: [(String, Condition)]) {
            self.ending = Array(ending.unicodeScalars)
            self.outputs = outputs.map { (Array($0.0.unicodeScalars), $0.1) }
            self.word = word
        }
    }

    /// The rules, longest ending first; the first that matches (leaving a stem of two or
    /// more letters) is used.
    static let rules: [Rule] = [
        // Adjectives (and adjectival surnames and place names).
        Rule("ого", .last, [("ий", .velarOrSibilant), ("ый", .plainConsonant), ("ой", .consonant), ("ое", .plainConsonant), ("ое", .velarOrSibilant)]),
        Rule("его", .last, [("ий", .always)]),
        Rule("ому", .last, [("ий", .velarOrSibilant), ("ый", .plainConsonant), ("ой", .consonant), ("ое", .plainConsonant), ("ое", .velarOrSibilant)]),
        Rule("ему", .last, [("ий", .always)]),
        Rule("ыми", .last, [("ый", .consonantNotSurname), ("", .surname), ("ые", .always)]),
        Rule("ими", .last, [("ий", .always), ("ие", .always)]),
        Rule("ами", .last, [("а", .consonant), ("", .consonant), ("о", .neuter), ("ы", .plainConsonant), ("и", .velarOrSibilant)]),
        Rule("ями", .last, [("я", .always), ("ь", .consonant), ("е", .always)]),
        Rule("ией", .last, [("ия", .always)]),
        Rule("ием", .last, [("ие", .always), ("ий", .always)]),
        Rule("ых", .last, [("", .surname), ("ы", .surname), ("ый", .consonantNotSurname), ("ые", .consonantNotSurname)]),
        Rule("их", .last, [("ий", .always), ("ие", .always)]),
        Rule("ым", .last, [("", .surname), ("ый", .consonantNotSurname), ("ое", .consonantNotSurname)]),
        Rule("им", .first, [("ий", .velarOrSibilant), ("ий", .skiy), ("ий", .softenable)]),
        Rule("ую", .last, [("ая", .always)]),
        Rule("юю", .last, [("яя", .always)]),
        Rule("ой", .last, [("ая", .skiy), ("а", .surname), ("а", .notSkiyNotSurname), ("ая", .notSkiyNotSurname)]),
        Rule("ою", .last, [("а", .always)]),
        Rule("ею", .last, [("я", .always)]),
        Rule("ей", .first, [("я", .l), ("ь", .consonant), ("а", .sibilant), ("я", .softenable)]),
        Rule("ью", .last, [("ь", .always), ("ье", .always), ("ья", .always)]),
        // -ия, -ие, -ий.
        Rule("ии", .last, [("ия", .always), ("ие", .always), ("ий", .always)]),
        Rule("ию", .last, [("ия", .always), ("ие", .always), ("ий", .always)]),
        Rule("ия", .first, [("ие", .always), ("ий", .always)]),
        Rule("ие", .first, [("ия", .always)]),
        // Plural cases.
        Rule("ам", .first, [("а", .consonant), ("", .consonant), ("о", .neuter), ("ы", .plainConsonant), ("и", .velarOrSibilant)]),
        Rule("ям", .last, [("я", .always), ("ь", .consonant), ("е", .always)]),
        Rule("ах", .first, [("а", .consonant), ("", .consonant), ("о", .neuter), ("ы", .plainConsonant), ("и", .velarOrSibilant), ("о", .neuterPlaceNoun)]),
        Rule("ях", .last, [("я", .always), ("ь", .consonant), ("е", .always), ("и", .vowel), ("и", .yot)]),
        // Genitive plural of a plural-only name (`нидерландов`, `штатов`, `эмиратов`); the word
        // itself comes first, since `-ов` is also a surname's nominative (`иванов`).
        Rule("ов", .first, [("ы", .plainConsonant), ("и", .velarOrSibilant)]),
        // Masculine and neuter instrumental; adjective prepositional.
        Rule("ом", .last, [("", .masculine), ("о", .neuter), ("ий", .skiy), ("ое", .plainConsonant), ("ый", .plainConsonant), ("ий", .velarOrSibilant), ("о", .consonant), ("ое", .skiy)]),
        Rule("ем", .last, [("", .sibilant), ("й", .vowel), ("ь", .softenable), ("е", .consonant), ("ий", .consonant), ("е", .softSign)]),
        // Single-letter endings.
        Rule("а", .first, [("о", .neuter), ("", .masculine), ("о", .neuterPlaceNoun), ("е", .neuterPlaceNoun)]),
        Rule("я", .first, [("й", .vowel), ("ь", .consonant), ("е", .softSign), ("е", .neuterPlaceNoun)]),
        Rule("у", .last, [("", .masculine), ("а", .consonant), ("о", .neuter), ("о", .neuterPlaceNoun), ("е", .neuterPlaceNoun)]),
        Rule("ю", .last, [("й", .vowel), ("я", .always), ("ь", .consonant), ("е", .softSign), ("е", .neuterPlaceNoun)]),
        Rule("е", .last, [("", .masculine), ("а", .consonant), ("о", .neuter), ("я", .l), ("ь", .l), ("я", .vowelNotYery), ("й", .vowel), ("я", .softenable), ("о", .neuterPlaceNoun), ("я", .softSign)]),
        Rule("ы", .first, [("а", .consonant), ("", .plainConsonant)]),
        Rule("и", .first, [("а", .velarOrSibilant), ("ь", .softenable), ("я", .softenable), ("", .velarOrSibilant), ("й", .vowel), ("я", .vowel), ("я", .softSign)]),
    ]

    /// The first rule whose ending the word has, leaving at least two letters.
    ///
    /// - Complexity: O(r) for r rules (endings are at most three letters).
    static func matchingRule(_ w: [Unicode.Scalar]) -> Rule? {
        for rule in rules where w.count - rule.ending.count >= 2 {
            let start = w.count - rule.ending.count
            var same = true
            for i in 0..<rule.ending.count where w[start + i] != rule.ending[i] {
                same = false
                break
            }
            if same { return rule }
        }
        return nil
    }

    /// Stems of names with a fleeting vowel: павл- (Павел), льв- (Лев), and -ц after a
    /// consonant (отц-, Кузнец-).
    static func fleetingVowel(_ stem: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        if stem.elementsEqual(pavl) { return Array("павел".unicodeScalars) }
        if stem.elementsEqual(lv) { return Array("лев".unicodeScalars) }
        if stem.count >= 3, stem.last == "ц", let before = stem.dropLast().last, isConsonant(before.value) {
            var a = Array(stem.dropLast())
            a.append("е")
            a.append("ц")
            return a
        }
        return nil
    }

    /// Stems for `Condition.neuterPlaceNoun`.
    static let neuterPlaceNounStems: [[Unicode.Scalar]] = ["мор", "озер", "пол", "болот", "водохранилищ", "сел"].map { Array($0.unicodeScalars) }

    private static let pavl = Array("павл".unicodeScalars)
    private static let lv = Array("льв".unicodeScalars)

    static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x0430, 0x0435, 0x0451, 0x0438, 0x043E, 0x0443, 0x044B, 0x044D, 0x044E, 0x044F: return true
        default: return false
        }
    }

    static func isConsonant(_ c: UInt32) -> Bool {
        c >= 0x0431 && c <= 0x0449 && !isVowel(c) && c != 0x0439
    }

    static func isVelarOrSibilant(_ c: UInt32) -> Bool {
        switch c {
        case 0x043A, 0x0433, 0x0445, 0x0436, 0x0448, 0x0447, 0x0449: return true
        default: return false
        }
    }

    /// True if `stem` ends in the two or three letters `tail`.
    @inline(__always)
    static func ends(_ stem: ArraySlice<Unicode.Scalar>, _ tail: StaticString) -> Bool {
        // Cyrillic letters take two UTF-8 bytes each.
        let count = tail.utf8CodeUnitCount / 2
        guard stem.count >= count else { return false }
        var i = stem.endIndex - count
        var ok = true
        tail.withUTF8Buffer { bytes in
            var k = 0
            while k < bytes.count {
                let v = (UInt32(bytes[k] & 0x1F) << 6) | UInt32(bytes[k + 1] & 0x3F)
                if stem[i].value != v {
                    ok = false
                    return
                }
                i += 1
                k += 2
            }
        }
        return ok
    }

    static func isSurnameStem(_ stem: ArraySlice<Unicode.Scalar>) -> Bool {
        stem.count >= 4 && (ends(stem, "ов") || ends(stem, "ев") || ends(stem, "ин") || ends(stem, "ын"))
    }

    static func isSkiyStem(_ stem: ArraySlice<Unicode.Scalar>) -> Bool {
        ends(stem, "ск") || ends(stem, "цк")
    }
}
