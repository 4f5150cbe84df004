import ShejireCore
import ShejireGazetteer
import ShejireText

/// Finds people's names: a known first name with a surname, patronymic or initials, and
/// surnames recognised by their shape.
///
/// Patterns (every word may be inflected, `Назарбаевтың`, `Мустафиной`):
/// - first name, optional patronymic, optional surname: `Әлия Мұстафина`,
///   `Алия Кайратовна Мустафина`, `Қасым-Жомарт Тоқаев`, `Aliya Mustafina`;
/// - surname, first name, optional patronymic (Russian order): `Мустафина Алия Кайратовна`;
/// - initials and a surname, either order: `Ә.Қ. Мұстафина`, `Н.Ә.Назарбаев`, `Мустафина А.К.`;
/// - a capitalised surname by its shape alone (`-ов/-ова`, `-ев/-ева`, `-ин/-ина`,
///   `-ұлы/-қызы`, `-улы/-кызы`, `-ский/-ская`, `-енко`): `Тоқаевқа`;
/// - a known first name alone, not at the start of a sentence: `Абай`.
///
/// A position word just before (`директоры Әлия Мұстафина`) or an honorific just after
/// (`Мұстафина ханым`) raises the confidence. First names come from gazetteer rows of type
/// `given_name`.
public struct PersonNameRule: Extractor {
    public var name: String { "rule:person" }
    /// Script-neutral key of each first name (and alias) -> canonical first name.
    let givenNames: [String: String]

    public init(gazetteer: Gazetteer) {
        var names: [String: String] = [:]
        for entry in gazetteer.entries where entry.kind == "given_name" {
            for name in entry.names {
                let key = Transliteration.matchKey(TextFolding.fold(name.text))
                if names[key] == nil { names[key] = entry.name }
            }
        }
        self.givenNames = names
    }

    static let honorifics: Set<String> = ["мырза", "ханым", "апай", "ағай", "господин", "госпожа", "mr", "mrs", "ms"]

    /// Surname endings (folded); `-ин/-ина` only for words of 5 letters or more.
    static let surnameEndings = [
        "ов", "ова", "ев", "ева", "ёв", "ёва", "ұлы", "қызы", "улы", "кызы", "uly", "kyzy", "ский", "ская", "цкий",
        "цкая", "енко", "ova", "ov", "eva", "ev", "ин", "ина", "ын", "ына", "ин",
    ]
    static let patronymicEndings = ["ович", "евич", "овна", "евна", "ична", "инична", "ьич"]

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        var result: [Candidate] = []
        var positionEnds = Set<Int>()
        for candidate in found where candidate.type == .position { positionEnds.insert(candidate.tokens.upperBound) }
        var i = 0
        while i < tokens.count {
            if let candidate = match(at: i, tokens: tokens, positionEnds: positionEnds) {
                result.append(candidate)
                i = candidate.tokens.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    func match(at i: Int, tokens: [Token], positionEnds: Set<Int>) -> Candidate? {
        let token = tokens[i]
        // Initials first: `Ә.Қ. Мұстафина`.
        if token.kind == .initial {
            var j = i
            var initials: [String] = []
            while j < tokens.count, tokens[j].kind == .initial, j - i < 3 { initials.append(tokens[j].text); j += 1 }
            if j < tokens.count, isNameWord(tokens[j]), let surname = surnameBase(tokens[j]) ?? plainBase(tokens[j]) {
                return make(i..<(j + 1), given: nil, patronymic: nil, surname: surname, initials: initials.joined(),
                            confidence: 0.85, tokens: tokens, positionEnds: positionEnds)
            }
            return nil
        }
        guard isNameWord(token) else { return nil }
        let given = givenName(token)
        let surname = surnameBase(token)
        if let given {
            var end = i + 1
            var patronymic: String? = nil
            var last: String? = nil
            if end < tokens.count, isNameWord(tokens[end]), let p = patronymicBase(tokens[end]) {
                patronymic = p
                end += 1
            }
            if end < tokens.count, isNameWord(tokens[end]), tokens[end].sentence == token.sentence,
                givenName(tokens[end]) == nil || surnameBase(tokens[end]) != nil
            {
                last = surnameBase(tokens[end]) ?? plainBase(tokens[end])
                end += 1
            }
            if patronymic == nil, last != nil, end < tokens.count, isNameWord(tokens[end]),
                let p = patronymicBase(tokens[end])
            {
                patronymic = p
                end += 1
            }
            if last == nil && patronymic == nil {
                // A first name alone: only when it is not just a capitalised sentence start,
                // unless a surname-shaped word makes it a name.
                if let surname, surname != TextFolding.fold(given) {
                    return make(i..<(i + 1), given: nil, patronymic: nil, surname: surname, initials: nil,
                                confidence: 0.7, tokens: tokens, positionEnds: positionEnds)
                }
                let sentenceStart = i == 0 || tokens[i - 1].sentence != token.sentence
                if sentenceStart && !positionEnds.contains(i) { return nil }
                return make(i..<(i + 1), given: given, patronymic: nil, surname: nil, initials: nil,
                            confidence: 0.6, tokens: tokens, positionEnds: positionEnds)
            }
            return make(i..<end, given: given, patronymic: patronymic, surname: last, initials: nil,
                        confidence: last != nil ? 0.85 : 0.75, tokens: tokens, positionEnds: positionEnds)
        }
        if let surname {
            // Russian order: surname, first name, patronymic; or surname and initials.
            var end = i + 1
            var firstName: String? = nil
            var patronymic: String? = nil
            var initials: String? = nil
            if end < tokens.count, isNameWord(tokens[end]), let g = givenName(tokens[end]) {
                firstName = g
                end += 1
                if end < tokens.count, isNameWord(tokens[end]), let p = patronymicBase(tokens[end]) {
                    patronymic = p
                    end += 1
                }
            } else if end < tokens.count, tokens[end].kind == .initial {
                var parts: [String] = []
                while end < tokens.count, tokens[end].kind == .initial, parts.count < 3 {
                    parts.append(tokens[end].text)
                    end += 1
                }
                initials = parts.joined()
            }
            return make(i..<end, given: firstName, patronymic: patronymic, surname: surname, initials: initials,
                        confidence: firstName != nil || initials != nil ? 0.85 : 0.65, tokens: tokens,
                        positionEnds: positionEnds)
        }
        return nil
    }

    func make(
        _ range: Range<Int>, given: String?, patronymic: String?, surname: String?, initials: String?,
        confidence: Double, tokens: [Token], positionEnds: Set<Int>
    ) -> Candidate {
        var parts: [String] = []
        if let initials { parts.append(initials) }
        if let given { parts.append(given) }
        if let patronymic { parts.append(patronymic) }
        if let surname { parts.append(surname) }
        let base = parts.joined(separator: " ")
        var score = confidence
        if positionEnds.contains(range.lowerBound) { score += 0.1 }
        if range.upperBound < tokens.count, Self.honorifics.contains(tokens[range.upperBound].folded) { score += 0.1 }
        var attributes: [String: String] = [:]
        if let given { attributes["given_name"] = given }
        if let surname { attributes["surname"] = surname }
        if let patronymic { attributes["patronymic"] = patronymic }
        if let initials { attributes["initials"] = initials }
        return Candidate(
            tokens: range, type: .person, entity: "person:" + Slug.make(base), name: base, base: base,
            source: name, confidence: min(0.95, score), attributes: attributes, specificity: 3)
    }

    /// A capitalised word of letters (not an acronym).
    func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !token.isAllUpper
            && !token.text.unicodeScalars.contains { ("0"..."9").contains($0) }
    }

    /// The canonical first name a word stands for, if any.
    func givenName(_ token: Token) -> String? {
        guard !givenNames.isEmpty else { return nil }
        for form in Morphology.matchForms(token.folded) {
            if let name = givenNames[Transliteration.matchKey(form)] { return name }
        }
        return nil
    }

    /// The base form of a surname-shaped word, capitalised, if it has a surname's shape.
    func surnameBase(_ token: Token) -> String? {
        for form in Morphology.matchForms(token.folded) where Self.hasSurnameShape(form) {
            return Self.capitalize(form)
        }
        return nil
    }

    static func hasSurnameShape(_ form: String) -> Bool {
        let letters = form.count
        guard letters >= 4 else { return false }
        for ending in surnameEndings where form.hasSuffix(ending) {
            if (ending == "ин" || ending == "ина" || ending == "ын" || ending == "ына") && letters < 5 { continue }
            return true
        }
        return false
    }

    func patronymicBase(_ token: Token) -> String? {
        for form in Morphology.matchForms(token.folded) where Self.patronymicEndings.contains(where: { form.hasSuffix($0) }) {
            return Self.capitalize(form)
        }
        return nil
    }

    /// The most plausible base of a capitalised word that is not surname-shaped.
    func plainBase(_ token: Token) -> String? {
        Self.capitalize(Morphology.candidateBases(token.folded).first ?? token.folded)
    }

    /// Capitalises the first letter and every letter after a hyphen.
    static func capitalize(_ folded: String) -> String {
        var out = ""
        var upper = true
        for ch in folded {
            out += upper ? ch.uppercased() : String(ch)
            upper = ch == "-"
        }
        return out
    }
}
