import Testing
@testable import ShejireText

@Suite("Token cache")
struct TokenCacheTests {
    static let documents = [
        "АСТАНА. KAZINFORM – Барселонада Халықаралық архивтер кеңесінің (ICA) конгресі өтті. Барселонада делегация болды.",
        "Қазақстан Республикасы Президентінің Архиві мен ҚР Президенті архиві; «Қазақтелеком» АҚ, Ә.Қ. Мұстафина.",
        "В г. Алматы прошёл форум. Его открыл аким — Ерболат Досаев… Казахстан, КАЗАХСТАН, казахстан!",
        "Astаna (Latin look-alike) and Astana, Café, İstanbul, straße, e\u{301}, 30-дан, 1990–1995 жж. т.б.",
        "",
        "Барселонада Барселонада Барселонада Барселона Barcelona BARCELONA",
    ]

    @Test("Tokens with a cache are the tokens without one, across documents and when the cache is emptied", arguments: [2, 100_000])
    func sameTokens(limit: Int) {
        let cache = TokenCache(limit: limit)
        for _ in 0..<2 {
            for text in Self.documents {
                #expect(Tokenizer.tokenize(text, cache: cache) == Tokenizer.tokenize(text))
            }
        }
    }

    @Test("Normalising and tokenizing in one scan gives what normalising, then tokenizing gives", arguments: [2, 100_000])
    func oneScan(limit: Int) {
        let cache = TokenCache(limit: limit)
        let texts = Self.documents + [
            "mail a@b.kzб Астана", "x@y.ruАстана барды", "a\u{483}б Астана", "Бa\u{483}рселона", "ICAда ICA-да",
            "Astana\u{301} Астанa", "Ə Əлем әлем", "«Барселона»да Orda.kzда", "http://сайт.kz/abcб Астанада",
            "2025ж 10км Алматыa", "a\u{A0}б", "Aлматы \u{410}lmaty", "тест\u{200B}Astana", "αб aαб", String(repeating: "ab", count: 40) + "б",
        ]
        for _ in 0..<2 {
            for text in texts {
                let (normalized, tokens) = Tokenizer.normalizeAndTokenize(text, cache: cache)
                let expected = TextNormalizer.normalize(text)
                #expect(normalized.text == expected.text)
                #expect(normalized.isIdentity == expected.isIdentity)
                #expect((0...normalized.text.utf8.count).map(normalized.originalOffset) == (0...expected.text.utf8.count).map(expected.originalOffset))
                #expect(tokens == Tokenizer.tokenize(expected))
            }
        }
    }

    @Test("A scan stopped by a word to normalise goes on from that word, with what normalising everything gives", arguments: [2, 100_000])
    func resumedScan(limit: Int) {
        let cache = TokenCache(limit: limit)
        // What may come before the word that needs normalising: white space of each kind, the
        // end of a sentence or of an abbreviation (`т. б.`, whose scan reads past the space),
        // combining marks (which the normaliser maps to their cluster's start), a bracket.
        let before = [
            "", " ", ". ", "т. ", "т. б. ", " \u{301}", " а\u{301} ", "\u{483} ", "Қазақпарат\u{483} ", "\r\n", "\t", "\u{A0}",
            "(", " «", "30-дан ", "www.kaz.kz ", "a@b.kz ", "e\u{301} ", "\n\n", "ICAда ", "Абай. ", "ж. ",
        ]
        let words = [
            "ICAда", "UNESCOның", "ЮНЕСКОda", "Astanaда", "AСТАНА", "Aлматы", "cөз", "IТ-саласы", "ҚP", "Ə", "e\u{301}лем", "ICA-да",
        ]
        for _ in 0..<2 {
            for prefix in before {
                for word in words {
                    for text in ["Абай " + prefix + word + " Астана " + word, prefix + word + ".", "Абай Құнанбаев " + prefix + word + "\nICAда"] {
                        let (normalized, tokens) = Tokenizer.normalizeAndTokenize(text, cache: cache)
                        let expected = TextNormalizer.normalize(text)
                        #expect(normalized.text == expected.text)
                        #expect(normalized.isIdentity == expected.isIdentity)
                        #expect(
                            (0...normalized.text.utf8.count).map(normalized.originalOffset)
                                == (0...expected.text.utf8.count).map(expected.originalOffset))
                        #expect(tokens == Tokenizer.tokenize(expected), "\(text)")
                    }
                }
            }
        }
    }

    @Test("Tokens with a cache carry the id of their bytes; the same bytes, the same id; uncached tokens carry none")
    func ids() {
        let cache = TokenCache()
        let tokens = Tokenizer.tokenize("Барселонада Барселонада, Астана! Барселонада", cache: cache)
        #expect(tokens.allSatisfy { $0.cacheID >= 0 })
        #expect(tokens[0].cacheID == tokens[1].cacheID)
        #expect(tokens[0].cacheID == tokens[5].cacheID)
        #expect(Set(tokens.map(\.cacheID)).count == 4)
        #expect(Tokenizer.tokenize("Барселонада", cache: cache)[0].cacheID == tokens[0].cacheID)
        #expect(Tokenizer.tokenize("Барселонада").allSatisfy { $0.cacheID == -1 })
        let long = String(repeating: "а", count: 40)
        #expect(Tokenizer.tokenize(long, cache: cache)[0].cacheID == -1)
    }

    @Test("Byte-keyed table: dense ids in insertion order, found again after growing, tags kept apart")
    func table() {
        var table = ByteKeyTable(capacity: 2)
        let words = (0..<1_000).map { "сөз\($0)" }
        for (index, word) in words.enumerated() {
            #expect(table.insert(word).id == index)
        }
        for (index, word) in words.enumerated() {
            #expect(table.find(word) == index)
            #expect(table.insert(word) == (index, false))
        }
        #expect(table.find("сөз") == nil)
        #expect(table.find("сөз1", tag: 1) == nil)
        #expect(table.insert("сөз1", tag: 1) == (1_000, true))
        #expect(table.find("сөз1", tag: 1) == 1_000)
        #expect(table.find("сөз1") == 1)
        table.removeAll()
        #expect(table.count == 0)
        #expect(table.find("сөз1") == nil)
        #expect(table.insert("") == (0, true))
        #expect(table.find("") == 0)
    }

    @Test("Terminal punctuation is tested on bytes with the same answers", arguments: [
        (".", true), ("!", true), ("?", true), ("?!", true), ("!?", true), ("…", true), ("...", true), ("....", true),
        ("...!", true), (",", false), (";", false), ("!!", false), ("?.", false), ("(", false), ("", true),
    ])
    func terminal(text: String, expected: Bool) {
        let token = Token(kind: .punctuation, range: 0..<text.utf8.count, normalizedRange: 0..<text.utf8.count, text: text, folded: text)
        #expect(SentenceSplitter.isTerminal(token) == expected)
    }
}
