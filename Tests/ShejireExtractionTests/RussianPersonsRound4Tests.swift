import ShejireCore
import Testing

@testable import ShejireExtraction

/// Marked-text tests for the Russian person rules of session 11: nouns of a person's role
/// before a one-word name, more verbs of saying, nouns named after a person, plural verbs and
/// common nouns opening a sentence, towns after a noun of their residents. Sentences written
/// for these tests (news style, invented people, so no gazetteer entry decides them).
@Suite("Russian persons, round 4")
struct RussianPersonsRound4Tests {
    @Test("A noun of a role before an unknown word names its holder")
    func roleNouns() {
        MarkedText.check(.person, "Обвиняемый ⟦Вандерлинд⟧ вину не признал.", language: "ru")
        MarkedText.check(.person, "Подсудимая ⟦Торвальдсен⟧ попросила о снисхождении.", language: "ru")
        MarkedText.check(.person, "Обвиняемого ⟦Фалькетти⟧ этапировали в Москву.", language: "ru")
        MarkedText.check(.person, "Голландец ⟦Вандерлинд⟧ подписал контракт до 2027 года.", language: "ru")
        MarkedText.check(.person, "Форвард ⟦Гвазелия⟧ забил гол.", language: "ru")
        MarkedText.check(.person, "Скончался известный хирург ⟦Вандерлинд⟧.", language: "ru")
        MarkedText.check(.person, "Автор книги ⟦Вандерлинд⟧ проведёт встречу с читателями.", language: "ru")
        // A noun of a trade opening a sentence is no first name.
        MarkedText.check(.person, "Физик ⟦Торвальдсен⟧ доказал гипотезу, над которой бились полвека.", language: "ru")
        // The genitive of a team or a town after the noun is what it is of, not a person.
        MarkedText.check(.person, "Защитник Фальконы получил травму.", language: "ru")
        // A foreign surname in `-и` after a title and its complement is the holder (`Спикер
        // парламента Фалькетти`); so `Владелец сети Фалькетти`, which could name the chain, is read
        // as its owner (review of session 11: the two cannot be told apart).
        MarkedText.check(.person, "Владелец сети ⟦Фалькетти⟧ продал бизнес.", language: "ru")
    }

    @Test("Verbs of saying in the present tense and more in the past")
    func speechVerbs() {
        MarkedText.check(.person, "«Рынок восстановится», — говорит ⟦Фалькетти⟧.", language: "ru")
        // `пишет` and `написал(а)` are left out: newspapers write too (review of session 11).
        MarkedText.check(.person, "Как пишет Бильд, сделка сорвалась.", language: "ru")
        MarkedText.check(.person, "Как считает ⟦Торвальдсен⟧, рынок восстановится к весне.", language: "ru")
        MarkedText.check(.person, "«Цены вырастут», — предупредил ⟦Вандерлинд⟧.", language: "ru")
        MarkedText.check(.person, "По мнению ⟦Шмоллера⟧, кризис продлится ещё два года.", language: "ru")
        // A body's short name after a verb of the present tense is no person.
        MarkedText.check(.person, "Как считает Минфин, бюджет будет исполнен.", language: "ru")
    }

    @Test("A first name opening a sentence before another person's name is a common noun")
    func commonNounFirstName() {
        MarkedText.check(.person, "Роман ⟦Людмилы Кравцовой⟧ переведён на немецкий язык.", language: "ru")
        MarkedText.check(.person, "⟦Роман Кравцов⟧ переведён в другой отдел.", language: "ru")
    }

    @Test("A noun named after a person opening a sentence is no first name")
    func eponymNouns() {
        MarkedText.check(.person, "Эффект ⟦Вандерлинда⟧ используется в радарах.", language: "ru")
        MarkedText.check(.person, "Теорема ⟦Фалькетти⟧ была доказана в 1994 году.", language: "ru")
    }

    @Test("A plural verb opening a sentence is no first name")
    func pluralVerbAtStart() {
        MarkedText.check(.person, "Голосовали ⟦Кравцов⟧, ⟦Петрова⟧ и ⟦Сидоренко⟧.", language: "ru")
        MarkedText.check(.person, "Выступили ⟦Кравцов⟧ и ⟦Мельникова⟧.", language: "ru")
    }

    @Test("A surname-shaped town after a noun of its residents")
    func residents() {
        MarkedText.check(.person, "Жители Щёлкова и Реутова жалуются на пробки.", language: "ru")
    }

    @Test("Women's nationalities and instrumental agent nouns opening a sentence are no first name")
    func moreAgentNouns() {
        MarkedText.check(.person, "Голландка ⟦Вандерлинд⟧ выиграла забег на 1500 метров.", language: "ru")
        MarkedText.check(.person, "Надежда ⟦Петра Кравцова⟧ на помилование не оправдалась.", language: "ru")
        MarkedText.check(.person, "⟦Вера Кравцова⟧ победила на выборах.", language: "ru")
    }

    @Test("Particle names with цу and German first names ending like adjectives")
    func particles() {
        MarkedText.check(.person, "Бывший министр обороны ⟦Карл-Теодор цу Гуттенбаум⟧ ушёл в отставку.", language: "ru")
        MarkedText.check(.person, "Немецкий дипломат ⟦Ханс-Дитрих фон Бюлинг⟧ прибыл в Берлин.", language: "ru")
    }

    @Test("A man's foreign surname loses the case ending his first name shows")
    func surnameBases() {
        let cases: [(String, String)] = [
            ("Победа над Стефаносом Трипанисом далась нелегко. Матч Стефаноса Трипаниса длился три часа.", "Стефанос Трипанис"),
            ("Суд арестовал Андрея Гольцмана.", "Андрей Гольцман"),
            ("По словам Вандерлинда, сделка будет закрыта.", "Вандерлинд"),
        ]
        for (text, base) in cases {
            let bases = MarkedText.mentions(text, language: "ru").filter { $0.type == .person }.map(\.base)
            #expect(bases.last == base, "in: \(text)")
        }
    }

    @Test("A person's name after a noun of a town's residents is the town")
    func residentsGazetteer() {
        MarkedText.check(.person, "Жители Пушкина пожаловались на состояние дорог.", language: "ru")
    }

    @Test("A foreign surname in -и right after a title is its holder")
    func foreignSurnameAfterTitle() {
        MarkedText.check(.person, "Тренер ⟦Фалькетти⟧ остался недоволен судейством.", language: "ru")
        MarkedText.check(.person, "Глава Роснефти провёл совещание.", language: "ru")
        MarkedText.check(.person, "Директор Третьяковки уволился.", language: "ru")
    }

    @Test("After a noun of a person's words or circle opening a sentence, the unknown word is the person")
    func possessedNouns() {
        MarkedText.check(.person, "Семья ⟦Торвальдсена⟧ переехала в Канаду.", language: "ru")
        MarkedText.check(.person, "Слова ⟦Фалькетти⟧ вызвали бурю в соцсетях.", language: "ru")
        MarkedText.check(.person, "Семья Романовых владела дворцом.", language: "ru")
        MarkedText.check(.person, "Рекорд Фалькетти продержался десять лет.", language: "ru")
        let bases = MarkedText.mentions("Семья Торвальдсена переехала в Канаду.", language: "ru").filter { $0.type == .person }.map(\.base)
        #expect(bases == ["Торвальдсен"])
    }

    @Test("Review of session 11: residents, possessed nouns, plural verbs, role nouns")
    func reviewDefects() {
        // A comma after the residents' noun ends it; a nominative is no town's genitive.
        MarkedText.check(.person, "Обращаясь к жителям, ⟦Путин⟧ пообещал помощь.", language: "ru")
        MarkedText.check(.person, "По просьбе жителей ⟦Иванов⟧ отремонтировал дорогу.", language: "ru")
        MarkedText.check(.person, "Жители Щёлкова и Реутова вышли на акцию.", language: "ru")
        // Nouns that take things too make no person.
        MarkedText.check(.person, "Гибель Титаника потрясла мир.", language: "ru")
        // A first name in `-али` before a surname and a verb in the singular.
        MarkedText.check(.person, "⟦Мухаммедали Абдуллаев⟧ прибыл в Москву.", language: "ru")
        // A genitive in `-и` after a role noun is a place.
        MarkedText.check(.person, "Он уроженец Кандалакши.", language: "ru")
        MarkedText.check(.person, "Форвард ⟦Кварацхелия⟧ забил гол.", language: "ru")
    }
}
