import Foundation
import ShejireCore

/// Writes a directory for Neo4j: `nodes.csv` and `relationships.csv` with
/// `neo4j-admin database import` headers, and a `README.md` with the exact import command and
/// a `LOAD CSV` alternative (`Neo4jCSVWriter.readme`).
///
/// `nodes.csv`: `id:ID` (stored as the `id` property), `:LABEL` (`Entity;Person`, ...), `name`,
/// `type`, `aliases:string[]`, `external_ids:string[]` (`scheme:value`),
/// `latitude:double`, `longitude:double`, `mention_count:long`, `document_count:long`,
/// `attributes:string[]` (`key=value`).
///
/// `relationships.csv`: `:START_ID`, `:END_ID`, `:TYPE` (the predicate in upper case,
/// `HOLDS_POSITION`), `key`, `label`, `predicate`, `weight:double`, `confidence:double`,
/// `qualifiers:string[]` (`key=value`), `date`, `role`, `since`, `title`, `until`,
/// `evidence_count:long`, `first_document`, `last_document`, `evidence_documents:string[]`.
///
/// CSV is RFC 4180 (comma, `"` quoting with `""`, `\n` line ends). Array items are joined by
/// `;`, neo4j-admin's default `--array-delimiter`; a `;` inside an item becomes `；`
/// (U+FF1B), since the importer has no escape for it. An absent value is an empty, unquoted
/// field, which Neo4j skips. See `ExportOptions.spreadsheetSafeCSV` for formula-like cells.
///
/// - Complexity: One pass over nodes, one over edges; memory does not grow with the graph.
public struct Neo4jCSVWriter: Sendable {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// The files a Neo4j export holds.
    public static let fileNames = ["README.md", "nodes.csv", "relationships.csv"]

    static let nodeHeader =
        "id:ID,:LABEL,name,type,aliases:string[],external_ids:string[],latitude:double,longitude:double,"
        + "mention_count:long,document_count:long,attributes:string[]"

    static let relationshipHeader =
        ":START_ID,:END_ID,:TYPE,key,label,predicate,weight:double,confidence:double,qualifiers:string[],"
        + "date,role,since,title,until,evidence_count:long,first_document,last_document,evidence_documents:string[]"

    /// Writes `nodes.csv`, `relationships.csv` and `README.md` into the directory `url`,
    /// built under a temporary name and renamed into place (replacing an earlier Neo4j export).
    /// - Returns: The three files.
    /// - Throws: `ExportError` naming the path; whatever the source throws.
    @discardableResult
    public func write(_ source: some GraphSource, toDirectory url: URL) throws -> [URL] {
        try AtomicOutput.writeDirectory(at: url, isReplaceable: { Self.fileNames.contains($0) }) { directory in
            try AtomicOutput.writePlainFile(at: directory.appendingPathComponent("nodes.csv")) { sink in
                try writeNodes(source, to: sink)
            }
            try AtomicOutput.writePlainFile(at: directory.appendingPathComponent("relationships.csv")) { sink in
                try writeRelationships(source, to: sink)
            }
            try AtomicOutput.writePlainFile(at: directory.appendingPathComponent("README.md")) { sink in
                sink.write(Self.readme)
            }
            return Self.fileNames
        }
    }

    /// Writes `nodes.csv`.
    public func writeNodes(_ source: some GraphSource, to sink: ByteSink) throws {
        sink.write(Self.nodeHeader)
        sink.write("\n")
        try source.forEachNode { node in
            field(node.id, sink)
            sink.write(",Entity;")
            sink.write(Self.label(for: node.type))
            sink.write(",")
            field(node.name, sink)
            sink.write(",")
            sink.write(node.type.rawValue)
            sink.write(",")
            array(node.aliases, sink)
            sink.write(",")
            array(node.externalIDItems, sink)
            sink.write(",")
            if let coordinates = node.coordinates {
                sink.write(coordinates.latitude)
                sink.write(",")
                sink.write(coordinates.longitude)
            } else {
                sink.write(",")
            }
            sink.write(",")
            sink.write(node.mentionCount)
            sink.write(",")
            sink.write(node.documentCount)
            sink.write(",")
            array(node.sortedAttributes.map { "\($0.key)=\($0.value)" }, sink)
            sink.write("\n")
            try sink.checkError()
        }
        try sink.flush()
    }

    /// Writes `relationships.csv`.
    public func writeRelationships(_ source: some GraphSource, to sink: ByteSink) throws {
        sink.write(Self.relationshipHeader)
        sink.write("\n")
        try source.forEachEdge { edge in
            field(edge.source, sink)
            sink.write(",")
            field(edge.target, sink)
            sink.write(",")
            sink.write(edge.predicate.neo4jType)
            sink.write(",")
            field(edge.key, sink)
            sink.write(",")
            sink.write(edge.predicate.displayLabel)
            sink.write(",")
            sink.write(edge.predicate.rawValue)
            sink.write(",")
            if edge.weight.isFinite { sink.write(edge.weight) }
            sink.write(",")
            if edge.confidence.isFinite { sink.write(edge.confidence) }
            sink.write(",")
            array(edge.sortedQualifiers.map { "\($0.key)=\($0.value)" }, sink)
            for key in GraphEdge.knownQualifiers {
                sink.write(",")
                if let value = edge.qualifiers[key] { field(value, sink) }
            }
            sink.write(",")
            sink.write(edge.evidenceCount)
            sink.write(",")
            if let first = edge.firstDocument { field(first, sink) }
            sink.write(",")
            if let last = edge.lastDocument { field(last, sink) }
            sink.write(",")
            array(edge.evidenceDocuments, sink)
            sink.write("\n")
            try sink.checkError()
        }
        try sink.flush()
    }

    /// The Neo4j label for an entity type: `Person`, `Organisation`, `Place`, `Date`, `Event`, `Position`.
    public static func label(for type: EntityType) -> String {
        type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst()
    }

    @inline(__always)
    private func field(_ value: String, _ sink: ByteSink) {
        sink.writeCSVField(value, spreadsheetSafe: options.spreadsheetSafeCSV)
    }

    /// Items joined by `;` (a `;` inside an item becomes U+FF1B), as one CSV field; empty for no items.
    private func array(_ items: [String], _ sink: ByteSink) {
        guard !items.isEmpty else { return }
        let joined = items.map { $0.replacingOccurrences(of: ";", with: "\u{FF1B}") }.joined(separator: ";")
        field(joined, sink)
    }
}
