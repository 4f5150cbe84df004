import ShejireCore
import Testing

@testable import ShejireExtraction

/// Session 13 (2026-11-28): Russian organisations in news sentences written for these tests
/// from general knowledge (invented names): a country's or a city's adjective before a name,
/// Latin brands in lower case or with a number written on, sites in lower case, a trade
/// union's name in apposition, Wikinews.
@Suite("Russian organisations, session 13")
struct OrganisationsSession13Tests {
    @Test("A country's or a city's adjective before a descriptor phrase is in the name")
    func placeAdjectiveBeforeDescriptor() {
        MarkedText.check(.organisation, "Концерт пройдёт на сцене ⟦московского клуба «Вандерлинд»⟧ в субботу.", language: "ru")
        MarkedText.check(.organisation, "Солист ⟦казанской группы «Торвальдсен»⟧ выпустил альбом.", language: "ru")
        MarkedText.check(.organisation, "⟦Российский фонд Falketti Capital⟧ купил акции компании.", language: "ru")
        MarkedText.check(.organisation, "Сделку одобрила ⟦американская компания Bertolini Systems⟧.", language: "ru")
        // Kinds and judgements stay out or in as before.
        MarkedText.check(.organisation, "Депутаты ⟦политической партии «Светлый путь»⟧ проголосовали против.", language: "ru")
    }

    @Test("A country's or a city's adjective right before a known or quoted name is in the name")
    func placeAdjectiveBeforeName() {
        MarkedText.check(.organisation, "Нападающий ⟦лондонского Арсенала⟧ получил травму.", language: "ru")
        MarkedText.check(.organisation, "Акции ⟦российского Газпрома⟧ подешевели.", language: "ru")
        MarkedText.check(.organisation, "Лидер ⟦ленинградского «Вандерлинда»⟧ дал интервью.", language: "ru")
        MarkedText.check(.organisation, "Сотрудники ⟦американской Google⟧ вышли на забастовку.", language: "ru")
        // At a sentence's start the adjective is capitalised and no rule of this kind applies;
        // a kind's adjective (`-ческ-`) is not a place's.
        MarkedText.check(.organisation, "Журналисты ⟦Би-би-си⟧ сообщили о пожаре.", language: "ru")
    }

    @Test("A city's adjective before a region's name is a club named after the region")
    func clubsNamedAfterRegions() {
        MarkedText.check(.organisation, "Полузащитник ⟦мюнхенской Баварии⟧ забил гол.", language: "ru")
        // A country's adjective before a region is the region.
        MarkedText.check(.organisation, "В испанской Каталонии прошли выборы.", language: "ru")
        MarkedText.check(.place, "В испанской ⟦Каталонии⟧ прошли выборы.", language: "ru")
    }

    @Test("Latin brands in lower case or with a number written on are organisations")
    func latinBrands() {
        MarkedText.check(.organisation, "Согласно ⟦falkScore⟧, аудитория сервиса выросла на треть.", language: "ru")
        MarkedText.check(.organisation, "Аналитики ⟦eVanderlind⟧ ожидают роста рынка.", language: "ru")
        MarkedText.check(
            .organisation, "⟦Компания Bertolini⟧ объявила о покупке ⟦3Torvald⟧ за 2 млрд долларов.", language: "ru")
        // Products in `i-`, units, models after a number with a space, `3D` are not.
        MarkedText.check(.organisation, "Новый iPhone и 3D-принтер показали на выставке.", language: "ru")
        MarkedText.check(.organisation, "Мощность составила 5 kWh, а модель 737 Max снова летает.", language: "ru")
    }

    @Test("A site's address in lower case is the outlet")
    func lowerCaseSites() {
        MarkedText.check(.organisation, "Об этом сообщает ⟦vanderlind.ru⟧ со ссылкой на источники.", language: "ru")
        MarkedText.check(.organisation, "Как пишет ⟦falketti-news.com⟧, сделка закрыта.", language: "ru")
        // Part of a longer address written on a number is no name of its own.
        MarkedText.check(.organisation, "Оператор присоединится к проекту 0.torvald.com в мае.", language: "ru")
    }

    @Test("A shop or a restaurant with its quoted name is an organisation, with its adjectives")
    func shopsAndRestaurants() {
        MarkedText.check(.organisation, "Лекция состоится в ⟦книжном магазине «Вандерлинд»⟧ в субботу.", language: "ru")
        MarkedText.check(.organisation, "Ужин прошёл в ⟦ресторане «Торвальдсен»⟧ вчера.", language: "ru")
        MarkedText.check(.organisation, "Покупатели ⟦магазина «Фалькетти»⟧ жалуются на цены.", language: "ru")
    }

    @Test("A trade union takes its name in apposition")
    func tradeUnion() {
        MarkedText.check(.organisation, "⟦Профсоюз Вандерлинд⟧ поддержал забастовку рабочих.", language: "ru")
    }

    @Test("An administration or a government named by its leader is one organisation")
    func leaderBodies() {
        MarkedText.check(.organisation, "⟦Администрация Джона Вандерлинда⟧ объявила о новых санкциях.", language: "ru")
        MarkedText.check(.organisation, "⟦Правительство Фалькетти⟧ ушло в отставку.", language: "ru")
        MarkedText.check(
            .organisation, "В 2009 году ⟦администрация президента Обамы⟧ внесла его в список.", language: "ru")
        // The leader is the owner.
        let mentions = MarkedText.mentions("Администрация Джона Вандерлинда объявила о санкциях.", language: "ru")
        #expect(mentions.first { $0.type == .organisation }?.attributes["of"] != nil)
        // A person in the nominative after the head is another phrase (`Глава администрации Петров`).
        MarkedText.check(.organisation, "Глава ⟦администрации⟧ Вандерлинд подписал указ.", language: "ru")
    }

    @Test("The cabinet of ministers needs an owner")
    func cabinet() {
        MarkedText.check(.organisation, "⟦Кабинет министров Украины⟧ ушёл в отставку.", language: "ru")
        MarkedText.check(.organisation, "Решение кабинета министров вызвало критику.", language: "ru")
        MarkedText.check(.organisation, "Он зашёл в кабинет Вандерлинда.", language: "ru")
    }

    @Test("Parties in the genitive, quoted or not")
    func parties() {
        MarkedText.check(.organisation, "Инициатива «⟦Яблока⟧» оказалась неожиданной.", language: "ru")
        MarkedText.check(.organisation, "Депутаты «⟦Единой России⟧» поддержали законопроект.", language: "ru")
        MarkedText.check(.organisation, "Представители «⟦Справедливой России⟧» покинули зал.", language: "ru")
    }

    @Test("Wikinews is an outlet in every case")
    func wikinews() {
        MarkedText.check(.organisation, "Рабочий рассказал ⟦Викиновостям⟧, что завод закроют.", language: "ru")
        MarkedText.check(.organisation, "По данным ⟦Викиновостей⟧, забастовка продолжается.", language: "ru")
    }
}
