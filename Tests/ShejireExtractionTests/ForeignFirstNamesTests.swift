import Foundation
import ShejireCore
import ShejireGazetteer
import Testing

@testable import ShejireExtraction

/// Foreign first names in their Russian transcription (`Gazetteers/curated/given-names-world.tsv`,
/// 2026-11-27): a known first name opens a name where an unknown word would not (a sentence
/// start before no verb), reads a case form back to the nominative, and a name that is also an
/// ordinary word needs a person's context. On sentences written for these tests.
@Suite("Foreign first names")
struct ForeignFirstNamesTests {
    @Test("A foreign name opening a sentence is found whole")
    func sentenceStart() {
        MarkedText.check(.person, "⟦Массимо Моратти⟧ в среду отказался от комментариев.", language: "ru")
        MarkedText.check(.person, "⟦Гергей Карачони⟧ в четверг забил гол.", language: "ru")
        MarkedText.check(.person, "⟦Любош Михел⟧, арбитр матча, удалил защитника.", language: "ru")
        // A known first name alone opening a sentence, before a verb.
        MarkedText.check(.person, "⟦Бадри⟧ пообещал вернуться.", language: "ru")
    }

    @Test("A foreign name in an oblique case is read back to the nominative")
    func obliqueCase() {
        let mentions = MarkedText.mentions("Министр встретился с Андреасом Шмидтом в Вене.", language: "ru")
        let person = mentions.first { $0.type == .person }
        #expect(person?.text == "Андреасом Шмидтом")
        #expect(person?.name == "Андреас Шмидт")
        #expect(person?.attributes["given_name"] == "Андреас")
        let genitive = MarkedText.mentions("Концерт открыла музыка Иоганна Пахельбеля.", language: "ru")
        #expect(genitive.first { $0.type == .person }?.attributes["given_name"] == "Иоганн")
    }

    @Test("A Cyrillic word keeps its own spelling; Latin text gets the Latin name")
    func spellings() {
        // `Гиорги` and `György` share a match key: a Latin name with diacritics must not name
        // a Cyrillic word.
        let georgian = MarkedText.mentions("Гиорги Маргвелашвили в среду посетил Брюссель.", language: "ru")
        #expect(georgian.first { $0.type == .person }?.attributes["given_name"] == "Гиорги")
        let raul = MarkedText.mentions("Нападающий Рауль Гонсалес забил гол.", language: "ru")
        #expect(raul.first { $0.type == .person }?.attributes["given_name"] == "Рауль")
        let english = MarkedText.mentions("The club said that Massimo Moratti had left.", language: "en")
        #expect(english.first { $0.type == .person }?.attributes["given_name"] == "Massimo")
    }

    @Test("A first name that is also an ordinary word is no person alone, but opens a full name")
    func commonWordNames() throws {
        let gazetteer = try GazetteerLoader.load(paths: [TestPaths.gazetteers.path])
        let rule = PersonNameRule(gazetteer: gazetteer)
        #expect(rule.commonWordNames.contains("Ежи"))
        #expect(!rule.commonWordNames.contains("Бадри"))
        MarkedText.check(.person, "Ежи в лесу готовятся к зиме.", language: "ru")
        MarkedText.check(.person, "В опросе участвовал ⟦Ежи Бузек⟧.", language: "ru")
    }
}
