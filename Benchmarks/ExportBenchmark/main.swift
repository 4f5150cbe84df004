// Times the streaming exporters on a generated graph of N nodes and M edges that is made on the
// fly (never held in memory), as a store-backed source pages through the database. Prints the
// time, the size written, MB/s (MB = 10^6 bytes) and the peak resident memory (VmHWM) after each
// format. See BENCHMARKS.md for results and how to run it.
//
//   swift run -c release shejire-export-bench [--nodes 1000000] [--edges 5000000] \
//       [--formats graphml,json] [--out /tmp] [--no-evidence] [--keep]
import BenchmarkSupport
import Foundation
import ShejireCore
import ShejireExport

struct Options {
    var nodes = 1_000_000
    var edges = 5_000_000
    var formats: [ExportFormat] = [.graphml, .json]
    var out = FileManager.default.temporaryDirectory.path
    var evidence = true
    var keep = false

    init(_ args: [String]) {
        var i = 1
        func value() -> String {
            i += 1
            guard i < args.count else { fatalError("missing value for \(args[i - 1])") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--nodes": nodes = Int(value())!
            case "--edges": edges = Int(value())!
            case "--formats": formats = value().split(separator: ",").map { ExportFormat(rawValue: String($0))! }
            case "--out": out = value()
            case "--no-evidence": evidence = false
            case "--keep": keep = true
            default: fatalError("unknown option \(args[i])")
            }
            i += 1
        }
    }
}

/// A graph made on demand from its indices: Kazakh/Russian-looking names, aliases, coordinates
/// for places, qualifiers on some edges and one evidence sentence per edge.
struct GeneratedGraph: GraphSource {
    let nodes: Int
    let edges: Int
    let evidence: Bool

    static let types: [EntityType] = [.person, .organisation, .place, .event, .organisation, .person]
    static let syllables = ["ас", "тана", "қар", "жан", "ерке", "нұр", "сұл", "тан", "бек", "ай", "гүл", "мұс", "та", "фи", "на"]
    static let sentence =
        "Әлем архившілерінің ең ірі кәсіби басқосуына ҚР Президенті архивінің директоры бастаған делегация қатысуда."

    func id(_ index: Int) -> String {
        "\(Self.types[index % Self.types.count].idPrefix):n\(index)"
    }

    func name(_ index: Int) -> String {
        var value = index
        var parts: [String] = []
        repeat {
            parts.append(Self.syllables[value % Self.syllables.count])
            value /= Self.syllables.count
        } while value > 0
        let word = parts.joined()
        return word.prefix(1).uppercased() + word.dropFirst() + " " + Self.syllables[index % 7].uppercased() + "ова"
    }

    func forEachNode(_ body: (GraphNode) throws -> Void) throws {
        for index in 0..<nodes {
            let type = Self.types[index % Self.types.count]
            let name = name(index)
            try body(
                GraphNode(
                    id: id(index), type: type, name: name, aliases: [name.uppercased(), "Alias \(index)"],
                    externalIDs: index % 10 == 0 ? ["wikidata": "Q\(index + 1)"] : [:],
                    latitude: type == .place ? 40 + Double(index % 1000) / 100 : nil,
                    longitude: type == .place ? 50 + Double(index % 997) / 100 : nil, mentionCount: index % 50 + 1,
                    documentCount: index % 20 + 1))
        }
    }

    func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        // Keys in sorted order: zero-padded.
        for index in 0..<edges {
            let predicate = Predicate.allCases[index % Predicate.allCases.count]
            let document = "doc-\(index % 100_000)"
            var qualifiers: [String: String] = [:]
            if predicate == .holdsPosition { qualifiers["title"] = "директор" }
            if predicate == .memberOf { qualifiers["since"] = "20\(10 + index % 15)" }
            try body(
                GraphEdge(
                    key: "r" + String(repeating: "0", count: max(0, 9 - String(index).count)) + String(index),
                    source: id((index &* 7919) % nodes), target: id((index &* 104_729 &+ 1) % nodes), predicate: predicate,
                    weight: Double(index % 5 + 1), confidence: 0.5 + Double(index % 50) / 100, qualifiers: qualifiers,
                    evidenceCount: 1, firstDocument: document, lastDocument: document,
                    evidence: evidence
                        ? [
                            GraphEvidence(
                                document: document, sentence: Self.sentence, start: 247, end: 247 + 108, rule: "relation:bench",
                                confidence: 0.9)
                        ] : []))
        }
    }
}

func fileSize(_ url: URL) -> Int {
    var total = 0
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
            total += fileSize(url.appendingPathComponent(name))
        }
        return total
    }
    return ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
}

let options = Options(CommandLine.arguments)
let graph = GeneratedGraph(nodes: options.nodes, edges: options.edges, evidence: options.evidence)
print("graph: \(options.nodes) nodes, \(options.edges) edges, evidence \(options.evidence ? "on" : "off"), generated on the fly")

// Baseline: generating the values without writing anything.
var start = now()
var count = 0
try graph.forEachNode { _ in count += 1 }
try graph.forEachEdge { _ in count += 1 }
print(String(format: "generate only: %.2f s (%d items), peak RSS %.0f MB", now() - start, count, peakMB()))

for format in options.formats {
    let url = URL(fileURLWithPath: options.out).appendingPathComponent("shejire-bench." + format.fileExtension)
    start = now()
    try GraphExporter.write(graph, format: format, to: url)
    let seconds = now() - start
    let megabytes = Double(fileSize(url)) / 1e6
    print(
        String(
            format: "%@: %.2f s, %.0f MB written, %.1f MB/s, peak RSS %.0f MB", format.rawValue, seconds, megabytes,
            megabytes / seconds, peakMB()))
    if !options.keep { try? FileManager.default.removeItem(at: url) }
}
