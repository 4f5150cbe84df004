import ShejireCore

/// Flat spellings of an edge's qualifiers and evidence, shared by the writers.
extension GraphEdge {
    /// The qualifier keys that flat formats give a column of their own (`title`, `since`, ...);
    /// every qualifier, these included, is also in the one-string `qualifiers` field.
    static let knownQualifiers = ["date", "role", "since", "title", "until"]

    /// Qualifiers sorted by key.
    var sortedQualifiers: [(key: String, value: String)] {
        qualifiers.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    /// `key=value` items joined by `" | "` (`since=2023 | title=директор`), or `nil`.
    var joinedQualifiers: String? {
        qualifiers.isEmpty
            ? nil : sortedQualifiers.map { "\($0.key)=\($0.value)" }.joined(separator: GraphNode.listSeparator)
    }

    /// The distinct documents of the evidence, sorted.
    var evidenceDocuments: [String] {
        Array(Set(evidence.map(\.document))).sorted()
    }
}
