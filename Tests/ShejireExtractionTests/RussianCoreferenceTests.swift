import Foundation
import ShejireCore
import Testing

@testable import ShejireExtraction

/// Russian rules of 2026-11-27: `holds_position` across sentences (in-document coreference),
/// person-name shapes and regions of other countries, on sentences written for these tests.
///
/// Relations are marked as in `RussianPositionTests`: `⟦…⟧` the holder, `⟨…⟩` the title,
/// `⟪…⟫` the owner; the relation must have exactly these ranges (the holder and the owner may
/// lie in another sentence than the title).
@Suite("Russian coreference and names")
struct RussianCoreferenceTests {
    func holdsPosition(_ text: String) -> [Relation] {
        let document = Document(id: "t", text: text, language: "ru")
        return MarkedText.pipeline.extract(document, scratch: ExtractionScratch()).relations.filter {
            $0.predicate == .holdsPosition
        }
    }

    @Test(arguments: [
        // The same title and owner with a named holder elsewhere in the document.
        "Премьер-министр Эстонии ⟦Андрус Ансип⟧ прибыл в Омск. Вечером ⟨премьер-министр⟩ ⟪Эстонии⟫ посетил театр.",
        // A title and a place owner with no holder: the person named just before.
        "⟦Пётр Сидоров⟧ провёл совещание. Как сообщили в мэрии, ⟨мэр⟩ ⟪Омска⟫ остался доволен.",
        // After `пост`, the person the sentence opens with.
        "⟦Олег Ким⟧ согласился занять пост ⟨премьер-министра⟩ ⟪России⟫ в случае победы.",
        // A pronoun opening the clause: the last person named before the sentence.
        "Вчера выступил ⟦Иван Петров⟧. Он является ⟨депутатом⟩ ⟪Омского городского совета⟫.",
        // The head of an organisation named just after the person (session 5).
        "Решение ⟦Олега Кима⟧ удивило всех. Критики говорят, что ⟨глава⟩ ⟪омского правительства⟫ непоследователен.",
    ])
    func holderElsewhere(_ marked: String) {
        let (text, holder, title, owner) = RussianPositionTests.unmark(marked)
        let found = holdsPosition(text)
        #expect(
            found.contains { $0.subjectRange == holder && $0.anchorRange == title && $0.objectRange == owner },
            "found: \(found.map { "\($0.subject) \($0.object) \($0.subjectRange) \($0.objectRange) \($0.rule)" })")
    }

    @Test("an adjective owner is given as the place's name elsewhere in the document")
    func adjectiveOwner() {
        let (text, holder, title, owner) = RussianPositionTests.unmark(
            "Переговоры прошли в ⟪России⟫. Затем российский ⟨президент⟩ ⟦Олег Ким⟧ уехал в Томск.")
        let found = holdsPosition(text)
        #expect(found.contains { $0.subjectRange == holder && $0.anchorRange == title && $0.objectRange == owner })
    }

    @Test("a head-of-state title with no owner anywhere takes the one country of the document")
    func documentCountry() {
        let found = holdsPosition("Италия готовится к выборам. Премьер-министра Сильвио Берлускони критикуют.")
        #expect(found.contains { $0.subject == "person:berlusconi" && $0.object == "place:italy" })
    }

    @Test(
        "no holder from elsewhere: a person the document gives another title, an adjective title word, a plural",
        arguments: [
            "Президент России Олег Ким прибыл в Токио. Премьер-министр Японии заявил о переговорах.",
            "Олег Ким выступил вчера. Президентские выборы Франции пройдут весной.",
            "Олег Ким выступил вчера. Встреча представителей Турции прошла в Омске.",
            // An organisation has many members and representatives; a plural dative names no one.
            "Олег Ким выступил вчера. Его считали членом Омского городского совета.",
            "Олег Ким выступил вчера. По его словам, лидерам Омского городского совета следует уйти.",
        ])
    func noHolder(_ text: String) {
        #expect(!holdsPosition(text).contains { $0.rule == "relation:holds-position-coreference" })
    }

    @Test("People: initials before a word that is also a place, an acronym with a case ending, lone -ович surnames")
    func people() {
        MarkedText.check(.person, "Премьер-министр Японии ⟦Н. Кан⟧ заявил о визите.", language: "ru")
        MarkedText.check(.person, "Глава японского МИДа ⟦Сэйдзи Маэхара⟧ отметил это.", language: "ru")
        MarkedText.check(.person, "«Всё будет хорошо», – подытожил ⟦Шендерович⟧.", language: "ru")
    }

    @Test("People: of three capitalised words, the first names what precedes them")
    func threeWordRuns() {
        MarkedText.check(.person, "Полузащитник клуба Челси ⟦Фрэнк Лэмпард⟧ снялся в фильме.", language: "ru")
        MarkedText.check(.person, "Ранение получила депутат от штата Аризона ⟦Гэбриэль Гиффордс⟧.", language: "ru")
    }

    @Test("People: a name found again at a sentence start keeps its first name")
    func recallWithFirstName() {
        let text = "Гонку выиграл Фернандо Алонсо из Испании. Фернандо Алонсо поблагодарил команду."
        let people = MarkedText.mentions(text, language: "ru").filter { $0.type == .person }
        #expect(people.map(\.text) == ["Фернандо Алонсо", "Фернандо Алонсо"])
        #expect(people.count == 2 && people[0].entity == people[1].entity)
    }

    @Test("Places: regions of other countries without a head noun, in any case form")
    func regions() {
        MarkedText.check(.place, "Туристы из ⟦Калифорнии⟧ отдыхали в ⟦Крыму⟧.", language: "ru")
        MarkedText.check(.place, "Отставка губернатора обсуждается в ⟦Подмосковье⟧ и на ⟦Урале⟧.", language: "ru")
        MarkedText.check(.place, "Журналисты из ⟦Эритреи⟧ прибыли вчера.", language: "ru")
    }
}
