import GRDB
import ShejireCore

/// How a candidate entity was found for a name.
public enum CandidateMatch: String, Sendable, Codable, Hashable, Comparable {
    /// The text is the entity id.
    case id
    /// The text equals the canonical name or an alias, ignoring case.
    case name
    /// The text has the linking key of an alias (base forms, transliteration, word order).
    case key
    /// Words of the text (or their prefixes) occur in the entity's names (full-text index).
    case text

    var rank: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .key: 2
        case .text: 3
        }
    }

    public static func < (lhs: CandidateMatch, rhs: CandidateMatch) -> Bool { lhs.rank < rhs.rank }
}

/// A light-weight entity found for a name, for reconciliation and suggest.
public struct EntityCandidate: Sendable, Codable, Hashable {
    public var id: String
    public var type: String
    public var name: String
    public var match: CandidateMatch
    /// The alias (or name) that matched, when the match was by name or key.
    public var matchedName: String?
    /// Full-text matches: the fraction of the query's words found among the entity's names (0-1).
    public var coverage: Double
}

/// A mention of an entity in a document; `start`/`end` are code point offsets in the document.
public struct MentionRecord: Sendable, Codable, Hashable {
    public var document: String
    public var entity: String
    public var start: Int
    public var end: Int
    public var text: String
}

extension GraphStore {
    /// Candidate entities for a user-typed name, best first: by id, by exact name or alias
    /// (ignoring case), by alias linking key, then by full-text prefix match on names.
    ///
    /// Unlike `findEntities`, each candidate says how it matched, full-text prefix matches are
    /// added to key matches when `prefix` is set, and no counts are read, so a reconciliation
    /// batch stays cheap.
    ///
    /// - Parameters:
    ///   - text: What the user typed.
    ///   - keys: (type, key) pairs for `text` (`EntityKey.make`), one per entity type.
    ///   - types: Only entities of these types (nil: any).
    ///   - prefix: Treat the last word as a prefix in the full-text match (for suggest).
    ///   - limit: At most this many candidates.
    /// - Complexity: indexed lookups: O(k log A) for k keys over A aliases, plus one FTS query.
    public func candidates(
        for text: String, keys: [(EntityType, String)], types: Set<EntityType>? = nil, prefix: Bool = false, limit: Int = 10
    ) throws -> [EntityCandidate] {
        try read("candidates") { db in
            var found: [EntityCandidate] = []
            var seen: Set<String> = []
            func allowed(_ type: String) -> Bool {
                guard let types else { return true }
                return EntityType(rawValue: type).map(types.contains) ?? false
            }
            func add(_ row: Row, _ match: CandidateMatch, matched: String?, coverage: Double = 1) {
                let id: String = row["id"]
                let type: String = row["type"]
                guard !seen.contains(id), allowed(type), found.count < limit else { return }
                seen.insert(id)
                found.append(EntityCandidate(id: id, type: type, name: row["name"], match: match, matchedName: matched, coverage: coverage))
            }
            if let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT id, type, name FROM entity WHERE id = ?"), arguments: [text]) {
                add(row, .id, matched: nil)
            }
            let folded = text.lowercased()
            var keyed: [(Row, String)] = []
            for (keyType, key) in keys where !key.isEmpty && (types == nil || types!.contains(keyType)) {
                let rows = try Row.fetchAll(
                    try db.cachedStatement(sql: """
                        SELECT e.id, e.type, e.name, a.name AS alias FROM alias a JOIN entity e ON e.id = a.entity_id
                        WHERE a.type = ? AND a.key = ? ORDER BY e.id, a.name LIMIT 200
                        """), arguments: [keyType.rawValue, key])
                for row in rows { keyed.append((row, row["alias"])) }
            }
            // Exact names first (ignoring case), then the other key matches.
            for (row, alias) in keyed where alias.lowercased() == folded || (row["name"] as String).lowercased() == folded {
                add(row, .name, matched: alias)
            }
            for (row, alias) in keyed { add(row, .key, matched: alias) }
            let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            // Full text only when nothing matched by id, name or key (as `findEntities`), or
            // for prefixes (suggest): word look-ups of common words are the expensive part.
            if found.count < limit, !words.isEmpty, prefix || found.isEmpty {
                let terms = words.enumerated().map { index, word in
                    "\"\(word)\"" + (prefix && index == words.count - 1 ? "*" : "")
                }
                // Every word must occur; if that finds nothing, any word may.
                for joiner in [" ", " OR "] where found.count < limit {
                    let rows = try Row.fetchAll(
                        try db.cachedStatement(sql: """
                            SELECT e.id, e.type, e.name, f.names FROM entity_fts f JOIN entity e ON e.rowid = f.rowid
                            WHERE entity_fts MATCH ? ORDER BY f.rank LIMIT ?
                            """), arguments: [terms.joined(separator: joiner), limit * 4])
                    for row in rows {
                        let names = (row["names"] as String).lowercased()
                        let hits = words.filter { names.contains($0.lowercased()) }.count
                        add(row, .text, matched: nil, coverage: Double(hits) / Double(words.count))
                    }
                    if words.count == 1 { break }
                }
            }
            return found
        }
    }

    /// Canonical names and types of entities by id (unknown ids are left out).
    public func names(of ids: [String]) throws -> [String: (type: String, name: String)] {
        try read("names") { db in
            var result: [String: (type: String, name: String)] = [:]
            for id in Set(ids) {
                if let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT type, name FROM entity WHERE id = ?"), arguments: [id]) {
                    result[id] = (row["type"], row["name"])
                }
            }
            return result
        }
    }

    /// Mentions of the given entities in the given documents, in document order.
    ///
    /// For highlighting evidence sentences: a sentence's `start..<end` contains the mentions
    /// it states.
    /// - Parameter limit: at most this many mentions in all.
    public func mentions(of entities: [String], in documents: [String], limit: Int = 1000) throws -> [MentionRecord] {
        guard !entities.isEmpty, !documents.isEmpty else { return [] }
        return try read("mentions") { db in
            let entityMarks = entities.map { _ in "?" }.joined(separator: ",")
            let documentMarks = documents.map { _ in "?" }.joined(separator: ",")
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT document_id, entity_id, start, end, text FROM mention
                    WHERE entity_id IN (\(entityMarks)) AND document_id IN (\(documentMarks))
                    ORDER BY document_id, start, end LIMIT \(max(0, limit))
                    """, arguments: StatementArguments(entities + documents)
            ).map { row in
                MentionRecord(document: row["document_id"], entity: row["entity_id"], start: row["start"], end: row["end"], text: row["text"])
            }
        }
    }

    /// How many entities the store holds (for `/health`).
    public func entityCount() throws -> Int {
        try read("count entities") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") ?? 0 }
    }
}
