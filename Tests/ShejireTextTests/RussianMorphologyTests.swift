import Testing
@testable import ShejireText

@Suite("Russian morphology")
struct RussianMorphologyTests {
    /// Inflected forms and a nominative that must be among their candidates.
    static let examples: [(String, String)] = [
        ("мустафиной", "мустафина"),
        ("назарбаева", "назарбаев"),
        ("назарбаеву", "назарбаев"),
        ("астаны", "астана"),
        ("астане", "астана"),
        ("астаной", "астана"),
        ("казахстана", "казахстан"),
        ("казахстане", "казахстан"),
        ("акмолинской", "акмолинская"),
        ("области", "область"),
        ("республики", "республика"),
        ("президента", "президент"),
        ("архива", "архив"),
        ("министерства", "министерство"),
        ("иванову", "иванов"),
        ("иванову", "иванова"),
        ("петровича", "петрович"),
        ("алии", "алия"),
        ("сергеевной", "сергеевна"),
        ("москве", "москва"),
        ("университете", "университет"),
        ("совета", "совет"),
        // More declensions.
        ("ивановым", "иванов"),
        ("петровичем", "петрович"),
        ("сергея", "сергей"),
        ("сергеем", "сергей"),
        ("игоря", "игорь"),
        ("алией", "алия"),
        ("алие", "алия"),
        ("дмитрия", "дмитрий"),
        ("казахского", "казахский"),
        ("национальному", "национальный"),
        // Session 5: adjectives in the prepositional, -я and -ье nouns, plurals in -ы/-и.
        ("южном", "южный"),
        ("великом", "великий"),
        ("нижнем", "нижний"),
        ("нижним", "нижний"),
        ("чечне", "чечня"),
        ("чечней", "чечня"),
        ("приморья", "приморье"),
        ("подмосковью", "подмосковье"),
        ("поволжьем", "поволжье"),
        ("апеннинах", "апеннины"),
        ("гималаях", "гималаи"),
        ("челнах", "челны"),
        ("управлении", "управление"),
        ("управлением", "управление"),
        ("министерством", "министерство"),
        ("областью", "область"),
        ("акмолинскую", "акмолинская"),
        ("северо-казахстанской", "северо-казахстанская"),
        ("павла", "павел"),
        ("путиным", "путин"),
    ]

    @Test("Inflected forms give their nominative", arguments: examples)
    func nominative(form: String, base: String) {
        let candidates = RussianMorphology.candidateBases(form)
        #expect(candidates.contains(base), "\(form): \(candidates)")
    }

    @Test("The word itself is always a candidate, first when it may be a nominative")
    func wordItself() {
        #expect(RussianMorphology.candidateBases("назарбаева").first == "назарбаева")
        #expect(RussianMorphology.candidateBases("казахстан") == ["казахстан"])
        #expect(RussianMorphology.candidateBases("мустафиной").first == "мустафина")
        #expect(RussianMorphology.candidateBases("мустафиной").contains("мустафиной"))
    }

    @Test("matchForms starts with the word, then the candidates")
    func matchForms() {
        let forms = RussianMorphology.matchForms("мустафиной")
        #expect(forms.first == "мустафиной")
        #expect(forms.contains("мустафина"))
        #expect(Set(forms) == Set(RussianMorphology.candidateBases("мустафиной")))
    }

    @Test("Short, Latin and non-word input passes through", arguments: ["", "он", "google", "2024", ","])
    func passThrough(word: String) {
        #expect(RussianMorphology.candidateBases(word) == [word])
        #expect(RussianMorphology.matchForms(word) == [word])
    }
}
