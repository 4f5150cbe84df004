import GRDB

extension GraphStore {
    /// The schema, as named migrations that are only ever appended.
    ///
    /// Tables are singular (`document`, `mention`, `entity`, `alias`, `external_id`, `relation`,
    /// `evidence`), with explicit primary keys, foreign keys with indexes, and unique keys that
    /// make duplicate entities, aliases, relations and evidence impossible. Curation decisions live
    /// in `redirect`, `name_override`, `alias_rule`, `document_link` and the `curation` log, so re-extracting every
    /// document keeps them. `document_fts` and `entity_fts` are FTS5 indexes.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-graph") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL,
                    source TEXT,
                    title TEXT,
                    date TEXT,
                    language TEXT,
                    content_hash TEXT NOT NULL,
                    metadata TEXT NOT NULL DEFAULT '{}',
                    text TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                ) STRICT;
                CREATE INDEX document_date ON document(date);

                CREATE TABLE entity (
                    id TEXT PRIMARY KEY NOT NULL,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    attributes TEXT NOT NULL DEFAULT '{}'
                ) STRICT;
                CREATE INDEX entity_type ON entity(type, id);

                CREATE TABLE alias (
                    entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    key TEXT NOT NULL,
                    type TEXT NOT NULL,
                    language TEXT,
                    script TEXT NOT NULL,
                    PRIMARY KEY (entity_id, name)
                ) STRICT, WITHOUT ROWID;
                CREATE INDEX alias_key ON alias(type, key);

                CREATE TABLE external_id (
                    entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    scheme TEXT NOT NULL,
                    value TEXT NOT NULL,
                    PRIMARY KEY (entity_id, scheme, value)
                ) STRICT, WITHOUT ROWID;
                CREATE INDEX external_id_value ON external_id(scheme, value);

                CREATE TABLE mention (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    end INTEGER NOT NULL,
                    byte_start INTEGER NOT NULL,
                    byte_end INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    type TEXT NOT NULL,
                    entity_id TEXT NOT NULL REFERENCES entity(id),
                    key TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    value TEXT,
                    UNIQUE (document_id, byte_start, byte_end, type)
                ) STRICT;
                CREATE INDEX mention_entity ON mention(entity_id, document_id);
                CREATE INDEX mention_key ON mention(type, key);

                CREATE TABLE relation (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    subject_id TEXT NOT NULL REFERENCES entity(id),
                    predicate TEXT NOT NULL,
                    object_id TEXT NOT NULL REFERENCES entity(id),
                    qualifiers TEXT NOT NULL DEFAULT '{}',
                    confidence REAL NOT NULL,
                    UNIQUE (subject_id, predicate, object_id, qualifiers)
                ) STRICT;
                CREATE INDEX relation_object ON relation(object_id, predicate);
                CREATE INDEX relation_predicate ON relation(predicate, confidence);

                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    end INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    UNIQUE (relation_id, document_id, start, rule)
                ) STRICT;
                CREATE INDEX evidence_document ON evidence(document_id);

                CREATE TABLE redirect (
                    from_id TEXT PRIMARY KEY NOT NULL,
                    to_id TEXT NOT NULL
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE name_override (
                    entity_id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE alias_rule (
                    type TEXT NOT NULL,
                    key TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('link', 'unlink')),
                    name TEXT NOT NULL,
                    PRIMARY KEY (type, key, entity_id)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE curation (
                    id INTEGER PRIMARY KEY,
                    action TEXT NOT NULL,
                    detail TEXT NOT NULL,
                    created_at TEXT NOT NULL
                ) STRICT;

                -- Keyed by the rowid of `document` / `entity`, so updates never scan the index.
                CREATE VIRTUAL TABLE document_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 0');
                CREATE VIRTUAL TABLE entity_fts USING fts5(names, tokenize = 'unicode61 remove_diacritics 0');
                """)
        }
        migrator.registerMigration("v2-document-links") { db in
            // Curated links for the mentions of one document (`entity split --document`).
            try db.execute(sql: """
                CREATE TABLE document_link (
                    document_id TEXT NOT NULL,
                    type TEXT NOT NULL,
                    key TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    PRIMARY KEY (document_id, type, key)
                ) STRICT, WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
