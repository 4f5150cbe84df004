import ShejireCore
import ShejireText

/// Russian speakers and roles (session 13): more nouns of a person's role, roles and titles
/// with `экс-`/`вице-`, a one-word name opening a sentence before an apposition (`Бертолини,
/// главный тренер «Зенита», ответил ...`) or after an opening adverb before a verb of saying
/// (`Ранее Бертолини заявлял`), a maiden name in parentheses and a second Spanish surname.
extension PersonNameRule {
    /// Nouns of people (nominative singular) that name the one after them, like
    /// `russianRoleNouns`: sciences and commentators, arts, sports and trades that session 11
    /// left out (`политолог Фалькетти`, `философ Торвальдсен`, `тренер Бертолини`).
    static let moreRussianRoleNouns: Set<String> = [
        // Commentators and sciences.
        "политолог", "социолог", "психолог", "экономист", "эксперт", "философ", "филолог", "лингвист",
        "политтехнолог", "дипломат", "криминалист", "эколог", "вирусолог", "эпидемиолог", "иммунолог",
        "кардиолог", "онколог", "нарколог", "педиатр", "психиатр", "стоматолог", "астрофизик", "климатолог",
        "искусствовед", "литературовед", "востоковед", "китаист", "американист", "германист", "богослов", "теолог",
        "кинокритик", "переводчик", "переводчица", "прозаик", "литератор", "романист",
        // Arts and shows.
        "кинорежиссер", "вокалист", "вокалистка", "гитарист", "барабанщик", "солист", "солистка", "диджей",
        "комик", "шоумен", "юморист", "телеведущий", "кинооператор", "аниматор", "мультипликатор", "стилист",
        "фотомодель", "галерист", "коллекционер", "меценат", "филантроп",
        // Sports.
        "тренер", "наставник", "капитан", "велосипедист", "велогонщица", "фехтовальщик", "фехтовальщица",
        "гребец", "прыгун", "прыгунья", "марафонец", "спринтер", "саблист", "саблистка", "скалолаз",
        "сноубордист", "горнолыжник", "горнолыжница", "регбист", "гандболист", "гандболистка", "ватерполист",
        "бомбардир", "легионер", "арбитр", "рефери", "полузащитник", "защитница", "вратарь", "каратист",
        "тхэквондист", "самбист", "борец", "альпинист", "альпинистка", "путешественник", "космонавт", "астронавт",
        "летчик", "пилот",
        // Trades and business.
        "инженер", "программист", "хакер", "менеджер", "топ-менеджер", "финансист", "экономистка", "повар",
        "шеф-повар", "ювелир", "фермер", "девелопер", "ресторатор", "трейдер", "брокер", "аудитор", "нотариус",
        // A person's peers.
        "коллега", "соратник", "соратница", "напарник", "напарница", "одноклубник", "одноклубница", "однопартиец",
        "оппонент", "собеседник", "собеседница",
    ]

    /// Titles that `экс-` or `вице-` turns into a role of one person (`экс-министр`,
    /// `экс-глава`): with the prefix the position gazetteer may not hold them.
    static let titlesAfterFormerPrefix: Set<String> = [
        "президент", "премьер", "премьер-министр", "министр", "губернатор", "мэр", "глава", "председатель", "посол",
        "канцлер", "спикер", "депутат", "сенатор", "директор", "генеральный", "гендиректор", "замминистра",
        "госсекретарь", "советник", "руководитель", "главком", "командующий", "прокурор", "генпрокурор",
    ]

    /// Whether a word is one of `titlesAfterFormerPrefix` in any case form.
    static func isTitleAfterFormerPrefix(_ folded: String) -> Bool {
        titlesAfterFormerPrefix.contains(folded) || RussianMorphology.matchForms(folded).contains(where: titlesAfterFormerPrefix.contains)
    }

    /// The role after `экс-` or `вице-` (`экс-тренер` → `тренер`), or nil.
    static func roleAfterFormerPrefix(_ folded: String) -> String? {
        for prefix in ["экс-", "вице-"] where folded.hasPrefix(prefix) && folded.count > prefix.count + 2 {
            return String(folded.dropFirst(prefix.count))
        }
        return nil
    }

    /// Russian: an unknown word opening a sentence before a comma and an apposition that names a
    /// person's role (a position title or a role noun, after at most two adjectives or an age:
    /// `Бертолини, главный тренер «Зенита», ответил`, `Фалькетти, 35-летний нападающий`), which
    /// closes with a comma or a dash before a verb in the singular, with no verb inside. The word
    /// is the clause's subject; introductory words (`Кстати`, `Разумеется`) and sentence openers
    /// are ruled out (`mayBeLoneSurname`).
    func isAppositionSubjectAtSentenceStart(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", NameContext.isSentenceStart(i, tokens), i + 3 < tokens.count,
            tokens[i + 1].sentence == tokens[i].sentence, tokens[i + 1].kind == .punctuation, tokens[i + 1].text == ","
        else { return false }
        // The apposition: up to two adjectives or an age (`35-летний`), then a role.
        var k = i + 2
        var role = false
        while k < tokens.count, k - i <= 5, tokens[k].sentence == tokens[i].sentence {
            let token = tokens[k]
            if token.kind == .number, token.folded.contains("летн") { k += 1; continue }
            guard token.kind == .word, !token.isCapitalized else { break }
            if RussianMorphology.matchForms(token.folded).contains(where: Self.corporateRoles.contains) { return false }
            if c.positionEnds.contains(k + 1) || Self.isRussianRoleNoun(token) || Self.isRussianAgentNoun(token.folded) {
                role = true
                break
            }
            guard NameContext.isRussianAdjective(token.folded) else { return false }
            k += 1
        }
        guard role else { return false }
        // The apposition closes with a comma or a dash and a verb in the singular follows.
        var closed = false
        var m = k + 1
        while m < tokens.count, m - k <= 8, tokens[m].sentence == tokens[i].sentence {
            if (tokens[m].kind == .punctuation && tokens[m].text == ",") || tokens[m].kind == .dash {
                closed = Self.singularVerbFollows(m, tokens)
                break
            }
            if tokens[m].kind == .punctuation { break }
            // A verb inside makes the role the subject of a clause, no apposition (`Разумеется,
            // главный тренер команды ошибся, признал ...`).
            if tokens[m].kind == .word, !tokens[m].isCapitalized, HeadNounPhrase.isRussianVerb(tokens[m].folded) { return false }
            m += 1
        }
        guard closed else { return false }
        let token = tokens[i]
        let folded = token.folded
        // An adverb or a verb opening the sentence (`Вероятно,`, `Напомним,`).
        guard mayBeLoneSurname(i, c, notEndingIn: ["но", "то", "ло", "мо", "им", "ем", "ому", "ему", "ой", "ей", "ых", "их", "ам", "ям", "ах", "ях"])
        else { return false }
        return !c.lowerCase.contains(folded, in: tokens)
    }

    /// The tests the apposition and speaker rules share on the unknown word they would take as a
    /// name alone: long enough, not upper-case or Latin, no common, plural, agent, role, kinship
    /// or speaking noun, no adjective, head noun or organisation-shaped word (`Трансмаш`), no
    /// introductory word (`Разумеется`, `Например`; review, session 13), and not ending in one
    /// of the caller's `endings` (oblique cases, adverbs).
    func mayBeLoneSurname(_ i: Int, _ c: Context, notEndingIn endings: [String]) -> Bool {
        let token = c.tokens[i]
        let folded = token.folded
        return folded.count >= 4 && !token.isAllUpper && !NameContext.isLatin(token.text) && !Self.isCommonAtSentenceStart(token)
            && !Self.isRussianPluralNoun(token) && !Self.isRussianAgentNoun(folded) && !Self.isRussianRoleNoun(token)
            && !Self.isRussianCommonNoun(folded, c) && !NameContext.isRussianAdjective(folded) && !NameContext.isHeadNoun(token)
            && !Self.isOrganisationShaped(folded) && !Self.russianSpeakingNouns.contains(folded)
            && !Self.russianKinshipNouns.contains(folded) && !Self.introductoryWords.contains(folded)
            && !["лог", "мен", "ат", "ант", "ент"].contains(where: folded.hasSuffix) && !endings.contains(where: folded.hasSuffix)
    }

    /// Russian introductory words and linking adverbs that open a sentence before a comma.
    static let introductoryWords: Set<String> = [
        "разумеется", "например", "кажется", "вдобавок", "словом", "итак", "впрочем", "конечно", "наверное", "возможно",
        "безусловно", "действительно", "несомненно", "очевидно", "кстати", "напомним", "правда", "однако", "значит",
        "естественно", "оказывается", "видимо", "вероятно", "пожалуй", "наконец", "короче", "следовательно", "итого",
        "поэтому", "тогда", "затем", "далее", "кроме", "помимо", "вообще", "собственно", "во-первых", "во-вторых",
        "в-третьих", "по-моему", "по-видимому", "по-прежнему", "увы", "видите", "знаете", "послушайте", "допустим",
    ]

    /// Russian: a person of two words or more followed by a surname alone in parentheses, a
    /// maiden or former name (`Анна Вандерлиндова (Бертолинова)`, `Мария Фалькетти (урождённая
    /// Торвальдсенова)`), is one person: factRuEval annotates the name and the surname in
    /// parentheses as one person, whose span runs to the surname. The name stays the first one's;
    /// the other is the attribute `other_surname`. The word in parentheses must have a surname's
    /// shape (`-ов/-ова`, `-ин/-ина`, `-ская`, ...): a club, a place or a party there is no name.
    func mergedOtherSurnames(_ result: [Candidate], _ c: Context) -> [Candidate] {
        guard c.language == "ru", result.count >= 2 else { return result }
        let tokens = c.tokens
        var merged: [Candidate] = []
        var skip = false
        for (n, candidate) in result.enumerated() {
            if skip { skip = false; continue }
            guard n + 1 < result.count, candidate.type == .person, candidate.tokens.count >= 2,
                candidate.attributes["surname"] != nil
            else { merged.append(candidate); continue }
            let next = result[n + 1]
            let open = candidate.tokens.upperBound
            var word = open + 1
            guard next.type == .person, next.tokens.count == 1, next.attributes["given_name"] == nil,
                let other = next.attributes["surname"], open < tokens.count, tokens[open].text == "(",
                tokens[open].sentence == tokens[candidate.tokens.lowerBound].sentence
            else { merged.append(candidate); continue }
            // `урождённая`, `урожд.`, `в девичестве` before the surname.
            var marked = false
            if word < tokens.count, tokens[word].folded.hasPrefix("урожд") { word += 1; marked = true }
            if word + 1 < tokens.count, tokens[word].folded == "в", tokens[word + 1].folded == "девичестве" { word += 2; marked = true }
            let close = word + 1
            // Without a marker, only a woman's surname in `-а`/`-ая` after a woman's name is a
            // maiden name: a man's in parentheses is another person (`забросил Данис Зарипов
            // (Морозов)`, an assist; review, session 13).
            let feminine = { (word: String?) in word.map { $0.hasSuffix("а") || $0.hasSuffix("я") } ?? false }
            guard next.tokens.lowerBound == word, close < tokens.count, tokens[close].text == ")",
                surnameBase(tokens[word]) != nil, !NameContext.isLatin(tokens[word].text),
                marked || (tokens[word].folded.hasSuffix("а") || tokens[word].folded.hasSuffix("ая"))
                    && (feminine(candidate.attributes["surname"]) || feminine(candidate.attributes["given_name"]))
            else { merged.append(candidate); continue }
            var joined = candidate
            joined.tokens = candidate.tokens.lowerBound..<(word + 1)
            joined.attributes["other_surname"] = other
            merged.append(joined)
            skip = true
        }
        return merged
    }

    /// Russian: whether a name of two first names and a surname (`Хосе Луис Фалькес`, `Марией
    /// Хосе Фалькес`) goes on with a second surname, the Spanish and Portuguese way (`Хосе Луис
    /// Фалькес Бертолинес`, `Андрес Мануэль Вандерлинес Бертолини`): a fourth capitalised word
    /// that is no first name, patronymic, adjective or head noun, with no capitalised word after
    /// it, in the script of the others.
    func hasSecondSurname(_ i: Int, _ words: [Word], _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", words.count == 4, words[0].given != nil, words[1].given != nil, words[2].given == nil,
            words[3].given == nil, words[3].patronymic == nil, !c.quoted.contains(i + 3)
        else { return false }
        let last = tokens[i + 3]
        return NameContext.isLatin(last.text) == NameContext.isLatin(tokens[i].text) && !last.isAllUpper
            && !NameContext.isRussianAdjective(last.folded) && !NameContext.isHeadNoun(last)
            && !Self.capitalisedWordFollows(i + 3, tokens)
    }

    /// Adverbs of time and linking words that open a sentence before its subject (`Ранее
    /// Бертолини заявлял ...`, `Позже Вандерлинд уточнил ...`).
    static let subjectOpeners: Set<String> = [
        "ранее", "позднее", "позже", "затем", "потом", "впоследствии", "вчера", "сегодня", "накануне", "тогда",
        "однако", "впрочем", "также", "теперь", "сейчас", "прежде",
    ]

    /// Verbs of saying in the past tense, imperfective (`заявлял`, `отмечала`), besides
    /// `speechVerbs` and `morePastSpeechVerbs`.
    static let imperfectiveSpeechVerbs: Set<String> = [
        "заявлял", "заявляла", "отмечал", "отмечала", "подчеркивал", "подчеркивала", "утверждал", "утверждала",
        "указывал", "указывала", "признавал", "признавала", "обещал", "обещала", "настаивал", "настаивала",
        "рассказывал", "рассказывала", "объяснял", "объясняла", "уверял", "уверяла",
    ]

    /// Russian: an unknown word right after an adverb of time or a linking word opening the
    /// sentence, before a verb of saying in the singular past (`Ранее ⟦Бертолини⟧ заявлял ...`,
    /// `Позже ⟦Вандерлинд⟧ уточнил ...`): the speaker, with the word tests of `mayBeLoneSurname`.
    func isSpeakerAfterOpener(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", i > 0, i + 1 < tokens.count, NameContext.isSentenceStart(i - 1, tokens),
            tokens[i - 1].sentence == tokens[i].sentence, Self.subjectOpeners.contains(tokens[i - 1].folded),
            tokens[i + 1].sentence == tokens[i].sentence
        else { return false }
        let verb = tokens[i + 1].folded
        guard Self.speechVerbs.contains(verb) || Self.morePastSpeechVerbs.contains(verb) || Self.imperfectiveSpeechVerbs.contains(verb),
            !Self.capitalisedWordFollows(i + 1, tokens)
        else { return false }
        let token = tokens[i]
        let folded = token.folded
        guard mayBeLoneSurname(i, c, notEndingIn: ["ам", "ям", "ами", "ями", "ах", "ях", "ому", "ему", "ой", "ым", "им"]) else { return false }
        return !c.lowerCase.contains(folded, in: tokens)
    }

    /// Russian prepositions and conjunctions: after them a word is in the case they govern or
    /// opens a clause of its own, so no speaker is read there by `isSpeakerAfterPhrase`.
    static let wordsBeforeNoSpeaker: Set<String> = [
        "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "обо", "от", "до", "из", "у", "за", "под", "над", "при",
        "для", "без", "про", "через", "между", "перед", "после", "около", "как", "что", "чтобы", "где", "когда",
        "если", "который", "которая", "которое", "которые", "это", "этот", "эта", "тот", "та", "его", "ее", "её", "их",
        "этом", "том", "этого", "того", "этой", "той",
        "свой", "своя", "наш", "ваш", "мой", "не", "ни", "лишь", "только", "даже", "уже", "еще", "ещё", "сам", "сама",
    ]

    /// Russian: an unknown word inside a sentence between a lower-case word and a verb of saying
    /// in the singular past (`В интервью ⟦Бертолини⟧ рассказал ...`, `На брифинге ⟦Вандерлинд⟧
    /// заявил ...`, `После матча ⟦Торвальдсен⟧ сказал ...`): the speaker. Not after a
    /// preposition, a conjunction, a pronoun or an adjective (the word would be governed by them
    /// or described by them: `российский Лукойл сообщил`), not in an oblique case, not a body's
    /// or a company's shape (`Минфин`, `Сбербанк`), nor a word the document writes in lower case;
    /// not when a capitalised word follows the verb (the one spoken to).
    func isSpeakerAfterPhrase(_ i: Int, _ c: Context) -> Bool {
        let tokens = c.tokens
        guard c.language == "ru", i > 0, i + 1 < tokens.count, !NameContext.isSentenceStart(i, tokens),
            tokens[i - 1].sentence == tokens[i].sentence, tokens[i + 1].sentence == tokens[i].sentence,
            tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, !Self.familyNounPrecedes(i, tokens)
        else { return false }
        let verb = tokens[i + 1].folded
        guard Self.speechVerbs.contains(verb) || Self.morePastSpeechVerbs.contains(verb) || Self.imperfectiveSpeechVerbs.contains(verb),
            !Self.capitalisedWordFollows(i + 1, tokens)
        else { return false }
        let before = tokens[i - 1]
        guard before.folded.count >= 3, !Self.wordsBeforeNoSpeaker.contains(before.folded),
            !NameContext.isRussianAdjective(before.folded), !HeadNounPhrase.isRussianVerb(before.folded),
            !c.positionEnds.contains(i), !c.roleEnds.contains(i), !c.blocked.contains(i - 1)
        else { return false }
        let token = tokens[i]
        let folded = token.folded
        guard mayBeLoneSurname(i, c, notEndingIn: ["ам", "ям", "ами", "ями", "ах", "ях", "ому", "ему", "ой", "ым", "им", "ом", "ем", "ов", "ев", "ых", "их"])
        else { return false }
        // A genitive in `-а`/`-я`/`-ы` after a consonant names whose the noun before is (`в
        // интервью Бертолини` is a person, `в штабе Вандерлинда заявил` is not read).
        let vowels = "аеёиоуыэюяьй"
        if let last = folded.last, "аяы".contains(last), let prior = folded.dropLast().last, !vowels.contains(prior) {
            return false
        }
        return !c.lowerCase.contains(folded, in: tokens)
    }
}
