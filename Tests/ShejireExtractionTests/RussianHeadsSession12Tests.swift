import ShejireCore
import Testing
@testable import ShejireExtraction

/// Russian head-noun phrases and person openers, session 12 (sentences written for these tests).
@Suite("Russian heads, bases and openers (session 12)")
struct RussianHeadsSession12Tests {
    @Test("a lower-case конгресс of an organisation is its meeting, not a body; конгресса США is the body")
    func congressOfAnOrganisation() {
        MarkedText.check(
            .organisation, "Она приняла участие в конгрессе ⟦Международного совета архивов⟧ в Барселоне.", language: "ru")
        MarkedText.check(.organisation, "Вчера решение ⟦конгресса США⟧ стало известно.", language: "ru")
    }

    @Test("a noun in -ние opening a sentence is no modifier of an event's or a body's head")
    func nounInIeBeforeHead() {
        MarkedText.check(.event, "Решение конгресса ожидается завтра. Открытие форума состоялось вчера.", language: "ru")
        MarkedText.check(.organisation, "Решение ⟦конгресса США⟧ ожидается завтра.", language: "ru")
    }

    @Test("a lower-case head is named in its dictionary form, so its case forms are one entity")
    func lowerCaseHeadBase() {
        let mentions = MarkedText.mentions(
            "Представители министерства обороны Испании приехали. Письмо направили министерству обороны Испании.",
            language: "ru")
        let organisations = mentions.filter { $0.type == .organisation }
        #expect(organisations.count == 2, "\(organisations.map(\.text))")
        #expect(organisations.map(\.name).allSatisfy { $0.lowercased() == "министерство обороны испании" })
        #expect(Set(organisations.map(\.entity)).count == 1)
        let events = MarkedText.mentions("Делегаты форума ШОС собрались вчера.", language: "ru").filter { $0.type == .event }
        #expect(events.map(\.name) == ["форум ШОС"])
    }

    @Test("a noun of residents opening a sentence is no first name (`Жители Вандерлинда`)")
    func residentsAreNoFirstName() {
        MarkedText.check(.person, "Жители Вандерлинда вышли на улицы. Горожане Фалькеттина недовольны.", language: "ru")
        MarkedText.check(.person, "⟦Вандерлинд⟧ заявил, что ⟦Анна Фалькеттина⟧ права.", language: "ru")
    }
}
