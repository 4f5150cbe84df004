import GRDB
import ShejireCore

/// Which part of the graph an export contains.
public struct GraphFilter: Sendable, Hashable {
    /// Node types; by default people, organisations, places and events (dates and positions
    /// travel as relation qualifiers).
    public var types: Set<EntityType>
    public var relations: RelationFilter
    /// An ego network: only these entities (and relations among them).
    public var entities: Set<String>?
    /// Attach evidence sentences to edges (at most this many per edge; 0 for none).
    public var evidencePerEdge: Int

    public static let defaultTypes: Set<EntityType> = [.person, .organisation, .place, .event]

    public init(types: Set<EntityType> = GraphFilter.defaultTypes, relations: RelationFilter = RelationFilter(), entities: Set<String>? = nil, evidencePerEdge: Int = 20) {
        self.types = types
        self.relations = relations
        self.entities = entities
        self.evidencePerEdge = evidencePerEdge
    }
}

extension GraphStore {
    /// Calls `body` with a `GraphSource` over one consistent snapshot of the store.
    ///
    /// Nodes and edges are read with cursors (sorted by id and key), so memory stays bounded
    /// however large the graph; the source is valid only inside `body`.
    public func withGraph<T>(_ filter: GraphFilter, _ body: (any GraphSource) throws -> T) throws -> T {
        try read("export") { db in
            try body(DatabaseGraphSource(db: db, filter: filter))
        }
    }
}

/// A `GraphSource` reading a snapshot of the store with SQL cursors.
struct DatabaseGraphSource: GraphSource {
    let db: Database
    let filter: GraphFilter

    var typeList: String { filter.types.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",") }

    func forEachNode(_ body: (GraphNode) throws -> Void) throws {
        var conditions = ["e.type IN (\(typeList))"]
        var arguments: [String] = []
        if filter.relations.since != nil || filter.relations.until != nil {
            var dates: [String] = []
            if let since = filter.relations.since { dates.append("d.date >= ?"); arguments.append(since) }
            if let until = filter.relations.until { dates.append("substr(d.date, 1, \(until.count)) <= ?"); arguments.append(until) }
            conditions.append("EXISTS (SELECT 1 FROM mention m JOIN document d ON d.id = m.document_id WHERE m.entity_id = e.id AND \(dates.joined(separator: " AND ")))")
        }
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.id, e.type, e.name, e.attributes,
                  (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT name FROM alias WHERE entity_id = e.id AND name != e.name ORDER BY name)) AS aliases,
                  (SELECT group_concat(scheme || char(30) || value, char(31)) FROM (SELECT scheme, value FROM external_id WHERE entity_id = e.id ORDER BY scheme, value)) AS external,
                  (SELECT COUNT(*) FROM mention WHERE entity_id = e.id) AS mentions,
                  (SELECT COUNT(DISTINCT document_id) FROM mention WHERE entity_id = e.id) AS documents
                FROM entity e WHERE \(conditions.joined(separator: " AND ")) ORDER BY e.id
                """, arguments: StatementArguments(arguments))
        while let row = try cursor.next() {
            let id: String = row["id"]
            if let only = filter.entities, !only.contains(id) { continue }
            guard let type = EntityType(rawValue: row["type"]) else { continue }
            var attributes = GraphStore.decodeJSON(row["attributes"])
            let latitude = attributes.removeValue(forKey: "lat").flatMap(Double.init)
            let longitude = attributes.removeValue(forKey: "lon").flatMap(Double.init)
            var external: [String: String] = [:]
            for pair in (row["external"] as String?)?.split(separator: "\u{1F}") ?? [] {
                let parts = pair.split(separator: "\u{1E}", maxSplits: 1)
                if parts.count == 2 { external[String(parts[0])] = String(parts[1]) }
            }
            try body(GraphNode(
                id: id, type: type, name: row["name"], aliases: (row["aliases"] as String?)?.split(separator: "\u{1F}").map(String.init) ?? [],
                externalIDs: external, latitude: latitude, longitude: longitude, mentionCount: row["mentions"],
                documentCount: row["documents"], attributes: attributes))
        }
    }

    func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        let (condition, arguments) = filter.relations.sql()
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT r.id, r.key, r.subject_id, r.predicate, r.object_id, r.qualifiers, r.confidence,
                  (SELECT COUNT(*) FROM evidence e WHERE e.relation_id = r.id) AS evidence_count,
                  (SELECT e.document_id FROM evidence e JOIN document d ON d.id = e.document_id WHERE e.relation_id = r.id ORDER BY d.date, d.id LIMIT 1) AS first_document,
                  (SELECT e.document_id FROM evidence e JOIN document d ON d.id = e.document_id WHERE e.relation_id = r.id ORDER BY d.date DESC, d.id DESC LIMIT 1) AS last_document
                FROM relation r JOIN entity s ON s.id = r.subject_id JOIN entity o ON o.id = r.object_id
                WHERE \(condition) AND s.type IN (\(typeList)) AND o.type IN (\(typeList))
                ORDER BY r.key
                """, arguments: StatementArguments(arguments))
        let evidenceStatement = try db.makeStatement(sql: """
            SELECT e.document_id, e.start, e.end, e.sentence, e.rule, e.confidence
            FROM evidence e JOIN document d ON d.id = e.document_id
            WHERE e.relation_id = ? ORDER BY d.date, e.document_id, e.start LIMIT ?
            """)
        while let row = try cursor.next() {
            let subject: String = row["subject_id"]
            let object: String = row["object_id"]
            if let only = filter.entities, !only.contains(subject) || !only.contains(object) { continue }
            guard let predicate = Predicate(rawValue: row["predicate"]) else { continue }
            var evidence: [GraphEvidence] = []
            if filter.evidencePerEdge > 0 {
                let id: Int64 = row["id"]
                evidence = try Row.fetchAll(evidenceStatement, arguments: [id, filter.evidencePerEdge]).map {
                    GraphEvidence(document: $0["document_id"], sentence: $0["sentence"], start: $0["start"], end: $0["end"], rule: $0["rule"], confidence: $0["confidence"])
                }
            }
            let count: Int = row["evidence_count"]
            try body(GraphEdge(
                key: row["key"], source: subject, target: object, predicate: predicate, weight: Double(count),
                confidence: row["confidence"], qualifiers: GraphStore.decodeJSON(row["qualifiers"]), evidenceCount: count,
                firstDocument: row["first_document"], lastDocument: row["last_document"], evidence: evidence))
        }
    }
}
