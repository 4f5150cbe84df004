import Foundation
import GRDB
import ShejireCore

/// What one committed batch changed.
public struct IngestSummary: Sendable, Equatable {
    public var documentsWritten = 0
    public var documentsSkipped = 0
    public var mentions = 0
    public var relations = 0
    public var evidence = 0

    public init() {}

    public static func += (lhs: inout IngestSummary, rhs: IngestSummary) {
        lhs.documentsWritten += rhs.documentsWritten
        lhs.documentsSkipped += rhs.documentsSkipped
        lhs.mentions += rhs.mentions
        lhs.relations += rhs.relations
        lhs.evidence += rhs.evidence
    }
}

extension GraphStore {
    /// The stored content hashes of documents, by id (for skipping unchanged documents).
    public func contentHashes(of ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try read("read document hashes") { db in
            var result: [String: String] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[chunk..<min(chunk + 500, ids.count)])
                let marks = part.map { _ in "?" }.joined(separator: ",")
                let rows = try Row.fetchAll(db, sql: "SELECT id, content_hash FROM document WHERE id IN (\(marks))", arguments: StatementArguments(part))
                for row in rows { result[row["id"]] = row["content_hash"] }
            }
            return result
        }
    }

    /// Writes a batch of documents in one transaction: replaces each document's mentions and
    /// evidence, links mentions to entities, merges relations with existing ones and adds
    /// their evidence, then removes relations and entities nothing refers to any more.
    ///
    /// Linking, per mention, in order: a curated `document_link` for this document and key; a curated `alias_rule` link for the (type, key); the
    /// mention's own id for gazetteer entries (through curated redirects); an existing entity of
    /// the same type with an alias of the same key (people only when exactly one entity has it,
    /// so two people who share a surname are never merged); otherwise the proposed id.
    ///
    /// - Returns: counts of what was written.
    /// - Throws: `StoreError` if the transaction fails; the database is then as before the batch.
    /// - Complexity: O(m log E) for m mentions and E entities (indexed lookups).
    @discardableResult
    public func write(_ batch: [IngestDocument]) throws -> IngestSummary {
        try write("ingest") { db in
            var summary = IngestSummary()
            var touchedRelations: Set<Int64> = []
            var touchedEntities: Set<String> = []
            var linkedEntities: Set<String> = []
            let now = ISO8601DateFormatter().string(from: Date())
            for item in batch {
                try removeContent(ofDocument: item.document.id, db, touchedRelations: &touchedRelations, touchedEntities: &touchedEntities)
                try insertDocument(item.document, title: item.title, contentHash: item.contentHash, at: now, db)
                let finalIDs = try writeMentions(item, db, summary: &summary)
                linkedEntities.formUnion(finalIDs.values)
                try writeRelations(item, finalIDs: finalIDs, db, summary: &summary)
                summary.documentsWritten += 1
            }
            try finishBatch(touchedRelations: touchedRelations, touchedEntities: touchedEntities, linkedEntities: linkedEntities, db)
            return summary
        }
    }

    /// Removes what nothing refers to any more, then refreshes the name index once per entity.
    func finishBatch(touchedRelations: Set<Int64>, touchedEntities: Set<String>, linkedEntities: Set<String>, _ db: Database) throws {
        try collectGarbage(relations: touchedRelations, entities: touchedEntities, db)
        for entity in linkedEntities.subtracting(touchedEntities).sorted() { try refreshSearchIndex(of: entity, db) }
        for entity in touchedEntities.sorted() where try Bool.fetchOne(db, sql: "SELECT 1 FROM entity WHERE id = ?", arguments: [entity]) == true {
            try refreshSearchIndex(of: entity, db)
        }
    }

    /// Writes one long document in parts, in one transaction, so that its mentions never have
    /// to be held at once: `parts` is called inside the transaction and hands each part (a
    /// segment of the document, with `byteOffset` and `codePointOffset` set) to `emit`, which
    /// writes it at once. The document row holds the whole `document`; if anything throws,
    /// nothing of the document is stored.
    ///
    /// - Throws: `StoreError` if the transaction fails, or what `parts` throws; the database is
    ///   then as before.
    @discardableResult
    public func write(
        document: Document, title: String?, contentHash: String,
        parts: (_ emit: (IngestDocument) throws -> Void) throws -> Void
    ) throws -> IngestSummary {
        try write("ingest") { db in
            var summary = IngestSummary()
            var touchedRelations: Set<Int64> = []
            var touchedEntities: Set<String> = []
            var linkedEntities: Set<String> = []
            try removeContent(ofDocument: document.id, db, touchedRelations: &touchedRelations, touchedEntities: &touchedEntities)
            try insertDocument(document, title: title, contentHash: contentHash, at: ISO8601DateFormatter().string(from: Date()), db)
            try parts { part in
                let finalIDs = try writeMentions(part, db, summary: &summary)
                linkedEntities.formUnion(finalIDs.values)
                try writeRelations(part, finalIDs: finalIDs, db, summary: &summary)
            }
            summary.documentsWritten += 1
            try finishBatch(touchedRelations: touchedRelations, touchedEntities: touchedEntities, linkedEntities: linkedEntities, db)
            return summary
        }
    }

    /// Deletes the documents with these ids, their mentions and evidence, and whatever only they supported.
    public func deleteDocuments(_ ids: [String]) throws {
        try write("delete documents") { db in
            var relations: Set<Int64> = []
            var entities: Set<String> = []
            for id in ids {
                try removeContent(ofDocument: id, db, touchedRelations: &relations, touchedEntities: &entities)
                try db.cachedStatement(sql: "DELETE FROM document_fts WHERE rowid = (SELECT rowid FROM document WHERE id = ?)").execute(arguments: [id])
                try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [id])
            }
            try collectGarbage(relations: relations, entities: entities, db)
        }
    }

    func removeContent(ofDocument id: String, _ db: Database, touchedRelations: inout Set<Int64>, touchedEntities: inout Set<String>) throws {
        touchedRelations.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT relation_id FROM evidence WHERE document_id = ?"), arguments: [id]))
        touchedEntities.formUnion(try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT entity_id FROM mention WHERE document_id = ?"), arguments: [id]))
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE document_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM mention WHERE document_id = ?").execute(arguments: [id])
    }

    func insertDocument(_ document: Document, title: String?, contentHash: String, at now: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
                INSERT INTO document (id, source, title, date, language, content_hash, metadata, text, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET source = excluded.source, title = excluded.title, date = excluded.date,
                  language = excluded.language, content_hash = excluded.content_hash, metadata = excluded.metadata,
                  text = excluded.text, ingested_at = excluded.ingested_at
                """).execute(arguments: [
                document.id, document.sourcePath, title, document.date?.description, document.language,
                contentHash, Self.canonicalJSON(document.metadata), document.text, now,
            ])
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO document_fts (rowid, title, text) SELECT rowid, ?, ? FROM document WHERE id = ?").execute(arguments: [title ?? "", document.text, document.id])
    }

    /// Links and inserts the mentions; returns the final entity id by mention byte range.
    func writeMentions(_ item: IngestDocument, _ db: Database, summary: inout IngestSummary) throws -> [Range<Int>: String] {
        let document = item.document
        var offsets: [Int] = []
        for m in item.mentions { offsets += [m.mention.range.lowerBound, m.mention.range.upperBound] }
        let points = document.codePointOffsets(offsets)
        var finalIDs: [Range<Int>: String] = [:]
        var linked: [String: String] = [:]  // proposed id -> final id, within the document
        for (index, ingest) in item.mentions.enumerated() {
            let mention = ingest.mention
            let entity: String
            if let known = linked[mention.entity], !ingest.fromGazetteer {
                entity = known
            } else {
                entity = try link(ingest, document: document.id, db)
                linked[mention.entity] = entity
            }
            finalIDs[mention.range] = entity
            try ensureEntity(entity, ingest: ingest, facts: item.facts[mention.entity], db)
            for alias in ingest.aliases { try addAlias(alias, to: entity, type: mention.type, db) }
            try db.cachedStatement(sql: """
                    INSERT INTO mention (document_id, start, end, byte_start, byte_end, text, type, entity_id, key, rule, confidence, value)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (document_id, byte_start, byte_end, type) DO NOTHING
                    """).execute(arguments: [
                    document.id, points[index * 2] + item.codePointOffset, points[index * 2 + 1] + item.codePointOffset,
                    mention.range.lowerBound + item.byteOffset, mention.range.upperBound + item.byteOffset,
                    mention.text, mention.type.rawValue, entity, ingest.key, mention.source, mention.confidence, mention.value,
                ])
            summary.mentions += db.changesCount
        }
        return finalIDs
    }

    /// Follows curated redirects (merges) from an id to the entity it now belongs to.
    func resolveRedirect(_ id: String, _ db: Database) throws -> String {
        var current = id
        var seen: Set<String> = [id]
        while let next = try String.fetchOne(db.cachedStatement(sql: "SELECT to_id FROM redirect WHERE from_id = ?"), arguments: [current]), seen.insert(next).inserted {
            current = next
        }
        return current
    }

    func link(_ ingest: IngestMention, document: String, _ db: Database) throws -> String {
        let type = ingest.mention.type.rawValue
        if let curated = try String.fetchOne(db.cachedStatement(sql: "SELECT entity_id FROM document_link WHERE document_id = ? AND type = ? AND key = ?"), arguments: [document, type, ingest.key])
        {
            return try resolveRedirect(curated, db)
        }
        if let curated = try String.fetchOne(db.cachedStatement(sql: "SELECT entity_id FROM alias_rule WHERE type = ? AND key = ? AND action = 'link' ORDER BY entity_id LIMIT 1"), arguments: [type, ingest.key])
        {
            return try resolveRedirect(curated, db)
        }
        let proposed = try resolveRedirect(ingest.mention.entity, db)
        if ingest.fromGazetteer || ingest.mention.type == .date { return proposed }
        let candidates = try String.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT a.entity_id FROM alias a
                WHERE a.type = ? AND a.key = ?
                  AND NOT EXISTS (SELECT 1 FROM alias_rule r WHERE r.type = a.type AND r.key = a.key AND r.entity_id = a.entity_id AND r.action = 'unlink')
                ORDER BY a.entity_id LIMIT 2
                """), arguments: [type, ingest.key])
        if candidates.contains(proposed) { return proposed }
        if ingest.mention.type == .person {
            return candidates.count == 1 ? try resolveRedirect(candidates[0], db) : proposed
        }
        return try candidates.first.map { try resolveRedirect($0, db) } ?? proposed
    }

    func ensureEntity(_ id: String, ingest: IngestMention, facts: EntityFacts?, _ db: Database) throws {
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entity WHERE id = ?"), arguments: [id]) == true { return }
        let name = facts?.name ?? ingest.mention.name
        var attributes = facts?.attributes ?? [:]
        if let value = ingest.mention.value { attributes["value"] = value }
        try db.cachedStatement(sql: "INSERT INTO entity (id, type, name, attributes) VALUES (?, ?, COALESCE((SELECT name FROM name_override WHERE entity_id = ?), ?), ?)").execute(arguments: [id, ingest.mention.type.rawValue, id, name, Self.canonicalJSON(attributes)])
        if let facts {
            for alias in facts.aliases { try addAlias(alias, to: id, type: ingest.mention.type, db) }
            for (scheme, value) in facts.externalIDs.sorted(by: { $0.key < $1.key }) {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO external_id (entity_id, scheme, value) VALUES (?, ?, ?)").execute(arguments: [id, scheme, value])
            }
        }
    }

    func addAlias(_ alias: AliasName, to entity: String, type: EntityType, _ db: Database) throws {
        guard !alias.name.isEmpty else { return }
        let unlinked = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM alias_rule WHERE type = ? AND key = ? AND entity_id = ? AND action = 'unlink'"), arguments: [type.rawValue, alias.key, entity]) ?? false
        if unlinked { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias (entity_id, name, key, type, language, script) VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [entity, alias.name, alias.key, type.rawValue, alias.language, alias.script])
    }

    func refreshSearchIndex(of entity: String, _ db: Database) throws {
        let names = try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM entity WHERE id = ? UNION SELECT name FROM alias WHERE entity_id = ?"), arguments: [entity, entity])
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO entity_fts (rowid, names) SELECT rowid, ? FROM entity WHERE id = ?").execute(arguments: [names.joined(separator: " | "), entity])
    }

    func writeRelations(_ item: IngestDocument, finalIDs: [Range<Int>: String], _ db: Database, summary: inout IngestSummary) throws {
        let document = item.document
        var offsets: [Int] = []
        for r in item.relations { offsets += [r.sentence.lowerBound, r.sentence.upperBound] }
        let points = document.codePointOffsets(offsets)
        for (index, relation) in item.relations.enumerated() {
            guard var subject = finalIDs[relation.subjectRange], var object = finalIDs[relation.objectRange], subject != object else { continue }
            if relation.predicate.isSymmetric, object < subject { swap(&subject, &object) }
            let relationID = try upsertRelation(subject: subject, predicate: relation.predicate, object: object, qualifiers: relation.qualifiers, confidence: relation.confidence, db)
            try db.cachedStatement(sql: """
                    INSERT INTO evidence (relation_id, document_id, start, end, sentence, rule, confidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (relation_id, document_id, start, rule) DO NOTHING
                    """).execute(arguments: [
                    relationID, document.id, points[index * 2] + item.codePointOffset, points[index * 2 + 1] + item.codePointOffset,
                    document.substring(bytes: relation.sentence),
                    relation.rule, relation.confidence,
                ])
            summary.evidence += db.changesCount
        }
    }

    /// Finds or creates the relation (subject, predicate, object, qualifiers); returns its row id.
    func upsertRelation(subject: String, predicate: ShejireCore.Predicate, object: String, qualifiers: [String: String], confidence: Double, _ db: Database) throws -> Int64 {
        let qualifierJSON = Self.canonicalJSON(qualifiers)
        let key = Self.relationKey(subject: subject, predicate: predicate.rawValue, object: object, qualifiers: qualifierJSON)
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, confidence FROM relation WHERE key = ?"), arguments: [key]) {
            let id: Int64 = row["id"]
            if confidence > row["confidence"] {
                try db.cachedStatement(sql: "UPDATE relation SET confidence = ? WHERE id = ?").execute(arguments: [confidence, id])
            }
            return id
        }
        try db.cachedStatement(sql: "INSERT INTO relation (key, subject_id, predicate, object_id, qualifiers, confidence) VALUES (?, ?, ?, ?, ?, ?)").execute(arguments: [key, subject, predicate.rawValue, object, qualifierJSON, confidence])
        return db.lastInsertedRowID
    }

    /// Removes relations left without evidence and entities left without mentions (and their
    /// relations); recomputes the confidence of relations that lost evidence.
    func collectGarbage(relations: Set<Int64>, entities: Set<String>, _ db: Database) throws {
        for id in relations.sorted() {
            let best = try Double.fetchOne(db.cachedStatement(sql: "SELECT MAX(confidence) FROM evidence WHERE relation_id = ?"), arguments: [id])
            if let best {
                try db.cachedStatement(sql: "UPDATE relation SET confidence = ? WHERE id = ?").execute(arguments: [best, id])
            } else {
                try db.cachedStatement(sql: "DELETE FROM relation WHERE id = ?").execute(arguments: [id])
            }
        }
        for id in entities.sorted() {
            let used = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM mention WHERE entity_id = ? LIMIT 1"), arguments: [id]) ?? false
            if used { continue }
            try db.cachedStatement(sql: "DELETE FROM relation WHERE subject_id = ? OR object_id = ?").execute(arguments: [id, id])
            try db.cachedStatement(sql: "DELETE FROM entity_fts WHERE rowid = (SELECT rowid FROM entity WHERE id = ?)").execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM entity WHERE id = ?").execute(arguments: [id])
        }
    }

    /// A stable edge key: `e` and 16 hex digits of FNV-1a over subject, predicate, object and qualifiers.
    static func relationKey(subject: String, predicate: String, object: String, qualifiers: String) -> String {
        "e" + ContentHash.fnv1a64([subject, predicate, object, qualifiers].joined(separator: "\u{1F}"))
    }

    /// JSON with sorted keys and no insignificant white space.
    static func canonicalJSON(_ dictionary: [String: String]) -> String {
        guard !dictionary.isEmpty else { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(dictionary)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func decodeJSON(_ text: String?) -> [String: String] {
        guard let text, text != "{}" else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
