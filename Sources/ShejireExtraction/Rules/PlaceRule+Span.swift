import ShejireCore
import ShejireText

/// The span convention for Kazakh place names with a descriptor.
extension PlaceRule {
    /// Kazakh descriptors that follow the name of a city, district, village, settlement or
    /// area (`Алматы қаласында`, `Мұнайлы ауданындағы`, `Ертіс өңірінде`).
    static let trailingDescriptors: Set<String> = ["қаласы", "ауданы", "ауылы", "аулы", "кенті", "өңірі"]

    /// Leaves a trailing Kazakh descriptor out of a place mention: the name of a city,
    /// district, village or area is the word(s) before `қаласы`, `ауданы`, `ауылы`,
    /// `кенті`, `өңірі` (`⟦Алматы⟧ қаласында`), as KazNERD annotates it. `облысы` stays in
    /// the span (`⟦Түркістан облысы⟧`): without it the name would be the city's. The entity,
    /// name and attributes (`placetype`) are kept.
    ///
    /// Runs on resolved mentions, so a place inside a longer organisation name is untouched.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func trimDescriptors(_ candidates: inout [Candidate], tokens: [Token]) {
        for index in candidates.indices where candidates[index].type == .place && candidates[index].tokens.count >= 2 {
            let range = candidates[index].tokens
            let last = tokens[range.upperBound - 1]
            guard last.kind == .word, !last.isCapitalized, !NameContext.isLatin(last.text) else { continue }
            let forms = Morphology.matchForms(last.folded)
            guard forms.contains(where: trailingDescriptors.contains) else { continue }
            candidates[index].tokens = range.lowerBound..<(range.upperBound - 1)
            candidates[index].attributes["descriptor"] = last.text
        }
    }

    /// Kazakh heads of facility names (`Қарғалы су қоймасы`, `Ақсу электр станциясы`,
    /// `Баянауыл ұлттық паркі`, `Алматы әуежайы`), which may stand one or two words after the
    /// place name they are named after.
    static let facilityHeads: Set<String> = [
        "қоймасы", "станциясы", "паркі", "әуежайы", "стационары", "көпірі", "вокзалы", "стадионы", "көшесі", "даңғылы",
        "кесенесі", "ескерткіші",
    ]

    /// Drops a place mention that only names a facility after it (`⟦Қарғалы⟧ су қоймасы` is a
    /// reservoir, not the village): a facility head (`қоймасы`, `станциясы`, `паркі`,
    /// `әуежайы`, `көшесі`, ...) within the next two lower-case words. The place stays when
    /// a longer mention (an organisation, an event) already took the phrase.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func dropFacilityNames(_ candidates: inout [Candidate], tokens: [Token]) {
        candidates.removeAll { candidate in
            guard candidate.type == .place else { return false }
            var j = candidate.tokens.upperBound
            while j < tokens.count, j < candidate.tokens.upperBound + 3, tokens[j].kind == .word, !tokens[j].isCapitalized,
                tokens[j].sentence == tokens[candidate.tokens.lowerBound].sentence
            {
                if Morphology.matchForms(tokens[j].folded).contains(where: facilityHeads.contains) { return true }
                j += 1
            }
            return false
        }
    }

    /// Kazakh heads of places and facilities named after a person (`Жамбыл көшесі`, `Абай
    /// даңғылы`, `Киров су қоймасы`, `Қажымұқан стадионы`): the name before them is the
    /// facility's, not a mention of the person (session 10). Mausoleums and monuments
    /// (`кесенесі`, `ескерткіші`) are the person's own and are left out.
    static let namesakeFacilityHeads: Set<String> = facilityHeads.subtracting(["кесенесі", "ескерткіші"])
        .union(["көшелері", "даңғылдары", "алаңы", "бульвары"])

    /// Drops a person mention that only names a facility after it: a facility head
    /// (`namesakeFacilityHeads`) within the next two lower-case words (`Төле би көшесі`,
    /// `Киров су қоймасына`), also after a list of names joined by `мен`/`пен`/`бен`/`және`
    /// (`Байтұрсынов пен Қонаев көшелерінде`: both), or before `атындағы` "named after"
    /// (session 11). A name in the genitive owns what follows (`Абайдың көшесі`) and stays.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func dropFacilityNamesakes(_ candidates: inout [Candidate], tokens: [Token]) {
        candidates.removeAll { candidate in candidate.type == .person && namesFacility(candidate.tokens, tokens) }
    }

    /// Whether the name over `span` stands before a facility's head (see `dropFacilityNamesakes`).
    static func namesFacility(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = span.last, last < tokens.count,
            !HeadNounPhrase.genitiveEndings.contains(where: tokens[last].folded.hasSuffix)
        else { return false }
        let sentence = tokens[last].sentence
        var j = span.upperBound
        // Over further names of the list (`Байтұрсынов пен Қонаев`).
        while j + 1 < tokens.count, tokens[j].sentence == sentence, listJoiners.contains(tokens[j].folded),
            tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized
        {
            j += 2
            while j < tokens.count, j - span.upperBound < 8, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
        }
        // `Әлия Молдағұлова атындағы көшеде`, `Абай атындағы сыйлық`: a name before `атындағы`
        // "named after" is the name of what follows, not a mention of the person.
        if j < tokens.count, tokens[j].folded == "атындағы", tokens[j].sentence == sentence { return true }
        let start = j
        while j < tokens.count, j < start + 3, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].sentence == sentence {
            let forms = Morphology.matchForms(tokens[j].folded)
            if forms.contains(where: namesakeFacilityHeads.contains) { return true }
            j += 1
        }
        return false
    }

    /// Words that join the names of a Kazakh list (`,`, `және`, `мен`/`пен`/`бен`).
    static let listJoiners: Set<String> = [",", "және", "мен", "пен", "бен"]

    /// Plural Kazakh place heads with the possessive that end a list of place names (`Махамбет ,
    /// Индер және Исатай аудандары` "the Makhambet, Inder and Isatay districts"); without it
    /// the noun is no name's head (`Тоқаев пен Путин қалаларды аралады`).
    static let pluralPlaceHeads = [
        "аудандары", "облыстары", "ауылдары", "қалалары", "округтері", "кенттері", "елдімекендері",
    ]

    /// Reads a person mention as a place when it stands in a list of names (joined by commas,
    /// `және`, `мен`/`пен`/`бен`) that ends in a plural place head (`Махамбет , Индер және
    /// Исатай аудандарының`: districts named after people; session 10). The list needs two
    /// names or more.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func retypeListedPlaces(_ candidates: inout [Candidate], tokens: [Token]) {
        // A person a gazetteer knows stays one (`Сондай-ақ, Нұрлан Ермекбаев аудандары ...`).
        for index in candidates.indices where candidates[index].type == .person && !candidates[index].source.hasPrefix("gazetteer") {
            let span = candidates[index].tokens
            guard let last = span.last, last < tokens.count else { continue }
            let sentence = tokens[last].sentence
            // A joiner before the name counts when another name stands before it.
            let b = span.lowerBound
            var listed = b > 1 && listJoiners.contains(tokens[b - 1].folded) && tokens[b - 2].sentence == sentence
                && tokens[b - 2].kind == .word && tokens[b - 2].isCapitalized
            var j = span.upperBound
            while j + 1 < tokens.count, tokens[j].sentence == sentence, listJoiners.contains(tokens[j].folded),
                tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized
            {
                listed = true
                j += 2
                while j < tokens.count, j - span.upperBound < 10, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
            }
            guard listed, j < tokens.count, tokens[j].sentence == sentence, tokens[j].kind == .word,
                pluralPlaceHeads.contains(where: tokens[j].folded.hasPrefix)
            else { continue }
            candidates[index].type = .place
            candidates[index].entity = "place:" + Slug.make(candidates[index].base)
        }
    }

    /// Drops a one-word place mention written right after a dot with no space between, after
    /// a word: a top-level domain (`в доменной зоне .РФ`, `сайт.рф`), not the country.
    ///
    /// - Complexity: O(m) in the number of mentions.
    public static func dropDomainNames(_ candidates: inout [Candidate], tokens: [Token]) {
        candidates.removeAll { candidate in
            guard candidate.type == .place, candidate.tokens.count == 1 else { return false }
            let i = candidate.tokens.lowerBound
            guard i > 0, tokens[i - 1].text == ".", !tokens[i].spaceBefore else { return false }
            // `... в Москве.Россия` (a missing space after a full stop) keeps its place: the
            // dot must follow a space (`зоне .РФ`) or a lower-case word (`сайт.рф`).
            return tokens[i - 1].spaceBefore || (i > 1 && tokens[i - 2].kind == .word && !tokens[i - 2].isCapitalized)
        }
    }
}
