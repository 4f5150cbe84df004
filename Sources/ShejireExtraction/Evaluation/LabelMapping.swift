import ShejireCore

/// Maps a corpus's entity labels (`PERSON`, `GPE`, `LocOrg`) to Shejire entity types.
///
/// Labels are compared without regard to letter case. A label that is not mapped is not
/// scored: its gold entities are neither found nor missed (they still explain errors, as in
/// "predicted place where the gold says FACILITY").
public struct LabelMapping: Sendable, Hashable, CustomStringConvertible {
    private struct Entry: Sendable, Hashable {
        var label: String
        var type: EntityType
    }

    /// Keyed by the lower-cased label.
    private var entries: [String: Entry] = [:]

    /// - Parameter pairs: corpus label and the type it maps to.
    public init(_ pairs: [(String, EntityType)] = []) {
        for (label, type) in pairs { set(label, to: type) }
    }

    /// The type a label maps to, or nil if it is not scored.
    public func type(for label: String) -> EntityType? {
        entries[label.lowercased()]?.type
    }

    /// Maps a label to a type, or (with nil) stops scoring it.
    public mutating func set(_ label: String, to type: EntityType?) {
        if let type {
            entries[label.lowercased()] = Entry(label: label, type: type)
        } else {
            entries[label.lowercased()] = nil
        }
    }

    /// The mapped labels and their types, sorted by label.
    public var pairs: [(label: String, type: EntityType)] {
        entries.values.sorted { $0.label.lowercased() < $1.label.lowercased() }.map { ($0.label, $0.type) }
    }

    /// `DATE=date, GPE=place, ...`.
    public var description: String {
        pairs.map { "\($0.label)=\($0.type.rawValue)" }.joined(separator: ", ")
    }

    /// KazNERD: PERSON, ORGANISATION, GPE and LOCATION (both as place), DATE, POSITION, EVENT.
    /// The other classes (FACILITY, NORP, CARDINAL, MONEY, TIME, ART, ...) are not scored.
    public static let kaznerd = LabelMapping([
        ("PERSON", .person), ("ORGANISATION", .organisation), ("GPE", .place), ("LOCATION", .place),
        ("DATE", .date), ("POSITION", .position), ("EVENT", .event),
    ])

    /// factRuEval-2016: Person, Org, Location, and LocOrg counted as a place (the official
    /// scorer's `-l` mode). Project is not scored.
    public static let factRuEval = LabelMapping([
        ("Person", .person), ("Org", .organisation), ("Organization", .organisation), ("Location", .place),
        ("LocOrg", .place),
    ])

    /// The default mapping of a corpus format.
    public static func `default`(for format: CorpusFormat) -> LabelMapping {
        switch format {
        case .conll: kaznerd
        case .factRuEval: factRuEval
        }
    }

    /// The types scored by default: person, organisation, place and date for CoNLL (KazNERD's
    /// headline), person, organisation and place for factRuEval (it marks no dates).
    public static func defaultTypes(for format: CorpusFormat) -> Set<EntityType> {
        switch format {
        case .conll: [.person, .organisation, .place, .date]
        case .factRuEval: [.person, .organisation, .place]
        }
    }

    /// Parses an override `LABEL=type` (`FACILITY=place`, `GPE=none`).
    ///
    /// - Returns: the label and the type, nil for `none`, `-` or an empty type.
    /// - Throws: `ShejireError` (`bad-mapping`) if there is no `=` or the type is unknown.
    public static func parseOverride(_ text: String) throws -> (label: String, type: EntityType?) {
        guard let equals = text.firstIndex(of: "=") else {
            throw ShejireError(code: "bad-mapping", "expected LABEL=type (or LABEL=none), got '\(text)'")
        }
        let label = text[..<equals].trimmingSpaces
        let target = text[text.index(after: equals)...].trimmingSpaces
        guard !label.isEmpty else {
            throw ShejireError(code: "bad-mapping", "empty label in '\(text)'")
        }
        if target.isEmpty || target.lowercased() == "none" || target == "-" { return (label, nil) }
        guard let type = EntityType(lenient: target) else {
            let known = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
            throw ShejireError(code: "bad-mapping", "unknown type '\(target)' in '\(text)'; use one of \(known) or none")
        }
        return (label, type)
    }

    /// Parses a list of types (`person,organisation,place`; `org`, `loc`, `gpe` accepted).
    ///
    /// - Throws: `ShejireError` (`bad-type`) for an unknown type.
    public static func parseTypes(_ texts: [String]) throws -> Set<EntityType> {
        var types: Set<EntityType> = []
        for piece in texts.flatMap({ $0.split(separator: ",") }) {
            let name = piece.trimmingSpaces
            if name.isEmpty { continue }
            guard let type = EntityType(lenient: name) else {
                let known = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                throw ShejireError(code: "bad-type", "unknown type '\(name)'; use \(known)")
            }
            types.insert(type)
        }
        return types
    }
}

fileprivate extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
