import Foundation
import ShejireCore

/// A mention found in one field of a record.
public struct FoundMention: Sendable {
    public var mention: Mention
    /// The field it was found in.
    public var field: String
    /// Unicode code point offsets into that field's value, end-exclusive.
    public var start: Int
    public var end: Int
    /// The entity id written out: the extractor's, the graph's (`--ingest`), or nil when
    /// `--link-only` found no entity in the graph.
    public var entityID: String?
}

/// A relation with the entity ids written out.
public struct FoundRelation: Sendable {
    public var relation: Relation
    public var subject: String
    public var object: String
    /// The sentence that states it.
    public var sentence: String
}

/// What enrichment found in one record, filtered by confidence, ready to be written.
public struct RecordEnrichment: Sendable {
    public var mentions: [FoundMention]
    public var relations: [FoundRelation]

    public init(mentions: [FoundMention], relations: [FoundRelation]) {
        self.mentions = mentions
        self.relations = relations
    }

    /// Separates the values of one cell.
    public static let separator: Character = "|"

    /// The cell of a CSV/TSV column: distinct values in order of first mention, `|`-separated
    /// (a `|` inside a name becomes `/`). Not yet protected against formula injection.
    public func cell(_ column: EnrichColumn) -> String {
        var seen: Set<String> = []
        var values: [String] = []
        func add(_ value: String?) {
            guard let value, !value.isEmpty else { return }
            let clean = value.replacingOccurrences(of: "|", with: "/")
            if seen.insert(clean).inserted { values.append(clean) }
        }
        switch column {
        case .datesNormalised:
            for found in mentions where found.mention.type == .date { add(found.mention.value) }
        case .entityIDs:
            for found in mentions { add(found.entityID) }
        case .relations:
            for found in relations { add("\(found.subject) \(found.relation.predicate.rawValue) \(found.object)") }
        default:
            let type = column.entityType!
            for found in mentions where found.mention.type == type { add(found.mention.name) }
        }
        return values.joined(separator: String(Self.separator))
    }

    /// The JSON value of a JSONL field: arrays of mention objects for the name fields, of
    /// strings for `dates_normalised` and `entity_ids`, of relation objects for `relations`.
    /// Keys sorted.
    public func json(_ column: EnrichColumn) -> String {
        var items: [String] = []
        switch column {
        case .datesNormalised, .entityIDs:
            var seen: Set<String> = []
            for found in mentions {
                let value = column == .entityIDs ? found.entityID : (found.mention.type == .date ? found.mention.value : nil)
                if let value, seen.insert(value).inserted { items.append(JSONText.quote(value)) }
            }
        case .relations:
            for found in relations {
                var object: [(String, String)] = [
                    ("confidence", JSONText.number(found.relation.confidence)),
                    ("object", JSONText.quote(found.object)),
                    ("predicate", JSONText.quote(found.relation.predicate.rawValue)),
                ]
                if !found.relation.qualifiers.isEmpty {
                    object.append(("qualifiers", JSONText.object(found.relation.qualifiers.sorted { $0.key < $1.key }.map { ($0.key, JSONText.quote($0.value)) })))
                }
                object += [
                    ("rule", JSONText.quote(found.relation.rule)), ("sentence", JSONText.quote(found.sentence)),
                    ("subject", JSONText.quote(found.subject)),
                ]
                items.append(JSONText.object(object))
            }
        default:
            let type = column.entityType!
            for found in mentions where found.mention.type == type {
                let m = found.mention
                var object: [(String, String)] = [
                    ("confidence", JSONText.number(m.confidence)), ("end", String(found.end)),
                ]
                if let id = found.entityID { object.append(("entity", JSONText.quote(id))) }
                object += [
                    ("field", JSONText.quote(found.field)), ("name", JSONText.quote(m.name)), ("source", JSONText.quote(m.source)),
                    ("start", String(found.start)), ("text", JSONText.quote(m.text)), ("type", JSONText.quote(m.type.rawValue)),
                ]
                if let value = m.value { object.append(("value", JSONText.quote(value))) }
                items.append(JSONText.object(object))
            }
        }
        return "[" + items.joined(separator: ",") + "]"
    }
}

/// Minimal JSON writing with stable output.
enum JSONText {
    /// A JSON string literal; control characters escaped, everything else as UTF-8.
    static func quote(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number as the shortest text that reads back to the same value (`0.9`, `1`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// An object from (key, JSON value) pairs in the given order.
    static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
