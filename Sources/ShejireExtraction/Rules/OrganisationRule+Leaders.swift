import ShejireCore
import ShejireText

/// Russian: a government or an administration named by its leader, and the cabinet of
/// ministers (session 13).
extension OrganisationRule {
    /// Russian heads of a government named by its leader (`администрация Обамы`,
    /// `правительство Мишустина`).
    static let leaderBodyHeads: Set<String> = ["администрация", "правительство"]

    /// Russian: `администрация`/`правительство` (any case, either capitalisation) followed by a
    /// person in an oblique case (the name as written differs from its base), with a title
    /// before the person or not (`администрация президента Вандерлинда`), is one organisation
    /// from the head to the person's end, as factRuEval spans it; the person is kept as
    /// the owner (attributes `of`, `of_entity`). `Кабинет министров` (and `кабинета министров`, ...) is a head-noun phrase,
    /// `кабинет` alone is a room. Words another mention covers (but a one-word organisation at
    /// the head, `Правительство`) end the search. The cabinet needs an owner: a capital inside the
    /// sentence or a place after it (`заседание кабинета министров` is generic).
    func leaderBodies(_ tokens: [Token], found: [Candidate]) -> [Candidate] {
        var placeStarts = Set<Int>()
        for candidate in found where candidate.type == .place { placeStarts.insert(candidate.tokens.lowerBound) }
        var persons: [Int: Candidate] = [:]
        var positions: [Int: Candidate] = [:]
        var taken = Set<Int>()
        for candidate in found {
            switch candidate.type {
            case .person: persons[candidate.tokens.lowerBound] = candidate
            case .position: positions[candidate.tokens.lowerBound] = candidate
            default:
                if candidate.type == .organisation, candidate.tokens.count == 1 { continue }
                taken.formUnion(candidate.tokens)
            }
        }
        var result: [Candidate] = []
        for h in tokens.indices where tokens[h].kind == .word && !taken.contains(h) && h + 1 < tokens.count {
            let folded = tokens[h].folded
            guard !NameContext.isKazakhSpelling(folded), tokens[h + 1].sentence == tokens[h].sentence else { continue }
            let lemmas = RussianMorphology.matchForms(folded)
            var end: Int?
            var attributes: [String: String] = [:]
            if lemmas.contains(where: Self.leaderBodyHeads.contains) {
                var k = h + 1
                if let title = positions[k], title.tokens.count == 1, tokens[k].kind == .word, !tokens[k].isCapitalized {
                    k = title.tokens.upperBound
                }
                if let person = persons[k], tokens[k].sentence == tokens[h].sentence,
                    tokens[person.tokens].map(\.text).joined(separator: " ") != person.base
                {
                    end = person.tokens.upperBound
                    // The leader is kept as the owner, as a country is (`of`, `of_entity`).
                    attributes = ["of": person.name, "of_entity": person.entity]
                }
            } else if lemmas.contains("кабинет"), tokens[h + 1].folded == "министров", !taken.contains(h + 1),
                // A cabinet needs an owner as a lower-case head does: a capital inside the
                // sentence or a place after it (`Кабинет министров Украины`).
                (tokens[h].isCapitalized && !NameContext.isSentenceStart(h, tokens)) || placeStarts.contains(h + 2)
            {
                end = h + 2
            }
            guard let end else { continue }
            var base = Self.baseName(h..<end, head: h, russian: true, tokens: tokens)
            if lemmas.contains("кабинет") { base = (tokens[h].isCapitalized ? "Кабинет" : "кабинет") + " министров" }
            result.append(
                Candidate(
                    tokens: h..<end, type: .organisation, entity: "org:" + Slug.make(base), name: base, base: base,
                    source: name, confidence: 0.7, attributes: attributes, specificity: 3))
        }
        return result
    }
}
