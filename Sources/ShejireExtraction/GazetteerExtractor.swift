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
        let candidates: [Candidate] = matches.compactMap { match in
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
            return candidate(match)
        }
        var result: [Candidate] = []
        for candidate in candidates {
            guard candidate.type == .person, let rest = nameAfterTitle(candidate.tokens, document.tokens, cache: scratch.matchCache)
            else {
                result.append(candidate)
                continue
            }
            // The title and its owner, which the person's longer name had hidden, as the
            // gazetteer finds them (`Королева` a position, `Великобритании` a place).
            let prefix = candidate.tokens.lowerBound..<rest.lowerBound
            for match in matcher.matches(in: Array(document.tokens[prefix]), cache: scratch.matchCache)
            where matcher.gazetteer.entries[match.entry].entityType != .person {
                if let found = self.candidate(match, offset: prefix.lowerBound) { result.append(found) }
            }
            var trimmed = candidate
            trimmed.tokens = rest
            result.append(trimmed)
        }
        return result
    }

    /// The candidate of a gazetteer match, `offset` tokens on when the match was found in a slice
    /// of the document's tokens; nil for an entry with no entity type.
    func candidate(_ match: GazetteerMatch, offset: Int = 0) -> Candidate? {
        let entry = matcher.gazetteer.entries[match.entry]
        guard let type = entry.entityType else { return nil }
        var attributes: [String: String] = [:]
        if let lat = entry.attributes["lat"], let lon = entry.attributes["lon"] {
            attributes["lat"] = lat
            attributes["lon"] = lon
        }
        return Candidate(
            tokens: (match.tokens.lowerBound + offset)..<(match.tokens.upperBound + offset), type: type,
            entity: entry.id, name: entry.name, base: entry.names[match.name].text, source: entry.source,
            confidence: match.literal ? 0.95 : 0.9, attributes: attributes, specificity: 10)
    }

    /// Titles that open a listed person's name (`Патриарх Кирилл`, `Папа Римский Франциск`,
    /// `Королева Великобритании Елизавета II`, `King Salman`), folded. Not `эмир`, `султан`,
    /// `шейх`: they are first names too (`Эмир Кустурица`).
    static let leadingTitles: [[String]] = [
        ["папа", "римский"], ["патриарх"], ["папа"], ["король"], ["королева"], ["император"], ["императрица"], ["принц"],
        ["принцесса"], ["pope"], ["king"], ["queen"], ["emperor"], ["prince"], ["princess"],
    ]

    /// The name of a listed person without the title that opens it, as a person is annotated
    /// without the title (`президент Путин`): the words after the title and after a place or an
    /// organisation the gazetteer finds right after it (`Великобритании`), when only capitalised
    /// words are left; nil when the name opens with no title. The title stays to the position
    /// rules. (Session 12.)
    func nameAfterTitle(_ range: Range<Int>, _ tokens: [Token], cache: MatchCache) -> Range<Int>? {
        guard range.count >= 2,
            let title = Self.leadingTitles.first(where: { words in
                words.count < range.count && zip(words, tokens[range]).allSatisfy { $0 == $1.folded }
            })
        else { return nil }
        var start = range.lowerBound + title.count
        // A place or an organisation in the genitive right after the title (`Королева ⟦Великобритании⟧`).
        let rest = Array(tokens[start..<range.upperBound])
        if let owner = matcher.matches(in: rest, cache: cache).first(where: { match in
            match.tokens.lowerBound == 0 && match.tokens.upperBound < rest.count
                && [EntityType.place, .organisation].contains(matcher.gazetteer.entries[match.entry].entityType)
        }) {
            start += owner.tokens.upperBound
        }
        let name = start..<range.upperBound
        guard !name.isEmpty, name.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { return nil }
        return name
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
