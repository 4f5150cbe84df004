import ShejireCore
import ShejireText
import Testing

@testable import ShejireExtraction

/// Session 7 (2026-11-27): Russian organisation and place names of world news (national teams,
/// agencies written with their kind, ministries by short name, spacecraft, plural-only country
/// names); on sentences written for these tests.
@Suite("Russian news names")
struct RussianNewsNamesTests {
    @Test("Morphology: the genitive plural of a plural-only name reads back to its nominative")
    func pluralGenitive() {
        #expect(RussianMorphology.candidateBases("нидерландов").contains("нидерланды"))
        #expect(RussianMorphology.candidateBases("штатов").contains("штаты"))
        // A surname in -ов stays first: the nominative reading is the word itself.
        #expect(RussianMorphology.candidateBases("иванов").first == "иванов")
        // The neuter instrumental of a noun in -о (`озером` -> `озеро`).
        #expect(RussianMorphology.candidateBases("озером").contains("озеро"))
    }

    @Test("Places: plural-only countries in the genitive are places, not surnames")
    func pluralCountries() {
        MarkedText.check(.place, "Больше всего заявок пришло из ⟦Нидерландов⟧ и ⟦Бельгии⟧.", language: "ru")
        MarkedText.check(.person, "Больше всего заявок пришло из Нидерландов и Бельгии.", language: "ru")
    }

    @Test("Organisations: a national team with its country and sport")
    func nationalTeams() {
        MarkedText.check(.organisation, "В ⟦сборную России по бобслею и скелетону⟧ объявлен набор.", language: "ru")
        MarkedText.check(.organisation, "После ничьей ⟦сборная Бразилии⟧ потеряла два очка.", language: "ru")
    }

    @Test("Organisations: a kind of body written as an acronym before a quoted name is part of the name")
    func acronymBeforeQuotedName() {
        MarkedText.check(.organisation, "Об этом сообщает ⟦РИА «Новости»⟧.", language: "ru")
        MarkedText.check(.organisation, "Гол забил нападающий ⟦ФК «Кайрат»⟧.", language: "ru")
        MarkedText.check(.organisation, "Вода поступает на станцию ⟦ГУП «Водоканал»⟧.", language: "ru")
        let mentions = MarkedText.mentions("Об этом сообщает РИА «Новости».", language: "ru")
        #expect(mentions.first { $0.type == .organisation }?.entity == "org:ria-novosti")
    }

    @Test("Organisations: ministries by their short names, parliaments, operators written in quotes")
    func shortNames() {
        MarkedText.check(.organisation, "Глава ⟦Минсвязи⟧ отметил, что ⟦Минздрав⟧ согласен.", language: "ru")
        MarkedText.check(.organisation, "⟦МТС⟧, «⟦Вымпелком⟧» и «⟦Мегафон⟧» снизили цены.", language: "ru")
        // A megaphone is no operator: the name is matched in its own case only.
        MarkedText.check(.organisation, "Полицейский взял мегафон и обратился к толпе.", language: "ru")
        MarkedText.check(.organisation, "Выборы в ⟦Бундестаг⟧ прошли спокойно.", language: "ru")
    }

    @Test("Organisations: a name before a model designation is a craft, not an organisation")
    func craftNames() {
        MarkedText.check(.organisation, "Утром в степи приземлился «Союз ТМА-7».", language: "ru")
        MarkedText.check(.organisation, "К станции пристыковался Прогресс М-56.", language: "ru")
        MarkedText.check(.place, "Экипаж вернулся с ⟦МКС⟧ на корабле «Союз ТМА-7».", language: "ru")
    }

    @Test("Organisations: a quoted name glossed in Latin keeps its type; a Latin run may be long")
    func latinGlosses() {
        let mentions = MarkedText.mentions("Газета «Коррьере делла Сера» (Corriere della Sera) пишет о выборах.", language: "ru")
        #expect(mentions.filter { $0.type == .person }.isEmpty)
        #expect(mentions.contains { $0.type == .organisation && $0.text == "Corriere della Sera" })
        MarkedText.check(
            .organisation, "Список приведён на странице ⟦организации EURid⟧ (⟦The European Registry of Internet Domain Names⟧).",
            language: "ru")
    }

    @Test("Organisations: soft feminine adjectives before the head are in the name")
    func softAdjectives() {
        MarkedText.check(.organisation, "Письма пришли от ⟦Социалистической рабочей партии Британии⟧.", language: "ru")
        #expect(HeadNounPhrase.isSoftAdjective("рабочей"))
        #expect(HeadNounPhrase.isSoftAdjective("внешней"))
        #expect(!HeadNounPhrase.isSoftAdjective("музей"))
        #expect(!HeadNounPhrase.isSoftAdjective("людей"))
    }

    @Test("Organisations: a press office is a body, with its owner")
    func pressOffices() {
        MarkedText.check(.organisation, "Об этом сообщила ⟦пресс-служба президента Украины⟧.", language: "ru")
        MarkedText.check(.organisation, "⟦Пресс-центр МВД⟧ опроверг слухи.", language: "ru")
    }

    @Test("Organisations: a verb in the present tense ends the genitive chain of a name")
    func presentTenseEndsName() {
        MarkedText.check(.organisation, "Скандал: ⟦Омский театр драмы⟧ оставляет своего директора без работы.", language: "ru")
        MarkedText.check(.organisation, "⟦Национальный банк Украины⟧ рекомендует банкам снизить ставки.", language: "ru")
    }

    @Test("Organisations: a participle used as a title stays out of the company's name")
    func participleTitles() {
        MarkedText.check(.organisation, "Пётр Сидоров, управляющий ⟦компанией FaceCash⟧, выступил против.", language: "ru")
    }

    @Test("Places: a quoted name after an airport or a stadium, and a compass adjective before a known place")
    func placeNames() {
        MarkedText.check(.place, "Самолёт приземлился в ⟦столичном аэропорту «Домодедово»⟧.", language: "ru")
        MarkedText.check(.place, "Финал пройдёт на ⟦стадионе «Лужники»⟧.", language: "ru")
        MarkedText.check(.place, "⟦Израиль⟧ не вернёт ⟦Восточный Иерусалим⟧.", language: "ru")
        MarkedText.check(.place, "Товары везут из ⟦западной Европы⟧.", language: "ru")
        MarkedText.check(.place, "Самолёты столкнулись над ⟦Боденским озером⟧.", language: "ru")
    }

    @Test("People: a lone first name in the prepositional after в is a place's nickname, a full name is a person")
    func firstNameAfterV() {
        MarkedText.check(.person, "Верю, в Питере никогда не было чинопочитания.", language: "ru")
        MarkedText.check(.person, "Посол ⟦Питер Семнеби⟧ прибыл в Тбилиси.", language: "ru")
        MarkedText.check(.person, "⟦Йоахим Лёв⟧ остался тренером.", language: "ru")
    }

    @Test("Events: a genitive place after a lower-case event head stays a place")
    func eventPlaces() {
        MarkedText.check(.place, "Оппозиция требует прямых выборов глав регионов ⟦России⟧.", language: "ru")
        MarkedText.check(.place, "Он стал чемпионом ⟦Европы⟧ в 1960 году.", language: "ru")
    }
}

/// Session 7: Russian speakers of no known name shape, and particles written with a hyphen.
@Suite("Russian speakers")
struct RussianSpeakerTests {
    @Test("People: an unknown word next to a verb of saying is the person speaking")
    func speakers() {
        MarkedText.check(.person, "«Мы готовы к матчу», — заявил ⟦Крамник⟧.", language: "ru")
        MarkedText.check(.person, "Матч был трудным, а ⟦Проди⟧ сказал, что доволен.", language: "ru")
        // Whom he told is no speaker; nor is a capitalised common noun opening a sentence.
        MarkedText.check(.person, "⟦Марк⟧ рассказал Викиновостям о письмах.", language: "ru")
        MarkedText.check(.person, "Источник сообщил об аресте.", language: "ru")
        // An organisation speaks in the neuter or the plural.
        MarkedText.check(.person, "Об этом, как сообщило Минобороны, известно давно.", language: "ru")
    }

    @Test("People: particles and adverbs written with a hyphen are no names")
    func hyphenParticles() {
        MarkedText.check(.person, "Всё-таки ⟦Романо Проди⟧ победил на выборах.", language: "ru")
        MarkedText.check(.person, "По-прежнему Кто-то звонит.", language: "ru")
    }
}

/// Session 7: acronyms written with lower-case letters, and the descriptor before an acronym.
@Suite("Russian acronyms")
struct RussianAcronymTests {
    @Test("Organisations: a mixed-case acronym ending in a capital is an acronym; a name in camel case is not")
    func mixedCase() {
        #expect(OrganisationRule.isMixedCaseAcronym("БелТА"))
        #expect(OrganisationRule.isMixedCaseAcronym("ЕврАзЭС"))
        #expect(!OrganisationRule.isMixedCaseAcronym("ДиКаприо"))
        #expect(!OrganisationRule.isMixedCaseAcronym("МакДональдс"))
        #expect(!OrganisationRule.isMixedCaseAcronym("ТАСС"))
    }

    @Test("Organisations: a descriptor and its adjectives before an acronym are in the span, a site is not")
    func descriptorBeforeAcronym() {
        MarkedText.check(
            .organisation, "Согласно сообщению ⟦государственного информационного агентства БелТА⟧, суд отложен.", language: "ru")
        MarkedText.check(.organisation, "Интервью опубликовано на сайте ⟦РТС⟧.", language: "ru")
    }

    @Test("Organisations: acronyms of software, codes of law and championships are no organisations")
    func commonNounAcronyms() {
        MarkedText.check(.organisation, "Игру выпустят для мобильной ОС, а статья 105 УК и КоАП не изменятся.", language: "ru")
        MarkedText.check(.organisation, "Перед ЧМ и ОИ сборная провела сборы в ⟦ЦСКА⟧.", language: "ru")
    }

    @Test("Organisations: Latin names of products in a list or after their maker, mottos, channel numbers")
    func latinProductsAndMottos() {
        MarkedText.check(.organisation, "Студия выпустила продолжение игр Farmland и Cityland.", language: "ru")
        MarkedText.check(
            .organisation, "Канал покажет много сериалов, таких как, например, The Silent Garden и Night Watch.", language: "ru")
        MarkedText.check(.organisation, "На конвейер встали новые автомобили ⟦АЗЛК⟧ Vento.", language: "ru")
        // Through a list only a work's noun makes products: after a device's noun come makers.
        MarkedText.check(.organisation, "Продажи смартфонов Quorblex и ⟦Zentrix⟧ выросли.", language: "ru")
        MarkedText.check(.organisation, "Команда выступает под девизом Never Give Up.", language: "ru")
        MarkedText.check(.organisation, "Матчи покажут ⟦Channel 4⟧ и ⟦Quorblex Media⟧.", language: "ru")
        MarkedText.check(.organisation, "Руководитель проекта Quorblex works выступил первым.", language: "ru")
        MarkedText.check(.organisation, "Форум прошёл под лозунгом «Мы вместе строим будущее» (WE BUILD TOGETHER).", language: "ru")
        MarkedText.check(.organisation, "Сделка касается ⟦компаний Oracle⟧ и ⟦Quorblex Systems⟧.", language: "ru")
    }

    @Test("Organisations: an acronym the text spells out as a common noun phrase names no body")
    func spelledOutAcronyms() {
        MarkedText.check(.organisation, "Депутаты обсудили налог на цифровые услуги (НЦУ). Ставку НЦУ повысят.", language: "ru")
        let mentions = MarkedText.mentions("Отчёт подготовило министерство цифрового развития (МЦР).", language: "ru")
        #expect(mentions.contains { $0.type == .organisation && $0.text.contains("МЦР") })
    }

    @Test("Organisations: a plural lower-case body after a title names no one body")
    func commonBodiesAfterTitles() {
        MarkedText.check(.organisation, "В саммите примут участие главы правительств пятидесяти стран.", language: "ru")
        MarkedText.check(.organisation, "Число представителей радикальных организаций выросло.", language: "ru")
    }

    @Test("Organisations: an acronym no rule knows is the owner of a lower-case body before it")
    func unknownAcronymOwners() {
        MarkedText.check(.organisation, "Делегаты ⟦международной федерации керлинга ВФК⟧ собрались в Берне.", language: "ru")
    }

    @Test("Organisations: a convocation, the national team of the country, a soft adjective before a second body")
    func convocationsAndTeams() {
        MarkedText.check(.organisation, "Об этом заявили демократы ⟦Палаты представителей 112 созыва⟧.", language: "ru")
        MarkedText.check(.organisation, "Тренер назвал состав ⟦сборной страны по керлингу⟧.", language: "ru")
        let mentions = MarkedText.mentions("Он член Общественной палаты и внешней рабочей группы по экологии.", language: "ru")
        #expect(mentions.contains { $0.type == .organisation && $0.text == "Общественной палаты" })
        #expect(!mentions.contains { $0.text.contains("палаты и") })
    }
}

/// Session 8 (2026-11-27): one-word foreign surnames by their context (a title before them,
/// `по словам`, coordination with a person), and trade nouns opening a sentence.
@Suite("Russian one-word names in context")
struct RussianOneWordNameTests {
    @Test("People: an unknown word after a title, with or without what the title is of, is its holder")
    func afterTitle() {
        MarkedText.check(.person, "Вчера канцлер ⟦Шольтен⟧ прилетел в Париж.", language: "ru")
        MarkedText.check(.person, "Премьер Италии ⟦Бертолини⟧ подал в отставку.", language: "ru")
        MarkedText.check(.person, "Спикер палаты представителей ⟦Бонер⟧ объявил о новой программе.", language: "ru")
        MarkedText.check(.person, "На поле вышел тренер сборной России ⟦Вандерлинд⟧.", language: "ru")
        let mentions = MarkedText.mentions("Премьер Италии Бертолини подал в отставку.", language: "ru")
        #expect(mentions.first { $0.type == .person }?.name == "Бертолини")
        // Found once by its title, the surname is the same person elsewhere in the document.
        MarkedText.check(.person, "Вчера канцлер ⟦Шольтен⟧ прилетел в Париж. Программу визита ⟦Шольтена⟧ обсудили заранее.", language: "ru")
        let later = MarkedText.mentions("Вчера канцлер Шольтен прилетел в Париж. Программу визита Шольтена обсудили заранее.", language: "ru")
            .filter { $0.type == .person }
        #expect(later.count == 2 && later[0].entity == later[1].entity)
    }

    @Test("People: a genitive after a title or its lower-case words is what the title is of, not a person")
    func titleComplements() {
        MarkedText.check(.person, "Вчера глава Роснефти прилетел в Париж.", language: "ru")
        MarkedText.check(.person, "Заявление сделал председатель совета Федерации.", language: "ru")
        MarkedText.check(.person, "Об этом рассказал министр Иностранных дел.", language: "ru")
        MarkedText.check(.person, "Вчера президент Сколково выступил с докладом.", language: "ru")
        // A preposition ends what the title is of: `в Брюсселе` is where, not who.
        MarkedText.check(.person, "Посол находится в Брюсселе.", language: "ru")
    }

    @Test("People: an unknown word opening a sentence before a verb of saying is a person; a common noun or a body is not")
    func speakerAtSentenceStart() {
        MarkedText.check(.person, "⟦Вандерлинд⟧ объявил, что цель нового Конгресса – вернуть управление.", language: "ru")
        MarkedText.check(.person, "⟦Бертолини⟧ заявил: переговоры продолжатся.", language: "ru")
        MarkedText.check(.person, "Источник сообщил, что сделка закрыта.", language: "ru")
        MarkedText.check(.person, "Эксперт отметил, что рынок растёт.", language: "ru")
        MarkedText.check(.person, "Росавтодор сообщил, что трасса открыта.", language: "ru")
        MarkedText.check(.person, "Пресс-служба сообщила, что встреча отменена.", language: "ru")
        // Written in lower case elsewhere in the document, the word is a common noun.
        MarkedText.check(.person, "Регулятор заявил, что ставка не изменится. Решение принял регулятор рынка.", language: "ru")
        // A capitalised word after the verb is the one spoken to.
        MarkedText.check(.person, "Суд объявил ⟦Вандерлинду⟧ приговор.", language: "ru")
    }

    @Test("People: a noun of a person's words, acts or circle opening a sentence is no part of the name after it")
    func possessedNounsAtStart() {
        MarkedText.check(.person, "Ответ ⟦Вандерлинда⟧ последовал незамедлительно.", language: "ru")
        // Session 11: the unknown word after such a noun is the person (`followsPersonPossessedNoun`).
        MarkedText.check(.person, "Слова ⟦Фалькетти⟧ вызвали споры.", language: "ru")
    }

    @Test("People: Ukrainian, Romanian, Greek, Lithuanian, Spanish, Swedish and Turkish surname endings are surname shapes; short words so ending are not")
    func moreSurnameShapes() {
        MarkedText.check(.person, "Вчера ⟦Ковальчук⟧ и ⟦Мартынюк⟧ подписали договор.", language: "ru")
        MarkedText.check(.person, "Митинг закончился, и ⟦Шевчука⟧ поддержали.", language: "ru")
        MarkedText.check(.person, "Режим ⟦Чаушеску⟧ пал в 1989 году.", language: "ru")
        MarkedText.check(.person, "Вчера Жук и Паук встретились.", language: "ru")
        MarkedText.check(.person, "Вчера ⟦Робертсон⟧ и ⟦Карлссон⟧ подписали договор, а ⟦Бразаускас⟧ ушёл.", language: "ru")
        MarkedText.check(.person, "Гол забил ⟦Фернандес⟧, а ⟦Родригес⟧ промахнулся. ⟦Оливейра⟧ встретился с ⟦Гонсалесом⟧.", language: "ru")
        MarkedText.check(.person, "Все пели в унисон, и Хор пел.", language: "ru")
    }

    @Test("People and places: a city that is also a first name opens a name before a capitalised word; alone it is the city")
    func cityFirstNames() {
        MarkedText.check(.person, "Вчера ⟦София Ротару⟧ дала концерт в Софии.", language: "ru")
        MarkedText.check(.place, "Вчера София Ротару дала концерт в ⟦Софии⟧.", language: "ru")
        MarkedText.check(.person, "Стадион назван в честь ⟦Сантьяго Бернабеу⟧.", language: "ru")
        MarkedText.check(.person, "⟦Марсель Дезайи⟧ приехал в Марсель.", language: "ru")
        MarkedText.check(.place, "Марсель Дезайи приехал в ⟦Марсель⟧.", language: "ru")
        // After `в`, the city stays a place even before a capitalised word.
        MarkedText.check(.place, "Вчера в ⟦Софии⟧ Петров выступил с речью.", language: "ru")
        MarkedText.check(.person, "Вчера в Софии ⟦Петров⟧ выступил с речью.", language: "ru")
    }

    @Test("People: a city after a known first name in the same case is a surname; after a preposition of place it is the city")
    func citySurnames() {
        MarkedText.check(.person, "Портрет написал ⟦Джордж Вашингтон⟧.", language: "ru")
        MarkedText.check(.person, "Книгу написал ⟦Джек Лондон⟧, а потом он уехал из Лондона.", language: "ru")
        MarkedText.check(.place, "Книгу написал Джек Лондон, а потом он уехал из ⟦Лондона⟧.", language: "ru")
        MarkedText.check(.person, "Письмо ⟦Джорджа Вашингтона⟧ продали.", language: "ru")
        // Different cases: the first name and the city are two mentions.
        MarkedText.check(.place, "Вчера Ирина ⟦Москвой⟧ любовалась.", language: "ru")
    }

    @Test("People: a blogger's user name in Latin letters after блогер, ником or пользователь (and a platform) is a person")
    func bloggerUserNames() {
        MarkedText.check(.person, "Пользователь ЖЖ ⟦zyalt⟧ сообщает, что среди задержанных оказался депутат.", language: "ru")
        MarkedText.check(.person, "Как пишет блогер ⟦drugoi⟧, митинг закончился.", language: "ru")
        MarkedText.check(.person, "Сайт ЖЖ lenta работает.", language: "ru")
    }

    @Test("Review of session 9: imperatives, products, a title's city, trade nouns and the next person stay out of the new rules")
    func sessionNineReview() {
        MarkedText.check(.person, "Давайте вспомним прошлое. Читайте также новости.", language: "ru")
        MarkedText.check(.person, "Пользователи Android смогут обновиться, а пользователей iPhone ждут.", language: "ru")
        MarkedText.check(.place, "Вчера мэр ⟦Софии⟧ Фандыкова заявила о ремонте.", language: "ru")
        MarkedText.check(.person, "Дипломат подчеркнул, что переговоры идут. ⟦Беннет⟧ заявил, что уходит.", language: "ru")
        MarkedText.check(.person, "Вчера ректор МГУ имени Ломоносова ⟦Виктор Садовничий⟧ выступил.", language: "ru")
        MarkedText.check(.organisation, "Вчера ректор ⟦МГУ имени Ломоносова⟧ Виктор Садовничий выступил.", language: "ru")
        // The adjective of a noun after it is no surname (the station, not `площади Белорусского`).
        MarkedText.check(.place, "Встреча прошла на площади ⟦Белорусского вокзала⟧, а потом на ⟦улице Чернышевского⟧.", language: "ru")
        // An instrumental first name and a nominative city are no one name.
        MarkedText.check(.place, "Письмо Джорджем ⟦Лондон⟧ не писал.", language: "ru")
    }

    @Test("People: the one quoted after по словам is a person, named in the nominative")
    func poSlovam() {
        MarkedText.check(.person, "По словам ⟦Кастельяноса⟧, переговоры продолжатся.", language: "ru")
        let mentions = MarkedText.mentions("По словам Кастельяноса, переговоры продолжатся.", language: "ru")
        #expect(mentions.first { $0.type == .person }?.name == "Кастельянос")
        MarkedText.check(.person, "По словам представителя ведомства, переговоры продолжатся.", language: "ru")
    }

    @Test("People: an unknown word joined by и to a one-word person is a person; a lone first name or a comma is not enough")
    func coordinatedSurname() {
        MarkedText.check(.person, "Вчера он встретился с ⟦Макроном⟧ и ⟦Фалькетти⟧.", language: "ru")
        MarkedText.check(.person, "Встреча прошла на Лубянке, ⟦Александр⟧ покажет опыты.", language: "ru")
    }

    @Test("Places: a place name alone in quotation marks names a thing called after it")
    func quotedPlaceNames() {
        MarkedText.check(.place, "После гибели «Колумбии» полёты шаттлов прекратились.", language: "ru")
        MarkedText.check(.place, "Кофе выращивают в ⟦Колумбии⟧.", language: "ru")
        MarkedText.check(.place, "Ол «Астана» қонақ үйінде тұрды, ⟦Астана⟧ қаласы үлкен.", language: "kk")
    }

    @Test("People: a trade noun or a contest opening a sentence is no first name before a surname")
    func tradeNounsAtStart() {
        MarkedText.check(.person, "Гроссмейстер ⟦Топалов⟧ обыграл соперника.", language: "ru")
        MarkedText.check(.person, "Матч ⟦Карпов⟧ — ⟦Каспаров⟧ закончился вничью.", language: "ru")
        MarkedText.check(.person, "Гонщик ⟦Петров⟧ финишировал вторым.", language: "ru")
        // A first name the gazetteer knows still opens a full name.
        MarkedText.check(.person, "⟦Виталий Петров⟧ финишировал вторым.", language: "ru")
    }

    @Test("People: a short foreign first name is no adjective by its ending; a title in Latin does not match a Cyrillic surname")
    func shortNamesAndScripts() {
        MarkedText.check(.person, "Гонку выиграл ⟦Кими Райкконен⟧.", language: "ru")
        MarkedText.check(.person, "Вчера ⟦Ледли Кинг⟧ выиграл гонку.", language: "ru")
        MarkedText.check(.position, "Вчера Ледли Кинг выиграл гонку.", language: "ru")
        MarkedText.check(.position, "⟦King⟧ Charles met the ⟦Prime Minister⟧.", language: "en")
    }

    @Test("People: common nouns built like surnames are no surnames, in Kazakh case forms too")
    func surnameShapedNouns() {
        MarkedText.check(.person, "Карантинге қамалған тұрғындар көп.", language: "kk")
        MarkedText.check(.person, "Машиналары барлары машинамен апарады.", language: "kk")
        MarkedText.check(.person, "Вакцина поступила в больницы.", language: "ru")
        MarkedText.check(.person, "Вчера ⟦Путин⟧ провёл совещание.", language: "ru")
    }

    @Test("People: a ruler's epithet after a first name is part of the name, even where it names a city")
    func rulersEpithets() {
        MarkedText.check(.person, "⟦Иван Грозный⟧ взял Казань.", language: "ru")
        MarkedText.check(.place, "Иван Грозный взял ⟦Казань⟧.", language: "ru")
        MarkedText.check(.place, "Он приехал в ⟦Грозный⟧ вчера.", language: "ru")
    }

    @Test("People: a word opening a sentence that the document also writes in lower case is no first name")
    func lowerCaseElsewhere() {
        MarkedText.check(.person, "Визит Шольтена продлится два дня. Программа визита согласована.", language: "ru")
        MarkedText.check(.person, "⟦Кими Райкконен⟧ заявил, что доволен. Визит продлится два дня.", language: "ru")
        MarkedText.check(.person, "⟦Кими Райкконен⟧ заявил, что доволен гонкой.", language: "ru")
    }
}

/// Session 8: Kazakh places named by a head the gazetteers do not list (lists before a plural
/// head, `елді мекен`, `ауылдық округ`, `маңында`); sentences written for these tests.
@Suite("Kazakh places by their heads")
struct KazakhHeadPlaceTests {
    @Test("Places: each name of a list before a plural head in the possessive")
    func pluralHeads() {
        MarkedText.check(.place, "Қазір ⟦Бақбақты⟧ , ⟦Бірлік⟧ , ⟦Ақдала⟧ ауылдарының маңында жұмыс жүр.")
        MarkedText.check(.place, "Ол ⟦Теңдік⟧ , ⟦Мироновка⟧ және ⟦Кантемировское⟧ ауылдарына барады.")
        // One name before a plural head is no list; a bare plural is a common noun.
        MarkedText.check(.place, "Жаңа ауылдарына барады.")
        MarkedText.check(.place, "Бүгін ауылдарда жұмыс жүр.")
    }

    @Test("Places: a name before елді мекен, a rural district or маңында")
    func settlementHeads() {
        MarkedText.check(.place, "Оқиға ⟦Жаңабазар⟧ елді мекенінде болды.")
        MarkedText.check(.place, "⟦Кеңөзек⟧ селолық округіне қарасты үш ауыл бар.")
        MarkedText.check(.place, "Көлік ⟦Шідерті⟧ маңында қалып қойыпты.")
        // Two capitalised words before маңында are left to the other rules.
        MarkedText.check(.place, "Көлік Қасым Әлиев маңында тұрды.")
    }
}
