import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// The defects two reviews found in session 12's rules, one sentence each (written for these
/// tests; invented surnames).
@Suite("Review of session 12")
struct ReviewSession12Tests {
    static func mentions(_ text: String, _ type: EntityType, language: String = "ru") -> [Mention] {
        MarkedText.mentions(text, language: language).filter { $0.type == type }
    }

    @Test("a Russian district in the prepositional is still a place, named in the nominative")
    func prepositionalDistrict() {
        MarkedText.check(.place, "В ⟦Медеуском районе⟧ открыли школу.", language: "ru")
        #expect(Self.mentions("В Медеуском районе открыли школу.", .place).map(\.name) == ["Медеуский район"])
    }

    @Test("a common noun opening a sentence before a first name and a patronymic is no surname")
    func commonNounIsNoSurname() {
        MarkedText.check(.person, "Пенсионерка ⟦Анна Сергеевна⟧ обратилась в суд.", language: "ru")
        MarkedText.check(.person, "Здравствуйте ⟦Анна Сергеевна⟧!", language: "ru")
        // A name the document writes inside a sentence too is the surname.
        MarkedText.check(.person, "⟦Фалькетти Анна Сергеевна⟧ выступила. Затем ⟦Фалькетти⟧ ушла.", language: "ru")
    }

    @Test("a woman named by a surname in -ова is not linked to a man of the masculine form")
    func feminineSurnameNotLinkedToMan() {
        let people = Self.mentions(
            "Министр Игорь Вандерлиндов прибыл с супругой. Вандерлиндова рассказала журналистам о поездке.", .person)
        #expect(people.count == 2 && people[0].entity != people[1].entity, "\(people.map(\.entity))")
    }

    @Test("a building keeps its organisation's quotes as written")
    func buildingNameAsWritten() {
        #expect(Self.mentions("Митинг прошел у здания АО «Казахтелеком».", .place).map(\.name) == ["здание АО «Казахтелеком»"])
    }

    @Test("stressed -ой adjectives and prepositional adjectives agree in an organisation's name")
    func organisationAdjectives() {
        #expect(Self.mentions("Решение Краснодарского краевого суда отменено.", .organisation).map(\.name)
            == ["Краснодарский краевой суд"])
        let council = Self.mentions("Вопрос обсудили в Городском совете Омска. Решение Городского совета Омска принято.", .organisation)
        #expect(council.count == 2 && Set(council.map(\.entity)).count == 1, "\(council.map(\.entity))")
    }

    @Test("ПО before a quoted name is a production association; Лига Наций a league; a quoted genitive the organiser")
    func organisationPrecisionLimits() {
        #expect(!Self.mentions("ПО «Маяк» сообщило об аварии.", .organisation).isEmpty)
        #expect(Self.mentions("Программа требует нового ПО для компьютеров.", .organisation).isEmpty)
        #expect(!Self.mentions("СССР вступил в Лигу Наций в 1934 году.", .organisation).isEmpty)
        MarkedText.check(.organisation, "Журналист получил премию «⟦Северной газеты⟧».", language: "ru")
        MarkedText.check(.organisation, "⟦Центр народного ремесла⟧ откроется в Туле.", language: "ru")
    }

    @Test("a settlement named by an adjective is named in the nominative of its noun's gender")
    func settlementAdjectiveBase() {
        let places = Self.mentions("В селе Красном открыли школу. Жители деревни Малой, говорят, уехали. В поселке Заречном, пострадавших нет.", .place)
        #expect(places.map(\.name) == ["Красное", "Малая", "Заречный"])
    }

    @Test("a compass word before a known place keeps the known place's entity")
    func compassKeepsEntity() {
        let places = Self.mentions("Министр посетил южные Курильские острова.", .place)
        #expect(places.map(\.text) == ["южные Курильские острова"] && places.first?.entity == "place:kuril-islands")
    }

    @Test("a surname shared by many people is no alias of one famous person; the document's full name wins")
    func commonSurnamesAreNoAliases() {
        let people = Self.mentions("Замминистра обороны Дмитрий Булгаков провел совещание. Булгаков отметил успехи.", .person)
        #expect(Set(people.map(\.entity)) == ["person:dmitriy-bulgakov"])
    }

    @Test("a company's role in an apposition makes no person; a parliament's law names no discoverer")
    func corporateRolesAndLegislatures() {
        MarkedText.check(.person, "Юнайтед Эйрлайнс, крупнейший перевозчик США, отменила рейсы.", language: "ru")
        MarkedText.check(.person, "Ривер Плейт — чемпион Аргентины.", language: "ru")
        MarkedText.check(.person, "Закон Рады о мобилизации вступил в силу.", language: "ru")
        MarkedText.check(.person, "⟦Рагнар Торвальдсен⟧ — известный полярник.", language: "ru")
    }

    @Test("an author after a first name that does not decline is named in the nominative, one entity with the name")
    func authorInNominative() {
        let people = Self.mentions("Новый фильм Вуди Аллена выйдет осенью. Сам Вуди Аллен промолчал.", .person)
        #expect(people.count == 2 && Set(people.map(\.entity)) == ["person:vudi-allen"], "\(people.map(\.entity))")
    }

    @Test("first names in -ика are names; listed nouns in -ика opening a sentence are not")
    func ikaNames() {
        MarkedText.check(.person, "⟦Ангелика Фалькетти⟧ выиграла заплыв.", language: "ru")
        MarkedText.check(.person, "Политика Фалькетти провалилась.", language: "ru")
    }

    @Test("a country that owns another title before the head of state is not its owner (Kazakh, two sentences)")
    func countryOwningAnotherTitleBefore() throws {
        let pipeline = try #require(RussianPositionTests.pipeline)
        let text = "Германия елшісі Олаф Торвальдсен сенім грамотасын тапсырды. Мемлекет басшысы Ерлан Бертолини елшіге сәттілік тіледі."
        let relations = pipeline.extract(Document(id: "t", text: text, language: "kk"), scratch: ExtractionScratch()).relations
            .filter { $0.predicate == .holdsPosition }
        #expect(!relations.contains { $0.subject == "person:erlan-bertolini" }, "\(relations.map { "\($0.subject)>\($0.object)" })")
    }
}
