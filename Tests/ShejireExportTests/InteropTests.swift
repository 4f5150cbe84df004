import Foundation
import ShejireExport
import Testing

/// Loads exports with the Python tools users open them with, when those are installed
/// (`pip install networkx rdflib`); skipped with a note otherwise. Nothing is installed here.
@Suite struct InteropTests {
    static let canRunNetworkX: Bool = {
        if !ExportTestSupport.hasNetworkX { ExportTestSupport.note("python3 networkx not installed: NetworkX round trip skipped") }
        return ExportTestSupport.hasNetworkX
    }()

    static let canRunRDFLib: Bool = {
        if !ExportTestSupport.hasRDFLib { ExportTestSupport.note("python3 rdflib not installed: Turtle parse check skipped") }
        return ExportTestSupport.hasRDFLib
    }()

    @Test(.enabled(if: canRunNetworkX), arguments: [0, 1])
    func networkXReadsGraphMLAndNodeLinkJSON(_ graph: Int) throws {
        let snapshot = SchemaValidationTests.graphs[graph].1
        let (graphml, graphmlFiles) = try SnapshotTests.export(.graphml, graph: snapshot)
        let (json, jsonFiles) = try SnapshotTests.export(.json, graph: snapshot)
        defer {
            try? FileManager.default.removeItem(at: graphml)
            try? FileManager.default.removeItem(at: json)
        }
        let run = try #require(
            ExportTestSupport.run(
                "python3",
                [
                    "scripts/check_networkx.py", graphmlFiles[0].path, jsonFiles[0].path, "--nodes", "\(snapshot.nodes.count)",
                    "--edges", "\(snapshot.edges.count)",
                ]))
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("\(snapshot.nodes.count) nodes, \(snapshot.edges.count) edges, MultiDiGraph"))
    }

    @Test(.enabled(if: canRunRDFLib), arguments: [0, 1])
    func rdflibParsesTheTurtle(_ graph: Int) throws {
        let (directory, files) = try SnapshotTests.export(.turtle, graph: SchemaValidationTests.graphs[graph].1)
        defer { try? FileManager.default.removeItem(at: directory) }
        var arguments = ["scripts/check_turtle.py", files[0].path]
        if let schemas = ExportTestSupport.schemas {
            arguments += ["--rico", schemas.appendingPathComponent("rico-1.1/rico-1.1-rdfs-extract.ttl").path]
        }
        let run = try #require(ExportTestSupport.run("python3", arguments))
        #expect(run.status == 0, "\(run.output)")
    }
}
