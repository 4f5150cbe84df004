import ShejireCore
import ShejireText
import Testing

@testable import ShejireExtraction

/// Session 10 (2026-11-27): Russian organisation bounds and common phrases that name no body;
/// on sentences written for these tests.
@Suite("Russian organisation bounds")
struct RussianOrganisationBoundsTests {
    @Test("A site is where a body writes: the name alone, unless it is the site's address")
    func siteNouns() {
        MarkedText.check(.organisation, "Об этом написано на сайте ⟦Habrahabr⟧ в понедельник.", language: "ru")
        MarkedText.check(.organisation, "Вакансии опубликованы на сайте ⟦Bloomberg⟧.", language: "ru")
        MarkedText.check(.organisation, "Об этом сообщили на ⟦сайте Fontanka.ru⟧ вечером.", language: "ru")
        #expect(OrganisationRule.isDomainName(at: 0, Tokenizer.tokenize("Fontanka.ru сообщила")))
    }

    @Test("A group of companies is one body with its name")
    func groupOfCompanies() {
        MarkedText.check(.organisation, "Акции ⟦группы компаний Sistema⟧ выросли.", language: "ru")
        MarkedText.check(.organisation, "Он возглавил совет директоров ⟦группы компаний «Стройинвест»⟧.", language: "ru")
    }

    @Test("A unit's noun and the body's name after it are one name")
    func subUnits() {
        MarkedText.check(
            .organisation, "Сотрудники ⟦петербургского отделения движения «Весна»⟧ провели пикет.", language: "ru")
        MarkedText.check(
            .organisation, "Банк купил долю в ⟦немецком отделении Credit Suisse⟧ в прошлом году.", language: "ru")
    }

    @Test("Coordinated genitive plurals stay in one name (`серверов и сетей`)")
    func coordinatedPlurals() {
        MarkedText.check(.organisation, "— сказал глава ⟦отдела облачных серверов и сетей IBM⟧.", language: "ru")
        #expect(HeadNounPhrase.isGenitivePluralNoun("сетей"))
        #expect(!HeadNounPhrase.isGenitivePluralNoun("рабочей"))
        #expect(!HeadNounPhrase.isGenitivePluralNoun("облачных"))
    }

    @Test("Being governed, a title's first words and a product's service name no body")
    func commonPhrases() {
        MarkedText.check(.organisation, "Город долго оставался под британским управлением.", language: "ru")
        MarkedText.check(.organisation, "Участники обсудили программу «Открытое общество — путь вперёд».", language: "ru")
        MarkedText.check(.organisation, "Грант выделил ⟦фонд «Открытое общество»⟧.", language: "ru")
        MarkedText.check(.organisation, "Приложение появилось в Chrome Web Store вчера.", language: "ru")
        MarkedText.check(.organisation, "Игра вышла для Windows Phone осенью.", language: "ru")
    }

    @Test("A capitalised name in the genitive after a piece of writing is an outlet, even on a title")
    func mediaAfterPieces() {
        // The quoted title after the outlet is no organisation either.
        MarkedText.check(.organisation, "Подробнее читайте в статье ⟦Сельского вестника⟧ «Лето без дождей».", language: "ru")
        MarkedText.check(.organisation, "Об этом он рассказал в интервью ⟦Московского комсомольца⟧.", language: "ru")
        MarkedText.check(.organisation, "Наказание предусмотрено в статье Уголовного кодекса о краже.", language: "ru")
    }

    @Test("A quoted name after a verb of reporting, an interview or a source is an outlet")
    func quotedOutlets() {
        MarkedText.check(.organisation, "Об этом сообщает «⟦Вечерний курьер⟧».", language: "ru")
        MarkedText.check(.organisation, "Как пишет «⟦Северная правда⟧», мост откроют в мае.", language: "ru")
        MarkedText.check(.organisation, "Он сказал в интервью «⟦Новым известиям⟧», что уходит.", language: "ru")
        MarkedText.check(.organisation, "Сумму сделки источники «⟦Деловой недели⟧» не раскрывают.", language: "ru")
        // A place inside belongs to the name; quoted speech is no name.
        MarkedText.check(.organisation, "Как сообщает «⟦Новый Регион — Казань⟧», мост открыт.", language: "ru")
        MarkedText.check(.organisation, "Она сообщила «Мы уходим» и вышла.", language: "ru")
    }
}
