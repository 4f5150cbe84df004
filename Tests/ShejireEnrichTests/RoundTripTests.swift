import Foundation
import ShejireCore
import Testing

@testable import ShejireEnrich

/// Enriched CSV read back by Python's `csv` module has the same rows and original values.
@Suite("Round trip through Python's csv module", .serialized)
struct RoundTripTests {
    typealias S = EnrichTestSupport

    /// Reads INPUT and OUTPUT with csv (utf-8-sig, the given delimiter) and prints what differs.
    static let script = """
        import csv, json, sys
        inp, out, delim = sys.argv[1], sys.argv[2], sys.argv[3]
        def rows(path):
            with open(path, newline='', encoding='utf-8-sig') as f:
                return [r for r in csv.reader(f, delimiter=delim) if r]
        a, b = rows(inp), rows(out)
        problems = []
        if len(a) != len(b): problems.append('rows: %d in, %d out' % (len(a), len(b)))
        added = len(b[0]) - len(a[0]) if a and b else 0
        for i, (x, y) in enumerate(zip(a, b)):
            if y[:len(x)] != x: problems.append('row %d: values differ' % i)
            if len(y) != len(a[0]) + added: problems.append('row %d: %d fields' % (i, len(y)))
        print(json.dumps({'rows': len(b), 'added': added, 'problems': problems}))
        """

    struct Case: Sendable, CustomStringConvertible {
        var fixture: String
        var delimiter: String
        var textFields: [String]
        var description: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "catalogue.csv", delimiter: ",", textFields: ["title", "description"]),
        Case(fixture: "excel-semicolon-bom.csv", delimiter: ";", textFields: ["сипаттама"]),
        Case(fixture: "records.tsv", delimiter: "\t", textFields: ["text"]),
        Case(fixture: "relative-dates.csv", delimiter: ",", textFields: ["text"]),
        Case(fixture: "tricky.csv", delimiter: ",", textFields: ["text"]),
    ]

    @Test("Same rows and original values", arguments: cases)
    func roundTrip(_ item: Case) throws {
        guard S.hasPython else {
            print("SKIP: python3 is not installed; the csv round trip of \(item.fixture) was not checked")
            return
        }
        let input = item.fixture == "tricky.csv" ? try Self.tricky() : S.fixture(item.fixture)
        let (output, summary) = try S.enrich(input, options: EnrichOptions(textFields: item.textFields, columns: EnrichColumn.allCases))
        let outPath = try S.file("out.csv", [UInt8](output))
        let scriptPath = try S.file("roundtrip.py", Self.script)
        let run = try #require(S.run("python3", [scriptPath, input, outPath, item.delimiter]))
        #expect(run.status == 0, "\(run.output)")
        let result = try #require(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(result["problems"] as? [String] == [], "\(run.output)")
        #expect(result["added"] as? Int == EnrichColumn.allCases.count + 1)
        #expect(result["rows"] as? Int == summary.rows + 1)
    }

    /// Quotes, delimiters, CRLF and LF inside fields, empty fields, a formula-looking value, a
    /// short row, and a last line without a line break.
    static func tricky() throws -> String {
        let text = "id,text,note\r\n"
            + "1,\"Астанада, 2024 жылы \"\"Архив-2024\"\" көрмесі\",\"a\r\nb\"\r\n"
            + "2,\"Alma-Ata\nАлматы\",=1+2\r\n"
            + "3,,\r\n"
            + "4,Шымкент\r\n"
            + "5,\"\",\"\"\"\"\r\n"
            + "6,Қарағанды,last"
        return try S.file("tricky.csv", text)
    }
}
