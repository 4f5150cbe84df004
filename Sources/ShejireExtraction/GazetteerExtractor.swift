import ShejireCore
import ShejireGazetteer
import ShejireText

/// Proposes a candidate for every gazetteer name found in the text.
public struct GazetteerExtractor: Extractor {
    public let matcher: GazetteerMatcher
    public var name: String { "gazetteer" }

    public init(matcher: GazetteerMatcher) {
        self.matcher = matcher
    }

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let matches = matcher.matches(in: document.tokens, cache: scratch.matchCache)
        return matches.compactMap { match in
            let entry = matcher.gazetteer.entries[match.entry]
            guard let type = entry.entityType else { return nil }
            let base = entry.names[match.name].text
            if type == .organisation, !match.literal, Self.isPlural(of: base, document.tokens[match.tokens.upperBound - 1].folded) {
                return nil
            }
            var attributes: [String: String] = [:]
            if let lat = entry.attributes["lat"], let lon = entry.attributes["lon"] {
                attributes["lat"] = lat
                attributes["lon"] = lon
            }
            return Candidate(
                tokens: match.tokens, type: type, entity: entry.id, name: entry.name,
                base: base, source: entry.source,
                confidence: match.literal ? 0.95 : 0.9, attributes: attributes, specificity: 10)
        }
    }

    /// Whether a Kazakh word is the plural of a name's last word (`Үкіметтер` of `Үкімет`):
    /// a plural organisation is a common noun ("governments"), not the body the name means.
    static func isPlural(of name: String, _ folded: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        let stem = TextFolding.fold(String(last))
        guard folded.count > stem.count, folded.hasPrefix(stem) else { return false }
        let rest = folded.dropFirst(stem.count)
        return ["лар", "лер", "дар", "дер", "тар", "тер"].contains { rest.hasPrefix($0) }
    }
}
