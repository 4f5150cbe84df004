import ShejireCore
import Testing

@testable import ShejireExtraction

/// Defects two read-only reviewers found in session 13's rules, on their sentences (names
/// invented where the rule reads a name).
@Suite("Review, session 13")
struct ReviewSession13Tests {
    static func people(_ text: String) -> [String] {
        MarkedText.mentions(text, language: "ru").filter { $0.type == .person }.map(\.text)
    }

    @Test("East Asian family names that are Russian words are not recalled alone")
    func russianWordFamilyNames() {
        MarkedText.check(
            .person,
            "Президент Вьетнама ⟦Во Ван Тхыонг⟧ прибыл в Москву. Во время визита он встретился с премьером.", language: "ru")
        MarkedText.check(.person, "Министр ⟦Нам Гын Хо⟧ прибыл. Нам нужно больше инвестиций.", language: "ru")
        // Си stays recalled.
        MarkedText.check(.person, "⟦Си Цзиньпин⟧ прибыл в Москву. ⟦Си⟧ заявил о сотрудничестве.", language: "ru")
    }

    @Test("a surname-shaped genitive after a mayor is a person; an adjective-shaped one the town")
    func townHeads() {
        MarkedText.check(.person, "После отставки мэра ⟦Кузнецова⟧ город остался без руководителя.", language: "ru")
        MarkedText.check(.place, "Глава ⟦Жуковского⟧ подал в отставку.", language: "ru")
    }

    @Test("introductory words and a verb inside the apposition make no person")
    func introductoryWords() {
        for text in ["Разумеется, главный тренер команды ошибся, признал президент клуба.", "Например, главный тренер команды, как известно, ушёл."] {
            #expect(Self.people(text).isEmpty, "\(Self.people(text))")
        }
        MarkedText.check(.person, "⟦Бертолини⟧, главный тренер «Зенита», ответил на вопросы.", language: "ru")
    }

    @Test("a man's surname in parentheses is another person; a woman's maiden name is hers")
    func parentheses() {
        MarkedText.check(.person, "Первую шайбу забросил ⟦Данис Вандерлинов⟧ (⟦Бертолинов⟧).", language: "ru")
        MarkedText.check(.person, "На сцену вышла ⟦Анна Вандерлиндова (Бертолинова⟧).", language: "ru")
    }

    @Test("a first name after a thing's noun in an oblique case or after a preposition is a person")
    func thingNounsInObliqueCases() {
        MarkedText.check(.person, "По телефону ⟦Анна⟧ рассказала о поездке.", language: "ru")
        MarkedText.check(.person, "После выхода альбома ⟦Ирина⟧ отправилась в тур.", language: "ru")
        MarkedText.check(.person, "Над Флоридой пронёсся ураган Ирма.", language: "ru")
    }

    @Test("a large region's adjective before a region leaves a place; companies are no speakers")
    func regionsAndCompanies() {
        MarkedText.check(.place, "Пожары вспыхнули в сибирской ⟦Якутии⟧.", language: "ru")
        MarkedText.check(.organisation, "Болельщики ⟦мюнхенской Баварии⟧ ликовали.", language: "ru")
        #expect(Self.people("Об этом Трансмаш сообщил в пресс-релизе.").isEmpty)
        #expect(Self.people("Техносила, крупный продавец электроники, объявила о банкротстве.").isEmpty)
        MarkedText.check(.organisation, "Яблоку негде было упасть на площади.", language: "ru")
    }

    @Test("Kazakh: a bare head inside a sentence before a possessive title stands for the archive named before")
    func bareHeadInsideSentence() {
        let document = Document(
            id: "t", text: "ҚР Президентінің Архиві жаңа көрме ашты. Кеше Архив директоры Әлия Бертолини көрмеге қатысты.",
            language: "kk")
        let relations = MarkedText.pipeline.extract(document, scratch: ExtractionScratch()).relations
            .filter { $0.predicate == .holdsPosition }
        #expect(relations.map(\.object) == ["org:president-archive"], "\(relations.map(\.object))")
    }

    @Test("a continent in the list of countries is no country for the relation rules")
    func antarcticaIsNoCountry() {
        let document = Document(
            id: "t", text: "President Marco Bertolini visited the research station. Antarctica is covered with ice.", language: "en")
        let relations = MarkedText.pipeline.extract(document, scratch: ExtractionScratch()).relations
        #expect(!relations.contains { $0.predicate == .holdsPosition && $0.object == "place:antarctica" })
    }
}
