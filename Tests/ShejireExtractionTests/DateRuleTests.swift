import Foundation
import ShejireCore
import ShejireGazetteer
import Testing

@testable import ShejireExtraction

/// Marked-text tests for `DateRule`: each input marks the expected date spans with ⟦ ⟧ and
/// lists the expected values in order (nil for a relative date without a document date).
@Suite("DateRule")
struct DateRuleTests {
    static let documentDate = SimpleDate(year: 2025, month: 10, day: 30)!

    /// A found date: its text and value.
    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var value: String?
        var description: String { "⟦\(text)⟧=\(value ?? "nil")" }
    }

    static func run(
        _ text: String, date: SimpleDate? = documentDate, coverage: DateRule.Coverage = .all
    ) -> (AnalyzedDocument, [Candidate]) {
        let document = AnalyzedDocument(Document(id: "test", text: text, date: date))
        let candidates = DateRule(coverage: coverage).candidates(in: document, found: [], scratch: ExtractionScratch())
        return (document, candidates)
    }

    /// Runs the rule on the unmarked text and compares spans (as text) and values.
    static func check(
        _ marked: String, _ values: [String?], date: SimpleDate? = documentDate, coverage: DateRule.Coverage = .all,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (text, spans) = MarkedText.unmark(marked)
        let (document, candidates) = run(text, date: date, coverage: coverage)
        let found = candidates.map { Found(text: document.text(ofTokens: $0.tokens), value: $0.value) }
        let expected = zip(spans, values).map { Found(text: $0.0, value: $0.1) }
        #expect(
            spans.count == values.count, "test data: \(spans.count) spans, \(values.count) values",
            sourceLocation: sourceLocation)
        #expect(found == expected, "in: \(text)", sourceLocation: sourceLocation)
    }

    // MARK: Numeric

    @Test("ISO and numeric dates")
    func numeric() {
        Self.check("⟦2025-10-30⟧ Президент архиві", ["2025-10-30"])
        Self.check("Шешім ⟦30.10.2025⟧ қабылданды, ⟦07.04.2021 ж.⟧ күшіне енді", ["2025-10-30", "2021-04-07"])
        Self.check("Решение от ⟦07.04.2021⟧ г", ["2021-04-07"])
        Self.check("Мерзімі ⟦27.10.2025–30.10.2025⟧", ["2025-10-27/2025-10-30"])
    }

    @Test("Invalid dates and bare numbers are not dates")
    func invalid() {
        Self.check("Код 31.02.2025 қате, 2025-02-30 де қате", [])
        Self.check("31 ақпанда ештеңе болмайды, 30 ақпан да жоқ", [])
        Self.check("ICA Barcelona 2025 конгресі, 2023 адам қатысты", [])
        Self.check("In 1500 cases and 2000 people", [])
        Self.check("Всего 2023 участника", [])
    }

    // MARK: Kazakh

    @Test("Kazakh textual dates")
    func kazakhTextual() {
        Self.check("Конгресс ⟦2025 жылғы 30 қазанда⟧ ашылды", ["2025-10-30"])
        Self.check("⟦30 қазан 2025 ж.⟧ өтті", ["2025-10-30"])
        Self.check("Конгресс ⟦27-30 қазан⟧ аралығында өтеді", ["2025-10-27/2025-10-30"])
        Self.check("Конгресс ⟦27–30 қазан⟧ аралығында өтеді", ["2025-10-27/2025-10-30"])
        Self.check("Жиын ⟦қазанның 5-і⟧ күні өтеді", ["2025-10-05"])
        Self.check("Ол ⟦2023 жылы⟧ құрылды", ["2023"])
        Self.check("Архив ⟦2023 жылдан бастап⟧ мүше", ["2023/.."])
        Self.check("Бағдарлама ⟦2035 жылға дейін⟧ жүзеге асады", ["../2035"])
        Self.check("⟦1990 жылдары⟧ көп өзгерді", ["1990/1999"])
        Self.check("⟦XIX ғасыр⟧ әдебиеті", ["1801/1900"])
        Self.check("⟦ХІХ ғасырдың⟧ ақыны", ["1801/1900"])
        Self.check("⟦ағымдағы жылдың маусымында⟧ басталды", ["2025-06"])
        Self.check("⟦2020-сыншы жылдың 1-інші қаңтарынан бастап⟧", ["2020-01-01/.."])
        Self.check("⟦екі мың жиырмасыншы жылы⟧ салынды", ["2020"])
        Self.check("⟦2005 – 2018-інші жылдар⟧ аралығында", ["2005/2018"])
        Self.check("⟦27-нші наурыз бен 4-інші сәуір⟧ аралығында", ["2025-03-27/2025-04-04"])
        Self.check("⟦2020-сыншы жылдың мамыр айында⟧ басталып", ["2020-05"])
        Self.check("⟦20-сыншы ғасырдағы⟧ оқиғалар", ["1901/2000"])
        Self.check("⟦наурыздың 22-нен бастап⟧ жабылды", ["2025-03-22/.."])
        Self.check("⟦90-ыншы жылдардың басынан бері⟧ жұмыс істейді", ["1990/.."])
        Self.check("⟦1990-жылдардағы⟧ реформа", ["1990/1999"])
        Self.check("⟦2025ж наурыз айы⟧", ["2025-03"])
        Self.check("⟦XIX–XX ғасырлар⟧ тоғысында, ⟦ХУІ ғасырда⟧", ["1801/2000", "1501/1600"])
        Self.check("⟦1990-1995 жж.⟧ және ⟦2017-де⟧", ["1990/1995", "2017"])
        Self.check("⟦тамыздың он тоғызы⟧ күні түсірілген", ["2025-08-19"])
        Self.check("⟦сәуірдің 29-ы мен мамырдың 5-і⟧ күндері", ["2025-04-29/2025-05-05"])
        Self.check("⟦жиырма жетінші наурызда⟧ және ⟦бір мың тоғыз жүз тоқсан алтыншы жылдан бері⟧",
            ["2025-03-27", "1996/.."])
        Self.check("⟦91-інші жылы⟧ салынған", ["1991"])
        Self.check("⟦желтоқсанның соңы⟧ мен ⟦жыл басынан бері⟧", ["2025-12", "2025/.."])
        Self.check(
            "⟦тамыз айына дейін⟧ жалғасады, ⟦Тамыз⟧ , ⟦қыркүйек⟧ айларында", ["../2025-08", "2025-08", "2025-09"])
        Self.check("⟦қаңтар-маусым⟧ айларында", ["2025-01/2025-06"])
    }

    @Test("Kazakh month words need a number, a year word or the word ай")
    func kazakhMonthWords() {
        Self.check("Қазан толы ет, қазанда ас пісті", [])
        Self.check("Тамыз, қаңтар, маусым", [])
        Self.check("⟦30 қазанда⟧ өтті", ["2025-10-30"])
        Self.check("⟦Қаңтар⟧ айында оқытуды бастаймыз", ["2025-01"])
        Self.check("Жалақы ⟦қаңтарда⟧ өседі", ["2025-01"])
        Self.check("Сөйтіп маусымда ойын басталды", [])
    }

    @Test("Kazakh relative dates, with a document date")
    func kazakhRelative() {
        Self.check("⟦Биыл⟧ егін ерте пісті", ["2025"])
        Self.check("⟦Былтыр⟧ бұл көрсеткіш төмен еді", ["2024"])
        Self.check("⟦Бүгін⟧ отырыс өтті, ⟦кеше⟧ жиын болды, ⟦ертең⟧ сайлау", ["2025-10-30", "2025-10-29", "2025-10-31"])
        Self.check("⟦Өткен жылы⟧ және ⟦келесі жылы⟧", ["2024", "2026"])
        Self.check("⟦Осы айда⟧ аяқталады, ⟦алдағы айда⟧ басталады", ["2025-10", "2025-11"])
        Self.check("⟦Биылғы⟧ егін", ["2025"])
        Self.check("⟦биылғы жылдың 9-ыншы маусымына⟧ белгіленді", ["2025-06-09"])
        Self.check("⟦өткен жылдың қазанында⟧ басталды", ["2024-10"])
        Self.check("⟦бүгінге дейін⟧ жалғасты", ["../2025-10-30"])
        Self.check("⟦былтырдан бері⟧ өсті", ["2024/.."])
        Self.check("⟦жылдың аяғына дейін⟧, ⟦кешегі⟧ жиын, ⟦алдағы жылы⟧", ["../2025", "2025-10-29", "2026"])
        Self.check("⟦2025 жылға⟧ қарай, ⟦26 наурыз⟧ күні", ["2025", "2025-03-26"])
        Self.check("⟦Өткен аптада⟧ және ⟦келесі айда⟧", ["2025-W43", "2025-11"])
        Self.check("⟦Биылғы 1-інші тоқсанда⟧ өсті", ["2025-33"])
        Self.check("⟦бүгінгі таңда⟧ және ⟦Бүгінде⟧", ["2025-10-30", "2025-10-30"])
        Self.check("⟦2 жыл бұрын⟧ және ⟦3 айдан кейін⟧", ["2023", "2026-01"])
        // `маусым` is also "season": only the year is a date in `биылғы маусымда`.
        Self.check("Барыс ⟦биылғы⟧ маусымда жеңді, ⟦биылғы маусым айында⟧ ойнады", ["2025", "2025-06"])
    }

    @Test("Kazakh seasons and weekdays (Coverage.all)")
    func kazakhSeasons() {
        Self.check("⟦көктемде⟧ егіс, ⟦биылғы қыстың⟧ суығы, ⟦өткен сенбіде⟧ жиын", ["2025-21", "2025-24", nil])
        Self.check("Қысқа уақытта хат жазды", [])
        Self.check("екі жылқысы бар, он жеті жасанды интеллект", [])
    }

    @Test("Kazakh quarters, half-years, season edges and eras")
    func kazakhPeriods() {
        Self.check("⟦биыл⟧ ⟦алғашқы тоқсанда⟧ өсті, ⟦соңғы тоқсанда⟧ төмендеді", ["2025", "2025-33", "2025-36"])
        Self.check("⟦биылғы алғашқы тоқсанда⟧", ["2025-33"])
        Self.check("⟦осы жартыжылдық ішінде⟧ өтеді, ⟦өткен жартыжылдықта⟧ өтті", ["2025-41", "2025-40"])
        Self.check("⟦2024 жылғы бірінші жартыжылдықта⟧ және ⟦екінші жартыжылдық⟧", ["2024-40", "2025-41"])
        Self.check("⟦соңғы тоқсан жыл ішінде⟧", ["P90Y"])  // `тоқсан` "ninety" before a unit
        // A digit hyphenated to its noun is an ordinal: the third quarter, not nine months.
        Self.check("⟦2020 жылдың 3-тоқсанында⟧ өсті, ⟦4-тоқсанда⟧ төмендеді", ["2020-35", "2025-36"])
        Self.check("⟦2019 жылдың 1-жартыжылдығында⟧ өсті", ["2019-40"])
        // The first months of a year are one date; a duration alone stays a duration.
        Self.check("⟦2017 жылдың 9 айында⟧ өсті, ⟦ағымдағы жылдың 10 айы ішінде⟧", ["2017-01/2017-09", "2025-01/2025-10"])
        Self.check("⟦9 айында⟧ өсті", ["P9M"])
        Self.check("⟦2020 жылдың наурыз-сәуір⟧ айларында", ["2020-03/2020-04"])
        Self.check("⟦үстіміздегі жылдың қаңтарында⟧, ⟦бұрнағы жылы⟧", ["2025-01", "2023"])
        Self.check(
            "⟦Көктемнің алғашқы күні⟧ мереке, ⟦жаздың алғашқы айын⟧ күттік, ⟦қыстың соңғы айында⟧",
            ["2025-03-01", "2025-06", "2026-02"])
        Self.check("⟦алдағы қысқа⟧ дайын, қысқа уақытта", ["2025-24"])
        Self.check("⟦Жаз айларында⟧ қайталанады", ["2025-22"])
        Self.check("⟦кеңес дәуірінде⟧ салынған, ⟦орта ғасырдағы⟧ кесене, ⟦Ортағасырлық⟧ базар",
            ["1922/1991", "0501/1500", "0501/1500"])
        Self.check("Кеңес берді, орта мектеп", [])
        // A decade named after its century.
        Self.check("⟦XX ғасырдың 30-жылдары⟧ және ⟦19-ғасырдың 80-жылдарында⟧", ["1930/1939", "1880/1889"])
        Self.check("⟦өткен ғасырдың алпысыншы жылдары⟧ салынған", ["1960/1969"])
        Self.check("⟦жиырмасыншы ғасырдың сексенінші жылдарынан бастап⟧", ["1980/.."])
    }

    @Test("Kazakh ages after жас, approximate amounts, days named by number")
    func kazakhAgesAndAmounts() {
        Self.check("Атаның жасы қазір ⟦сексеннен⟧ асқан, жастары ⟦50-ге⟧ тақаған, жасы ⟦елу жетіде⟧",
            ["P80Y", "P50Y", "P57Y"])
        Self.check("Ол сексеннен асқан адамды көрді, 50-ге жуық адам", [])
        Self.check("⟦отызға жуық жылды⟧ арнады, ⟦30-ға жуық жыл⟧", ["P30Y", "P30Y"])
        Self.check("⟦Алты-жеті жыл⟧ көлемінде", ["PXY"])
        Self.check("Құрылысты ⟦10-ы күні⟧ бастадық", [nil])
        Self.check("⟦1965 жылы 4-інші мамырда⟧ туған", ["1965-05-04"])
        Self.check("⟦2021 жылы⟧ ⟦қыркүйекте⟧", ["2021", "2025-09"])
        Self.check("⟦сәуірдің 29-ы мен мамырдың 5-і күндері⟧ аралығында", ["2025-04-29/2025-05-05"])
        Self.check("⟦өткен жылдары⟧ басталатын", ["PXY"])
        Self.check("100 айлық көрсеткішке дейін, бірнеше айлық жалақы", [])
        Self.check("⟦80-жылдары⟧ өзгерді, ⟦90-жылдардың басында⟧", ["1980/1989", "1990/1999"])
        Self.check("⟦2019 жылдың екінші жартысында⟧, ⟦осы жылдың бірінші жартысында-ақ⟧", ["2019-41", "2025-40"])
    }

    @Test("Relative dates without a document date are found without a value")
    func relativeWithoutDate() {
        let (document, candidates) = Self.run("Биыл жиын өтті. В прошлом году тоже. Today too.", date: nil)
        #expect(candidates.map { document.text(ofTokens: $0.tokens) } == ["Биыл", "прошлом году", "Today"])
        for candidate in candidates {
            #expect(candidate.value == nil)
            #expect(candidate.attributes["relative"] == "true")
            #expect(candidate.entity.hasPrefix("date:relative:"))
        }
        #expect(candidates.first?.entity == "date:relative:биыл")
    }

    @Test("Durations, offsets, ages and recurrences (Coverage.all only)")
    func durations() {
        Self.check("⟦соңғы 10 жылда⟧ өсті, ⟦5 жыл бойы⟧ өсті, ⟦2 жыл бұрын⟧ ашылды", ["P10Y", "P5Y", "2023"])
        Self.check("⟦жыл сайын⟧ өтеді, ⟦күнделікті⟧ тұтынатын", ["R/P1Y", "R/P1D"])
        Self.check("⟦38 жастағы⟧ тұрғын", ["P38Y"])
        Self.check("соңғы 10 жылда өсті, 38 жастағы тұрғын ⟦биыл⟧", ["2025"], coverage: .calendar)
    }

    // MARK: Russian

    @Test("Russian dates")
    func russian() {
        Self.check("Форум прошёл ⟦30 октября 2025 г.⟧ в Барселоне", ["2025-10-30"])
        Self.check("Форум прошёл ⟦30 октября 2025 года⟧", ["2025-10-30"])
        Self.check("Архив является членом ⟦с 2023 года⟧", ["2023/.."])
        Self.check("Программа рассчитана ⟦до 2035 года⟧", ["../2035"])
        Self.check("в ⟦1990-е годы⟧ многое изменилось", ["1990/1999"])
        Self.check("литература ⟦XIX века⟧ и ⟦XIX век⟧", ["1801/1900", "1801/1900"])
        Self.check("Конгресс пройдёт ⟦27–30 октября⟧", ["2025-10-27/2025-10-30"])
        Self.check("в ⟦октябре 2025 года⟧", ["2025-10"])
        Self.check("в ⟦2025 году⟧ и в ⟦90-х годах⟧", ["2025", "1990/1999"])
        Self.check("⟦Сегодня⟧, ⟦вчера⟧ и ⟦завтра⟧", ["2025-10-30", "2025-10-29", "2025-10-31"])
        Self.check(
            "в ⟦этом году⟧, в ⟦прошлом году⟧, в ⟦следующем году⟧, в ⟦этом месяце⟧", ["2025", "2024", "2026", "2025-10"])
        Self.check("Съели май и масло", [])
        Self.check("⟦XIX–XX вв.⟧ и ⟦с 2020 по 2025 год⟧", ["1801/2000", "2020/2025"])
        Self.check("Решение от ⟦5 мая⟧, в ⟦мае⟧ и ⟦мае этого года⟧", ["2025-05-05", "2025-05", "2025-05"])
    }

    @Test("Russian month ranges, quarters and halves (session 13)")
    func russianRangesAndParts() {
        Self.check("В ⟦январе-марте 2024 года⟧ ВВП вырос", ["2024-01/2024-03"])
        Self.check("В ⟦январе – марте 2024 года⟧ ВВП вырос", ["2024-01/2024-03"])
        Self.check("За ⟦январь-июнь 2023 года⟧ экспорт вырос", ["2023-01/2023-06"])
        Self.check("⟦С января по март 2024 года⟧ цены росли", ["2024-01/2024-03"])
        Self.check("В ⟦январе-марте⟧ прибыль выросла", ["2025-01/2025-03"])
        Self.check("В ⟦первом квартале 2024 года⟧ и во ⟦II квартале 2022 года⟧", ["2024-33", "2022-34"])
        Self.check("В ⟦первом полугодии 2023 года⟧ и во ⟦втором квартале этого года⟧", ["2023-40", "2025-34"])
        // An ordinal without a quarter or a year is no date; nor a later month first.
        Self.check("Первом делом он позвонил. В марте-январе ничего", [])
    }

    // MARK: English

    @Test("English dates")
    func english() {
        Self.check("It opened on ⟦30 October 2025⟧ in Barcelona", ["2025-10-30"])
        Self.check("It opened on ⟦October 30, 2025⟧.", ["2025-10-30"])
        Self.check("The congress runs ⟦October 27-30⟧", ["2025-10-27/2025-10-30"])
        Self.check("A member ⟦since 2023⟧, a plan ⟦until 2035⟧ and ⟦by 2035⟧", ["2023/..", "../2035", "../2035"])
        Self.check("in ⟦the 1990s⟧ and in ⟦the 19th century⟧", ["1990/1999", "1801/1900"])
        Self.check("⟦Today⟧, ⟦yesterday⟧, ⟦tomorrow⟧, ⟦this year⟧, ⟦last year⟧, ⟦next year⟧, ⟦this month⟧",
            ["2025-10-30", "2025-10-29", "2025-10-31", "2025", "2024", "2026", "2025-10"])
        Self.check("You may march in May", [])
        Self.check("⟦from 2020 to 2025⟧, ⟦between 2020 and 2025⟧, ⟦19th-century⟧ art, in ⟦2023⟧ alone",
            ["2020/2025", "2020/2025", "1801/1900", "2023"])
        Self.check("in 1500 cases, on ⟦the 30th of October⟧, by 2030 people", ["2025-10-30"])
        Self.check("Funding runs ⟦from 2026⟧, back to from 2019 levels.", ["2026/.."])
        Self.check("⟦27-30 October⟧, ⟦October 2025⟧, ⟦last week⟧, ⟦XIX century⟧",
            ["2025-10-27/2025-10-30", "2025-10", "2025-W43", "1801/1900"])
    }

    // MARK: Candidates

    @Test("Candidate fields")
    func candidateFields() {
        let (_, candidates) = Self.run(
            "Конгресс 27-30 қазан аралығында өтеді. 2023 жылдан бастап. 2035 жылға дейін. 2025-10-30")
        #expect(candidates.map(\.entity) == ["date:2025-10-27..30", "date:2023..", "date:..2035", "date:2025-10-30"])
        #expect(
            candidates.map { $0.attributes["granularity"] } == ["interval", "open-interval", "open-interval", "day"])
        #expect(candidates.allSatisfy { $0.source == "rule:date" && $0.type == .date && $0.specificity == 5 })
        #expect(candidates.last?.confidence == 0.95)
        #expect(candidates.last?.name == "2025-10-30")
    }

    @Test(
        "Entity keys: open ends as `2023..`/`..2035`, intervals without what the end repeats",
        arguments: [
            ("2025-10-27/2025-10-30", "2025-10-27..30"), ("2025-03-27/2025-04-04", "2025-03-27..04-04"),
            ("2024-12-30/2025-01-02", "2024-12-30..2025-01-02"), ("2005/2018", "2005..2018"),
            ("1801/1900", "1801..1900"), ("2023/..", "2023.."), ("../2035", "..2035"), ("2025-10-30", "2025-10-30"),
        ])
    func entityKeys(value: String, key: String) {
        #expect(DateExpression.entityKey(value) == key)
    }

    @Test("The seed article yields exactly its gold dates")
    func seedArticle() throws {
        let url = TestPaths.examples.appendingPathComponent("kazinform-2025-10-30-ica-barcelona.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let pipeline = Pipeline(gazetteer: Gazetteer(), extractors: [DateRule()])
        let result = pipeline.extract(
            Document(id: "seed", text: text, date: Self.documentDate), scratch: ExtractionScratch())
        let offsets = result.document.codePointOffsets(
            result.mentions.flatMap { [$0.range.lowerBound, $0.range.upperBound] })
        let found = result.mentions.enumerated().map { index, mention in
            "\(mention.text)|\(mention.value ?? "nil")|\(offsets[2 * index])..\(offsets[2 * index + 1])"
        }
        #expect(found == [
            "2025-10-30|2025-10-30|6..16",
            "27-30 қазан|2025-10-27/2025-10-30|379..390",
            "2023 жылдан бастап|2023/..|1796..1814",
        ])
    }
}
