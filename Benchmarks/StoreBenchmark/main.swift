import Foundation
import ShejireCore
import ShejireExport
import ShejireStore

// Store benchmark: generates a synthetic graph (documents naming people, organisations and
// places, with holds_position / member_of / located_in relations), ingests it in batches and
// times queries on it. Usage:
//   shejire-store-bench [--entities N] [--db PATH] [--keep]
// Prints ingest throughput, database size, peak memory, and median/p95 query latencies.

func peakRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.split(separator: " ").compactMap { Double($0) }
        return (digits.first ?? 0) / 1024
    }
    return 0
}

func argument(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let index = args.firstIndex(of: name), index + 1 < args.count else { return nil }
    return args[index + 1]
}

let entityCount = Int(argument("--entities") ?? "1000000")!
let path = argument("--db") ?? FileManager.default.temporaryDirectory.appendingPathComponent("shejire-store-bench.sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

/// Deterministic pseudo-random numbers (SplitMix64).
struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

let people = entityCount / 2
let organisations = entityCount * 3 / 10
let places = entityCount - people - organisations
var random = SplitMix(state: 42)

func name(_ kind: String, _ i: Int) -> String { "\(kind) \(i)" }

/// One document names 3 new people (so every entity is created once), 2 organisations and a place.
func makeDocument(_ d: Int, _ random: inout SplitMix) -> IngestDocument {
    var text = ""
    var mentions: [IngestMention] = []
    var ranges: [Range<Int>] = []
    func add(_ type: EntityType, _ prefix: String, _ index: Int) {
        let surface = name(prefix, index)
        let start = text.utf8.count
        text += surface + " . "
        let range = start..<(start + surface.utf8.count)
        ranges.append(range)
        let id = "\(type.idPrefix):\(prefix)-\(index)"
        let mention = Mention(range: range, text: surface, type: type, entity: id, name: surface, base: surface, source: "rule:bench", confidence: 0.9)
        let key = "\(prefix) \(index)"
        mentions.append(IngestMention(mention: mention, key: key, fromGazetteer: false, aliases: [AliasName(name: surface, key: key, language: "kk", script: "Latn")]))
    }
    for k in 0..<3 { add(.person, "person", (d * 3 + k) % people) }
    add(.organisation, "org", d % organisations)
    add(.organisation, "org", random.next(organisations))
    add(.place, "place", d % places)
    let sentence = 0..<text.utf8.count
    func relation(_ s: Int, _ p: ShejireCore.Predicate, _ o: Int, _ q: [String: String] = [:]) -> Relation {
        Relation(subject: mentions[s].mention.entity, predicate: p, object: mentions[o].mention.entity, qualifiers: q, confidence: 0.8, rule: "relation:bench", sentence: sentence, subjectRange: ranges[s], objectRange: ranges[o])
    }
    var relations = [relation(0, .holdsPosition, 3, ["title": "директор"]), relation(1, .holdsPosition, 4, ["title": "министр"]), relation(3, .memberOf, 4), relation(3, .locatedIn, 5)]
    relations.append(relation(0, .coOccursWith, 1))
    let document = Document(id: "doc-\(d)", text: text, date: SimpleDate(year: 2000 + d % 25, month: 1 + d % 12, day: 1 + d % 28), language: "kk")
    return IngestDocument(document: document, title: nil, contentHash: ContentHash.fnv1a64(text), mentions: mentions, relations: relations, facts: [:])
}

let documents = (people + 2) / 3
print("store benchmark: \(entityCount) entities (\(people) people, \(organisations) organisations, \(places) places) from \(documents) documents")
print("database: \(path)")
let store = try GraphStore(path: path)
let start = Date()
var batch: [IngestDocument] = []
var written = 0
var writeSeconds = 0.0
for d in 0..<documents {
    batch.append(makeDocument(d, &random))
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
    print(String(format: "%-28@ median %7.3f ms   p95 %7.3f ms   (%d runs, %.1f results/run)", label as NSString, times[times.count / 2], times[times.count * 95 / 100], runs, Double(results) / Double(runs)))
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
print(String(format: "peak memory after ingest and queries: %.0f MB", peakRSSMegabytes()))

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
    print(String(format: "export %-8@ %.1f s, %.0f MB, %.1f MB/s, peak memory so far %.0f MB", format.rawValue as NSString, seconds, Double(bytes) / 1e6, Double(bytes) / 1e6 / seconds, peakRSSMegabytes()))
    try? FileManager.default.removeItem(at: url)
}
if !CommandLine.arguments.contains("--keep") {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}
