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

/// Kazakh schools, universities and other bodies named after a person (session 11).
extension OrganisationRule {
    /// The beginnings of lower-case Kazakh nouns of bodies that are named after people (`Абай
    /// атындағы № 25 мектеп-гимназия`, `Құрманғазы атындағы консерватория`): schools and
    /// places of learning and culture. Hospitals, centres and palaces are left out: KazNERD
    /// often takes those for facilities.
    static let kazakhNamedInstitutionStems: [String] = [
        "мектеп", "мектеб", "гимназия", "лицей", "колледж", "университет", "институт", "академия", "консерватория",
        "училище", "филармония",
    ]

    /// Honorifics that stand between a person's name and `атындағы` (`Біржан сал`, `Төле би`,
    /// `Қабанбай батыр`, `Айша бибі`).
    static let kazakhHonorifics: Set<String> = ["сал", "би", "батыр", "хан", "ақын", "жырау", "бибі", "ана", "ата", "әулие", "сері"]

    /// Lower-case words that describe a school between `атындағы` and its noun.
    static let schoolDescribers: Set<String> = ["жалпы", "білім", "орта", "арнаулы", "мамандандырылған", "негізгі", "бастауыш"]

    /// A body named after a person with `атындағы` "named after" whose head is a lower-case noun
    /// the head-noun phrase does not read (`Абай атындағы № 25 мектеп-гимназияда`, `Шоқан
    /// Уәлиханов атындағы университеттің`, `Біржан сал атындағы Көкшетау университеті`): from
    /// the first capitalised word of the name, over an honorific, `атындағы`, `№`, numbers,
    /// capitalised words and words that describe a school (at most five words), to the head,
    /// which is in the singular. A name word in an oblique case or the genitive stops the name
    /// (`Көкшетаудағы Шоқан Уәлиханов`).
    func kazakhNamedAfterInstitutions(_ tokens: [Token], found: [Candidate], covered: Set<Int>) -> [Candidate] {
        var result: [Candidate] = []
        func body(_ range: Range<Int>, head: Int) -> Candidate {
            let base = Self.baseName(range, head: head, russian: false, tokens: tokens)
            return Candidate(
                tokens: range, type: .organisation, entity: "org:" + Slug.make(base), name: base, base: base,
                source: name, confidence: 0.7, attributes: ["named_after": "true"], specificity: 2)
        }
        let persons = found.filter { $0.type == .person }
        let personStarts = Set(persons.map(\.tokens.lowerBound))
        for a in tokens.indices where a > 0 && tokens[a].folded == "атындағы" && !covered.contains(a) {
            let sentence = tokens[a].sentence
            var start = a
            var j = a - 1
            if j > 0, Self.kazakhHonorifics.contains(tokens[j].folded), tokens[j - 1].isCapitalized { j -= 1 }
            while j >= 0, a - j <= 4, tokens[j].sentence == sentence, tokens[j].kind == .word, tokens[j].isCapitalized,
                !NameContext.hasObliqueEnding(tokens[j].folded),
                !HeadNounPhrase.genitiveEndings.contains(where: tokens[j].folded.hasSuffix) || tokens[j].folded.count < 6
            {
                start = j
                j -= 1
            }
            guard start < a, tokens[start].isCapitalized else { continue }
            // A person found in the name opens it (`Оқушылар Ыбырай Алтынсарин атындағы`: the
            // sentence's first word is the subject).
            if let first = (start..<a).first(where: personStarts.contains) { start = first }
            var head: (index: Int, stem: String)?
            var k = a + 1
            while k < tokens.count, k <= a + 6, tokens[k].sentence == sentence {
                let t = tokens[k]
                if t.kind == .word, let stem = Self.kazakhNamedInstitutionStems.first(where: { t.folded.hasPrefix($0) }) {
                    head = (k, stem)
                    break
                }
                // Between them only numbers, `№`, capitalised words and the words that describe a
                // school (`жалпы білім беретін`, `қалалық`): another noun ends the search (`Абай
                // атындағы сыйлық иегері мектеп директоры`).
                let describing = t.kind == .word
                    && (t.isCapitalized || Self.schoolDescribers.contains(t.folded)
                        || ["лық", "лік", "тық", "тік", "дық", "дік", "ғы", "гі", "қы", "кі", "тін", "етін", "атын"].contains(where: t.folded.hasSuffix))
                guard t.kind == .number || t.text == "№" || (describing && !NameContext.hasObliqueEnding(t.folded)) else { break }
                k += 1
            }
            // Not a plural head (`атындағы институттар`) or a preschool (`мектепке дейінгі`).
            guard let (h, stem) = head,
                !HeadNounPhrase.pluralEndings.contains(where: tokens[h].folded.dropFirst(stem.count).hasPrefix),
                !(h + 1 < tokens.count && tokens[h + 1].folded == "дейінгі")
            else { continue }
            result.append(body(start..<(h + 1), head: h))
        }
        // `Шәкәрім университетінің`, `Абай орталықтарын`: a person's name right before the
        // possessive of such a noun (or of `қоры`, `орталығы`) names the body, not the person.
        for person in persons where (1...2).contains(person.tokens.count) && person.tokens.upperBound < tokens.count {
            let h = person.tokens.upperBound
            let last = tokens[h - 1]
            guard tokens[h].kind == .word, !tokens[h].isCapitalized, tokens[h].sentence == last.sentence, !covered.contains(h),
                !HeadNounPhrase.genitiveEndings.contains(where: last.folded.hasSuffix),
                !result.contains(where: { $0.tokens.contains(h) })
            else { continue }
            let forms = Morphology.matchForms(tokens[h].folded)
            guard forms.contains(where: Self.kazakhNamedBodyPossessives.contains) else { continue }
            result.append(body(person.tokens.lowerBound..<(h + 1), head: h))
        }
        return result
    }

    /// Possessive nouns of bodies a person's name may open without `атындағы`
    /// (`Назарбаев университеті`, `Шәкәрім университеті`, `Абай орталығы`).
    static let kazakhNamedBodyPossessives: Set<String> = [
        "университеті", "институты", "академиясы", "мектебі", "гимназиясы", "лицейі", "колледжі", "консерваториясы",
        "қоры", "орталығы", "орталықтары",
    ]
}

/// Kazakh legal forms after a quoted name (session 11).
extension OrganisationRule {
    /// Kazakh legal forms of national companies the shared list leaves out: `ҰАК` (national atomic
    /// company), `ҰБХ` (national managing holding), `ҰХ` (national holding), `ҰӘҚ` (national
    /// welfare fund).
    static let kazakhNationalForms: Set<String> = ["ұак", "ұбх", "ұх", "ұәқ"]

    /// Whether a token is a legal form (`АҚ`, `ЖШС`), also with a case ending after a hyphen
    /// (`ЖШС-нің`, `АҚ-ға`), as Kazakh declines an abbreviation.
    static func isLegalForm(_ token: Token) -> Bool {
        if legalForms.contains(token.folded) || kazakhNationalForms.contains(token.folded) { return true }
        guard let dash = token.folded.firstIndex(of: "-") else { return false }
        let form = token.folded[..<dash]
        let ending = token.folded[token.folded.index(after: dash)...]
        return !ending.isEmpty && token.text.prefix(form.count).allSatisfy(\.isUppercase)
            && (legalForms.contains(String(form)) || kazakhNationalForms.contains(String(form)))
            && KazakhEnding.isEnding(ending)
    }

    /// The end of the legal forms that start at `k`: two in a row are one (`«ҚазМұнайГаз» ҰК АҚ`,
    /// `«Қазатомөнеркәсіп» ҰАК АҚ`).
    static func legalFormsEnd(from k: Int, _ tokens: [Token]) -> Int {
        var end = k + 1
        if end < tokens.count, tokens[end].sentence == tokens[k].sentence, !tokens[k].folded.contains("-"),
            isLegalForm(tokens[end])
        {
            end += 1
        }
        return end
    }
}
