import ShejireCore
import Testing

@testable import ShejireExtraction

/// Session 6 (2026-11-27): abbreviations of common nouns are no organisations, place
/// abbreviations are places, and a presidency named by its seat (Кремль, Белый дом, Ақорда) is an
/// organisation; on sentences written for these tests.
@Suite("Abbreviations and seats of power")
struct AbbreviationAndSeatTests {
    @Test("Organisations: abbreviations of common nouns are not organisations, real acronyms still are")
    func commonNounAbbreviations() {
        MarkedText.check(.organisation, "В ДТП на трассе пострадали двое, сообщили в ⟦ГИБДД⟧.", language: "ru")
        MarkedText.check(.organisation, "Ставку НДС и НДФЛ правительство менять не будет.", language: "ru")
        MarkedText.check(.organisation, "Выпускники сдали ЕГЭ и поступили в вуз.", language: "ru")
        MarkedText.check(.organisation, "Строительство АЭС и ТЭЦ обсудили эксперты ⟦МАГАТЭ⟧.", language: "ru")
        MarkedText.check(.organisation, "Над городом сбили два БПЛА.", language: "ru")
        MarkedText.check(.organisation, "Түлектер ЖОО-ға құжат тапсырды.")
        MarkedText.check(.organisation, "Сессию открыл ⟦ОЭСР⟧ в Париже, делегаты ⟦АТЭС⟧ приехали позже.", language: "ru")
    }

    @Test("Organisations: a Latin name after a game, show or event noun is no organisation; a site keeps its domain")
    func latinWorksAndSites() {
        MarkedText.check(.organisation, "В игре Half-Life и сериале Lost снялся известный актёр.", language: "ru")
        MarkedText.check(.organisation, "Команда победила в турнире Dota League.", language: "ru")
        MarkedText.check(.organisation, "Об этом сообщил ⟦сайт Gazeta.Ru⟧ со ссылкой на ⟦Vestas⟧.", language: "ru")
    }

    @Test("Organisations: an organisation and an acronym right after it are one name (Russian)")
    func acronymAfterOrganisation() {
        MarkedText.check(.organisation, "Он работал секретарём ⟦Омского обкома КПСС⟧ до 1990 года.", language: "ru")
        MarkedText.check(.organisation, "Решение приняла ⟦Международная федерация футбола ФИФА⟧ вчера.", language: "ru")
        MarkedText.check(.organisation, "Доклад подготовила ⟦кафедра истории МГУ⟧.", language: "ru")
        // A gazetteer name and an acronym of another body after it: the body is kept as `of`.
        let mentions = MarkedText.mentions("Решение принял Следственный комитет КПРФ.", language: "ru")
        let body = mentions.first { $0.type == .organisation }
        #expect(body?.text == "Следственный комитет КПРФ")
        #expect(body?.attributes["of_entity"] == "org:kprf")
    }

    @Test("Places: abbreviations of regions, districts and states are places, with their entities")
    func placeAbbreviations() {
        MarkedText.check(.place, "Пожар произошёл в ⟦ЦАО⟧ ⟦Москвы⟧, а в ⟦ЮЗАО⟧ отключили свет.", language: "ru")
        MarkedText.check(.place, "Нефть добывают в ⟦ХМАО⟧ и ⟦ЯНАО⟧.", language: "ru")
        MarkedText.check(.place, "Миротворцы вернулись из ⟦ЦАР⟧.", language: "ru")
        MarkedText.check(.place, "Пробка растянулась по ⟦МКАД⟧ на десять километров.", language: "ru")
        let mentions = MarkedText.mentions("Он родился в ЧССР, а учился в СФРЮ.", language: "ru")
        #expect(mentions.filter { $0.type == .place }.map(\.entity) == ["place:czechoslovakia", "place:yugoslavia"])
    }

    @Test("Organisations: the presidency named by its seat, in any case form")
    func seatsOfPower() {
        MarkedText.check(.organisation, "В ⟦Кремле⟧ заявили, что ⟦Белый дом⟧ не ответил.", language: "ru")
        MarkedText.check(.organisation, "Представитель ⟦Белого дома⟧ отказался от комментариев.", language: "ru")
        MarkedText.check(.organisation, "The ⟦White House⟧ and the ⟦Kremlin⟧ agreed.", language: "en")
        MarkedText.check(.place, "В Кремле заявили, что Белый дом не ответил.", language: "ru")
    }

    @Test("Places: a seat of power after в is the building, unless the people in it speak")
    func seatsAsBuildings() {
        MarkedText.check(.place, "Президент принимает гостей в ⟦Белом доме⟧ с утра.", language: "ru")
        MarkedText.check(.place, "Переговоры прошли во ⟦Кремле⟧, а потом в ⟦Кремле⟧ был ужин.", language: "ru")
        MarkedText.check(.organisation, "В ⟦Белом доме⟧ считают, что ⟦Кремль⟧ ошибается.", language: "ru")
        // The building of an organisation, named with its noun.
        MarkedText.check(.place, "Митинг прошёл у ⟦здания Законодательного собрания⟧ вчера.", language: "ru")
        MarkedText.check(.place, "Туристов пустили в ⟦комплекс зданий Сената⟧.", language: "ru")
        let mentions = MarkedText.mentions("Обама выступал в Белом доме вечером.", language: "ru")
        #expect(mentions.first { $0.type == .place }?.entity == "place:white-house")
    }
}

/// Session 6: Western, Arabic and Turkish first names (Gazetteers/curated/given-names-en.tsv) in
/// English text and in their Russian transcriptions; sentences written for these tests.
@Suite("Foreign first names")
struct ForeignFirstNameTests {
    @Test("People: an English first name and a capitalised surname in English text")
    func englishNames() {
        MarkedText.check(.person, "Yesterday ⟦Michael Brown⟧ met ⟦Sarah Collins⟧ in the capital.", language: "en")
        MarkedText.check(.person, "The report by ⟦Gerhard Weber⟧ was published on Monday.", language: "en")
    }

    @Test("People: in English, two capitalised words right after a title are a name, first name known or not")
    func englishNamesAfterTitles() {
        MarkedText.check(.person, "Prime Minister ⟦Keir Starmer⟧ met Director-General ⟦Audrey Azoulay⟧ today.", language: "en")
        MarkedText.check(.position, "UNESCO ⟦Director-General⟧ Audrey Azoulay arrived.", language: "en")
    }

    @Test("People: Russian transcriptions of foreign first names, in any case form")
    func russianTranscriptions() {
        MarkedText.check(.person, "Вчера ⟦Джон Маккейн⟧ встретился с ⟦Дэвидом Кэмероном⟧.", language: "ru")
        MarkedText.check(.person, "Слова ⟦Франсуа Олланда⟧ процитировал ⟦Гельмут Шмидт⟧.", language: "ru")
        // Two first names, known or not, before a surname of no Russian shape: one name.
        MarkedText.check(.person, "Гонку выиграл ⟦Хосе Мануэль Кастро⟧ из Испании.", language: "ru")
        MarkedText.check(.person, "О реформах рассказал ⟦Хуан Доминго Перон⟧ в эфире.", language: "ru")
    }

    @Test("People: a surname recalled after a full name a people gazetteer knows takes the gazetteer's entity")
    func recallKeepsGazetteerEntity() {
        let mentions = MarkedText.mentions("Antonio Guterres arrived in Astana. Later, Guterres visited Almaty.", language: "en")
        let people = mentions.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Antonio Guterres", "Guterres"])
        #expect(Set(people.map(\.entity)) == ["person:guterres"])
    }

    @Test("People: a man's surname after his first name in a case form is put in the nominative; scripts are not mixed")
    func nominativeNames() {
        let mentions = MarkedText.mentions(
            "Решили назначить Ивана Петрова директором. Встреча с Анной Смирновой и Олегом Кимом прошла.", language: "ru")
        #expect(mentions.filter { $0.type == .person }.map(\.entity) == ["person:ivan-petrov", "person:anna-smirnova", "person:oleg-kim"])
        #expect(mentions.filter { $0.type == .person }.map(\.name) == ["Иван Петров", "Анна Смирнова", "Олег Ким"])
        // A woman's surname keeps its ending.
        let woman = MarkedText.mentions("Слово дали Анне Петровой.", language: "ru").first { $0.type == .person }
        #expect(woman?.name == "Анна Петрова")
    }

    @Test("People: a transcription that reads like a Kazakh word is no name alone (Пол \"floor\")")
    func commonWordTranscriptions() {
        MarkedText.check(.person, "Пол жуылды, бөлме тазартылды.")
        MarkedText.check(.person, "На полу лежал том энциклопедии.", language: "ru")
    }
}

/// Session 6: English organisation names put the head first and the complement after `of`.
@Suite("English organisation phrases")
struct EnglishOrganisationPhraseTests {
    @Test("Organisations: an English head takes its of-complement, and a title before it stays a title")
    func ofComplements() {
        MarkedText.check(
            .organisation, "The Director of the ⟦Archive of the President⟧ spoke on Monday.", language: "en")
        MarkedText.check(.organisation, "She studied at the ⟦University of Leeds⟧ and the ⟦Ministry of Culture and Sport⟧.", language: "en")
        MarkedText.check(.position, "The ⟦Director⟧ of the Archive of the President spoke on Monday.", language: "en")
        // A lower-case head stays a common noun.
        MarkedText.check(.organisation, "He visited the university of his home town.", language: "en")
    }
}

/// Session 6: English holds_position appositions; sentences written for these tests.
@Suite("English holds_position appositions")
struct EnglishHoldsPositionTests {
    static func holdsPosition(_ text: String) -> [(String, String)] {
        let document = Document(id: "t", text: text, language: "en")
        return MarkedText.pipeline.extract(document, scratch: ExtractionScratch()).relations
            .filter { $0.predicate == .holdsPosition }.map { ($0.subject, $0.object) }
    }

    @Test("holds_position: 'X, a spokeswoman for ORG' and 'the director of ORG, X,'")
    func appositions() {
        let first = Self.holdsPosition("Sarah Collins, a spokeswoman for the International Monetary Fund, said so.")
        #expect(first.contains { $0 == ("person:sarah-collins", "org:imf") })
        let second = Self.holdsPosition("The director of the Archive of the President, Aliya Mustafina, opened the meeting.")
        #expect(second.contains { $0 == ("person:aliya-mustafina", "org:archive-of-the-president") })
        // A comma and a name that goes on into a list is no apposition.
        let list = Self.holdsPosition("The director of the Archive of the President, Aliya Mustafina and John Brown met.")
        #expect(list.isEmpty)
    }

    @Test("holds_position: 'ORG ... its TITLE X' takes the organisation the sentence opens with (session 7)")
    func reflexiveOwner() {
        let found = Self.holdsPosition("Microsoft has backed its chairman John Smith after the vote.")
        #expect(found.contains { $0 == ("person:john-smith", "org:microsoft") })
        // No organisation opens the sentence: no owner.
        #expect(Self.holdsPosition("The board has backed its chairman John Smith.").isEmpty)
    }
}
