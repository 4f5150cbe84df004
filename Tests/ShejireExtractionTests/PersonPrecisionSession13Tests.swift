import ShejireCore
import Testing

@testable import ShejireExtraction

/// Marked-text tests for the Russian person precision rules of session 13 (branch personfp13):
/// capitalised words that look like a name but name a thing, a place, a body or an award.
/// News-style sentences written for these tests; invented people and towns where the point is a
/// rule, so no gazetteer entry decides them.
@Suite("Russian person precision, session 13")
struct PersonPrecisionSession13Tests {
    @Test("A noun of a thing, a place or a body opening a sentence is no first name")
    func thingNounsOpeningASentence() {
        MarkedText.check(.person, "Город Вандерлиндов стал столицей региона.", language: "ru")
        MarkedText.check(.place, "⟦Город Вандерлиндов⟧ стал столицей региона.", language: "ru")
        MarkedText.check(.person, "Космодром Бертолинск готовится к запуску.", language: "ru")
        MarkedText.check(.person, "Банк Морган Фалькетти повысил прогноз.", language: "ru")
        MarkedText.check(.person, "Телескоп Хаббл сфотографировал галактику.", language: "ru")
        MarkedText.check(.person, "Трофей Стэнли достался Бостону.", language: "ru")
        // `Мэрия` is no case form of the first name `Мэри`; the surname-shaped word after it is
        // the town.
        MarkedText.check(.person, "Мэрия Вандерлиндова выделила средства.", language: "ru")
        MarkedText.check(.place, "Мэрия ⟦Вандерлиндова⟧ выделила средства.", language: "ru")
        MarkedText.check(.person, "Картину ⟦Вандерлинова⟧ продали на аукционе.", language: "ru")
        // Capitalised inside a sentence too.
        MarkedText.check(.person, "Обладателем Кубка ⟦Торвальдсенова⟧ стал клуб из Казани.", language: "ru")
        // The owner's name after such a noun stays a person.
        MarkedText.check(.person, "Компания ⟦Илона Вандерлинда⟧ запустила ракету.", language: "ru")
        MarkedText.check(.person, "Фонд ⟦Анны Вандерлинд⟧ помогает детям.", language: "ru")
        MarkedText.check(.person, "Команда ⟦Фернандо Бертолини⟧ заняла второе место.", language: "ru")
        MarkedText.check(.person, "Премию ⟦Вандерлинова⟧ получил художник.", language: "ru")
        // A first name that is also a thing's noun, as written or in a case form, is a name.
        MarkedText.check(.person, "⟦Роман Вандерлинд⟧ стал чемпионом.", language: "ru")
        MarkedText.check(.person, "⟦Романа Вандерлинда⟧ наградили орденом.", language: "ru")
    }

    @Test("Residents, families and places are no persons")
    func residentsFamiliesAndPlaces() {
        MarkedText.check(.person, "Жители Вандерлиново жалуются на пробки.", language: "ru")
        MarkedText.check(.place, "Жители ⟦Вандерлиново⟧ жалуются на пробки.", language: "ru")
        MarkedText.check(.person, "Вандерлиновы горы привлекают туристов.", language: "ru")
        MarkedText.check(.person, "Матросская Тишина закрыта для посетителей.", language: "ru")
        MarkedText.check(.person, "Задержанный ⟦Вандерлинов⟧ отказался от показаний.", language: "ru")
        MarkedText.check(.person, "Осуждённая ⟦Бертолинова⟧ подала апелляцию.", language: "ru")
    }

    @Test("A one-word subject of a place's predicate is a place")
    func placeSubjects() {
        MarkedText.check(.place, "⟦Вандерлинов⟧ расположен к северу от ⟦Москвы⟧.", language: "ru")
        MarkedText.check(.place, "⟦Вандерлинов⟧ граничит с ⟦Москвой⟧.", language: "ru")
        MarkedText.check(.place, "⟦Вандерлинов⟧ — небольшой город на ⟦Волге⟧.", language: "ru")
        MarkedText.check(.place, "⟦Вандерлинов⟧ стал столицей культуры.", language: "ru")
        MarkedText.check(.place, "Глава ⟦Вандерлинского⟧ подал в отставку.", language: "ru")
        // After a person's title a surname-shaped genitive may be the person (review, session 13).
        MarkedText.check(.person, "Суд арестовал мэра ⟦Вандерлинова⟧.", language: "ru")
        MarkedText.check(.person, "Советник ⟦Вандерлинова⟧ подал в отставку.", language: "ru")
        // A person stays one.
        MarkedText.check(.person, "⟦Вандерлинов⟧ расположен к диалогу, заявил источник.", language: "ru")
        MarkedText.check(.person, "⟦Вандерлинов⟧ стал чемпионом мира.", language: "ru")
        MarkedText.check(.person, "⟦Вандерлинов⟧ — известный полярник.", language: "ru")
    }

    @Test("Surnames in -енко do not decline in Russian")
    func enkoSurnames() {
        MarkedText.check(.person, "Спектакль поставил театр Вандерленком.", language: "ru")
        MarkedText.check(.person, "Актриса ⟦Ольга Вандерленко⟧ сыграла главную роль.", language: "ru")
        MarkedText.check(.person, "С ⟦Андреем Вандерленко⟧ встретился президент.", language: "ru")
    }

    @Test("What a person belongs to is no part of the name")
    func ownerBeforeAName() {
        MarkedText.check(.person, "Актёр Фалькеттинска ⟦Иван Бертолини⟧ получил премию.", language: "ru")
        MarkedText.check(.person, "Пилот Уильямса ⟦Рубенс Бертолини⟧ финишировал пятым.", language: "ru")
    }

    @Test("A first name naming a product, a vehicle or a storm, and awards")
    func thingsAndAwards() {
        MarkedText.check(.person, "Завод выпускает автомобили Лада.", language: "ru")
        MarkedText.check(.person, "Побережье накрыл ураган Ирма.", language: "ru")
        MarkedText.check(.person, "Владелец яхты ⟦Мария Бертолини⟧ дала интервью.", language: "ru")
        MarkedText.check(.person, "Фильм получил Оскар за лучшую режиссуру.", language: "ru")
        MarkedText.check(.person, "Церемония вручения Оскара прошла в Лос-Анджелесе.", language: "ru")
        MarkedText.check(.person, "Фильм получил два Оскара.", language: "ru")
        MarkedText.check(.person, "Сериал номинирован на Эмми.", language: "ru")
        MarkedText.check(.person, "⟦Оскар Вандерлинд⟧ получил премию.", language: "ru")
        MarkedText.check(.person, "Письмо получил ⟦Тони Бертолини⟧.", language: "ru")
    }

    @Test("Companies in Russian letters and quoted titles")
    func companiesAndTitles() {
        MarkedText.check(.person, "Крах Вандерлинд Бразерс вызвал кризис.", language: "ru")
        MarkedText.check(.person, "Студия Бертолини Пикчерс выпустит фильм.", language: "ru")
        MarkedText.check(.person, "Кинокомпания Фалькеттимаунт купила права.", language: "ru")
        MarkedText.check(.person, "«Эрик Вандерлинд» открыл сезон в театре.", language: "ru")
        MarkedText.check(.person, "Зрители увидели «Бориса Торвальдсена» в новой постановке.", language: "ru")
        MarkedText.check(.person, "«Михаил Фалькетти» сел на мель.", language: "ru")
        MarkedText.check(.person, "Фестиваль «Иван Бертолини и друзья» пройдёт летом.", language: "ru")
        MarkedText.check(.person, "Программа «Анна Вандерлинд рекомендует» выйдет в эфир.", language: "ru")
        MarkedText.check(.person, "Программист ⟦Эрик Вандерлинд⟧ создал «Торвальдсен».", language: "ru")
        // Quoted speech keeps its people.
        MarkedText.check(.person, "«Я уверен, что ⟦Эрик Вандерлинд⟧ прав», — сказал ⟦Бертолини⟧.", language: "ru")
        MarkedText.check(.person, "Основатель компании ⟦Эрик Вандерлинд⟧ покинул пост.", language: "ru")
    }

    @Test("An adverb or a participle opening a sentence is no first name")
    func adverbsAndParticiples() {
        MarkedText.check(.person, "Бесплатно ⟦Вандерлинов⟧ ничего не делает.", language: "ru")
        // The adverb or participle is no part of a name. (The unknown surname after it, with no
        // shape and no other cue, is not found alone either: a known gap, docs/rules-people.md.)
        for text in ["Однозначно Бертолини победит.", "Пострадавший Фалькетти доставлен в больницу."] {
            let people = MarkedText.mentions(text, language: "ru").filter { $0.type == .person }
            #expect(!people.contains { $0.text.hasPrefix("Однозначно") || $0.text.hasPrefix("Пострадавший") }, "\(people.map(\.text))")
        }
        // An Italian first name in a vowel and `-но` is a name.
        MarkedText.check(.person, "⟦Кристиано Вандерлинд⟧ забил гол.", language: "ru")
    }
}
