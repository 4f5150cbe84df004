import ShejireCore
import ShejireText

/// Finds dates in Kazakh, Russian and English text and normalises them to ISO 8601.
///
/// Forms (see `docs/rules-dates.md` for every pattern with examples):
/// - numeric: `2025-10-30`, `30.10.2025`;
/// - Kazakh: `2025 жылғы 30 қазанда`, `30 қазан 2025 ж.`, `27-30 қазан`, `қазанның 5-і`,
///   `2023 жылы`, `2023 жылдан бастап`, `2035 жылға дейін`, `1990 жылдары`, `XIX ғасыр`
///   (also in Cyrillic look-alikes, `ХІХ`), `ағымдағы жылдың маусымында`, spelled-out
///   numbers (`екі мың жиырмасыншы жылы`);
/// - Russian: `30 октября 2025 г.`, `с 2023 года`, `до 2035 года`, `1990-е годы`, `XIX век`,
///   `27–30 октября`, `октябре 2025 года`;
/// - English: `30 October 2025`, `October 30, 2025`, `October 27-30`, `since 2023`,
///   `until 2035`, `the 1990s`, `the 19th century`;
/// - relative words, resolved against the document date: `биыл`, `былтыр`, `бүгін`, `кеше`,
///   `ертең`, `өткен жылы`, `келесі жылы`, `осы айда`, `сегодня`, `в прошлом году`,
///   `last year`, ...;
/// - with `Coverage.all` (the default), also what news corpora such as KazNERD annotate as
///   dates: durations (`5 жыл`, `соңғы 10 жылда`), offsets (`2 жыл бұрын`), ages
///   (`38 жастағы`), recurrences (`жыл сайын`, `күнделікті`), seasons (`көктемде`),
///   weekdays and vague present (`бүгінде`).
///
/// Every candidate has `value` (ISO 8601: `2025-10-30`, `2025-10`, `2025`, an interval
/// `2025-10-27/2025-10-30`, an open interval `2023/..` or `../2035`, a decade `1990/1999`,
/// a century `1801/1900`, a week `2025-W44`, a season `2025-21` (ISO 8601-2: 21 spring …
/// 24 winter), a duration `P5Y`, a recurrence `R/P1Y`), `attributes["granularity"]` (`day`,
/// `week`, `month`, `season`, `year`, `decade`, `century`, `interval`, `open-interval`,
/// `duration`, `age`, `set`) and `attributes["relative"] = "true"` when the value depends on
/// the document date. Without a document date a relative expression is still found, with a
/// nil value and the entity `date:relative:<folded text>`.
///
/// Month words that are everyday words (`қазан` "cauldron", `маусым` "season", `тамыз`,
/// `қаңтар`, Russian `май`) are dates only next to a number, a year word or the word `ай`
/// "month"; other Kazakh months are also dates alone in the locative or ablative
/// (`қаңтарда`, `сәуірден`). A bare four-digit number is never a year: it needs a year word
/// (`жылы`, `ж.`, `года`, `г.`) or a preposition (`since`, `until`, `in`, `с`, `до`).
/// Impossible days (`31 ақпан`, `30.02.2025`) are not dates.
///
/// Span conventions follow the KazNERD corpus except where the project's seed gold decides
/// otherwise: postpositions that change the meaning are part of the span (`2023 жылдан
/// бастап`, `2035 жылға дейін`, `с 2023 года`, `since 2023`), `аралығында` "between" is not
/// (`27-30 қазан` in `27-30 қазан аралығында`), nor are `в`, `in`, `on`.
public struct DateRule: Extractor {
    /// Which kinds of date expression the rule proposes.
    public enum Coverage: Sendable {
        /// Calendar dates, intervals, decades, centuries and relative dates.
        case calendar
        /// `calendar` plus durations, ages, recurrences, seasons, weekdays and the vague
        /// present (`бүгінде`), as news NER corpora annotate them.
        case all
    }

    public var name: String { "rule:date" }
    public var coverage: Coverage

    public init(coverage: Coverage = .all) {
        self.coverage = coverage
    }

    /// Proposes one candidate per date expression, leftmost-longest, never overlapping.
    ///
    /// - Complexity: O(n) in the number of tokens; each position tries a bounded number of
    ///   patterns of bounded length.
    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        guard !tokens.isEmpty else { return [] }
        var parser = DateParser(atoms: tokens.map(DateAtom.init))
        var result: [Candidate] = []
        var lineEnd = 0
        var i = 0
        while i < tokens.count {
            if i >= lineEnd {
                lineEnd = i + 1
                while lineEnd < tokens.count, !tokens[lineEnd].newlineBefore { lineEnd += 1 }
            }
            parser.limit = lineEnd
            guard let match = parser.longestMatch(at: i) else {
                i += 1
                continue
            }
            if coverage == .all || match.expression.isCalendar {
                result.append(candidate(for: match, from: i, in: document))
                i = match.end
            } else {
                i += 1
            }
        }
        return result
    }

    func candidate(for match: DateMatch, from start: Int, in document: AnalyzedDocument) -> Candidate {
        let resolved = match.expression.resolve(against: document.document.date)
        var attributes: [String: String] = ["granularity": resolved.granularity]
        if resolved.relative { attributes["relative"] = "true" }
        if match.expression.isApproximate { attributes["approximate"] = "true" }
        let entity: String
        let name: String
        if let value = resolved.value {
            entity = "date:" + DateExpression.entityKey(value)
            name = value
        } else {
            let folded = document.tokens[start..<match.end].map(\.folded).joined(separator: " ")
            entity = (resolved.relative ? "date:relative:" : "date:text:") + folded
            name = folded
        }
        return Candidate(
            tokens: start..<match.end, type: .date, entity: entity, name: name, base: name, source: self.name,
            confidence: match.confidence, value: resolved.value, attributes: attributes, specificity: 5)
    }
}

/// One match of a date pattern: where it ends (exclusive token index) and what it means.
struct DateMatch {
    var end: Int
    var expression: DateExpression
    var confidence: Double
}

/// A year stated in the text or counted from the document's year.
enum YearReference: Equatable {
    case absolute(Int)
    /// The document's year plus an offset (0: the same year; a date without a year).
    case relative(Int)
}

/// What a date expression means, before it is resolved against the document date.
indirect enum DateExpression: Equatable {
    case day(YearReference, month: Int, day: Int)
    case month(YearReference, month: Int)
    case year(YearReference)
    /// A decade by its first year (1990 for `1990 жылдары`).
    case decade(Int)
    /// A century by its ordinal (19 for `XIX ғасыр`).
    case century(Int)
    case season(YearReference, season: Int)
    /// A quarter of a year (1–4).
    case quarter(YearReference, quarter: Int)
    /// A half of a year (1–2): `бірінші жартыжылдық`.
    case half(YearReference, half: Int)
    /// The document's half-year plus halves (`осы жартыжылдық` 0).
    case relativeHalf(Int)
    /// The document date plus days (`бүгін` 0, `кеше` -1).
    case relativeDay(Int)
    /// The document's month plus months (`осы айда` 0).
    case relativeMonth(Int)
    /// The document's ISO week plus weeks (`өткен аптада` -1).
    case relativeWeek(Int)
    /// The vague present: `бүгінде`, `бүгінгі таңда`, `nowadays`.
    case present
    /// A weekday (1 Monday … 7 Sunday) not tied to a date.
    case weekday(Int)
    /// A day, week, month or year that the text names only by reference (`сол күні` "that
    /// day", `екінші күні` "on the second day"): relative, never resolved.
    case anaphoric(DateVocabulary.Unit)
    case interval(DateExpression, DateExpression)
    case since(DateExpression)
    case until(DateExpression)
    /// An amount of a unit; nil for `бірнеше` "several".
    case duration(Int?, DateVocabulary.Unit)
    /// An amount of a unit before (-1, `2 жыл бұрын`) or after (+1) the document date.
    case offset(Int?, DateVocabulary.Unit, direction: Int)
    case recurring(DateVocabulary.Unit)
    case age(Int)

    /// True for what `Coverage.calendar` keeps.
    var isCalendar: Bool {
        switch self {
        case .duration, .recurring, .age, .season, .weekday, .present, .anaphoric: false
        case .interval(let a, let b): a.isCalendar && b.isCalendar
        case .since(let a), .until(let a): a.isCalendar
        default: true
        }
    }

    var isApproximate: Bool {
        switch self {
        case .present: true
        case .since(let a), .until(let a): a.isApproximate
        default: false
        }
    }

    /// The value, granularity and relativity of an expression against a document date.
    struct Resolved {
        var value: String?
        var granularity: String
        var relative: Bool
    }

    func resolve(against date: SimpleDate?) -> Resolved {
        switch self {
        case .interval(let a, let b):
            let (start, _, ra) = a.bounds(date)
            let (_, end, rb) = b.bounds(date)
            let value = start.flatMap { s in end.map { s + "/" + $0 } }
            return Resolved(value: value, granularity: "interval", relative: ra || rb)
        case .since(let a):
            let (start, _, relative) = a.bounds(date)
            return Resolved(value: start.map { $0 + "/.." }, granularity: "open-interval", relative: relative)
        case .until(let a):
            let (_, end, relative) = a.bounds(date)
            return Resolved(value: end.map { "../" + $0 }, granularity: "open-interval", relative: relative)
        case .duration(let amount, let unit):
            let count = amount.map { String($0 * unit.multiplier) } ?? "X"
            return Resolved(value: "P" + count + unit.durationDesignator, granularity: "duration", relative: false)
        case .age(let years):
            return Resolved(value: "P\(years)Y", granularity: "age", relative: false)
        case .recurring(let unit):
            let value = "R/P\(unit.multiplier)\(unit.durationDesignator)"
            return Resolved(value: value, granularity: "set", relative: false)
        case .decade, .century:
            let (start, end, _) = bounds(date)
            let value = start.flatMap { s in end.map { s + "/" + $0 } }
            return Resolved(value: value, granularity: granularity, relative: false)
        default:
            let (start, _, relative) = bounds(date)
            return Resolved(value: start, granularity: granularity, relative: relative)
        }
    }

    /// Granularity of a simple (not interval) expression.
    var granularity: String {
        switch self {
        case .day, .relativeDay, .present, .weekday: "day"
        case .anaphoric(let unit): unit.granularity
        case .month, .relativeMonth: "month"
        case .year: "year"
        case .decade: "decade"
        case .century: "century"
        case .season: "season"
        case .quarter: "quarter"
        case .half, .relativeHalf: "half-year"
        case .relativeWeek: "week"
        case .offset(_, let unit, _): unit == .week ? "day" : unit.granularity
        default: "interval"
        }
    }

    /// The first and last value an expression covers (`1990` and `1999` for a decade), and
    /// whether they depend on the document date.
    func bounds(_ date: SimpleDate?) -> (String?, String?, Bool) {
        func year(_ reference: YearReference) -> Int? {
            switch reference {
            case .absolute(let y): y
            case .relative(let offset): date.map { $0.year + offset }
            }
        }
        func isRelative(_ reference: YearReference) -> Bool {
            if case .relative = reference { return true }
            return false
        }
        switch self {
        case .day(let reference, let month, let day):
            let value = year(reference).flatMap { SimpleDate(year: $0, month: month, day: day) }.map(\.description)
            return (value, value, isRelative(reference))
        case .month(let reference, let month):
            let value = year(reference).map { Self.pad($0, 4) + "-" + Self.pad(month, 2) }
            return (value, value, isRelative(reference))
        case .year(let reference):
            let value = year(reference).map { Self.pad($0, 4) }
            return (value, value, isRelative(reference))
        case .decade(let first):
            return (Self.pad(first, 4), Self.pad(first + 9, 4), false)
        case .century(let n):
            return (Self.pad((n - 1) * 100 + 1, 4), Self.pad(n * 100, 4), false)
        case .season(let reference, let season):
            let value = year(reference).map { Self.pad($0, 4) + "-\(20 + season)" }
            return (value, value, isRelative(reference))
        case .quarter(let reference, let quarter):
            // ISO 8601-2 sub-year groupings: 33–36 are the quarters.
            let value = year(reference).map { Self.pad($0, 4) + "-\(32 + quarter)" }
            return (value, value, isRelative(reference))
        case .half(let reference, let half):
            // ISO 8601-2 sub-year groupings: 40 and 41 are the first and second half.
            let value = year(reference).map { Self.pad($0, 4) + "-\(39 + half)" }
            return (value, value, isRelative(reference))
        case .relativeHalf(let halves):
            let value = date.map { d -> String in
                let index = d.year * 2 + (d.month - 1) / 6 + halves
                return Self.pad(index / 2, 4) + "-\(40 + index % 2)"
            }
            return (value, value, true)
        case .relativeDay(let days):
            let value = date?.adding(days: days).description
            return (value, value, true)
        case .present:
            let value = date?.description
            return (value, value, true)
        case .relativeMonth(let months):
            let value = date.map { d -> String in
                let index = d.year * 12 + (d.month - 1) + months
                return Self.pad(index / 12, 4) + "-" + Self.pad(index % 12 + 1, 2)
            }
            return (value, value, true)
        case .relativeWeek(let weeks):
            let value = date.map { Self.isoWeek($0.adding(days: 7 * weeks)) }
            return (value, value, true)
        case .offset(let amount, let unit, let direction):
            guard let amount, let date else { return (nil, nil, true) }
            let n = amount * unit.multiplier * direction
            let value: String
            switch unit {
            case .day: value = date.adding(days: n).description
            case .week: value = date.adding(days: 7 * n).description
            case .month, .quarter:
                let index = date.year * 12 + (date.month - 1) + n
                value = Self.pad(index / 12, 4) + "-" + Self.pad(index % 12 + 1, 2)
            default: value = Self.pad(date.year + n, 4)
            }
            return (value, value, true)
        case .interval(let a, let b):
            let (start, _, ra) = a.bounds(date)
            let (_, end, rb) = b.bounds(date)
            return (start, end, ra || rb)
        case .since(let a), .until(let a):
            return a.bounds(date)
        case .weekday, .anaphoric:
            return (nil, nil, true)
        case .duration, .recurring, .age:
            return (nil, nil, false)
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The entity key of a value: `2023/..` → `2023..`, `../2035` → `..2035`, other `/` → `..`.
    static func entityKey(_ value: String) -> String {
        if value.hasSuffix("/..") { return String(value.dropLast(3)) + ".." }
        if value.hasPrefix("../") { return ".." + value.dropFirst(3) }
        // An interval drops what its end shares with its start: `2025-10-27..30`,
        // `2025-10-27..11-02`; other intervals keep both ends.
        let ends = value.split(separator: "/")
        if ends.count == 2, ends[0].count == 10, ends[1].count == 10 {
            let (a, b) = (ends[0], ends[1])
            if a.prefix(7) == b.prefix(7) { return a + ".." + b.suffix(2) }
            if a.prefix(4) == b.prefix(4) { return a + ".." + b.suffix(5) }
        }
        return value.replacingOccurrences(of: "/", with: "..")
    }

    /// The ISO 8601 week of a date: `2025-W44`.
    static func isoWeek(_ date: SimpleDate) -> String {
        let weekday = Self.weekday(date)  // 1 Monday … 7 Sunday
        var ordinal = date.day
        for m in 1..<date.month { ordinal += SimpleDate.daysIn(month: m, year: date.year) }
        var year = date.year
        var week = (ordinal - weekday + 10) / 7
        if week < 1 {
            year -= 1
            week = weeksIn(year)
        } else if week > weeksIn(year) {
            year += 1
            week = 1
        }
        return pad(year, 4) + "-W" + pad(week, 2)
    }

    /// 1 Monday … 7 Sunday.
    static func weekday(_ date: SimpleDate) -> Int {
        // Days from 1970-01-01 (a Thursday), by Howard Hinnant's days_from_civil.
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        let w = ((days % 7) + 7 + 3) % 7  // 0 Monday
        return w + 1
    }

    static func weeksIn(_ year: Int) -> Int {
        let jan1 = weekday(SimpleDate(year: year, month: 1, day: 1)!)
        let leap = SimpleDate.daysIn(month: 2, year: year) == 29
        return jan1 == 4 || (leap && jan1 == 3) ? 53 : 52
    }
}

/// Reads date expressions from the analysed tokens of one document. Each language's
/// patterns live in `DateRule+Kazakh.swift`, `DateRule+Russian.swift` and
/// `DateRule+English.swift`; this file holds what they share.
struct DateParser {
    let atoms: [DateAtom]
    /// Patterns never reach this token index (the next line break).
    var limit = 0

    init(atoms: [DateAtom]) {
        self.atoms = atoms
        self.limit = atoms.count
    }

    /// The token at `i` if it is before the limit.
    func atom(_ i: Int) -> DateAtom? {
        i >= 0 && i < limit ? atoms[i] : nil
    }

    func folded(_ i: Int) -> String? {
        atom(i)?.folded
    }

    func isDash(_ i: Int) -> Bool {
        guard let a = atom(i) else { return false }
        return a.kind == .dash || a.folded == "-"
    }

    /// The longest match of any pattern starting at token `i`.
    func longestMatch(at i: Int) -> DateMatch? {
        var best: DateMatch?
        for candidate in [numeric(at: i), kazakh(at: i), russian(at: i), english(at: i)] {
            if let candidate, candidate.end > (best?.end ?? i) { best = candidate }
        }
        return best
    }

    /// `2025-10-30`, `30.10.2025`, optionally with `ж.`/`г.` and a Kazakh postposition, or
    /// two of them joined by a dash (an interval).
    func numeric(at i: Int) -> DateMatch? {
        guard let date = atoms[i].numericDate else { return nil }
        var expression = DateExpression.day(.absolute(date.year), month: date.month, day: date.day)
        var end = i + 1
        if isDash(end), let second = atom(end + 1)?.numericDate, date < second {
            expression = .interval(
                expression, .day(.absolute(second.year), month: second.month, day: second.day))
            end += 2
        }
        if let a = atom(end), ["ж.", "г.", "жж.", "гг."].contains(a.folded) { end += 1 }
        return kazakhPostposition(DateMatch(end: end, expression: expression, confidence: 0.95))
    }

    /// Whether a day and month make a date in some year (29 February is allowed when the
    /// year is not known).
    static func isValid(day: Int, month: Int, year: Int?) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= SimpleDate.daysIn(month: month, year: year ?? 2024)
    }

    /// A day expression if the day exists.
    static func day(_ year: YearReference, month: Int, day: Int) -> DateExpression? {
        if case .absolute(let y) = year {
            return isValid(day: day, month: month, year: y) ? .day(year, month: month, day: day) : nil
        }
        return isValid(day: day, month: month, year: nil) ? .day(year, month: month, day: day) : nil
    }

    /// The year a four-digit number names, if it is plausible (1000–2100).
    static func plausibleYear(_ value: Int, digits: Int) -> Bool {
        digits == 4 && (1000...2100).contains(value)
    }
}
