import ShejireCore
import ShejireText

/// Positions as their own mentions: a position title from the gazetteer (normalised there to
/// a base title, `position:president`), widened over the organisation or country it belongs
/// to when Kazakh joins them into one compound.
///
/// In Kazakh, `Қазақстан Президенті`, `Үкімет басшысы`, `Мәжіліс төрағасы`,
/// `Маңғыстау облысы әкімі` put the institution in the bare nominative before a title with
/// the possessive ending (`-ы/-і/-сы/-сі`): the two words make one title, and the mention is
/// the whole compound (a plural title, `Мәжіліс депутаттары`, is not), with the institution kept as the attributes `of` and `of_entity`
/// (for the relation rules). With a genitive (`архивінің директоры`) the institution is a
/// mention of its own and the title stands alone.
///
/// Russian puts the institution after the title in the genitive (`президент России`); both
/// stay separate mentions.
public struct PositionRule: Extractor {
    public var name: String { "rule:position" }

    public init() {}

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var institutionsByEnd: [Int: Candidate] = [:]
        for candidate in found where candidate.type == .organisation || candidate.type == .place {
            if let current = institutionsByEnd[candidate.tokens.upperBound], current.tokens.count >= candidate.tokens.count { continue }
            institutionsByEnd[candidate.tokens.upperBound] = candidate
        }
        var result: [Candidate] = []
        for position in found where position.type == .position {
            guard let institution = institutionsByEnd[position.tokens.lowerBound] else { continue }
            let last = tokens[institution.tokens.upperBound - 1]
            let title = tokens[position.tokens.lowerBound]
            // The institution as the gazetteer or the rule names it is in the nominative.
            let asNamed = institution.base.split(separator: " ").last.map { TextFolding.fold($0) == last.folded } ?? false
            guard last.sentence == title.sentence, last.kind == .word, asNamed || Self.isBareNominative(last.folded),
                Self.hasPossessive(tokens[position.tokens.upperBound - 1].folded),
                !Self.isPlural(tokens[position.tokens.upperBound - 1].folded)
            else { continue }
            var widened = position.widened(
                to: institution.tokens.lowerBound..<position.tokens.upperBound, source: name, owner: institution)
            widened.confidence = 0.8
            widened.specificity = 5
            result.append(widened)
        }
        return result
    }

    /// A plural title (`Мәжіліс депутаттары`) names members, not one position: the
    /// institution stays a mention of its own.
    static func isPlural(_ folded: String) -> Bool {
        HeadNounPhrase.pluralEndings.contains { folded.contains($0) && !folded.hasSuffix($0 + "ь") }
            && Morphology.matchForms(folded).contains { form in HeadNounPhrase.pluralEndings.contains(where: form.hasSuffix) }
    }

    /// No Kazakh genitive or oblique case ending (`Қазақстан`, `Үкімет`, `облысы`).
    static func isBareNominative(_ folded: String) -> Bool {
        if HeadNounPhrase.genitiveEndings.contains(where: folded.hasSuffix) { return false }
        return !NameContext.hasObliqueEnding(folded)
    }

    /// The Kazakh possessive of the third person on a title (`президенті`, `басшысы`,
    /// `төрағасының`): one of its forms is another form plus `-ы/-і/-сы/-сі`.
    static func hasPossessive(_ folded: String) -> Bool {
        guard NameContext.isKazakhSpelling(folded) || folded.hasSuffix("ы") || folded.hasSuffix("і") || folded.count > 3 else { return false }
        let forms = Morphology.matchForms(folded)
        let set = Set(forms)
        for form in forms {
            for suffix in ["сы", "сі", "ы", "і"] where form.hasSuffix(suffix) && form.count > suffix.count + 2 {
                if set.contains(String(form.dropLast(suffix.count))) { return true }
            }
        }
        return false
    }
}
