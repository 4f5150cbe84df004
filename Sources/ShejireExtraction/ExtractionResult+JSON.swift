import Foundation
import ShejireCore

/// The JSON shapes of `shejire extract` output (see docs/output-format.md).
public struct MentionJSON: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: String
    public var entity: String
    public var name: String
    public var base: String
    public var source: String
    public var confidence: Double
    public var value: String?
    public var attributes: [String: String]?
}

/// A relation in `extract` output; `start`/`end` are code point offsets of the evidence sentence.
public struct RelationJSON: Codable, Sendable, Hashable {
    public var subject: String
    public var predicate: String
    public var object: String
    public var qualifiers: [String: String]?
    public var confidence: Double
    public var rule: String
    public var start: Int
    public var end: Int
    public var sentence: String
}

public struct DocumentJSON: Codable, Sendable {
    public var id: String
    public var date: String?
    public var language: String?
    public var mentions: [MentionJSON]
    public var relations: [RelationJSON]?
    public var diagnostics: [String]?
}

extension ExtractionResult {
    /// The result as its JSON shape, with code point offsets.
    public var json: DocumentJSON {
        var offsets: [Int] = []
        offsets.reserveCapacity(mentions.count * 2 + relations.count * 2)
        for mention in mentions {
            offsets.append(mention.range.lowerBound)
            offsets.append(mention.range.upperBound)
        }
        for relation in relations {
            offsets.append(relation.sentence.lowerBound)
            offsets.append(relation.sentence.upperBound)
        }
        let points = document.codePointOffsets(offsets)
        let base = mentions.count * 2
        let relationItems = relations.enumerated().map { index, relation in
            RelationJSON(
                subject: relation.subject, predicate: relation.predicate.rawValue, object: relation.object,
                qualifiers: relation.qualifiers.isEmpty ? nil : relation.qualifiers,
                confidence: (relation.confidence * 1000).rounded() / 1000, rule: relation.rule,
                start: points[base + index * 2], end: points[base + index * 2 + 1],
                sentence: document.substring(bytes: relation.sentence))
        }
        let items = mentions.enumerated().map { index, mention in
            MentionJSON(
                start: points[index * 2], end: points[index * 2 + 1], text: mention.text, type: mention.type.rawValue,
                entity: mention.entity, name: mention.name, base: mention.base, source: mention.source,
                confidence: (mention.confidence * 1000).rounded() / 1000, value: mention.value,
                attributes: mention.attributes.isEmpty ? nil : mention.attributes)
        }
        return DocumentJSON(
            id: document.id, date: document.date?.description, language: document.language, mentions: items,
            relations: relationItems.isEmpty ? nil : relationItems,
            diagnostics: diagnostics.isEmpty ? nil : diagnostics.map(\.description))
    }
}

/// Encodes output JSON deterministically (sorted keys, no escaped slashes).
public enum OutputJSON {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
