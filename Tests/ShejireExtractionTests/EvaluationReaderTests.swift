import Foundation
import ShejireCore
import ShejireExtraction
import Testing

/// Where the evaluation fixtures and the shared corpora are, found from this file.
private enum EvaluationPaths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let factRuEvalFixture = tests.appendingPathComponent("Fixtures/factrueval").path

    /// A file or directory under `../shared/sources`, or nil (with a visible SKIP line) if absent.
    static func shared(_ relative: String) -> String? {
        let path = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/sources/" + relative).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("SKIP: \(path) not found")
            return nil
        }
        return path
    }
}

/// The text of a byte range.
private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}

/// The text of a gold entity's tokens, joined with spaces.
private func tokenTexts(_ entity: GoldEntity, in document: AnnotatedDocument) -> String {
    entity.tokens.map { slice(document.text, document.tokens[$0].range) }.joined(separator: " ")
}

@Suite("Evaluation: CoNLL IOB2 reader")
struct EvaluationConllReaderTests {
    @Test("sentences, chunks and token offsets")
    func readsSentences() {
        let text = """
            Қасым-Жомарт B-PERSON
            Тоқаев I-PERSON
            Астанада B-GPE
            болды O
            . O

            2023 B-DATE
            жылы I-DATE
            ҚР B-ORGANISATION
            Үкіметі I-ORGANISATION
            """
        let corpus = ConllCorpus.parse(text, file: "mini.txt")
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.sentences.count == 2)
        let first = corpus.sentences[0]
        #expect(first.id == "mini.txt:1")
        #expect(first.text == "Қасым-Жомарт Тоқаев Астанада болды .")
        #expect(first.entities.map(\.label) == ["PERSON", "GPE"])
        #expect(first.entities.map(\.tokens) == [0..<2, 2..<3])
        #expect(corpus.sentences[1].line == 7)
        #expect(corpus.sentences[1].entities.map(\.label) == ["DATE", "ORGANISATION"])

        let documents = ConllCorpus.documents(from: corpus.sentences)
        #expect(documents.count == 2)
        let document = documents[0]
        #expect(document.text == first.text)
        for (index, token) in first.tokens.enumerated() {
            #expect(slice(document.text, document.tokens[index].range) == token)
        }
        #expect(tokenTexts(document.entities[0], in: document) == "Қасым-Жомарт Тоқаев")
    }

    @Test("sentences grouped into documents keep their offsets")
    func groupsSentences() {
        let text = "Алматы B-GPE\nқаласы O\n\nАбай B-PERSON\nКунанбаев I-PERSON\n\nМосква B-GPE\n"
        let corpus = ConllCorpus.parse(text, file: "g.txt")
        let documents = ConllCorpus.documents(from: corpus.sentences, sentencesPerDocument: 2)
        #expect(documents.count == 2)
        #expect(documents[0].text == "Алматы қаласы\nАбай Кунанбаев")
        #expect(documents[0].sentences.map(\.tokens) == [0..<2, 2..<4])
        #expect(documents[0].sentences.map(\.id) == ["g.txt:1", "g.txt:4"])
        #expect(documents[0].entities.map { tokenTexts($0, in: documents[0]) } == ["Алматы", "Абай Кунанбаев"])
        #expect(documents[1].entities.map { tokenTexts($0, in: documents[1]) } == ["Москва"])
    }

    @Test("malformed lines are reported with their line number and skipped")
    func malformedLines() {
        let text = """
            -DOCSTART- O

            Абай B-PERSON
            Кунанбаев
            ұлы I-PERSON
            туралы\tO\t
            кітап X-ART
            оқыдым O

            Астана I-GPE
            қаласы I-GPE
            бас NN B-ORGANISATION
            """
        let corpus = ConllCorpus.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), file: "bad.txt")
        let found = corpus.diagnostics.map { "\($0.line ?? 0) \($0.code)" }
        #expect(found == ["4 conll-line", "7 conll-tag", "10 iob2-inside-without-begin"])
        #expect(corpus.sentences.count == 2)
        // The line without a tag is skipped; the chunk goes on over it.
        #expect(corpus.sentences[0].tokens == ["Абай", "ұлы", "туралы", "кітап", "оқыдым"])
        #expect(corpus.sentences[0].entities.map(\.tokens) == [0..<2])
        // An I- tag without a B- starts a chunk; a line with more fields takes the last as the tag.
        #expect(corpus.sentences[1].entities.map(\.label) == ["GPE", "ORGANISATION"])
        #expect(corpus.sentences[1].entities.map(\.tokens) == [0..<2, 2..<3])
        #expect(corpus.sentences[1].line == 10)
    }

    @Test("the KazNERD validation split reads, and its offsets line up")
    func kaznerd() throws {
        guard let path = EvaluationPaths.shared("kaznerd/IOB2_valid.txt") else { return }
        let corpus = try ConllCorpus.read(path: path)
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.sentences.count > 10_000)
        let entities = corpus.sentences.reduce(0) { $0 + $1.entities.count }
        #expect(entities > 10_000)
        let labels = Set(corpus.sentences.flatMap { $0.entities.map(\.label) })
        #expect(labels.isSuperset(of: ["PERSON", "ORGANISATION", "GPE", "LOCATION", "DATE"]))
        let documents = ConllCorpus.documents(from: Array(corpus.sentences.prefix(500)), sentencesPerDocument: 50)
        #expect(documents.count == 10)
        var checked = 0
        for document in documents {
            var index = 0
            for sentence in corpus.sentences[checked..<(checked + document.sentences.count)] {
                for token in sentence.tokens {
                    #expect(slice(document.text, document.tokens[index].range) == token)
                    index += 1
                }
            }
            checked += document.sentences.count
        }
    }
}

@Suite("Evaluation: factRuEval-2016 reader")
struct EvaluationFactRuEvalReaderTests {
    @Test("the fixture reads, and spans line up with the text (LF and CRLF)")
    func fixture() throws {
        let corpus = try FactRuEvalCorpus.read(directory: EvaluationPaths.factRuEvalFixture)
        #expect(corpus.format == .factRuEval)
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.documents.map(\.id) == ["book_1", "book_2"])
        let book1 = corpus.documents[0]
        #expect(book1.sentences.count == 2)
        #expect(book1.entities.map(\.label) == ["Org", "LocOrg", "Person", "Org", "Org", "Location"])
        #expect(
            book1.entities.map { tokenTexts($0, in: book1) }
                == ["мэрии Москвы", "Москвы", "Юрий Лужков", "Газпром", "компании", "Санкт - Петербург"])
        #expect(book1.entities[0].parts.map(\.label) == ["org_descr", "loc_name"])
        // `«`, `»`, `.` and the hyphen in Санкт-Петербург touch their neighbours: ignorable.
        let ignorable = book1.tokens.indices.filter { book1.tokens[$0].isIgnorable }
            .map { slice(book1.text, book1.tokens[$0].range) }
        #expect(ignorable == ["«", "»", ".", "-", "."])

        let book2 = corpus.documents[1]
        #expect(book2.entities.map { tokenTexts($0, in: book2) } == ["Владимир Путин", "Казань"])
        #expect(book2.sentences.map(\.id) == ["book_2#1", "book_2#2"])
    }

    @Test("offsets count a CRLF line break as one character, as Python's text mode does")
    func crlf() {
        let text = "Первая строка.\r\nВладимир Путин прибыл в Казань."
        let tokens = "1 0 6 Первая\n2 7 6 строка\n3 13 1 .\n\n4 15 8 Владимир\n5 24 5 Путин\n6 39 6 Казань\n"
        let spans = "7 name 15 8 4 1  # 4 Владимир\n8 surname 24 5 5 1  # 5 Путин\n9 loc_name 39 6 6 1  # 6 Казань\n"
        let objects = "10 Person 7 8 # Владимир Путин\n11 LocOrg 9 # Казань\n"
        let (raw, problems) = FactRuEvalCorpus.parse(name: "crlf", text: text, tokens: tokens, spans: spans, objects: objects)
        #expect(problems.isEmpty)
        let (document, diagnostics) = FactRuEvalCorpus.convert(raw)
        #expect(diagnostics.isEmpty)
        #expect(document.entities.map { tokenTexts($0, in: document) } == ["Владимир Путин", "Казань"])
    }

    @Test("malformed lines and unknown references are reported and skipped")
    func malformed() {
        let text = "Юрий Лужков ушёл."
        let tokens = "1 0 4 Юрий\n2 5 6 Лужков\nbroken line\n3 12 4 ушёл\n4 99 1 .\n"
        let spans = "5 name 0 4 1 1  # 1 Юрий\n6 surname 5 6\n7 surname 5 6 2 1  # 2 Лужков\n"
        let objects = "8 Person 5 7 # Юрий Лужков\n9 Person 42 # nothing\n10 Org\n"
        let (raw, problems) = FactRuEvalCorpus.parse(name: "bad", text: text, tokens: tokens, spans: spans, objects: objects)
        #expect(problems.map { "\($0.file ?? "") \($0.line ?? 0) \($0.code)" }
            == ["bad.tokens 3 factrueval-line", "bad.spans 2 factrueval-line", "bad.objects 3 factrueval-line"])
        let (document, diagnostics) = FactRuEvalCorpus.convert(raw)
        #expect(diagnostics.map(\.code) == ["factrueval-offset", "factrueval-object"])
        #expect(document.entities.count == 1)
        #expect(tokenTexts(document.entities[0], in: document) == "Юрий Лужков")
    }

    @Test("the factRuEval-2016 development set reads, and its offsets line up")
    func devset() throws {
        guard let path = EvaluationPaths.shared("factrueval-2016/devset") else { return }
        let corpus = try FactRuEvalCorpus.read(directory: path)
        let books = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".tokens") }
        #expect(corpus.documents.count == books.count)
        #expect(corpus.documents.count > 100)
        // Every token matched the text at its offsets (a mismatch is reported as factrueval-offset).
        #expect(corpus.diagnostics.filter { $0.code.hasPrefix("factrueval") }.isEmpty)
        #expect(corpus.entityCount > 2_000)
        #expect(corpus.sentenceCount > corpus.documents.count)
        // A few spans, checked against the text: book_100 mentions Москвы and Юрия Лужкова.
        let book = try #require(corpus.documents.first { $0.id == "book_100" })
        let texts = book.entities.map { tokenTexts($0, in: book) }
        #expect(texts.contains("Москвы"))
        #expect(texts.contains("Юрия Лужкова"))
        #expect(texts.contains("мэрии Москвы"))
    }
}
