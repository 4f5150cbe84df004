/// The kinds of thing Shejire extracts and links.
///
/// Raw values are the strings used in JSON output, gazetteer files and the store.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case person
    case organisation
    case place
    case date
    case event
    case position

    /// Parses the spellings users type: `org`, `organization`, `loc`, `gpe`, `per`, ...
    public init?(lenient text: String) {
        switch text.lowercased() {
        case "person", "per", "persons", "people": self = .person
        case "organisation", "organization", "org", "orgs", "organisations", "organizations": self = .organisation
        case "place", "loc", "location", "gpe", "places": self = .place
        case "date", "time", "dates": self = .date
        case "event", "events": self = .event
        case "position", "title", "positions": self = .position
        default: return nil
        }
    }

    /// The prefix of generated entity ids (`person:...`, `org:...`).
    public var idPrefix: String {
        switch self {
        case .person: "person"
        case .organisation: "org"
        case .place: "place"
        case .date: "date"
        case .event: "event"
        case .position: "position"
        }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
