import Foundation
import ShejireCore
import ShejireExport
import Testing

/// Exports from a source that makes its nodes and edges on the fly, as a store-backed source
/// pages through the database: nothing is held, and each stream is read as many times as the
/// format needs.
@Suite struct StreamingTests {
    /// `nodes` nodes and `edges` edges, made when asked for; counts how often each stream is read.
    final class GeneratedSource: GraphSource {
        let nodes: Int
        let edges: Int
        var nodePasses = 0
        var edgePasses = 0

        init(nodes: Int, edges: Int) {
            self.nodes = nodes
            self.edges = edges
        }

        static func id(_ index: Int) -> String {
            let types = ["org", "person", "place"]
            return "\(types[index % 3]):n\(String(index + 1_000_000))"
        }

        func forEachNode(_ body: (GraphNode) throws -> Void) throws {
            nodePasses += 1
            for index in 0..<nodes {
                let type: EntityType = [.organisation, .person, .place][index % 3]
                try body(GraphNode(id: Self.id(index), type: type, name: "Name \(index)", aliases: ["Alias \(index)"], mentionCount: index % 7))
            }
        }

        func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
            edgePasses += 1
            for index in 0..<edges {
                try body(
                    GraphEdge(
                        key: "r\(String(index + 10_000_000))", source: Self.id((index * 7) % nodes), target: Self.id((index * 13 + 1) % nodes),
                        predicate: Predicate.allCases[index % Predicate.allCases.count], weight: Double(index % 5 + 1), confidence: 0.5,
                        evidenceCount: 1, firstDocument: "d\(index % 100)", lastDocument: "d\(index % 100)"))
            }
        }
    }

    @Test(arguments: [ExportFormat.graphml, .json, .gexf, .neo4j, .turtle])
    func oneFormatOnePassOverEachStream(_ format: ExportFormat) throws {
        let source = GeneratedSource(nodes: 3_000, edges: 15_000)
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try GraphExporter.write(source, format: format, to: directory.appendingPathComponent(GraphExporter.defaultFileName(for: format)))
        #expect(source.nodePasses == 1)
        #expect(source.edgePasses == 1)
        let text = try String(contentsOf: files.first { $0.lastPathComponent != "README.md" }!, encoding: .utf8)
        if format == .graphml {
            #expect(text.components(separatedBy: "<edge ").count - 1 == 15_000)
            #expect(text.components(separatedBy: "<node ").count - 1 == 3_000)
        }
    }

    @Test func eacCPFReadsTheSourceOncePerBatch() throws {
        let source = GeneratedSource(nodes: 300, edges: 900)
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try GraphExporter.write(
            source, format: .eacCPF, to: directory.appendingPathComponent("graph.eac-cpf"), options: ExportOptions(eacBatchSize: 50))
        #expect(files.count == 200)  // persons and organisations
        #expect(source.edgePasses == 4)  // 200 records in batches of 50
        #expect(source.nodePasses == 9)  // 4 x (pick the batch + name the other ends) + the empty last pick
    }
}
