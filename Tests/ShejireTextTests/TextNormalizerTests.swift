import Testing
@testable import ShejireText

@Suite("Normalisation")
struct TextNormalizerTests {
    @Test("Text that needs nothing is returned as is, with the identity map")
    func identity() {
        let text = "Қазақстан Республикасы Президентінің Архиві, Astana 2025."
        let normalized = TextNormalizer.normalize(text)
        #expect(normalized.isIdentity)
        #expect(normalized.text == text)
        #expect(normalized.originalOffset(10) == 10)
    }

    @Test(
        "Latin look-alikes inside Cyrillic words become Cyrillic, and the reverse",
        arguments: [
            ("Бiлiм", "Білім"),  // Latin i for Kazakh і
            ("Қазaқстан", "Қазақстан"),  // Latin a
            ("мұрaжaйы", "мұражайы"),
            ("Əлия", "Әлия"),  // Latin schwa for Kazakh Ә
            ("Astаna", "Astana"),  // Cyrillic а in a Latin word
            ("Сongress", "Congress"),  // Cyrillic С
            ("ICA", "ICA"),
            ("ІТ-шешім", "ІТ-шешім"),  // all Cyrillic
        ])
    func lookAlikes(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input).text == expected)
    }

    @Test("Decomposed letters are composed (NFC) and offsets map back to the original")
    func nfcWithMap() {
        // "й" written as и + combining breve, then a word.
        let original = "Қ\u{0438}\u{0306}ын Астана"
        let normalized = TextNormalizer.normalize(original)
        #expect(normalized.text == "Қйын Астана")
        #expect(!normalized.isIdentity)
        // "Астана" starts at byte 9 in the normalised text (Қ 2 + й 2 + ы 2 + н 2 + space 1)
        let start = normalized.text.utf8.count - "Астана".utf8.count
        let originalStart = normalized.originalOffset(start)
        let utf8 = Array(original.utf8)
        #expect(String(decoding: utf8[originalStart...], as: UTF8.self) == "Астана")
        #expect(normalized.originalOffset(normalized.text.utf8.count) == utf8.count)
    }
}

@Suite("Case folding")
struct TextFoldingTests {
    @Test("Every Kazakh capital folds to its small letter")
    func kazakhLetters() {
        #expect(TextFolding.fold("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі")
        #expect(TextFolding.fold("ҚАЗАҚСТАН") == "қазақстан")
        #expect(TextFolding.fold("Ёлка") == "елка")
    }

    @Test("Quotes and dashes are unified for matching")
    func punctuation() {
        #expect(TextFolding.fold("«Самұрық» — “x” – „y“") == "\"самұрық\" - \"x\" - \"y\"")
    }

    @Test("Upper-case and capitalised checks")
    func shapes() {
        #expect(TextFolding.isAllUpper("ҚР"))
        #expect(!TextFolding.isAllUpper("Қр"))
        #expect(!TextFolding.isAllUpper("Қ"))
        #expect(TextFolding.isCapitalized("Әлия"))
        #expect(!TextFolding.isCapitalized("әлия"))
    }
}
