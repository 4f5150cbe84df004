import CSV
import Foundation
import ShejireCore
import Testing

@testable import ShejireEnrich

@Suite("Reading CSV, TSV and JSONL records")
struct RecordReaderTests {
    typealias S = EnrichTestSupport

    @Test("Quoted fields keep commas, doubled quotes and newlines; lines are counted across them")
    func quotedFields() throws {
        let path = try S.file("a.csv", "id,text\n1,\"Астана, \"\"ICA\"\"\"\n2,\"көп\nжолды\"\n3,соңғы\n")
        let (reader, records) = try S.records(path)
        #expect(reader.header == ["id", "text"])
        #expect(records.map(\.fields) == [["1", "Астана, \"ICA\""], ["2", "көп\nжолды"], ["3", "соңғы"]])
        #expect(records.map(\.line) == [2, 3, 5])
        #expect(records.map(\.number) == [1, 2, 3])
    }

    @Test("An Excel file: BOM, `;` detected, CRLF line ends kept for the output")
    func excel() throws {
        let (reader, records) = try S.records(S.fixture("excel-semicolon-bom.csv"))
        #expect(reader.hadBOM)
        #expect(reader.format == .delimited(delimiter: UInt8(ascii: ";")))
        #expect(reader.lineTerminator == [0x0D, 0x0A])
        #expect(reader.header == ["шифр", "атауы", "сипаттама", "күні"])
        #expect(records.count == 2)
        #expect(records[0].fields?[2] == "Астанада 2019 жылғы 20 наурызда өткен жиналыс; Нұрсұлтан Назарбаев сөз сөйледі.")
    }

    @Test("Excel's sep= line chooses the delimiter and is kept as a preamble")
    func sepLine() throws {
        let path = try S.file("sep.csv", "sep=;\r\nid;text\r\n1;Алматы, Астана\r\n")
        let (reader, records) = try S.records(path)
        #expect(reader.preamble == Array("sep=;\r\n".utf8))
        #expect(reader.header == ["id", "text"])
        #expect(records.first?.fields == ["1", "Алматы, Астана"])
    }

    @Test("Delimiter detection", arguments: [
        ("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ("\"x;y\",b,c", ","), ("single", ","), ("a;b,c", ","),
    ])
    func detection(line: String, expected: String) {
        #expect(RecordFormat.detectDelimiter(headerLine: Array(line.utf8)) == Array(expected.utf8)[0])
    }

    @Test("A broken quote is reported on its row and the rows after it are still read")
    func brokenQuote() throws {
        let (_, records) = try S.records(S.fixture("awkward.csv"))
        let ids = records.map { $0.fields?.first ?? ($0.problem.map { _ in "!" } ?? "?") }
        #expect(ids == ["a1", "a2", "a3", "!", "a5", "a6", "a7", "!", "a9"])
        #expect(records[3].problem == "broken quote: text after a closing quote")
        #expect(records[7].problem?.hasPrefix("broken quote: a quoted field is not closed") == true)
        #expect(records[8].fields == ["a9", "Атырау қаласы", "after broken"])
        #expect(records[8].line == 12)
        // A quote inside an unquoted field is an ordinary character (as in Python's csv).
        #expect(records[2].fields?[1] == "Unquoted 5\" floppy in Almaty")
    }

    @Test("CSV.swift alone silently merges the rows after an open quote and drops text after a closing quote (why RecordSplitter exists)")
    func libraryBehaviour() throws {
        let reader = try CSVReader(string: "1,\"open\n2,b\n3,c\n")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows == [["1", "open\n2,b\n3,c\n"]])
        #expect(reader.error == nil)
        let after = try CSVReader(string: "\"abc\"x,d\n")
        #expect(after.next() == ["abc\",d\n"])
    }

    @Test("A quote left open is cut after maxRecordBytes, in bounded memory")
    func openQuoteBound() throws {
        var text = "id,text\n1,\"never closed\n"
        for i in 0..<200 { text += "\(i + 2),Астана қаласы \(i)\n" }
        let path = try S.file("open.csv", text)
        let (_, records) = try S.records(path, maxRecordBytes: 1024)
        #expect(records.first?.problem?.contains("broken quote") == true)
        #expect(records.count == 201)
        #expect(records.last?.fields == ["201", "Астана қаласы 199"])
    }

    @Test("Invalid UTF-8 spoils only its row; a non-UTF-8 header is an error that says what to do")
    func invalidUTF8() throws {
        let (_, records) = try S.records(S.fixture("invalid-utf8.csv"))
        #expect(records.count == 2)
        #expect(records[0].problem == "invalid UTF-8 at byte 16 of the row")
        #expect(records[1].fields == ["b2", "Алматы қаласы"])
        let cp1251 = try S.file("cp1251.csv", [0xC8, 0xEC, 0xFF, 0x2C, 0x74, 0x0A])  // "Имя,t"
        #expect {
            _ = try RecordReaders.open(path: cp1251)
        } throws: { error in
            (error as? ShejireError)?.code == "not-utf8" && "\(error)".contains("iconv")
        }
    }

    @Test("Empty and header-only files")
    func emptyFiles() throws {
        let (empty, none) = try S.records(S.fixture("empty.csv"))
        #expect(empty.header == nil)
        #expect(none.isEmpty)
        let (headerOnly, rows) = try S.records(S.fixture("header-only.csv"))
        #expect(headerOnly.header == ["id", "text"])
        #expect(rows.isEmpty)
    }

    @Test("Blank lines are kept as blank lines, not rows")
    func blankLines() throws {
        let path = try S.file("blank.csv", "id,text\n1,a\n\n2,b\n")
        let (_, records) = try S.records(path)
        #expect(records.count == 3)
        if case .blank = records[1].content {} else { Issue.record("expected a blank line") }
        #expect(records[2].number == 2)
    }

    @Test("JSONL: objects, blank lines, and lines that are not objects")
    func jsonl() throws {
        let (reader, records) = try S.records(S.fixture("records.jsonl"))
        #expect(reader.format == .jsonl)
        #expect(records.count == 6)
        guard case .object(let raw, let values) = records[0].content else { Issue.record("not an object"); return }
        #expect(raw.hasPrefix("{\"id\":\"j1\""))
        #expect(values["year"] == "2025")
        #expect(values["meta"] == "{\"box\":3}")
        if case .object(_, let second) = records[1].content { #expect(second["flag"] == "true") }
        if case .blank = records[2].content {} else { Issue.record("expected a blank line") }
        #expect(records[4].problem == "not valid JSON")
        #expect(records[4].line == 5)
    }

    @Test("Formats from extensions and content")
    func formats() throws {
        #expect(RecordFormat.fromExtension(of: "a.TSV") == .tsv)
        #expect(RecordFormat.fromExtension(of: "a.ndjson") == .jsonl)
        #expect(RecordFormat.fromExtension(of: "a.txt") == nil)
        let sniffed = try S.file("records.txt", "\u{FEFF}{\"text\": \"Астана\"}\n")
        #expect(try RecordReaders.open(path: sniffed).format == .jsonl)
        #expect(RecordFormat.delimiter(named: "tab") == 9)
        #expect(RecordFormat.delimiter(named: "\"") == nil)
    }
}
