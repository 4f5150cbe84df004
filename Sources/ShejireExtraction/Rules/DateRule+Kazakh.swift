/// Kazakh date patterns. Kazakh states a date as year, then day, then month
/// (`2025 жылғы 30 қазанда`), marks the year with `жыл` in some case (`жылы`, `жылғы`,
/// `жылдың`, `жылдан`, `жылға`) or `ж.`, and puts postpositions after the date
/// (`2023 жылдан бастап`, `2035 жылға дейін`). Numbers may be digits with a hyphenated ending
/// (`2020-сыншы жылы`, `27-нші наурызда`, `5-і`) or spelled out (`екі мың жиырмасыншы жылы`).
extension DateParser {
    /// A Kazakh number: digits or number words, with what follows it.
    struct KazakhNumber {
        var value: Int
        /// Index after the number.
        var end: Int
        var ordinal: Bool
        /// Kazakh endings after the number (`і` in `5-і`).
        var rest: Substring
        /// Digits in a digit token; 0 when spelled out.
        var digitCount: Int
        /// A unit glued to a digit token (`1990-жылдардағы`).
        var unit: (DateVocabulary.Unit, Substring)?

        /// `3-тоқсан`, `30-жылдары`: digits hyphenated to a unit, which Kazakh spelling reads
        /// as an ordinal ("the third quarter").
        var isHyphenatedToUnit: Bool { digitCount > 0 && unit != nil }
    }

    /// A unit word after a number.
    struct KazakhUnit {
        var unit: DateVocabulary.Unit
        var rest: Substring
        /// Index after the unit word.
        var end: Int
    }

    func kazakh(at i: Int) -> DateMatch? {
        var best: DateMatch?
        func consider(_ match: DateMatch?) {
            if let match, match.end > (best?.end ?? i) { best = match }
        }
        let atom = atoms[i]
        if atom.number != nil || atom.stems.contains(where: Self.isNumber) || atom.halves != nil {
            if let number = kazakhNumber(at: i) {
                consider(kazakhYear(number, at: i))
                consider(kazakhDayMonth(number, at: i))
                consider(kazakhQuantity(number, at: i))
            }
        }
        if atom.roman != nil { consider(kazakhRomanCentury(at: i)) }
        if !atom.stems.isEmpty || atom.halves != nil || atom.folded == "жаз" {
            consider(kazakhMonthLed(at: i))
            consider(kazakhRelativeWord(at: i))
            consider(kazakhUnitLed(at: i))
            consider(kazakhSeason(at: i, year: .relative(0), confidence: 0.7))
            consider(kazakhWeekday(at: i))
        }
        consider(kazakhModifierLed(at: i))
        consider(kazakhPeriodLed(at: i))
        return best
    }

    static func isNumber(_ stem: KazakhStem) -> Bool {
        if case .number = stem.kind { return true }
        return false
    }

    // MARK: Numbers and units

    /// Digits, or a run of number words in descending order (`бір мың тоғыз жүз тоқсан
    /// алтыншы`); an ordinal or a case ending ends the run.
    func kazakhNumber(at i: Int) -> KazakhNumber? {
        guard let first = atom(i) else { return nil }
        if let n = first.number {
            return KazakhNumber(
                value: n.value, end: i + 1, ordinal: n.ordinal, rest: n.rest, digitCount: n.digitCount, unit: n.unit)
        }
        if let (a, b) = first.halves, let lowStem = a.first(where: Self.isNumber),
            case .number(let low, false) = lowStem.kind, lowStem.rest.isEmpty,
            let highStem = b.first(where: Self.isNumber), case .number(let high, let ordinal) = highStem.kind,
            low < high
        {
            // `екі-үш`, `алты-жеті`: a range; the caller reads it as an unknown amount.
            return KazakhNumber(
                value: high, end: i + 1, ordinal: ordinal, rest: highStem.rest, digitCount: 0, unit: nil)
        }
        var total = 0
        var current = 0
        var previous = 0
        var j = i
        var ordinal = false
        var rest: Substring = ""
        while let a = atom(j), let stem = a.stems.first(where: Self.isNumber),
            case .number(let value, let isOrdinal) = stem.kind
        {
            if value < 100, previous != 0, previous < 100 {
                // Only a ten followed by a unit: `он бір`, `жиырма бес`.
                guard previous % 10 == 0, previous >= 10, value < 10 else { break }
            }
            if value == 1000 {
                total += max(current, 1) * 1000
                current = 0
            } else if value == 100 {
                current = max(current, 1) * 100
            } else {
                current += value
            }
            previous = value
            j += 1
            if isOrdinal || !stem.rest.isEmpty {
                ordinal = isOrdinal
                rest = stem.rest
                break
            }
        }
        guard j > i else { return nil }
        return KazakhNumber(value: total + current, end: j, ordinal: ordinal, rest: rest, digitCount: 0, unit: nil)
    }

    /// The unit word right after a number (or glued to it, or `ж.`/`жж.`/`ғ.`), allowing
    /// `шақты` "about" in between.
    func kazakhUnit(after number: KazakhNumber) -> KazakhUnit? {
        if let (unit, rest) = number.unit { return KazakhUnit(unit: unit, rest: rest, end: number.end) }
        var j = number.end
        if folded(j) == "шақты" || folded(j) == "жарым" { j += 1 }
        guard let a = atom(j) else { return nil }
        switch a.folded {
        case "ж.", "жыл.": return KazakhUnit(unit: .year, rest: "", end: j + 1)
        case "жж.": return KazakhUnit(unit: .year, rest: "дар", end: j + 1)
        case "ғ.": return KazakhUnit(unit: .century, rest: "", end: j + 1)
        case "ғғ.": return KazakhUnit(unit: .century, rest: "лар", end: j + 1)
        case "ж" where !a.spaceBefore: return KazakhUnit(unit: .year, rest: "", end: j + 1)
        default: break
        }
        for stem in a.stems {
            if case .unit(let unit) = stem.kind { return KazakhUnit(unit: unit, rest: stem.rest, end: j + 1) }
        }
        return nil
    }

    /// The year a number names before `жыл`: four digits 1000–2100 (also spelled out), or a
    /// two-digit ordinal (`91-інші жылы` → 1991, `23-інші жылға` → 2023).
    func kazakhYearValue(_ number: KazakhNumber) -> Int? {
        if number.digitCount == 4 { return Self.plausibleYear(number.value, digits: 4) ? number.value : nil }
        if number.digitCount == 0, (1000...2100).contains(number.value), number.ordinal { return number.value }
        if number.ordinal, (10...99).contains(number.value), number.digitCount != 1 {
            return number.value <= 30 ? 2000 + number.value : 1900 + number.value
        }
        return nil
    }

    // MARK: Year-led

    /// `2023 жылы`, `2025 жылғы 30 қазанда`, `1990 жылдары`, `2005 – 2018 жылдар`,
    /// `2020-сыншы жылдың мамыр айында`, `2023 жылдан бастап`, `2017-де`.
    func kazakhYear(_ number: KazakhNumber, at i: Int) -> DateMatch? {
        // `2017-де`, `екі мың он жетіде`: a year in the locative without `жыл`.
        if number.unit == nil, !number.ordinal, number.digitCount == 4 || number.digitCount == 0,
            (1000...2100).contains(number.value), number.rest.count == 2, KazakhEnding.isLocative(number.rest)
        {
            let match = DateMatch(end: number.end, expression: .year(.absolute(number.value)), confidence: 0.8)
            return kazakhPostposition(match)
        }
        if number.digitCount == 2, number.value % 10 == 0, let (unit, rest) = number.unit, unit == .year,
            KazakhEnding.isPlural(rest)
        {
            // `80-жылдары`, `90-жылдардағы`: a decade of the 1900s (not 80 years).
            let match = DateMatch(end: number.end, expression: .decade(1900 + number.value), confidence: 0.85)
            return kazakhPostposition(kazakhPart(after: match))
        }
        guard let year = kazakhYearValue(number) else { return nil }
        // A range of years: `2005 – 2018 жылдар`, `2005-2018 жж.`
        if number.rest.isEmpty, number.unit == nil, isDash(number.end),
            let second = kazakhNumber(at: number.end + 1), let year2 = kazakhYearValue(second), year2 > year,
            let unit = kazakhUnit(after: second), unit.unit == .year
        {
            let match = DateMatch(
                end: unit.end, expression: .interval(.year(.absolute(year)), .year(.absolute(year2))), confidence: 0.9)
            return kazakhPostposition(match)
        }
        guard number.rest.isEmpty, let unit = kazakhUnit(after: number), unit.unit == .year else { return nil }
        if KazakhEnding.isPlural(unit.rest) {
            guard year % 10 == 0 else { return nil }
            let match = DateMatch(end: unit.end, expression: .decade(year), confidence: 0.9)
            return kazakhPostposition(kazakhPart(after: match))
        }
        var match = DateMatch(end: unit.end, expression: .year(.absolute(year)), confidence: 0.9)
        if KazakhEnding.isPossessive(unit.rest), let day = kazakhNumber(at: unit.end),
            let dayMonth = kazakhDayMonth(day, at: unit.end, year: .absolute(year))
        {
            // `1965 жылы 4-інші мамырда`: KazNERD keeps a stated year and its day as one date
            // (a month alone after `жылы` is a new date: `2021 жылы || қыркүйекте`).
            return DateMatch(end: dayMonth.end, expression: dayMonth.expression, confidence: 0.95)
        }
        if Self.opensInsideYear(unit.rest),
            let inner = kazakhInsideYear(.absolute(year), at: unit.end, yearWord: true)
        {
            match = inner
        } else {
            match = kazakhPart(after: match)
        }
        return kazakhPostposition(match)
    }

    /// Whether a `жыл` word with these endings may be followed by what lies inside the year:
    /// the attributive `жылғы`, the genitive `жылдың`, or no ending (`2025 ж.`). After the
    /// possessive `жылы` KazNERD starts a new date (`2021 жылы || қыркүйекте`).
    static func opensInsideYear(_ rest: Substring) -> Bool {
        rest.isEmpty || KazakhEnding.isAttributive(rest) || KazakhEnding.isGenitive(rest)
    }

    /// What may follow a year in the genitive or attributive (`2025 жылғы`, `осы жылдың`): a
    /// day and month, a month, a quarter, a season, or a part of the year. A month that is also
    /// an everyday word (`маусым` "season") needs `жыл` before it or `ай` after it.
    func kazakhInsideYear(_ year: YearReference, at j: Int, yearWord: Bool) -> DateMatch? {
        let confidence = year == .relative(0) ? 0.9 : 0.95
        if let number = kazakhNumber(at: j) {
            if let match = kazakhDayMonth(number, at: j, year: year) {
                return DateMatch(end: match.end, expression: match.expression, confidence: confidence)
            }
            if let quarter = kazakhQuarter(number, year: year) { return quarter }
            if let months = kazakhFirstMonths(number, year: year) { return months }
        }
        if let (first, second) = atom(j)?.halves, case .month(let m1) = first[0].kind,
            case .month(let m2) = second[0].kind, m1 < m2
        {
            // `2020 жылдың наурыз-сәуір айларында`: the months written as one word; as after a
            // month range in two words, `айларында` stays out of the span (KazNERD).
            let expression = DateExpression.interval(.month(year, month: m1), .month(year, month: m2))
            return kazakhPostposition(DateMatch(end: j + 1, expression: expression, confidence: 0.9))
        }
        if let month = monthStem(at: j) {
            if KazakhEnding.isGenitive(month.rest), let match = kazakhMonthDay(month.month, at: j + 1, year: year) {
                return match
            }
            var end = j + 1
            var expression = DateExpression.month(year, month: month.month)
            if isDash(end), let second = monthStem(at: end + 1), second.month > month.month {
                expression = .interval(expression, .month(year, month: second.month))
                end += 2
            } else if kazakhUnitWord(at: end) == .month, folded(end)?.hasPrefix("айлар") == false {
                // `мамыр айында`
                end += 1
            } else if !yearWord, isEverydayMonthWord(at: j) {
                return nil
            }
            return kazakhPostposition(kazakhPart(after: DateMatch(end: end, expression: expression, confidence: 0.9)))
        }
        if let period = kazakhQuarterOrHalf(at: j, year: year) { return period }
        if let season = kazakhSeason(at: j, year: year, confidence: 0.85) { return season }
        return kazakhPart(after: DateMatch(end: j, expression: .year(year), confidence: 0.9), required: true)
    }

    /// `басында`, `басынан`, `соңына`, `аяғына`, `ортасында`, `бірінші жартысында(-ақ)`: a part
    /// of the period just read, kept in the span with the period's value.
    func kazakhPart(after match: DateMatch, required: Bool) -> DateMatch? {
        var j = match.end
        var half: Int?
        if let word = folded(j), ["бірінші", "екінші", "алғашқы", "1-інші", "2-нші", "соңғы"].contains(word),
            folded(j + 1)?.hasPrefix("жарты") == true
        {
            half = ["бірінші", "алғашқы", "1-інші"].contains(word) ? 1 : 2
            j += 1
        }
        guard var word = folded(j) else { return required ? nil : match }
        if word.hasSuffix("-ақ") { word.removeLast(3) }
        guard DateVocabulary.periodParts.contains(word) else { return required ? nil : match }
        var expression = match.expression
        if let half, case .year(let year) = expression {
            expression = .half(year, half: half)  // `2019 жылдың екінші жартысында`
        }
        return DateMatch(end: j + 1, expression: expression, confidence: match.confidence)
    }

    func kazakhPart(after match: DateMatch) -> DateMatch {
        kazakhPart(after: match, required: false) ?? match
    }

    // MARK: Day and month

    /// `30 қазанда`, `27-30 қазан`, `27-нші наурыз бен 4-інші сәуір`, `30 қазан 2025 ж.`
    func kazakhDayMonth(_ number: KazakhNumber, at i: Int, year: YearReference? = nil) -> DateMatch? {
        // `5-наурызда`, `16-желтоқсан`: the press writes the day's digits hyphenated to the month
        // (session 11).
        if number.digitCount > 0, number.unit == nil, !number.ordinal, !number.rest.isEmpty,
            (1...31).contains(number.value), number.digitCount <= 2,
            let glued = DateAtom.kazakhStems(number.rest).first(where: { if case .month = $0.kind { true } else { false } }),
            case .month(let month) = glued.kind,
            // A possessive with no year before it is a count of something else (`3-маусымы`
            // "its 3rd season").
            year != nil || !["ы", "і", "сы", "сі"].contains(where: glued.rest.hasPrefix),
            let day = Self.day(year ?? .relative(0), month: month, day: number.value)
        {
            let confidence = year.map { if case .absolute = $0 { 0.95 } else { 0.9 } } ?? 0.9
            return kazakhPostposition(DateMatch(end: number.end, expression: day, confidence: confidence))
        }
        guard number.unit == nil, number.rest.isEmpty, (1...31).contains(number.value), number.digitCount <= 2
        else { return nil }
        var secondDay: Int?
        var monthIndex = number.end
        if isDash(number.end), let second = kazakhNumber(at: number.end + 1), second.rest.isEmpty,
            second.unit == nil, second.value > number.value, second.value <= 31, second.digitCount <= 2
        {
            secondDay = second.value
            monthIndex = second.end
        }
        guard let month = monthStem(at: monthIndex) else { return nil }
        var end = monthIndex + 1
        var reference = year ?? .relative(0)
        if year == nil, month.rest.isEmpty, let next = atom(end), let n = next.number, n.suffix.isEmpty,
            Self.plausibleYear(n.value, digits: n.digitCount)
        {
            // `30 қазан 2025 ж.`
            reference = .absolute(n.value)
            end += 1
            if let a = atom(end), a.folded == "ж." || a.folded == "ж" && !a.spaceBefore {
                end += 1
            } else if let unit = kazakhUnitWord(at: end), unit == .year {
                end += 1
            }
        }
        guard let first = Self.day(reference, month: month.month, day: number.value) else { return nil }
        var expression = first
        if let secondDay {
            guard let second = Self.day(reference, month: month.month, day: secondDay) else { return nil }
            expression = .interval(first, second)
        } else if let conjunction = folded(end), ["бен", "мен", "пен"].contains(conjunction) || isDash(end),
            let other = kazakhNumber(at: end + 1), other.rest.isEmpty, other.unit == nil, other.digitCount <= 2,
            let otherMonth = monthStem(at: other.end),
            let second = Self.day(reference, month: otherMonth.month, day: other.value)
        {
            // `27-нші наурыз бен 4-інші сәуір`
            expression = .interval(first, second)
            end = other.end + 1
        }
        let confidence: Double
        if case .absolute = reference { confidence = 0.95 } else { confidence = 0.9 }
        return kazakhPostposition(DateMatch(end: end, expression: expression, confidence: confidence))
    }

    /// A month word at `i`: month and the endings after it.
    func monthStem(at i: Int) -> (month: Int, rest: Substring)? {
        guard let a = atom(i) else { return nil }
        for stem in a.stems {
            if case .month(let month) = stem.kind { return (month, stem.rest) }
        }
        return nil
    }

    /// Whether the month word at `i` is one that is also an everyday word (`қазан`, `маусым`,
    /// `май`).
    func isEverydayMonthWord(at i: Int) -> Bool {
        guard let a = atom(i), let month = monthStem(at: i) else { return false }
        return DateVocabulary.monthsNeverAlone.contains(String(a.folded.dropLast(month.rest.count)))
    }

    /// The unit of a unit word at `i` (`айында` → month), with its endings.
    func kazakhUnitWord(at i: Int) -> DateVocabulary.Unit? {
        kazakhUnitStem(at: i)?.unit
    }

    func kazakhUnitStem(at i: Int) -> (unit: DateVocabulary.Unit, rest: Substring)? {
        guard let a = atom(i) else { return nil }
        for stem in a.stems {
            if case .unit(let unit) = stem.kind { return (unit, stem.rest) }
        }
        return nil
    }

    /// After a month in the genitive: `қазанның 5-і`, `наурыздың 22-нен`,
    /// `қыркүйектің 25-і — 26-сына`, `тамыздың он тоғызы`, `сәуірдің 29-ы мен мамырдың 5-і`.
    func kazakhMonthDay(_ month: Int, at j: Int, year: YearReference) -> DateMatch? {
        guard let number = kazakhNumber(at: j), number.unit == nil, !number.ordinal,
            (1...31).contains(number.value), number.digitCount <= 2,
            let first = Self.day(year, month: month, day: number.value)
        else { return nil }
        if number.digitCount == 0, number.rest.isEmpty { return nil }
        var expression = first
        var end = number.end
        if isDash(end), let second = kazakhNumber(at: end + 1), second.value > number.value,
            second.digitCount <= 2, let day = Self.day(year, month: month, day: second.value)
        {
            expression = .interval(first, day)
            end = second.end
        } else if let conjunction = folded(end), ["мен", "бен", "пен"].contains(conjunction),
            let otherMonth = monthStem(at: end + 1), KazakhEnding.isGenitive(otherMonth.rest),
            let other = kazakhMonthDay(otherMonth.month, at: end + 2, year: year),
            case .day = other.expression
        {
            return kazakhPostposition(
                DateMatch(end: other.end, expression: .interval(first, other.expression), confidence: 0.9))
        }
        return kazakhPostposition(DateMatch(end: end, expression: expression, confidence: 0.9))
    }

    /// Month-led: `қазанның 5-і`, `желтоқсанның соңы`, `қаңтар айында` (the month alone is the
    /// span, as in KazNERD, unless a postposition or a part follows: `тамыз айына дейін`,
    /// `сәуір айының ортасында`), `қаңтар – мамыр айларында`, `қаңтар, наурыз және тамыз
    /// айларында` (each month), `қаңтарда`, `қаңтар-маусым`.
    func kazakhMonthLed(at i: Int) -> DateMatch? {
        let atom = atoms[i]
        if let (first, second) = atom.halves,
            case .month(let m1) = first[0].kind, case .month(let m2) = second[0].kind, m1 < m2
        {
            let match = DateMatch(
                end: i + 1, expression: .interval(.month(.relative(0), month: m1), .month(.relative(0), month: m2)),
                confidence: 0.85)
            return kazakhPostposition(match)
        }
        guard let month = monthStem(at: i) else { return nil }
        let expression = DateExpression.month(.relative(0), month: month.month)
        if KazakhEnding.isGenitive(month.rest) {
            if let match = kazakhMonthDay(month.month, at: i + 1, year: .relative(0)) { return match }
            if !isEverydayMonthWord(at: i),
                let part = kazakhPart(
                    after: DateMatch(end: i + 1, expression: expression, confidence: 0.8), required: true)
            {
                return kazakhPostposition(part)
            }
        }
        if month.rest.isEmpty, isDash(i + 1), let second = monthStem(at: i + 2), second.month > month.month,
            kazakhUnitWord(at: i + 3) == .month || !second.rest.isEmpty
        {
            let interval = DateExpression.interval(expression, .month(.relative(0), month: second.month))
            return DateMatch(end: i + 3, expression: interval, confidence: 0.85)
        }
        if month.rest.isEmpty, let unit = kazakhUnitStem(at: i + 1), unit.unit == .month {
            // `қазан айының 25-інде`, `желтоқсан айының он алтысында`: the day after the month
            // and `айының` is one date with them.
            if KazakhEnding.isGenitive(unit.rest), !KazakhEnding.isPlural(unit.rest),
                let day = kazakhMonthDay(month.month, at: i + 2, year: .relative(0))
            {
                return day
            }
            // `қаңтар айында`: the month word alone, unless a postposition or a part follows.
            let whole = DateMatch(end: i + 2, expression: expression, confidence: 0.85)
            let after = kazakhPostposition(kazakhPart(after: whole))
            if after.end > whole.end { return after }
            return DateMatch(end: i + 1, expression: expression, confidence: 0.85)
        }
        if month.rest.isEmpty, monthListEndsWithMonthWord(from: i) {
            return DateMatch(end: i + 1, expression: expression, confidence: 0.8)
        }
        // A month alone: in the locative or ablative, not an everyday word, not after a
        // number that failed to make a date (`31 ақпанда`).
        let stem = String(atom.folded.dropLast(month.rest.count))
        if i == 0 || atoms[i - 1].kind != .number, !isEverydayMonthWord(at: i),
            DateVocabulary.kazakhMonths.contains(stem) || stem == "қыркүйег",
            KazakhEnding.isLocative(month.rest) || KazakhEnding.isAblative(month.rest)
                // `ақпанға дейін` "until February": the dative only before `дейін`.
                || (KazakhEnding.isDative(month.rest) && ["дейін", "шейін", "дейінгі"].contains(folded(i + 1) ?? ""))
        {
            return kazakhPostposition(DateMatch(end: i + 1, expression: expression, confidence: 0.75))
        }
        return nil
    }

    /// `тамыз , қыркүйек айларында`, `наурыз , маусым және тамыз айларында`: bare month
    /// names joined by commas and `және`/`мен`, then a plural `ай` word.
    func monthListEndsWithMonthWord(from i: Int) -> Bool {
        var j = i + 1
        var sawLink = false
        while j < limit {
            if let word = folded(j), [",", "және", "мен", "бен", "пен"].contains(word) {
                j += 1
                sawLink = true
                continue
            }
            if let month = monthStem(at: j), month.rest.isEmpty, sawLink {
                j += 1
                sawLink = false
                continue
            }
            break
        }
        guard j > i + 1, !sawLink, let word = folded(j) else { return false }
        return word.hasPrefix("айлар")
    }

    // MARK: Relative words and modifiers

    /// `биыл`, `былтыр`, `бүгін`, `кеше`, `ертең` and their forms, with a following `жыл` or
    /// `күн`/`таң` word: `биылғы жылдың 9-ыншы маусымына`, `бүгінгі таңда`, `бүгінге дейін`,
    /// `биылғы 8 айда`.
    func kazakhRelativeWord(at i: Int) -> DateMatch? {
        let atom = atoms[i]
        if atom.folded == "бүгін-ертең" {
            return DateMatch(end: i + 1, expression: .present, confidence: 0.8)
        }
        guard let stem = atom.stems.first(where: { if case .relative = $0.kind { true } else { false } }),
            case .relative(let relative) = stem.kind
        else { return nil }
        let rest = stem.rest
        switch relative {
        case .year(let offset):
            let year = YearReference.relative(offset)
            var match = DateMatch(end: i + 1, expression: .year(year), confidence: 0.9)
            guard KazakhEnding.isAttributive(rest) || KazakhEnding.isGenitive(rest) else {
                return kazakhPostposition(match)
            }
            if let unit = kazakhUnitStem(at: i + 1), unit.unit == .year {
                match.end = i + 2
                if Self.opensInsideYear(unit.rest), let inner = kazakhInsideYear(year, at: i + 2, yearWord: true) {
                    match = inner
                }
                return kazakhPostposition(match)
            }
            if let inner = kazakhInsideYear(year, at: i + 1, yearWord: false) { return inner }
            if let number = kazakhNumber(at: i + 1), !number.ordinal, let quantity = kazakhQuantity(number, at: i + 1),
                case .duration = quantity.expression
            {
                return quantity  // `биылғы 8 айда`
            }
            return kazakhPostposition(match)
        case .day(let offset):
            var expression = DateExpression.relativeDay(offset)
            var end = i + 1
            if offset == 0, rest == "де" { expression = .present }
            if KazakhEnding.isAttributive(rest), let next = folded(i + 1) {
                if next.hasPrefix("таң"), KazakhEnding.isEnding(next.dropFirst(3), limit: 3) {
                    expression = .present
                    end += 1
                } else if kazakhUnitWord(at: i + 1) == .day, next.hasPrefix("күн") {
                    if offset == 0 { expression = .present }
                    end += 1
                }
            }
            return kazakhPostposition(DateMatch(end: end, expression: expression, confidence: 0.9))
        }
    }

    /// Modifier-led: `өткен жылы`, `келесі жылы`, `осы айда`, `өткен аптада`,
    /// `ағымдағы жылдың маусымында`, `осы көктемнің`, `өткен сенбіде`, `өткен ақпан айында`,
    /// `сол күні`, `соңғы 10 жылда`, `алдағы бес жылда`, `соңғы жылдары`, `бірнеше жыл бұрын`.
    func kazakhModifierLed(at i: Int) -> DateMatch? {
        guard var word = folded(i), Self.modifierLeadWords.contains(word) else { return nil }
        var j = i
        if ["дәл", "тура", "шамамен", "кемінде"].contains(word) {
            j += 1
        } else if word == "кем", folded(i + 1) == "дегенде" {
            j += 2
        }
        if j > i {
            guard let next = folded(j) else { return nil }
            word = next
            if let number = kazakhNumber(at: j), let match = kazakhQuantity(number, at: j) { return match }
        }
        // `өткен ғасырдың 60-жылдары` "the sixties of the last century": read as the 20th
        // century, which it is for every document written since 2001.
        if word == "өткен", let unit = kazakhUnitStem(at: j + 1), unit.unit == .century,
            KazakhEnding.isGenitive(unit.rest), let decade = kazakhDecade(inCentury: 20, at: j + 2)
        {
            return decade
        }
        // Durations counted back or forward: `соңғы 10 жылда`, `алдағы 5 жылда`, `соңғы жылдары`.
        if ["соңғы", "алдағы", "өткен", "кейінгі", "келесі", "келер"].contains(word), let number = kazakhNumber(at: j + 1),
            let match = kazakhQuantity(number, at: j + 1), case .duration = match.expression
        {
            return match
        }
        if ["соңғы", "алдағы", "кейінгі", "бірнеше", "біраз", "жарты", "ширек", "өткен"].contains(word) {
            var k = j + 1
            if folded(k) == "бірнеше" { k += 1 }
            // `алдағы жылдары`, `өткен жылдары`: only plural unit words (`алдағы жылы`,
            // `өткен жылы` are years).
            let pluralOnly = ["алдағы", "өткен"].contains(word) && k == j + 1
            if let unit = kazakhUnitStem(at: k), unit.unit != .age, unit.unit != .quarter,
                !pluralOnly || KazakhEnding.isPlural(unit.rest), !isMonthlyAmount(unit, at: k + 1)
            {
                let match = DateMatch(end: k + 1, expression: .duration(nil, unit.unit), confidence: 0.7)
                return kazakhDurationTail(match, unitRest: unit.rest)
            }
        }
        if let offset = DateVocabulary.kazakhRelativeModifiers[word] {
            if let unit = kazakhUnitStem(at: j + 1) {
                switch unit.unit {
                case .year where !KazakhEnding.isPlural(unit.rest):
                    let year = YearReference.relative(offset)
                    var match = DateMatch(end: j + 2, expression: .year(year), confidence: 0.9)
                    if Self.opensInsideYear(unit.rest), let inner = kazakhInsideYear(year, at: j + 2, yearWord: true) {
                        match = inner
                    }
                    return kazakhPostposition(match)
                case .month where !KazakhEnding.isPlural(unit.rest):
                    let match = DateMatch(end: j + 2, expression: .relativeMonth(offset), confidence: 0.9)
                    return kazakhPostposition(kazakhPart(after: match))
                case .week:
                    // `өткен аптаның соңында`: a part of the week stays in the span.
                    let match = DateMatch(end: j + 2, expression: .relativeWeek(offset), confidence: 0.9)
                    return kazakhPostposition(KazakhEnding.isGenitive(unit.rest) ? kazakhPart(after: match) : match)
                case .day where word == "осы":
                    return kazakhPostposition(DateMatch(end: j + 2, expression: .anaphoric(.day), confidence: 0.7))
                default:
                    break
                }
            }
            if folded(j + 1) == "қысқа" {
                // `алдағы қысқа` "for the coming winter": alone, `қысқа` is "short".
                return DateMatch(end: j + 2, expression: .season(.relative(0), season: 4), confidence: 0.75)
            }
            if let next = folded(j + 1), next.hasPrefix("жартыжылды") {
                // `осы жартыжылдық ішінде`
                var end = j + 2
                if folded(end) == "ішінде" || folded(end) == "бойы" { end += 1 }
                return kazakhPostposition(DateMatch(end: end, expression: .relativeHalf(offset), confidence: 0.8))
            }
            if let season = kazakhSeason(at: j + 1, year: .relative(min(offset, 0)), confidence: 0.8) {
                return DateMatch(end: season.end, expression: season.expression, confidence: season.confidence)
            }
            if offset != 0 || word == "осы", let weekday = kazakhWeekday(at: j + 1) {
                return DateMatch(end: weekday.end, expression: weekday.expression, confidence: 0.7)
            }
            if word == "осы" || word == "өткен", let month = monthStem(at: j + 1), month.rest.isEmpty
                || KazakhEnding.isLocative(month.rest) || kazakhUnitWord(at: j + 2) == .month
            {
                // `осы қаңтар айына`: KazNERD stops before `айына`; `өткен ақпан айында` keeps it.
                var end = j + 2
                if word == "өткен", kazakhUnitWord(at: end) == .month { end += 1 }
                let year = YearReference.relative(0)
                let match = DateMatch(end: end, expression: .month(year, month: month.month), confidence: 0.8)
                return kazakhPostposition(match)
            }
        }
        if word == "сол" || word == "ол", let next = folded(j + 1), next == "күні" || next == "жылы" {
            return DateMatch(end: j + 2, expression: .anaphoric(next == "күні" ? .day : .year), confidence: 0.7)
        }
        return nil
    }

    /// The words `kazakhModifierLed` can start with.
    static let modifierLeadWords: Set<String> = Set(DateVocabulary.kazakhRelativeModifiers.keys).union([
        "дәл", "тура", "шамамен", "кемінде", "кем", "соңғы", "алдағы", "өткен", "кейінгі", "бірнеше", "біраз",
        "жарты", "ширек", "сол", "ол",
    ])

    /// Unit-led: `жыл сайын`, `күн сайын`, `жыл басынан бері`, `жылдың аяғына дейін`,
    /// `жылдан-жылға`, `күнделікті`, `тәулік бойы`, `жылдар бойы`.
    func kazakhUnitLed(at i: Int) -> DateMatch? {
        let atom = atoms[i]
        if atom.folded == "күнделікті" {
            return DateMatch(end: i + 1, expression: .recurring(.day), confidence: 0.7)
        }
        if let (first, second) = atom.halves, case .unit(let u1) = first[0].kind, case .unit(let u2) = second[0].kind,
            u1 == u2
        {
            return DateMatch(end: i + 1, expression: .recurring(u1), confidence: 0.7)
        }
        guard let (unit, rest) = kazakhUnitStem(at: i), unit != .age, unit != .quarter, unit != .week || rest.isEmpty
        else { return nil }
        if atom.folded == "жеті" { return nil }
        if let next = folded(i + 1), next == "сайын" || next == "сайынғы" {
            return DateMatch(end: i + 2, expression: .recurring(unit), confidence: 0.7)
        }
        // `жылдан жылға`, `күннен күнге`: as `жылдан-жылға` written in two words.
        if KazakhEnding.isAblative(rest), let (nextUnit, nextRest) = kazakhUnitStem(at: i + 1), nextUnit == unit,
            KazakhEnding.isDative(nextRest)
        {
            return DateMatch(end: i + 2, expression: .recurring(unit), confidence: 0.7)
        }
        if unit == .year, rest.isEmpty || KazakhEnding.isGenitive(rest),
            let match = kazakhPart(after: DateMatch(end: i + 1, expression: .year(.relative(0)), confidence: 0.8),
                required: true)
        {
            return kazakhPostposition(match)
        }
        // `ай соңында`, `айдың басынан`: a part of the month, as `жыл соңында` of the year.
        if unit == .month, rest.isEmpty || rest == "дың",
            let match = kazakhPart(after: DateMatch(end: i + 1, expression: .relativeMonth(0), confidence: 0.75),
                required: true)
        {
            return kazakhPostposition(match)
        }
        if folded(i + 1) == "бойы" {
            if KazakhEnding.isPlural(rest), unit == .year || unit == .century {
                return DateMatch(end: i + 2, expression: .duration(nil, unit), confidence: 0.6)
            }
            if rest.isEmpty || KazakhEnding.isPossessive(rest) {
                return DateMatch(end: i + 2, expression: .duration(1, unit), confidence: 0.6)
            }
        }
        return nil
    }

    /// A season word: `көктемде`, `жазғы`, `қыстың`, `жаз айларында`, `қыс бойы`,
    /// `жаздың соңына`.
    func kazakhSeason(at j: Int, year: YearReference, confidence: Double) -> DateMatch? {
        guard let a = atom(j) else { return nil }
        let season: Int
        var rest: Substring = ""
        if a.folded == "жаз", folded(j + 1)?.hasPrefix("айлар") == true {
            season = 2
        } else if let stem = a.stems.first(where: { if case .season = $0.kind { true } else { false } }),
            case .season(let value) = stem.kind
        {
            season = value
            rest = stem.rest
        } else {
            return nil
        }
        if KazakhEnding.isGenitive(rest), let edge = kazakhSeasonEdge(season, year: year, at: j + 1) {
            return kazakhPostposition(edge)
        }
        var end = j + 1
        if folded(end)?.hasPrefix("айлар") == true {
            end += 1
        } else if folded(end) == "бойы" {
            end += 1
        }
        let whole = DateMatch(end: end, expression: .season(year, season: season), confidence: confidence)
        let match = kazakhPart(after: whole)
        return kazakhPostposition(match)
    }

    /// A weekday: `сейсенбіде`, `жексенбі`.
    func kazakhWeekday(at i: Int) -> DateMatch? {
        guard let a = atom(i) else { return nil }
        for stem in a.stems {
            if case .weekday(let day) = stem.kind {
                return DateMatch(end: i + 1, expression: .weekday(day), confidence: 0.7)
            }
        }
        return nil
    }

    // MARK: Quantities

    /// An ordinal and `тоқсан` "quarter": `1-інші тоқсанда`, `бірінші тоқсанда`, `3-тоқсанында`
    /// (a digit hyphenated to its noun is an ordinal in Kazakh spelling).
    func kazakhQuarter(_ number: KazakhNumber, year: YearReference) -> DateMatch? {
        guard number.ordinal || number.isHyphenatedToUnit, (1...4).contains(number.value),
            let unit = kazakhUnit(after: number), unit.unit == .quarter
        else { return nil }
        return DateMatch(end: unit.end, expression: .quarter(year, quarter: number.value), confidence: 0.8)
    }

    /// The first months of a stated year: `2017 жылдың 9 айында` "in the first nine months of
    /// 2017", `ағымдағы жылдың 10 айы ішінде` (months 1 to N, one date).
    func kazakhFirstMonths(_ number: KazakhNumber, year: YearReference) -> DateMatch? {
        guard !number.ordinal, number.unit == nil, number.rest.isEmpty, (2...11).contains(number.value),
            let unit = kazakhUnit(after: number), unit.unit == .month, !KazakhEnding.isPlural(unit.rest),
            KazakhEnding.isLocative(unit.rest) || unit.rest == "ы" && folded(unit.end) == "ішінде"
        else { return nil }
        let expression = DateExpression.interval(.month(year, month: 1), .month(year, month: number.value))
        var match = DateMatch(end: unit.end, expression: expression, confidence: 0.85)
        if folded(match.end) == "ішінде" { match.end += 1 }
        return match
    }

    /// A decade named after its century in the genitive: `XX ғасырдың 30-жылдары`,
    /// `жиырмасыншы ғасырдың алпысыншы жылдарында` (the 1930s, the 1960s).
    func kazakhDecade(inCentury century: Int, at j: Int) -> DateMatch? {
        guard (1...21).contains(century), let number = kazakhNumber(at: j), number.value % 10 == 0,
            (10...90).contains(number.value), number.ordinal || number.isHyphenatedToUnit,
            number.digitCount == 0 || number.digitCount == 2, let unit = kazakhUnit(after: number), unit.unit == .year,
            KazakhEnding.isPlural(unit.rest)
        else { return nil }
        let match = DateMatch(end: unit.end, expression: .decade((century - 1) * 100 + number.value), confidence: 0.85)
        return kazakhPostposition(kazakhPart(after: match))
    }

    /// A number and a unit: durations (`5 жыл`, `2 – 3 жылда`, `екі-үш жылда`), offsets
    /// (`2 жыл бұрын`), ages (`38 жастағы`), centuries (`20-сыншы ғасырдағы`,
    /// `14-інші — 15-інші ғасырларда`, `19-ыншы , 20-сыншы ғасырларда`), quarters, and
    /// ordinals (`3-інші жыл`, `екінші күні`) that count within something unnamed.
    func kazakhQuantity(_ number: KazakhNumber, at i: Int) -> DateMatch? {
        var amount: Int? = number.value
        var lastNumber = number
        if number.rest.isEmpty, number.unit == nil, isDash(number.end) || folded(number.end) == ",",
            let second = kazakhNumber(at: number.end + 1), second.value > number.value,
            folded(number.end) != "," || number.ordinal && second.ordinal
        {
            amount = nil
            lastNumber = second
        } else if let (first, second) = atoms[i].halves, let low = first.first(where: Self.isNumber),
            case .number(let a, _) = low.kind, let high = second.first(where: Self.isNumber),
            case .number(let b, _) = high.kind, a < b, high.rest.isEmpty
        {
            amount = nil  // `екі-үш жылда`
        }
        guard lastNumber.rest.isEmpty, let unit = kazakhUnit(after: lastNumber) else { return nil }
        if number.ordinal || number.isHyphenatedToUnit, unit.unit == .quarter {
            return kazakhQuarter(number, year: .relative(0))
        }
        switch unit.unit {
        case .century:
            guard number.ordinal || number.isHyphenatedToUnit
                || number.digitCount > 0 && number.value <= 21 && lastNumber.ordinal
            else {
                let match = DateMatch(end: unit.end, expression: .duration(amount, .century), confidence: 0.6)
                return kazakhDurationTail(match, unitRest: unit.rest)
            }
            guard (1...21).contains(number.value) else { return nil }
            var expression = DateExpression.century(number.value)
            if amount == nil {
                guard lastNumber.value <= 21 else { return nil }
                expression = .interval(.century(number.value), .century(lastNumber.value))
            } else if KazakhEnding.isGenitive(unit.rest), let decade = kazakhDecade(inCentury: number.value, at: unit.end) {
                return decade
            }
            let match = DateMatch(end: unit.end, expression: expression, confidence: 0.9)
            return kazakhPostposition(kazakhPart(after: match))
        case .age:
            guard let amount, !unit.rest.isEmpty, amount < 130 else { return nil }
            let match = DateMatch(end: unit.end, expression: .age(amount), confidence: 0.6)
            return kazakhDurationTail(match, unitRest: unit.rest)
        case .year where amount != nil && kazakhYearValue(number) != nil:
            return nil
        default:
            if number.ordinal {
                // `3-інші жыл`, `екінші күні`, `26-ншы апта`: counted within something unnamed.
                guard number.value < 100, unit.unit != .quarter else { return nil }
                return DateMatch(end: unit.end, expression: .anaphoric(unit.unit), confidence: 0.6)
            }
            // `бір күні` "one day" opens a story; `75 жылдығы` is an anniversary; `25 айлық
            // есептік көрсеткіш` is a unit of money; `айлық жалақы` a salary.
            if number.value == 1, number.digitCount == 0, unit.unit == .day, unit.rest == "і" { return nil }
            if unit.unit == .year, unit.rest.hasPrefix("дығ") { return nil }
            if isMonthlyAmount((unit.unit, unit.rest), at: unit.end) { return nil }
            if unit.unit == .quarter, number.digitCount == 0, amount == 90 { return nil }
            let match = DateMatch(end: unit.end, expression: .duration(amount, unit.unit), confidence: 0.7)
            return kazakhDurationTail(match, unitRest: unit.rest)
        }
    }

    /// What may follow a duration: `бұрын` (ago), `кейін`/`соң` (later), `бойы`, `ішінде`,
    /// `бері`, `жуық`, `астам`, `дейін`.
    func kazakhDurationTail(_ match: DateMatch, unitRest: Substring) -> DateMatch {
        guard let word = folded(match.end) else { return match }
        var result = match
        let amount: Int?
        let unit: DateVocabulary.Unit
        switch match.expression {
        case .duration(let a, let u): (amount, unit) = (a, u)
        default:
            if ["бойы", "ішінде", "ішіндегі", "жуық", "астам", "аса", "дейін", "дейінгі"].contains(word) {
                result.end += 1
            }
            return result
        }
        switch word {
        case "бұрын", "бұрынғы":
            result.expression = .offset(amount, unit, direction: -1)
            result.end += 1
            result.confidence = 0.8
        case "кейін", "соң":
            guard KazakhEnding.isAblative(unitRest) else { return match }
            result.expression = .offset(amount, unit, direction: 1)
            result.end += 1
            result.confidence = 0.8
        case "бойы", "ішінде", "ішіндегі", "бері", "жуық", "астам", "аса", "дейін", "дейінгі":
            result.end += 1
        default:
            break
        }
        return result
    }

    /// `XIX ғасыр`, `ХІХ ғасырда` (Cyrillic look-alikes), `XIX–XX ғасырлар`, `XIX ғ.`
    func kazakhRomanCentury(at i: Int) -> DateMatch? {
        guard let first = atoms[i].roman, first <= 21 else { return nil }
        var expression = DateExpression.century(first)
        var j = i + 1
        if isDash(j), let second = atom(j + 1)?.roman, second > first, second <= 21 {
            expression = .interval(.century(first), .century(second))
            j += 2
        }
        let number = KazakhNumber(value: first, end: j, ordinal: true, rest: "", digitCount: 0, unit: nil)
        guard let unit = kazakhUnit(after: number), unit.unit == .century else { return nil }
        if j == i + 1, KazakhEnding.isGenitive(unit.rest), let decade = kazakhDecade(inCentury: first, at: unit.end) {
            return decade
        }
        return kazakhPostposition(kazakhPart(after: DateMatch(end: unit.end, expression: expression, confidence: 0.9)))
    }

    // MARK: Postpositions

    /// `дейін` (until: `../X`), `бері` and `бастап` (since: `X/..`) after a date; both are part
    /// of the span. `аралығында` "between" and `қарай` "towards" are not.
    func kazakhPostposition(_ match: DateMatch) -> DateMatch {
        guard let word = folded(match.end) else { return match }
        switch match.expression {
        case .duration, .age, .recurring, .offset, .since, .until:
            return match
        default:
            break
        }
        var result = match
        if case .interval = match.expression, word == "күндері", folded(match.end + 1)?.hasPrefix("аралығ") == true {
            // `сәуірдің 29-ы мен мамырдың 5-і күндері аралығында`: `күндері` "the days" is in
            // the span, `аралығында` is not (see the span conventions).
            result.end += 1
            return result
        }
        switch word {
        case "дейін", "дейінгі", "шейін", "дейн":
            result.expression = .until(match.expression)
        case "бері", "бергі", "бастап":
            // `бергі` is the attributive of `бері` (`2020 жылдан бергі табыс`), as `дейінгі` of `дейін`.
            result.expression = .since(match.expression)
        default:
            return match
        }
        result.end += 1
        return result
    }
}
