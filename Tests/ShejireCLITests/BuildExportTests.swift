import Foundation
import Testing

/// `build` and `export` end to end on the shipped example: golden files for every format,
/// schema validation, and a NetworkX round trip compared with the store.
@Suite("Build and export", .serialized)
struct BuildExportTests {
    static let formats = ["graphml", "json", "jgf", "cytoscape", "gexf", "neo4j", "turtle", "eac-cpf"]

    /// Builds the example once into a temporary directory with every format.
    static let built: (directory: URL, result: CLI.Result)? = {
        guard let directory = try? CLI.temporaryDirectory() else { return nil }
        let examples = CLI.packageRoot.appendingPathComponent("Examples").path
        var arguments = ["build", "--db", "g.sqlite", examples]
        for format in formats { arguments += ["--format", format] }
        guard let result = try? CLI.run(arguments, directory: directory) else { return nil }
        return (directory, result)
    }()

    func build() throws -> (URL, CLI.Result) {
        let built = try #require(Self.built)
        return (built.directory, built.result)
    }

    @Test("build prints the summary and writes GraphML and JSON (and the asked formats) to Exports/")
    func buildWritesExports() throws {
        let (directory, result) = try build()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ingested 1 document(s)"))
        #expect(result.stdout.contains("entities:") && result.stdout.contains("person 1"))
        #expect(result.stdout.contains("relations:") && result.stdout.contains("holds_position 1"))
        for name in ["graph.graphml", "graph.json", "graph.gexf", "graph.ttl", "graph.neo4j/nodes.csv", "graph.neo4j/relationships.csv", "graph.neo4j/README.md"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("Exports/\(name)").path), "\(name) missing")
            #expect(result.stdout.contains("Exports/" + name.split(separator: "/")[0]), "\(name) not in the summary")
        }
    }

    @Test("Exports of the seed article's graph match the reviewed golden files", arguments: formats)
    func golden(_ format: String) throws {
        let (directory, _) = try build()
        let exports = directory.appendingPathComponent("Exports")
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path).filter { $0.hasPrefix("graph.") }
        let match = try #require(files.first { name in
            switch format {
            case "jgf": name == "graph.jgf.json"
            case "cytoscape": name == "graph.cyjs"
            case "turtle": name == "graph.ttl"
            default: name == "graph.\(format)"
            }
        }, "no export for \(format) in \(files)")
        let url = exports.appendingPathComponent(match)
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        let parts = isDirectory.boolValue
            ? try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map { (url.appendingPathComponent($0), "seed/\(match)/\($0)") }
            : [(url, "seed/\(match)")]
        #expect(!parts.isEmpty)
        for (file, name) in parts {
            try Snapshot.assert(try Data(contentsOf: file), named: name)
        }
    }

    @Test("GraphML, GEXF and EAC-CPF exports validate against the schemas")
    func schemas() throws {
        guard let schemas = Snapshot.schemas, Snapshot.hasTool("xmllint") else {
            print("SKIP: xmllint or ../shared/schemas not found; exports not validated")
            return
        }
        let (directory, _) = try build()
        let exports = directory.appendingPathComponent("Exports")
        var checks = [("graph.graphml", "graphml/graphml.xsd"), ("graph.gexf", "gexf-1.3/gexf.xsd")]
        for file in try FileManager.default.contentsOfDirectory(atPath: exports.appendingPathComponent("graph.eac-cpf").path) where file.hasSuffix(".xml") {
            checks.append(("graph.eac-cpf/" + file, "eac-cpf-2.0/eac.xsd"))
        }
        #expect(checks.count > 2)
        for (file, schema) in checks {
            let run = Snapshot.run("xmllint", ["--noout", "--nonet", "--schema", schemas.appendingPathComponent(schema).path, exports.appendingPathComponent(file).path])
            #expect(run?.status == 0, "\(file): \(run?.output ?? "")")
        }
    }

    @Test("NetworkX reads the GraphML and node-link JSON with the store's node and edge counts")
    func networkxRoundTrip() throws {
        guard Snapshot.hasPythonModule("networkx") else {
            print("SKIP: python3 with networkx not found; the NetworkX round trip is not checked")
            return
        }
        let (directory, _) = try build()
        let count = { (sql: String) throws -> String in
            let result = try CLI.run(["query", "sql", "--db", "g.sqlite", "--format", "json", sql], directory: directory)
            let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]]
            return try #require(rows?.first?["n"])
        }
        let nodes = try count("SELECT COUNT(*) AS n FROM entity WHERE type IN ('person', 'organisation', 'place', 'event')")
        let edges = try count("SELECT COUNT(*) AS n FROM relation WHERE predicate != 'co_occurs_with'")
        let script = CLI.packageRoot.appendingPathComponent("scripts/check_networkx.py").path
        let exports = directory.appendingPathComponent("Exports")
        let run = Snapshot.run("python3", [script, exports.appendingPathComponent("graph.graphml").path, exports.appendingPathComponent("graph.json").path, "--nodes", nodes, "--edges", edges])
        #expect(run?.status == 0, "\(run?.output ?? "")")
        #expect(nodes == "8" && edges == "8")
    }

    @Test("export: an ego network, standard output, and a clear error for a missing directory")
    func exportOptions() throws {
        let (directory, _) = try build()
        let ego = try CLI.run(["export", "--db", "g.sqlite", "--format", "json", "--entity", "Әлия Мұстафина", "--depth", "1", "--out", "-"], directory: directory)
        #expect(ego.status == 0, "\(ego.stderr)")
        let graph = try JSONSerialization.jsonObject(with: Data(ego.stdout.utf8)) as? [String: Any]
        let ids = Set(((graph?["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        #expect(ids == ["person:aliya-mustafina", "org:president-archive", "event:ica-barcelona-2025"])
        let filtered = try CLI.run(["export", "--db", "g.sqlite", "--format", "json", "--predicate", "member_of", "--out", "-"], directory: directory)
        let edges = ((try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [String: Any])?["edges"] as? [[String: Any]]) ?? []
        #expect(edges.map { $0["predicate"] as? String } == ["member_of"])
        let missing = try CLI.run(["export", "--db", "g.sqlite", "--format", "graphml", "--out", "/nonexistent-shejire/graph.graphml"], directory: directory)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent-shejire"))
        let noDatabase = try CLI.run(["export", "--db", "missing.sqlite", "--format", "graphml"], directory: directory)
        #expect(noDatabase.status == 1)
        #expect(noDatabase.stderr.contains("missing.sqlite"))
    }
}

/// Golden files and external tools for the CLI tests.
enum Snapshot {
    static let directory = CLI.packageRoot.appendingPathComponent("Tests/ShejireCLITests/Snapshots")

    static let schemas: URL? = {
        let url = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Compares with `Snapshots/name`; records it when missing or with RECORD_SNAPSHOTS=1, and a
    /// recording run fails so that a new golden file is always looked at.
    static func assert(_ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            Issue.record("Recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        if try Data(contentsOf: url) != actual {
            let failed = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-cli-snapshot-" + name.replacingOccurrences(of: "/", with: "_"))
            try? actual.write(to: failed)
            Issue.record("Snapshot \(name) differs; actual output in \(failed.path) (RECORD_SNAPSHOTS=1 to re-record)", sourceLocation: sourceLocation)
        }
    }

    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ program: String, _ arguments: [String]) -> Run? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static func hasTool(_ name: String) -> Bool { run(name, ["--version"])?.status == 0 }
    static func hasPythonModule(_ module: String) -> Bool { run("python3", ["-c", "import \(module)"])?.status == 0 }
}
