import ShejireCore

/// Matching options of a gazetteer row (see docs/gazetteer-format.md).
public struct MatchOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Names match only with the same letter case (acronyms: `ҚР`, `ICA`).
    public static let caseSensitive = MatchOptions(rawValue: 1)
    /// Names match only as written, not inflected.
    public static let noInflection = MatchOptions(rawValue: 2)
    /// No transliteration across scripts.
    public static let sameScript = MatchOptions(rawValue: 4)
    /// Known for linking, never matched in text.
    public static let noMatch = MatchOptions(rawValue: 8)
    /// `exact`: all of case, inflection and script.
    public static let exact: MatchOptions = [.caseSensitive, .noInflection, .sameScript]

    /// Parses `case_sensitive,no_inflection`; returns the unknown words too.
    public static func parse(_ text: Substring) -> (MatchOptions, unknown: [String]) {
        var options: MatchOptions = []
        var unknown: [String] = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "|" }) {
            switch word.lowercased() {
            case "case_sensitive", "case-sensitive": options.insert(.caseSensitive)
            case "no_inflection", "no-inflection": options.insert(.noInflection)
            case "same_script", "same-script": options.insert(.sameScript)
            case "exact": options.formUnion(.exact)
            case "no_match", "no-match": options.insert(.noMatch)
            default: unknown.append(String(word))
            }
        }
        return (options, unknown)
    }
}

/// One name of an entry, with its language and matching options.
public struct GazetteerName: Sendable, Hashable {
    public var text: String
    /// ISO 639-1 code, or nil when not given.
    public var language: String?
    public var options: MatchOptions

    public init(text: String, language: String? = nil, options: MatchOptions = []) {
        self.text = text
        self.language = language
        self.options = options
    }
}

/// An entity (or a lexicon word such as a first name) known from a gazetteer file.
public struct GazetteerEntry: Sendable, Hashable {
    /// Stable id, e.g. `place:astana`.
    public var id: String
    /// The type as written: an `EntityType` raw value or a lexicon type (`given_name`).
    public var kind: String
    /// The canonical name.
    public var name: String
    /// The canonical name and every alias, canonical first.
    public var names: [GazetteerName]
    /// External ids, `scheme:value` (`wikidata:Q1520`).
    public var externalIDs: [String]
    /// Links to other entries: (`located_in`, `place:kazakhstan`).
    public var relations: [GazetteerRelation]
    /// `key=value` attributes (coordinates, placetype, gender, ...).
    public var attributes: [String: String]
    /// The file the entry was first read from, for `source` in mentions.
    public var source: String

    /// The entity type, or nil for lexicon entries.
    public var entityType: EntityType? { EntityType(rawValue: kind) }

    public init(
        id: String, kind: String, name: String, names: [GazetteerName], externalIDs: [String] = [],
        relations: [GazetteerRelation] = [], attributes: [String: String] = [:], source: String
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.names = names
        self.externalIDs = externalIDs
        self.relations = relations
        self.attributes = attributes
        self.source = source
    }
}

/// A relation stated in a gazetteer (`located_in=place:kazakhstan`).
public struct GazetteerRelation: Sendable, Hashable {
    public var predicate: String
    public var object: String

    public init(predicate: String, object: String) {
        self.predicate = predicate
        self.object = object
    }
}
