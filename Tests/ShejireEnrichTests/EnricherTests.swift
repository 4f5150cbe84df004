import Foundation
import ShejireCore
import Testing

@testable import ShejireEnrich

@Suite("Enriching records", .serialized)
struct EnricherTests {
    typealias S = EnrichTestSupport

    struct Golden: Sendable, CustomStringConvertible {
        var fixture: String
        var snapshot: String
        var textFields: [String] = ["text"]
        var idField: String? = "id"
        var dateField: String? = nil
        var columns: [EnrichColumn] = EnrichColumn.defaults
        var description: String { snapshot }
    }

    static let goldens: [Golden] = [
        Golden(fixture: "catalogue.csv", snapshot: "catalogue.enriched.csv", textFields: ["title", "description"], dateField: "date"),
        Golden(fixture: "awkward.csv", snapshot: "awkward.enriched.csv"),
        Golden(fixture: "excel-semicolon-bom.csv", snapshot: "excel-semicolon-bom.enriched.csv", textFields: ["атауы", "сипаттама"], idField: "шифр", dateField: "күні"),
        Golden(fixture: "records.tsv", snapshot: "records.enriched.tsv", columns: EnrichColumn.defaults + [.relations]),
        Golden(fixture: "records.jsonl", snapshot: "records.enriched.jsonl", columns: EnrichColumn.allCases),
        Golden(fixture: "relative-dates.csv", snapshot: "relative-dates.enriched.csv", dateField: "date"),
        Golden(fixture: "invalid-utf8.csv", snapshot: "invalid-utf8.enriched.csv"),
        Golden(fixture: "header-only.csv", snapshot: "header-only.enriched.csv"),
        Golden(fixture: "empty.csv", snapshot: "empty.enriched.csv"),
    ]

    @Test("Golden outputs", arguments: goldens)
    func golden(_ golden: Golden) throws {
        let options = EnrichOptions(textFields: golden.textFields, idField: golden.idField, dateField: golden.dateField, columns: golden.columns)
        let (output, _) = try S.enrich(S.fixture(golden.fixture), options: options)
        try S.assertSnapshot(output, named: golden.snapshot)
    }

    @Test("Summary counts: rows, failures with their lines, blank lines, unread dates")
    func summary() throws {
        let (_, awkward) = try S.enrich(S.fixture("awkward.csv"))
        #expect(awkward.rows == 9)
        #expect(awkward.enriched == 6)
        #expect(awkward.failed == 3)
        #expect(awkward.failures.map(\.line) == [7, 9, 11])
        let (_, jsonl) = try S.enrich(S.fixture("records.jsonl"))
        #expect(jsonl.blankLines == 1)
        #expect(jsonl.failed == 1)
        let (_, dates) = try S.enrich(S.fixture("relative-dates.csv"), options: EnrichOptions(dateField: "date"))
        #expect(dates.unreadDates == 1)
    }

    @Test("The record date resolves relative dates")
    func relativeDates() throws {
        let (output, _) = try S.enrich(S.fixture("relative-dates.csv"), options: EnrichOptions(dateField: "date", columns: [.datesNormalised]))
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        #expect(lines[1].hasSuffix(",2024-05-09,"))
        #expect(lines[2].hasSuffix(",2024-05-10,"))
    }

    @Test("A missing text column is an error naming the columns that exist")
    func missingColumn() throws {
        #expect {
            _ = try S.enrich(S.fixture("catalogue.csv"), options: EnrichOptions(textFields: ["descr"]))
        } throws: { error in
            let text = "\(error)"
            return (error as? ShejireError)?.code == "missing-field" && text.contains("'descr'")
                && text.contains("'id', 'title', 'description', 'date', 'fond'")
        }
        #expect {
            _ = try S.enrich(S.fixture("records.jsonl"), options: EnrichOptions(textFields: ["body"]))
        } throws: { error in
            "\(error)".contains("'body'") && "\(error)".contains("'id', 'meta', 'text', 'year'")
        }
    }

    @Test("An input that already has an added column is refused")
    func columnClash() throws {
        let path = try S.file("again.csv", "text,persons\nАстана,x\n")
        #expect {
            _ = try S.enrich(path)
        } throws: { error in
            (error as? ShejireError)?.code == "column-exists"
        }
    }

    @Test("Text longer than the limit is written through with an error")
    func textTooLong() throws {
        let path = try S.file("long.csv", "text\n\(String(repeating: "Астана ", count: 100))\nАлматы\n")
        let (output, summary) = try S.enrich(path, options: EnrichOptions(columns: [.places], maxTextBytes: 200))
        #expect(summary.failed == 1)
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        #expect(lines[1].hasSuffix(",\"text too long: 1300 bytes in text, over the limit of 200 (--max-text-bytes)\""))
        #expect(lines[1].hasPrefix("Астана Астана"))
        #expect(lines[2] == "Алматы,Алматы,")
    }

    @Test("Many rows on two threads in small batches come out in input order, every one")
    func order() throws {
        var text = "id,text\n"
        let cities = ["Астана", "Алматы", "Шымкент", "Қарағанды", "Барселона"]
        for i in 0..<1000 { text += "r\(i),\(cities[i % cities.count])да жиналыс өтті.\n" }
        let path = try S.file("many.csv", text)
        let options = EnrichOptions(columns: [.places], batchSize: 7)
        let (two, summary) = try S.enrich(path, options: options, jobs: 2)
        let (one, _) = try S.enrich(path, options: options, jobs: 1)
        #expect(two == one)
        #expect(summary.enriched == 1000)
        let lines = String(decoding: two, as: UTF8.self).split(separator: "\n").dropFirst()
        #expect(lines.map { String($0.prefix { $0 != "," }) } == (0..<1000).map { "r\($0)" })
    }

    @Test("--min-confidence leaves out weaker mentions")
    func minConfidence() throws {
        let (all, _) = try S.enrich(S.fixture("records.tsv"), options: EnrichOptions(columns: [.persons]))
        let (strong, _) = try S.enrich(S.fixture("records.tsv"), options: EnrichOptions(columns: [.persons], minConfidence: 0.95))
        #expect(String(decoding: all, as: UTF8.self).split(separator: "\n")[1].hasSuffix("=SUM(A1:A2)\tӘлия Мұстафина\t"))
        #expect(String(decoding: strong, as: UTF8.self).split(separator: "\n")[1].hasSuffix("=SUM(A1:A2)\t\t"))
    }

    @Test("JSONL mentions carry the field and offsets into that field's value")
    func fieldOffsets() throws {
        let path = try S.file("two.jsonl", #"{"title":"Алматы","body":"Кеше Астанада жиналыс өтті."}"# + "\n")
        let (output, _) = try S.enrich(path, options: EnrichOptions(textFields: ["title", "body"], columns: [.places]))
        let object = try #require(JSONSerialization.jsonObject(with: output) as? [String: Any])
        let places = try #require(object["places"] as? [[String: Any]])
        #expect(places.count == 2)
        #expect(places[0]["field"] as? String == "title")
        #expect(places[0]["start"] as? Int == 0)
        #expect(places[1]["field"] as? String == "body")
        #expect(places[1]["start"] as? Int == 5)
        #expect(places[1]["end"] as? Int == 13)
        #expect(object["title"] as? String == "Алматы")
    }
}
