import Foundation
import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// `holds_position` on short Russian sentences (written for these tests), through the full
/// pipeline with the shipped gazetteers.
///
/// The expected relation is marked in the text: `⟦…⟧` the holder, `⟨…⟩` the title, `⟪…⟫` the
/// owner. The test strips the marks and looks for a `holds_position` relation whose subject,
/// anchor (title) and object ranges are exactly the marked ones.
@Suite("Relation rules: Russian position phrases")
struct RussianPositionTests {
    static let pipeline: Pipeline? = {
        guard let gazetteer = try? GazetteerLoader.load(paths: [TestPaths.gazetteers.path]) else { return nil }
        return Pipeline(gazetteer: gazetteer)
    }()

    /// The text without marks and the byte ranges of the holder, title and owner.
    static func unmark(_ marked: String) -> (text: String, holder: Range<Int>?, title: Range<Int>?, owner: Range<Int>?) {
        var text = ""
        var open: [Character: Int] = [:]
        var ranges: [Character: Range<Int>] = [:]
        let closing: [Character: Character] = ["⟧": "⟦", "⟩": "⟨", "⟫": "⟪"]
        for character in marked {
            if "⟦⟨⟪".contains(character) {
                open[character] = text.utf8.count
            } else if let opener = closing[character], let start = open[opener] {
                ranges[opener] = start..<text.utf8.count
            } else {
                text.append(character)
            }
        }
        return (text, ranges["⟦"], ranges["⟨"], ranges["⟪"])
    }

    func holdsPosition(_ text: String) throws -> [Relation] {
        let pipeline = try #require(Self.pipeline)
        let document = Document(id: "t", text: text, language: "ru")
        return pipeline.extract(document, scratch: ExtractionScratch()).relations.filter { $0.predicate == .holdsPosition }
    }

    @Test(arguments: [
        // Title, owner (place) and holder.
        "⟨Мэр⟩ ⟪Томска⟫ ⟦Иван Петров⟧ открыл новый мост.",
        "Вчера ⟨губернатор⟩ ⟪Омской области⟫ ⟦Пётр Сидоров⟧ посетил завод.",
        // Apposition, person first, with a comma or a dash.
        "⟦Пётр Сидоров⟧, ⟨мэр⟩ ⟪Омска⟫, заявил о новых планах.",
        "На встрече выступил ⟦Олег Ким⟧ — ⟨директор⟩ ⟪Омского театра драмы⟫.",
        // Lower-case genitive dependents between the title and the owner.
        "⟨Министр⟩ финансов ⟪Франции⟫ ⟦Жан Дюпон⟧ прибыл в Москву.",
        "С ним встретился ⟨заместитель министра⟩ иностранных дел ⟪Грузии⟫ ⟦Нико Беридзе⟧.",
        // An organisation owner, from an acronym or a head noun the phrase rule proposes.
        "⟨Глава⟩ ⟪МИД России⟫ ⟦Сергей Лавров⟧ провёл переговоры.",
        // A Russian title whose Kazakh name has the same match key (`аким`, `әкім`).
        "⟨Аким⟩ ⟪Алматы⟫ ⟦Ерлан Бертолини⟧ открыл новый мост.",
        "Вчера ⟨аким⟩ ⟪Костанайской области⟫ ⟦Олег Ким⟧ посетил завод.",
        "В задержании участвовал ⟨депутат⟩ ⟪муниципального собрания района⟫ Луговое ⟦Олег Ким⟧.",
        "Об этом сообщил ⟨координатор⟩ ⟪движения «Зелёный город»⟫ ⟦Анна Белова⟧.",
        // A title of several words, and a chain of titles (the first is the title).
        "Слово взяла ⟨заместитель председателя⟩ ⟪правительства⟫ ⟦Анна Белова⟧.",
        "Об этом сообщил ⟨советник⟩ руководителя ⟪движения «Зелёный город»⟫ ⟦Олег Ким⟧.",
        // A holder no name rule knows, after the title and the owner.
        "⟨Премьер-министр⟩ ⟪Эстонии⟫ ⟦Андрус Ансип⟧ стал первым.",
        // The owner after a title that contains it: `президент США`.
        "⟨Президент⟩ ⟪США⟫ ⟦Барак Обама⟧ выступил с речью.",
        // A geographic adjective before the title names the owner, even with another owner after it.
        "Вчера ⟪французский⟫ ⟨президент⟩ ⟦Жан Дюпон⟧ прилетел в Омск.",
        "С ним встретился ⟪канадский⟫ ⟨посол⟩ в Японии ⟦Олег Ким⟧.",
        "⟦Олег Ким⟧, ⟪итальянский⟫ ⟨министр⟩, прибыл в Томск.",
        // Titles added in round 2: `член`, `солист`, `генерал-майор`.
        "На встрече был ⟨член⟩ ⟪Омского городского совета⟫ ⟦Пётр Сидоров⟧.",
        "⟦Анна Белова⟧, ⟨солистка⟩ ⟪Омского театра драмы⟫, дала концерт.",
        // A genitive dependent that ends like a past tense (`торговли`).
        "⟨Министр⟩ торговли ⟪Франции⟫ ⟦Жан Дюпон⟧ подписал соглашение.",
        // A prepositional phrase after the owner, and an honorific before the name.
        "Его поддержал ⟨полпред⟩ президента ⟪России⟫ в Сибирском федеральном округе ⟦Олег Ким⟧.",
        "Выступил ⟨председатель⟩ ⟪Совета муфтиев Сибири⟫ шейх ⟦Олег Ким⟧.",
        // A second title after a comma with an adjective before it.
        "Слово взял ⟨лидер⟩ ⟪движения «Зелёный город»⟫, народный депутат Омска ⟦Олег Ким⟧.",
        // Round 3: a verb of office joins the holder to the title, before or after it.
        "⟦Олег Ким⟧ назначен ⟨директором⟩ ⟪Омского театра драмы⟫.",
        "Место ⟨председателя⟩ ⟪Омского городского совета⟫ в новом созыве занял ⟦Пётр Сидоров⟧.",
        // A common noun for the country named before (`страны`).
        "⟪Грузия⟫ готовится к выборам. ⟨Премьер-министром⟩ страны станет ⟦Нино Беридзе⟧.",
        // A second apposition between commas before the title.
        "Слово взял ⟦Пётр Сидоров⟧, известный борец с коррупцией, ⟨член⟩ ⟪Омского городского совета⟫.",
        // A quoted name after the title (with its adjective) is the owner.
        "⟦Анна Белова⟧, ⟨солистка⟩ ⟪известного «Аквариума»⟫, дала концерт.",
        // A verb of heading instead of a title: no title range.
        "⟦Сергей Лавров⟧ возглавляет ⟪МИД России⟫ с 2004 года.",
        // Session 5: titles written in lower case mid-sentence, a regional adjective in `-ый`.
        "Вчера ⟨госсекретарь⟩ ⟪США⟫ ⟦Анна Белова⟧ прибыла в Омск.",
        "Вчера ⟨генеральный секретарь⟩ ⟪НАТО⟫ ⟦Олег Ким⟧ прибыл в Омск.",
        "Обсуждалась отставка ⟪подмосковного⟫ ⟨губернатора⟩ ⟦Петра Сидорова⟧.",
        "Вчера ⟨префект⟩ ⟪Омска⟫ ⟦Пётр Сидоров⟧ открыл школу.",
        // Session 6: a title whose tail (`директор департамента`) a longer organisation took keeps its head.
        "⟨Директор⟩ ⟪департамента информации МИД России⟫ ⟦Олег Ким⟧ сделал заявление.",
        // A quoted name with a place inside is the owner (`«Эха Москвы»`).
        "⟨Главный редактор⟩ ⟪«Эха Москвы»⟫ ⟦Анна Белова⟧ дала интервью.",
        // Owners and staff.
        "⟦Михаил Орлов⟧, ⟨владелец⟩ ⟪компании «Вектор»⟫, дал интервью.",
        "⟨Сотрудник⟩ ⟪ФСБ⟫ ⟦Иван Петров⟧ задержан.",
        // Two titles joined by `и` share the owner after the second.
        "⟦Иван Петров⟧ - ⟨управляющий директор⟩ и совладелец ⟪агентства «Коллектив»⟫ (Германия).",
        // Session 7: the indeclinable `замглавы` is no plural.
        "⟨Замглавы⟩ ⟪МИД России⟫ ⟦Олег Ким⟧ прибыл в Омск.",
        // A head-of-state title with a holder and no owner: the one country the sentence before names.
        "Оппозиция ⟪Белоруссии⟫ провела митинг. Его участники потребовали отставки ⟨президента⟩ ⟦Олега Кима⟧.",
        // After a reflexive possessive, the organisation the sentence or the clause opens with.
        "⟪Омский театр драмы⟫ единогласно поддержал своего ⟨директора⟩ ⟦Олега Кима⟧.",
        "Решение принято: ⟪НАТО⟫ поддерживает своего ⟨генерального секретаря⟩ ⟦Олега Кима⟧.",
        // `и` before a genitive plural is no second person's title.
        "⟨Министр⟩ связи и коммуникаций ⟪России⟫ ⟦Олег Ким⟧ прибыл в Омск.",
    ])
    func finds(_ marked: String) throws {
        let (text, holder, title, owner) = Self.unmark(marked)
        let found = try holdsPosition(text)
        let described = found.map { r in
            "\(r.subject) \(r.object) \(r.qualifiers["title"] ?? "-") \(r.subjectRange) \(r.anchorRange.map { "\($0)" } ?? "-") \(r.objectRange)"
        }
        #expect(
            found.contains { $0.subjectRange == holder && $0.anchorRange == title && $0.objectRange == owner },
            "found: \(described)")
    }

    @Test("a title named without an owner takes the owner it has elsewhere in the document")
    func ownerFromElsewhere() throws {
        let text = "Мэр Омска Олег Ким открыл мост. Затем мэр Олег Ким уехал в Томск."
        let found = try holdsPosition(text)
        #expect(found.contains { $0.rule == "relation:holds-position-title-owner" && $0.subject == "person:oleg-kim" })
    }

    @Test(
        "no relation from a plural title, a title before a clause, or a title followed by a coordinated person",
        arguments: [
            "Депутаты Омска приняли закон о бюджете.",
            "Президент Франции прибыл в Вашингтон вчера вечером.",
            "Президент и первая леди Анна Белова задержались в Белом доме.",
            // A prepositional phrase ends at its noun; a verb after it is no part of the title phrase.
            "Президент Франции в среду встретился с Анной Беловой.",
            // A geographic adjective elsewhere names no owner.
            "Французский рынок вырос, сказал Жан Дюпон.",
            // Before a profession, a geographic adjective is a nationality, not an owner.
            "Олег Ким, российский журналист, прибыл в Томск.",
            // A relative clause between the person and the title is no apposition.
            "Олег Ким, который долго жил в Томске, член совета.",
            // A country after a preposition is where or with whom, not the title's owner.
            "Россия и Китай подписали договор. Президент Олег Ким вёл переговоры с Кубой.",
            // Coordinated owners and holders that do not pair up.
            "Президенты России, Украины и Франции Иван Петров и Олег Ким провели переговоры.",
            // Session 7: a founder holds no office; an aide's title before the person served (`по` after
            // the name); a candidate for a post.
            "Основатель компании «Вектор» Олег Ким дал интервью.",
            "Помощник Сары Браун по европейским делам посетил Омск, сообщили в США.",
            "Анна Белова стала кандидатом на пост главы Омской области.",
            // A person after `и` and another title, with a country elsewhere in the document.
            "США объявили о визите. Президент и первая леди Анна Белова задержались в Белом доме.",
            // `главы` before a genitive plural is a plural; a conjunction after the comma joins no apposition.
            "На саммит приедут Иван Петров, а также главы правительств и президенты десяти стран.",
        ])
    func noRelation(_ text: String) throws {
        #expect(try holdsPosition(text).isEmpty)
    }

    @Test("a title named without an owner takes the owner its holder has with it elsewhere")
    func ownerOfTheSameHolder() throws {
        // `президент` has two owners in the document; `Жан Дюпон` is president of one.
        let text = "Президент Франции Жан Дюпон и президент Италии Марио Росси встретились в Омске. Президент Жан Дюпон уехал первым."
        let found = try holdsPosition(text)
        #expect(found.contains { $0.rule == "relation:holds-position-title-owner" && $0.object == "place:france" })
        #expect(!found.contains { $0.rule == "relation:holds-position-title-owner" && $0.object == "place:italy" })
    }

    @Test("a plural title before coordinated owners and holders pairs them in order")
    func coordinatedHolders() throws {
        let found = try holdsPosition("Президенты России и Украины Иван Петров и Олег Ким провели переговоры.")
        #expect(found.contains { $0.subject == "person:ivan-petrov" && $0.object == "place:russia" })
        #expect(found.contains { $0.subject == "person:oleg-kim" && $0.object == "place:ukraine" })
        #expect(!found.contains { $0.subject == "person:ivan-petrov" && $0.object == "place:ukraine" })
        #expect(!found.contains { $0.subject == "person:oleg-kim" && $0.object == "place:russia" })
    }

    @Test("a plural title with one owner gives it to each coordinated holder")
    func coordinatedHoldersOneOwner() throws {
        let found = try holdsPosition("Депутаты Госдумы Иван Петров и Олег Ким внесли законопроект.")
        #expect(Set(found.filter { $0.object == "org:state-duma" }.map(\.subject)) == ["person:ivan-petrov", "person:oleg-kim"])
    }

    @Test("a head-of-state title with a holder takes the one country whose office no one else holds")
    func remainingCountry() throws {
        let text =
            "Президент Франции Жан Дюпон и президент Италии Марио Бьянко прибыли в США. Президент Олег Ким встретил их."
        let found = try holdsPosition(text)
        #expect(found.contains { $0.subject == "person:oleg-kim" && $0.object == "place:usa" })
        #expect(!found.contains { $0.subject == "person:oleg-kim" && $0.object != "place:usa" })
    }

    @Test("a sentence opening with в and an organisation gives a title with a holder its owner")
    func locativeOwner() throws {
        let found = try holdsPosition("В Сенате, где у партии большинство, спикер Анна Белова заявила о новых планах.")
        #expect(found.contains { $0.subject == "person:anna-belova" && $0.qualifiers["title"] == "спикер" })
    }

    @Test("a title after another title is part of it, not a second relation")
    func chainedTitle() throws {
        let found = try holdsPosition("По мнению полпреда президента России в округе Виктора Ишаева, всё в порядке.")
        #expect(!found.contains { $0.qualifiers["title"] == "президент" })
    }

    @Test("an adverb of degree and an acronym in parentheses stay inside the title phrase")
    func degreeAdverbAndAcronym() throws {
        let found = try holdsPosition("Лидер омского крайне левого Рабочего союза (РС) Олег Ким выступил на митинге.")
        #expect(found.contains { $0.subject == "person:oleg-kim" && $0.qualifiers["title"] == "көшбасшы" && $0.object.hasPrefix("org:") })
    }

    @Test("a title after the owner in another case is another person's")
    func titleInAnotherCase() throws {
        let found = try holdsPosition(
            "Об этом он сказал в беседе с корреспондентом «Омского вестника» лидер Рабочего союза Олег Ким.")
        #expect(found.contains { $0.subject == "person:oleg-kim" && $0.qualifiers["title"] == "көшбасшы" })
        #expect(!found.contains { $0.subject == "person:oleg-kim" && $0.qualifiers["title"] == "тілші" })
    }

    @Test("a delegation is the owner of its head's title")
    func delegation() throws {
        let found = try holdsPosition("Глава грузинской делегации на переговорах Нико Беридзе выступил с заявлением.")
        #expect(found.contains { $0.subject == "person:niko-beridze" && $0.qualifiers["title"] == "басшы" && $0.object.hasPrefix("org:") })
    }

    @Test("a member's title elsewhere does not keep a person from being named as a body's chairman")
    func memberChairs() throws {
        let text = "Сенатор Иван Петров прибыл в Омск. Председатель влиятельного Комитета по бюджету провёл там встречу."
        let found = try holdsPosition(text)
        #expect(found.contains { $0.subject == "person:ivan-petrov" && $0.qualifiers["title"] == "төраға" && $0.object.hasPrefix("org:") })
    }

    @Test("a geographic adjective before a profession is a nationality: no owner taken from elsewhere")
    func nationalityWithoutOwner() throws {
        let found = try holdsPosition(
            "Журналист газеты «Омский вестник» Иван Петров и бразильский журналист Олег Ким прибыли в Томск.")
        #expect(found.contains { $0.subject == "person:ivan-petrov" })
        #expect(!found.contains { $0.subject == "person:oleg-kim" })
    }

    @Test("the marks are read as byte ranges")
    func marks() {
        let (text, holder, title, owner) = Self.unmark("⟨Мэр⟩ ⟪Томска⟫ ⟦Иван⟧.")
        #expect(text == "Мэр Томска Иван.")
        #expect(title == 0..<6)
        #expect(owner == 7..<19)
        #expect(holder == 20..<28)
    }
}
