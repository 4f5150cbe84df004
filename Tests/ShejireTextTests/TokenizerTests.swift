import Testing
@testable import ShejireText

@Suite("Tokenizer")
struct TokenizerTests {
    func texts(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.text) }

    @Test(
        "Tokens keep hyphenated names, suffixed numbers and acronyms, abbreviations and initials together",
        arguments: [
            ("Қасым-Жомарт Тоқаев", ["Қасым-Жомарт", "Тоқаев"]),
            ("Нұр-Сұлтан мен Алма-Ата", ["Нұр-Сұлтан", "мен", "Алма-Ата"]),
            ("30-дан астам", ["30-дан", "астам"]),
            ("2020-сыншы жылы", ["2020-сыншы", "жылы"]),
            ("1990-жылдардағы реформа", ["1990-жылдардағы", "реформа"]),
            ("ҚР мен АҚШ-пен", ["ҚР", "мен", "АҚШ-пен"]),
            ("ЮНЕСКО-ның шешімі", ["ЮНЕСКО-ның", "шешімі"]),
            ("2025 ж. 30 қазан", ["2025", "ж.", "30", "қазан"]),
            ("1990–1995 жж. т.б.", ["1990", "–", "1995", "жж.", "т.б."]),
            ("в г. Алматы им. Абая", ["в", "г.", "Алматы", "им.", "Абая"]),
            ("Ә.Қ. Мұстафина", ["Ә.", "Қ.", "Мұстафина"]),
            ("Б.Жапаров", ["Б.", "Жапаров"]),
            ("Н.Ә.Назарбаев", ["Н.", "Ә.", "Назарбаев"]),
            ("«Қазақтелеком» АҚ", ["«", "Қазақтелеком", "»", "АҚ"]),
            ("„Abc“ — “d”", ["„", "Abc", "“", "—", "“", "d", "”"]),
            ("27-30 қазан", ["27", "-", "30", "қазан"]),
            ("2025-10-30 күні", ["2025-10-30", "күні"]),
            ("30.10.2025 ж.", ["30.10.2025", "ж."]),
            ("https://www.inform.kz/kz/a-1. Келесі", ["https://www.inform.kz/kz/a-1", ".", "Келесі"]),
            ("Жазыңыз: info@arch.gov.kz.", ["Жазыңыз", ":", "info@arch.gov.kz", "."]),
            ("COVID-19 пандемиясы", ["COVID-19", "пандемиясы"]),
            ("Orda.kz хабарлады", ["Orda.kz", "хабарлады"]),
            ("O'Brien said", ["O'Brien", "said"]),
        ])
    func tokens(input: String, expected: [String]) {
        #expect(texts(input) == expected)
    }

    @Test("Token kinds")
    func kinds() {
        let tokens = Tokenizer.tokenize("Ә. 30-дан «x» – ж. http://a.kz a@b.kz ,")
        #expect(tokens.map(\.kind) == [.initial, .number, .quote, .word, .quote, .dash, .abbreviation, .url, .email, .punctuation])
    }

    @Test("Offsets are UTF-8 byte ranges into the original text")
    func offsets() {
        let text = "Барселонада ICA"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens[0].range == 0..<22)
        #expect(tokens[1].range == 23..<26)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[tokens[1].range], as: UTF8.self) == "ICA")
    }

    @Test("Offsets stay on the original text when normalisation changed it")
    func offsetsAfterNormalisation() {
        let text = "Бiлiм Қазақстан"  // Latin i's
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens[0].text == "Білім")
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[tokens[1].range], as: UTF8.self) == "Қазақстан")
        #expect(String(decoding: bytes[tokens[0].range], as: UTF8.self) == "Бiлiм")
    }

    @Test("Empty and blank texts give no tokens")
    func empty() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \n\t ").isEmpty)
    }
}

@Suite("Sentences")
struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(text)
        var result: [String] = []
        for token in tokens {
            if token.sentence >= result.count { result.append(token.text) } else { result[token.sentence] += " " + token.text }
        }
        return result
    }

    @Test("Splits at terminal punctuation before a capital, not at initials, abbreviations or dotted dates")
    func splits() {
        #expect(sentences("Бірінші сөйлем. Екінші сөйлем! Үшінші?") == ["Бірінші сөйлем .", "Екінші сөйлем !", "Үшінші ?"])
        #expect(sentences("Ә.Қ. Мұстафина келді. Ол сөйледі.").count == 2)
        #expect(sentences("2025 ж. Қазан айында 30.10.2025 күні т.б. Болды.").count == 1)
        #expect(sentences("В г. Алматы прошёл форум. Его открыл аким.").count == 2)
    }

    @Test("A dateline does not end a sentence")
    func dateline() {
        let s = sentences("АСТАНА. KAZINFORM – Барселонада конгресс басталды. Делегация қатысты.")
        #expect(s.count == 2)
        #expect(s[0].hasPrefix("АСТАНА . KAZINFORM"))
    }

    @Test("A line break ends a title line")
    func lines() {
        #expect(sentences("Тақырып жолы\nАСТАНА. KAZINFORM – Мәтін.").count == 2)
        #expect(sentences("бір сөйлем\nжалғасы бар.").count == 1)
    }
}
