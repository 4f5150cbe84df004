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
        var titles: [Range<Int>]? = nil
        return matches.compactMap { match in
            let entry = matcher.gazetteer.entries[match.entry]
            guard let type = entry.entityType else { return nil }
            if type == .person {
                if titles == nil { titles = Self.shortQuotes(document.tokens) }
                if Self.isPartOfTitle(match.tokens, titles!) { return nil }
            }
            // A place name alone in quotation marks names a thing called after it (a shuttle,
            // `полёта «Колумбии»`; a hotel, a club, a newspaper), not the place.
            if type == .place {
                if titles == nil { titles = Self.shortQuotes(document.tokens) }
                if titles!.contains(match.tokens) { return nil }
            }
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

    /// Short quotations (at most six tokens between the marks, in one sentence): mostly names of
    /// works, prizes, programmes and organisations (`« Назарбаев моделі »`, `« Рухани жаңғыру »`).
    static func shortQuotes(_ tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var open: Int? = nil
        for (index, token) in tokens.enumerated() {
            if let o = open, tokens[o].sentence != token.sentence { open = nil }
            guard token.kind == .quote else { continue }
            if let o = open {
                if index - o - 1 <= 6 { result.append((o + 1)..<index) }
                open = nil
            } else {
                open = index
            }
        }
        return result
    }

    /// A person's name that begins or ends a short quotation with other words in it is part of
    /// a title (`« Назарбаев моделі »`, `« ... Елбасы Нұрсұлтан Назарбаев » орденін`), not the person.
    static func isPartOfTitle(_ match: Range<Int>, _ quotes: [Range<Int>]) -> Bool {
        quotes.contains { quote in
            quote.count > match.count && match.lowerBound >= quote.lowerBound && match.upperBound <= quote.upperBound
                && (match.lowerBound == quote.lowerBound || match.upperBound == quote.upperBound)
        }
    }

    /// Whether a Kazakh word is the plural of a name's last word (`Үкіметтер` of `Үкімет`):
    /// a plural organisation is a common noun ("governments"), not the body the name means.
    static func isPlural(of name: String, _ folded: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        let stem = TextFolding.fold(String(last))
        guard folded.count > stem.count, folded.hasPrefix(stem) else { return false }
        let rest = folded.dropFirst(stem.count)
        return HeadNounPhrase.pluralEndings.contains { rest.hasPrefix($0) }
    }
}
