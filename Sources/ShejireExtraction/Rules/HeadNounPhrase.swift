import ShejireCore
import ShejireText

/// Finds name phrases built around a head noun, the shape Kazakh and Russian give to the
/// names of organisations, places and events.
///
/// Kazakh puts modifiers before the head (`Сыртқы істер министрлігі`,
/// `Халықаралық архивтер конгресі`): the phrase reaches left from the head over up to six
/// words of the same sentence, and starts at the leftmost capitalised word (lower-case words
/// in between are kept). Russian puts the head first (`Министерство иностранных дел`,
/// `Евразийский национальный университет`): capitalised adjectives before it are kept, and
/// the phrase reaches right over genitive words up to a preposition or punctuation.
/// A sentence-initial capital on a common word (`Бұл`, `Бүгін`, `Сегодня`) does not start
/// a name.
struct HeadNounPhrase {
    /// Kazakh head lemmas (folded), e.g. `министрлік`.
    let kazakhHeads: Set<String>
    /// Russian head lemmas (folded), e.g. `министерство`.
    let russianHeads: Set<String>
    /// English heads (folded), e.g. `congress`; English is treated like Kazakh (modifiers first).
    let englishHeads: Set<String>

    static let sentenceStarters: Set<String> = [
        "бұл", "осы", "ол", "сол", "бүгін", "кеше", "биыл", "ал", "енді", "сондай-ақ", "мұнда", "оның", "айта",
        "сонымен", "қазір", "сондықтан", "алайда", "бірақ", "және", "дегенмен", "жалпы", "өз", "барлық", "бұған",
        "бұдан", "мысалы", "сонда", "кейін", "былтыр", "сондай", "соның", "мен", "біз", "олар", "атап", "сонымен қатар",
        "это", "этот", "эта", "сегодня", "вчера", "в", "на", "по", "с", "и", "но", "а", "также", "как", "при", "для",
        "the", "a", "an", "in", "on", "at", "this", "that", "and", "but", "for", "of",
    ]
    static let pluralEndings = ["лар", "лер", "дар", "дер", "тар", "тер"]

    static let russianStops: Set<String> = [
        "в", "во", "на", "с", "со", "по", "для", "о", "об", "при", "к", "у", "от", "до", "за", "из", "под", "над",
        "что", "который", "которая", "которое", "которые", "это", "не", "как", "а", "но", "или",
    ]

    /// Whether a token is one of the heads; returns its language group.
    func head(_ token: Token) -> HeadKind? {
        guard token.kind == .word else { return nil }
        let forms = Morphology.matchForms(token.folded)
        if let index = forms.firstIndex(where: kazakhHeads.contains) {
            // A Kazakh name ends in its head in the possessive (`министрлігі`, `кеңесінің`) or
            // in the bare head (`Парламент`); a plural (`архивтерді`) is a common noun.
            let stages = forms[..<index]
            if stages.contains(where: { Self.pluralEndings.contains(where: $0.hasSuffix) }) { return nil }
            return .kazakh
        }
        if forms.contains(where: russianHeads.contains) { return .russian }
        if englishHeads.contains(token.folded) || (token.folded.hasSuffix("s") && englishHeads.contains(String(token.folded.dropLast()))) {
            return .english
        }
        return nil
    }

    enum HeadKind { case kazakh, russian, english }

    /// The phrase around the head at `h`, or nil when it has no name-like modifier.
    func phrase(at h: Int, kind: HeadKind, tokens: [Token], blocked: (Int) -> Bool) -> Range<Int>? {
        switch kind {
        case .kazakh, .english: return leftPhrase(h, tokens: tokens, blocked: blocked)
        case .russian: return rightPhrase(h, tokens: tokens, blocked: blocked)
        }
    }

    func isSentenceStart(_ i: Int, _ tokens: [Token]) -> Bool {
        i == 0 || tokens[i - 1].sentence != tokens[i].sentence
            || (tokens[i - 1].kind == .dash && (i < 2 || tokens[i - 2].sentence != tokens[i].sentence))
    }

    func capitalisedName(_ i: Int, _ tokens: [Token]) -> Bool {
        let t = tokens[i]
        guard (t.kind == .word || t.kind == .number) && (t.isCapitalized || t.kind == .number) else { return false }
        if isSentenceStart(i, tokens) && Self.sentenceStarters.contains(t.folded) { return false }
        return t.kind == .word
    }

    func leftPhrase(_ h: Int, tokens: [Token], blocked: (Int) -> Bool) -> Range<Int>? {
        var start: Int? = tokens[h].isCapitalized && !(isSentenceStart(h, tokens) && Self.sentenceStarters.contains(tokens[h].folded)) ? h : nil
        var j = h - 1
        while j >= 0, h - j <= 6, tokens[j].sentence == tokens[h].sentence, !blocked(j) {
            let t = tokens[j]
            guard t.kind == .word || t.kind == .number else { break }
            if capitalisedName(j, tokens) { start = j }
            j -= 1
        }
        guard let s = start else { return nil }
        // A lone capitalised head opening a sentence (`Конгресс ...`, `Форумның ...`) is a common noun.
        if s == h && isSentenceStart(h, tokens) { return nil }
        return s..<(h + 1)
    }

    func rightPhrase(_ h: Int, tokens: [Token], blocked: (Int) -> Bool) -> Range<Int>? {
        var start = h
        var j = h - 1
        while j >= 0, h - j <= 3, tokens[j].sentence == tokens[h].sentence, tokens[j].kind == .word, !blocked(j),
            Self.isAdjective(tokens[j].folded)
        {
            if capitalisedName(j, tokens) { start = j }
            j -= 1
        }
        if start == h && !tokens[h].isCapitalized { return nil }
        var end = h + 1
        while end < tokens.count, end - h <= 6, tokens[end].sentence == tokens[h].sentence, tokens[end].kind == .word,
            !blocked(end), !Self.russianStops.contains(tokens[end].folded)
        {
            if tokens[end].folded == "и" {
                guard end + 1 < tokens.count, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized else { break }
            }
            end += 1
        }
        if start == h && end == h + 1 && isSentenceStart(h, tokens) { return nil }
        return start..<end
    }

    static func isAdjective(_ folded: String) -> Bool {
        ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ой", "ую"]
            .contains { folded.hasSuffix($0) }
    }
}
