import ShejireCore
import Testing

@testable import ShejireExtraction

/// Marked-text tests for the Russian person rules of session 12 (branch persons12): the
/// discoverer after the noun of a law or a theorem, the author after a thing's noun when the
/// first name does not decline, and abstract nouns opening a sentence before a name with a
/// particle. News-style sentences written for these tests; invented people where the point is
/// a rule, so no gazetteer entry decides them.
@Suite("Russian persons, session 12")
struct RussianPersonsSession12Tests {
    @Test("The discoverer after a law, an effect, a theorem or a disease")
    func eponyms() {
        MarkedText.check(.person, "Закон ⟦Вандерлинда⟧ изучают на первом курсе.", language: "ru")
        MarkedText.check(.person, "Согласно закону ⟦Торвальдсена⟧, давление падает.", language: "ru")
        MarkedText.check(.person, "Эффект ⟦Фалькетти⟧ используют в радарах.", language: "ru")
        MarkedText.check(.person, "Учёные проверили гипотезу ⟦Бертолини⟧.", language: "ru")
        MarkedText.check(.person, "У пациента обнаружили болезнь ⟦Вандерлинда⟧.", language: "ru")
        MarkedText.check(.person, "Доказательство теоремы ⟦Торвальдсена⟧ заняло сто страниц.", language: "ru")
        // A place, a body, an adjective or an acronym after such a noun is no person.
        MarkedText.check(.person, "Закон Казахстана вступил в силу.", language: "ru")
        MarkedText.check(.person, "Закон Российской Федерации о СМИ изменён.", language: "ru")
        MarkedText.check(.person, "Поправки в закон РФ приняты.", language: "ru")
        MarkedText.check(.person, "Закон Минфина о бюджете опубликован.", language: "ru")
    }

    @Test("A first name that does not decline before a genitive names a thing's author")
    func authorAfterIndeclinableFirstName() {
        MarkedText.check(.person, "Новый фильм ⟦Вуди Вандерлинда⟧ выйдет осенью.", language: "ru")
        MarkedText.check(.person, "В книге ⟦Энди Торвальдсена⟧ много иллюстраций.", language: "ru")
        MarkedText.check(.person, "Спектакль ⟦Пьетро Фалькетти⟧ показали в Риме.", language: "ru")
        MarkedText.check(.person, "Альбом ⟦Бобби Вандерлинда⟧ переиздан.", language: "ru")
        // A first name that declines, in the nominative, with a word after it names the thing.
        MarkedText.check(.person, "Соревнования прошли на трассе Роза Хутор.", language: "ru")
        MarkedText.check(.person, "Выставка прошла в галерее Тейт Модерн.", language: "ru")
    }

    @Test("An abstract noun opening a sentence before a name with a particle")
    func particleNamesAfterAbstractNouns() {
        MarkedText.check(.person, "Ликвидация ⟦бен Ладена⟧ стала главной новостью.", language: "ru")
        MarkedText.check(.person, "Политика ⟦де Вандерлинда⟧ изменила страну.", language: "ru")
        MarkedText.check(.person, "Экономика Бертолини провалилась.", language: "ru")
        // A first name opening the sentence keeps the name whole.
        MarkedText.check(.person, "⟦Шарль де Голль⟧ возглавил Сопротивление.", language: "ru")
        MarkedText.check(.person, "⟦Людвиг ван Бетховен⟧ оглох к концу жизни.", language: "ru")
    }

    @Test("People of history, religion and the arts named by one name (gazetteer, session 12)")
    func historyAndArts() {
        MarkedText.check(.person, "Конец света предсказывал ещё ⟦Нострадамус⟧.", language: "ru")
        MarkedText.check(.person, "Пророчества ⟦Ванги⟧ снова обсуждают в сети.", language: "ru")
        MarkedText.check(.person, "⟦Кубрик⟧ снимал этот фильм пять лет.", language: "ru")
        MarkedText.check(.person, "Ретроспектива фильмов ⟦Хичкока⟧ пройдёт в Москве.", language: "ru")
        MarkedText.check(.person, "⟦Хрущёв⟧ выступил на съезде с докладом.", language: "ru")
        MarkedText.check(.person, "При ⟦Брежневе⟧ страна жила спокойно.", language: "ru")
        MarkedText.check(.person, "На концерте выступили ⟦Шакира⟧ и ⟦Рианна⟧.", language: "ru")
        MarkedText.check(.person, "Картину ⟦Рембрандта⟧ продали на аукционе.", language: "ru")
        // A town named like a person stays the town: only the full name is listed.
        MarkedText.check(.person, "В Энгельсе открыли новый завод.", language: "ru")
        MarkedText.check(.person, "Работы ⟦Фридриха Энгельса⟧ переиздали.", language: "ru")
    }

    @Test("A noun of a role in a case form opening a sentence is no first name")
    func roleNounsInCaseForms() {
        MarkedText.check(.person, "Адвокатом ⟦Вандерлинда⟧ выступил известный юрист.", language: "ru")
        MarkedText.check(.person, "Автором ⟦Бертолини⟧ назвали журналиста из Рима.", language: "ru")
    }

    @Test("Two unknown words opening a sentence before a dash or a comma and a role are a person")
    func appositionAfterNameAtSentenceStart() {
        MarkedText.check(.person, "⟦Рагнар Торвальдсен⟧ — известный полярник.", language: "ru")
        MarkedText.check(.person, "⟦Кирсан Вандерлинд⟧, президент федерации, прибыл в Москву.", language: "ru")
        MarkedText.check(.person, "⟦Эсбен Фалькетти⟧, бизнесмен из Бостона, купил клуб.", language: "ru")
        // A company's or a place's noun after the dash says no person.
        MarkedText.check(.person, "Кока Кола — американская компания.", language: "ru")
        MarkedText.check(.person, "Старый Оскол — город в России.", language: "ru")
    }
}
