import ShejireCore
import Testing

@testable import ShejireExtraction

/// Marked-text tests for the Russian person rules of session 6: common nouns opening a sentence
/// before a surname, kinship nouns, names of things after their noun, later mentions of a foreign
/// surname first met in a case form, towns in the prepositional. Sentences written for these tests
/// (news style, invented people, so no gazetteer entry decides them).
@Suite("Russian person context")
struct RussianPersonContextTests {
    @Test("A common noun opening a sentence before a surname in an oblique case is no first name")
    func commonNounBeforeGenitive() {
        MarkedText.check(.person, "Указ ⟦Кравцова⟧ вступил в силу в понедельник.", language: "ru")
        MarkedText.check(.person, "Книга ⟦Стрельцовой⟧ вышла тиражом пять тысяч экземпляров.", language: "ru")
        MarkedText.check(.person, "Слова ⟦Мельникова⟧ прозвучали на форуме.", language: "ru")
        MarkedText.check(.person, "Позиция Шмоллера вызвала критику в парламенте.", language: "ru")
        // A first name and a surname that agree still make one name, also unknown foreign ones.
        MarkedText.check(.person, "⟦Тенгиз Абуладзе⟧ стал кандидатом от оппозиции.", language: "ru")
        MarkedText.check(.person, "⟦Ирина Стрельцова⟧ представила новую книгу.", language: "ru")
    }

    @Test("A noun of a trade or origin opening a sentence is no first name")
    func agentNounAtSentenceStart() {
        // The noun stays out of the name; a lone unknown name after it is left unfound when it
        // looks like a genitive (`-а`), and found as the noun's holder otherwise (session 11).
        MarkedText.check(.person, "Певица Мартинелла отменила концерт в Самаре.", language: "ru")
        MarkedText.check(.person, "Бразилец ⟦Фелинью⟧ перешел в другой клуб.", language: "ru")
        MarkedText.check(.person, "Певица ⟦Жозефина⟧ отменила концерт в Самаре.", language: "ru")
    }

    @Test("After a kinship noun, a surname is the relative's genitive")
    func kinshipNouns() {
        MarkedText.check(.person, "На церемонии была вдова ⟦Кравцова⟧ ⟦Наталья Викторовна⟧.", language: "ru")
        MarkedText.check(.person, "Вдова ⟦Кравцова⟧ ⟦Наталья⟧ рассказала о расследовании.", language: "ru")
    }

    @Test("Two unknown capitalised words after the noun of a thing name that thing")
    func thingNames() {
        MarkedText.check(.person, "Выставка прошла в галерее Тейт Модерн в Лондоне.", language: "ru")
        MarkedText.check(.person, "На стадионе Стэмфорд Бридж собрались болельщики.", language: "ru")
        MarkedText.check(.person, "Кубок Стэнли достался команде из Чикаго.", language: "ru")
        // A person's noun before the thing's noun: the name is that person's.
        MarkedText.check(.person, "Владелец кафе ⟦Йорген Блюмфельд⟧ принял гостей.", language: "ru")
        MarkedText.check(.person, "Об этом сообщил журналист ⟦Тимоти Брэкстон⟧.", language: "ru")
        // A known first name and an unknown word after such a noun: the thing's name too.
        MarkedText.check(.person, "Соревнования на трассе Роза Хутор прошли успешно.", language: "ru")
        // The person's noun may stand before adjectives of the thing's noun.
        MarkedText.check(.person, "Инженер строительной компании ⟦Гурам Чиковани⟧ рассказал о проекте.", language: "ru")
    }

    @Test("A foreign surname first met in a case form is found again in its base form")
    func recallFromCaseForm() {
        MarkedText.check(
            .person, "Министр встретился с ⟦Алексисом Трипасом⟧ в Брюсселе. ⟦Трипас⟧ заявил, что переговоры продолжатся.",
            language: "ru")
        MarkedText.check(.person, "Интервью с ⟦Хавьером Моланой⟧ опубликовано в пятницу.", language: "ru")
    }

    @Test("A surname-shaped word in the prepositional after в is a town")
    func townInPrepositional() {
        MarkedText.check(.person, "⟦Николай Гринёв⟧ родился в Тихвине в 1844 году.", language: "ru")
        MarkedText.check(.person, "Выставку открыли в Корчевине на прошлой неделе.", language: "ru")
    }
}
