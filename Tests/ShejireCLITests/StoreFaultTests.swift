import Foundation
import Testing

/// Faults and concurrency on the graph store, through the real binary: `kill -9` during an
/// ingest, two ingests on one database, and exports while an ingest writes.
@Suite("Store faults and concurrency", .serialized)
struct StoreFaultTests {
    static let batchSize = 20

    /// A JSONL corpus of `count` short documents built from the example article's sentences.
    static func corpus(_ count: Int, prefix: String = "d", in directory: URL) throws -> URL {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/kazinform-2025-10-30-ica-barcelona.txt"), encoding: .utf8)
        let sentences = text.split(separator: "\n").dropFirst().map(String.init)
        let names = ["Әлия Мұстафина", "Алия Мустафина", "Ерлан Қарин", "Марат Тажин", "Дина Сейітова"]
        var lines: [String] = []
        for i in 0..<count {
            let body = sentences[i % sentences.count] + " " + names[i % names.count] + " Астанада болды. " + sentences[(i * 7) % sentences.count]
            let object: [String: String] = ["id": "\(prefix)\(i)", "text": body, "date": String(format: "2025-10-%02d", 1 + i % 28)]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        let url = directory.appendingPathComponent("\(prefix)-corpus.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func sql(_ statement: String, db: String) throws -> [[String: String]] {
        let result = try CLI.run(["query", "sql", "--db", db, "--format", "json", statement])
        guard result.status == 0 else {
            Issue.record("query sql failed: \(result.stderr)")
            return []
        }
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]]) ?? []
    }

    static func counts(_ db: String) throws -> [String: String] {
        try sql(
            """
            SELECT (SELECT COUNT(*) FROM document) AS documents, (SELECT COUNT(*) FROM mention) AS mentions,
              (SELECT COUNT(*) FROM entity) AS entities, (SELECT COUNT(*) FROM relation) AS relations,
              (SELECT COUNT(*) FROM evidence) AS evidence, (SELECT COUNT(*) FROM alias) AS aliases
            """, db: db
        ).first ?? [:]
    }

    /// The database opens, passes integrity and foreign-key checks, and holds whole documents only.
    static func expectSound(_ db: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Killed before the first batch (even before the schema was committed): the file may
        // hold no graph yet; read-only commands then say so, and that counts as zero batches.
        let probe = try CLI.run(["query", "stats", "--db", db])
        if probe.status != 0, probe.stderr.contains("holds no Shejire graph yet") { return }
        #expect(try sql("PRAGMA integrity_check", db: db).first?.values.first == "ok", sourceLocation: sourceLocation)
        #expect(try sql("PRAGMA foreign_key_check", db: db).isEmpty, sourceLocation: sourceLocation)
        let documents = Int(try counts(db)["documents"] ?? "") ?? -1
        #expect(documents % batchSize == 0, "\(documents) documents is not a whole number of batches", sourceLocation: sourceLocation)
        let empty = try sql("SELECT COUNT(*) AS n FROM document d WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.document_id = d.id)", db: db)
        #expect(empty.first?["n"] == "0", "documents without their mentions", sourceLocation: sourceLocation)
    }

    static func startIngest(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("shejire")
        process.arguments = ["ingest", "-q"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("kill -9 during ingest: the database is sound, holds whole batches, and a rerun equals a clean run")
    func killDuringIngest() throws {
        let directory = try CLI.temporaryDirectory()
        let input = try Self.corpus(600, in: directory)
        let reference = directory.appendingPathComponent("reference.sqlite").path
        #expect(try CLI.run(["ingest", "-q", "--db", reference, "--batch-size", "\(Self.batchSize)", input.path]).status == 0)
        let expected = try Self.counts(reference)

        let db = directory.appendingPathComponent("killed.sqlite").path
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        for round in 0..<4 {
            let process = try Self.startIngest(["--db", db, "--batch-size", "\(Self.batchSize)", input.path])
            // Start the clock once the database exists (a loaded machine may take seconds to start).
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning, !FileManager.default.fileExists(atPath: db), Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            }
            Thread.sleep(forTimeInterval: Double.random(in: 0.1...(1.0 + Double(round)), using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            try Self.expectSound(db)
        }
        print("killed \(kills) of 4 ingests mid-run")
        let rerun = try CLI.run(["ingest", "-q", "--db", db, "--batch-size", "\(Self.batchSize)", input.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        try Self.expectSound(db)
        #expect(try Self.counts(db) == expected)
    }

    @Test("Two ingests on one database both finish, and the result equals ingesting one after the other")
    func concurrentIngests() throws {
        let directory = try CLI.temporaryDirectory()
        let first = try Self.corpus(200, prefix: "a", in: directory)
        let second = try Self.corpus(200, prefix: "b", in: directory)
        let sequential = directory.appendingPathComponent("sequential.sqlite").path
        #expect(try CLI.run(["ingest", "-q", "--db", sequential, "--batch-size", "\(Self.batchSize)", first.path]).status == 0)
        #expect(try CLI.run(["ingest", "-q", "--db", sequential, "--batch-size", "\(Self.batchSize)", second.path]).status == 0)

        let db = directory.appendingPathComponent("concurrent.sqlite").path
        let a = try Self.startIngest(["--db", db, "--batch-size", "\(Self.batchSize)", first.path])
        let b = try Self.startIngest(["--db", db, "--batch-size", "\(Self.batchSize)", second.path])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        try Self.expectSound(db)
        #expect(try Self.counts(db) == Self.counts(sequential))
    }

    @Test("Exports during an ingest see a consistent snapshot: every edge's ends are nodes of the same file")
    func exportWhileIngesting() throws {
        let directory = try CLI.temporaryDirectory()
        let input = try Self.corpus(400, in: directory)
        let db = directory.appendingPathComponent("live.sqlite").path
        #expect(try CLI.run(["ingest", "-q", "--db", db, "--batch-size", "\(Self.batchSize)", try Self.corpus(20, prefix: "seed", in: directory).path]).status == 0)
        let writer = try Self.startIngest(["--db", db, "--batch-size", "\(Self.batchSize)", input.path])
        var exports = 0
        while writer.isRunning || exports == 0 {
            let result = try CLI.run(["export", "--db", db, "--format", "json", "--include-cooccurrence", "--out", "-"])
            #expect(result.status == 0, "\(result.stderr)")
            let graph = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let nodes = Set(((graph?["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
            let edges = (graph?["edges"] as? [[String: Any]]) ?? []
            for edge in edges {
                #expect(nodes.contains(edge["source"] as? String ?? "") && nodes.contains(edge["target"] as? String ?? ""))
            }
            exports += 1
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        print("\(exports) export(s) taken while the ingest ran")
    }

    @Test("A full disk (a file-size limit) stops the ingest with a clear error; committed batches stay whole, and a rerun completes")
    func fullDisk() throws {
        let directory = try CLI.temporaryDirectory()
        let input = try Self.corpus(600, in: directory)
        let db = directory.appendingPathComponent("full.sqlite").path
        let binary = CLI.productsDirectory.appendingPathComponent("shejire").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        // SIGXFSZ ignored, so writes past the limit fail with EFBIG the way a full disk fails them.
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 400; exec \"$0\" ingest -q --db \"$1\" --batch-size \(Self.batchSize) \"$2\"", binary, db, input.path]
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains(db), "the error should name the database: \(message)")
        #expect(message.contains("full") || message.contains("disk") || message.contains("large"), "\(message)")
        try Self.expectSound(db)
        let written = Int(try Self.counts(db)["documents"] ?? "") ?? 0
        #expect(written < 600, "the limit should have stopped the run early")
        let rerun = try CLI.run(["ingest", "-q", "--db", db, "--batch-size", "\(Self.batchSize)", input.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Self.counts(db)["documents"] == "600")
        try Self.expectSound(db)
    }
}
