import GRDB
import ShejireCore

/// What to look up for one mention: its type, its linking key (`EntityKey`), and the id the
/// extractor proposed (a gazetteer id, or one a rule made).
public struct EntityLookupKey: Sendable, Hashable {
    public var type: EntityType
    public var key: String
    public var proposedID: String?

    public init(type: EntityType, key: String, proposedID: String? = nil) {
        self.type = type
        self.key = key
        self.proposedID = proposedID
    }
}

/// Where one stored mention links to.
public struct StoredMentionLink: Sendable, Hashable {
    public var byteRange: Range<Int>
    public var type: EntityType
    public var entityID: String
}

extension GraphStore {
    /// The entities already in the graph that mentions with these keys would link to, without
    /// creating any: in the order of `write`'s linking (a curated alias link for the key; the
    /// proposed id, through merges, when that entity exists; an entity of the same type with an
    /// alias of the same key, for people only when exactly one person has it). Read-only.
    ///
    /// - Returns: one id or nil per key, in order.
    /// - Complexity: a few indexed lookups per distinct key.
    public func existingEntityIDs(keys: [EntityLookupKey]) throws -> [String?] {
        guard !keys.isEmpty else { return [] }
        return try read("look up entities") { db in
            var cache: [EntityLookupKey: String?] = [:]
            return try keys.map { lookup in
                if let known = cache[lookup] { return known }
                let found = try existingEntityID(lookup, db)
                cache[lookup] = found
                return found
            }
        }
    }

    func existingEntityID(_ lookup: EntityLookupKey, _ db: Database) throws -> String? {
        let type = lookup.type.rawValue
        func exists(_ id: String) throws -> Bool {
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM entity WHERE id = ?"), arguments: [id]) == true
        }
        if let curated = try String.fetchOne(
            db.cachedStatement(sql: "SELECT entity_id FROM alias_rule WHERE type = ? AND key = ? AND action = 'link' ORDER BY entity_id LIMIT 1"),
            arguments: [type, lookup.key])
        {
            let id = try resolveRedirect(curated, db)
            if try exists(id) { return id }
        }
        if let proposed = lookup.proposedID {
            let id = try resolveRedirect(proposed, db)
            if try exists(id) { return id }
        }
        let candidates = try String.fetchAll(db.cachedStatement(sql: """
                SELECT DISTINCT a.entity_id FROM alias a
                WHERE a.type = ? AND a.key = ?
                  AND NOT EXISTS (SELECT 1 FROM alias_rule r WHERE r.type = a.type AND r.key = a.key AND r.entity_id = a.entity_id AND r.action = 'unlink')
                ORDER BY a.entity_id LIMIT 2
                """), arguments: [type, lookup.key])
        if lookup.type == .person && candidates.count != 1 { return nil }
        return try candidates.first.map { try resolveRedirect($0, db) }
    }

    /// The entity each stored mention of these documents links to, by document id.
    /// - Complexity: one indexed query per document.
    public func mentionLinks(ofDocuments ids: [String]) throws -> [String: [StoredMentionLink]] {
        guard !ids.isEmpty else { return [:] }
        return try read("read mention links") { db in
            var result: [String: [StoredMentionLink]] = [:]
            for id in Set(ids) {
                let rows = try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT byte_start, byte_end, type, entity_id FROM mention WHERE document_id = ? ORDER BY byte_start"),
                    arguments: [id])
                result[id] = rows.compactMap { row in
                    let start: Int = row["byte_start"]
                    let end: Int = row["byte_end"]
                    guard let type = EntityType(rawValue: row["type"]), end >= start else { return nil }
                    return StoredMentionLink(byteRange: start..<end, type: type, entityID: row["entity_id"])
                }
            }
            return result
        }
    }
}
