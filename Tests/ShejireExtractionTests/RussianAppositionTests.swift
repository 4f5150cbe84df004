import ShejireCore
import Testing

@testable import ShejireExtraction

/// Session 10 (2026-11-27): a business's or a publication's Cyrillic name in apposition after
/// its kind (`компания Форд`); on sentences written for these tests, with names no gazetteer lists.
@Suite("Russian organisation names in apposition")
struct RussianAppositionTests {
    @Test("A kind of business and a capitalised name in the nominative are one organisation")
    func apposition() {
        MarkedText.check(.organisation, "Акции ⟦компании Фалькетти⟧ упали.", language: "ru")
        MarkedText.check(.organisation, "⟦Фирма Бертолини⟧ поставляет оборудование.", language: "ru")
        MarkedText.check(.organisation, "⟦Издательство Вандерлинд⟧ выпустило книгу.", language: "ru")
        MarkedText.check(.organisation, "Контракт получил ⟦банк Ротшильд⟧.", language: "ru")
        // Adjectives before the kind are in the name, and since session 13 a country's adjective
        // too, as factRuEval spans it (`Российский фонд DST`).
        MarkedText.check(.organisation, "Заказ получила ⟦строительная компания Вандерлинд⟧.", language: "ru")
        MarkedText.check(.organisation, "⟦Итальянская компания Бертолини⟧ закрыла завод.", language: "ru")
    }

    @Test("The name is the organisation's name; a lone word read as a person gives way")
    func nameAndPerson() {
        let mentions = MarkedText.mentions("Акции компании Фалькетти упали.", language: "ru")
        #expect(mentions.first { $0.type == .organisation }?.name == "Фалькетти")
        #expect(!mentions.contains { $0.type == .person })
    }

    @Test("Not a name in apposition: an owner in the genitive, a person's full name, a lower-case word")
    func notApposition() {
        MarkedText.check(.organisation, "Акции компании Вандерлинда упали.", language: "ru")
        MarkedText.check(.person, "Работник экспедиторской фирмы ⟦Давид Мирианашвали⟧ не согласен.", language: "ru")
        MarkedText.check(.organisation, "Компания Вчера объявила о банкротстве.", language: "ru")
    }

    @Test("English: capitalised words before a legal form are a company, the legal form in its name")
    func englishLegalForms() {
        MarkedText.check(.organisation, "The company ⟦Fordham Ltd⟧ signed a deal.", language: "en")
        MarkedText.check(.organisation, "Shares of ⟦Vanderlind Inc⟧ fell on Monday.", language: "en")
        MarkedText.check(.organisation, "⟦Bertolini Holding GmbH⟧ opened a plant.", language: "en")
    }
}
