import Foundation
import ShejireCore

#if canImport(Glibc)
import Glibc
#endif

// What the benchmark executables share: clocks, memory from /proc, options, a deterministic
// random generator and the synthetic graph that the store and server benchmarks load.

/// Monotonic wall-clock time in seconds.
public func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU time of the whole process (all threads), in seconds.
public func cpuTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// A field of /proc/self/status in MB (`VmHWM` is the peak resident memory, `VmRSS` the current).
private func statusMB(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
    }
    return 0
}

/// Peak resident memory (VmHWM) in MB.
public func peakMB() -> Double { statusMB("VmHWM") }

/// Current resident memory (VmRSS) in MB.
public func currentMB() -> Double { statusMB("VmRSS") }

/// The value after `name` on the command line, if given.
public func argument(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let index = args.firstIndex(of: name), index + 1 < args.count else { return nil }
    return args[index + 1]
}

/// Prints a line at once (stdout to a pipe is otherwise block-buffered).
public func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The value at fraction `q` (0...1) of already sorted values: `percentile(sorted, 0.5)` is the median.
public func percentile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
}

/// Deterministic pseudo-random numbers (SplitMix64).
public struct SplitMix: Sendable {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    public mutating func pick<T>(_ array: [T]) -> T { array[next(array.count)] }
}

/// A synthetic graph of `people + organisations + places` entities, written as documents that
/// each name 3 people (so every person is created once), 2 organisations and a place, with
/// `holds_position`, `member_of`, `located_in` and `co_occurs_with` relations among them.
/// Names are `person 12`, `org 3`, `place 7`; ids `person:person-12` and so on.
public struct SyntheticGraph: Sendable {
    public var people: Int
    public var organisations: Int
    public var places: Int
    /// Document ids are `PREFIX-N`.
    public var documentPrefix: String
    /// The alias key of a name (as ingest would link it).
    public var key: @Sendable (String, EntityType) -> String

    /// Splits `entities` 5 : 3 : 2 into people, organisations and places.
    public init(entities: Int, documentPrefix: String, key: @escaping @Sendable (String, EntityType) -> String) {
        people = entities / 2
        organisations = entities * 3 / 10
        places = entities - people - organisations
        self.documentPrefix = documentPrefix
        self.key = key
    }

    /// Enough documents that every generated person, organisation and place is named once.
    public var documentCount: Int { max((people + 2) / 3, organisations, places) }

    public func document(_ d: Int, _ random: inout SplitMix) -> IngestDocument {
        var text = ""
        var mentions: [IngestMention] = []
        var ranges: [Range<Int>] = []
        func add(_ type: EntityType, _ prefix: String, _ index: Int) {
            let surface = "\(prefix) \(index)"
            let start = text.utf8.count
            text += surface + " . "
            let range = start..<(start + surface.utf8.count)
            ranges.append(range)
            let id = "\(type.idPrefix):\(prefix)-\(index)"
            let mention = Mention(
                range: range, text: surface, type: type, entity: id, name: surface, base: surface, source: "rule:bench", confidence: 0.9)
            let key = key(surface, type)
            mentions.append(
                IngestMention(
                    mention: mention, key: key, fromGazetteer: false, aliases: [AliasName(name: surface, key: key, language: "kk", script: "Latn")]))
        }
        for k in 0..<3 { add(.person, "person", (d * 3 + k) % max(1, people)) }
        add(.organisation, "org", d % max(1, organisations))
        add(.organisation, "org", random.next(organisations))
        add(.place, "place", d % max(1, places))
        let sentence = 0..<text.utf8.count
        func relation(_ s: Int, _ p: ShejireCore.Predicate, _ o: Int, _ q: [String: String] = [:]) -> Relation {
            Relation(
                subject: mentions[s].mention.entity, predicate: p, object: mentions[o].mention.entity, qualifiers: q, confidence: 0.8,
                rule: "relation:bench", sentence: sentence, subjectRange: ranges[s], objectRange: ranges[o])
        }
        let relations = [
            relation(0, .holdsPosition, 3, ["title": "директор"]), relation(1, .holdsPosition, 4, ["title": "министр"]),
            relation(3, .memberOf, 4), relation(3, .locatedIn, 5), relation(0, .coOccursWith, 1),
        ]
        let document = Document(
            id: "\(documentPrefix)-\(d)", text: text, date: SimpleDate(year: 2000 + d % 25, month: 1 + d % 12, day: 1 + d % 28), language: "kk")
        return IngestDocument(
            document: document, title: nil, contentHash: ContentHash.fnv1a64(text), mentions: mentions, relations: relations, facts: [:])
    }
}
