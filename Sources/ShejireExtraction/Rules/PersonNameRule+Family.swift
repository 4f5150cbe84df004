import ShejireCore
import ShejireText

/// Russian: names after a word for a family or a relative, and surnames before initials.
///
/// - A relative's noun (`сын`, `вдова`, `брат`, in any case) before an unknown capitalised word
///   makes that word the relative's surname in the genitive, whatever its shape (`Сын
///   Бертолини`, `вдовы Вандерлинда` is `Вандерлинд`).
/// - A family noun (`братья`, `сёстры`, `супруги`, `семья`, `чета`, `династия`, `клан`, in any
///   case) before a surname names a family, not one person: no person is read there (`братьев
///   Ямадаевых`, `в семье Фалькетти`, `Династия Романовых`), as factRuEval annotates.
/// - Neither noun is ever part of a name, also when it opens a sentence (`Братья Карамазовы`,
///   `Клан Кеннеди`).
/// - A capitalised word followed by two or three initials is a surname, whatever its shape
///   (`Бертолини А.В.`, `Вандерлинд И. И.`); one initial alone could be a list letter or an
///   abbreviation.
extension PersonNameRule {
    /// Russian nouns for a family or a couple, in every case form.
    static let russianFamilyNouns: Set<String> = [
        "братья", "братьев", "братьям", "братьями", "братьях",
        "сестры", "сестер", "сестрам", "сестрами", "сестрах",
        "супруги", "супругов", "супругам", "супругами", "супругах",
        "семья", "семьи", "семье", "семью", "семьей", "семьею",
        "семейство", "семейства", "семейству", "семейством", "семействе",
        "чета", "четы", "чете", "чету", "четой",
        "династия", "династии", "династию", "династией",
        "клан", "клана", "клану", "кланом", "клане",
    ]

    /// Whether token `i` is a Russian family noun or a relative's noun (any case).
    static func isFamilyOrRelativeNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[i]
        guard token.kind == .word else { return false }
        return russianFamilyNouns.contains(token.folded)
            || Morphology.matchForms(token.folded).contains { russianKinshipNouns.contains($0) }
    }

    /// Whether the word before token `i` in its sentence is a Russian family noun.
    static func familyNounPrecedes(_ i: Int, _ tokens: [Token]) -> Bool {
        i > 0 && tokens[i - 1].sentence == tokens[i].sentence && russianFamilyNouns.contains(tokens[i - 1].folded)
    }

    /// The initials after token `i` in its sentence (at most three: `А.В.`, `И. И.`).
    static func initials(after i: Int, _ tokens: [Token]) -> [String] {
        var parts: [String] = []
        var end = i + 1
        while end < tokens.count, tokens[end].kind == .initial, tokens[end].sentence == tokens[i].sentence, parts.count < 3 {
            parts.append(tokens[end].text)
            end += 1
        }
        return parts
    }
}
