import ShejireCore
import ShejireText

/// The words the date rule knows: month names, calendar units, relative words, Kazakh number
/// words and Roman numerals in Kazakh, Russian and English, all case-folded
/// (`TextFolding.fold`).
///
/// Month names follow Unicode CLDR (`ca-gregorian`, Unicode License v3), typed in by hand:
/// twelve names per language plus the Russian genitive and prepositional forms and the
/// English abbreviations. Kazakh words inflect by suffixes; `KazakhEnding` checks that what
/// follows a stem is a chain of noun endings, so that `қазанның`, `қаңтарынан`,
/// `қыркүйегінде`, `жылдардағы` are read as a stem plus endings without a word list.
enum DateVocabulary {
    // MARK: Months

    /// Kazakh month names (CLDR `kk`), January first.
    static let kazakhMonths: [String] = [
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
        "қараша", "желтоқсан",
    ]

    /// Kazakh month stems with the alternate stems a vowel-initial ending leaves
    /// (`қыркүйек` → `қыркүйегі`), and the Russian month names Kazakh speech borrows
    /// (`январьдың`, `март айында`, `10-ыншы май`).
    static let kazakhMonthStems: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in kazakhMonths.enumerated() { table[name] = index + 1 }
        table["қыркүйег"] = 9
        for (index, name) in russianMonthsNominative.enumerated() where table[name] == nil {
            table[name] = index + 1
        }
        table["январ"] = 1; table["феврал"] = 2; table["апрел"] = 4; table["июн"] = 6; table["июл"] = 7
        table["сентябр"] = 9; table["октябр"] = 10; table["ноябр"] = 11; table["декабр"] = 12
        return table
    }()

    /// Month words that are also everyday words in their bare or locative form and are
    /// therefore never a date on their own: `қазан` "cauldron" (and the city Kazan),
    /// `маусым` "season", `май` "butter, oil". The other months are dates alone only in
    /// the locative or ablative (`қаңтарда`, `сәуірден`), never in the bare form, which
    /// for `тамыз`, `қаңтар` is also a verb.
    static let monthsNeverAlone: Set<String> = ["қазан", "маусым", "май", "мая", "мае"]

    /// Russian month names, nominative (CLDR `ru` stand-alone).
    static let russianMonthsNominative: [String] = [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
        "ноябрь", "декабрь",
    ]
    /// Russian month names, genitive (CLDR `ru` format: `30 октября`).
    static let russianMonthsGenitive: [String] = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря",
    ]
    /// Russian month names, prepositional (`в октябре`).
    static let russianMonthsPrepositional: [String] = [
        "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
        "ноябре", "декабре",
    ]

    enum RussianMonthCase { case nominative, genitive, prepositional, other }

    static let russianMonths: [String: (month: Int, grammaticalCase: RussianMonthCase)] = {
        var table: [String: (Int, RussianMonthCase)] = [:]
        for (i, name) in russianMonthsNominative.enumerated() { table[name] = (i + 1, .nominative) }
        for (i, name) in russianMonthsGenitive.enumerated() { table[name] = (i + 1, .genitive) }
        for (i, name) in russianMonthsPrepositional.enumerated() { table[name] = (i + 1, .prepositional) }
        // Instrumental and dative: `январем`, `январю`.
        for (i, name) in russianMonthsNominative.enumerated() {
            let stem = name.hasSuffix("ь") || name.hasSuffix("й") ? String(name.dropLast()) : name
            for ending in ["ем", "ём", "ю", "ом", "у"] where table[stem + ending] == nil {
                table[stem + ending] = (i + 1, .other)
            }
        }
        table["мартом"] = (3, .other); table["марту"] = (3, .other)
        table["августом"] = (8, .other); table["августу"] = (8, .other)
        return table
    }()

    /// Russian ordinals of a quarter or a half-year, in their case forms (`первом квартале`,
    /// `второго полугодия`).
    static let russianOrdinals: [String: Int] = {
        var table: [String: Int] = [:]
        let stems = [(1, "перв"), (2, "втор"), (3, "трет"), (4, "четверт"), (4, "четвёрт")]
        let endings = ["ый", "ой", "ий", "ого", "его", "ом", "ем", "ому", "ему", "ым", "им", "ое", "ье", "ьего", "ьем", "ьему", "ьим"]
        for (value, stem) in stems {
            for ending in endings { table[stem + ending] = value }
        }
        return table
    }()

    /// Russian words of a quarter and of a half-year: 4 and 2 parts of a year.
    static func russianYearPart(_ folded: String) -> Int? {
        if folded.hasPrefix("квартал") { return 4 }
        if folded.hasPrefix("полугоди") { return 2 }
        return nil
    }

    /// English month names and abbreviations (CLDR `en`), folded.
    static let englishMonths: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() { table[name] = i + 1 }
        for (i, abbreviation) in ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
            .enumerated() where !abbreviation.isEmpty
        {
            table[abbreviation] = i + 1
            table[abbreviation + "."] = i + 1
        }
        table["sept"] = 9; table["sept."] = 9
        return table
    }()

    // MARK: Units

    /// A calendar unit a number can count.
    enum Unit: String {
        case year, month, week, day, century, age, quarter, decade

        /// The ISO 8601 duration letter (`P5Y`), with weeks as `W` and centuries in years.
        var durationDesignator: String {
            switch self {
            case .year, .age: "Y"
            case .month: "M"
            case .week: "W"
            case .day: "D"
            case .century: "Y"
            case .quarter: "M"
            case .decade: "Y"
            }
        }

        /// The granularity of a point counted in this unit.
        var granularity: String {
            switch self {
            case .day: "day"
            case .week: "week"
            case .month, .quarter: "month"
            default: "year"
            }
        }

        /// How many designator units one of this unit is (a century is 100 years).
        var multiplier: Int {
            switch self {
            case .century: 100
            case .quarter: 3
            case .decade: 10
            default: 1
            }
        }
    }

    /// Kazakh unit stems. `жас` (age) is only read after a number.
    static let kazakhUnitStems: [String: Unit] = [
        "жыл": .year, "ай": .month, "апта": .week, "жұма": .week, "күн": .day, "тәулік": .day,
        "ғасыр": .century, "жас": .age, "тоқсан": .quarter, "онжылдық": .decade, "жеті": .week,
    ]

    /// Endings allowed after the two-letter unit stem `ай` (`айтатын`, `аймағынан` are
    /// other words).
    static let ayEndings: Set<String> = [
        "", "ы", "ын", "ына", "ында", "ынан", "ының", "ымен", "да", "дан", "ға", "дың", "ды", "дай", "дағы",
        "лар", "лары", "ларда", "ларында", "лардың", "ларға", "лардан", "ларынан", "ларына", "ларының",
        "лық", "лығы", "лықта", "лыққа", "лығын", "мен", "ындағы", "дағы",
    ]

    /// A part of a period: `басында`, `соңына`, `аяғында`, `ортасында`, `жартысында`.
    static let periodParts: Set<String> = {
        var parts: Set<String> = []
        for stem in ["басы", "соңы", "аяғы", "ортасы", "жартысы"] {
            for ending in ["", "нда", "нан", "на", "ндағы", "н", "ның"] { parts.insert(stem + ending) }
        }
        return parts
    }()

    /// Russian unit forms.
    static let russianUnits: [String: Unit] = [
        "год": .year, "года": .year, "году": .year, "годом": .year, "годы": .year, "годах": .year,
        "годов": .year, "лет": .year, "г.": .year, "гг.": .year,
        "месяц": .month, "месяца": .month, "месяцев": .month, "месяце": .month,
        "неделя": .week, "недели": .week, "недель": .week, "неделю": .week, "неделе": .week,
        "день": .day, "дня": .day, "дней": .day, "сутки": .day, "суток": .day,
        "век": .century, "века": .century, "веке": .century, "веку": .century, "веков": .century,
        "веках": .century, "в.": .century, "вв.": .century,
    ]

    // MARK: Relative words

    /// What a relative word refers to, counted from the document date.
    enum Relative: Equatable {
        /// A day: 0 today, -1 yesterday, +1 tomorrow.
        case day(Int)
        /// A year: 0 this year, -1 last year.
        case year(Int)
    }

    /// Kazakh relative stems; the endings that may follow them are listed in
    /// `DateAtom.relativeEndings`: `биылғы`, `былтырдан`, `бүгінге`, `кешегі`, `ертеңге`.
    static let kazakhRelativeStems: [String: Relative] = [
        "биыл": .year(0), "былтыр": .year(-1), "бүгін": .day(0), "кеше": .day(-1), "ертең": .day(1),
    ]

    /// Kazakh words that make the next `жыл`/`ай`/`апта` word relative: `өткен жылы`,
    /// `келесі айда`, `осы аптада`, `ағымдағы жылдың`.
    static let kazakhRelativeModifiers: [String: Int] = [
        "осы": 0, "ағымдағы": 0, "үстіміздегі": 0, "биылғы": 0, "өткен": -1, "былтырғы": -1, "бұрнағы": -2,
        "келесі": 1, "келер": 1, "алдағы": 1,
    ]

    /// Russian words that make the next unit relative: `в этом году`, `в прошлом месяце`.
    static let russianRelativeModifiers: [String: Int] = [
        "этом": 0, "этого": 0, "этот": 0, "текущем": 0, "текущего": 0, "нынешнем": 0, "нынешнего": 0,
        "прошлом": -1, "прошлого": -1, "прошлый": -1, "минувшем": -1, "минувшего": -1,
        "следующем": 1, "следующего": 1, "следующий": 1, "будущем": 1, "будущего": 1,
        "этой": 0, "прошлой": -1, "следующей": 1,
    ]

    /// Russian relative day words.
    static let russianRelativeDays: [String: Int] = [
        "сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2,
    ]

    /// English relative day words.
    static let englishRelativeDays: [String: Int] = ["today": 0, "yesterday": -1, "tomorrow": 1]

    /// English words that make the next unit relative: `this year`, `last month`.
    static let englishRelativeModifiers: [String: Int] = ["this": 0, "last": -1, "next": 1, "past": -1]

    // MARK: Seasons and weekdays

    /// Kazakh season stems (1 spring, 2 summer, 3 autumn, 4 winter).
    static let kazakhSeasonStems: [String: Int] = ["көктем": 1, "жаз": 2, "күз": 3, "қыс": 4]

    /// Kazakh weekday names.
    static let kazakhWeekdays: [String: Int] = [
        "дүйсенбі": 1, "сейсенбі": 2, "сәрсенбі": 3, "бейсенбі": 4, "сенбі": 6, "жексенбі": 7,
    ]

    // MARK: Kazakh number words

    /// Kazakh number words and their values; `мың`, `жүз` multiply.
    static let kazakhNumberWords: [String: Int] = [
        "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
        "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "қырқ": 40, "елу": 50, "алпыс": 60, "жетпіс": 70,
        "сексен": 80, "тоқсан": 90, "жүз": 100, "мың": 1000,
    ]

    /// Kazakh ordinal endings (`-ыншы`, `-інші`, `-ншы`, `-нші`; `жиырмасыншы`), longest first.
    static let kazakhOrdinalEndings: [String] = ["сыншы", "сінші", "ыншы", "інші", "ншы", "нші", "шы", "ші"]

    // MARK: Roman numerals

    /// The value of a Roman numeral written in capitals, also with Cyrillic look-alikes
    /// (`ХІХ`, `ХУІ`), or nil. Only canonical numerals from 1 to 39 are accepted.
    static func romanNumeral(_ text: String) -> Int? {
        var letters: [Character] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "I", "І", "Ӏ": letters.append("I")
            case "V", "У": letters.append("V")
            case "X", "Х": letters.append("X")
            default: return nil
            }
        }
        guard !letters.isEmpty, letters.count <= 7 else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        var total = 0
        for (i, letter) in letters.enumerated() {
            let value = values[letter]!
            if i + 1 < letters.count, value < values[letters[i + 1]]! { total -= value } else { total += value }
        }
        guard total >= 1, total <= 39, romanString(total) == String(letters) else { return nil }
        return total
    }

    static func romanString(_ value: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, letters) in table {
            while rest >= amount { out += letters; rest -= amount }
        }
        return out
    }
}

/// Checks that a string is a chain of Kazakh noun endings (plural, possessive, case,
/// attributive `-ғы`/`-дағы`, adjectival `-лық`, similarity `-дай`), in any of their
/// allomorphs, and tells which case the chain ends in.
///
/// Deliberately permissive (harmony and assimilation are not checked): the date rule only
/// asks it about the rest of a word that already starts with a date stem.
enum KazakhEnding {
    /// Endings, longest first so that the greedy split prefers them.
    static let morphemes: [String] = [
        // attributive after locative, possessive + locative
        "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
        // plural
        "лар", "лер", "дар", "дер", "тар", "тер",
        // genitive
        "ның", "нің", "дың", "дің", "тың", "тің",
        // ablative
        "нан", "нен", "дан", "ден", "тан", "тен",
        // instrumental
        "мен", "бен", "пен",
        // adjectival, with its voiced form before a vowel
        "лық", "лік", "дық", "дік", "тық", "тік", "лығ", "ліг", "дығ", "діг", "тығ", "тіг",
        // similarity
        "дай", "дей", "тай", "тей",
        // possessive (plural persons first)
        "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз",
        // locative
        "нда", "нде", "да", "де", "та", "те",
        // dative
        "ға", "ге", "қа", "ке", "на", "не",
        // attributive
        "ғы", "гі", "қы", "кі",
        // accusative
        "ны", "ні", "ды", "ді", "ты", "ті",
        // possessive
        "сы", "сі", "ым", "ім", "ың", "ің",
        // single letters: possessive `ы/і`, accusative after possessive `н`, dative `а/е`,
        // possessive `м/ң`
        "ы", "і", "н", "а", "е", "м", "ң",
    ]

    /// The endings as UTF-8 bytes, compared byte by byte (the text is already NFC).
    static let morphemeBytes: [[UInt8]] = morphemes.map { Array($0.utf8) }

    /// Whether `rest` is empty or splits into at most `limit` endings.
    ///
    /// - Complexity: O(e^limit) in the worst case for e endings, in practice a few dozen byte
    ///   comparisons: only endings that match the next letters are followed.
    static func isEnding(_ rest: Substring, limit: Int = 4) -> Bool {
        isEnding(rest.utf8[...], limit: limit)
    }

    /// Whether `rest` splits into endings whose first fits the sound `stem` ends in: `жылы`,
    /// `жылдың`, `жылғы` but not `жылқысы` "his horse"; `жастағы` but not `жасанды`
    /// "artificial". Only the first ending is checked against the stem (consonant
    /// assimilation); the rest of the chain is permissive.
    static func isEnding(_ rest: Substring, after stem: String, limit: Int = 4) -> Bool {
        if rest.isEmpty { return true }
        let end = stemEnd(stem)
        guard limit > 0, let first = rest.unicodeScalars.first else { return false }
        for (index, morpheme) in morphemes.enumerated() where rest.utf8.starts(with: morphemeBytes[index]) {
            guard fits(first, morpheme, after: end) else { continue }
            if isEnding(rest.utf8.dropFirst(morphemeBytes[index].count), limit: limit - 1) { return true }
        }
        return false
    }

    /// The sound a stem ends in, as far as the first ending's form depends on it.
    enum StemEnd {
        case vowel, sonorant, lateral, voicedFricative, nasal, voiceless, other
    }

    static func stemEnd(_ stem: String) -> StemEnd {
        switch stem.unicodeScalars.last {
        case "а", "ә", "е", "о", "ө", "ұ", "ү", "ы", "і", "э", "ю", "я": .vowel
        case "р", "й", "у", "и": .sonorant
        case "л": .lateral
        case "з", "ж": .voicedFricative
        case "м", "н", "ң": .nasal
        case "п", "к", "қ", "с", "т", "ш", "ф", "х", "ц", "ч", "щ", "һ": .voiceless
        default: .other
        }
    }

    /// Whether an ending starting with `first` may follow a stem ending in `end`:
    /// `-лар` after vowels and `р й у`, `-дар` after `л з ж м н ң`, `-тар` after voiceless
    /// consonants; `-ғы`/`-қы`; `-ның`/`-дың`/`-тың`; possessive `-ы` only after consonants,
    /// `-сы` only after vowels; the dative `-а` never directly after a stem.
    static func fits(_ first: Unicode.Scalar, _ morpheme: String, after end: StemEnd) -> Bool {
        if end == .other { return true }
        switch first {
        case "л": return end == .vowel || end == .sonorant
        case "д":
            switch end {
            case .voiceless: return false
            case .vowel: return ["да", "де", "дан", "ден", "дағы", "дегі", "дай", "дей"].contains(morpheme)
            case .nasal: return !["дың", "дің", "дан", "ден"].contains(morpheme)
            case .sonorant: return !["дар", "дер", "дық", "дік", "дығ", "діг"].contains(morpheme)
            default: return true
            }
        case "т", "қ", "к", "п": return end == .voiceless
        case "ғ", "г": return end != .voiceless
        case "н":
            switch end {
            case .vowel: return ["ның", "нің", "ны", "ні"].contains(morpheme)
            case .nasal: return ["ның", "нің", "нан", "нен"].contains(morpheme)
            default: return false
            }
        case "б": return end == .voicedFricative || end == .nasal
        case "м": return end != .voiceless && end != .voicedFricative
        case "с", "ң": return end == .vowel
        case "ы", "і": return end != .vowel
        case "а", "е": return false
        default: return true
        }
    }

    static func isEnding(_ rest: Substring.UTF8View.SubSequence, limit: Int) -> Bool {
        if rest.isEmpty { return true }
        guard limit > 0 else { return false }
        for morpheme in morphemeBytes where rest.starts(with: morpheme) {
            if isEnding(rest.dropFirst(morpheme.count), limit: limit - 1) { return true }
        }
        return false
    }

    static func isGenitive(_ rest: Substring) -> Bool {
        rest.hasSuffix("ның") || rest.hasSuffix("нің") || rest.hasSuffix("дың") || rest.hasSuffix("дің")
            || rest.hasSuffix("тың") || rest.hasSuffix("тің")
    }

    static func isAblative(_ rest: Substring) -> Bool {
        rest.hasSuffix("нан") || rest.hasSuffix("нен") || rest.hasSuffix("дан") || rest.hasSuffix("ден")
            || rest.hasSuffix("тан") || rest.hasSuffix("тен")
    }

    /// The dative `-ға/-ге/-қа/-ке/-на/-не/-а/-е` at the end (`ақпанға`, `жылға`, `күнге`).
    static func isDative(_ rest: Substring) -> Bool {
        rest.hasSuffix("ға") || rest.hasSuffix("ге") || rest.hasSuffix("қа") || rest.hasSuffix("ке")
            || rest.hasSuffix("на") || rest.hasSuffix("не") || rest == "а" || rest == "е"
    }

    static func isLocative(_ rest: Substring) -> Bool {
        !rest.hasSuffix("ағы") && !rest.hasSuffix("егі")
            && (rest.hasSuffix("да") || rest.hasSuffix("де") || rest.hasSuffix("та") || rest.hasSuffix("те"))
    }

    static func isPlural(_ rest: Substring) -> Bool {
        rest.hasPrefix("лар") || rest.hasPrefix("лер") || rest.hasPrefix("дар") || rest.hasPrefix("дер")
            || rest.hasPrefix("тар") || rest.hasPrefix("тер")
    }

    /// Attributive `-ғы`/`-гі`/`-дағы` at the end, or the ablative-free genitive: the word
    /// modifies what follows (`2025 жылғы 30 қазан`, `жылдың мамыр айында`).
    static func isAttributive(_ rest: Substring) -> Bool {
        rest.hasSuffix("ғы") || rest.hasSuffix("гі") || rest.hasSuffix("қы") || rest.hasSuffix("кі")
    }

    /// The possessive `-ы`/`-і`/`-сы`/`-сі` alone (`жылы`, `5-і`).
    static func isPossessive(_ rest: Substring) -> Bool {
        rest == "ы" || rest == "і" || rest == "сы" || rest == "сі"
    }
}

// MARK: - Token analysis

/// A Kazakh word read as a date stem plus endings: `қыркүйегінде` → month 9 + `інде`.
struct KazakhStem {
    enum Kind: Equatable {
        case month(Int)
        case unit(DateVocabulary.Unit)
        case relative(DateVocabulary.Relative)
        case season(Int)
        case weekday(Int)
        /// A number word; `ordinal` for `жиырмасыншы`, `бірінші`.
        case number(Int, ordinal: Bool)
    }

    var kind: Kind
    /// The endings after the stem (and after an ordinal ending).
    var rest: Substring
}

/// A digit token read as a number: `2020-сыншы` → 2020, ordinal; `5-і` → 5, rest `і`;
/// `1990-жылдардағы` → 1990 with the unit `жыл`; `1990-е` → 1990, Russian suffix `е`.
struct DigitNumber {
    var value: Int
    var digitCount: Int
    /// The folded text after the hyphen, if any.
    var suffix: Substring
    var ordinal: Bool
    /// Kazakh endings after the number or its ordinal ending.
    var rest: Substring
    /// A unit word glued with a hyphen: `1990-жылдардағы`, `2023-жылы`.
    var unit: (DateVocabulary.Unit, Substring)?
}

/// What the date rule knows about one token; computed once per token.
struct DateAtom {
    var kind: Token.Kind
    var text: String
    var folded: String
    var spaceBefore: Bool
    var newlineBefore: Bool
    var number: DigitNumber?
    /// `2025-10-30`, `30.10.2025`.
    var numericDate: SimpleDate?
    var stems: [KazakhStem] = []
    /// Both halves of a hyphenated word (`қаңтар-маусым`, `алты-жеті`, `жылдан-жылға`).
    var halves: ([KazakhStem], [KazakhStem])?
    var roman: Int?
    /// A Russian pair of months written as one word (`январе-марте`, `январь-июнь`).
    var russianMonthPair: (first: Int, second: Int)?
    /// Whether a Russian or English pattern may start at this word (one lookup per word, so
    /// that the other words cost nothing).
    var startsRussian = false
    var startsEnglish = false

    var isCapitalized: Bool { TextFolding.isCapitalized(text) }

    /// The first four UTF-8 bytes of every start word, to skip the dictionary cheaply.
    static let startKeys: Set<UInt32> = Set(startWords.keys.map { key($0.utf8) })

    /// Words a Russian (bit 1) or English (bit 2) pattern starts with, besides numbers and
    /// Roman numerals.
    static let startWords: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        let russian = ["с", "со", "до", "к"] + Array(DateVocabulary.russianMonths.keys) + Array(DateVocabulary.russianOrdinals.keys)
            + Array(DateVocabulary.russianRelativeDays.keys) + Array(DateVocabulary.russianRelativeModifiers.keys)
        let english = ["since", "until", "till", "by", "through", "from", "between", "the"]
            + Array(DateVocabulary.englishMonths.keys) + Array(DateVocabulary.englishRelativeDays.keys)
            + Array(DateVocabulary.englishRelativeModifiers.keys)
        for word in russian { table[word, default: 0] |= 1 }
        for word in english { table[word, default: 0] |= 2 }
        return table
    }()

    init(_ token: Token) {
        kind = token.kind
        text = token.text
        folded = token.folded
        spaceBefore = token.spaceBefore
        newlineBefore = token.newlineBefore
        switch token.kind {
        case .number:
            numericDate = Self.numericDate(folded)
            if numericDate == nil { number = Self.digitNumber(folded) }
        case .word, .abbreviation:
            if Self.startKeys.contains(DateAtom.key(folded.utf8)), let flags = Self.startWords[folded] {
                startsRussian = flags & 1 != 0
                startsEnglish = flags & 2 != 0
            }
            guard token.kind == .word else { break }
            if let value = DateVocabulary.romanNumeral(text) { roman = value }
            if let hyphen = folded.firstIndex(where: { $0 == "-" || $0 == "–" }),
                let first = DateVocabulary.russianMonths[String(folded[..<hyphen])],
                let second = DateVocabulary.russianMonths[String(folded[folded.index(after: hyphen)...])],
                first.month < second.month
            {
                russianMonthPair = (first.month, second.month)
                startsRussian = true
            }
            if Self.mayBeKazakhStem(folded) {
                stems = Self.kazakhStems(folded[...])
                if stems.isEmpty, let hyphen = folded.utf8.firstIndex(of: 0x2D) {
                    let first = Self.kazakhStems(folded[..<hyphen])
                    let second = Self.kazakhStems(folded[folded.index(after: hyphen)...])
                    if !first.isEmpty, !second.isEmpty {
                        halves = (first, second)
                    } else if !first.isEmpty, folded[folded.index(after: hyphen)...] == "ақ" {
                        stems = first  // `бір-ақ күн`
                    }
                }
            }
        default:
            break
        }
    }

    /// Cheap filter: Cyrillic words of two letters or more.
    static func mayBeKazakhStem(_ folded: String) -> Bool {
        guard let first = folded.unicodeScalars.first else { return false }
        return first.value >= 0x0430 && first.value <= 0x04FF && folded.utf8.count >= 4
    }

    static let stemTable: [String: [KazakhStem.Kind]] = {
        var table: [String: [KazakhStem.Kind]] = [:]
        for (stem, month) in DateVocabulary.kazakhMonthStems { table[stem, default: []].append(.month(month)) }
        for (stem, unit) in DateVocabulary.kazakhUnitStems { table[stem, default: []].append(.unit(unit)) }
        for (stem, relative) in DateVocabulary.kazakhRelativeStems {
            table[stem, default: []].append(.relative(relative))
        }
        for (stem, season) in DateVocabulary.kazakhSeasonStems { table[stem, default: []].append(.season(season)) }
        for (stem, day) in DateVocabulary.kazakhWeekdays { table[stem, default: []].append(.weekday(day)) }
        for (stem, value) in DateVocabulary.kazakhNumberWords {
            table[stem, default: []].append(.number(value, ordinal: false))
        }
        return table
    }()

    /// Endings allowed after the relative stems (stricter than `KazakhEnding`, since
    /// `кешенді` "complex" starts with `кеше`).
    static let relativeEndings: [String: Set<String>] = [
        "биыл": ["", "ғы", "дың", "дыққа", "дық", "ға", "дан", "ғыдай", "ғының", "ғыға", "ғыдан", "ғысы"],
        "былтыр": ["", "ғы", "дың", "ға", "дан", "ғымен", "ғының", "ғыдан", "ғыға", "ғыдай"],
        "бүгін": ["", "гі", "де", "ге", "нен", "нің", "гідей", "гіге", "гінің", "гіні", "деріне", "ді"],
        "кеше": ["", "гі", "ден", "ге", "гінің", "гіні", "гідей"],
        "ертең": ["", "гі", "ге", "і", "нен", "гінің", "гіні"],
    ]

    /// Endings allowed after a season stem; `қысқа` "short", `жазды` "wrote", `жаза`
    /// "punishment" are other words.
    static let seasonEndings: Set<String> = [
        "", "ғы", "гі", "қы", "кі", "да", "де", "та", "те", "ы", "і", "ның", "нің", "дың", "дің", "тың", "тің",
        "ге", "ға", "дағы", "дегі", "тағы", "тегі", "ында", "інде", "ының", "інің", "ына", "іне", "нан", "нен",
        "дан", "ден", "тан", "тен", "дік", "тік", "лік", "гіге", "гіні",
    ]

    /// A stem as UTF-8 bytes, with what it may be.
    struct StemEntry {
        var bytes: [UInt8]
        var stem: String
        var kinds: [KazakhStem.Kind]
    }

    /// Stems by their first four UTF-8 bytes (two Cyrillic letters), longest first, so that a
    /// word is looked up once by an integer key instead of once per prefix.
    static let stemIndex: [UInt32: [StemEntry]] = {
        var index: [UInt32: [StemEntry]] = [:]
        for (stem, kinds) in stemTable {
            let bytes = Array(stem.utf8)
            guard bytes.count >= 4 else { continue }
            index[key(bytes), default: []].append(StemEntry(bytes: bytes, stem: stem, kinds: kinds))
        }
        for key in index.keys { index[key]!.sort { $0.bytes.count > $1.bytes.count } }
        return index
    }()

    @inline(__always)
    static func key(_ bytes: some Collection<UInt8>) -> UInt32 {
        var key: UInt32 = 0
        for byte in bytes.prefix(4) { key = key << 8 | UInt32(byte) }
        return key
    }

    /// Every Kazakh date stem a word starts with, whose rest is a valid ending.
    ///
    /// - Complexity: one integer-keyed lookup, then O(k·m) for the k stems sharing the word's
    ///   first two letters.
    static func kazakhStems(_ word: Substring) -> [KazakhStem] {
        let utf8 = word.utf8
        guard utf8.count >= 4, let entries = stemIndex[key(utf8)] else { return [] }
        var result: [KazakhStem] = []
        for entry in entries where utf8.count >= entry.bytes.count && utf8.starts(with: entry.bytes) {
            let index = utf8.index(utf8.startIndex, offsetBy: entry.bytes.count)
            let rest = word[index...]
            let kinds = entry.kinds
            let length = entry.stem.count
            for kind in kinds {
                switch kind {
                case .relative:
                    if relativeEndings[entry.stem]?.contains(String(rest)) == true {
                        result.append(KazakhStem(kind: kind, rest: rest))
                    }
                case .season:
                    if seasonEndings.contains(String(rest)), !(entry.stem == "жаз" && (rest.isEmpty || rest == "ды")) {
                        result.append(KazakhStem(kind: kind, rest: rest))
                    }
                case .number(let value, _):
                    if let (ordinal, after) = ordinalEnding(rest),
                        ordinal ? KazakhEnding.isEnding(after, limit: 2)
                            : KazakhEnding.isEnding(after, after: entry.stem, limit: 2)
                    {
                        result.append(KazakhStem(kind: .number(value, ordinal: ordinal), rest: after))
                    }
                case .unit(.month) where length == 2:
                    if DateVocabulary.ayEndings.contains(String(rest)) {
                        result.append(KazakhStem(kind: kind, rest: rest))
                    }
                case .unit(.week) where entry.stem == "жеті":
                    if ["", "ден", "ге", "де", "нің", "сі"].contains(String(rest)) {
                        result.append(KazakhStem(kind: kind, rest: rest))
                    }
                case .unit(.age):
                    let participle = rest.hasPrefix("ар")  // `жасар` "aged"
                    let after = participle ? rest.dropFirst(2) : rest
                    if KazakhEnding.isEnding(after, after: participle ? "жасар" : entry.stem, limit: 3) {
                        result.append(KazakhStem(kind: kind, rest: rest))
                    }
                default:
                    if KazakhEnding.isEnding(rest, after: entry.stem) {
                        result.append(KazakhStem(kind: kind, rest: rest))
                    }
                }
            }
        }
        return result
    }

    /// Splits an ordinal ending off `rest`: `(true, endings)`, or `(false, rest)` when there
    /// is none.
    static func ordinalEnding(_ rest: Substring) -> (Bool, Substring)? {
        for ending in DateVocabulary.kazakhOrdinalEndings where rest.hasPrefix(ending) {
            return (true, rest.dropFirst(ending.count))
        }
        return (false, rest)
    }

    /// `2025-10-30` or `30.10.2025` (day and month validated).
    static func numericDate(_ folded: String) -> SimpleDate? {
        let bytes = Array(folded.utf8)
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D {
            return SimpleDate(iso: folded)
        }
        let parts = folded.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), (1000...2100).contains(y)
        {
            return SimpleDate(year: y, month: m, day: d)
        }
        return nil
    }

    static func digitNumber(_ folded: String) -> DigitNumber? {
        let digits = folded.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
        var rest = folded[digits.endIndex...]
        guard rest.isEmpty || rest.hasPrefix("-") else { return nil }
        rest = rest.dropFirst()
        if rest == "ақ" || rest == "ек" { rest = "" }  // the particle in `2-ақ жылға`
        var number = DigitNumber(
            value: value, digitCount: digits.count, suffix: rest, ordinal: false, rest: rest, unit: nil)
        if rest.isEmpty { return number }
        if let (ordinal, after) = ordinalEnding(rest), ordinal, KazakhEnding.isEnding(after, limit: 3) {
            number.ordinal = true
            number.rest = after
            return number
        }
        for stem in kazakhStems(rest) {
            if case .unit(let unit) = stem.kind {
                number.unit = (unit, stem.rest)
                number.rest = ""
                return number
            }
        }
        return number
    }
}
