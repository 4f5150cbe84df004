import ShejireCore
import ShejireText

/// Russian: a business's or a publication's name in apposition after its kind, written in
/// Cyrillic without quotes (`компания Форд`, `концерна Сименс`, `издательство Вандерлинд`);
/// English: a company's name before its legal form (`Fordham Ltd`).
extension OrganisationRule {
    /// Kinds of business and publication that take their name in apposition (lemmas). Kinds
    /// that also name a place or a person's circle (`центр`, `команда`, `дом`) are left out.
    static let appositionDescriptors: Set<String> = [
        "компания", "концерн", "автоконцерн", "фирма", "банк", "холдинг", "корпорация", "издательство", "агентство",
        "журнал", "газета", "авиакомпания", "телеканал", "радиостанция", "телекомпания", "группа", "ресторан",
        "магазин", "универмаг", "отель", "гостиница", "киностудия", "студия", "лейбл",
        // Session 13: a trade union takes its name in apposition too (`профсоюза Юнайт`).
        "профсоюз",
    ]

    /// Endings of a Russian noun or name in an oblique case. A name in apposition keeps the
    /// nominative (`компании Форд`); after `компании` a genitive is the owner (`компании
    /// Абрамовича`), no name of the company.
    static let obliqueNameEndings = [
        "а", "я", "ы", "е", "ом", "ем", "ём", "ой", "ей", "ою", "ам", "ям", "ах", "ях", "ами", "ями", "ого", "его", "ому", "ему",
    ]

    /// One or two capitalised Cyrillic words in the nominative right after an apposition
    /// descriptor, that no other mention covers but a lone word of a person's name: the
    /// descriptor (with its adjectives) and the name are one organisation. A first name and a
    /// surname the person rule read are covered, so they stay a person (`фирмы Давид
    /// Мирианашвали`).
    func appositionNames(_ document: AnalyzedDocument, found: [Candidate], covered: Set<Int>) -> [Candidate] {
        guard document.document.language == "ru" else { return [] }
        let tokens = document.tokens
        // A one-word person a rule guessed is no obstacle (`Дом моды Армани` is not `Арман`); a
        // known person is (`Работу компании Путин оценил`).
        var taken = Set<Int>()
        for candidate in found where candidate.type != .position {
            if candidate.type == .person, candidate.tokens.count == 1, !candidate.source.hasPrefix("gazetteer") { continue }
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
        // No skip past a name found: the word before a later start is then a capitalised name
        // word, never a descriptor.
        for i in tokens.indices.dropFirst() {
            let d = i - 1
            guard tokens[d].kind == .word, tokens[d].sentence == tokens[i].sentence, !covered.contains(d),
                !tokens[d].isCapitalized || NameContext.isSentenceStart(d, tokens), isNameWord(i),
                RussianMorphology.matchForms(tokens[d].folded).contains(where: Self.appositionDescriptors.contains)
            else { continue }
            var end = i + 1
            if end < tokens.count, tokens[end].sentence == tokens[i].sentence, tokens[end].kind == .word, tokens[end].isCapitalized {
                // Two capitalised words the person rule did not take; a first name and a surname
                // it took are covered (`фирмы Давид Мирианашвали`).
                guard isNameWord(end) else { continue }
                end += 1
            }
            // Before a verb, after a descriptor in an oblique case, the name is the clause's subject
            // and the descriptor its object (`Эту компанию Абрамович купил`); after a nominative
            // descriptor both are the subject (`Компания Форд отозвала`).
            if end < tokens.count, tokens[end].sentence == tokens[i].sentence, tokens[end].kind == .word,
                !tokens[end].isCapitalized, HeadNounPhrase.isRussianVerb(tokens[end].folded),
                !Self.appositionDescriptors.contains(tokens[d].folded)
            {
                continue
            }
            guard let start = descriptorStart(before: i, tokens: tokens, covered: covered) else { continue }
            let name = document.text(ofTokens: i..<end)
            result.append(
                Candidate(
                    tokens: start..<end, type: .organisation, entity: "org:" + Slug.make(name), name: name, base: name,
                    source: self.name, confidence: 0.75, attributes: ["descriptor": tokens[d].text], specificity: 1))
        }
        return result
    }

    /// Legal forms written after a company's name in English and European text (folded, with
    /// and without the full stop).
    static let latinLegalForms: Set<String> = [
        "ltd", "ltd.", "inc", "inc.", "llc", "llp", "plc", "gmbh", "ag", "corp", "corp.", "jsc", "nv", "bv", "spa", "s.p.a.",
        "sa", "s.a.", "oy", "ab", "asa", "kg", "pjsc", "ojsc", "cjsc",
    ]

    /// English (Latin-script) text: one to four capitalised words before a legal form are a
    /// company, the legal form in its name (`Fordham Ltd`, `Vanderlind Inc.`, `Bertolini GmbH`,
    /// `Kazakhtelecom JSC`). Words another mention covers end the run.
    func latinLegalFormNames(_ document: AnalyzedDocument, covered: Set<Int>) -> [Candidate] {
        let tokens = document.tokens
        guard document.document.language == "en" else { return [] }
        var result: [Candidate] = []
        for f in tokens.indices where f > 0 && Self.latinLegalForms.contains(tokens[f].folded) && !covered.contains(f) {
            // `Ltd` and `Inc` take their full stop as a token of their own.
            var end = f + 1
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore, ["ltd", "inc", "corp"].contains(tokens[f].folded),
                end + 1 < tokens.count, tokens[end + 1].sentence == tokens[f].sentence
            {
                end += 1
            }
            var start = f
            while start > 0, f - start < 4, tokens[start - 1].sentence == tokens[f].sentence, tokens[start - 1].kind == .word,
                tokens[start - 1].isCapitalized, NameContext.isLatin(tokens[start - 1].text), !covered.contains(start - 1),
                !HeadNounPhrase.sentenceStarters.contains(tokens[start - 1].folded)
            {
                start -= 1
            }
            guard start < f else { continue }
            let name = document.text(ofTokens: start..<end)
            result.append(
                Candidate(
                    tokens: start..<end, type: .organisation, entity: "org:" + Slug.make(document.text(ofTokens: start..<f)), name: name,
                    base: name, source: self.name, confidence: 0.85, attributes: ["legal_form": tokens[f].text], specificity: 2))
        }
        return result
    }
}
