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

    @Test("an unknown word before a first name and a patronymic is the surname; the first name and patronymic alone link to it")
    func surnameFirstWithPatronymic() throws {
        let mentions = MarkedText.mentions(
            "Вчера Фалькетти Мария Ивановна подала иск. Затем Мария Ивановна ушла. Вчера Бертолини Анна Сергеевна промолчала.",
            language: "ru"
        ).filter { $0.type == .person }
        #expect(mentions.map(\.text) == ["Фалькетти Мария Ивановна", "Мария Ивановна", "Бертолини Анна Сергеевна"])
        #expect(mentions.map(\.name) == ["Мария Ивановна Фалькетти", "Мария Ивановна Фалькетти", "Анна Сергеевна Бертолини"])
        #expect(mentions[0].entity == mentions[1].entity)
        #expect(mentions[0].attributes["surname"] == "Фалькетти" && mentions[0].attributes["given_name"] == "Мария")
        // Two full names with the same first name and patronymic: the short mention stays apart.
        let two = MarkedText.mentions(
            "Вчера Фалькетти Мария Ивановна и Бертолини Мария Ивановна пришли. Мария Ивановна ушла.", language: "ru"
        ).filter { $0.type == .person }
        #expect(Set(two.map(\.entity)).count == 3, "\(two.map(\.entity))")
    }

    @Test("adjectives before a lower-case or oblique Russian head are named in the nominative, stressed -ой too")
    func adjectivesAgreeInBase() {
        func names(_ text: String) -> [String] {
            MarkedText.mentions(text, language: "ru").filter { $0.type == .organisation }.map(\.name)
        }
        #expect(names("Депутаты Общественной палаты Омска собрались.") == ["Общественная палата Омска"])
        #expect(names("Решение Городского совета Омска отменено.") == ["Городской совет Омска"])
        #expect(names("Заседание Исламского комитета Омска прошло.") == ["Исламский комитет Омска"])
        // Written in the nominative, the adjectives stay as written.
        #expect(names("Вчера Городской совет Омска собрался.") == ["Городской совет Омска"])
        // The building of an organisation is named with the organisation in the genitive.
        let building = MarkedText.mentions("Митинг прошёл у здания Общественной палаты Омска.", language: "ru")
            .filter { $0.type == .place }.map(\.name)
        #expect(building == ["здание Общественной палаты Омска"])
    }

    @Test("a surname found alone right after the first name of a full name found elsewhere takes the first name in")
    func recalledFirstNameBeforeSurname() {
        MarkedText.check(
            .person,
            "Страница президента ФИДЕ ⟦Кирсана Вандерлиндова⟧ открыта. ⟦Кирсана Вандерлиндова⟧ поддерживают сорок федераций.",
            language: "ru")
        // Another word before the surname stays out.
        MarkedText.check(
            .person, "Страница президента ФИДЕ ⟦Кирсана Вандерлиндова⟧ открыта. Вчера ⟦Вандерлиндова⟧ поддержали.",
            language: "ru")
    }

    @Test("a listed person named with a title is the name alone, and the title a position of its own")
    func listedPersonWithoutTitle() {
        let mentions = MarkedText.mentions(
            "Патриарх Кирилл провел службу. Королева Великобритании Елизавета II выступила. Эмир Кустурица снял фильм.",
            language: "ru")
        #expect(mentions.filter { $0.type == .person }.map(\.text) == ["Кирилл", "Елизавета II", "Эмир Кустурица"])
        #expect(mentions.filter { $0.type == .position }.map(\.text) == ["Патриарх", "Королева"])
        #expect(mentions.contains { $0.type == .place && $0.text == "Великобритании" })
        #expect(mentions.first { $0.text == "Кирилл" }?.entity == "person:patriarch-kirill")
    }

    @Test("after a relative's noun an unknown word and a first name are two people, the relative's surname first")
    func relativeThenFirstName() {
        MarkedText.check(.person, "Вчера сын ⟦Трампа⟧ ⟦Эрик⟧ посетил Москву.", language: "ru")
        MarkedText.check(.person, "Его сын ⟦Эрик Вандерлинд⟧ приехал.", language: "ru")
    }
}
