import Foundation
import ShejireCore
import ShejireExtraction
import ShejireGazetteer
import Testing

/// A prediction over the first occurrence of `text` (after `after` bytes) in a document.
private func predict(_ text: String, _ type: EntityType, in document: AnnotatedDocument, after: Int = 0) -> Prediction {
    let bytes = Array(document.text.utf8)
    let needle = Array(text.utf8)
    var start = after
    while start + needle.count <= bytes.count, Array(bytes[start..<(start + needle.count)]) != needle { start += 1 }
    precondition(start + needle.count <= bytes.count, "\(text) not in the document")
    return Prediction(range: start..<(start + needle.count), type: type, source: "test")
}

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

private var fixtureDirectory: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/factrueval").path
}

@Suite("Evaluation: scores")
struct EvaluationScoreTests {
    @Test("precision, recall and F1 from counts")
    func arithmetic() {
        let score = Score(truePositives: 3, gold: 4, predicted: 6)
        #expect(close(score.precision, 0.5))
        #expect(close(score.recall, 0.75))
        #expect(close(score.f1, 0.6))
        #expect(score.falsePositives == 3)
        #expect(score.falseNegatives == 1)
        let sum = score + Score(truePositives: 1, gold: 1, predicted: 1)
        #expect(sum == Score(truePositives: 4, gold: 5, predicted: 7))
    }

    @Test(
        "empty cases follow the factRuEval scorer",
        arguments: [
            // (tp, gold, predicted) -> (precision, recall, f1)
            (Score(), 1.0, 1.0, 1.0),
            (Score(gold: 3), 1.0, 0.0, 0.0),
            (Score(predicted: 2), 0.0, 1.0, 0.0),
            (Score(truePositives: 0, gold: 2, predicted: 2), 0.0, 0.0, 0.0),
        ])
    func zeroDivision(score: Score, precision: Double, recall: Double, f1: Double) {
        #expect(close(score.precision, precision))
        #expect(close(score.recall, recall))
        #expect(close(score.f1, f1))
    }
}

@Suite("Evaluation: span alignment")
struct EvaluationAlignmentTests {
    // "Абай Астанада болды": tokens at bytes 0..<8, 9..<25, 26..<36.
    let tokens = [GoldToken(range: 0..<8), GoldToken(range: 9..<25), GoldToken(range: 26..<36)]

    @Test("a span on token boundaries aligns exactly")
    func exact() {
        #expect(SpanAlignment.align(9..<25, to: tokens) == .init(tokens: 1..<2, isExact: true))
        #expect(SpanAlignment.align(0..<25, to: tokens) == .init(tokens: 0..<2, isExact: true))
    }

    @Test("a span ending inside a token is snapped to the covering tokens")
    func snapped() {
        // "Астана" inside "Астанада".
        #expect(SpanAlignment.align(9..<21, to: tokens) == .init(tokens: 1..<2, isExact: false))
        // From the middle of the first token into the second.
        #expect(SpanAlignment.align(4..<12, to: tokens) == .init(tokens: 0..<2, isExact: false))
        // Starting in the white space before a token.
        #expect(SpanAlignment.align(8..<25, to: tokens) == .init(tokens: 1..<2, isExact: false))
    }

    @Test("a span touching no token does not align")
    func unaligned() {
        #expect(SpanAlignment.align(8..<9, to: tokens) == nil)
        #expect(SpanAlignment.align(40..<45, to: tokens) == nil)
        #expect(SpanAlignment.align(3..<3, to: tokens) == nil)
    }
}

@Suite("Evaluation: scoring")
struct EvaluationScorerTests {
    static let conll = """
        Қасым-Жомарт B-PERSON
        Тоқаев I-PERSON
        Астанада B-GPE
        болды O
        . O

        2023 B-DATE
        жылы I-DATE
        Алматы B-GPE
        қаласында O
        форум O
        өтті O
        . O
        """

    func corpus(sentencesPerDocument: Int = 1) -> AnnotatedCorpus {
        let sentences = ConllCorpus.parse(Self.conll, file: "t.txt").sentences
        return AnnotatedCorpus(
            format: .conll, documents: ConllCorpus.documents(from: sentences, sentencesPerDocument: sentencesPerDocument))
    }

    @Test("exact matches, snapped spans, boundary errors and the micro average")
    func conllExact() {
        let corpus = corpus()
        let (first, second) = (corpus.documents[0], corpus.documents[1])
        let predictions = [
            [predict("Қасым-Жомарт Тоқаев", .person, in: first), predict("Астана", .place, in: first)],
            [predict("2023", .date, in: second), predict("Алматы қаласында", .place, in: second),
             predict("форум", .event, in: second)],
        ]
        var options = Evaluator.Options.defaults(for: .conll)
        options.errorLimit = 10
        let report = Evaluator.score(predictions: predictions, corpus: corpus, options: options)
        #expect(report.types == [.person, .organisation, .place, .date])
        #expect(report.perType[.person] == Score(truePositives: 1, gold: 1, predicted: 1))
        #expect(report.perType[.place] == Score(truePositives: 1, gold: 2, predicted: 2))
        #expect(report.perType[.date] == Score(truePositives: 0, gold: 1, predicted: 1))
        #expect(report.perType[.organisation] == Score())
        #expect(report.micro == Score(truePositives: 2, gold: 4, predicted: 4))
        #expect(close(report.micro.f1, 0.5))
        // "Астана" ends inside the gold token "Астанада": snapped, and then exact.
        #expect(report.alignment.predictions == 4)
        #expect(report.alignment.snapped == 1)
        // Errors: the date and the second place are boundary errors on both sides.
        #expect(report.falseNegatives.map(\.text) == ["2023 жылы", "Алматы"])
        #expect(report.falsePositives.map(\.text) == ["2023", "Алматы қаласында"])
        #expect(report.falsePositives.allSatisfy { $0.cause == .boundary })
        #expect(report.falseNegatives[0].context == "⟦2023 жылы⟧ Алматы қаласында форум өтті .")
        #expect(report.falseNegatives[0].sentence == "t.txt:7")
        #expect(report.falseNegatives[1].start == 10 && report.falseNegatives[1].end == 16)
        #expect(report.errorCount(.date, .falseNegative, .boundary) == 1)
        // Partial: "2023" of "2023 жылы" is half the tokens; "Алматы қаласында" half as well.
        #expect(close(report.partialPerType[.date]!.truePositives, 0.5))
        #expect(close(report.partialPerType[.place]!.truePositives, 1.5))
    }

    @Test("grouping sentences into documents does not change the score")
    func grouping() {
        let single = corpus()
        let grouped = corpus(sentencesPerDocument: 2)
        #expect(grouped.documents.count == 1)
        let document = grouped.documents[0]
        let predictions = [[
            predict("Қасым-Жомарт Тоқаев", .person, in: document), predict("Астана", .place, in: document),
            predict("2023", .date, in: document), predict("Алматы қаласында", .place, in: document),
        ]]
        let flat = [Array(predictions[0][0..<2]), [predict("2023", .date, in: single.documents[1]),
                    predict("Алматы қаласында", .place, in: single.documents[1])]]
        let options = Evaluator.Options.defaults(for: .conll)
        let a = Evaluator.score(predictions: predictions, corpus: grouped, options: options)
        let b = Evaluator.score(predictions: flat, corpus: single, options: options)
        #expect(a.perType == b.perType)
        #expect(a.micro == b.micro)
    }

    @Test("label mapping and type selection decide what is scored")
    func mapping() throws {
        let corpus = corpus()
        let predictions = [[predict("Астанада", .place, in: corpus.documents[0])], []]
        var options = Evaluator.Options.defaults(for: .conll)
        options.types = try LabelMapping.parseTypes(["place"])
        let (label, type) = try LabelMapping.parseOverride("gpe = none")
        #expect(label == "gpe" && type == nil)
        options.mapping.set(label, to: type)
        let report = Evaluator.score(predictions: predictions, corpus: corpus, options: options)
        #expect(report.types == [.place])
        // GPE no longer scored: the prediction is a false positive of type "type" against an unscored label.
        #expect(report.perType[.place] == Score(truePositives: 0, gold: 0, predicted: 1))
        #expect(report.errorCount(.place, .falsePositive, .type) == 1)
        #expect(throws: ShejireError.self) { try LabelMapping.parseOverride("GPE") }
        #expect(throws: ShejireError.self) { try LabelMapping.parseOverride("GPE=planet") }
        #expect(throws: ShejireError.self) { try LabelMapping.parseTypes(["person,planet"]) }
        #expect(LabelMapping.kaznerd.type(for: "gpe") == .place)
        #expect(LabelMapping.factRuEval.type(for: "LocOrg") == .place)
        #expect(LabelMapping.kaznerd.type(for: "FACILITY") == nil)
    }

    @Test("factRuEval: ignored objects, ignorable punctuation and weighted partial matches")
    func factRuEval() throws {
        let corpus = try FactRuEvalCorpus.read(directory: fixtureDirectory)
        let book1 = corpus.documents[0]
        let book2 = corpus.documents[1]
        let predictions = [
            [
                predict("Юрий Лужков", .person, in: book1),
                // Quotes touching the name are ignorable tokens: still an exact match.
                predict("«Газпром»", .organisation, in: book1),
                predict("Санкт-Петербург", .place, in: book1),
                // Matches the LocOrg nested in the Org "мэрии Москвы": ignored, not counted.
                predict("Москвы", .place, in: book1),
            ],
            [predict("Путин", .person, in: book2), predict("Казань", .place, in: book2)],
        ]
        var options = Evaluator.Options.defaults(for: .factRuEval)
        options.errorLimit = 10
        let report = Evaluator.score(predictions: predictions, corpus: corpus, options: options)
        // "компании" (descriptor only) is unnamed and "Москвы" nested: both ignored.
        #expect(report.alignment.ignoredGold == 2)
        #expect(report.alignment.neutral == 1)
        #expect(report.perType[.person] == Score(truePositives: 1, gold: 2, predicted: 2))
        #expect(report.perType[.organisation] == Score(truePositives: 1, gold: 2, predicted: 1))
        #expect(report.perType[.place] == Score(truePositives: 2, gold: 2, predicted: 2))
        #expect(report.falseNegatives.map(\.text) == ["мэрии Москвы", "Владимир Путин"])
        #expect(report.falsePositives.map(\.text) == ["Путин"])
        // Partial: "Путин" of "Владимир Путин" is worth 1/2.
        #expect(close(report.partialPerType[.person]!.truePositives, 1.5))
    }

    @Test("factRuEval partial match: descriptors weigh nothing")
    func descriptorWeight() throws {
        let corpus = try FactRuEvalCorpus.read(directory: fixtureDirectory)
        let book1 = corpus.documents[0]
        // "Москвы" as an organisation: not the gold "мэрии Москвы" exactly, but its only named token.
        let predictions = [[predict("Москвы", .organisation, in: book1)], []]
        var options = Evaluator.Options.defaults(for: .factRuEval)
        options.types = [.organisation]
        options.errorLimit = 5
        let report = Evaluator.score(predictions: predictions, corpus: corpus, options: options)
        #expect(report.perType[.organisation] == Score(truePositives: 0, gold: 2, predicted: 1))
        #expect(report.falsePositives.first?.cause == .boundary)
        #expect(close(report.partialPerType[.organisation]!.truePositives, 1))
    }

    @Test("the pipeline runs over a corpus and the report renders")
    func pipelineAndOutput() throws {
        let corpus = corpus()
        let report = Evaluator.score(
            pipeline: Pipeline(gazetteer: Gazetteer()), corpus: corpus, mapping: .kaznerd,
            types: LabelMapping.defaultTypes(for: .conll))
        #expect(report.micro.gold == 4)
        #expect(report.seconds != nil)
        let table = report.table()
        #expect(table.contains("Exact token-span match"))
        #expect(table.contains("micro"))
        let json = OutputJSON.encode(report.json, pretty: false)
        let decoded = try JSONDecoder().decode(EvaluationReport.JSON.self, from: Data(json.utf8))
        #expect(decoded.exact.micro.gold == 4)
        #expect(decoded.exact.perType["person"]?.gold == 1)
    }
}

@Suite("Evaluation: slices")
struct EvaluationSliceTests {
    @Test("block slices split in order and cover everything once")
    func block() throws {
        let units = Array(0..<11)
        let first = try CorpusSlice(parsing: "1/2").select(units) { String($0) }
        let second = try CorpusSlice(parsing: "2/2").select(units) { String($0) }
        #expect(first == Array(0..<5))
        #expect(second == Array(5..<11))
        let thirds = (1...3).flatMap { CorpusSlice(index: $0, count: 3).select(units) { String($0) } }
        #expect(thirds == units)
    }

    @Test("hash slices are disjoint, complete and stable")
    func hash() {
        let units = (0..<200).map { "sentence \($0)" }
        let parts = (1...2).map { CorpusSlice(index: $0, count: 2, mode: .hash).select(units) { $0 } }
        #expect(parts[0].count + parts[1].count == units.count)
        #expect(Set(parts[0]).isDisjoint(with: parts[1]))
        #expect(parts[0].count > 60 && parts[1].count > 60)
        // FNV-1a is fixed: the same text always lands in the same part.
        #expect(CorpusSlice.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(CorpusSlice.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test("bad slices are rejected", arguments: ["0/2", "3/2", "1/0", "half", "1/2/3"])
    func rejected(text: String) {
        #expect(throws: ShejireError.self) { try CorpusSlice(parsing: text) }
    }
}

@Suite("Evaluation: span conventions")
struct SpanConventionTests {
    /// KazNERD's guideline: `бастап` after a date is outside it, `аралығында` inside.
    static let conll = """
        Архив O
        2023 B-DATE
        жылдан I-DATE
        бастап O
        мүше O
        . O

        Форум B-EVENT
        27-30 B-DATE
        қазан I-DATE
        аралығында I-DATE
        өтті O
        . O

        Бастап O
        2020 B-DATE
        жылы I-DATE
        бастап O
        . O
        """

    func report(strict: Bool) -> EvaluationReport {
        let sentences = ConllCorpus.parse(Self.conll, file: "t.txt").sentences
        let corpus = AnnotatedCorpus(format: .conll, documents: ConllCorpus.documents(from: sentences, sentencesPerDocument: 1))
        let predictions = [
            [predict("2023 жылдан бастап", .date, in: corpus.documents[0])],
            [predict("27-30 қазан", .date, in: corpus.documents[1])],
            // Only the last word moves: "бастап" that is the whole prediction, or its first word, stays.
            [predict("бастап", .date, in: corpus.documents[2], after: 14), predict("Бастап 2020", .date, in: corpus.documents[2])],
        ]
        var options = Evaluator.Options.defaults(for: .conll)
        if strict { options.policy.spanConventions = [] }
        options.errorLimit = 10
        return Evaluator.score(predictions: predictions, corpus: corpus, options: options)
    }

    @Test("Shejire's date spans are moved to KazNERD's edges: бастап left out, аралығында taken in")
    func kazNERDDates() {
        let report = report(strict: false)
        #expect(report.perType[.date] == Score(truePositives: 2, gold: 3, predicted: 4))
        #expect(report.falsePositives.map(\.text).sorted() == ["Бастап 2020", "бастап"])
        #expect(report.spanConventions.count == 3)
        #expect(report.table().contains("span convention: date: «бастап» left out at the end"))
        #expect(report.table().contains("span convention: organisation: right before a position, part of it"))
    }

    @Test("--strict-spans compares the spans as predicted")
    func strict() {
        let report = report(strict: true)
        #expect(report.perType[.date] == Score(truePositives: 0, gold: 3, predicted: 4))
        #expect(report.spanConventions.isEmpty)
        #expect(!report.table().contains("span convention"))
    }

    @Test("factRuEval has no span convention; KazNERD's is the CoNLL default")
    func defaults() {
        #expect(ScoringPolicy.default(for: .factRuEval).spanConventions.isEmpty)
        #expect(ScoringPolicy.default(for: .conll).spanConventions == [.kazNERDDates, .kazNERDPositions, .kazNERDPlacePositions])
    }

    /// KazNERD's POSITION holds the organisation before a title; a group (plural) or a place
    /// (locative) before a title stays an organisation.
    static let positions = """
        Қаржы B-POSITION
        агенттігінің I-POSITION
        төрағасы I-POSITION
        келді O
        . O

        Мәжіліс B-ORGANISATION
        депутаттары O
        келді O
        . O

        Ақордада B-ORGANISATION
        Президент B-POSITION
        қабылдады O
        . O

        Астана B-POSITION
        қаласының I-POSITION
        әкімі I-POSITION
        келді O
        . O
        """

    @Test("an organisation right before a position title is part of KazNERD's POSITION, unless plural or locative")
    func kazNERDPositions() {
        let sentences = ConllCorpus.parse(Self.positions, file: "p.txt").sentences
        let corpus = AnnotatedCorpus(format: .conll, documents: ConllCorpus.documents(from: sentences, sentencesPerDocument: 1))
        let predictions = [
            [predict("Қаржы агенттігінің", .organisation, in: corpus.documents[0]), predict("төрағасы", .position, in: corpus.documents[0])],
            [predict("Мәжіліс", .organisation, in: corpus.documents[1]), predict("депутаттары", .position, in: corpus.documents[1])],
            [predict("Ақордада", .organisation, in: corpus.documents[2]), predict("Президент", .position, in: corpus.documents[2])],
            // A place, then a lower-case genitive, then the title.
            [predict("Астана", .place, in: corpus.documents[3]), predict("әкімі", .position, in: corpus.documents[3])],
        ]
        var options = Evaluator.Options.defaults(for: .conll)
        options.errorLimit = 10
        let report = Evaluator.score(predictions: predictions, corpus: corpus, options: options)
        #expect(report.perType[.organisation] == Score(truePositives: 2, gold: 2, predicted: 2))
        #expect(report.falsePositives.isEmpty)
        options.policy.spanConventions = []
        let strict = Evaluator.score(predictions: predictions, corpus: corpus, options: options)
        #expect(strict.perType[.organisation] == Score(truePositives: 2, gold: 2, predicted: 3))
        #expect(report.perType[.place] == Score())
        #expect(strict.falsePositives.map(\.text) == ["Қаржы агенттігінің", "Астана"])
    }
}
