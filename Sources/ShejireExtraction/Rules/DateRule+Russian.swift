/// Russian date patterns: `30 октября 2025 г.`, `27–30 октября`, `октябре 2025 года`,
/// `2025 году`, `2020–2025 гг.`, `1990-е годы`, `90-х годов`, `XIX век`, `XIX–XX вв.`,
/// `с 2023 года` (since), `до 2035 года` (until), `с 2020 по 2025 год` (interval), month ranges
/// (`январе-марте 2024 года`, `с января по март 2024 года`), quarters and halves (`первом
/// квартале 2024 года`, `втором полугодии этого года`; session 13), and the
/// relative `сегодня`, `вчера`, `завтра`, `этом году`, `прошлом месяце`, `этой неделе`.
/// Prepositions that only locate (`в`, `на`) stay out of the span; `с`, `до`, `по` are in it.
extension DateParser {
    func russian(at i: Int) -> DateMatch? {
        let a = atoms[i]
        guard a.startsRussian || a.number != nil || a.roman != nil, let word = folded(i) else { return nil }
        switch word {
        case "с", "со":
            if let start = russianCore(at: i + 1) {
                if let to = folded(start.end), to == "по" || to == "до", let end = russianCore(at: start.end + 1) {
                    return DateMatch(
                        end: end.end, expression: .interval(start.expression, end.expression),
                        confidence: min(start.confidence, end.confidence))
                }
                return DateMatch(end: start.end, expression: .since(start.expression), confidence: start.confidence)
            }
            // `с января по март 2024 года`: the first month takes the year of the second.
            if let first = atom(i + 1).flatMap({ DateVocabulary.russianMonths[$0.folded] }),
                let to = folded(i + 2), to == "по" || to == "до", let rest = russianCore(at: i + 3),
                case .month(let year, let second) = rest.expression, first.month < second
            {
                return DateMatch(
                    end: rest.end, expression: .interval(.month(year, month: first.month), rest.expression),
                    confidence: rest.confidence)
            }
            // `с 2020 по 2025 год`
            if let first = atom(i + 1)?.number, first.suffix.isEmpty,
                Self.plausibleYear(first.value, digits: first.digitCount),
                let to = folded(i + 2), to == "по" || to == "до", let rest = russianCore(at: i + 3),
                case .year = rest.expression
            {
                return DateMatch(
                    end: rest.end, expression: .interval(.year(.absolute(first.value)), rest.expression),
                    confidence: rest.confidence)
            }
            // `с 27 по 30 октября`
            if let first = atom(i + 1)?.number, first.suffix.isEmpty, (1...31).contains(first.value),
                let to = folded(i + 2), to == "по" || to == "до", let rest = russianCore(at: i + 3),
                case .day(let year, let month, _) = rest.expression,
                let day = Self.day(year, month: month, day: first.value)
            {
                return DateMatch(
                    end: rest.end, expression: .interval(day, rest.expression), confidence: rest.confidence)
            }
            return nil
        case "до", "к":
            guard let core = russianCore(at: i + 1) else { return nil }
            if word == "к", !Self.isYearLike(core.expression) { return nil }
            return DateMatch(end: core.end, expression: .until(core.expression), confidence: core.confidence)
        default:
            return russianCore(at: i)
        }
    }

    static func isYearLike(_ expression: DateExpression) -> Bool {
        switch expression {
        case .year, .day, .month: true
        default: false
        }
    }

    /// A Russian date without a leading preposition.
    func russianCore(at i: Int) -> DateMatch? {
        guard let a = atom(i) else { return nil }
        if a.number != nil { return russianNumberLed(at: i) }
        if let ordinal = a.roman ?? DateVocabulary.russianOrdinals[a.folded], let part = russianYearPart(ordinal, at: i) {
            return part
        }
        if let roman = a.roman { return russianCentury(roman, at: i) }
        if let (first, second) = a.russianMonthPair {
            // `январе-марте 2024 года`, `январь-июнь этого года`, `в январе-марте`.
            guard let last = russianMonthLed(second, .other, at: i, alone: folded(i - 1) == "в" || folded(i - 1) == "во"),
                case .month(let year, _) = last.expression
            else { return nil }
            return DateMatch(
                end: last.end, expression: .interval(.month(year, month: first), last.expression), confidence: last.confidence)
        }
        if let (month, grammaticalCase) = DateVocabulary.russianMonths[a.folded] {
            return russianMonthLed(month, grammaticalCase, at: i)
        }
        if let days = DateVocabulary.russianRelativeDays[a.folded] {
            return DateMatch(end: i + 1, expression: .relativeDay(days), confidence: 0.9)
        }
        if let offset = DateVocabulary.russianRelativeModifiers[a.folded], let unit = folded(i + 1) {
            switch unit {
            case "году", "год", "года":
                return DateMatch(end: i + 2, expression: .year(.relative(offset)), confidence: 0.9)
            case "месяце", "месяц", "месяца":
                return DateMatch(end: i + 2, expression: .relativeMonth(offset), confidence: 0.9)
            case "неделе", "неделю", "недели":
                return DateMatch(end: i + 2, expression: .relativeWeek(offset), confidence: 0.9)
            default:
                return nil
            }
        }
        return nil
    }

    /// For a form of `год` (or `г.`): whether it is plural; nil for other words.
    static func russianYearWord(_ word: String?) -> Bool? {
        switch word {
        case "год", "года", "году", "годом", "г.", "г": false
        case "годы", "годах", "годов", "гг.", "годам", "годами": true
        default: nil
        }
    }

    func russianNumberLed(at i: Int) -> DateMatch? {
        guard let n = atoms[i].number else { return nil }
        // Decades: `1990-е годы`, `1990-х`, `90-х годов`.
        if ["е", "х", "ые", "ых", "ее", "ах"].contains(n.suffix) {
            var end = i + 1
            let hasYearWord = Self.russianYearWord(folded(end)) != nil
            if hasYearWord { end += 1 }
            let first: Int
            if n.digitCount == 4, Self.plausibleYear(n.value, digits: 4), n.value % 10 == 0 {
                first = n.value
            } else if n.digitCount == 2, n.value % 10 == 0, hasYearWord {
                first = 1900 + n.value
            } else {
                return nil
            }
            return DateMatch(end: end, expression: .decade(first), confidence: 0.9)
        }
        guard n.suffix.isEmpty || n.suffix == "го" else { return nil }
        // Day and month: `30 октября [2025 г.]`, `27–30 октября`.
        if n.digitCount <= 2, (1...31).contains(n.value) {
            var secondDay: Int?
            var monthIndex = i + 1
            if isDash(i + 1), let second = atom(i + 2)?.number, second.suffix.isEmpty, second.value > n.value,
                second.value <= 31
            {
                secondDay = second.value
                monthIndex = i + 3
            }
            if let word = folded(monthIndex), let (month, grammaticalCase) = DateVocabulary.russianMonths[word],
                grammaticalCase == .genitive
            {
                var end = monthIndex + 1
                var year = YearReference.relative(0)
                if let after = russianYear(at: end) { (year, end) = after }
                guard let first = Self.day(year, month: month, day: n.value) else { return nil }
                var expression = first
                if let secondDay {
                    guard let second = Self.day(year, month: month, day: secondDay) else { return nil }
                    expression = .interval(first, second)
                }
                let confidence: Double
                if case .absolute = year { confidence = 0.95 } else { confidence = 0.9 }
                return DateMatch(end: end, expression: expression, confidence: confidence)
            }
        }
        // Years: `2025 году`, `2025 г.`, `2020–2025 гг.`, `2020-2025 годах`.
        guard Self.plausibleYear(n.value, digits: n.digitCount), n.suffix.isEmpty else { return nil }
        if isDash(i + 1), let second = atom(i + 2)?.number, second.suffix.isEmpty,
            Self.plausibleYear(second.value, digits: second.digitCount), second.value > n.value,
            Self.russianYearWord(folded(i + 3)) != nil
        {
            return DateMatch(
                end: i + 4, expression: .interval(.year(.absolute(n.value)), .year(.absolute(second.value))),
                confidence: 0.9)
        }
        if Self.russianYearWord(folded(i + 1)) != nil {
            return DateMatch(end: i + 2, expression: .year(.absolute(n.value)), confidence: 0.9)
        }
        return nil
    }

    /// The year a Russian day, month or part of a year is named with, from token `i`: `2025
    /// года`, `2025 г.`, `2025` (absolute), or `этого года`, `прошлого года` (relative); the
    /// year and the end of its words.
    func russianYear(at i: Int) -> (YearReference, end: Int)? {
        if let y = atom(i)?.number, y.suffix.isEmpty, Self.plausibleYear(y.value, digits: y.digitCount) {
            return (.absolute(y.value), Self.russianYearWord(folded(i + 1)) == false ? i + 2 : i + 1)
        }
        if let modifier = folded(i), let offset = DateVocabulary.russianRelativeModifiers[modifier], folded(i + 1) == "года" {
            return (.relative(offset), i + 2)
        }
        return nil
    }

    /// `первом квартале 2024 года`, `II квартала этого года`, `втором полугодии 2023 года`: a
    /// quarter or a half of a year named with its year.
    func russianYearPart(_ ordinal: Int, at i: Int) -> DateMatch? {
        guard let word = folded(i + 1), let parts = DateVocabulary.russianYearPart(word), ordinal <= parts else { return nil }
        guard let (year, end) = russianYear(at: i + 2) else { return nil }
        let expression: DateExpression = parts == 4 ? .quarter(year, quarter: ordinal) : .half(year, half: ordinal)
        return DateMatch(end: end, expression: expression, confidence: 0.9)
    }

    /// `октябре 2025 года`, `октябрь 2025 г.`, `мае этого года`, and `октябре` alone after `в`
    /// (or `alone`, for the second of two months written as one word).
    func russianMonthLed(
        _ month: Int, _ grammaticalCase: DateVocabulary.RussianMonthCase, at i: Int, alone: Bool = false
    ) -> DateMatch? {
        if let (year, end) = russianYear(at: i + 1) {
            return DateMatch(end: end, expression: .month(year, month: month), confidence: 0.9)
        }
        // `январе – марте 2024 года`: two months apart, the first takes the second's year.
        if isDash(i + 1), let second = atom(i + 2).flatMap({ DateVocabulary.russianMonths[$0.folded] }), second.month > month,
            let last = russianMonthLed(second.month, second.grammaticalCase, at: i + 2), case .month(let year, _) = last.expression,
            case .absolute = year
        {
            return DateMatch(end: last.end, expression: .interval(.month(year, month: month), last.expression), confidence: 0.9)
        }
        if alone || (grammaticalCase == .prepositional && (folded(i - 1) == "в" || folded(i - 1) == "во")) {
            return DateMatch(end: i + 1, expression: .month(.relative(0), month: month), confidence: 0.8)
        }
        return nil
    }

    /// `XIX век`, `XIX века`, `XIX в.`, `XIX–XX вв.`
    func russianCentury(_ first: Int, at i: Int) -> DateMatch? {
        guard first <= 21 else { return nil }
        var expression = DateExpression.century(first)
        var j = i + 1
        if isDash(j), let second = atom(j + 1)?.roman, second > first, second <= 21 {
            expression = .interval(.century(first), .century(second))
            j += 2
        }
        guard let word = folded(j), DateVocabulary.russianUnits[word] == .century else { return nil }
        return DateMatch(end: j + 1, expression: expression, confidence: 0.9)
    }
}
