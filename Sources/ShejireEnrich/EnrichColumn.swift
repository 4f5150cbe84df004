import Foundation
import ShejireCore

/// A column (CSV, TSV) or field (JSONL) that `enrich` adds to every record.
public enum EnrichColumn: String, Sendable, CaseIterable, Hashable {
    case persons, organisations, places, dates
    /// ISO 8601 values of the dates (`2025-10-30`, `1941/1945`).
    case datesNormalised = "dates_normalised"
    case events, positions
    /// Ids of every entity named in the record, of all types, in order of first mention.
    case entityIDs = "entity_ids"
    /// `subject predicate object` of each relation found.
    case relations

    /// Added unless `--columns` says otherwise.
    public static let defaults: [EnrichColumn] = [.persons, .organisations, .places, .dates, .datesNormalised, .entityIDs]

    /// The error column, always added (empty on rows that were enriched).
    public static let errorColumn = "enrich_error"

    /// The entity type whose names the column lists, for the name columns.
    public var entityType: EntityType? {
        switch self {
        case .persons: .person
        case .organisations: .organisation
        case .places: .place
        case .dates: .date
        case .events: .event
        case .positions: .position
        case .datesNormalised, .entityIDs, .relations: nil
        }
    }

    /// Parses a `--columns` item, leniently (`orgs`, `organizations`, `ids`, `iso_dates`).
    public init?(lenient text: String) {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let exact = EnrichColumn(rawValue: lower) { self = exact; return }
        switch lower {
        case "people", "person", "per": self = .persons
        case "organizations", "organisation", "organization", "orgs", "org": self = .organisations
        case "place", "locations", "location", "loc": self = .places
        case "date": self = .dates
        case "dates_normalized", "dates-normalised", "dates-normalized", "iso_dates", "iso-dates": self = .datesNormalised
        case "event": self = .events
        case "position", "titles": self = .positions
        case "entity-ids", "entities", "ids": self = .entityIDs
        case "relation": self = .relations
        default: return nil
        }
    }
}
