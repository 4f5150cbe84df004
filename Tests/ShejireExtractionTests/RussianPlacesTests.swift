import ShejireCore
import Testing

@testable import ShejireExtraction

/// Russian places of 2026-11-27, session 5: the federal subjects and districts of Russia and
/// more cities from the curated gazetteers, inflected multiword names, neuter names in `-ье`,
/// plural names, place phrases with adjectives, buildings, and domains; on sentences written
/// for these tests.
@Suite("Russian places")
struct RussianPlacesTests {
    @Test("Places: multiword names inflect on every word, adjectives in -ом/-ем included")
    func inflectedMultiwordNames() {
        MarkedText.check(.place, "Он живёт в ⟦Нижнем Новгороде⟧ и часто бывает в ⟦Великом Новгороде⟧.", language: "ru")
        MarkedText.check(.place, "Посол прибыл на ⟦Южном Кавказе⟧ с визитом.", language: "ru")
        MarkedText.check(.place, "В ⟦Ханты-Мансийском автономном округе⟧ выпал снег.", language: "ru")
        MarkedText.check(.place, "Завод построят в ⟦Набережных Челнах⟧.", language: "ru")
    }

    @Test("Places: a street named after a person in the genitive is a place, not the person")
    func streetsNamedAfterPeople() {
        MarkedText.check(.place, "Митинг прошёл на ⟦улице Чернышевского⟧, затем вышли на ⟦проспект Вернадского⟧.", language: "ru")
        MarkedText.check(.person, "Митинг прошёл на улице Чернышевского, затем вышли на проспект Вернадского.", language: "ru")
        MarkedText.check(.place, "Дом стоит в ⟦переулке Толстого⟧.", language: "ru")
        // An adjective after a street noun that is no genitive surname is no name.
        MarkedText.check(.place, "На улице холодно, на площади пусто.", language: "ru")
    }

    @Test("Places: federal subjects and federal districts of Russia in any case form")
    func federalSubjects() {
        MarkedText.check(.place, "Губернатор ⟦Новосибирской области⟧ приехал в ⟦Красноярский край⟧.", language: "ru")
        MarkedText.check(.place, "В ⟦Дальневосточном федеральном округе⟧ осталось три часовых пояса.", language: "ru")
    }

    @Test("Places: feminine names in -я, neuter names in -ье and plural names in their oblique cases")
    func declensions() {
        MarkedText.check(.place, "По всей ⟦Чечне⟧ царит праздничное настроение.", language: "ru")
        MarkedText.check(.place, "Депутаты ⟦Приморья⟧ и жители ⟦Подмосковья⟧ недовольны.", language: "ru")
        MarkedText.check(.place, "Референдум пройдёт на ⟦Апеннинах⟧, а соревнования — в ⟦Альпах⟧.", language: "ru")
    }

    @Test("Places: adjectives before a place noun, in the prepositional too, and before a descriptor")
    func placePhrases() {
        MarkedText.check(.place, "Сегодня на ⟦Кронштадтском бульваре⟧ было тихо.", language: "ru")
        MarkedText.check(.place, "Похороны состоятся на ⟦Новодевичьем кладбище⟧.", language: "ru")
        MarkedText.check(.place, "Нефть доставят в ⟦тихоокеанский порт Козьмино⟧.", language: "ru")
        MarkedText.check(.place, "Об этом сообщили жители ⟦поселка Петро-Славянка⟧.", language: "ru")
        MarkedText.check(.place, "В этом ⟦городе Дацин⟧ живут нефтяники.", language: "ru")
    }

    @Test("Places: the genitive after a direction, outskirts or inhabitants")
    func genitiveComplements() {
        MarkedText.check(.place, "Бои идут на юге ⟦Зинджибара⟧, сообщают очевидцы.", language: "ru")
        MarkedText.check(.place, "Жители ⟦Кандалакши⟧ собрались на площади.", language: "ru")
    }

    @Test("Places: the Earth and famous buildings")
    func buildingsAndPlanets() {
        MarkedText.check(.place, "Сенаторы собрались в ⟦Капитолии⟧ вечером.", language: "ru")
        MarkedText.check(.place, "Челнок вернулся на ⟦Землю⟧ навсегда.", language: "ru")
    }

    @Test("Places: a country's acronym after a dot is a domain, not the country")
    func domains() {
        MarkedText.check(.place, "Заявки на регистрацию в зоне .РФ принимают с апреля.", language: "ru")
        MarkedText.check(.place, "Сайты в зоне .РФ открыты для граждан ⟦РФ⟧.", language: "ru")
    }

    @Test("Places: a phrase of adjectives and a place noun is named in its nominative (session 10)")
    func nominativePhrases() {
        func name(_ text: String) -> String? {
            MarkedText.mentions(text, language: "ru").first { $0.type == .place && $0.source == "rule:place" }?.name
        }
        #expect(name("Митинг прошел на Болотной площади.") == "Болотная площадь")
        #expect(name("Демонстранты вышли на Болотную площадь.") == "Болотная площадь")
        #expect(name("Жители Старого города протестуют.") == "Старый город")
        #expect(name("Пробки на Кутузовском проспекте выросли.") == "Кутузовский проспект")
        #expect(name("Концерт прошел на Дворцовой площади.") == "Дворцовая площадь")
        #expect(name("Его похоронили на Новодевичьем кладбище.") == "Новодевичье кладбище")
        // A nominative stays as written, the stressed `-ой` too.
        #expect(name("Демонстранты вышли на Невский проспект.") == "Невский проспект")
        #expect(name("Колонна вышла на Тверской бульвар.") == "Тверской бульвар")
        // One entity for the case forms of one place.
        let mentions = MarkedText.mentions("Митинг на Болотной площади закончился. Люди ушли с Болотной площади.", language: "ru")
        let places = mentions.filter { $0.type == .place }
        #expect(places.count == 2 && Set(places.map(\.entity)) == ["place:bolotnaya-ploshchad"])
    }

    @Test("A plural adjective in -ые is no form of a place in -ия (session 11: `Данные` had been Дания)")
    func pluralAdjectiveIsNoCountry() {
        MarkedText.check(.place, "Данные опубликованы вчера.", language: "ru")
        MarkedText.check(.place, "Министр побывал в ⟦Корее⟧ и ⟦Дании⟧.", language: "ru")
    }

    @Test("A Cyrillic title is matched by its spelling, not only by its match key (`мере` is no `мэр`)")
    func titlesBySpelling() {
        let mentions = MarkedText.mentions("По мере роста цен власти приняли меры. Дело рассматривается в суде.", language: "ru")
        #expect(!mentions.contains { $0.type == .position }, "\(mentions.map(\.text))")
        let titles = MarkedText.mentions("Мэр города и судья встретились с министром.", language: "ru").filter { $0.type == .position }
        #expect(titles.map(\.text) == ["Мэр", "судья", "министром"])
        #expect(MarkedText.mentions("Ауыл әкімі келді.", language: "kk").contains { $0.type == .position && $0.text == "әкімі" })
        // Two spellings of one title with one match key are both matched (session 12: `аким`
        // had been dropped as a duplicate of `әкім`).
        let akim = MarkedText.mentions("Аким встретился с акимом области.", language: "ru").filter { $0.type == .position }
        #expect(akim.map(\.text) == ["Аким", "акимом"] && akim.allSatisfy { $0.entity == "position:akim" })
    }

    @Test("A Russian district or region takes an adjective, not a title, and is named in the nominative")
    func russianHeadsTakeAdjectives() {
        MarkedText.check(.place, "Глава района Фалькетти уехал, аким области Бертолини остался.", language: "ru")
        MarkedText.check(.place, "Жители ⟦Заречного района⟧ и ⟦Бертолиновской области⟧ недовольны.", language: "ru")
        let names = MarkedText.mentions("Глава Вандерлиндского района приехал.", language: "ru").filter { $0.type == .place }.map(\.name)
        #expect(names == ["Вандерлиндский район"])
    }
}
