import ShejireCore
import ShejireText

/// Finds a person's name of unknown words coordinated with a person found by another rule:
/// `Кими Райкконена и Марка Уэббера`, `Марка Уэббера, Кими Райкконена`, `John Smith and
/// Kimi Raikkonen`. Two capitalised words that nothing else took, joined to a person of two
/// words or more by `и`, `,`, `and`, `және` or `мен`, name a person too: a list joins like with like.
///
/// Not when a word is a head noun (`Совет`), a Russian adjective of six letters or more
/// (`Московский`; a short word like `Кими` only looks like one), opens the
/// sentence, or stands in quotation marks; nor when a third capitalised word is next to the
/// pair (the run may be an organisation's or a place's name).
public struct NameCoordinationRule: Extractor {
    public var name: String { "rule:coordination" }

    public init() {}

    static let conjunctions: Set<String> = ["и", ",", "and", "және", "мен"]

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var covered = Set<Int>()
        var people: [Candidate] = []
        for candidate in found where candidate.type != .position {
            covered.formUnion(candidate.tokens)
            if candidate.type == .person, candidate.tokens.count >= 2 { people.append(candidate) }
        }
        guard !people.isEmpty else { return [] }
        let quoted = PersonNameRule.quotedTokens(tokens)
        var result: [Candidate] = []
        var taken = Set<Int>()
        func free(_ i: Int, sentence: Int) -> Bool {
            guard i >= 0, i < tokens.count else { return false }
            let t = tokens[i]
            return t.sentence == sentence && t.kind == .word && t.isCapitalized && !t.isAllUpper && t.folded.count >= 2
                && !covered.contains(i) && !taken.contains(i) && !quoted.contains(i)
                && !NameContext.isHeadNoun(t) && !(t.folded.count >= 6 && NameContext.isRussianAdjective(t.folded))
                && !HeadNounPhrase.sentenceStarters.contains(t.folded)
        }
        func capitalised(_ i: Int, sentence: Int) -> Bool {
            i >= 0 && i < tokens.count && tokens[i].sentence == sentence && tokens[i].kind == .word && tokens[i].isCapitalized
        }
        for person in people {
            let sentence = tokens[person.tokens.lowerBound].sentence
            var pairs: [Int] = []
            // `A B и <person>`: the pair before.
            let before = person.tokens.lowerBound - 1
            if before >= 2, Self.conjunctions.contains(tokens[before].folded) { pairs.append(before - 2) }
            // `<person> и A B`: the pair after.
            let after = person.tokens.upperBound
            if after + 2 < tokens.count, Self.conjunctions.contains(tokens[after].folded) { pairs.append(after + 1) }
            for first in pairs {
                guard free(first, sentence: sentence), free(first + 1, sentence: sentence),
                    !NameContext.isSentenceStart(first, tokens),
                    !capitalised(first - 1, sentence: sentence), !capitalised(first + 2, sentence: sentence)
                else { continue }
                taken.formUnion(first..<(first + 2))
                let name = "\(tokens[first].text) \(tokens[first + 1].text)"
                result.append(
                    Candidate(
                        tokens: first..<(first + 2), type: .person, entity: "person:" + Slug.make(name), name: name,
                        base: name, source: self.name, confidence: 0.6, attributes: ["coordinated": "yes"], specificity: 2))
            }
        }
        return result
    }
}
