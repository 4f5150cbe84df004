import ShejireCore
import ShejireText

/// Russian: names after a word for a family or a relative, and surnames before initials.
///
/// - A relative's noun (`сын`, `вдова`, `брат`, in any case) before an unknown capitalised word
///   makes that word the relative's surname in the genitive, whatever its shape (`Сын
///   Бертолини`, `вдовы Торвальдсена` is `Торвальдсен`). After a possessive pronoun the word is
///   the relative's own name in apposition (`Его дочь Ксандра`). Heirs are left out (`наследником
///   СССР`), and so are words in `-ии`/`-ьи` and words the text also writes in lower case (`сыном
///   Неба`).
/// - A family noun (`братья`, `сестёр`, `супругов`, `семья`, `чета`, `династия`, `клан`, `дети`,
///   `родители`, in their case forms; `сестры` and `супруги` are also a singular genitive, so only
///   opening a sentence) before a surname names a family, not one person: no rule reads a person
///   there, and the recall rule does not recall one (`братьев Ямадаевых`, `в семье Фалькетти`,
///   `Династия Романовых`), as factRuEval annotates. A gazetteer's person there is kept (`Чета
///   Обама`).
/// - Neither noun is ever part of a name when it opens a sentence (`Братья Карамазовы`, `Клан
///   Кеннеди`).
/// - A capitalised word followed by two or three initials is a surname, whatever its shape
///   (`Бертолини А.В.`, `Вандерлинд И. И.`), unless a capitalised word follows the initials
///   (`Выступили А.В. Иванов`); one initial alone could be a list letter or an abbreviation.
extension PersonNameRule {
    /// Russian nouns for a family or a couple, in their case forms, less those that are also a
    /// singular genitive (`сестры`, `супруги`).
    static let russianFamilyNouns: Set<String> = [
        "братья", "братьев", "братьям", "братьями", "братьях",
        "сестер", "сестрам", "сестрами", "сестрах",
        "супругов", "супругам", "супругами", "супругах",
        "семья", "семьи", "семье", "семью", "семьей", "семьею", "семей",
        "семейство", "семейства", "семейству", "семейством", "семействе",
        "чета", "четы", "чете", "чету", "четой",
        "династия", "династии", "династию", "династией",
        "клан", "клана", "клану", "кланом", "клане",
        "дети", "детей", "детям", "детьми", "детях", "родители", "родителей", "родителям", "родителями",
    ]

    /// First three letters of the relative's nouns, and of `отца` (a fleeting vowel): only a
    /// word that opens so is analysed.
    static let kinshipStems: Set<String> = Set(russianKinshipNouns.map { String($0.prefix(3)) }).union(["отц"])

    /// Whether token `i` is a Russian family noun or a relative's noun (any case).
    static func isFamilyOrRelativeNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        tokens[i].kind == .word && (russianFamilyNouns.contains(tokens[i].folded) || isRelativeNoun(tokens[i]))
    }

    /// Whether a word is a relative's noun in some case form (`сына`, `вдовы`, `отца`); heirs
    /// count only with `heirs`.
    static func isRelativeNoun(_ token: Token, heirs: Bool = true) -> Bool {
        guard token.kind == .word, kinshipStems.contains(String(token.folded.prefix(3))) else { return false }
        let forms = Morphology.matchForms(token.folded)
        return forms.contains(where: russianKinshipNouns.contains) && (heirs || !forms.contains(where: heirNouns.contains))
    }

    /// Whether the word before token `i` in its sentence is a Russian family noun.
    static func familyNounPrecedes(_ i: Int, _ tokens: [Token]) -> Bool {
        i > 0 && tokens[i - 1].sentence == tokens[i].sentence && russianFamilyNouns.contains(tokens[i - 1].folded)
    }

    /// Heirs, whose heir is more often a state or a company than a person.
    static let heirNouns: Set<String> = ["наследник", "наследница"]
    /// Possessive pronouns before a relative's noun: the name after it is the relative's own.
    static let possessivePronouns: Set<String> = [
        "его", "ее", "их", "мой", "моя", "моего", "моей", "моему", "моим", "моих", "наш", "наша", "нашего",
        "нашей", "ваш", "ваша", "вашего", "вашей", "свой", "своя", "своего", "своей", "своему", "своим", "своих",
    ]

    /// Token `i`, an unknown capitalised word, after a relative's noun: true when it is the
    /// relative's own name in apposition (`Его дочь Ксандра`), false when it is the surname in
    /// the genitive of whose relative (`Сын Бертолини`), nil when it is neither.
    func relativeName(at i: Int, _ c: Context) -> Bool? {
        let tokens = c.tokens
        guard i > 0, tokens[i - 1].sentence == tokens[i].sentence, !Self.familyNounPrecedes(i, tokens),
            Self.isRelativeNoun(tokens[i - 1], heirs: false)
        else { return nil }
        let folded = tokens[i].folded
        if folded.hasSuffix("ии") || folded.hasSuffix("ьи") || c.lowerCase.contains(folded, in: tokens) { return nil }
        return i > 1 && tokens[i - 2].sentence == tokens[i].sentence && Self.possessivePronouns.contains(tokens[i - 2].folded)
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
