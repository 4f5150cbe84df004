import Foundation
import ShejireCore
import ShejireText
import Testing
@testable import ShejireGazetteer

/// Builds a matcher from inline TSV rows and returns the matched (text, id) pairs.
func matched(_ text: String, _ rows: [String]) -> [(String, String)] {
    let tsv = "id\ttype\tname\taliases\toptions\n" + rows.joined(separator: "\n")
    let gazetteer = GazetteerLoader.parse(data: Data(tsv.utf8), file: "t.tsv")
    let matcher = GazetteerMatcher(gazetteer)
    let tokens = Tokenizer.tokenize(text)
    let bytes = Array(text.utf8)
    return matcher.matches(in: tokens, cache: MatchCache()).map { m in
        let range = tokens[m.tokens.lowerBound].range.lowerBound..<tokens[m.tokens.upperBound - 1].range.upperBound
        return (String(decoding: bytes[range], as: UTF8.self), gazetteer.entries[m.entry].id)
    }
}

@Suite("Gazetteer matcher")
struct GazetteerMatcherTests {
    let archive = "org:president-archive\torganisation\tҚазақстан Республикасы Президентінің Архиві\tПрезидент архиві|ҚР Президенті архиві|Қазақстан Республикасы Президенті Архиві\t"

    @Test("Inflected Kazakh and Russian forms match, with the whole token as the span")
    func inflection() {
        let rows = [
            "place:barcelona\tplace\tБарселона\tBarcelona\t",
            "place:astana\tplace\tАстана\tAstana\t",
            "place:kz\tplace\tҚазақстан\tКазахстан\t",
        ]
        let found = matched("Барселонада, Астанадан, Қазақстанның, Казахстана, Астане.", rows)
        #expect(found.map(\.0) == ["Барселонада", "Астанадан", "Қазақстанның", "Казахстана", "Астане"])
        #expect(found.map(\.1) == ["place:barcelona", "place:astana", "place:kz", "place:kz", "place:astana"])
    }

    @Test("Inflection on every word of a multi-word name")
    func multiWord() {
        let found = matched("ҚР Президенті архивінің директоры және Қазақстан Республикасы Президенті Архивінің делегациясы", [archive])
        #expect(found.map(\.0) == ["ҚР Президенті архивінің", "Қазақстан Республикасы Президенті Архивінің"])
        #expect(found.allSatisfy { $0.1 == "org:president-archive" })
    }

    @Test("Leftmost-longest: the longer name wins, and matches do not overlap")
    func leftmostLongest() {
        let rows = [
            "place:kz\tplace\tҚазақстан Республикасы\t\t",
            "place:kz2\tplace\tҚазақстан\t\t",
            archive,
        ]
        let found = matched("Қазақстан Республикасы Президентінің Архиві мен Қазақстан", rows)
        #expect(found.map(\.1) == ["org:president-archive", "place:kz2"])
    }

    @Test("Case-sensitive names match only in their case, suffixes allowed")
    func caseSensitive() {
        let rows = ["org:ica\torganisation\tICA\t\tcase_sensitive", "place:usa\tplace\tАҚШ\t\tcase_sensitive"]
        let found = matched("ICA және ica, АҚШ-пен", rows)
        #expect(found.map(\.0) == ["ICA", "АҚШ-пен"])
    }

    @Test("No-inflection names match only as written")
    func noInflection() {
        let rows = ["place:barcelona\tplace\tБарселона\t\tno_inflection"]
        #expect(matched("Барселонада және Барселона", rows).map(\.0) == ["Барселона"])
    }

    @Test("Upper-case text matches; a capitalised name needs a capital in the text")
    func capitals() {
        let rows = ["place:astana\tplace\tАстана\t\t", "position:director\tposition\tдиректор\t\t", "place:vena\tplace\tВена\t\t"]
        let found = matched("АСТАНА. Директор және директоры; вена", rows)
        #expect(found.map(\.0) == ["АСТАНА", "Директор", "директоры"])
    }

    @Test("Names match across scripts")
    func scripts() {
        let rows = ["place:astana\tplace\tАстана\t\t", "place:almaty\tplace\tАлматы\t\t"]
        #expect(matched("Astana and Almaty", rows).map(\.1) == ["place:astana", "place:almaty"])
    }

    @Test("Same-script names match only text in their script, each of an entry's spellings in its own")
    func sameScript() {
        let rows = ["position:king\tposition\tкороль\tking\tsame_script", "position:director\tposition\tдиректор\tdirector\tsame_script"]
        let found = matched("The director met the king; директор Кинг и король.", rows)
        #expect(found.map(\.0) == ["director", "king", "директор", "король"])
        // Without the option a Latin name takes the Cyrillic spelling as well; a position's names
        // never cross scripts.
        let crossing = matched("Ледли Кинг", ["person:king\tperson\tKing\t\t"])
        #expect(crossing.map(\.0) == ["Кинг"])
        #expect(matched("Ледли Кинг", ["person:king\tperson\tKing\t\tsame_script"]).isEmpty)
        #expect(matched("Ледли Кинг", ["position:king\tposition\tking\t\t"]).isEmpty)
        // Numbers have no script: a same-script name with a year matches in its own script.
        let years = ["event:astana-2025\tevent\tАстана 2025\tICA 2025\tsame_script"]
        #expect(matched("Астана 2025 и ICA 2025", years).map(\.0) == ["Астана 2025", "ICA 2025"])
    }

    @Test("Lexicon rows, no_match names and one-letter names are not matched")
    func notMatched() {
        let rows = [
            "given_name:aliya\tgiven_name\tӘлия\t\t",
            "place:x\tplace\tИкс\t\tno_match",
            "place:a\tplace\tА\t\t",
        ]
        #expect(matched("Әлия Икс А", rows).isEmpty)
    }
}

@Suite("Match cache")
struct MatchCacheTests {
    /// Two small gazetteers (the second with an exact-only Астана) and documents that use their names.
    static let matchers: [GazetteerMatcher] = [
        GazetteerMatcher(
            GazetteerLoader.parse(
                data: Data("id\ttype\tname\taliases\toptions\nplace:astana\tplace\tАстана\tAstana\t\nplace:barcelona\tplace\tБарселона\t\t\n".utf8),
                file: "a.tsv")),
        GazetteerMatcher(
            GazetteerLoader.parse(
                data: Data(
                    "id\ttype\tname\taliases\toptions\norg:ica\torganisation\tХалықаралық архивтер кеңесі\tICA\t\nplace:astana\tplace\tАстана\t\texact\n".utf8),
                file: "b.tsv")),
    ]
    static let documents = [
        "АСТАНА. Астанада Халықаралық архивтер кеңесінің (ICA) отырысы болды.",
        "Барселонада және Astana қаласында; Астана, Астанаға, астана.",
        "ICA мен Халықаралық архивтер кеңесі Барселонаға барды. «Астана» — Астана.",
    ]

    @Test("One cache reused across documents and matchers gives the matches of a fresh cache", arguments: [3, 200_000])
    func reuse(limit: Int) {
        let (matchers, documents) = (Self.matchers, Self.documents)
        let cache = MatchCache(limit: limit)
        for _ in 0..<2 {
            for matcher in matchers {
                for text in documents {
                    let tokens = Tokenizer.tokenize(text)
                    #expect(matcher.matches(in: tokens, cache: cache) == matcher.matches(in: tokens, cache: MatchCache()))
                }
            }
        }
        #expect(!matchers[0].matches(in: Tokenizer.tokenize(documents[1]), cache: cache).isEmpty)
    }

    @Test("Tokens from a token cache (found by id) give the matches of uncached tokens, when either cache is emptied", arguments: [(2, 3), (2, 200_000), (100_000, 3), (100_000, 200_000)])
    func tokenIDs(tokenLimit: Int, matchLimit: Int) {
        let (matchers, documents) = (Self.matchers, Self.documents)
        let tokenCache = TokenCache(limit: tokenLimit)
        let cache = MatchCache(limit: matchLimit)
        var matched = 0
        for _ in 0..<3 {
            for matcher in matchers {
                for text in documents {
                    let cached = Tokenizer.tokenize(text, cache: tokenCache)
                    let plain = Tokenizer.tokenize(text)
                    let found = matcher.matches(in: cached, cache: cache)
                    #expect(found == matcher.matches(in: plain, cache: MatchCache()))
                    matched += found.count
                    // A token changed after tokenizing keeps its id but not its string: not trusted.
                    var changed = cached
                    for i in changed.indices where changed[i].folded == "астана" { changed[i].folded = "барселона" }
                    var expected = plain
                    for i in expected.indices where expected[i].folded == "астана" { expected[i].folded = "барселона" }
                    #expect(matcher.matches(in: changed, cache: cache) == matcher.matches(in: expected, cache: MatchCache()))
                }
            }
        }
        #expect(matched > 0)
    }
}
