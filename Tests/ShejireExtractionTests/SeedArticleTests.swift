import Foundation
import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// The user's seed article (a Kazinform news item) against its hand-made gold annotation.
@Suite("Seed article")
struct SeedArticleTests {
    struct GoldMention: Decodable {
        var start: Int
        var end: Int
        var text: String
        var type: String
        var entity: String
        var value: String?
    }
    struct GoldRelation: Decodable {
        var subject: String
        var predicate: String
        var object: String
        var qualifiers: [String: String]
        var sentence: String
        var required: Bool
    }
    struct Gold: Decodable {
        var mentions: [GoldMention]
        var relations: [GoldRelation]
    }

    static let articleName = "kazinform-2025-10-30-ica-barcelona"

    /// The gold file from ../shared/seed, or nil (with a visible SKIP) when absent.
    func gold() throws -> Gold? {
        guard let shared = TestPaths.shared else {
            print("SKIP: ../shared not found; the seed gold annotation is not checked")
            return nil
        }
        let url = shared.appendingPathComponent("seed/\(Self.articleName).gold.json")
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("SKIP: \(url.path) not found")
            return nil
        }
        return try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }

    func extract(_ pipeline: Pipeline) throws -> DocumentJSON {
        let url = TestPaths.examples.appendingPathComponent("\(Self.articleName).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = Document(id: "seed", text: text, date: DocumentReader.leadingDate(text), language: "kk")
        return pipeline.extract(document, scratch: ExtractionScratch()).json
    }

    @Test("The shipped gazetteers alone find the gold places and organisations, with the right entity")
    func gazetteersAlone() throws {
        guard let gold = try gold() else { return }
        let gazetteer = try GazetteerLoader.load(paths: [TestPaths.gazetteers.path])
        let pipeline = Pipeline(gazetteer: gazetteer, extractors: [GazetteerExtractor(matcher: GazetteerMatcher(gazetteer))])
        let found = try extract(pipeline).mentions
        let expected = gold.mentions.filter { $0.type == "place" || ($0.type == "organisation") }
        #expect(expected.count == 12)
        for mention in expected {
            let hit = found.first { $0.start == mention.start && $0.end == mention.end }
            #expect(hit?.entity == mention.entity, "\(mention.text) [\(mention.start)..<\(mention.end)] should be \(mention.entity), got \(String(describing: hit?.entity))")
            #expect(hit?.type == mention.type)
        }
    }

    @Test("The full pipeline finds every gold mention of the types it extracts, with span, type and entity")
    func fullPipeline() throws {
        guard let gold = try gold() else { return }
        let gazetteer = try GazetteerLoader.load(paths: [TestPaths.gazetteers.path])
        let found = try extract(Pipeline(gazetteer: gazetteer)).mentions
        let hasDates = Pipeline.standardExtractors(gazetteer).contains { $0.name == "rule:date" }
        for mention in gold.mentions where mention.type != "date" || hasDates {
            let hit = found.first { $0.start == mention.start && $0.end == mention.end }
            #expect(hit?.type == mention.type, "\(mention.text) [\(mention.start)..<\(mention.end)]: expected \(mention.type), got \(String(describing: hit?.type))")
            #expect(hit?.entity == mention.entity, "\(mention.text): expected \(mention.entity), got \(String(describing: hit?.entity))")
            if let value = mention.value { #expect(hit?.value == value, "\(mention.text): value") }
        }
    }

    @Test("The full pipeline produces every gold relation with its qualifiers, and the required ones from the gold sentence")
    func relations() throws {
        guard let gold = try gold() else { return }
        let gazetteer = try GazetteerLoader.load(paths: [TestPaths.gazetteers.path])
        let found = try extract(Pipeline(gazetteer: gazetteer)).relations ?? []
        #expect(gold.relations.filter(\.required).count == 5)
        for relation in gold.relations {
            let hits = found.filter { $0.subject == relation.subject && $0.predicate == relation.predicate && $0.object == relation.object }
            let label = "\(relation.subject) \(relation.predicate) \(relation.object)"
            #expect(!hits.isEmpty, "missing relation \(label)")
            #expect(hits.contains { ($0.qualifiers ?? [:]) == relation.qualifiers }, "\(label): qualifiers \(hits.map(\.qualifiers)) should be \(relation.qualifiers)")
            if relation.required {
                #expect(hits.contains { $0.sentence == relation.sentence }, "\(label): evidence should include the gold sentence")
            }
        }
    }
}
