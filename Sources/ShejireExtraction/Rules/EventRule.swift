import ShejireCore
import ShejireText

/// Finds events: named editions and head-noun phrases.
///
/// - A named edition: an acronym or capitalised words followed by a year
///   (`ICA Barcelona 2025`, `EXPO 2017`, `Astana Forum 2024`).
/// - Head nouns, with their modifiers (see `HeadNounPhrase`): Kazakh `конгресі`, `форумы`,
///   `конференциясы`, `саммиті`, `фестивалі`, `сайлауы`, `көрмесі`, `чемпионаты`,
///   `олимпиадасы`, `турнирі`, `съезі`, `құрылтайы`; Russian `конгресс`, `форум`,
///   `конференция`, `саммит`, `фестиваль`, `выборы`, `выставка`, `чемпионат`; English
///   `Congress`, `Forum`, `Conference`, `Summit`, `Festival`, `Election`.
/// - A quoted theme right after a named event (`«Knowing Pasts, Creating Futures»`) is kept
///   as the attribute `theme`.
/// - In one sentence, a head-noun event after a named edition is the same event
///   (`ICA Barcelona 2025 ... Халықаралық архивтер конгресі`).
public struct EventRule: Extractor {
    public var name: String { "rule:event" }

    static let phrase = HeadNounPhrase(
        kazakhHeads: [
            "конгресс", "конгресі", "форум", "форумы", "конференция", "конференциясы", "саммит", "саммиті",
            "фестиваль", "фестивалі", "сайлау", "сайлауы", "көрме", "көрмесі", "чемпионат", "чемпионаты", "олимпиада",
            "олимпиадасы", "турнир", "турнирі", "съезд", "съезі", "құрылтай", "құрылтайы", "симпозиум", "симпозиумы",
            "кинофестиваль", "кинофестивалі",
        ],
        russianHeads: [
            "конгресс", "форум", "конференция", "саммит", "фестиваль", "выборы", "выставка", "чемпионат", "олимпиада",
            "турнир", "съезд", "симпозиум", "кинофестиваль",
        ],
        englishHeads: ["congress", "forum", "conference", "summit", "festival", "election", "expo", "championship", "olympics", "games"],
        forEvents: true)

    public init() {}

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var result: [Candidate] = []
        var namedBySentence: [Int: Candidate] = [:]
        // Named editions: acronym / capitalised Latin words + a year.
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalized else { i += 1; continue }
            var j = i
            while j < tokens.count, j - i < 4, tokens[j].kind == .word, tokens[j].isCapitalized,
                tokens[j].sentence == t.sentence, Self.isLatin(tokens[j].text) == Self.isLatin(t.text)
            {
                j += 1
            }
            // Latin-script editions only: a Kazakh or Russian name before a year is an
            // organisation or a place in a date phrase (`ҚР Президентінің Архиві 2023 жылдан`).
            if j > i, j < tokens.count, tokens[j].kind == .number, Self.isYear(tokens[j].text),
                (t.isAllUpper || j - i >= 2), tokens[j].sentence == t.sentence, Self.isLatin(t.text)
            {
                let range = i..<(j + 1)
                let name = document.text(ofTokens: range)
                var attributes: [String: String] = ["year": tokens[j].text]
                if let theme = quotedTheme(after: j + 1, tokens: tokens, document: document) { attributes["theme"] = theme }
                let candidate = Candidate(
                    tokens: range, type: .event, entity: "event:" + Slug.make(name), name: name, base: name,
                    source: self.name, confidence: 0.85, attributes: attributes, specificity: 4)
                result.append(candidate)
                if namedBySentence[t.sentence] == nil { namedBySentence[t.sentence] = candidate }
                i = j + 1
                continue
            }
            i += 1
        }
        var covered = Set<Int>()
        for candidate in found + result where candidate.type != .position { covered.formUnion(candidate.tokens) }
        let covering = OrganisationRule.coveringTypes(found + result, count: tokens.count)
        for h in tokens.indices where !covered.contains(h) {
            guard let kind = Self.phrase.head(tokens[h]) else { continue }
            guard var range = Self.phrase.phrase(at: h, kind: kind, tokens: tokens, covering: { covered.contains($0) ? (covering[$0] ?? .event) : nil }) else { continue }
            // Russian: a place in the genitive after a lower-case head stays a place of its own
            // (`выборов глав регионов ⟦России⟧`, `чемпионата ⟦Европы⟧`): the resolver keeps one
            // mention per token, and the place is the entity a reader looks for. A lone
            // lower-case head left over is no name.
            if kind == .russian, !tokens[h].isCapitalized, range.upperBound > h + 1, covering[range.upperBound - 1] == .place {
                var end = range.upperBound
                while end > h + 1, covering[end - 1] == .place { end -= 1 }
                if end == h + 1 && range.lowerBound == h { continue }
                range = range.lowerBound..<end
            }
            // A capitalised Russian head alone inside a sentence names an institution
            // (`Конгресса США`, `в Конгрессе`), not an event.
            if kind == .russian, range.lowerBound == h, tokens[h].isCapitalized, !NameContext.isSentenceStart(h, tokens) { continue }
            let base = OrganisationRule.baseName(range, head: h, russian: kind == .russian, tokens: tokens)
            var entity = "event:" + Slug.make(base)
            var name = base
            var attributes: [String: String] = [:]
            if let named = namedBySentence[tokens[h].sentence], named.tokens.upperBound <= range.lowerBound {
                entity = named.entity
                name = named.name
                attributes["linked"] = "sentence"
            }
            result.append(
                Candidate(
                    tokens: range, type: .event, entity: entity, name: name, base: base, source: self.name,
                    confidence: 0.75, attributes: attributes, specificity: 2))
        }
        return result
    }

    static func isYear(_ text: String) -> Bool {
        guard text.count == 4, let year = Int(text) else { return false }
        return (1900...2100).contains(year)
    }

    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII }
    }

    /// `«...»` right after position `i` (within the sentence), as text without the quotes.
    func quotedTheme(after i: Int, tokens: [Token], document: AnalyzedDocument) -> String? {
        guard i < tokens.count, tokens[i].kind == .quote else { return nil }
        var j = i + 1
        while j < tokens.count, j - i <= 20, tokens[j].sentence == tokens[i].sentence {
            if tokens[j].kind == .quote {
                return j > i + 1 ? document.text(ofTokens: (i + 1)..<j) : nil
            }
            j += 1
        }
        return nil
    }
}
