import ShejireCore
import ShejireText

/// Word-level facts the name rules share: sentence starts, Kazakh case endings that cannot
/// occur inside a name phrase, Russian adjective endings, and the head nouns of every rule
/// family.
enum NameContext {
    /// True if token `i` opens its sentence (or follows a dash that opens it).
    static func isSentenceStart(_ i: Int, _ tokens: [Token]) -> Bool {
        i == 0 || tokens[i - 1].sentence != tokens[i].sentence
            || (tokens[i - 1].kind == .dash && (i < 2 || tokens[i - 2].sentence != tokens[i].sentence))
            || (tokens[i - 1].kind == .quote && (i < 2 || tokens[i - 2].sentence != tokens[i].sentence))
    }

    /// The quote closing the one at `open`: the first quote token at most `within` tokens on,
    /// in the same sentence, or nil.
    static func closingQuote(after open: Int, _ tokens: [Token], within: Int = 8) -> Int? {
        var j = open + 1
        while j < tokens.count, j - open <= within, tokens[j].sentence == tokens[open].sentence {
            if tokens[j].kind == .quote { return j }
            j += 1
        }
        return nil
    }

    /// True if token `i` follows `в`/`во` in its sentence (`в Питере`, `во Франции`).
    static func followsV(_ i: Int, _ tokens: [Token]) -> Bool {
        i > 0 && (tokens[i - 1].folded == "в" || tokens[i - 1].folded == "во") && tokens[i - 1].sentence == tokens[i].sentence
    }

    /// Kazakh endings of the locative (`-да`, `-нде`), ablative (`-дан`, `-нен`), dative
    /// (`-ға`, `-ке`), instrumental (`-мен`, `-пен`) and of the locative attributive
    /// (`-дағы`, `-тегі`): a word in one of these cases ends a noun phrase, so it is never a
    /// modifier inside a name (`Облыста 446 мектеп`, `Ақтаудан Шымкент қаласына`).
    static let obliqueEndings: [String] = [
        "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
        "мен", "бен", "пен", "да", "де", "та", "те", "ға", "ге", "қа", "ке",
    ]

    /// Common nouns whose own last letters look like a locative or dative ending
    /// (`Дүниежүзілік сауда орталығы`, `Еуропа қайта құру және даму банкі`).
    static let caseLikeStems: Set<String> = [
        "сауда", "пайда", "қайта", "орта", "орда", "пошта", "почта", "валюта", "квота", "карта", "планета", "элита",
        "ракета", "анкета", "мета",
    ]

    /// Whether a folded Kazakh word ends in an oblique case ending that leaves a stem of at
    /// least three letters. Words with no Kazakh-specific letter and a Russian look are
    /// checked too, since the endings are the same in Kazakh spellings of foreign names.
    static func hasObliqueEnding(_ folded: String) -> Bool {
        // `-стан` names a country (`Қазақстан`, `Өзбекстан`), it is no ablative.
        if folded.hasSuffix("стан") { return false }
        // Nouns whose stem ends like a case (`сауда` "trade", `орта` "middle").
        if caseLikeStems.contains(folded) { return false }
        let count = folded.count
        for ending in obliqueEndings where folded.hasSuffix(ending) && count - ending.count >= 3 {
            return true
        }
        return false
    }

    /// A Russian adjective in the prepositional masculine or neuter (`российском`,
    /// `государственном`, `федеральном`), which `isRussianAdjective` leaves out because nouns
    /// in the instrumental end in `-ом` too: `-ском`, `-цком`, `-нном`, `-льном`, `-жном`,
    /// `-чном`, six letters or more.
    ///
    /// - Parameter anyHardStem: also `-ном`, `-ьем`, `-нем` (`южном`, `новодевичьем`, `нижнем`)
    ///   and any hard stem before `-ом`, five letters or more (`Старом городе`, `Белом море`;
    ///   session 12). The place rule asks this only of a word before a noun in the
    ///   prepositional or of a compass word, where an instrumental noun cannot stand.
    static func isPrepositionalAdjective(_ folded: String, anyHardStem: Bool = false) -> Bool {
        let count = folded.count
        if count >= 6, ["ском", "цком", "нном", "льном", "жном", "чном"].contains(where: folded.hasSuffix) { return true }
        guard anyHardStem else { return false }
        if count >= 6, ["ном", "ьем", "нем"].contains(where: folded.hasSuffix) { return true }
        guard count >= 5, folded.hasSuffix("ом"), let stemEnd = folded.unicodeScalars.dropLast(2).last else { return false }
        return "бвдзлмнпрстф".unicodeScalars.contains(stemEnd)
    }

    /// Russian adjective endings (nominative and oblique).
    static let russianAdjectiveEndings = [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю",
        "ых", "их", "ыми", "ими",
    ]

    static func isRussianAdjective(_ folded: String) -> Bool {
        folded.count >= 4 && russianAdjectiveEndings.contains { folded.hasSuffix($0) }
    }

    /// A Kazakh adjective or attributive (`-лық`, `-лік`, `-дық`, `-тік`, `-ғы`, `-гі`,
    /// `-лы`, `-лі`): such a word qualifies a following noun and does not start a person's name.
    static func isKazakhAttributive(_ folded: String) -> Bool {
        folded.count >= 5
            && ["лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі", "шіл", "шыл"].contains { folded.hasSuffix($0) }
    }

    /// True if the word has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і).
    static func isKazakhSpelling(_ folded: String) -> Bool {
        folded.unicodeScalars.contains {
            switch $0.value {
            case 0x04D9, 0x0493, 0x049B, 0x04A3, 0x04E9, 0x04B1, 0x04AF, 0x04BB, 0x0456: return true
            default: return false
            }
        }
    }

    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII }
    }

    /// Whether the word is the head noun of an organisation, place or event name
    /// (`министрлігі`, `университет`, `облысы`, `форумы`), so it ends a name phrase
    /// instead of belonging to a person's name.
    static func isHeadNoun(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if OrganisationRule.phrase.head(token) != nil || EventRule.phrase.head(token) != nil { return true }
        let forms = Morphology.matchForms(token.folded)
        return forms.contains { PlaceRule.headsAfter[$0] != nil || PlaceRule.russianPlaceNouns.contains($0) }
    }
}
