import Foundation
import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// Relation rules on short sentences in Kazakh, Russian and English, through the full pipeline
/// with the shipped gazetteers.
@Suite("Relation rules")
struct RelationRuleTests {
    static let pipeline: Pipeline? = {
        guard let gazetteer = try? GazetteerLoader.load(paths: [TestPaths.gazetteers.path]) else { return nil }
        return Pipeline(gazetteer: gazetteer)
    }()

    func relations(_ text: String, date: String? = nil) throws -> [Relation] {
        let pipeline = try #require(Self.pipeline)
        let document = Document(id: "t", text: text, date: date.flatMap(SimpleDate.init(iso:)))
        return pipeline.extract(document, scratch: ExtractionScratch()).relations.filter { $0.predicate != .coOccursWith }
    }

    func summary(_ relations: [Relation]) -> [String] {
        relations.map { r in
            let q = r.qualifiers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return "\(r.subject) \(r.predicate.rawValue) \(r.object)" + (q.isEmpty ? "" : " [\(q)]")
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: String
        var testDescription: String { expected }
    }

    @Test(arguments: [
        Case(text: "Кездесуге ҚР Президенті архивінің директоры Әлия Мұстафина қатысты.",
             expected: "person:aliya-mustafina holds_position org:president-archive [title=директор]"),
        Case(text: "На встрече выступила директор Архива Президента РК Алия Мустафина.",
             expected: "person:aliya-mustafina holds_position org:president-archive [title=директор]"),
        Case(text: "Әлия Мұстафина, ҚР Президенті архивінің директоры, баяндама жасады.",
             expected: "person:aliya-mustafina holds_position org:president-archive [title=директор]"),
        Case(text: "The report was given by Aliya Mustafina, director of the Presidential Archive.",
             expected: "person:aliya-mustafina holds_position org:president-archive [title=директор]"),
        Case(text: "ҚР Президентінің Архиві 2023 жылдан бастап Халықаралық архивтер кеңесінің мүшесі.",
             expected: "org:president-archive member_of org:ica [since=2023]"),
        Case(text: "С 2023 года Архив Президента РК является членом Международного совета архивов.",
             expected: "org:president-archive member_of org:ica [since=2023]"),
    ])
    func finds(_ example: Case) throws {
        let found = summary(try relations(example.text))
        #expect(found.contains(example.expected), "found: \(found)")
    }

    @Test("A date in another sentence about the congress becomes the held_in date")
    func eventDate() throws {
        let text = "Барселонада Халықаралық архивтер конгресі жұмысын бастады. Конгресс 27-30 қазан аралығында өтеді."
        let found = summary(try relations(text, date: "2025-10-28"))
        #expect(found.contains { $0.hasPrefix("event:") && $0.contains("held_in place:barcelona [date=2025-10-27/2025-10-30]") }, "found: \(found)")
    }

    @Test("Two organisations in one sentence without a pattern give only co-occurrence")
    func noPatternNoRelation() throws {
        let text = "Халықаралық архивтер кеңесі мен ҚР Президентінің Архиві туралы айтылды."
        #expect(try relations(text).isEmpty)
    }

    @Test("since/until come from interval date values")
    func periods() {
        #expect(RelationContext.period(fromDateValue: "2023/..") == ["since": "2023"])
        #expect(RelationContext.period(fromDateValue: "../2035") == ["until": "2035"])
        #expect(RelationContext.period(fromDateValue: "2020/2023") == ["since": "2020", "until": "2023"])
        #expect(RelationContext.period(fromDateValue: "2023").isEmpty)
    }
}
