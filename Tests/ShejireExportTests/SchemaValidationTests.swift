import Foundation
import ShejireCore
import ShejireExport
import Testing

/// Validates the exports against the published schemas in `../shared/schemas` when `xmllint`
/// (Debian's libxml2-utils) and the schemas are there; otherwise the tests are skipped with a note.
@Suite struct SchemaValidationTests {
    static let canValidateXML: Bool = {
        if ExportTestSupport.schemas == nil { ExportTestSupport.note("../shared/schemas not found: XML schema validation skipped") }
        if !ExportTestSupport.hasXMLLint { ExportTestSupport.note("xmllint not installed: XML schema validation skipped") }
        return ExportTestSupport.schemas != nil && ExportTestSupport.hasXMLLint
    }()

    static let canValidateJGF: Bool = {
        if ExportTestSupport.schemas == nil || !ExportTestSupport.hasJSONSchema {
            ExportTestSupport.note("python3 jsonschema or ../shared/schemas missing: JGF schema validation skipped (structure is still checked)")
            return false
        }
        return true
    }()

    /// `xmllint --noout --nonet --schema SCHEMA FILES...`
    static func validate(_ files: [URL], schema: String) throws {
        let schemaURL = ExportTestSupport.schemas!.appendingPathComponent(schema)
        let run = try #require(
            ExportTestSupport.run("xmllint", ["--noout", "--nonet", "--schema", schemaURL.path] + files.map(\.path)))
        #expect(run.status == 0, "\(run.output)")
    }

    static let graphs: [(String, GraphSnapshot)] = [("seed", SeedGraph.graph), ("hostile", EscapingTests.hostileGraph)]

    @Test(.enabled(if: canValidateXML), arguments: [0, 1])
    func graphMLIsValid(_ graph: Int) throws {
        let (directory, files) = try SnapshotTests.export(.graphml, graph: Self.graphs[graph].1)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.validate(files, schema: "graphml/graphml.xsd")
    }

    @Test(.enabled(if: canValidateXML), arguments: [0, 1])
    func gexfIsValid(_ graph: Int) throws {
        let (directory, files) = try SnapshotTests.export(.gexf, graph: Self.graphs[graph].1)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.validate(files, schema: "gexf-1.3/gexf.xsd")
    }

    @Test(.enabled(if: canValidateXML), arguments: [0, 1])
    func eacCPFRecordsAreValid(_ graph: Int) throws {
        let (directory, files) = try SnapshotTests.export(
            .eacCPF, options: ExportOptions(recordDate: "2026-11-26"), graph: Self.graphs[graph].1)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(!files.isEmpty)
        try Self.validate(files, schema: "eac-cpf-2.0/eac.xsd")
    }

    @Test(.enabled(if: canValidateJGF), arguments: [0, 1])
    func jgfIsValid(_ graph: Int) throws {
        let (directory, files) = try SnapshotTests.export(.jgf, graph: Self.graphs[graph].1)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = ExportTestSupport.schemas!.appendingPathComponent("jgf/json-graph-schema_v2.json")
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            data = json.load(open(sys.argv[2], encoding="utf-8"))
            jsonschema.validate(data, schema)
            print("valid")
            """
        let run = try #require(ExportTestSupport.run("python3", ["-c", script, schema.path, files[0].path]))
        #expect(run.status == 0, "\(run.output)")
    }

    /// The JGF structure the schema asks for, checked without Python.
    @Test func jgfHasTheRequiredStructure() throws {
        for graph in [SeedGraph.graph, GraphSnapshot(nodes: [], edges: [])] {
            let sink = ByteSink.memory()
            try JGFWriter().write(graph, to: sink)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
            #expect(Array(object.keys) == ["graph"])
            let body = try #require(object["graph"] as? [String: Any])
            #expect(Set(body.keys).isSubset(of: ["id", "label", "directed", "type", "metadata", "nodes", "edges"]))
            #expect(body["directed"] as? Bool == true)
            let nodes = try #require(body["nodes"] as? [String: Any])
            let edges = try #require(body["edges"] as? [[String: Any]], "edges must always be an array")
            #expect(nodes.count == graph.nodes.count)
            #expect(edges.count == graph.edges.count)
            for case let node as [String: Any] in nodes.values {
                #expect(Set(node.keys).isSubset(of: ["label", "metadata"]))
            }
            for edge in edges {
                #expect(Set(edge.keys).isSubset(of: ["id", "source", "target", "relation", "directed", "label", "metadata"]))
                #expect(edge["source"] is String && edge["target"] is String)
            }
        }
    }

    /// Every `rico:` term the Turtle export uses is declared in the RiC-O 1.1 extract.
    @Test(.enabled(if: ExportTestSupport.schemas != nil))
    func turtleUsesOnlyRiCOTerms() throws {
        let extract = try String(
            contentsOf: ExportTestSupport.schemas!.appendingPathComponent("rico-1.1/rico-1.1-rdfs-extract.ttl"), encoding: .utf8)
        let sink = ByteSink.memory()
        try TurtleWriter().write(SeedGraph.graph, to: sink)
        let terms = Set(sink.string.split(whereSeparator: { " ;,.\n".contains($0) }).filter { $0.hasPrefix("rico:") })
        #expect(terms.count > 10)
        for term in terms.sorted() {
            #expect(extract.contains("\n\(term) ") || extract.contains(" \(term) ") || extract.contains(" \(term),"), "\(term)")
        }
    }
}
