import Foundation
import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// The fixture `Fixtures/factrueval-facts/book_7`, written for these tests:
///
///     Мэр Томска Иван Петров встретился с Анной Беловой, директором городского музея.
///     Петров уехал, а журналист Олег Ким остался.
///
/// with three Occupation facts: Петров (Мэр, Томск), Белова (директором, городской музей) and
/// Ким (журналист, no Where).
private var factsFixture: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/factrueval-facts").path
}

/// The byte range of the `nth` occurrence of `text`.
private func bytes(_ text: String, in document: String, nth: Int = 0) -> Range<Int> {
    let haystack = Array(document.utf8)
    let needle = Array(text.utf8)
    var seen = 0
    var start = 0
    while start + needle.count <= haystack.count {
        if Array(haystack[start..<(start + needle.count)]) == needle {
            if seen == nth { return start..<(start + needle.count) }
            seen += 1
        }
        start += 1
    }
    preconditionFailure("\(text) not in the document")
}

@Suite("Relation evaluation: factRuEval facts")
struct RelationScorerTests {
    func corpus() throws -> RelationCorpus {
        try FactRuEvalCorpus.readRelations(directory: factsFixture)
    }

    /// A holds_position relation between the given texts of the fixture.
    func relation(
        _ subject: String, _ title: String?, _ object: String, in text: String, subjectNth: Int = 0,
        entity: String? = nil, titleName: String? = nil
    ) -> Relation {
        Relation(
            subject: entity ?? "person:" + Slug.make(subject), predicate: .holdsPosition, object: "x:" + Slug.make(object),
            qualifiers: ["title": titleName ?? title ?? "-"], confidence: 1, rule: "test", sentence: 0..<text.utf8.count,
            subjectRange: bytes(subject, in: text, nth: subjectNth), objectRange: bytes(object, in: text),
            anchorRange: title.map { bytes($0, in: text) })
    }

    func score(_ relations: [Relation]) throws -> (RelationScorer.DocumentScore, RelationDocument) {
        let corpus = try corpus()
        let document = try #require(corpus.documents.first)
        return (RelationScorer(predicate: .holdsPosition).score(document, predictions: relations), document)
    }

    @Test("the .coref and .facts layers are read, with alternatives and references")
    func readsLayers() throws {
        let (documents, diagnostics) = try FactRuEvalCorpus.readDocuments(directory: factsFixture)
        #expect(diagnostics.isEmpty)
        let document = try #require(documents.first)
        #expect(document.chains.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(document.chains[0].objectIDs == ["21", "24"])
        #expect(document.chains[0].attributes.first == .init(name: "firstname", value: "Иван"))
        #expect(document.facts.map(\.id) == ["7-0", "7-1", "7-2"])
        let museum = document.facts[1].values("Where")
        #expect(museum.map(\.reference) == ["obj4", nil])
        #expect(museum.map(\.text) == ["городской музей", "музей"])
        #expect(museum[0].chainID == "4")
        #expect(document.facts[1].values("Фаза").first?.text == "начало")
        #expect(document.facts[2].values("Where").isEmpty)
    }

    @Test("facts become gold relations with byte ranges; a missing Where is nil")
    func goldRelations() throws {
        let corpus = try corpus()
        let document = try #require(corpus.documents.first)
        let text = document.document.text
        #expect(document.relations.count == 3)
        let petrov = document.relations[0]
        #expect(petrov.predicate == .holdsPosition)
        // Two mentions: `Иван Петров` (two spans) and the later `Петров`.
        #expect(petrov.subject == [[bytes("Иван", in: text), bytes("Петров", in: text)], [bytes("Петров", in: text, nth: 1)]])
        #expect(petrov.object == [[bytes("Томска", in: text)]])
        #expect(petrov.anchor == [bytes("Мэр", in: text)])
        #expect(petrov.summary == "Петров Иван | Мэр | Томск")
        #expect(document.relations[2].object == nil)
        #expect(corpus.diagnostics.isEmpty)
    }

    @Test("every fact found: P = R = 1")
    func perfect() throws {
        let text = try corpus().documents[0].document.text
        let (result, _) = try score([
            relation("Иван Петров", "Мэр", "Томска", in: text),
            relation("Анной Беловой", "директором", "городского музея", in: text),
            relation("Олег Ким", "журналист", "Томска", in: text),
        ])
        #expect(result.score == Score(truePositives: 3, gold: 3, predicted: 3))
        #expect(result.errors.isEmpty)
    }

    @Test("the subject may overlap any mention of the Who chain; the object is not looked at without a Where")
    func overlapPolicy() throws {
        let text = try corpus().documents[0].document.text
        let (result, _) = try score([
            relation("Петров", "Мэр", "Томска", in: text, subjectNth: 1),
            relation("Ким", "журналист", "городского музея", in: text),
        ])
        #expect(result.score == Score(truePositives: 2, gold: 3, predicted: 2))
        #expect(result.errors.map(\.cause) == [.missed])
        #expect(result.errors.first?.gold == "Белова Анна | директором | городской музей")
    }

    @Test("a wrong owner is a false positive and a false negative, both of cause object")
    func wrongObject() throws {
        let text = try corpus().documents[0].document.text
        let (result, _) = try score([relation("Анной Беловой", "директором", "Томска", in: text)])
        #expect(result.score == Score(truePositives: 0, gold: 3, predicted: 1))
        let causes = result.errors.map { "\($0.kind.rawValue) \($0.cause.rawValue)" }
        #expect(causes.contains("false-positive object"))
        #expect(causes.contains("false-negative object"))
        let fp = try #require(result.errors.first { $0.kind == .falsePositive })
        #expect(fp.sentence == "book_7#1")
        #expect(fp.context.contains("⟦Анной Беловой⟧, ⟦директором⟧"))
        #expect(fp.predicted == "Анной Беловой | директором | Томска")
    }

    @Test("the title must overlap the Position span when the fact has one")
    func anchor() throws {
        let text = try corpus().documents[0].document.text
        let (result, _) = try score([
            relation("Иван Петров", nil, "Томска", in: text),
            relation("Анной Беловой", "журналист", "городского музея", in: text),
        ])
        #expect(result.score.truePositives == 0)
        #expect(result.errors.filter { $0.kind == .falsePositive }.map(\.cause) == [.position, .position])
    }

    @Test("the same fact under two entity ids counts once; the second is a duplicate")
    func duplicates() throws {
        let text = try corpus().documents[0].document.text
        let (result, _) = try score([
            relation("Иван Петров", "Мэр", "Томска", in: text),
            relation("Петров", "Мэр", "Томска", in: text, subjectNth: 1, entity: "person:petrov"),
        ])
        #expect(result.score == Score(truePositives: 1, gold: 3, predicted: 1))
        #expect(result.duplicates == 1)
    }

    @Test("relations with the same subject, object and title collapse into one predicted fact")
    func collapse() throws {
        let text = try corpus().documents[0].document.text
        let a = relation("Иван Петров", "Мэр", "Томска", in: text)
        var b = relation("Петров", "Мэр", "Томска", in: text, subjectNth: 1)
        b.subject = a.subject
        let (result, _) = try score([a, b])
        #expect(result.score == Score(truePositives: 1, gold: 3, predicted: 1))
        #expect(result.duplicates == 0)
    }

    @Test("the report adds documents up and lists errors up to the limit")
    func report() throws {
        let corpus = try corpus()
        let text = corpus.documents[0].document.text
        let predictions = [[relation("Иван Петров", "Мэр", "Томска", in: text), relation("Олег Ким", "журналист", "Томска", in: text, titleName: "журналист")]]
        let report = RelationEvaluator.score(
            predictions: predictions, corpus: corpus, options: .init(predicate: .holdsPosition, errorLimit: 5, jobs: 1))
        #expect(report.score == Score(truePositives: 2, gold: 3, predicted: 2))
        #expect(report.falseNegatives.count == 1)
        #expect(report.errorCount(.falseNegative, .missed) == 1)
        let table = report.table()
        #expect(table.contains("holds_position  1.0000  0.6667  0.8000"))
        let json = OutputJSON.encode(report.json, pretty: false)
        #expect(json.contains("\"f1\":0.8"))
        #expect(json.contains("\"factType\":\"Occupation\""))
    }

    @Test("a maximum matching pairs around a greedy choice")
    func matching() {
        // Gold 0 fits predictions 0 and 1; gold 1 fits only prediction 0.
        let pairs = RelationScorer.maximumMatching([[true, true], [true, false]], predictedCount: 2)
        #expect(pairs == [1, 0])
    }

    @Test("a title fits a gold Position of the same text written elsewhere, as the official scorer compares texts")
    func positionByText() throws {
        let text = "Директор музея Иван Петров выступил. Его коллега, директор Анна Белова, тоже."
        let annotated = AnnotatedDocument(id: "d", text: text, tokens: [], sentences: [], entities: [])
        // The gold marks the second `директор` as Белова's Position (a shifted span, as in book_259).
        let gold = GoldRelation(
            id: "1", predicate: .holdsPosition, subject: [[bytes("Анна Белова", in: text)]], object: nil,
            anchor: [bytes("Директор", in: text)], subjectText: "Белова Анна", anchorText: "Директор")
        let document = RelationDocument(document: annotated, relations: [gold])
        let predicted = Relation(
            subject: "person:anna-belova", predicate: .holdsPosition, object: "x:museum", qualifiers: ["title": "директор"],
            confidence: 1, rule: "test", sentence: 0..<text.utf8.count, subjectRange: bytes("Анна Белова", in: text),
            objectRange: bytes("музея", in: text), anchorRange: bytes("директор", in: text))
        let score = RelationScorer(predicate: .holdsPosition).score(document, predictions: [predicted])
        #expect(score.score.truePositives == 1)
        // Another title text does not fit.
        var other = predicted
        other.anchorRange = bytes("коллега", in: text)
        #expect(RelationScorer(predicate: .holdsPosition).score(document, predictions: [other]).score.truePositives == 0)
        #expect(RelationScorer.positionText(bytes("Директор", in: text), in: text) == "директор")
    }
}
