import ShejireCore

/// A set of loaded gazetteer entries, merged by id, in load order.
public struct Gazetteer: Sendable {
    /// The entries, in the order their ids were first seen.
    public private(set) var entries: [GazetteerEntry] = []
    /// Index of each id in `entries`.
    public private(set) var indexByID: [String: Int] = [:]
    /// Problems found while loading, with file and line.
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// The entry with this id.
    public subscript(id: String) -> GazetteerEntry? {
        indexByID[id].map { entries[$0] }
    }

    /// Adds an entry, merging it into an existing one with the same id.
    ///
    /// - Returns: false (and records nothing) if the id exists with another type.
    @discardableResult
    public mutating func add(_ entry: GazetteerEntry) -> Bool {
        if let index = indexByID[entry.id] {
            var existing = entries[index]
            guard existing.kind == entry.kind else { return false }
            for name in entry.names where !existing.names.contains(name) { existing.names.append(name) }
            for id in entry.externalIDs where !existing.externalIDs.contains(id) { existing.externalIDs.append(id) }
            for relation in entry.relations where !existing.relations.contains(relation) {
                existing.relations.append(relation)
            }
            existing.attributes.merge(entry.attributes) { old, _ in old }
            entries[index] = existing
        } else {
            indexByID[entry.id] = entries.count
            entries.append(entry)
        }
        return true
    }

    /// Adds every entry of another gazetteer (later files add to earlier ones).
    public mutating func merge(_ other: Gazetteer) {
        for entry in other.entries where !add(entry) {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "gazetteer-type-conflict",
                    "entry \(entry.id) has type \(entry.kind), but it was loaded before with another type; skipped",
                    file: entry.source))
        }
        diagnostics += other.diagnostics
    }

    /// Entries of a lexicon type, such as `given_name`.
    public func entries(ofKind kind: String) -> [GazetteerEntry] {
        entries.filter { $0.kind == kind }
    }
}
