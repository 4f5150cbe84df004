import Foundation
import Testing

@Suite("shejire enrich, end to end", .serialized)
struct EnrichCommandTests {
    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/ShejireEnrichTests/Fixtures")

    /// Copies a fixture into a fresh directory and returns its URL there.
    func copy(_ name: String) throws -> URL {
        let directory = try CLI.temporaryDirectory()
        let url = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: url)
        return url
    }

    func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("The default output sits beside the input; the summary goes to standard error; no temporary file is left")
    func defaultOutput() throws {
        let input = try copy("catalogue.csv")
        let result = try CLI.run(["enrich", input.path, "--text-field", "title", "--text-field", "description", "--id-field", "id"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("enriched 5 of 5 row(s)"))
        let output = input.deletingLastPathComponent().appendingPathComponent("catalogue.enriched.csv")
        let text = try lines(output)
        #expect(text[0] == "id,title,description,date,fond,persons,organisations,places,dates,dates_normalised,entity_ids,enrich_error")
        #expect(text[1].contains("Әлия Мұстафина"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: input.deletingLastPathComponent().path).sorted()
        #expect(entries == ["catalogue.csv", "catalogue.enriched.csv"])
    }

    @Test("A missing text column exits 2 naming the columns, and leaves an existing output alone")
    func missingColumn() throws {
        let input = try copy("catalogue.csv")
        let output = input.deletingLastPathComponent().appendingPathComponent("out.csv")
        try "previous\n".write(to: output, atomically: false, encoding: .utf8)
        let result = try CLI.run(["enrich", input.path, "--text-field", "body", "--out", output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no column 'body'"))
        #expect(result.stderr.contains("'id', 'title', 'description', 'date', 'fond'"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: input.deletingLastPathComponent().path).sorted() == ["catalogue.csv", "out.csv"])
    }

    @Test("Rows that cannot be read are written through and reported with their lines; --strict exits 1")
    func badRows() throws {
        let input = try copy("awkward.csv")
        let output = input.deletingLastPathComponent().appendingPathComponent("out.csv")
        let lenient = try CLI.run(["enrich", input.path, "--out", output.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("awkward.csv:7: warning: broken quote: text after a closing quote [enrich-row]"))
        #expect(lenient.stderr.contains("3 written through with enrich_error"))
        let strict = try CLI.run(["enrich", input.path, "--out", output.path, "--strict"])
        #expect(strict.status == 1)
        #expect(try lines(output).filter { $0.hasPrefix("a") }.count == 9)
    }

    @Test("Standard input to standard output, JSONL, --quiet prints nothing else")
    func stdinJSONL() throws {
        let input = #"{"id":"x","text":"Әлия Мұстафина Барселонада сөз сөйледі."}"# + "\n"
        let result = try CLI.run(["enrich", "-", "--format", "jsonl", "--columns", "persons,entity_ids", "--quiet"], stdin: input)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["entity_ids"] as? [String] == ["person:aliya-mustafina", "place:barcelona"])
        #expect(object["id"] as? String == "x")
    }

    @Test("--ingest stores the records in the graph; --link-only then adds only ids the graph has, and writes nothing")
    func ingestAndLinkOnly() throws {
        let input = try copy("catalogue.csv")
        let directory = input.deletingLastPathComponent()
        let db = directory.appendingPathComponent("graph.sqlite").path
        let ingest = try CLI.run([
            "enrich", input.path, "--text-field", "description", "--id-field", "id", "--date-field", "date", "--ingest", "--db", db,
            "--out", directory.appendingPathComponent("ingested.csv").path,
        ])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("stored 5 document(s)"))
        let stats = try CLI.run(["query", "stats", "--format", "json", "--db", db])
        let counts = try #require(JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(counts["documents"] as? Int == 5)
        let document = try CLI.run(["query", "sql", "SELECT metadata FROM document WHERE id = 'kz-001'", "--db", db])
        #expect(document.stdout.contains("Ф. 7"))

        let records = directory.appendingPathComponent("new.csv")
        try "id,text\nn1,Әлия Мұстафина Барселонада сөз сөйледі.\nn2,Шымкентте жаңа мұражай ашылды.\n".write(to: records, atomically: false, encoding: .utf8)
        let linked = directory.appendingPathComponent("linked.csv")
        let link = try CLI.run(["enrich", records.path, "--link-only", "--db", db, "--columns", "places,entity_ids", "--out", linked.path])
        #expect(link.status == 0, "\(link.stderr)")
        let rows = try lines(linked)
        #expect(rows[1] == "n1,Әлия Мұстафина Барселонада сөз сөйледі.,Барселона,person:aliya-mustafina|place:barcelona,")
        #expect(rows[2].hasSuffix(",Шымкент,,"))
        let after = try CLI.run(["query", "stats", "--format", "json", "--db", db])
        #expect(after.stdout == stats.stdout)
    }

    @Test("--link-only needs an existing graph")
    func linkOnlyWithoutGraph() throws {
        let input = try copy("records.tsv")
        let result = try CLI.run(["enrich", input.path, "--link-only", "--db", input.deletingLastPathComponent().appendingPathComponent("none.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such file"))
    }

    @Test("An interrupted run leaves neither the output nor its temporary file")
    func interrupted() throws {
        let directory = try CLI.temporaryDirectory()
        let input = directory.appendingPathComponent("big.csv")
        var text = "id,text\n"
        for i in 0..<20_000 { text += "r\(i),Әлия Мұстафина \(i) Барселонада ICA конгресінде сөз сөйледі.\n" }
        try text.write(to: input, atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("shejire")
        process.arguments = ["enrich", input.path, "--out", directory.appendingPathComponent("out.csv").path, "--quiet"]
        process.currentDirectoryURL = CLI.packageRoot
        try process.run()
        // Wait until the temporary output exists, then interrupt.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning,
            !(try FileManager.default.contentsOfDirectory(atPath: directory.path)).contains(where: { $0.hasPrefix(".out.csv.tmp-") })
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let started = process.isRunning
        process.interrupt()
        process.waitUntilExit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["big.csv"])
        if started { #expect(process.terminationStatus == 130) }
    }

    @Test("enrich is listed in the help")
    func help() throws {
        let result = try CLI.run(["--help"])
        #expect(result.stdout.contains("enrich"))
    }
}
