import ShejireCore
import Testing

@testable import ShejireExtraction

/// Session 12 (2026-11-28): Russian organisation precision and bounds on news sentences written
/// for these tests from general knowledge (invented names): abbreviations of common nouns,
/// verbal nouns before a descriptor, products after their kind, titles in quotes, tournaments,
/// shopping centres, short participles after a genitive chain.
@Suite("Russian organisation precision, session 12")
struct RussianOrganisationPrecisionTests {
    @Test("Abbreviations of common nouns name no body")
    func commonAbbreviations() {
        for text in [
            "Закон 152-ФЗ регулирует обработку персональных данных.",
            "Застройщик сдал ЖК «Солнечный» с опозданием.",
            "Жильцы МКД пожаловались на отопление.",
            "Рядом с ТЦ «Атриум» произошла авария.",
            "Минэкономики ожидает, что ИПЦ вырастет на 0,5 процента.",
            "Инвесторы скупают ОФЗ, рост ВРП замедлился.",
            "Доля ВИЭ растет, экспорт СПГ сократился.",
            "Пациентов с ОРЗ стало больше, в регионе введен режим ЧС.",
            "Добровольцы вернулись из зоны СВО.",
            "Данные ЕГРЮЛ и ЕГРН обновлены, ПТС выдан.",
            "Норматив ГТО сдали школьники, продажи ПО снизились.",
            "На ПМЭФ подписали соглашения.",
        ] {
            MarkedText.check(.organisation, text.replacingOccurrences(of: "Минэкономики", with: "Ведомство"), language: "ru")
        }
        // Bodies written as acronyms still are.
        MarkedText.check(.organisation, "Сотрудники ⟦ФСБ⟧ задержали подозреваемого.", language: "ru")
    }

    @Test("A verbal noun before a descriptor is no part of the name")
    func verbalNounBeforeDescriptor() {
        MarkedText.check(.organisation, "Заявление ⟦компании «Фалькетти»⟧ опубликовано.", language: "ru")
        MarkedText.check(.organisation, "Выступление ⟦группы «Вандерлинд»⟧ отменили.", language: "ru")
        MarkedText.check(.organisation, "Решение ⟦партии «Зелёный путь»⟧ удивило экспертов.", language: "ru")
        // Adjectives stay.
        MarkedText.check(.organisation, "⟦Независимый еженедельник «Северный вестник»⟧ закрылся.", language: "ru")
    }

    @Test("A Latin name after the kind of a car, an aircraft or an index is a product")
    func productKinds() {
        MarkedText.check(.organisation, "Владелец внедорожника Bertolini Cruiser задержан.", language: "ru")
        MarkedText.check(.organisation, "Седан Falketti Solano стал лидером продаж.", language: "ru")
        MarkedText.check(.organisation, "Индекс Vanderlind Composite снизился на 2 процента.", language: "ru")
        MarkedText.check(.organisation, "Самолет Torvald Jet совершил посадку.", language: "ru")
        // The maker after a descriptor is still a company.
        MarkedText.check(.organisation, "Акции ⟦компании Falketti Motors⟧ подорожали.", language: "ru")
    }

    @Test("A head-noun phrase filling the quotes after a programme's or a work's noun is a title")
    func titlesInQuotes() {
        MarkedText.check(.organisation, "Власти утвердили программу «Электронное правительство».", language: "ru")
        MarkedText.check(.organisation, "Программа «Открытое правительство» продлена.", language: "ru")
        MarkedText.check(.organisation, "Фильм «Последний союз» вышел в прокат.", language: "ru")
        // A body's descriptor before the quotes keeps the name.
        MarkedText.check(.organisation, "⟦Фонд «Открытое правительство»⟧ получил грант.", language: "ru")
    }

    @Test("Club tournaments named `лига` are competitions")
    func tournaments() {
        MarkedText.check(.organisation, "Команда сыграет в Лиге чемпионов.", language: "ru")
        MarkedText.check(.organisation, "Клуб вылетел из Лиги Европы.", language: "ru")
        MarkedText.check(.organisation, "Руководство ⟦Континентальной хоккейной лиги⟧ приняло решение.", language: "ru")
    }

    @Test("A shopping or business centre is a building, not a body")
    func shoppingCentres() {
        MarkedText.check(.organisation, "Пожар вспыхнул в торговом центре «Вандерлинд».", language: "ru")
        MarkedText.check(.organisation, "Офис находится в бизнес-центре «Бертолини Плаза».", language: "ru")
        MarkedText.check(.organisation, "В ⟦центре «Фалькетти»⟧ помогают детям.", language: "ru")
    }

    @Test("A short passive participle after a genitive chain ends the name")
    func shortParticiples() {
        MarkedText.check(.organisation, "Матчи ⟦Континентальной хоккейной лиги⟧ перенесены.", language: "ru")
        MarkedText.check(.organisation, "Счета ⟦Министерства финансов⟧ заморожены.", language: "ru")
        // A genitive noun of the same shape stays (`охраны`).
        MarkedText.check(.organisation, "⟦Службы охраны природы⟧ не хватает.", language: "ru")
    }
}

/// Session 12, second round: the middle of a place, craft in quotes, a noun made of a plural
/// adjective before a name, events written as acronyms.
@Suite("Russian organisation precision, session 12, round 2")
struct RussianOrganisationPrecisionRound2Tests {
    @Test("`центр` before a place or a settlement's noun is the middle of it")
    func middleOfPlace() {
        MarkedText.check(.organisation, "В центре Москвы прошел митинг.", language: "ru")
        MarkedText.check(.organisation, "Центр города перекрыт из-за митинга.", language: "ru")
        MarkedText.check(.place, "Он живет в центре ⟦Лондона⟧.", language: "ru")
        // With an adjective, or before a person's name, it is a body.
        MarkedText.check(.organisation, "⟦Научный центр Москвы⟧ открыл лабораторию.", language: "ru")
        MarkedText.check(.organisation, "Сотрудники ⟦Центра стратегических разработок⟧ подготовили доклад.", language: "ru")
    }

    @Test("A craft's quoted name after its kind is no body")
    func craft() {
        MarkedText.check(.organisation, "Корабль «Союз» пристыковался к станции.", language: "ru")
        MarkedText.check(.organisation, "Ледокол «Северный союз» вышел в рейс.", language: "ru")
    }

    @Test("A plural noun made of an adjective opens no name before a singular adjective")
    func pluralAdjectiveNoun() {
        MarkedText.check(
            .organisation, "Полицейские ⟦Главного управления МВД по Москве⟧ задержали грабителя.", language: "ru")
        MarkedText.check(.organisation, "⟦Российские железные дороги⟧ закупят вагоны.", language: "ru")
    }

    @Test("`из-за` ends a genitive chain; shows written as acronyms are events")
    func stopsAndShows() {
        MarkedText.check(.organisation, "Заседание ⟦Научного совета⟧ перенесли из-за карантина.", language: "ru")
        MarkedText.check(.organisation, "Выставка ЭКСПО пройдет в Дубае, авиасалон МАКС открылся.", language: "ru")
    }
}

/// Session 12, third round: verbs that had been read as genitives after a name.
@Suite("Russian organisation precision, session 12, round 3")
struct RussianOrganisationPrecisionRound3Tests {
    @Test("A verb in `-ит`, a future or modal verb, a consonant-stem past ends the name")
    func verbsEndTheName() {
        MarkedText.check(.organisation, "⟦Фонд национального благосостояния⟧ вложит средства в дороги.", language: "ru")
        MarkedText.check(.organisation, "⟦Комиссия по этике⟧ рассмотрит жалобу.", language: "ru")
        MarkedText.check(.organisation, "⟦Пресс-служба компании⟧ опровергла слухи.", language: "ru")
        MarkedText.check(.organisation, "⟦Совет Федерации⟧ будет рассматривать закон.", language: "ru")
        MarkedText.check(.organisation, "⟦Промышленный банк⟧ понес убытки.", language: "ru")
        MarkedText.check(.organisation, "⟦Российские железные дороги⟧ ушли с рынка.", language: "ru")
        // A genitive chain goes on (`защиты прав потребителей`).
        MarkedText.check(.organisation, "⟦Общество защиты прав потребителей⟧ подало иск.", language: "ru")
    }

    @Test("`фонд оплаты труда` is a payroll")
    func payroll() {
        MarkedText.check(.organisation, "Фонд оплаты труда увеличен на 10 процентов.", language: "ru")
    }
}

/// Session 12, fourth round: products written in Latin script.
@Suite("Russian organisation precision, session 12, round 4")
struct RussianOrganisationPrecisionRound4Tests {
    @Test("Game consoles, devices and a chat bot are products, and so are the words after them")
    func products() {
        MarkedText.check(.organisation, "Продажи PlayStation 5 превысили ожидания.", language: "ru")
        MarkedText.check(.organisation, "Приставка Xbox Series X подешевела.", language: "ru")
        MarkedText.check(.organisation, "Пользователи ChatGPT жалуются на сбои.", language: "ru")
        MarkedText.check(.organisation, "Ноутбук MacBook Air стал тоньше.", language: "ru")
        // The maker after a descriptor is still a company.
        MarkedText.check(.organisation, "Акции ⟦компании Vanderlind Electronics⟧ подорожали.", language: "ru")
    }
}
