import ShejireCore
import ShejireGazetteer
import ShejireText

/// Proposes the holder and the owner that a Russian position phrase names, when no earlier
/// rule found them: `премьер-министр Эстонии ⟦Андрус Ансип⟧` (a person),
/// `депутат ⟦муниципального собрания района Отрадное⟧ Михаил Вельмакин`,
/// `координатор ⟦движения «Левый фронт»⟧ Сергей Удальцов` (organisations).
///
/// It runs after every entity rule and only on tokens no earlier candidate covers (or that a
/// shorter candidate covers: the overlap resolver then prefers the longer phrase), so that
/// `holds_position` can find holders whose names no gazetteer or name rule knows.
///
/// From each position title P (a gazetteer position), it walks right through the title phrase:
/// - further titles (`заместитель ⟦председателя⟧`), lower-case genitive dependents
///   (`министр ⟦торговли⟧`, `министра ⟦иностранных дел⟧`), place and organisation mentions (the
///   owner: `Эстонии`, `Министерства сельского хозяйства`) and the prepositions `в`, `при`,
///   `по`, `от`, `и` between them (`посол Японии в России`);
/// - an **organisation phrase**: uncovered words from an organisation head noun
///   (`движения`, `партии`, `комитета`, `собрания`, `газеты`, ...) or an acronym, with the
///   genitive words and a quoted name after it (`движения «Солидарность»`); proposed as an
///   organisation;
/// - then the **holder**: one to three capitalised words that are not an acronym, a head noun
///   or a genitive adjective followed by lower-case words (`Исламского комитета`), ending before
///   a lower-case word, punctuation or the end of the sentence; proposed as a person.
///
/// Only Russian (and other Cyrillic) text is walked this way; Kazakh puts the person after the
/// title too, but its genitive is marked on the owner, which the gazetteer and organisation
/// rules already cover.
public struct PositionPhraseRule: Extractor {
    public let name = "rule:position-phrase"
    /// Where the places that geographic adjectives name are looked up (`российский` →
    /// `place:russia`); without it no adjective is proposed.
    let gazetteer: Gazetteer?
    /// One-word position titles of the gazetteer by their folded Russian forms (`директор` →
    /// `position:director`), for the head of a title whose tail an organisation took.
    let titleWords: [String: TitleWord]

    struct TitleWord: Sendable {
        var id: String
        var name: String
        var base: String
        var source: String
    }

    public init(gazetteer: Gazetteer? = nil) {
        self.gazetteer = gazetteer
        var words: [String: TitleWord] = [:]
        for entry in gazetteer?.entries(ofKind: "position") ?? [] {
            for name in entry.names where name.language == "ru" && !name.text.contains(" ") {
                let folded = TextFolding.fold(name.text)
                if words[folded] == nil {
                    words[folded] = TitleWord(id: entry.id, name: entry.name, base: name.text, source: entry.source)
                }
            }
        }
        self.titleWords = words
    }

    /// Stems of organisation head nouns (folded), matched as word prefixes.
    static let organisationHeads = [
        "министерств", "минобороны", "минфин", "минкомсвяз", "минюст", "минэконом", "минздрав", "мчс", "мид",
        "комитет", "совет", "движени", "парти", "союз", "фонд", "центр", "институт", "университет", "агентств",
        "служб", "пресс-служб", "управлени", "департамент", "отдел", "палат", "собрани", "дум", "суд", "прокуратур",
        "администраци", "правительств", "меджлис", "банк", "компани", "корпораци", "концерн", "холдинг", "газет",
        "журнал", "еженедельник", "ежедневник", "издани", "агентств", "телеканал", "радиостанци", "редакци",
        "академи", "ассоциаци", "федераци", "конгресс", "сенат", "парламент", "фракци", "орган", "ведомств",
        "представительств", "посольств", "консульств", "миссии", "миссия", "комисси", "организаци", "объединени",
        "сборн", "команд", "клуб", "театр", "музе", "библиотек", "школ", "лицей", "колледж", "завод", "фабрик",
        "предприяти", "обком", "горком", "райком", "цех", "бюро", "группы", "группа", "инспекци", "штаб", "делегаци",
    ]

    /// Words that may stand between a title and its owner or holder.
    static let linkWords: Set<String> = ["в", "во", "при", "по", "от", "и", "на"]
    /// Prepositions inside organisation names (`Движения против нелегальной иммиграции`).
    static let prepositions: Set<String> = ["против", "при", "по", "для", "за", "с", "со", "на", "в", "и", "от"]

    /// Lower-case endings of genitive dependents (`торговли`, `иностранных`, `дел`, `финансов`).
    static let genitiveEndings = [
        "а", "я", "ы", "и", "ов", "ев", "ёв", "ей", "ого", "его", "ой", "ей", "ых", "их", "ии", "ств", "дел",
    ]

    /// Endings that make a lower-case word a verb or a short form rather than a genitive dependent.
    static let verbEndings = ["ла", "ли", "ло", "ет", "ит", "ут", "ют", "ат", "ят", "ся", "ть", "сь", "вши"]

    public func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate] {
        let tokens = document.tokens
        guard !tokens.isEmpty else { return [] }
        // The longest earlier candidate covering each token.
        var cover = [Int?](repeating: nil, count: tokens.count)
        for (index, candidate) in found.enumerated() {
            for t in candidate.tokens where cover[t].map({ found[$0].tokens.count < candidate.tokens.count }) ?? true {
                cover[t] = index
            }
        }
        // The base forms of the last words of multi-word person names, for lone surnames.
        var surnames = Set<String>()
        for candidate in found where candidate.type == .person && candidate.tokens.count >= 2 {
            surnames.formUnion(RussianMorphology.matchForms(tokens[candidate.tokens.upperBound - 1].folded))
        }
        var proposed: [Candidate] = []
        var walked = Set<Int>()
        let positions = found.filter { $0.type == .position }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for position in positions {
            if let head = titleHead(position, document: document, found: found) { proposed.append(head) }
        }
        for position in positions where !walked.contains(position.tokens.upperBound) {
            walked.insert(position.tokens.upperBound)
            // A title word inside a longer organisation's name is no title (`в статье ⟦Частного
            // корреспондента⟧ «...»`: the quoted title after it is no owner; session 10).
            if let c = cover[position.tokens.lowerBound], found[c].type == .organisation,
                found[c].tokens.count > position.tokens.count, found[c].tokens.contains(position.tokens.upperBound - 1)
            {
                continue
            }
            guard Self.isCyrillic(tokens[position.tokens.lowerBound].folded) else { continue }
            if document.document.language != "kk", Self.isPlural(tokens[position.tokens.upperBound - 1].folded) { continue }
            if !PositionRelationRule.professions.contains(position.entity),
                let owner = adjectiveOwner(before: position.tokens.lowerBound, document: document, cover: cover)
            {
                proposed.append(owner)
            }
            proposed += walk(
                from: position.tokens.upperBound, document: document, found: found, cover: cover, surnames: surnames)
            if let holder = appositionHolder(before: position.tokens.lowerBound, document: document, cover: cover) {
                proposed.append(person(holder, document))
            }
        }
        return proposed
    }

    /// Walks the phrase after a title ending at token `start`; returns what it proposes.
    func walk(from start: Int, document: AnalyzedDocument, found: [Candidate], cover: [Int?], surnames: Set<String>)
        -> [Candidate]
    {
        let tokens = document.tokens
        let sentence = tokens[start - 1].sentence
        var proposed: [Candidate] = []
        var i = start
        var organisationStart: Int?
        var steps = 0
        var afterPreposition = false
        func closeOrganisation(at end: Int) {
            guard let begin = organisationStart, begin < end else { organisationStart = nil; return }
            var upper = end
            while upper > begin, tokens[upper - 1].kind == .punctuation || Self.linkWords.contains(tokens[upper - 1].folded)
                || Self.prepositions.contains(tokens[upper - 1].folded)
            {
                upper -= 1
            }
            if upper > begin, !Self.isCommonBodyPhrase(begin..<upper, tokens) { proposed.append(organisation(begin..<upper, document)) }
            organisationStart = nil
        }
        func isPersonOrFree(_ t: Int) -> Bool { cover[t] == nil || found[cover[t]!].type == .person }
        while i < tokens.count, tokens[i].sentence == sentence, steps < 16 {
            steps += 1
            let token = tokens[i]
            let folded = token.folded
            let followsLink = afterPreposition
            afterPreposition = false
            if let c = cover[i] {
                let candidate = found[c]
                switch candidate.type {
                case .position, .place, .organisation, .date:
                    closeOrganisation(at: i)
                    i = max(i + 1, candidate.tokens.upperBound)
                    continue
                case .person where candidate.tokens.count == 1 && Self.isAdjective(folded)
                    && i + 1 < tokens.count && !tokens[i + 1].isCapitalized && tokens[i + 1].isWord:
                    // `Исламского комитета`: an adjective the name rule took for a person.
                    if organisationStart == nil { organisationStart = i }
                    i += 1
                    continue
                default:
                    closeOrganisation(at: i)
                    return proposed
                }
            }
            if token.kind == .quote, organisationStart != nil {
                // A quoted name after a head noun: `движения «Левый фронт»`.
                var j = i + 1
                while j < tokens.count, tokens[j].sentence == sentence, tokens[j].kind != .quote, j - i < 8 { j += 1 }
                guard j < tokens.count, tokens[j].kind == .quote else { break }
                i = j + 1
                continue
            }
            if token.kind == .quote, organisationStart == nil, document.document.language != "kk" {
                // `солист ⟦«Телевизора»⟧`, `лидер московского ⟦«Центра»⟧`: a quoted name after the
                // title (and its adjectives) is the owner, an organisation. Not in Kazakh, where
                // the owner comes before the title.
                var j = i + 1
                while j < tokens.count, tokens[j].sentence == sentence, tokens[j].kind != .quote, j - i < 6 { j += 1 }
                // Words inside may be a place or a person of their own (`«Эха ⟦Москвы⟧»`), not
                // anything reaching out of the quotes.
                let inside = (i + 1)..<j
                guard j < tokens.count, tokens[j].kind == .quote, j > i + 1, tokens[i + 1].isCapitalized,
                    inside.allSatisfy({ t in
                        guard tokens[t].isWord else { return false }
                        guard let c = cover[t] else { return true }
                        return (found[c].type == .place || found[c].type == .person)
                            && found[c].tokens.lowerBound >= inside.lowerBound && found[c].tokens.upperBound <= inside.upperBound
                    })
                else { break }
                // With the adjectives before it, as factRuEval spans it (`ленинградского «Телевизора»`).
                var begin = i
                while begin > start, cover[begin - 1] == nil, tokens[begin - 1].isWord, !tokens[begin - 1].isCapitalized,
                    Self.isAdjective(tokens[begin - 1].folded)
                {
                    begin -= 1
                }
                proposed.append(organisation(begin..<(j + 1), document))
                i = j + 1
                continue
            }
            guard token.isWord else { break }
            // The heads are Russian: in a Kazakh document `суды` is "water" (accusative), not `суд`.
            if (Self.isOrganisationHead(folded) && (document.document.language != "kk" || token.isCapitalized))
                || (token.isAllUpper && folded.count >= 2)
            {
                if organisationStart == nil {
                    // Take in the lower-case adjectives before the head: `муниципального собрания`.
                    var begin = i
                    while begin > start, cover[begin - 1] == nil, !tokens[begin - 1].isCapitalized,
                        Self.isAdjective(tokens[begin - 1].folded)
                    {
                        begin -= 1
                    }
                    organisationStart = begin
                }
                i += 1
                continue
            }
            if !token.isCapitalized {
                if Self.degreeAdverbs.contains(folded), i + 1 < tokens.count, tokens[i + 1].sentence == sentence,
                    Self.isAdjective(tokens[i + 1].folded)
                {
                    i += 1
                    continue
                }
                if Self.linkWords.contains(folded) || (organisationStart != nil && Self.prepositions.contains(folded)) {
                    afterPreposition = folded != "и"
                    i += 1
                    continue
                }
                // After a preposition any form goes (`при прокуратуре`, `по делам`).
                guard followsLink || Self.isGenitiveDependent(folded) || Self.isAdjective(folded) else { break }
                i += 1
                continue
            }
            // A capitalised word: part of an organisation name (`Конституционного суда`,
            // `Движения против ...`) when lower-case words follow it, otherwise the holder's name.
            var end = i
            while end < tokens.count, tokens[end].sentence == sentence, tokens[end].isWord, tokens[end].isCapitalized,
                !tokens[end].isAllUpper, end - i < 4,
                isPersonOrFree(end) || (end > i && cover[end] != nil && found[cover[end]!].tokens.count == 1)
            {
                end += 1
            }
            let next = end < tokens.count && tokens[end].sentence == sentence ? tokens[end] : nil
            let nextIsDependent = next.map {
                $0.isWord && !$0.isCapitalized && !Self.linkWords.contains($0.folded)
                    && (Self.isGenitiveDependent($0.folded) || Self.isAdjective($0.folded))
            } ?? false
            if end - i == 1, Self.isAdjective(folded) || followsLink, nextIsDependent {
                if organisationStart == nil { organisationStart = i }
                i += 1
                continue
            }
            closeOrganisation(at: i)
            // No name right after a preposition (`по Санкт-Петербургу и Ленобласти`), none followed
            // by a dependent word (`в Северо-Кавказском федеральном округе`), none of more than three words.
            if followsLink || (i > start && Self.linkWords.contains(tokens[i - 1].folded)) || nextIsDependent {
                return proposed
            }
            let count = end - i
            guard count >= 1, count <= 3, next.map({ !($0.isWord && $0.isCapitalized) }) ?? true else { return proposed }
            // `губернатор ⟦Приморья⟧ Сергей Дарькин`: a word before a known full name is the owner.
            if count >= 2, cover[i] == nil, let c = cover[i + 1], found[c].type == .person, found[c].tokens.lowerBound == i + 1,
                found[c].tokens.count >= 2
            {
                proposed.append(place(i..<(i + 1), document))
                return proposed
            }
            if count == 1 {
                // A lone word is a holder only if it is the surname of a person named elsewhere.
                guard cover[i] == nil, !Self.isAdjective(folded),
                    !Set(RussianMorphology.matchForms(folded)).isDisjoint(with: surnames)
                else { return proposed }
            }
            proposed.append(person(i..<end, document))
            return proposed
        }
        closeOrganisation(at: i)
        return proposed
    }

    /// `⟦Директор⟧ департамента информации МИД РФ`: a title of two or more words (`директор
    /// департамента`) whose tail starts a longer organisation or place loses to it in the overlap
    /// resolution; its first word, when that is a title of its own, is proposed alone.
    func titleHead(_ position: Candidate, document: AnalyzedDocument, found: [Candidate]) -> Candidate? {
        guard position.tokens.count >= 2, document.document.language != "kk" else { return nil }
        let range = position.tokens
        guard
            found.contains(where: { c in
                (c.type == .organisation || c.type == .place) && c.tokens.lowerBound > range.lowerBound
                    && c.tokens.lowerBound < range.upperBound && c.tokens.upperBound > range.upperBound
                    && c.tokens.count > range.count
            })
        else { return nil }
        let first = document.tokens[range.lowerBound]
        guard first.isWord,
            let word = RussianMorphology.matchForms(first.folded).lazy.compactMap({ self.titleWords[$0] }).first
        else { return nil }
        return Candidate(
            tokens: range.lowerBound..<(range.lowerBound + 1), type: .position, entity: word.id, name: word.name,
            base: word.base, source: word.source, confidence: 0.9, specificity: 10)
    }

    /// `⟦Татьяна Скригонюк⟧, заместитель начальника ...`: two or three uncovered capitalised
    /// words right before a comma and the title, with no capitalised word before them.
    func appositionHolder(before title: Int, document: AnalyzedDocument, cover: [Int?]) -> Range<Int>? {
        let tokens = document.tokens
        guard title >= 3, tokens[title - 1].folded == ",", tokens[title - 1].sentence == tokens[title].sentence else {
            return nil
        }
        let end = title - 1
        var begin = end
        while begin > 0, end - begin < 3, tokens[begin - 1].sentence == tokens[title].sentence, tokens[begin - 1].isWord,
            tokens[begin - 1].isCapitalized, !tokens[begin - 1].isAllUpper, cover[begin - 1] == nil
        {
            begin -= 1
        }
        guard end - begin >= 2 else { return nil }
        if begin > 0, tokens[begin - 1].sentence == tokens[title].sentence, tokens[begin - 1].isWord,
            tokens[begin - 1].isCapitalized
        {
            return nil
        }
        if (begin..<end).contains(where: { Self.isOrganisationHead(tokens[$0].folded) || Self.isAdjective(tokens[$0].folded) }) {
            return nil
        }
        return begin..<end
    }

    /// `⟦российский⟧ президент`, `⟦подмосковного⟧ губернатора`: an uncovered geographic
    /// adjective right before the title, proposed as the place it names (a gazetteer entry, see
    /// `PlaceAdjective`), with the attribute `adjective`.
    func adjectiveOwner(before title: Int, document: AnalyzedDocument, cover: [Int?]) -> Candidate? {
        let tokens = document.tokens
        guard let gazetteer, title >= 1, cover[title - 1] == nil, tokens[title - 1].isWord,
            tokens[title - 1].sentence == tokens[title].sentence, !tokens[title - 1].isAllUpper,
            let id = PlaceAdjective.placeID(tokens[title - 1].folded), let entry = gazetteer[id]
        else { return nil }
        return Candidate(
            tokens: (title - 1)..<title, type: .place, entity: entry.id, name: entry.name,
            base: tokens[title - 1].folded, source: name, confidence: 0.6, attributes: ["adjective": "true"],
            specificity: 0)
    }

    func person(_ range: Range<Int>, _ document: AnalyzedDocument) -> Candidate {
        let words = range.map { index -> String in
            let base = RussianMorphology.candidateBases(document.tokens[index].folded).first ?? document.tokens[index].folded
            return base.prefix(1).uppercased() + base.dropFirst()
        }
        let base = words.joined(separator: " ")
        var attributes: [String: String] = [:]
        if range.count >= 2 {
            attributes["surname"] = words.last
            attributes["given_name"] = words.first
        } else {
            attributes["surname"] = words[0]
        }
        return Candidate(
            tokens: range, type: .person, entity: "person:" + Slug.make(base), name: base, base: base, source: name,
            confidence: 0.6, attributes: attributes, specificity: 0)
    }

    func organisation(_ range: Range<Int>, _ document: AnalyzedDocument) -> Candidate {
        let text = document.text(ofTokens: range)
        return Candidate(
            tokens: range, type: .organisation, entity: "org:" + Slug.make(text), name: text, base: text, source: name,
            confidence: 0.55, specificity: 0)
    }

    func place(_ range: Range<Int>, _ document: AnalyzedDocument) -> Candidate {
        let text = document.text(ofTokens: range)
        let base = RussianMorphology.candidateBases(document.tokens[range.lowerBound].folded).first ?? text
        let name = base.prefix(1).uppercased() + base.dropFirst()
        return Candidate(
            tokens: range, type: .place, entity: "place:" + Slug.make(name), name: name, base: name, source: self.name,
            confidence: 0.5, specificity: 0)
    }

    /// A Russian plural title (`представители`, `депутаты`), which names no one person.
    /// `главы` (genitive singular of `глава`) is not one, nor the indeclinable `замглавы`
    /// (`Замглавы ФМС России Михаил Тюркин`) or `вице-главы`.
    static func isPlural(_ folded: String) -> Bool {
        guard isCyrillic(folded), folded.count > 4 else { return false }
        if folded.hasSuffix("и") { return !folded.hasSuffix("ии") }
        if folded.hasSuffix("ы") { return !folded.hasSuffix("главы") }
        return false
    }

    /// Adverbs of degree that may stand before an adjective of a title phrase (`лидер французского
    /// ⟦крайне⟧ правого Национального фронта`, `⟦наиболее⟧ влиятельной партии`).
    static let degreeAdverbs: Set<String> = [
        "крайне", "очень", "весьма", "наиболее", "более", "менее", "самой", "самого", "самых", "ультра", "сугубо",
    ]

    /// Whether a lower-case phrase after a title names no one body: a plural one, its adjectives
    /// or the head itself in a plural form (`главы правительств`, `представителей радикальных
    /// организаций`). A bare singular head stays: it is the owner of the title (`заместитель
    /// председателя правительства`).
    static func isCommonBodyPhrase(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return false }
        guard let h = range.first(where: { isOrganisationHead(tokens[$0].folded) }) else { return false }
        let pluralAdjective = (range.lowerBound..<h).contains { i in
            ["ых", "их", "ыми", "ими"].contains(where: tokens[i].folded.hasSuffix)
        }
        let pluralHead = ["ств", "ций", "ов", "ами", "ах"].contains(where: tokens[h].folded.hasSuffix)
        return pluralAdjective || pluralHead
    }

    static func isOrganisationHead(_ folded: String) -> Bool {
        organisationHeads.contains { folded.hasPrefix($0) }
    }

    static func isAdjective(_ folded: String) -> Bool {
        ["ого", "его", "ой", "ый", "ий", "ая", "яя", "ое", "ее", "ых", "их", "ому", "ему", "ном", "ском", "ым", "ими", "ыми"].contains { folded.hasSuffix($0) }
            && folded.count > 4
    }

    static func isGenitiveDependent(_ folded: String) -> Bool {
        if isVerb(folded) { return false }
        return genitiveEndings.contains { folded.hasSuffix($0) }
    }

    /// A verb form by its ending. A past tense in `-ла/-ли/-ло` has a vowel before it
    /// (`заявили`, `была`); after a consonant it is a noun (`торговли`).
    static func isVerb(_ folded: String) -> Bool {
        guard let ending = verbEndings.first(where: { folded.hasSuffix($0) }) else { return false }
        guard ["ла", "ли", "ло"].contains(ending) else { return true }
        let before = folded.dropLast(2).last
        return before.map { "аеёиоуыэюя".contains($0) } ?? true
    }

    static func isCyrillic(_ folded: String) -> Bool {
        folded.unicodeScalars.contains { $0.value >= 0x0400 && $0.value <= 0x04FF }
    }
}
