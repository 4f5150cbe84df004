import ShejireCore
import ShejireText

/// Kazakh-only organisation shapes of session 10: a quoted name that carries its own case
/// ending, and a number that opens a foreign name before a Kazakh head.
extension OrganisationRule {
    /// Nouns after a quoted name in the genitive that make it a work's title, not a body's
    /// name (`« Абай жолының » авторы`).
    static let workRelationNouns: Set<String> = ["автор", "авторы", "кейіпкер", "кейіпкері", "тарау", "тарауы"]

    /// The base of a quoted Kazakh name declined inside its quotes in the genitive (`« Аманаттың
    /// » атынан`, `« Ертістің » жанкүйерлері`, `« Ақ Жолдың » өкілдері`): people and places are not
    /// quoted, and a work's title is declined on the noun after it (`« Абай жолы » романының`),
    /// so a name that takes the case itself is used as a body. One to three capitalised words of
    /// a sentence no other mention covers, the last in `-ның/-нің/-дың/-дің/-тың/-тің`, before a
    /// lower-case word. Returns the name with the ending taken off (`Аманат`), or nil.
    static func kazakhGenitiveQuotedName(_ inner: Range<Int>, _ tokens: [Token], covered: Set<Int>) -> String? {
        guard (1...3).contains(inner.count), inner.upperBound + 1 < tokens.count,
            inner.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !covered.contains($0) })
        else { return nil }
        let last = tokens[inner.upperBound - 1]
        guard last.folded.count >= 5, NameContext.isKazakhSpelling(last.folded) || inner.count == 1,
            let ending = HeadNounPhrase.genitiveEndings.first(where: last.folded.hasSuffix)
        else { return nil }
        let next = tokens[inner.upperBound + 1]
        guard next.sentence == last.sentence, next.kind == .word, !next.isCapitalized,
            !Morphology.matchForms(next.folded).contains(where: workRelationNouns.contains)
        else { return nil }
        // A work's title in the genitive before its tune, words or volume (`«Қыз Жібектің» әуенін`),
        // also one word further on (`«Абайдың» бірінші томы`).
        for k in (inner.upperBound + 1)...min(inner.upperBound + 2, tokens.count - 1) where tokens[k].sentence == last.sentence {
            if PersonNameRule.isKazakhNamedThingNoun(tokens[k])
                || ["әуен", "сөз", "том", "күй"].contains(where: { tokens[k].folded.hasPrefix($0) && tokens[k].folded.count <= $0.count + 4 })
            {
                return nil
            }
        }
        let words = tokens[inner].map(\.text)
        return (words.dropLast() + [String(last.text.dropLast(ending.count))]).joined(separator: " ")
    }

    /// The index of a number that opens a foreign name before a Kazakh head or descriptor
    /// (`500 Startups компаниясы`, `7 Seas Group тобы`), or nil: digits right before the Latin
    /// run starting at `i` and ending at `end`, in its sentence, no other mention's.
    static func kazakhLeadingNumber(before i: Int, runEnd end: Int, _ tokens: [Token], covered: Set<Int>) -> Int? {
        guard i > 0, end < tokens.count, tokens[i - 1].kind == .number, tokens[i - 1].sentence == tokens[i].sentence,
            tokens[i - 1].text.allSatisfy(\.isNumber), !covered.contains(i - 1), tokens[end].sentence == tokens[i].sentence,
            tokens[end].kind == .word, !tokens[end].isCapitalized
        else { return nil }
        let forms = Morphology.matchForms(tokens[end].folded)
        guard phrase.head(tokens[end]) == .kazakh || forms.contains(where: kazakhDescriptors.contains) else { return nil }
        // A count before the name follows a word (`Онда 2 Samsung зауыты бар` "there are two
        // Samsung plants"); the name's number opens the sentence or follows punctuation.
        let n = i - 1
        return n == 0 || NameContext.isSentenceStart(n, tokens) || (tokens[n - 1].kind != .word && tokens[n - 1].kind != .number)
            ? n : nil
    }
}
