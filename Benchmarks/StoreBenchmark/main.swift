import BenchmarkSupport
import Foundation
import ShejireCore
import ShejireExport
import ShejireStore

// Store benchmark: generates a synthetic graph (documents naming people, organisations and
// places, with holds_position / member_of / located_in relations), ingests it in batches and
// times queries on it. Usage:
//   shejire-store-bench [--entities N] [--db PATH] [--keep]
// Prints ingest throughput, database size, peak memory, and median/p95 query latencies.

let entityCount = Int(argument("--entities") ?? "1000000")!
let path = argument("--db") ?? FileManager.default.temporaryDirectory.appendingPathComponent("shejire-store-bench.sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

let graph = SyntheticGraph(entities: entityCount, documentPrefix: "doc") { name, _ in name }
let (people, organisations, places) = (graph.people, graph.organisations, graph.places)
var random = SplitMix(state: 42)

// One document per three people (the measurements in BENCHMARKS.md were made so).
let documents = (people + 2) / 3
print("store benchmark: \(entityCount) entities (\(people) people, \(organisations) organisations, \(places) places) from \(documents) documents")
print("database: \(path)")
let store = try GraphStore(path: path)
let start = Date()
var batch: [IngestDocument] = []
var written = 0
var writeSeconds = 0.0
for d in 0..<documents {
    batch.append(graph.document(d, &random))
    if batch.count == 1000 || d == documents - 1 {
        let t0 = Date()
        try store.write(batch)
        writeSeconds += Date().timeIntervalSince(t0)
        if CommandLine.arguments.contains("--verbose") { print(String(format: "  batch ending at %d: %.3f s", d + 1, Date().timeIntervalSince(t0))) }
        written += batch.count
        batch.removeAll(keepingCapacity: true)
        if written % 50_000 < 1000 { print("  \(written) documents, \(String(format: "%.0f", Double(written) / Date().timeIntervalSince(start))) docs/s") }
    }
}
let ingestSeconds = Date().timeIntervalSince(start)
let stats = try store.stats()
let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0) + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0)
print(String(format: "ingest: %.1f s (%.1f s in GraphStore.write), %.0f documents/s, %.0f mentions/s", ingestSeconds, writeSeconds, Double(documents) / ingestSeconds, Double(stats.mentions) / ingestSeconds))
print("store: \(stats.entities) entities, \(stats.relations) relations, \(stats.evidence) evidence, \(size / 1_000_000) MB")

func measure(_ label: String, runs: Int = 200, _ body: (Int) throws -> Int) rethrows {
    var times: [Double] = []
    var results = 0
    for run in 0..<runs {
        let t0 = DispatchTime.now().uptimeNanoseconds
        results += try body(run)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1_000_000)
    }
    times.sort()
    print(label.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: " median %7.3f ms   p95 %7.3f ms   (%d runs, %.1f results/run)", percentile(times, 0.5), percentile(times, 0.95), runs, Double(results) / Double(runs)))
}

var probe = SplitMix(state: 7)
try measure("entity by alias key") { _ in
    let i = probe.next(people)
    return try store.findEntities("person \(i)", keys: [(.person, "person \(i)")], limit: 5).count
}
try measure("entity by id") { _ in try store.entity("org:org-\(probe.next(organisations))") == nil ? 0 : 1 }
try measure("neighbours, depth 1") { _ in try store.neighborhood(of: "org:org-\(probe.next(organisations))", depth: 1, filter: RelationFilter()).entities.count }
try measure("relations of a subject") { _ in try store.relations(filter: RelationFilter(), subjects: ["person:person-\(probe.next(people))"], evidenceLimit: 3).count }
try measure("path, max depth 4", runs: 50) { _ in
    try store.paths(from: "person:person-\(probe.next(people))", to: "place:place-\(probe.next(places))", maxDepth: 4, limit: 3).count
}
try measure("stats", runs: 5) { _ in try store.stats().entities }
print(String(format: "peak memory after ingest and queries: %.0f MB", peakMB()))

// Export from the store: one snapshot, cursors, bounded memory.
let exportDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-store-bench-exports")
try? FileManager.default.createDirectory(at: exportDirectory, withIntermediateDirectories: true)
for format in [ExportFormat.graphml, .json] {
    let url = exportDirectory.appendingPathComponent(GraphExporter.defaultFileName(for: format))
    let t0 = Date()
    try store.withGraph(GraphFilter(relations: RelationFilter(includeCooccurrence: true), evidencePerEdge: 1)) { source in
        _ = try GraphExporter.write(source, format: format, to: url)
    }
    let seconds = Date().timeIntervalSince(t0)
    let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int ?? 0
    print("export " + format.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: " %.1f s, %.0f MB, %.1f MB/s, peak memory so far %.0f MB", seconds, Double(bytes) / 1e6, Double(bytes) / 1e6 / seconds, peakMB()))
    try? FileManager.default.removeItem(at: url)
}
if !CommandLine.arguments.contains("--keep") {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}
