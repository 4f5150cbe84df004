import Foundation
import ShejireCore
import Testing

@testable import ShejireEnrich

@Suite("Writing enriched records")
struct RecordWriterTests {
    typealias S = EnrichTestSupport

    @Test("Cells Shejire adds never start a formula", arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+7 727", "'+7 727"), ("-0044", "'-0044"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
        ("Астана", "Астана"), ("", ""), ("'quoted", "'quoted"),
    ])
    func formulaGuard(cell: String, expected: String) {
        #expect(FormulaGuard.protect(cell) == expected)
    }

    @Test("An added name that looks like a formula is protected; input values are left as they are")
    func injectionInOutput() throws {
        let path = try S.file("inj.csv", "text,note\n\"=Алматы\",=1+1\n")
        let directory = try S.temporaryDirectory()
        let out = directory.appendingPathComponent("out.csv").path
        let output = try OutputFile(path: out)
        let writer = DelimitedRecordWriter(output: output, delimiter: UInt8(ascii: ","), columns: [.places, .entityIDs])
        let reader = try RecordReaders.open(path: path)
        try writer.begin(reader: reader)
        let record = try #require(try reader.next())
        let mention = Mention(
            range: 1..<13, text: "Алматы", type: .place, entity: "place:almaty", name: "=Алматы", base: "Алматы",
            source: "test", confidence: 0.9)
        let found = FoundMention(mention: mention, field: "text", start: 1, end: 7, entityID: "-odd-id")
        try writer.write(record, .enriched(RecordEnrichment(mentions: [found], relations: [])))
        try writer.write(InputRecord(number: 2, line: 3, content: .fields(["x", "y"])), .failed("=bad"))
        try output.commit()
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text == "text,note,places,entity_ids,enrich_error\n=Алматы,=1+1,'=Алматы,'-odd-id,\nx,y,,,'=bad\n")
    }

    @Test("Fields are quoted only when they hold the delimiter, a quote or a line break")
    func quoting() throws {
        let path = try S.file("q.tsv", "a\tb\n\"x\ty\"\t\"say \"\"hi\"\"\"\n")
        let (output, _) = try S.enrich(path, options: EnrichOptions(textFields: ["b"], columns: [.places]))
        #expect(String(decoding: output, as: UTF8.self) == "a\tb\tplaces\tenrich_error\n\"x\ty\"\t\"say \"\"hi\"\"\"\t\t\n")
    }

    @Test("JSONL fields are inserted before the closing brace, also of an empty object")
    func jsonlInsert() {
        #expect(JSONLRecordWriter.inserting([("a", "1")], into: "{\"x\": 2 }") == "{\"x\": 2,\"a\":1}")
        #expect(JSONLRecordWriter.inserting([("a", "1")], into: "{ }") == "{\"a\":1}")
        #expect(JSONText.quote("a\"b\\c\n\u{01}") == "\"a\\\"b\\\\c\\n\\u0001\"")
    }

    @Test("An abandoned output leaves the destination as it was and no temporary file")
    func atomicOutput() throws {
        let directory = try S.temporaryDirectory()
        let path = directory.appendingPathComponent("out.csv").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let output = try OutputFile(path: path)
        try output.write("new, half written")
        output.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])
    }
}
