import ShejireCore
import ShejireText

/// Names of things that are people's names: a work, a vessel, an award or a station called
/// after a person (`роман «Евгений Онегин»`, `теплоход «Михаил Светлов»`). The name in quotes
/// is the thing's, not a mention of the person.
extension PersonNameRule {
    /// Stems of Russian nouns of works, vessels, craft, awards and stations: such a noun before
    /// an opening quotation mark says the quoted words are the thing's name.
    static let namedThingStems = [
        "спектакл", "постановк", "роман", "повест", "рассказ", "пьес", "опер", "балет", "мюзикл", "песн", "альбом",
        "книг", "поэм", "стихотворени", "сказк", "картин", "кинокартин", "фильм", "кинофильм", "мультфильм",
        "сериал", "телесериал", "скульптур", "корабл", "теплоход", "пароход", "авианос", "крейсер", "ледокол", "судн",
        "лайнер", "самолет", "самолёт", "поезд", "яхт", "подлодк", "эсминц", "эсминец", "фрегат", "танкер", "паром",
        "спутник", "ракет", "преми", "орден", "медал", "станци", "аэропорт",
        // Festivals, programmes, contests and projects (session 13: `Фестиваль «Иван Бертолини и
        // друзья»`, `Программа «Анна Бертолини рекомендует»`).
        "фестивал", "программ", "передач", "телепередач", "конкурс", "турнир", "проект", "выставк",
    ]

    /// Whether a word in lower case (or opening a sentence) is a noun of `namedThingStems` in
    /// some case form: the stem and at most three letters more (`романе`, `теплоходом`; not
    /// `оператор`).
    static func isNamedThingNoun(_ i: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[i]
        guard token.kind == .word, !token.isCapitalized || NameContext.isSentenceStart(i, tokens) else { return false }
        let word = token.folded
        return namedThingStems.contains { stem in
            guard word.hasPrefix(stem), word.count <= stem.count + 3 else { return false }
            // Not a verb or another noun on the same letters (`рассказал`, `премьер`, `поездка`).
            let extra = word.dropFirst(stem.count)
            return !["ал", "ыв", "ать", "ьер", "ка", "ки", "ке", "ку", "кой", "ист"].contains(where: extra.hasPrefix)
        }
    }

    /// Stems of Kazakh nouns of works, vessels and awards, which follow the quoted name
    /// (`«Абай жолы» романының`, `«Алтынай» әнін`, `«Алтын қыран» орденін`).
    static let kazakhNamedThingStems = [
        "роман", "фильм", "спектакл", "кітаб", "кітап", "поэма", "опера", "повест", "дастан", "шығарма", "жинағ",
        "әңгіме", "хикая", "телехикая", "сериал", "мультфильм", "альбом", "сыйлығ", "сыйлық", "орден", "медал", "кеме",
        "ұшақ", "пойыз",
    ]
    /// Case forms of Kazakh `ән` "song", too short for a stem.
    static let kazakhSongForms: Set<String> = ["ән", "әні", "әнін", "әніне", "әнінің", "әнінде", "әнімен", "әндері", "әндерін"]

    /// Whether a lower-case word is a Kazakh noun of `kazakhNamedThingStems` with at most five
    /// letters of endings (`романының`, `сыйлығының`), or a form of `ән`.
    static func isKazakhNamedThingNoun(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        let word = token.folded
        return kazakhSongForms.contains(word) || kazakhNamedThingStems.contains { word.hasPrefix($0) && word.count <= $0.count + 5 }
    }

    /// The tokens inside quotation marks opened right after a Russian noun of a work, a
    /// vessel, an award or a station, or closed right before a Kazakh one, in the same
    /// sentence within twelve tokens.
    static func namedThingTokens(_ tokens: [Token]) -> Set<Int> {
        var result = Set<Int>()
        for (o, close) in quotePairs(tokens) {
            let before = o > 0 && tokens[o - 1].sentence == tokens[o].sentence && isNamedThingNoun(o - 1, tokens)
            let after = close + 1 < tokens.count && tokens[close + 1].sentence == tokens[close].sentence
                && isKazakhNamedThingNoun(tokens[close + 1])
            if before || after { result.formUnion((o + 1)..<close) }
        }
        return result
    }

    /// Drops the people found by any extractor (a gazetteer too) inside the quoted name of a
    /// work, a vessel, an award or a station (`корабль «Пётр Великий»`), and a one-word person
    /// after a noun of a town's residents (`жители Пушкина`).
    ///
    /// - Complexity: O(n + m) in the number of tokens and mentions.
    public static func dropNamedThings(_ candidates: inout [Candidate], tokens: [Token]) {
        guard candidates.contains(where: { $0.type == .person }) else { return }
        let inside = namedThingTokens(tokens)
        // A town named like a person after a noun of its residents (`жители Пушкина`), which a
        // gazetteer of people may have taken.
        candidates.removeAll {
            $0.type == .person
                && ($0.tokens.allSatisfy(inside.contains) || ($0.tokens.count == 1 && followsResidentNoun($0.tokens.lowerBound, tokens)))
        }
    }
}
