import Foundation
import ShejireCore

/// Writes one EAC-CPF 2.0 authority record (namespace `https://archivists.org/ns/eac/v2`) per
/// person and organisation into a directory, one `.xml` file each, valid against the SAA
/// schema `eac.xsd`.
///
/// A record holds: `control` (the entity id as `recordId`, the maintenance agency, one
/// `derived` maintenance event by a machine agent dated `ExportOptions.recordDate`, and the
/// documents of its evidence as `sources`); `identity` (entity type, the canonical name as the
/// authorized `nameEntry`, aliases as alternative ones, external ids as `identityId`);
/// `description/places` for the places it is located in; and `relations`, one per edge to or
/// from another entity, with the other end's name, type and IRI (`valueURI`, the IRI the Turtle
/// export gives it), the relation type (the predicate's
/// label, or its inverse for incoming edges, see `Predicate.inverseLabel`), dates from the
/// qualifiers, the title or role as `targetRole` when it belongs to the other end, the other
/// qualifiers in a `descriptiveNote`, and `sourceReference` to the documents.
///
/// File names are the entity ids made safe for every file system (`EACCPFWriter.fileName(for:)`:
/// `person:aliya-mustafina` -> `person_aliya-mustafina.xml`).
///
/// Memory: a record needs all edges at its entity, which arrive sorted by edge key, not by
/// entity. Rather than hold the graph, the writer takes persons and organisations in batches of
/// `ExportOptions.eacBatchSize`: for each batch it reads the nodes (to pick the batch), the edges
/// (keeping those at the batch, without evidence text) and the nodes again (to name the other
/// ends). Memory is bounded by the batch and its edges; the source is read `3 x batches` times.
public struct EACCPFWriter: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// An edge at a record's entity, reduced to what the record shows.
    struct Incident {
        var predicate: ShejireCore.Predicate
        var outgoing: Bool
        var other: String
        var qualifiers: [(key: String, value: String)]
        var documents: [String]
    }

    /// Writes the records into the directory `url`, built under a temporary name and renamed
    /// into place (replacing an earlier EAC-CPF export, whose entries are all `.xml` files).
    /// - Returns: The files written, in entity id order.
    /// - Throws: `ExportError` naming the path; whatever the source throws.
    @discardableResult
    public func write(_ source: some GraphSource, toDirectory url: URL) throws -> [URL] {
        try AtomicOutput.writeDirectory(at: url, isReplaceable: { $0.hasSuffix(".xml") }) { directory in
            var names: [String] = []
            try forEachRecord(source) { node, incidents, others in
                let name = Self.fileName(for: node.id)
                try AtomicOutput.writePlainFile(at: directory.appendingPathComponent(name)) { sink in
                    writeRecord(node, incidents: incidents, others: others, to: sink)
                }
                names.append(name)
            }
            return names
        }
    }

    /// Calls `body` for every person and organisation, in stream order, with the edges at it
    /// (in edge key order) and the type and name of every other end.
    func forEachRecord(
        _ source: some GraphSource,
        _ body: (GraphNode, [Incident], [String: (type: EntityType, name: String)]) throws -> Void
    ) throws {
        let batchSize = max(1, options.eacBatchSize)
        var skip = 0
        while true {
            // 1. The next batch of persons and organisations.
            var batch: [GraphNode] = []
            var seen = 0
            try source.forEachNode { node in
                guard Self.hasRecord(node.type) else { return }
                defer { seen += 1 }
                if seen >= skip && batch.count < batchSize { batch.append(node) }
            }
            if batch.isEmpty { return }
            skip += batch.count
            var index: [String: Int] = [:]
            for (position, node) in batch.enumerated() { index[node.id] = position }

            // 2. The edges at the batch.
            var incidents = [[Incident]](repeating: [], count: batch.count)
            var needed = Set<String>()
            try source.forEachEdge { edge in
                let from = index[edge.source]
                let to = index[edge.target]
                guard from != nil || to != nil else { return }
                let qualifiers = edge.sortedQualifiers
                let documents = edge.evidenceDocuments.isEmpty
                    ? [edge.firstDocument, edge.lastDocument].compactMap { $0 }.uniqued() : edge.evidenceDocuments
                if let from {
                    incidents[from].append(
                        Incident(predicate: edge.predicate, outgoing: true, other: edge.target, qualifiers: qualifiers, documents: documents))
                    needed.insert(edge.target)
                }
                if let to, edge.source != edge.target {
                    incidents[to].append(
                        Incident(predicate: edge.predicate, outgoing: false, other: edge.source, qualifiers: qualifiers, documents: documents))
                    needed.insert(edge.source)
                }
            }

            // 3. Names and types of the other ends.
            var others: [String: (type: EntityType, name: String)] = [:]
            if !needed.isEmpty {
                try source.forEachNode { node in
                    if needed.contains(node.id) { others[node.id] = (node.type, node.name) }
                }
            }
            for (position, node) in batch.enumerated() {
                try body(node, incidents[position], others)
            }
        }
    }

    /// Persons and organisations get records.
    static func hasRecord(_ type: EntityType) -> Bool {
        type == .person || type == .organisation
    }

    /// A file name for an entity id that is safe on every file system and distinct for
    /// distinct ids: ASCII letters, digits, `-` and `.` stay, `:` becomes `_`, every other byte
    /// `%HH` (so `_` is `%5F`), a leading `.` is `%2E`; `.xml` is appended. Names longer than
    /// 200 bytes are cut and end in a hash of the id.
    public static func fileName(for id: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for (offset, b) in id.utf8.enumerated() {
            let plain =
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "-") || (b == UInt8(ascii: ".") && offset > 0)
            if plain {
                out.append(b)
            } else if b == UInt8(ascii: ":") {
                out.append(UInt8(ascii: "_"))
            } else {
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        if out.isEmpty { out = Array("%00".utf8) }
        if out.count > 200 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
            for b in id.utf8 {
                hash ^= UInt64(b)
                hash = hash &* 0x100_0000_01b3
            }
            out = Array(out.prefix(180)) + Array("-\(String(hash, radix: 16))".utf8)
        }
        return String(decoding: out, as: UTF8.self) + ".xml"
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
