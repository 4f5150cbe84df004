/// Kazakh period expressions that start without a date stem: quarters and half-years named by
/// an ordinal word (`алғашқы тоқсанда`, `бірінші жартыжылдықта`), the first or last day or
/// month of a season (`көктемнің алғашқы күні`, `жаздың алғашқы айы`), eras (`кеңес
/// дәуірінде`, `орта ғасырдағы`, `ортағасырлық`), an age after the word `жас`
/// (`жасы сексеннен асқан`), an approximate amount (`отызға жуық жыл`) and a day of the month
/// named by its number only (`10-ы күні`).
extension DateParser {
    /// Ordinal words for the first and last of a series.
    static let kazakhFirstWords: Set<String> = ["алғашқы", "бірінші", "1-інші", "1-ші"]
    static let kazakhSecondWords: Set<String> = ["екінші", "2-нші", "2-ші"]
    static let kazakhLastWords: Set<String> = ["соңғы"]

    func kazakhPeriodLed(at i: Int) -> DateMatch? {
        if let match = kazakhQuarterOrHalf(at: i, year: .relative(0)) { return match }
        if let match = kazakhEra(at: i) { return match }
        guard atoms[i].number != nil || atoms[i].stems.contains(where: Self.isNumber),
            let number = kazakhNumber(at: i), number.unit == nil, !number.ordinal
        else { return nil }
        if let match = kazakhAgeAfterAgeWord(number, at: i) { return match }
        if let match = kazakhApproximateQuantity(number) { return match }
        return kazakhDayOfMonthReference(number, at: i)
    }

    /// `алғашқы тоқсанда` (Q1), `соңғы тоқсанда` (Q4), `бірінші жартыжылдықта` (H1),
    /// `екінші жартыжылдық` (H2), `1-жартыжылдығында` (H1); `бірінші тоқсан` is read as a number by `kazakhQuarter`.
    func kazakhQuarterOrHalf(at j: Int, year: YearReference) -> DateMatch? {
        if let number = atom(j)?.number, number.digitCount == 1, !number.ordinal, (1...2).contains(number.value),
            number.rest.hasPrefix("жартыжылды")
        {
            // `1-жартыжылдығында`: the digit hyphenated to its noun is an ordinal.
            var match = DateMatch(end: j + 1, expression: .half(year, half: number.value), confidence: 0.8)
            if folded(match.end) == "ішінде" || folded(match.end) == "бойы" { match.end += 1 }
            return kazakhPostposition(match)
        }
        guard let word = folded(j), let next = folded(j + 1) else { return nil }
        let first = Self.kazakhFirstWords.contains(word)
        let last = Self.kazakhLastWords.contains(word)
        let second = Self.kazakhSecondWords.contains(word)
        guard first || last || second else { return nil }
        var match: DateMatch
        if next.hasPrefix("жартыжылды") {
            match = DateMatch(end: j + 2, expression: .half(year, half: first ? 1 : 2), confidence: 0.8)
        } else if first || last, let unit = kazakhUnitStem(at: j + 1), unit.unit == .quarter {
            // `соңғы тоқсан жыл` "the last ninety years": `тоқсан` is a number there.
            if unit.rest.isEmpty, kazakhUnitStem(at: j + 2) != nil || kazakhNumber(at: j + 2) != nil { return nil }
            match = DateMatch(end: j + 2, expression: .quarter(year, quarter: first ? 1 : 4), confidence: 0.8)
        } else {
            return nil
        }
        if folded(match.end) == "ішінде" || folded(match.end) == "бойы" { match.end += 1 }
        return kazakhPostposition(match)
    }

    /// After a season in the genitive: its first or last month or day (`жаздың алғашқы айы`
    /// → June, `көктемнің алғашқы күні` → 1 March, `күздің соңғы айында` → November), with
    /// the seasons as Kazakhstan counts them (spring from March, winter from December).
    func kazakhSeasonEdge(_ season: Int, year: YearReference, at j: Int) -> DateMatch? {
        guard let word = folded(j), let unit = kazakhUnitStem(at: j + 1), unit.unit == .month || unit.unit == .day,
            !KazakhEnding.isPlural(unit.rest)
        else { return nil }
        let first = Self.kazakhFirstWords.contains(word)
        guard first || Self.kazakhLastWords.contains(word) else { return nil }
        let month = first ? season * 3 : (season * 3 + 2 - 1) % 12 + 1
        var reference = year
        if month < season * 3 {
            // The last month of winter is February of the next year.
            switch year {
            case .absolute(let y): reference = .absolute(y + 1)
            case .relative(let offset): reference = .relative(offset + 1)
            }
        }
        let expression: DateExpression
        if unit.unit == .month {
            expression = .month(reference, month: month)
        } else {
            let lastDays = [5: 31, 8: 31, 11: 30]
            guard let day = first ? 1 : lastDays[month], let value = Self.day(reference, month: month, day: day)
            else { return nil }
            expression = value
        }
        return DateMatch(end: j + 2, expression: expression, confidence: 0.8)
    }

    /// `кеңес дәуірінде`, `кеңес заманында` (1922–1991), `орта ғасырларда`, `ортағасырлық`
    /// (the 6th to the 15th century).
    func kazakhEra(at i: Int) -> DateMatch? {
        guard let word = folded(i) else { return nil }
        let expression: DateExpression
        var end = i + 1
        if word == "кеңес" || word == "кеңестік", let next = folded(i + 1),
            ["дәуір", "заман"].contains(where: { next.hasPrefix($0) && KazakhEnding.isEnding(next.dropFirst($0.count)) })
        {
            expression = .interval(.year(.absolute(1922)), .year(.absolute(1991)))
            end += 1
        } else if word == "орта", let unit = kazakhUnitStem(at: i + 1), unit.unit == .century {
            expression = .interval(.century(6), .century(15))
            end += 1
        } else if word.hasPrefix("ортағасыр"), KazakhEnding.isEnding(word.dropFirst("ортағасыр".count)) {
            expression = .interval(.century(6), .century(15))
        } else {
            return nil
        }
        return kazakhPostposition(DateMatch(end: end, expression: expression, confidence: 0.6))
    }

    /// A number in the dative, ablative or locative just after `жас` "age" with a possessive
    /// (one word may come between): `жасы сексеннен асқан`, `жастары 50-ге тақаған`,
    /// `жасы елу жетіде`.
    func kazakhAgeAfterAgeWord(_ number: KazakhNumber, at i: Int) -> DateMatch? {
        guard (1...129).contains(number.value), number.digitCount <= 3, Self.isCaseEnding(number.rest),
            !atoms[i].newlineBefore
        else { return nil }
        func isAgeWord(_ k: Int) -> Bool {
            guard let a = atom(k) else { return false }
            return a.stems.contains { stem in
                if case .unit(.age) = stem.kind { return ["ы", "тары", "ым", "ың", "ымыз", "ыңыз"].contains(stem.rest) }
                return false
            }
        }
        guard isAgeWord(i - 1) || atom(i - 1)?.kind == .word && atom(i - 1)?.newlineBefore == false && isAgeWord(i - 2)
        else { return nil }
        return DateMatch(end: number.end, expression: .age(number.value), confidence: 0.6)
    }

    /// Dative, ablative or locative endings after a number.
    static func isCaseEnding(_ rest: Substring) -> Bool {
        ["ға", "ге", "қа", "ке", "на", "не", "а", "е"].contains(rest) || KazakhEnding.isAblative(rest)
            || KazakhEnding.isLocative(rest)
    }

    /// `отызға жуық жылды`, `30-ға таяу жыл`: about N units.
    func kazakhApproximateQuantity(_ number: KazakhNumber) -> DateMatch? {
        guard ["ға", "ге", "қа", "ке", "на", "не", "а", "е"].contains(number.rest),
            let word = folded(number.end), word == "жуық" || word == "таяу",
            let unit = kazakhUnitStem(at: number.end + 1), unit.unit != .age, unit.unit != .quarter,
            !isMonthlyAmount(unit, at: number.end + 2)
        else { return nil }
        let match = DateMatch(end: number.end + 2, expression: .duration(number.value, unit.unit), confidence: 0.6)
        return kazakhDurationTail(match, unitRest: unit.rest)
    }

    /// `10-ы күні`, `жиырма бесі күні`: a day of an unnamed month (no value). `оны күні` is
    /// left out: `оны` is also "him, it".
    func kazakhDayOfMonthReference(_ number: KazakhNumber, at i: Int) -> DateMatch? {
        guard (1...31).contains(number.value), number.digitCount <= 2, KazakhEnding.isPossessive(number.rest),
            folded(number.end) == "күні", folded(number.end - 1) != "оны"
        else { return nil }
        return DateMatch(end: number.end + 1, expression: .anaphoric(.day), confidence: 0.6)
    }

    /// `айлық есептік көрсеткіш` (a unit of money), `айлық жалақы` (a salary): not durations.
    func isMonthlyAmount(_ unit: (unit: DateVocabulary.Unit, rest: Substring), at next: Int) -> Bool {
        guard unit.unit == .month, unit.rest.hasPrefix("лық"), let word = folded(next) else { return false }
        return word.hasPrefix("есеп") || word.hasPrefix("жалақ") || word.hasPrefix("көрсеткіш")
    }
}
