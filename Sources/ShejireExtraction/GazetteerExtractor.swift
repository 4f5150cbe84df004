import ShejireCore
import ShejireGazetteer

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
            var attributes: [String: String] = [:]
            if let lat = entry.attributes["lat"], let lon = entry.attributes["lon"] {
                attributes["lat"] = lat
                attributes["lon"] = lon
            }
            return Candidate(
                tokens: match.tokens, type: type, entity: entry.id, name: entry.name,
                base: entry.names[match.name].text, source: entry.source,
                confidence: match.literal ? 0.95 : 0.9, attributes: attributes, specificity: 10)
        }
    }
}
