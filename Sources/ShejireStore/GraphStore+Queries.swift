import GRDB
import ShejireCore

extension GraphStore {
    /// Entities matching a user-typed name: an exact id, any alias with one of the given
    /// normalised keys (base forms and transliterations, computed by `EntityKey`), or, failing
    /// those, a full-text match on names.
    ///
    /// - Parameters:
    ///   - text: What the user typed.
    ///   - keys: (type, key) pairs for `text`, one per entity type.
    ///   - type: Restricts to one type.
    /// - Complexity: indexed lookups; O(r log E) for r results.
    public func findEntities(_ text: String, keys: [(EntityType, String)], type: EntityType? = nil, limit: Int = 20) throws -> [EntityRecord] {
        try read("find entities") { db in
            var ids: [String] = []
            func add(_ found: [String]) { for id in found where !ids.contains(id) { ids.append(id) } }
            add(try String.fetchAll(db, sql: "SELECT id FROM entity WHERE id = ?", arguments: [text]))
            for (keyType, key) in keys where type == nil || type == keyType {
                add(try String.fetchAll(db, sql: "SELECT DISTINCT entity_id FROM alias WHERE type = ? AND key = ? ORDER BY entity_id", arguments: [keyType.rawValue, key]))
            }
            if ids.isEmpty {
                let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"*" }
                if !words.isEmpty {
                    add(try String.fetchAll(
                        db, sql: "SELECT e.id FROM entity_fts f JOIN entity e ON e.rowid = f.rowid WHERE entity_fts MATCH ? ORDER BY f.rank LIMIT ?",
                        arguments: [words.joined(separator: " "), limit * 4]))
                }
            }
            var records: [EntityRecord] = []
            for id in ids {
                guard let record = try entityRecord(id, db), type == nil || record.type == type?.rawValue else { continue }
                records.append(record)
                if records.count == limit { break }
            }
            return records
        }
    }

    /// One entity by id, with aliases, external ids and counts.
    public func entity(_ id: String) throws -> EntityRecord? {
        try read("read entity") { db in try entityRecord(id, db) }
    }

    func entityRecord(_ id: String, _ db: Database) throws -> EntityRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, type, name, attributes FROM entity WHERE id = ?", arguments: [id]) else { return nil }
        let name: String = row["name"]
        let aliases = try String.fetchAll(db, sql: "SELECT DISTINCT name FROM alias WHERE entity_id = ? AND name != ? ORDER BY name", arguments: [id, name])
        var external: [String: String] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT scheme, value FROM external_id WHERE entity_id = ? ORDER BY scheme, value", arguments: [id]) {
            external[r["scheme"]] = r["value"]
        }
        let counts = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS m, COUNT(DISTINCT document_id) AS d FROM mention WHERE entity_id = ?", arguments: [id])
        return EntityRecord(
            id: id, type: row["type"], name: name, aliases: aliases, externalIDs: external,
            attributes: Self.decodeJSON(row["attributes"]), mentionCount: counts?["m"] ?? 0, documentCount: counts?["d"] ?? 0)
    }

    /// Relations matching a filter and optional subject/object entity ids.
    ///
    /// - Parameter evidenceLimit: how many evidence sentences to attach per relation (0: none).
    public func relations(
        filter: RelationFilter, subjects: [String]? = nil, objects: [String]? = nil, either: [String]? = nil,
        limit: Int = 1000, evidenceLimit: Int = 0
    ) throws -> [RelationRecord] {
        try read("query relations") { db in
            var (condition, arguments) = filter.sql()
            var extra: [String] = []
            func list(_ column: String, _ ids: [String]) {
                extra.append("\(column) IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
                arguments += ids
            }
            if let subjects { list("r.subject_id", subjects) }
            if let objects { list("r.object_id", objects) }
            if let either {
                let marks = either.map { _ in "?" }.joined(separator: ",")
                extra.append("(r.subject_id IN (\(marks)) OR r.object_id IN (\(marks)))")
                arguments += either + either
            }
            let whereClause = ([condition] + extra).joined(separator: " AND ")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, r.key, r.subject_id, s.name AS subject_name, r.predicate, r.object_id, o.name AS object_name,
                      r.qualifiers, r.confidence, (SELECT COUNT(*) FROM evidence e WHERE e.relation_id = r.id) AS evidence_count
                    FROM relation r JOIN entity s ON s.id = r.subject_id JOIN entity o ON o.id = r.object_id
                    WHERE \(whereClause)
                    ORDER BY r.predicate, s.name, o.name, r.key LIMIT \(limit)
                    """, arguments: StatementArguments(arguments))
            return try rows.map { row in
                var record = RelationRecord(
                    key: row["key"], subject: row["subject_id"], subjectName: row["subject_name"], predicate: row["predicate"],
                    object: row["object_id"], objectName: row["object_name"], qualifiers: Self.decodeJSON(row["qualifiers"]),
                    confidence: row["confidence"], evidenceCount: row["evidence_count"], evidence: nil)
                if evidenceLimit > 0 { record.evidence = try evidence(ofRelation: row["id"], limit: evidenceLimit, db) }
                return record
            }
        }
    }

    func evidence(ofRelation id: Int64, limit: Int, _ db: Database) throws -> [EvidenceRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT e.document_id, d.date, e.start, e.end, e.sentence, e.rule, e.confidence
                FROM evidence e JOIN document d ON d.id = e.document_id
                WHERE e.relation_id = ? ORDER BY d.date, e.document_id, e.start LIMIT ?
                """, arguments: [id, limit]
        ).map { row in
            EvidenceRecord(
                document: row["document_id"], date: row["date"], start: row["start"], end: row["end"], sentence: row["sentence"],
                rule: row["rule"], confidence: row["confidence"])
        }
    }

    /// The entities within `depth` relations of `id` (both directions), with the relations among them.
    ///
    /// - Parameter maxNodes: stops expanding once this many entities are reached.
    public func neighborhood(of id: String, depth: Int, filter: RelationFilter, types: Set<EntityType>? = nil, maxNodes: Int = 5000) throws -> (entities: [EntityRecord], relations: [RelationRecord]) {
        let reached = try read("neighbours") { db -> [String: Int] in
            var distance: [String: Int] = [id: 0]
            var frontier = [id]
            for level in 1...max(1, depth) {
                var next: [String] = []
                for node in frontier {
                    for (other, _, _, _) in try adjacent(node, filter: filter, db) where distance[other] == nil {
                        if let types, let type = try String.fetchOne(db, sql: "SELECT type FROM entity WHERE id = ?", arguments: [other]),
                            let entityType = EntityType(rawValue: type), !types.contains(entityType)
                        {
                            continue
                        }
                        distance[other] = level
                        next.append(other)
                        if distance.count >= maxNodes { return distance }
                    }
                }
                frontier = next
                if frontier.isEmpty { break }
            }
            return distance
        }
        let ids = reached.keys.sorted { (reached[$0]!, $0) < (reached[$1]!, $1) }
        let entities = try ids.compactMap { try entity($0) }
        let set = Set(ids)
        let relations = try relations(filter: filter, either: ids, limit: 100_000).filter { set.contains($0.subject) && set.contains($0.object) }
        return (entities, relations)
    }

    /// Relations touching `node`: (other end, predicate, relation key, whether `node` is the subject).
    func adjacent(_ node: String, filter: RelationFilter, _ db: Database) throws -> [(String, String, String, Bool)] {
        let (condition, arguments) = filter.sql()
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.object_id AS other, r.predicate, r.key, 1 AS forward FROM relation r WHERE r.subject_id = ? AND \(condition)
                UNION ALL
                SELECT r.subject_id AS other, r.predicate, r.key, 0 AS forward FROM relation r WHERE r.object_id = ? AND \(condition)
                ORDER BY 3
                """, arguments: StatementArguments([node] + arguments + [node] + arguments))
        return rows.map { ($0["other"], $0["predicate"], $0["key"], ($0["forward"] as Int) == 1) }
    }

    /// The shortest chains of relations between two entities (breadth-first, both directions).
    ///
    /// - Parameters:
    ///   - maxDepth: the longest chain considered.
    ///   - limit: how many shortest chains to return at most.
    /// - Complexity: O(V + E) over the part of the graph within `maxDepth` of `from`, capped at 200,000 entities.
    public func paths(from: String, to: String, maxDepth: Int = 4, filter: RelationFilter = RelationFilter(), limit: Int = 10) throws -> [GraphPath] {
        if from == to { return [GraphPath(entities: [from], steps: [])] }
        return try read("path") { db in
            var parents: [String: [(String, GraphPath.Step)]] = [from: []]
            var depthOf: [String: Int] = [from: 0]
            var frontier = [from]
            var found = false
            for level in 1...max(1, maxDepth) where !found {
                var next: [String] = []
                for node in frontier {
                    for (other, predicate, key, forward) in try adjacent(node, filter: filter, db) {
                        if let d = depthOf[other], d < level { continue }
                        let step = GraphPath.Step(from: node, predicate: predicate, to: other, forward: forward, relation: key)
                        if depthOf[other] == nil {
                            depthOf[other] = level
                            next.append(other)
                        }
                        parents[other, default: []].append((node, step))
                        if other == to { found = true }
                    }
                    if depthOf.count > 200_000 { break }
                }
                frontier = next
                if frontier.isEmpty { break }
            }
            guard found else { return [] }
            var results: [GraphPath] = []
            func walk(_ node: String, _ suffix: [GraphPath.Step]) {
                if results.count >= limit { return }
                if node == from {
                    let steps = Array(suffix.reversed())
                    results.append(GraphPath(entities: [from] + steps.map(\.to), steps: steps))
                    return
                }
                for (parent, step) in parents[node] ?? [] where (depthOf[parent] ?? Int.max) < (depthOf[node] ?? 0) {
                    walk(parent, suffix + [step])
                }
            }
            walk(to, [])
            return results
        }
    }

    /// Counts of everything in the store.
    public func stats() throws -> StoreStats {
        try read("stats") { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            var byType: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT type, COUNT(*) AS n FROM entity GROUP BY type") { byType[row["type"]] = row["n"] }
            var byPredicate: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT predicate, COUNT(*) AS n FROM relation GROUP BY predicate") { byPredicate[row["predicate"]] = row["n"] }
            return StoreStats(
                documents: try count("SELECT COUNT(*) FROM document"), mentions: try count("SELECT COUNT(*) FROM mention"),
                entities: try count("SELECT COUNT(*) FROM entity"), entitiesByType: byType,
                relations: try count("SELECT COUNT(*) FROM relation"), relationsByPredicate: byPredicate,
                evidence: try count("SELECT COUNT(*) FROM evidence"), aliases: try count("SELECT COUNT(*) FROM alias"),
                curationDecisions: try count("SELECT COUNT(*) FROM curation"))
        }
    }

    /// Runs one read-only SQL statement and returns column names and rows as text.
    ///
    /// The statement must not write: the connection is opened read-only, statements SQLite
    /// does not report as read-only are refused, and so are ATTACH, DETACH and PRAGMA writes.
    /// - Throws: `StoreError.readOnlyViolation` for a statement that would change anything.
    public func query(sql: String, limit: Int = 10_000) throws -> (columns: [String], rows: [[String?]]) {
        let head = sql.drop(while: { $0.isWhitespace || $0 == "(" }).prefix(8).uppercased()
        if head.hasPrefix("ATTACH") || head.hasPrefix("DETACH") || head.hasPrefix("VACUUM") || (head.hasPrefix("PRAGMA") && sql.contains("=")) {
            throw StoreError.readOnlyViolation("only SELECT statements are allowed in `query sql`")
        }
        let readOnly = try GraphStore(path: path, readOnly: true)
        return try readOnly.read("query sql") { db in
            try db.execute(sql: "PRAGMA query_only = 1")
            let statement: Statement
            do {
                statement = try db.makeStatement(sql: sql)
            } catch let error as DatabaseError {
                throw StoreError.invalidRequest("SQL error: \(error.message ?? "\(error)")")
            }
            guard statement.isReadonly else { throw StoreError.readOnlyViolation("only SELECT statements are allowed in `query sql`") }
            let columns = statement.columnNames
            var rows: [[String?]] = []
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next(), rows.count < limit {
                rows.append((0..<row.count).map { index in
                    let value = row[index] as DatabaseValue
                    switch value.storage {
                    case .null: return nil
                    case .int64(let v): return String(v)
                    case .double(let v): return String(v)
                    case .string(let v): return v
                    case .blob(let v): return "<\(v.count) bytes>"
                    }
                })
            }
            return (columns, rows)
        }
    }

    /// Stored documents by id (text, date, language, metadata), for re-extraction after curation.
    public func documents(_ ids: [String]) throws -> [Document] {
        try read("read documents") { db in
            try ids.compactMap { id in
                guard let row = try Row.fetchOne(db, sql: "SELECT id, source, date, language, metadata, text FROM document WHERE id = ?", arguments: [id]) else { return nil }
                return Document(
                    id: row["id"], text: row["text"], date: (row["date"] as String?).flatMap { SimpleDate(iso: $0) },
                    language: row["language"], sourcePath: row["source"], metadata: Self.decodeJSON(row["metadata"]))
            }
        }
    }

    /// Ids of every stored document, sorted.
    public func documentIDs() throws -> [String] {
        try read("list documents") { db in try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") }
    }
}
