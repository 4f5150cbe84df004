/// English date patterns: `30 October 2025`, `30th of October`, `October 30, 2025`,
/// `October 27-30`, `27-30 October`, `October 2025`, `in 2023` (the year alone; `in` stays
/// out), `since 2023` (`2023/..`), `until`/`till`/`by 2035` (`../2035`), `from 2020 to 2025`,
/// `between 2020 and 2025`, `from 2026` alone (`2026/..`), `the 1990s`, `the 19th century`, `XIX century`, and the relative
/// `today`, `yesterday`, `tomorrow`, `this year`, `last month`, `next week`.
extension DateParser {
    func english(at i: Int) -> DateMatch? {
        let a = atoms[i]
        guard a.startsEnglish || a.number != nil || a.roman != nil, let word = folded(i) else { return nil }
        switch word {
        case "since":
            guard let core = englishCoreOrYear(at: i + 1) else { return nil }
            return DateMatch(end: core.end, expression: .since(core.expression), confidence: core.confidence)
        case "until", "till", "by", "through":
            guard let core = englishCoreOrYear(at: i + 1), Self.isYearLike(core.expression) || word != "by",
                word != "by" || !isFollowedByNoun(core.end)
            else { return nil }
            return DateMatch(end: core.end, expression: .until(core.expression), confidence: core.confidence)
        case "from", "between":
            guard let start = englishCoreOrYear(at: i + 1) else { return nil }
            guard let link = folded(start.end),
                link == (word == "from" ? "to" : "and") || word == "from" && (link == "until" || link == "through"),
                let end = englishCoreOrYear(at: start.end + 1)
            else {
                // `from 2026` alone: from then on, like `since` (not before a noun: `from 2026 levels`).
                guard word == "from", !isFollowedByNoun(start.end) else { return nil }
                return DateMatch(end: start.end, expression: .since(start.expression), confidence: start.confidence)
            }
            return DateMatch(
                end: end.end, expression: .interval(start.expression, end.expression),
                confidence: min(start.confidence, end.confidence))
        default:
            if let core = englishCore(at: i) { return core }
            // `in 2023`, `during 2023`: the year alone, unless a noun follows (`in 1500 cases`).
            if let previous = folded(i - 1), ["in", "during", "early", "late", "mid"].contains(previous),
                let year = englishBareYear(at: i), !isFollowedByNoun(i + 1)
            {
                return year
            }
            return nil
        }
    }

    /// Whether a lower-case word that is not a function word stands at `i`: `1500 cases`.
    func isFollowedByNoun(_ i: Int) -> Bool {
        guard let next = atom(i), next.kind == .word else { return false }
        return !next.isCapitalized && !Self.englishFunctionWords.contains(next.folded)
    }

    /// Words that may follow `in 2023` without making the number a count.
    static let englishFunctionWords: Set<String> = [
        "and", "or", "the", "a", "an", "when", "after", "before", "as", "to", "it", "we", "they", "he", "she", "i",
        "there", "this", "that", "with", "for", "at", "on", "by", "was", "were", "is", "are", "had", "has", "have",
        "but", "its", "their", "his", "her", "our", "alone", "only", "already",
    ]

    /// A four-digit year 1000–2100 not glued to a word.
    func englishBareYear(at i: Int) -> DateMatch? {
        guard let n = atom(i)?.number, n.suffix.isEmpty, Self.plausibleYear(n.value, digits: n.digitCount),
            !(atom(i + 1).map { !$0.spaceBefore && $0.kind == .word } ?? false)
        else { return nil }
        return DateMatch(end: i + 1, expression: .year(.absolute(n.value)), confidence: 0.85)
    }

    /// After `since`, `until`, `from`: a date, or a year alone.
    func englishCoreOrYear(at i: Int) -> DateMatch? {
        englishCore(at: i) ?? englishBareYear(at: i)
    }

    /// An English date that does not need a preposition to be read as one.
    func englishCore(at i: Int) -> DateMatch? {
        guard let a = atom(i) else { return nil }
        if a.folded == "the" {
            // `the 1990s`, `the 19th century`, `the 30th of October`.
            return englishDecadeOrCentury(at: i + 1) ?? englishDayLed(at: i + 1)
        }
        if let decade = englishDecadeOrCentury(at: i) { return decade }
        if let days = DateVocabulary.englishRelativeDays[a.folded] {
            return DateMatch(end: i + 1, expression: .relativeDay(days), confidence: 0.9)
        }
        if let offset = DateVocabulary.englishRelativeModifiers[a.folded], let unit = folded(i + 1) {
            switch unit {
            case "year": return DateMatch(end: i + 2, expression: .year(.relative(offset)), confidence: 0.9)
            case "month": return DateMatch(end: i + 2, expression: .relativeMonth(offset), confidence: 0.9)
            case "week": return DateMatch(end: i + 2, expression: .relativeWeek(offset), confidence: 0.9)
            default: return nil
            }
        }
        if let month = englishMonth(at: i) { return englishMonthLed(month, at: i) }
        if a.number != nil { return englishDayLed(at: i) }
        if a.kind == .number, a.numericDate == nil { return nil }
        return nil
    }

    /// A month name at `i`; `May` and `March` only when capitalised.
    func englishMonth(at i: Int) -> Int? {
        guard let a = atom(i), let month = DateVocabulary.englishMonths[a.folded] else { return nil }
        if a.folded == "may" || a.folded == "march" || a.folded.count <= 4, !a.text.first!.isUppercase { return nil }
        return month
    }

    /// A day number with an optional glued ordinal ending (`30`, `30th`, `1st`): value and
    /// the index after it.
    func englishDay(at i: Int) -> (Int, Int)? {
        guard let n = atom(i)?.number, n.suffix.isEmpty, n.digitCount <= 2, (1...31).contains(n.value) else {
            return nil
        }
        if let next = atom(i + 1), !next.spaceBefore, ["st", "nd", "rd", "th"].contains(next.folded) {
            return (n.value, i + 2)
        }
        return (n.value, i + 1)
    }

    /// A year after a date, with an optional comma: `, 2025`, ` 2025`.
    func englishYear(at i: Int) -> (Int, Int)? {
        var j = i
        if folded(j) == "," { j += 1 }
        guard let n = atom(j)?.number, n.suffix.isEmpty, Self.plausibleYear(n.value, digits: n.digitCount),
            !(atom(j + 1).map { !$0.spaceBefore && $0.kind == .word } ?? false)
        else { return nil }
        return (n.value, j + 1)
    }

    /// `October 30, 2025`, `October 27-30`, `October 2025`.
    func englishMonthLed(_ month: Int, at i: Int) -> DateMatch? {
        if let (year, end) = englishYear(at: i + 1), folded(i + 1) != "," {
            return DateMatch(end: end, expression: .month(.absolute(year), month: month), confidence: 0.9)
        }
        guard let (day, afterDay) = englishDay(at: i + 1) else { return nil }
        var end = afterDay
        var secondDay: Int?
        if isDash(end), let (second, afterSecond) = englishDay(at: end + 1), second > day {
            secondDay = second
            end = afterSecond
        }
        var reference = YearReference.relative(0)
        if let (year, afterYear) = englishYear(at: end) {
            reference = .absolute(year)
            end = afterYear
        }
        return englishDays(day, secondDay, month: month, year: reference, end: end)
    }

    /// `30 October 2025`, `30th of October`, `27-30 October`.
    func englishDayLed(at i: Int) -> DateMatch? {
        guard let (day, afterDay) = englishDay(at: i) else { return nil }
        var j = afterDay
        var secondDay: Int?
        if isDash(j), let (second, afterSecond) = englishDay(at: j + 1), second > day {
            secondDay = second
            j = afterSecond
        }
        if folded(j) == "of" { j += 1 }
        guard let month = englishMonth(at: j) else { return nil }
        var end = j + 1
        var reference = YearReference.relative(0)
        if let (year, afterYear) = englishYear(at: end), folded(end) != "," {
            reference = .absolute(year)
            end = afterYear
        }
        return englishDays(day, secondDay, month: month, year: reference, end: end)
    }

    func englishDays(_ day: Int, _ secondDay: Int?, month: Int, year: YearReference, end: Int) -> DateMatch? {
        guard let first = Self.day(year, month: month, day: day) else { return nil }
        var expression = first
        if let secondDay {
            guard let second = Self.day(year, month: month, day: secondDay) else { return nil }
            expression = .interval(first, second)
        }
        let confidence: Double
        if case .absolute = year { confidence = 0.95 } else { confidence = 0.9 }
        return DateMatch(end: end, expression: expression, confidence: confidence)
    }

    /// `1990s`, `19th century`, `19th-century`, `XIX century`.
    func englishDecadeOrCentury(at i: Int) -> DateMatch? {
        guard let a = atom(i) else { return nil }
        if let roman = a.roman, roman <= 21, let unit = folded(i + 1), unit == "century" || unit == "centuries" {
            return DateMatch(end: i + 2, expression: .century(roman), confidence: 0.9)
        }
        guard let n = a.number, n.suffix.isEmpty, let next = atom(i + 1), !next.spaceBefore else { return nil }
        if next.folded == "s", n.value % 10 == 0, Self.plausibleYear(n.value, digits: n.digitCount) {
            return DateMatch(end: i + 2, expression: .decade(n.value), confidence: 0.9)
        }
        guard (1...21).contains(n.value) else { return nil }
        for ending in ["st", "nd", "rd", "th"] {
            if next.folded == ending + "-century" {
                return DateMatch(end: i + 2, expression: .century(n.value), confidence: 0.9)
            }
            if next.folded == ending, let unit = folded(i + 2), unit == "century" || unit == "centuries" {
                return DateMatch(end: i + 3, expression: .century(n.value), confidence: 0.9)
            }
        }
        return nil
    }
}
