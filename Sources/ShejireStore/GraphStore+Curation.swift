import Foundation
import GRDB
import ShejireCore

/// Curation: fixing the linker's mistakes in both directions. Every decision is logged in
/// `curation` and kept in `redirect`, `name_override` or `alias_rule`, which the linker
/// consults on every write, so decisions survive re-ingesting and re-extracting documents.
///
/// Operations that change which mentions belong to an entity (`split`, `addAlias`,
/// `removeAlias`) return the documents whose relations must be re-extracted; the CLI re-runs
/// the pipeline on their stored text.
extension GraphStore {
    /// Merges entity `from` into `into`: mentions, aliases, external ids and relations move,
    /// parallel relations merge their evidence, and later mentions of `from` link to `into`.
    ///
    /// - Throws: `StoreError.unknownEntity`, or `.invalidRequest` for different types or a self-merge.
    public func merge(_ from: String, into: String) throws {
        try write("merge") { db in
            let (fromType, intoType) = (try type(of: from, db), try type(of: into, db))
            guard from != into else { throw StoreError.invalidRequest("cannot merge \(from) into itself") }
            guard fromType == intoType else {
                throw StoreError.invalidRequest("cannot merge \(from) (\(fromType)) into \(into) (\(intoType)): homonyms of different types are kept apart")
            }
            try db.execute(sql: "UPDATE mention SET entity_id = ? WHERE entity_id = ?", arguments: [into, from])
            try db.execute(sql: "INSERT OR IGNORE INTO alias (entity_id, name, key, type, language, script) SELECT ?, name, key, type, language, script FROM alias WHERE entity_id = ?", arguments: [into, from])
            try db.execute(sql: "INSERT OR IGNORE INTO external_id (entity_id, scheme, value) SELECT ?, scheme, value FROM external_id WHERE entity_id = ?", arguments: [into, from])
            try rewireRelations(from: from, into: into, db)
            try db.execute(sql: "UPDATE redirect SET to_id = ? WHERE to_id = ?", arguments: [into, from])
            try db.execute(sql: "INSERT OR REPLACE INTO redirect (from_id, to_id) VALUES (?, ?)", arguments: [from, into])
            try db.execute(sql: "UPDATE OR REPLACE alias_rule SET entity_id = ? WHERE entity_id = ? AND action = 'link'", arguments: [into, from])
            try db.execute(sql: "UPDATE document_link SET entity_id = ? WHERE entity_id = ?", arguments: [into, from])
            try db.execute(sql: "DELETE FROM entity_fts WHERE rowid = (SELECT rowid FROM entity WHERE id = ?)", arguments: [from])
            try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [from])
            try refreshSearchIndex(of: into, db)
            try log("merge", ["from": from, "into": into], db)
        }
    }

    /// Moves the relations of `from` onto `into`, merging evidence into existing relations.
    func rewireRelations(from: String, into: String, _ db: Database) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, subject_id, predicate, object_id, qualifiers, confidence FROM relation WHERE subject_id = ? OR object_id = ?",
            arguments: [from, from])
        for row in rows {
            let id: Int64 = row["id"]
            var subject: String = row["subject_id"] == from ? into : row["subject_id"]
            var object: String = row["object_id"] == from ? into : row["object_id"]
            guard subject != object, let predicate = ShejireCore.Predicate(rawValue: row["predicate"]) else {
                try db.execute(sql: "DELETE FROM relation WHERE id = ?", arguments: [id])
                continue
            }
            if predicate.isSymmetric, object < subject { swap(&subject, &object) }
            let target = try upsertRelation(
                subject: subject, predicate: predicate, object: object, qualifiers: Self.decodeJSON(row["qualifiers"]),
                confidence: row["confidence"], db)
            guard target != id else { continue }
            try db.execute(
                sql: "INSERT OR IGNORE INTO evidence (relation_id, document_id, start, end, sentence, rule, confidence) SELECT ?, document_id, start, end, sentence, rule, confidence FROM evidence WHERE relation_id = ?",
                arguments: [target, id])
            try db.execute(sql: "DELETE FROM relation WHERE id = ?", arguments: [id])
        }
    }

    /// Splits the mentions of `entity` whose key is `key` off into a new entity `newID` named
    /// `name`; from now on that key links to the new entity.
    ///
    /// - Returns: ids of documents whose relations must be re-extracted.
    public func split(_ entity: String, alias: AliasName, newID: String) throws -> [String] {
        try write("split") { db in
            let type = try type(of: entity, db)
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM entity WHERE id = ?", arguments: [newID]) != true else {
                throw StoreError.invalidRequest("an entity \(newID) already exists; choose another --id, or use `entity merge`")
            }
            let affected = try String.fetchAll(
                db, sql: "SELECT DISTINCT document_id FROM mention WHERE entity_id = ? AND key = ? ORDER BY document_id", arguments: [entity, alias.key])
            try db.execute(sql: "INSERT INTO entity (id, type, name, attributes) VALUES (?, ?, ?, '{}')", arguments: [newID, type, alias.name])
            try db.execute(sql: "INSERT OR REPLACE INTO name_override (entity_id, name) VALUES (?, ?)", arguments: [newID, alias.name])
            try setRule(type: type, key: alias.key, entity: newID, action: "link", name: alias.name, db)
            try setRule(type: type, key: alias.key, entity: entity, action: "unlink", name: alias.name, db)
            try db.execute(sql: "UPDATE alias SET entity_id = ? WHERE entity_id = ? AND key = ?", arguments: [newID, entity, alias.key])
            try db.execute(sql: "INSERT OR IGNORE INTO alias (entity_id, name, key, type, language, script) VALUES (?, ?, ?, ?, ?, ?)", arguments: [newID, alias.name, alias.key, type, alias.language, alias.script])
            try db.execute(sql: "UPDATE mention SET entity_id = ? WHERE entity_id = ? AND key = ?", arguments: [newID, entity, alias.key])
            try refreshSearchIndex(of: entity, db)
            try refreshSearchIndex(of: newID, db)
            try log("split", ["entity": entity, "alias": alias.name, "key": alias.key, "new": newID], db)
            return affected
        }
    }

    /// Moves the mentions of `entity` in some documents to a new entity `newID` named `name`
    /// (a namesake: the same name, another person); re-extracting those documents keeps them apart.
    ///
    /// - Returns: the documents whose relations must be re-extracted.
    public func split(_ entity: String, documents: [String], newID: String, name: String) throws -> [String] {
        try write("split") { db in
            let type = try type(of: entity, db)
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM entity WHERE id = ?", arguments: [newID]) != true else {
                throw StoreError.invalidRequest("an entity \(newID) already exists; choose another --id, or use `entity merge`")
            }
            var affected: [String] = []
            try db.execute(sql: "INSERT INTO entity (id, type, name, attributes) VALUES (?, ?, ?, '{}')", arguments: [newID, type, name])
            try db.execute(sql: "INSERT OR REPLACE INTO name_override (entity_id, name) VALUES (?, ?)", arguments: [newID, name])
            for document in documents.sorted() {
                let keys = try String.fetchAll(db, sql: "SELECT DISTINCT key FROM mention WHERE entity_id = ? AND document_id = ?", arguments: [entity, document])
                guard !keys.isEmpty else {
                    throw StoreError.invalidRequest("\(entity) is not mentioned in document \(document)")
                }
                for key in keys {
                    try db.execute(sql: "INSERT OR REPLACE INTO document_link (document_id, type, key, entity_id) VALUES (?, ?, ?, ?)", arguments: [document, type, key, newID])
                }
                try db.execute(
                    sql: "INSERT OR IGNORE INTO alias (entity_id, name, key, type, language, script) SELECT DISTINCT ?, a.name, a.key, a.type, a.language, a.script FROM alias a JOIN mention m ON m.key = a.key AND m.entity_id = a.entity_id WHERE a.entity_id = ? AND m.document_id = ?",
                    arguments: [newID, entity, document])
                try db.execute(sql: "UPDATE mention SET entity_id = ? WHERE entity_id = ? AND document_id = ?", arguments: [newID, entity, document])
                affected.append(document)
            }
            try refreshSearchIndex(of: newID, db)
            try log("split", ["entity": entity, "documents": documents.sorted().joined(separator: ","), "new": newID], db)
            return affected
        }
    }

    /// Adds an alias; mentions with its key link to `entity` from now on.
    ///
    /// - Returns: ids of documents with mentions of that key on other entities (to re-extract).
    public func addAlias(_ alias: AliasName, to entity: String) throws -> [String] {
        try write("alias add") { db in
            let type = try type(of: entity, db)
            try db.execute(sql: "DELETE FROM alias_rule WHERE type = ? AND key = ? AND entity_id = ? AND action = 'unlink'", arguments: [type, alias.key, entity])
            try setRule(type: type, key: alias.key, entity: entity, action: "link", name: alias.name, db)
            try db.execute(sql: "INSERT OR IGNORE INTO alias (entity_id, name, key, type, language, script) VALUES (?, ?, ?, ?, ?, ?)", arguments: [entity, alias.name, alias.key, type, alias.language, alias.script])
            try refreshSearchIndex(of: entity, db)
            try log("alias add", ["entity": entity, "alias": alias.name, "key": alias.key], db)
            return try String.fetchAll(
                db, sql: "SELECT DISTINCT document_id FROM mention WHERE type = ? AND key = ? AND entity_id != ? ORDER BY document_id",
                arguments: [type, alias.key, entity])
        }
    }

    /// Removes an alias; mentions with its key no longer link to `entity` by name.
    ///
    /// - Returns: ids of documents with mentions of that key on the entity (to re-extract).
    public func removeAlias(_ alias: AliasName, from entity: String) throws -> [String] {
        try write("alias remove") { db in
            let type = try type(of: entity, db)
            try db.execute(sql: "DELETE FROM alias_rule WHERE type = ? AND key = ? AND entity_id = ? AND action = 'link'", arguments: [type, alias.key, entity])
            try setRule(type: type, key: alias.key, entity: entity, action: "unlink", name: alias.name, db)
            try db.execute(sql: "DELETE FROM alias WHERE entity_id = ? AND (name = ? OR key = ?)", arguments: [entity, alias.name, alias.key])
            try refreshSearchIndex(of: entity, db)
            try log("alias remove", ["entity": entity, "alias": alias.name, "key": alias.key], db)
            return try String.fetchAll(
                db, sql: "SELECT DISTINCT document_id FROM mention WHERE entity_id = ? AND key = ? ORDER BY document_id", arguments: [entity, alias.key])
        }
    }

    /// Gives an entity a new canonical name; the old name stays as an alias.
    public func rename(_ entity: String, to name: AliasName) throws {
        try write("rename") { db in
            let type = try type(of: entity, db)
            try db.execute(sql: "INSERT OR REPLACE INTO name_override (entity_id, name) VALUES (?, ?)", arguments: [entity, name.name])
            try db.execute(sql: "UPDATE entity SET name = ? WHERE id = ?", arguments: [name.name, entity])
            try db.execute(sql: "INSERT OR IGNORE INTO alias (entity_id, name, key, type, language, script) VALUES (?, ?, ?, ?, ?, ?)", arguments: [entity, name.name, name.key, type, name.language, name.script])
            try refreshSearchIndex(of: entity, db)
            try log("rename", ["entity": entity, "name": name.name], db)
        }
    }

    /// The curation log, oldest first.
    public func curationLog() throws -> [(action: String, detail: [String: String], at: String)] {
        try read("curation log") { db in
            try Row.fetchAll(db, sql: "SELECT action, detail, created_at FROM curation ORDER BY id").map {
                ($0["action"], Self.decodeJSON($0["detail"]), $0["created_at"])
            }
        }
    }

    func type(of entity: String, _ db: Database) throws -> String {
        guard let type = try String.fetchOne(db, sql: "SELECT type FROM entity WHERE id = ?", arguments: [entity]) else {
            throw StoreError.unknownEntity(entity)
        }
        return type
    }

    func setRule(type: String, key: String, entity: String, action: String, name: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO alias_rule (type, key, entity_id, action, name) VALUES (?, ?, ?, ?, ?)",
            arguments: [type, key, entity, action, name])
    }

    func log(_ action: String, _ detail: [String: String], _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO curation (action, detail, created_at) VALUES (?, ?, ?)",
            arguments: [action, Self.canonicalJSON(detail), ISO8601DateFormatter().string(from: Date())])
    }
}
