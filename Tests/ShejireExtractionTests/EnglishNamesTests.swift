import ShejireCore
import Testing

@testable import ShejireExtraction

/// Session 11 (2026-11-27): English titles of address written with a full stop, possessives,
/// and first names shown as written in Latin text; on sentences written for these tests.
@Suite("English names")
struct EnglishNamesTests {
    @Test("A title of address with a full stop opens a name it is not part of")
    func abbreviatedTitles() {
        MarkedText.check(.person, "Mr. ⟦Falchetti⟧ and Ms. ⟦Torvaldsen⟧ were appointed deputy ministers.", language: "en")
        MarkedText.check(.person, "Dr. ⟦Vanderlind⟧ presented the report.", language: "en")
        MarkedText.check(.person, "Prof ⟦Torvaldsen⟧ presented the report.", language: "en")
        // An abbreviation that is no title opens no name.
        MarkedText.check(.person, "The firm moved to St. Petersburg in May.", language: "en")
    }

    @Test("A possessive names its owner: the gazetteer finds it, and the owner is not part of an organisation")
    func possessives() {
        let mentions = MarkedText.mentions("Tokayev's visit to Paris was postponed.", language: "en")
        #expect(mentions.contains { $0.type == .person && $0.entity == "person:tokayev" && $0.text == "Tokayev's" })
        let musk = MarkedText.mentions("Elon Musk's company SpaceX launched a satellite.", language: "en")
        #expect(musk.contains { $0.type == .person && $0.entity == "person:musk" })
        #expect(!musk.contains { $0.type == .organisation && $0.text.contains("Musk") })
        // A name the rules read keeps its base without the possessive.
        let owner = MarkedText.mentions("John Vanderlind's company won the tender.", language: "en").first { $0.type == .person }
        #expect(owner?.base == "John Vanderlind")
        #expect(owner?.entity == "person:john-vanderlind")
    }

    @Test("A Latin first name is shown as written; the entity is the one its listed spelling gives")
    func latinFirstNames() {
        let english = MarkedText.mentions("The speech of Maria Bertolini opened the session.", language: "en")
            .first { $0.type == .person }
        let russian = MarkedText.mentions("Выступление Марии Бертолини открыло сессию.", language: "ru")
            .first { $0.type == .person }
        #expect(english?.base == "Maria Bertolini")
        #expect(english?.entity != nil && english?.entity == russian?.entity)
    }

    @Test("A possessive ends a name; a name after St. is a saint's")
    func possessiveEndsName() {
        MarkedText.check(.person, "Patients of St. George's Hospital were moved.", language: "en")
        let maria = MarkedText.mentions("Let's see what Maria's husband says.", language: "en").first { $0.type == .person }
        #expect(maria?.base == "Maria")
    }
}
