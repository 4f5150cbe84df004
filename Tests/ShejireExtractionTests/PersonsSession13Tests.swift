import ShejireCore
import Testing

@testable import ShejireExtraction

/// Marked-text tests for the Russian person rules of session 13 (branch persons13): a one-word
/// name opening a sentence before an apposition of a role, more role nouns, roles with `экс-` and
/// `вице-`, and Irish and French names with an apostrophe in Cyrillic. News-style sentences
/// written for these tests, with invented people.
@Suite("Russian persons, session 13")
struct PersonsSession13Tests {
    @Test("A one-word name opening a sentence before an apposition of a role")
    func appositionAtSentenceStart() {
        MarkedText.check(.person, "⟦Вандерлинд⟧, министр финансов страны, представил бюджет.", language: "ru")
        MarkedText.check(.person, "⟦Бертолини⟧, главный тренер «Зенита», ответил на вопросы журналистов.", language: "ru")
        MarkedText.check(.person, "⟦Фалькетти⟧, 35-летний нападающий «Спартака», забил гол.", language: "ru")
        MarkedText.check(.person, "⟦Торвальдсен⟧, бывший премьер Норвегии, прибыл в Осло.", language: "ru")
        // Adverbs and verbs opening a sentence, companies and places are no person.
        MarkedText.check(.person, "Кстати, министр финансов подал в отставку.", language: "ru")
        MarkedText.check(.person, "Вероятно, главный тренер, как и все, устал.", language: "ru")
        MarkedText.check(.person, "Напомним, бывший министр, которого задержали, признал вину.", language: "ru")
        MarkedText.check(.person, "Поэтому, главный тренер сборной, видимо, уйдёт.", language: "ru")
        MarkedText.check(.person, "Газпром, крупнейший производитель газа, заявил о росте.", language: "ru")
        MarkedText.check(.person, "Аэрофлот, национальный перевозчик, объявил о скидках.", language: "ru")
    }

    @Test("More nouns of a person's role before a one-word name")
    func moreRoleNouns() {
        MarkedText.check(.person, "Так считает политолог ⟦Фалькетти⟧.", language: "ru")
        MarkedText.check(.person, "Политолог ⟦Фалькетти⟧ считает, что выборы пройдут спокойно.", language: "ru")
        MarkedText.check(.person, "Философ ⟦Ибн Сина⟧ жил в Бухаре.", language: "ru")
        MarkedText.check(.person, "Об этом рассказал экономист ⟦Торвальдсен⟧.", language: "ru")
    }

    @Test("A role or a title with экс- or вице-")
    func formerRoles() {
        MarkedText.check(.person, "Экс-тренер ⟦Бертолини⟧ раскритиковал клуб.", language: "ru")
        MarkedText.check(.person, "Экс-министр ⟦Вандерлинд⟧ задержан в аэропорту.", language: "ru")
        MarkedText.check(.person, "Вице-спикер ⟦Фалькетти⟧ выступила с докладом.", language: "ru")
    }

    @Test("Irish and French names with an apostrophe in Cyrillic")
    func apostropheNames() {
        MarkedText.check(.person, "Баскетболист ⟦Шакил О'Нил⟧ завершил карьеру.", language: "ru")
        MarkedText.check(.person, "Ведущий ⟦Конан О'Брайен⟧ вернулся на телевидение.", language: "ru")
        MarkedText.check(.person, "Ирландский певец ⟦Шейн О’Коннор⟧ дал концерт в Дублине.", language: "ru")
    }

    @Test("An East Asian family name alone after the full name")
    func eastAsianFamilyNameRecalled() {
        MarkedText.check(.person, "Председатель ⟦Ли Цзиньфэн⟧ прибыл в Москву. ⟦Ли⟧ заявил о дружбе.", language: "ru")
        MarkedText.check(.person, "Лидер Вьетнама ⟦Нгуен Ван Фалькет⟧ принял делегацию. ⟦Нгуен⟧ поблагодарил гостей.", language: "ru")
    }

    @Test("A maiden or former surname in parentheses is part of the person")
    func otherSurnameInParentheses() {
        MarkedText.check(.person, "Актриса ⟦Анна Вандерлиндова (Бертолинова⟧) получила премию.", language: "ru")
        MarkedText.check(.person, "⟦Мария Фалькетти (урождённая Торвальдсенова⟧) вышла замуж.", language: "ru")
        MarkedText.check(.person, "Судья ⟦Ольга Бертолинова (в девичестве Торвальдсенова⟧) вынесла приговор.", language: "ru")
        // A club, a place, a party or a body in parentheses stays apart.
        MarkedText.check(.person, "Полузащитник ⟦Игорь Вандерлиндов⟧ (Спартак) забил гол.", language: "ru")
        MarkedText.check(.person, "Выступил ⟦Пётр Бертолинов⟧ (Москва).", language: "ru")
        MarkedText.check(.person, "Министр ⟦Сергей Вандерлиндов⟧ (Минфин) ответил.", language: "ru")
    }

    @Test("Two first names and two surnames, the Spanish way")
    func spanishDoubleSurname() {
        MarkedText.check(.person, "Испанец ⟦Хосе Луис Фалькес Бертолинес⟧ стал чемпионом.", language: "ru")
        MarkedText.check(.person, "Встреча с ⟦Марией Хосе Фалькес Бертолини⟧ прошла в Мадриде.", language: "ru")
        MarkedText.check(.person, "Аргентинский футболист ⟦Хуан Пабло Вандерлинес⟧ забил гол.", language: "ru")
    }

    @Test("A speaker after an adverb opening the sentence; a peer's noun before a name")
    func speakerAfterOpener() {
        MarkedText.check(.person, "Ранее ⟦Бертолини⟧ заявлял о намерении уйти.", language: "ru")
        MarkedText.check(.person, "Позже ⟦Вандерлинд⟧ уточнил, что речь шла о бюджете.", language: "ru")
        MarkedText.check(.person, "Его поддержал коллега ⟦Торвальдсен⟧.", language: "ru")
        // Not a body, a noun or a word in an oblique case.
        MarkedText.check(.person, "Ранее Минфин заявлял о дефиците.", language: "ru")
        MarkedText.check(.person, "Ранее Источник сообщил о сделке.", language: "ru")
        MarkedText.check(.person, "Затем Правительство объявило о реформе.", language: "ru")
    }

    @Test("A surname with a particle again, the particle capitalised")
    func particleSurnameRecalled() {
        MarkedText.check(
            .person, "Режиссёр ⟦Марко дель Фалькетти⟧ получил приз. ⟦Дель Фалькетти⟧ поблагодарил жюри.", language: "ru")
        MarkedText.check(
            .person, "Канцлер ⟦Ульрих фон Фалькенберг⟧ прибыл в Рим. ⟦Фон Фалькенберг⟧ встретился с премьером.",
            language: "ru")
        // No such person in the document: the particle opens nothing.
        MarkedText.check(.person, "Де Вандерлинд — название нового сорта роз.", language: "ru")
    }

    @Test("A speaker between a phrase and a verb of saying; со слов")
    func speakerAfterPhrase() {
        MarkedText.check(.person, "В интервью ⟦Бертолини⟧ рассказал о планах.", language: "ru")
        MarkedText.check(.person, "На брифинге ⟦Вандерлинд⟧ заявил о готовности.", language: "ru")
        MarkedText.check(.person, "После матча ⟦Торвальдсен⟧ сказал, что доволен.", language: "ru")
        MarkedText.check(.person, "Со слов ⟦Торвальдсена⟧, всё прошло хорошо.", language: "ru")
        // Bodies and companies, a preposition or an adjective before the word.
        MarkedText.check(.person, "Во вторник Ростелеком объявил о сделке.", language: "ru")
        MarkedText.check(.person, "Кроме того Минздрав сообщил о новых случаях.", language: "ru")
        MarkedText.check(.person, "Крупнейший Вандерлинд-банк сообщил о прибыли.", language: "ru")
    }
}
