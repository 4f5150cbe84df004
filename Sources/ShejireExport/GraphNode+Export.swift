import ShejireCore

/// Flat spellings of a node's list and map fields, shared by the formats that hold only
/// strings (GraphML, GEXF, Cytoscape). Every map is sorted by key.
extension GraphNode {
    /// The separator between list items in one-string fields: `" | "`.
    static let listSeparator = " | "

    /// Aliases joined by `" | "`, or `nil` when there are none.
    var joinedAliases: String? {
        aliases.isEmpty ? nil : aliases.joined(separator: Self.listSeparator)
    }

    /// External ids sorted by scheme.
    var sortedExternalIDs: [(scheme: String, value: String)] {
        externalIDs.sorted { $0.key < $1.key }.map { (scheme: $0.key, value: $0.value) }
    }

    /// `scheme:value` items, sorted by scheme (`geonames:1526273`, `wikidata:Q1520`).
    var externalIDItems: [String] {
        sortedExternalIDs.map { "\($0.scheme):\($0.value)" }
    }

    /// `externalIDItems` joined by `" | "`, or `nil` when there are none.
    var joinedExternalIDs: String? {
        externalIDs.isEmpty ? nil : externalIDItems.joined(separator: Self.listSeparator)
    }

    /// Other attributes sorted by key.
    var sortedAttributes: [(key: String, value: String)] {
        attributes.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    /// `key=value` items of `attributes` joined by `" | "`, or `nil` when there are none.
    var joinedAttributes: String? {
        attributes.isEmpty ? nil : sortedAttributes.map { "\($0.key)=\($0.value)" }.joined(separator: Self.listSeparator)
    }

    /// Latitude and longitude when both are known and finite.
    var coordinates: (latitude: Double, longitude: Double)? {
        guard let latitude, let longitude, latitude.isFinite, longitude.isFinite else { return nil }
        return (latitude, longitude)
    }
}
