import Foundation
import ShejireCore
import Testing
@testable import ShejireExtraction

@Suite("Reading documents")
struct DocumentReaderTests {
    func readAll(_ reader: DocumentReader) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        while let event = reader.next() {
            switch event {
            case .document(let d): documents.append(d)
            case .diagnostic(let d): diagnostics.append(d)
            }
        }
        return (documents, diagnostics)
    }

    @Test("Invalid UTF-8 is replaced and reported with its byte offset; the rest is read",
          arguments: [
            ([0xFF, 0x41, 0x42] as [UInt8], 0),  // at the start
            ([0x41, 0xD2, 0x41, 0x42] as [UInt8], 1),  // inside a two-byte letter (Қ is D2 9A)
            ([0x41, 0x42, 0xD2] as [UInt8], 2),  // truncated at the end
          ])
    func invalidUTF8(bytes: [UInt8], offset: Int) throws {
        let dir = try TestPaths.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.txt")
        try Data(bytes).write(to: file)
        let (documents, diagnostics) = readAll(DocumentReader(paths: [file.path]))
        #expect(documents.count == 1)
        #expect(documents[0].text.contains("\u{FFFD}"))
        #expect(documents[0].text.contains("A"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].code == "invalid-utf8")
        #expect(diagnostics[0].byteOffset == offset)
        #expect(diagnostics[0].file == file.path)
    }

    @Test("Binary files are skipped with a warning; other files in the directory are read")
    func binary() throws {
        let dir = try TestPaths.temporaryDirectory()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: dir.appendingPathComponent("a.bin"))
        try Data("Астана".utf8).write(to: dir.appendingPathComponent("b.txt"))
        let (documents, diagnostics) = readAll(DocumentReader(paths: [dir.path]))
        #expect(documents.map(\.id) == ["b.txt"])
        #expect(diagnostics.map(\.code) == ["binary-file"])
    }

    @Test("UTF-16 with a byte order mark is decoded")
    func utf16() throws {
        let dir = try TestPaths.temporaryDirectory()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Қазақстан".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: dir.appendingPathComponent("u.txt"))
        let (documents, diagnostics) = readAll(DocumentReader(paths: [dir.path]))
        #expect(documents.first?.text == "Қазақстан")
        #expect(diagnostics.isEmpty)
    }

    @Test("An empty file is an empty document")
    func emptyFile() throws {
        let dir = try TestPaths.temporaryDirectory()
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let (documents, diagnostics) = readAll(DocumentReader(paths: [dir.path]))
        #expect(documents.count == 1)
        #expect(documents[0].text.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test("JSONL: fields are read; bad lines are reported with file:line and skipped")
    func jsonl() throws {
        let dir = try TestPaths.temporaryDirectory()
        let file = dir.appendingPathComponent("docs.jsonl")
        try Data("""
            {"id": "a", "text": "Астанада", "date": "2025-10-30", "language": "kk", "metadata": {"source": "x", "n": 3}}
            [1, 2]
            {"id": 7, "text": "Алматыда"}
            {broken
            {"id": "c"}

            {"id": "d", "text": "date 2024-01-02 Бүгін", "date": "soon"}
            """.utf8).write(to: file)
        let (documents, diagnostics) = readAll(DocumentReader(paths: [file.path]))
        #expect(documents.map(\.id) == ["a", "7", "d"])
        #expect(documents[0].date?.description == "2025-10-30")
        #expect(documents[0].metadata == ["source": "x", "n": "3"])
        #expect(documents[2].date?.description == "2024-01-02")
        #expect(diagnostics.map(\.code) == ["jsonl-not-object", "jsonl-syntax", "jsonl-no-text", "bad-date"])
        #expect(diagnostics.map(\.line) == [2, 4, 5, 7])
    }

    @Test("A leading `date YYYY-MM-DD` sets the document date and stays in the text")
    func leadingDate() {
        #expect(DocumentReader.leadingDate(" date 2025-10-30 Президент архиві")?.description == "2025-10-30")
        #expect(DocumentReader.leadingDate("Президент 2025-10-30") == nil)
    }

    @Test("A missing input is an error naming the path; other inputs are still read")
    func missing() throws {
        let dir = try TestPaths.temporaryDirectory()
        try Data("Астана".utf8).write(to: dir.appendingPathComponent("ok.txt"))
        let (documents, diagnostics) = readAll(DocumentReader(paths: ["/no/such/file.txt", dir.path]))
        #expect(documents.count == 1)
        #expect(diagnostics.first?.file == "/no/such/file.txt")
        #expect(diagnostics.first?.severity == .error)
    }

    @Test("Language is guessed from letters")
    func language() {
        #expect(LanguageGuess.guess("Қазақстан Республикасы") == "kk")
        #expect(LanguageGuess.guess("Республика Казахстан") == "ru")
        #expect(LanguageGuess.guess("Republic of Kazakhstan") == "en")
        #expect(LanguageGuess.guess("2025") == nil)
    }
}
