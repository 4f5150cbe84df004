import ShejireCore
import Testing

@testable import ShejireExtraction

/// Session 11 (2026-11-27): surnames of any shape before initials, a relative's surname after
/// the relative's noun, family nouns, which name no one person, and common nouns and places that
/// look like names; on sentences written for these tests, with surnames no gazetteer lists.
@Suite("Russian families and initials")
struct RussianFamilyAndInitialsTests {
    @Test("A capitalised word before two or three initials is a surname, whatever its shape")
    func surnameBeforeInitials() {
        MarkedText.check(.person, "Отчет подготовил ⟦Бертолини А.В.⟧, заместитель директора.", language: "ru")
        MarkedText.check(.person, "Письмо подписал ⟦Вандерлинд И. И.⟧ вчера.", language: "ru")
        // A surname shape needs only one initial, as before.
        MarkedText.check(.person, "Отчет подготовил ⟦Иванов А.⟧ в срок.", language: "ru")
        let person = MarkedText.mentions("Отчет подготовил Бертолини А.В., заместитель директора.", language: "ru")
            .first { $0.type == .person }
        #expect(person?.entity == "person:a-v-bertolini")
    }

    @Test("One initial after a word of no surname shape makes no person")
    func oneInitial() {
        MarkedText.check(.person, "Раздел Бертолини А. дополнен.", language: "ru")
    }

    @Test("After a relative's noun an unknown word is the relative's surname, in the genitive")
    func relativeSurname() {
        MarkedText.check(.person, "Сын ⟦Бертолини⟧ учится в Лондоне.", language: "ru")
        MarkedText.check(.person, "Вдова ⟦Фалькетти⟧ подала иск.", language: "ru")
        let person = MarkedText.mentions("Адвокат вдовы Торвальдсена отказался от комментариев.", language: "ru")
            .first { $0.type == .person }
        #expect(person?.text == "Торвальдсена")
        #expect(person?.entity == "person:torvaldsen")
    }

    @Test("A Russian sentence opening on a word shaped like a Kazakh first name before a full name")
    func participleBeforeName() {
        MarkedText.check(.person, "Задержан ⟦Игорь Вандерлиндов⟧.", language: "ru")
    }

    @Test("A family noun names a family, not a person, and is never part of a name")
    func families() {
        MarkedText.check(.person, "Он вырос в семье Фалькетти в Милане.", language: "ru")
        MarkedText.check(.person, "Дом принадлежит чете Торвальдсен.", language: "ru")
        MarkedText.check(.person, "Третий из братьев Вандерлиндов задержан.", language: "ru")
        MarkedText.check(.person, "Чета Бертолини отметила годовщину.", language: "ru")
        MarkedText.check(.person, "Династия Романовых правила три века.", language: "ru")
        MarkedText.check(.person, "Братья Карамазовы стали символом эпохи.", language: "ru")
        // Nor is a surname recalled from a person named earlier.
        MarkedText.check(.person, "Задержан ⟦Игорь Вандерлиндов⟧. Братья Вандерлиндовы открыли ресторан.", language: "ru")
        // A person named in full after the noun is still a person.
        MarkedText.check(.person, "В семье ⟦Анны Вандерлинд⟧ трое детей.", language: "ru")
    }

    @Test("Nouns in -овка, -дка, -жка, -зка, -ьба, -изм opening a sentence are no first name")
    func commonNounsAtSentenceStart() {
        MarkedText.check(.person, "Остановка Чкаловская закрыта на ремонт.", language: "ru")
        MarkedText.check(.person, "Поддержка ⟦Вандерлиндова⟧ выросла.", language: "ru")
        // A first name there is still one.
        MarkedText.check(.person, "⟦Вероника Вандерлиндова⟧ выиграла турнир.", language: "ru")
    }

    @Test("A place in -овка or -инка after `в` is no surname in the prepositional")
    func placesInOvka() {
        MarkedText.check(.person, "Выставка открылась в Третьяковке.", language: "ru")
        MarkedText.check(.person, "Он учился в Гнесинке.", language: "ru")
        MarkedText.check(.person, "Картину купил ⟦Павел Третьяков⟧.", language: "ru")
    }

    @Test("After a title, a foreign surname in -и is the holder, a Russian genitive what the title is of")
    func foreignSurnamesAfterTitles() {
        MarkedText.check(.person, "Генпрокурор ⟦Бертолини⟧ возбудил дело.", language: "ru")
        MarkedText.check(.person, "Спикер парламента ⟦Фалькетти⟧ открыл сессию.", language: "ru")
        MarkedText.check(.person, "Экс-мэр ⟦Фалькетти⟧ задержан в аэропорту.", language: "ru")
        MarkedText.check(.person, "Директор Эрмитажа выступил с речью.", language: "ru")
        MarkedText.check(.person, "Губернатор Вандерлиндии подписал указ.", language: "ru")
    }

    @Test("Review of session 11: each defect found, on its own sentence")
    func reviewDefects() {
        // Initials before a capitalised word are that word's, not the word's before them.
        MarkedText.check(.person, "Выступили ⟦А.В. Иванов⟧ и ⟦Б.Г. Петров⟧.", language: "ru")
        MarkedText.check(.person, "Об этом сообщил мэр Лобни ⟦И.И. Сидоров⟧.", language: "ru")
        MarkedText.check(.person, "Жиынға ⟦Қ.Қ. Тоқаев⟧ қатысты.", language: "kk")
        MarkedText.check(.person, "Meanwhile U.S. stocks rose.", language: "en")
        // `сестры`, `супруги` are also a singular genitive: a sister's or a wife's relative.
        MarkedText.check(.person, "Адвокат сестры ⟦Торвальдсена⟧ отказался от комментариев.", language: "ru")
        // Heirs, words the text writes in lower case, and names after a possessive pronoun.
        MarkedText.check(.person, "Россия стала наследницей Византии.", language: "ru")
        MarkedText.check(.person, "Звёзды на небе. Он называл себя сыном Неба.", language: "ru")
        let daughter = MarkedText.mentions("Его дочь Ксандра учится в Лондоне.", language: "ru").first { $0.type == .person }
        #expect(daughter?.base == "Ксандра")
        // Irregular forms of relatives' and family nouns.
        MarkedText.check(.person, "Матери ⟦Бертолини⟧ стало плохо.", language: "ru")
        MarkedText.check(.person, "Дети Бертолини учатся в Лондоне.", language: "ru")
    }

    @Test("`Дж.` is one initial, and initials and a surname link to a listed person named in full")
    func dzhInitial() {
        MarkedText.check(.person, "⟦Дж. Вандерлинд⟧ прибыл в Москву.", language: "ru")
        let mentions = MarkedText.mentions("Джордж Буш прибыл в Москву. Дж. Буш сказал, что доволен.", language: "ru")
            .filter { $0.type == .person }
        #expect(mentions.map(\.text) == ["Джордж Буш", "Дж. Буш"])
        #expect(Set(mentions.map(\.entity)) == ["person:george-w-bush"])
    }

    @Test("Surnames in a list: a comma joins them inside a list that goes on, each found joins the next")
    func lists() {
        MarkedText.check(.person, "В матче отличились ⟦Аршавин⟧, ⟦Бертолини⟧ и ⟦Вандерлинд⟧.", language: "ru")
        MarkedText.check(.person, "На встрече присутствовали ⟦Путин⟧, ⟦Фалькетти⟧ и ⟦Торвальдсен⟧.", language: "ru")
        // A comma that ends a clause joins nothing.
        MarkedText.check(.person, "Об этом заявил ⟦Путин⟧, Вандерлиндия поддержит соглашение.", language: "ru")
    }
}
