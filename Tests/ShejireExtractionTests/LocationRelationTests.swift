import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// `located_in` from text (`LocationRelationRule`), on sentences written for these tests,
/// through the full pipeline with the shipped gazetteers.
@Suite("Relation rules: located_in from text")
struct LocationRelationTests {
    static let pipeline: Pipeline? = {
        guard let gazetteer = try? GazetteerLoader.load(paths: [TestPaths.gazetteers.path]) else { return nil }
        return Pipeline(gazetteer: gazetteer)
    }()

    /// `subject>object` of each `located_in` found by a text rule (not the gazetteer's facts).
    static func located(_ text: String, language: String) throws -> [String] {
        let pipeline = try #require(Self.pipeline)
        let document = Document(id: "t", text: text, language: language)
        return pipeline.extract(document, scratch: ExtractionScratch()).relations
            .filter { $0.predicate == .locatedIn && $0.rule == "relation:located-in" }
            .map { "\($0.subject)>\($0.object)" }
    }

    @Test("an organisation in a place, in Russian and Kazakh")
    func organisationInPlace() throws {
        #expect(try Self.located("Сотрудники банка «Фалькетти» в Омске получили премии.", language: "ru")
            == ["org:falketti>place:omsk"])
        #expect(try Self.located("Омбыдағы Фалькетти университеті жаңа бағдарлама ашты.", language: "kk")
            == ["org:falketti-universiteti>place:omsk"])
    }

    @Test("a country is in no other place: an ambassador of one country in another (session 12)")
    func countryInNoPlace() throws {
        #expect(try Self.located("Посол Казахстана в Германии Ерлан Бертолини вручил грамоты.", language: "ru").isEmpty)
        #expect(try Self.located("Посол Японии в Чехии встретился с министром.", language: "ru").isEmpty)
        // A place that is no country still is in the place named after it.
        #expect(try Self.located("Завод «Фалькетти» в Омске закрыт.", language: "ru") == ["org:falketti>place:omsk"])
        #expect(try Self.located("Жители Вандерлиндского района (Испания) недовольны.", language: "ru")
            == ["place:vanderlindskiy-rayon>place:spain"])
    }

}
