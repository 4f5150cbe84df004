import ShejireCore
import ShejireText

/// Finds a person's name of unknown words coordinated with a person found by another rule:
/// `Кими Райкконена и Марка Уэббера`, `Марка Уэббера, Кими Райкконена`, `John Smith and
/// Kimi Raikkonen`. Two capitalised words that nothing else took, joined to a person of two
/// words or more by `и`, `,`, `and`, `және` or `мен`, name a person too: a list joins like with like.
///
/// In Russian text one unknown word joined by `и` to a one-word person (not a lone first
/// name) is a surname too (`с Макроном и Драги`), when no capitalised word stands next to it.
///
/// Not when a word is a head noun (`Совет`), a Russian adjective of six letters or more
/// (`Московский`; a short word like `Кими` only looks like one), opens the
/// sentence, or stands in quotation marks; nor when a third capitalised word is next to the
/// pair (the run may be an organisation's or a place's name).
public struct NameCoordinationRule: Extractor {
    public var name: String { "rule:coordination" }

    public init() {}

    static let conjunctions: Set<String> = ["и", ",", "and", "және", "мен"]
    static let singleConjunctions: Set<String> = ["и", "and"]

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var covered = Set<Int>()
        var people: [Candidate] = []
        var singles: [Candidate] = []
        for candidate in found where candidate.type != .position {
            covered.formUnion(candidate.tokens)
            if candidate.type == .person { candidate.tokens.count >= 2 ? people.append(candidate) : singles.append(candidate) }
        }
        if document.document.language != "ru" { singles = [] }
        guard !people.isEmpty || !singles.isEmpty else { return [] }
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
        // A lone first name is too weak a reading to join another word to (`на Лубянке, Александр
        // покажет`), and so is a comma: only `и`/`and` join single words.
        for person in singles where !(person.attributes["given_name"] != nil && person.attributes["surname"] == nil) {
            let sentence = tokens[person.tokens.lowerBound].sentence
            let script = NameContext.isLatin(tokens[person.tokens.lowerBound].text)
            var words: [Int] = []
            let before = person.tokens.lowerBound - 1
            if before >= 1, Self.singleConjunctions.contains(tokens[before].folded) { words.append(before - 1) }
            let after = person.tokens.upperBound
            if after + 1 < tokens.count, Self.singleConjunctions.contains(tokens[after].folded) { words.append(after + 1) }
            for word in words {
                let folded = tokens[word].folded
                guard free(word, sentence: sentence), !NameContext.isSentenceStart(word, tokens),
                    NameContext.isLatin(tokens[word].text) == script, !NameContext.isRussianAdjective(folded),
                    !["ах", "ях", "ами", "ями", "ов", "ев"].contains(where: folded.hasSuffix),
                    !capitalised(word - 1, sentence: sentence), !capitalised(word + 1, sentence: sentence)
                else { continue }
                taken.insert(word)
                let name = tokens[word].text
                result.append(
                    Candidate(
                        tokens: word..<(word + 1), type: .person, entity: "person:" + Slug.make(name), name: name,
                        base: name, source: self.name, confidence: 0.55, attributes: ["coordinated": "yes", "surname": name],
                        specificity: 2))
            }
        }
        return result
    }
}
