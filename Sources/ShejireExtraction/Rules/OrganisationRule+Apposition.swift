import ShejireCore
import ShejireText

/// Russian: a business's or a publication's name in apposition after its kind, written in
/// Cyrillic without quotes (`компания Форд`, `концерна Сименс`, `издательство Вандерлинд`).
extension OrganisationRule {
    /// Kinds of business and publication that take their name in apposition (lemmas). Kinds
    /// that also name a place or a person's circle (`центр`, `команда`, `дом`) are left out.
    static let appositionDescriptors: Set<String> = [
        "компания", "концерн", "автоконцерн", "фирма", "банк", "холдинг", "корпорация", "издательство", "агентство",
        "журнал", "газета", "авиакомпания", "телеканал", "радиостанция", "телекомпания", "группа", "ресторан",
        "магазин", "универмаг", "отель", "гостиница", "киностудия", "студия", "лейбл",
    ]

    /// Endings of a Russian noun or name in an oblique case. A name in apposition keeps the
    /// nominative (`компании Форд`); after `компании` a genitive is the owner (`компании
    /// Абрамовича`), no name of the company.
    static let obliqueNameEndings = [
        "а", "я", "ы", "е", "ом", "ем", "ём", "ой", "ей", "ою", "ам", "ям", "ах", "ях", "ами", "ями", "ого", "его", "ому", "ему",
    ]

    /// One or two capitalised Cyrillic words in the nominative right after an apposition
    /// descriptor, that no other mention covers but a lone word of a person's name: the
    /// descriptor (with its adjectives) and the name are one organisation. A known first name
    /// before another capitalised word is a person (`фирмы Давид Мирианашвали`).
    func appositionNames(_ document: AnalyzedDocument, found: [Candidate], covered: Set<Int>) -> [Candidate] {
        guard document.document.language == "ru" else { return [] }
        let tokens = document.tokens
        // A one-word person is no obstacle (`Дом моды Армани` is not `Арман`).
        var taken = Set<Int>()
        for candidate in found where candidate.type != .position {
            if candidate.type == .person, candidate.tokens.count == 1 { continue }
            taken.formUnion(candidate.tokens)
        }
        func isNameWord(_ k: Int) -> Bool {
            let t = tokens[k]
            return t.kind == .word && t.isCapitalized && !t.isAllUpper && t.folded.count >= 3 && !taken.contains(k)
                && !NameContext.isLatin(t.text) && !NameContext.isKazakhSpelling(t.folded)
                && !NameContext.isRussianAdjective(t.folded) && !NameContext.isHeadNoun(t)
                && !Self.obliqueNameEndings.contains(where: t.folded.hasSuffix)
        }
        var result: [Candidate] = []
        var i = 1
        while i < tokens.count {
            defer { i += 1 }
            let d = i - 1
            guard tokens[d].kind == .word, tokens[d].sentence == tokens[i].sentence, !covered.contains(d),
                !tokens[d].isCapitalized || NameContext.isSentenceStart(d, tokens), isNameWord(i),
                RussianMorphology.matchForms(tokens[d].folded).contains(where: Self.appositionDescriptors.contains)
            else { continue }
            var end = i + 1
            if end < tokens.count, tokens[end].sentence == tokens[i].sentence, tokens[end].kind == .word, tokens[end].isCapitalized {
                // A known first name and a surname: a person (`фирмы Давид Мирианашвали`).
                guard isNameWord(end) else { continue }
                end += 1
            }
            guard let start = descriptorStart(before: i, tokens: tokens, covered: covered) else { continue }
            let name = document.text(ofTokens: i..<end)
            result.append(
                Candidate(
                    tokens: start..<end, type: .organisation, entity: "org:" + Slug.make(name), name: name, base: name,
                    source: self.name, confidence: 0.75, attributes: ["descriptor": tokens[d].text], specificity: 1))
            i = end
        }
        return result
    }
}
