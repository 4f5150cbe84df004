import Foundation
import Testing

@Suite("shejire extract and analyze, end to end", .serialized)
struct ExtractCommandTests {
    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("extract on Examples/ prints one JSON line per document with code point offsets")
    func examples() throws {
        let result = try CLI.run(["extract", "Examples"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let documents = try jsonLines(result.stdout)
        #expect(documents.count == 1)
        let document = try #require(documents.first)
        #expect(document["id"] as? String == "kazinform-2025-10-30-ica-barcelona.txt")
        #expect(document["date"] as? String == "2025-10-30")
        let mentions = try #require(document["mentions"] as? [[String: Any]])
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/kazinform-2025-10-30-ica-barcelona.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            let start = try #require(mention["start"] as? Int)
            let end = try #require(mention["end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == mention["text"] as? String)
        }
        #expect(mentions.contains { $0["text"] as? String == "Барселонада" && $0["entity"] as? String == "place:barcelona" })
    }

    @Test("The same input gives byte-identical output")
    func deterministic() throws {
        let a = try CLI.run(["extract", "--jobs", "2", "Examples"])
        let b = try CLI.run(["extract", "--jobs", "1", "Examples"])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test("Standard input, --date, and the table format")
    func stdinAndTable() throws {
        let result = try CLI.run(["extract", "--format", "table", "--date", "2025-10-30", "-"], stdin: "Астанада және Барселонада.")
        #expect(result.status == 0)
        #expect(result.stdout.contains("# stdin  date 2025-10-30"))
        #expect(result.stdout.contains("Барселонада"))
        #expect(result.stdout.contains("place:barcelona"))
    }

    @Test("JSONL output keeps input order over many documents and several threads")
    func order() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("docs.jsonl")
        let lines = (0..<300).map { #"{"id": "d\#($0)", "text": "Астанада \#($0)"}"# }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let result = try CLI.run(["extract", "--jobs", "2", file.path])
        #expect(result.status == 0)
        let ids = try jsonLines(result.stdout).map { $0["id"] as? String }
        #expect(ids == (0..<300).map { "d\($0)" })
    }

    @Test("Bad input: warnings name the file, the rest is processed, --strict fails the run")
    func badInput() throws {
        let dir = try CLI.temporaryDirectory()
        try Data([0x41, 0xFF, 0x20] + Array("Астанада".utf8)).write(to: dir.appendingPathComponent("a.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("b.bin"))
        try Data("Алматыда".utf8).write(to: dir.appendingPathComponent("c.txt"))
        let lenient = try CLI.run(["extract", dir.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("a.txt (byte 1): warning: invalid UTF-8"))
        #expect(lenient.stderr.contains("b.bin"))
        #expect(try jsonLines(lenient.stdout).map { $0["id"] as? String } == ["a.txt", "c.txt"])
        let strict = try CLI.run(["extract", "--strict", dir.path])
        #expect(strict.status == 1)
        #expect(strict.stdout == lenient.stdout)
    }

    @Test("An empty input gives an empty, valid result")
    func empty() throws {
        let result = try CLI.run(["extract", "--format", "json", "-"], stdin: "")
        #expect(result.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["mentions"] as? [Any])?.isEmpty == true)
    }

    @Test("A malformed user gazetteer row is reported with file:line and skipped")
    func userGazetteer() throws {
        let dir = try CLI.temporaryDirectory()
        let gazetteer = dir.appendingPathComponent("mine.tsv")
        try Data("id\ttype\tname\norg:shejire\torganisation\tШежіре қоры\n\tplace\tбос\n".utf8).write(to: gazetteer)
        let result = try CLI.run(["extract", "--gazetteer", gazetteer.path, "-"], stdin: "Шежіре қорының жобасы")
        #expect(result.status == 0)
        #expect(result.stderr.contains("mine.tsv:3: warning"))
        #expect(result.stdout.contains("org:shejire"))
        let strict = try CLI.run(["extract", "--strict", "--gazetteer", gazetteer.path, "-"], stdin: "x")
        #expect(strict.status == 1)
    }

    @Test("Usage errors exit non-zero with a message")
    func usage() throws {
        let noInput = try CLI.run(["extract"])
        #expect(noInput.status != 0)
        #expect(noInput.stderr.contains("no input"))
        let badDate = try CLI.run(["extract", "--date", "30.10.2025", "-"], stdin: "")
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("YYYY-MM-DD"))
    }

    @Test("analyze --format jsonl lists tokens with offsets, sentences and base forms")
    func analyze() throws {
        let result = try CLI.run(["analyze", "--format", "jsonl", "-"], stdin: "Барселонада конгресс өтті. Астанадан келді.")
        #expect(result.status == 0)
        let line = try #require(try jsonLines(result.stdout).first)
        let tokens = try #require(line["tokens"] as? [[String: Any]])
        #expect(tokens.first?["text"] as? String == "Барселонада")
        #expect(tokens.first?["start"] as? Int == 0)
        #expect(tokens.first?["end"] as? Int == 11)
        #expect((tokens.first?["bases"] as? [String])?.contains("барселона") == true)
        #expect(tokens.last?["sentence"] as? Int == 1)
    }

    @Test("A document over 1 MB is streamed by extract and written in parts by ingest, with the same mentions")
    func longDocumentStreamed() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("long.txt")
        let paragraph = "ҚР Президенті архивінің директоры Әлия Мұстафина 2025 жылғы 30 қазанда Барселонада болды. "
        let text = String(repeating: paragraph, count: 1_100_000 / paragraph.utf8.count + 1)
        try Data(text.utf8).write(to: file)
        let extracted = try CLI.run(["extract", file.path])
        #expect(extracted.status == 0, "stderr: \(extracted.stderr)")
        let documents = try jsonLines(extracted.stdout)
        #expect(documents.count == 1)
        let mentions = try #require(documents.first?["mentions"] as? [[String: Any]])
        let relations = try #require(documents.first?["relations"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        #expect(mentions.count >= 4 * (text.utf8.count / paragraph.utf8.count))
        #expect(!relations.isEmpty)
        // Offsets in the second segment still point into the whole text.
        for mention in mentions.suffix(20) {
            let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == mention["text"] as? String)
        }
        let db = dir.appendingPathComponent("long.sqlite").path
        let ingested = try CLI.run(["ingest", "--db", db, file.path])
        #expect(ingested.status == 0, "stderr: \(ingested.stderr)")
        let count = try CLI.run(["query", "sql", "--db", db, "--format", "json", "SELECT count(*) AS n, max(end) AS last FROM mention"])
        let row = try #require((JSONSerialization.jsonObject(with: Data(count.stdout.utf8)) as? [[String: String]])?.first)
        #expect(row["n"] == String(mentions.count))
        #expect(row["last"] == mentions.compactMap { $0["end"] as? Int }.max().map(String.init))
    }

    @Test("Many tiny documents (50,000 here; 10 million by hand, RELIABILITY.md) all come out, in order, and all get stored")
    func manyTinyDocuments() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("tiny.jsonl")
        let texts = ["", ".", "Астана", "Әлия Мұстафина", "2025 жылы", "ЮНЕСКО", "Москве", "—"]
        let count = 50_000
        var lines = ""
        for i in 0..<count {
            let text = try String(decoding: JSONSerialization.data(withJSONObject: texts[i % texts.count], options: [.fragmentsAllowed]), as: UTF8.self)
            lines += #"{"id":"t\#(i)","text":\#(text)}"# + "\n"
        }
        try Data(lines.utf8).write(to: file)
        let extracted = try CLI.run(["extract", "--input", "jsonl", "--jobs", "2", file.path])
        #expect(extracted.status == 0, "stderr: \(extracted.stderr)")
        let output = extracted.stdout.split(separator: "\n")
        #expect(output.count == count)
        for index in [0, 1, 2, 3, count / 2, count - 1] {
            let line = try #require(JSONSerialization.jsonObject(with: Data(output[index].utf8)) as? [String: Any])
            #expect(line["id"] as? String == "t\(index)")
        }
        // Storing: the first 10,000 (every document a row, the empty ones too).
        let small = dir.appendingPathComponent("small.jsonl")
        try Data(lines.split(separator: "\n").prefix(10_000).joined(separator: "\n").utf8).write(to: small)
        let db = dir.appendingPathComponent("tiny.sqlite").path
        let ingested = try CLI.run(["ingest", "--db", db, "--input", "jsonl", small.path])
        #expect(ingested.status == 0, "stderr: \(ingested.stderr)")
        let stored = try CLI.run(["query", "sql", "--db", db, "--format", "json", "SELECT count(*) AS n FROM document"])
        let row = try #require((JSONSerialization.jsonObject(with: Data(stored.stdout.utf8)) as? [[String: String]])?.first)
        #expect(row["n"] == "10000")
    }
}
