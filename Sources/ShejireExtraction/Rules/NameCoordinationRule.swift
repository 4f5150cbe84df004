import ShejireCore
import ShejireText

/// Finds a person's name of unknown words coordinated with a person found by another rule:
/// `Кими Райкконена и Марка Уэббера`, `Марка Уэббера, Кими Райкконена`, `John Smith and
/// Kimi Raikkonen`. Two capitalised words that nothing else took, joined to a person of two
/// words or more by `и`, `,`, `and`, `және` or `мен`, name a person too: a list joins like with like.
///
/// In Russian text one unknown word joined by `и` to a one-word person (not a lone first
/// name) is a surname too (`с Макроном и Драги`), when no capitalised word stands next to it;
/// so is one joined by a comma inside a list that goes on (`Аршавин, Бертолини и Вандерлинд`),
/// and each surname found so joins the next.
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
    /// Kazakh words joining two first names (`Асқар мен Төреғожа`, `Айгүл және Дана`).
    static let kazakhSingleConjunctions: Set<String> = ["мен", "пен", "бен", "және"]

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var covered = Set<Int>()
        var people: [Candidate] = []
        var singles: [Candidate] = []
        for candidate in found where candidate.type != .position {
            covered.formUnion(candidate.tokens)
            if candidate.type == .person { candidate.tokens.count >= 2 ? people.append(candidate) : singles.append(candidate) }
        }
        // Kazakh: lone first names joined by `мен`/`пен`/`бен`/`және` (`Асқар мен Төреғожа`).
        let kazakh = document.document.language == "kk"
        if !kazakh, document.document.language != "ru" { singles = [] }
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
            // `A B и <person>` and `<person> и A B`.
            for first in Self.joinedStarts(person, width: 2, joins: Self.conjunctions, tokens) {
                guard free(first, sentence: sentence), free(first + 1, sentence: sentence),
                    !NameContext.isSentenceStart(first, tokens),
                    !capitalised(first - 1, sentence: sentence), !capitalised(first + 2, sentence: sentence)
                else { continue }
                taken.formUnion(first..<(first + 2))
                result.append(coordinated(first..<(first + 2), tokens, confidence: 0.6))
            }
        }
        // A lone first name is too weak a reading to join another word to (`на Лубянке, Александр
        // покажет`), and so is a comma: only `и`/`and` join single words.
        for person in singles where kazakh {
            guard person.attributes["given_name"] != nil, person.attributes["surname"] == nil else { continue }
            let sentence = tokens[person.tokens.lowerBound].sentence
            for word in Self.joinedStarts(person, width: 1, joins: Self.kazakhSingleConjunctions, tokens) {
                guard free(word, sentence: sentence), !NameContext.isSentenceStart(word, tokens), !NameContext.isLatin(tokens[word].text),
                    !capitalised(word - 1, sentence: sentence), !capitalised(word + 1, sentence: sentence),
                    !HeadNounPhrase.pluralEndings.contains(where: tokens[word].folded.hasSuffix)
                else { continue }
                taken.insert(word)
                let base = PersonNameRule.capitalize(Morphology.candidateBases(tokens[word].folded).first ?? tokens[word].folded)
                var candidate = coordinated(word..<(word + 1), tokens, confidence: 0.55)
                candidate.attributes["surname"] = nil
                candidate.attributes["given_name"] = base
                candidate.name = base
                candidate.base = base
                candidate.entity = "person:" + Slug.make(base)
                result.append(candidate)
            }
        }
        // Russian surnames in a list: joined by `и`, or by a comma inside a list that goes on
        // (`Аршавин, Бертолини и Вандерлинд`); a surname found so joins the next one.
        var queue = singles.filter { !kazakh && !($0.attributes["given_name"] != nil && $0.attributes["surname"] == nil) }
        while let person = queue.popLast() {
            let sentence = tokens[person.tokens.lowerBound].sentence
            let script = NameContext.isLatin(tokens[person.tokens.lowerBound].text)
            for word in Self.joinedStarts(person, width: 1, joins: Self.singleConjunctions.union([","]), tokens) {
                let folded = tokens[word].folded
                guard free(word, sentence: sentence), !NameContext.isSentenceStart(word, tokens),
                    NameContext.isLatin(tokens[word].text) == script, !NameContext.isRussianAdjective(folded),
                    !["ах", "ях", "ами", "ями", "ов", "ев"].contains(where: folded.hasSuffix),
                    !capitalised(word - 1, sentence: sentence), !capitalised(word + 1, sentence: sentence),
                    !Self.isCommaJoin(word, person, tokens) || Self.listGoesOn(word, person, tokens)
                else { continue }
                taken.insert(word)
                let candidate = coordinated(word..<(word + 1), tokens, confidence: 0.55)
                result.append(candidate)
                queue.append(candidate)
            }
        }
        return result
    }

    /// Where a run of `width` words joined to `person` by one of `joins` starts: before the
    /// person (`A B и <person>`) and after it (`<person> и A B`).
    static func joinedStarts(_ person: Candidate, width: Int, joins: Set<String>, _ tokens: [Token]) -> [Int] {
        var starts: [Int] = []
        let before = person.tokens.lowerBound - 1
        if before >= width, joins.contains(tokens[before].folded) { starts.append(before - width) }
        let after = person.tokens.upperBound
        if after + width < tokens.count, joins.contains(tokens[after].folded) { starts.append(after + 1) }
        return starts
    }

    /// Whether `word` is joined to `person` by a comma (rather than `и`/`and`).
    static func isCommaJoin(_ word: Int, _ person: Candidate, _ tokens: [Token]) -> Bool {
        word < person.tokens.lowerBound ? tokens[word + 1].folded == "," : tokens[word - 1].folded == ","
    }

    /// Whether the list that joins `word` and `person` by a comma goes on past both with a
    /// comma or `и`/`and` (`Аршавин, ⟦Бертолини⟧ и ...`, `..., Аршавин, ⟦Бертолини⟧`), so that the
    /// comma is a list's and not a clause's (`сказал Путин, Москва ...`).
    static func listGoesOn(_ word: Int, _ person: Candidate, _ tokens: [Token]) -> Bool {
        let last = max(word, person.tokens.upperBound - 1)
        let first = min(word, person.tokens.lowerBound)
        let joins: Set<String> = [",", "и", "and"]
        let after = last + 1 < tokens.count && tokens[last + 1].sentence == tokens[last].sentence && joins.contains(tokens[last + 1].folded)
        let before = first > 0 && tokens[first - 1].sentence == tokens[first].sentence && tokens[first - 1].folded == ","
        return after || before
    }

    /// The person named by the words of `range`; one word is a surname.
    func coordinated(_ range: Range<Int>, _ tokens: [Token], confidence: Double) -> Candidate {
        let name = tokens[range].map(\.text).joined(separator: " ")
        var attributes = ["coordinated": "yes"]
        if range.count == 1 { attributes["surname"] = name }
        return Candidate(
            tokens: range, type: .person, entity: "person:" + Slug.make(name), name: name, base: name, source: self.name,
            confidence: confidence, attributes: attributes, specificity: 2)
    }
}
