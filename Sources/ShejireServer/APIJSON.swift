import ShejireCore
import ShejireStore

// The JSON shapes of the HTTP API, with snake_case keys; docs/openapi.yaml describes each.

/// An entity: `GET /entities`, `/entities/{id}`, neighbourhoods.
struct EntityJSON: Codable, Sendable {
    var id: String
    var type: String
    var name: String
    var aliases: [String]
    var externalIDs: [String: String]
    var attributes: [String: String]
    var mentionCount: Int
    var documentCount: Int

    enum CodingKeys: String, CodingKey {
        case id, type, name, aliases, attributes
        case externalIDs = "external_ids"
        case mentionCount = "mention_count"
        case documentCount = "document_count"
    }

    init(_ record: EntityRecord) {
        id = record.id
        type = record.type
        name = record.name
        aliases = record.aliases
        externalIDs = record.externalIDs
        attributes = record.attributes
        mentionCount = record.mentionCount
        documentCount = record.documentCount
    }
}

/// A span inside an evidence sentence: code point offsets relative to the sentence start.
struct SpanJSON: Codable, Sendable, Hashable {
    var start: Int
    var end: Int
    var entity: String
    var text: String
}

/// One evidence sentence; `start`/`end` are code point offsets of the sentence in its document.
struct EvidenceJSON: Codable, Sendable {
    var document: String
    var date: String?
    var start: Int
    var end: Int
    var sentence: String
    var rule: String
    var confidence: Double
    /// Mentions of the relation's two entities inside the sentence.
    var mentions: [SpanJSON]?
}

/// A relation (directed from subject to object) with optional evidence.
struct RelationOutJSON: Codable, Sendable {
    var key: String
    var subject: String
    var subjectName: String
    var predicate: String
    var object: String
    var objectName: String
    var qualifiers: [String: String]
    var confidence: Double
    var evidenceCount: Int
    var evidence: [EvidenceJSON]?

    enum CodingKeys: String, CodingKey {
        case key, subject, predicate, object, qualifiers, confidence, evidence
        case subjectName = "subject_name"
        case objectName = "object_name"
        case evidenceCount = "evidence_count"
    }

    init(_ record: RelationRecord, mentions: [MentionRecord] = []) {
        key = record.key
        subject = record.subject
        subjectName = record.subjectName
        predicate = record.predicate
        object = record.object
        objectName = record.objectName
        qualifiers = record.qualifiers
        confidence = record.confidence
        evidenceCount = record.evidenceCount
        evidence = record.evidence?.map { item in
            let inside = mentions.filter {
                $0.document == item.document && $0.start >= item.start && $0.end <= item.end
                    && ($0.entity == record.subject || $0.entity == record.object)
            }
            return EvidenceJSON(
                document: item.document, date: item.date, start: item.start, end: item.end, sentence: item.sentence, rule: item.rule,
                confidence: item.confidence,
                mentions: inside.map { SpanJSON(start: $0.start - item.start, end: $0.end - item.start, entity: $0.entity, text: $0.text) })
        }
    }
}

struct HealthJSON: Codable, Sendable {
    var status: String
    var version: String
    var database: String
    var readOnly: Bool
    var entities: Int
    var extraction: Bool

    enum CodingKeys: String, CodingKey {
        case status, version, database, entities, extraction
        case readOnly = "read_only"
    }
}

struct EntityListJSON: Codable, Sendable {
    var query: String
    var results: [EntityJSON]
    var truncated: Bool
}

struct EntityDetailJSON: Codable, Sendable {
    var entity: EntityJSON
    var relations: [RelationOutJSON]
    var truncated: Bool
}

struct NeighborhoodJSON: Codable, Sendable {
    var center: String
    var depth: Int
    var entities: [EntityJSON]
    var relations: [RelationOutJSON]
    var truncated: Bool
}

struct RelationListJSON: Codable, Sendable {
    var relations: [RelationOutJSON]
    var truncated: Bool
}

struct PathStepJSON: Codable, Sendable {
    var from: String
    var predicate: String
    var to: String
    var forward: Bool
    var relation: String
}

struct PathJSON: Codable, Sendable {
    var entities: [String]
    var steps: [PathStepJSON]
}

struct PathListJSON: Codable, Sendable {
    var from: EntityJSON
    var to: EntityJSON
    var paths: [PathJSON]
    var names: [String: String]
}

/// `POST /extract` input: JSON `{"text": ..., "id": ..., "date": ..., "language": ..., "store": false}`.
struct ExtractRequest: Codable, Sendable {
    var text: String
    var id: String?
    var date: String?
    var language: String?
    var store: Bool?
}

struct StoredJSON: Codable, Sendable {
    var documents: Int
    var mentions: Int
    var relations: Int
    var evidence: Int
}
