import ShejireCore
import Testing

@testable import ShejireExtraction

/// The lead's rules of session 13 (2026-11-28), on sentences written for these tests.
@Suite("Lead, session 13")
struct LeadSession13Tests {
    func holdsPosition(_ text: String, language: String = "ru") -> [Relation] {
        let document = Document(id: "t", text: text, language: language)
        return MarkedText.pipeline.extract(document, scratch: ExtractionScratch()).relations.filter {
            $0.predicate == .holdsPosition
        }
    }

    @Test("the same title of another country in a later sentence is not the earlier holder's")
    func sameTitleOtherCountry() {
        let found = holdsPosition("Посол России в Германии Иван Вандерлинд выступил. Посол США в Китае прибыл в Пекин.")
        #expect(found.map(\.object) == ["place:russia"], "found: \(found.map { "\($0.subject) \($0.object)" })")
        // The same title of the same country is still his.
        let again = holdsPosition("Посол России Иван Вандерлинд выступил. Позже посол России посетил музей.")
        #expect(again.count == 2 && again.allSatisfy { $0.object == "place:russia" })
    }
}
