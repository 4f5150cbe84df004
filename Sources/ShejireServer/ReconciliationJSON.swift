// The JSON shapes of the W3C Entity Reconciliation API 0.2 (reconciliation-api.github.io/specs/0.2),
// as OpenRefine sends and reads them.

/// A string or a list of strings (`"type": "person"` or `["person", "place"]`).
struct OneOrMany: Decodable, Sendable {
    var values: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            values = [one]
        } else {
            values = try container.decode([String].self)
        }
    }
}

/// A property value in a query: a string, a number, a boolean or a reconciled entity `{"id": ...}`.
enum PropertyValue: Decodable, Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case entity(id: String, name: String?)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            struct Entity: Decodable {
                var id: String
                var name: String?
            }
            let entity = try container.decode(Entity.self)
            self = .entity(id: entity.id, name: entity.name)
        }
    }

    /// The value as text, for comparing with names and literal properties.
    var text: String {
        switch self {
        case .string(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): String(flag)
        case .entity(let id, let name): name ?? id
        }
    }
}

/// One or several property values.
struct PropertyValues: Decodable, Sendable {
    var values: [PropertyValue]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let many = try? container.decode([PropertyValue].self) {
            values = many
        } else {
            values = [try container.decode(PropertyValue.self)]
        }
    }
}

struct PropertyQuery: Decodable, Sendable {
    var pid: String
    var v: PropertyValues
}

/// One query of a batch.
struct ReconciliationQuery: Decodable, Sendable {
    var query: String?
    var type: OneOrMany?
    var limit: Double?
    var properties: [PropertyQuery]?
    var typeStrict: String?

    enum CodingKeys: String, CodingKey {
        case query, type, limit, properties
        case typeStrict = "type_strict"
    }

    init(query: String) {
        self.query = query
    }
}

struct TypeJSON: Codable, Sendable, Hashable {
    var id: String
    var name: String
}

struct FeatureJSON: Encodable, Sendable {
    var id: String
    var value: FeatureValue

    enum FeatureValue: Encodable, Sendable {
        case bool(Bool)
        case number(Double)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .bool(let flag): try container.encode(flag)
            case .number(let number): try container.encode(number)
            }
        }
    }
}

/// One candidate of a reconciliation result.
struct CandidateJSON: Encodable, Sendable {
    var id: String
    var name: String
    var description: String?
    var type: [TypeJSON]
    var score: Double
    var match: Bool
    var features: [FeatureJSON]
}

struct QueryResultJSON: Encodable, Sendable {
    var result: [CandidateJSON]
}

/// A data extension request: `{"ids": [...], "properties": [{"id": "member_of", "settings": {"limit": 5}}]}`.
struct ExtensionQuery: Decodable, Sendable {
    struct Property: Decodable, Sendable {
        var id: String
        var settings: Settings?
    }

    struct Settings: Decodable, Sendable {
        var limit: Double?

        init(from decoder: any Decoder) throws {
            // Settings are free-form; only a numeric (or numeric string) limit is read.
            enum Keys: String, CodingKey { case limit }
            let container = try decoder.container(keyedBy: Keys.self)
            if let number = try? container.decode(Double.self, forKey: .limit) {
                limit = number
            } else if let text = try? container.decode(String.self, forKey: .limit) {
                limit = Double(text)
            }
        }
    }

    var ids: [String]
    var properties: [Property]
}

/// A value in a data extension row: an entity, a string, an integer or a number.
enum ExtensionValueJSON: Encodable, Sendable {
    case entity(id: String, name: String)
    case string(String)
    case int(Int)
    case float(Double)

    func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey { case id, name, str, int, float }
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .entity(let id, let name):
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
        case .string(let text): try container.encode(text, forKey: .str)
        case .int(let value): try container.encode(value, forKey: .int)
        case .float(let value): try container.encode(value, forKey: .float)
        }
    }
}

struct ExtensionMetaJSON: Encodable, Sendable {
    var id: String
    var name: String
    var type: TypeJSON?
}

struct ExtensionResponseJSON: Encodable, Sendable {
    var meta: [ExtensionMetaJSON]
    var rows: [String: [String: [ExtensionValueJSON]]]
}

struct PropertyJSON: Encodable, Sendable {
    var id: String
    var name: String
    var description: String?
}

struct PropertyProposalJSON: Encodable, Sendable {
    var type: String?
    var limit: Int?
    var properties: [PropertyJSON]
}

struct SuggestEntityJSON: Encodable, Sendable {
    var id: String
    var name: String
    var description: String?
    var notable: [TypeJSON]
}

struct SuggestResultJSON<Item: Encodable & Sendable>: Encodable, Sendable {
    var result: [Item]
}
