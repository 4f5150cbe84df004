import ShejireCore
import ShejireText

/// Positions as their own mentions: a position title from the gazetteer (normalised there to
/// a base title, `position:president`), and Kazakh titles that are also common words, in context.
///
/// In Kazakh, `Қазақстан Президенті`, `Үкімет басшысы`, `Мәжіліс төрағасы`,
/// `Маңғыстау облысы әкімі` put the institution in the bare nominative before a title with
/// the possessive ending (`-ы/-і/-сы/-сі`). The institution and the title stay two mentions
/// (until session 12 they were one position mention, with the institution only in attributes,
/// so no relation reached it): `PositionRelationRule` reads the compound, and KazNERD's
/// POSITION over both is matched by the scoring conventions `SpanConvention.kazNERDPositions`
/// (an organisation before the title) and `kazNERDPlacePositions` (a place).
/// With a genitive (`архивінің директоры`) the two are apart as well.
///
/// Russian puts the institution after the title in the genitive (`президент России`); both
/// stay separate mentions.
public struct PositionRule: Extractor {
    public var name: String { "rule:position" }

    public init() {}

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var result = Self.contextualTitles(in: document, found: found, source: name)
        result += Self.formerTitles(tokens, positions: found + result, source: name)
        return result
    }

    /// Kazakh: `бұрынғы` "former" right before a title is in the title (`бөлімінің бұрынғы
    /// жетекшісі`, `әкімінің бұрынғы орынбасары`; session 10), as it is in a Russian `бывший`
    /// compound; the body before it then stands right before the title.
    static func formerTitles(_ tokens: [Token], positions: [Candidate], source: String) -> [Candidate] {
        positions.compactMap { position in
            let start = position.tokens.lowerBound
            guard position.type == .position, start > 0, tokens[start - 1].folded == "бұрынғы",
                tokens[start - 1].sentence == tokens[start].sentence, tokens[start - 1].text.first?.isLowercase == true
            else { return nil }
            var widened = position.widened(to: (start - 1)..<position.tokens.upperBound, source: source)
            widened.attributes["former"] = "true"
            return widened
        }
    }

    /// Kazakh titles that are also common words (`мүше` "member" and "limb", `жетекші`
    /// "supervisor" and "leading", `оқытушы` "lecturer" and "teaching"): the gazetteer lists them
    /// with `no_match`, and they are titles only in the possessive singular (`мүшесі`,
    /// `қызметкерінің`) right after an organisation or place (`Орталық сайлау комиссиясының
    /// мүшесі`, `Ішкі істер министрлігі академиясының оқытушысы`, with at most one lower-case
    /// genitive between) or right before a person's name (`мүшесі Асқар Беков`).
    static let contextualTitleEntities: [String: String] = [
        "мүше": "position:member", "қызметкер": "position:employee", "оқытушы": "position:lecturer",
        "жетекші": "position:supervisor", "ұстаз": "position:teacher",
    ]

    static func contextualTitles(in document: AnalyzedDocument, found: [Candidate], source: String) -> [Candidate] {
        let tokens = document.tokens
        var bodyEnds: Set<Int> = []
        var personStarts: Set<Int> = []
        var taken: Set<Int> = []
        for candidate in found {
            switch candidate.type {
            case .organisation, .place: bodyEnds.insert(candidate.tokens.upperBound)
            case .person: personStarts.insert(candidate.tokens.lowerBound)
            case .position: taken.formUnion(candidate.tokens)
            default: break
            }
        }
        var result: [Candidate] = []
        for index in tokens.indices where tokens[index].kind == .word && !taken.contains(index) {
            let token = tokens[index]
            guard let first = token.text.first, first.isLowercase, let base = contextualBase(token.folded),
                let entity = contextualTitleEntities[base]
            else { continue }
            if !(afterBody(index, bodyEnds: bodyEnds, tokens: tokens) || personStarts.contains(index + 1)) { continue }
            result.append(
                Candidate(
                    tokens: index..<(index + 1), type: .position, entity: entity, name: token.text, base: base,
                    source: source, confidence: 0.85, specificity: 3))
        }
        return result
    }

    /// The base of a contextual title in the possessive singular (`мүшесінің` -> `мүше`).
    static func contextualBase(_ folded: String) -> String? {
        // Cheap first: every contextual title's word starts with its base (`мүшесі`, `ұстазы`).
        guard contextualTitleEntities.keys.contains(where: { folded.hasPrefix($0) }) else { return nil }
        if isPlural(folded) { return nil }
        let forms = Set(Morphology.matchForms(folded))
        for base in contextualTitleEntities.keys where forms.contains(base) {
            if ["сы", "сі", "ы", "і"].contains(where: { forms.contains(base + $0) }) { return base }
        }
        return nil
    }

    /// Token `index` follows an organisation or place, in the genitive or the bare nominative,
    /// directly or after one lower-case genitive (`академиясының`).
    static func afterBody(_ index: Int, bodyEnds: Set<Int>, tokens: [Token]) -> Bool {
        func bodyEndsAt(_ end: Int) -> Bool {
            guard bodyEnds.contains(end), end > 0 else { return false }
            let last = tokens[end - 1]
            guard last.sentence == tokens[index].sentence else { return false }
            return HeadNounPhrase.genitiveEndings.contains(where: last.folded.hasSuffix) || isBareNominative(last.folded)
                || last.kind != .word
        }
        if bodyEndsAt(index) { return true }
        guard index > 0 else { return false }
        let between = tokens[index - 1]
        guard between.kind == .word, let first = between.text.first, first.isLowercase,
            HeadNounPhrase.genitiveEndings.contains(where: between.folded.hasSuffix)
        else { return false }
        return bodyEndsAt(index - 1)
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
