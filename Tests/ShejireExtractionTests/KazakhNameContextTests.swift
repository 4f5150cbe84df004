import ShejireCore
import Testing

@testable import ShejireExtraction

/// Kazakh first names alone at a sentence start, plurals of first names, and words that look
/// like names but are not (2026-11-27, session 5); sentences written for these tests.
@Suite("Kazakh name context")
struct KazakhNameContextTests {
    @Test("Surname, first name and -ұлы/-қызы patronymic in the official order are one name; an accusative opening the sentence is no first name")
    func surnameFirstWithPatronymic() {
        MarkedText.check(.person, "Жиынды ⟦Тоқаев Қасым-Жомарт Кемелұлы⟧ ашты.", language: "kk")
        MarkedText.check(.person, "Тізімде ⟦Сәрсенбаев Ерлан Қайратұлы⟧ және ⟦Мұстафина Әлия Қанатқызы⟧ бар.", language: "kk")
        let mentions = MarkedText.mentions("Тізімде Сәрсенбаев Ерлан Қайратұлы бар.", language: "kk")
        #expect(mentions.first { $0.type == .person }?.attributes["patronymic"] == "Қайратұлы")
        // Names built on a past-tense verb end like an accusative and still open a name.
        MarkedText.check(.person, "⟦Жанберді Сәрсенов⟧ мәлімдеді.", language: "kk")
    }

    @Test("A known first name opening a sentence, before a lower-case word or a dash, is its subject")
    func subjectAtSentenceStart() {
        MarkedText.check(.person, "⟦Нұржан⟧ ерлердің шашын қияды , ал ⟦Әсел⟧ әйелдердің бетін әрлейді .")
        MarkedText.check(.person, "⟦Мәншүк⟧ — бес баланың анасы .")
        MarkedText.check(.person, "Абай ауданы бойынша жұмыс жүрді .")
    }

    @Test("The plural of a first name is a common noun")
    func plural() {
        MarkedText.check(.person, "Азаматтардың тыныштығына кедергі келтірмеуі керек .")
        MarkedText.check(.person, "Аналар мерекесі құтты болсын .")
    }

    @Test("Words that only look like names: `Жаңа` is no `Жанна`, `Атаулы` no `-улы` surname")
    func lookAlikes() {
        MarkedText.check(.person, "Өйткені Жаңа жыл қарсаңында шырша көп сатылады .")
        MarkedText.check(.person, "Атаулы әлеуметтік көмек бойынша келдім .")
        MarkedText.check(.person, "Бұл туралы ⟦Жанна⟧ айтты .", language: "ru")
    }

    @Test("A first name that is a common word (`Азамат` \"citizen\") needs a person's context")
    func commonWordFirstName() {
        MarkedText.check(.person, "Әр азамат сайлауға қатысуы керек .")
        MarkedText.check(.person, "Бұл туралы ⟦Азамат Сәметов⟧ хабарлады .")
    }
}
