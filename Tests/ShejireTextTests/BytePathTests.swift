import Testing
@testable import ShejireText

/// The byte-level fast paths give the answers of the general code they stand in for.
@Suite("Byte-level fast paths")
struct BytePathTests {
    /// Texts whose first letter is any scalar below U+0500 (after nothing, a digit, a quote
    /// and a space, or a combining mark), plus other scripts and edge cases.
    static var capitalisationTexts: [String] {
        var texts: [String] = []
        for value in UInt32(0x20)..<0x0500 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(Character(scalar))
            texts += [s, "1«" + s + "а", " \u{301}" + s, s + "Б"]
        }
        texts += [
            "", "123", "«»", "Ωμέγα", "ωμέγα", "ⅷ", "Ⅷ", "ǅ", "ა", "Ⴀ", "日本", "😀Астана", "\u{301}А", "İstanbul", "ß",
            "ﬁ", "ǈ", "Ꙋ", "ꙋ", "\u{1E9E}", "𝐀", "𝐚", "ꭰ", "Ꭰ", "ӏ", "Ӏ", "ҁ", "Ҁ", "\u{483}а", "e\u{301}",
        ]
        return texts
    }

    @Test("isCapitalized on a String (bytes) agrees with the scalar walk")
    func capitalised() {
        for text in Self.capitalisationTexts {
            #expect(TextFolding.isCapitalized(text) == TextFolding.isCapitalizedScalars(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextFolding.isCapitalized(text) == TextFolding.isCapitalized(text[...]))
        }
    }

    @Test("The tokenizer's ASCII punctuation mask is the scalar table's answer")
    func asciiPunctuation() {
        for value in UInt32(0)..<0x0500 {
            let scalar = Unicode.Scalar(value)!
            let expected = ScalarTable.flags(of: scalar) & (ScalarTable.alphabetic | ScalarTable.punctuation) != 0
            #expect(Scanner.isPunctuationOrLetter(scalar) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("The normaliser's word letters by value are the scalar table's answer")
    func wordLetters() {
        for value in UInt32(0)..<0x0500 {
            let scalar = Unicode.Scalar(value)!
            let expected = ScalarTable.isAlphabetic(scalar) || TextNormalizer.isCombining(scalar)
            #expect(TextNormalizer.isWordLetter(scalar) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("A match key written into a buffer is the match key string's bytes")
    func matchKeyBytes() {
        for text in ["алия мұстафина", "aliya mustafina", "ақтөбе", "Qaraghandy", "конгресс", "джон", "dzh", "шш", "şş", "日本", "e\u{301}", "ICAда", ""] {
            let folded = TextFolding.fold(text)
            var buffer = [UInt8](repeating: 0, count: Transliteration.matchKeyCapacity(folded))
            let length = buffer.withUnsafeMutableBufferPointer { Transliteration.writeMatchKey(folded, into: $0) }
            #expect(Array(buffer[..<length]) == Array(Transliteration.matchKey(folded).utf8))
        }
    }

    @Test("hasPrefix on bytes agrees with String.hasPrefix")
    func prefixes() {
        let words = ["ICA", "ICAда", "ICA\n", "ICA\u{301}", "IC", "ica", "Астана", "Астанада", "Аста", "e", "e\u{301}", "é", "", "А\u{301}б", "ＩＣＡ", "ICA-ның", "ICA 2"]
        for text in words {
            for prefix in words {
                #expect(UTF8Bytes.hasPrefix(text, prefix) == text.hasPrefix(prefix), "\(text) / \(prefix)")
            }
        }
    }

    @Test("Every known abbreviation is ASCII, Cyrillic, dots and hyphens, within the longest key")
    func abbreviationKeys() {
        for key in Abbreviations.known {
            #expect(key.utf8.count <= Abbreviations.longestKey)
            #expect(UTF8Bytes.isSimple(key))
            #expect(key.unicodeScalars.allSatisfy { $0.value < 0x80 || (0x0400...0x04FF).contains($0.value) }, "\(key)")
            #expect(Abbreviations.table.find(key) != nil)
        }
    }

    @Test("Abbreviations found by folded bytes are those found by folding strings")
    func abbreviationsByBytes() {
        let texts = [
            "т.б.", "Т.Б.", "т. б.", "Т. Б.", "т.с.с.", "жж.", "ЖЖ.", "ж.", "г.", "Г.", "им.", "ИМ.", "mr.", "Mr.", "MR.",
            "prof.", "e.g.", "E.G.", "до.н.э.", "до н.э.", "н.э.", "жылы.", "Барселонада.", "проф.", "просп.", "пр.",
            "e\u{301}t.", "İm.", "ǅr.", "Ωμ.", "ǆ.", "рус.", "ё.", "Ё.", "жыл.", "ауыл.", "р-н.", "т.ғ.д.", "Т.Ғ.Д.",
            "abcdefghijklmn.", "аааааааааааа.", "т. б. с.", "a.b.c.d.e.",
        ]
        let cache = TokenCache()
        for text in texts {
            var contiguous = text
            contiguous.makeContiguousUTF8()
            contiguous.utf8.withContiguousStorageIfAvailable { bytes in
                let scanner = Scanner(bytes: bytes, document: TextNormalizer.normalize(text), cache: cache)
                for end in 1...bytes.count where bytes[end - 1] == 0x2E {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
                    let key = String(decoding: TextFolding.fold(raw).utf8.filter { $0 != 0x20 }, as: UTF8.self)
                    #expect(scanner.isKnownAbbreviation(0, end) == Abbreviations.known.contains(key), "\(raw)")
                }
            }
        }
    }
}
