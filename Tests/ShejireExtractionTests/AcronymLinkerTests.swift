import ShejireCore
import Testing

@testable import ShejireExtraction

/// Acronyms defined in parentheses become the same entity as their expansion for the whole document.
@Suite("Acronym definitions")
struct AcronymLinkerTests {
    @Test("FULL (ACR): the acronym and its later uses, with case suffixes, take the full name's entity")
    func fullThenAcronym() {
        let text = "Қазақстан Даму Институты (ҚДИ) баяндама жариялады. ҚДИ-дың сарапшылары зерттеу жүргізді."
        let orgs = MarkedText.mentions(text, language: "kk").filter { $0.type == .organisation }
        #expect(orgs.map(\.text) == ["Қазақстан Даму Институты", "ҚДИ", "ҚДИ-дың"])
        #expect(Set(orgs.map(\.entity)).count == 1)
    }

    @Test("ACR (FULL) in English text, and a later bare acronym")
    func acronymThenFull() {
        let text = "The XHF (Xyzzy Heritage Foundation) opened an office. Later XHF hired archivists."
        let orgs = MarkedText.mentions(text, language: "en").filter { $0.type == .organisation }
        #expect(orgs.count >= 2)
        #expect(Set(orgs.map(\.entity)).count == 1, "\(orgs.map { "\($0.text)=\($0.entity)" })")
    }

    @Test("Acronyms are 2-8 upper-case letters; ordinary words in parentheses are not")
    func acronymShape() {
        let text = "Қазақстан Даму Институты (биыл) баяндама жариялады."
        let orgs = MarkedText.mentions(text, language: "kk").filter { $0.type == .organisation }
        #expect(orgs.map(\.text) == ["Қазақстан Даму Институты"])
    }
}
