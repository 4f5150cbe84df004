import Foundation
import ShejireCore
import ShejireGazetteer
import ShejireText
import Testing
@testable import ShejireExtraction

/// Hostile inputs from the reliability list (RELIABILITY.md) that are not covered elsewhere.
@Suite("Hostile input")
struct HostileInputTests {
    static let shipped: Gazetteer = (try? GazetteerLoader.load(paths: [TestPaths.gazetteers.path])) ?? Gazetteer()

    @Test("A long single-line document (2 MB here, SHEJIRE_HOSTILE_MB for more) is extracted whole")
    func longSingleLine() throws {
        let megabytes = Int(ProcessInfo.processInfo.environment["SHEJIRE_HOSTILE_MB"] ?? "") ?? 2
        let sentence = "ҚР Президенті архивінің директоры Әлия Мұстафина 2025 жылғы 30 қазанда Барселонада болды, "
        let repeats = megabytes * 1_000_000 / sentence.utf8.count
        let text = String(repeating: sentence, count: repeats)
        let result = Pipeline(gazetteer: Self.shipped).extract(Document(id: "long", text: text), scratch: ExtractionScratch())
        let people = result.mentions.filter { $0.type == .person }.count
        #expect(people == repeats, "one person per repeat expected, got \(people) of \(repeats)")
        #expect(result.mentions.last.map { $0.range.upperBound <= text.utf8.count } == true)
        // Over `Pipeline.segmentBytes` the text is extracted in segments; offsets still refer to the whole text.
        #expect(text.utf8.count > Pipeline.segmentBytes)
        let document = Document(id: "long", text: text)
        for mention in result.mentions.prefix(50) + result.mentions.suffix(50) {
            #expect(document.substring(bytes: mention.range) == mention.text)
        }
        let segments = Pipeline.segments(of: text, limit: Pipeline.segmentBytes)
        #expect(segments.map(\.text).joined() == text)
        #expect(segments.allSatisfy { $0.text.utf8.count <= Pipeline.segmentBytes })
    }

    @Test("located_in cycles in a gazetteer load and give two facts, no endless walk")
    func locatedInCycle() throws {
        let tsv = """
            id\ttype\tname\tlang\taliases\tids\trelations\tattributes\toptions
            place:alpha\tplace\tАльфаград\tkk\t\t\tlocated_in=place:beta\t\t
            place:beta\tplace\tБетаград\tkk\t\t\tlocated_in=place:alpha\t\t
            """
        let gazetteer = GazetteerLoader.parse(data: Data(tsv.utf8), file: "cycle.tsv")
        #expect(gazetteer.diagnostics.isEmpty)
        let pipeline = Pipeline(gazetteer: gazetteer, extractors: [GazetteerExtractor(matcher: GazetteerMatcher(gazetteer))])
        let result = pipeline.extract(Document(id: "c", text: "Альфаград пен Бетаград."), scratch: ExtractionScratch())
        let located = result.relations.filter { $0.predicate == .locatedIn }.map { "\($0.subject)>\($0.object)" }.sorted()
        #expect(located == ["place:alpha>place:beta", "place:beta>place:alpha"])
    }

    @Test("An entry with 10,000 aliases loads, compiles and matches any of them")
    func tenThousandAliases() throws {
        let aliases = (0..<10_000).map { "Қала\($0)" }.joined(separator: "|")
        let tsv = "id\ttype\tname\tlang\taliases\tids\trelations\tattributes\toptions\nplace:many\tplace\tКөпатау\tkk\t\(aliases)\t\t\t\t\n"
        let gazetteer = GazetteerLoader.parse(data: Data(tsv.utf8), file: "many.tsv")
        #expect(gazetteer.entries.first?.names.count == 10_001)
        let matcher = GazetteerMatcher(gazetteer)
        let tokens = Tokenizer.tokenize(TextNormalizer.normalize("Қала9999 мен Көпатау және Қала0"))
        #expect(matcher.matches(in: tokens, cache: MatchCache()).count == 3)
    }

    @Test("Single-letter entries load but never match on their own")
    func singleLetterEntries() throws {
        let tsv = "id\ttype\tname\tlang\taliases\tids\trelations\tattributes\toptions\norg:a\torganisation\tА\tkk\tБ|В\t\t\t\t\n"
        let gazetteer = GazetteerLoader.parse(data: Data(tsv.utf8), file: "letters.tsv")
        #expect(gazetteer.entries.count == 1)
        let tokens = Tokenizer.tokenize(TextNormalizer.normalize("А, Б және В әріптері. А. Б. В."))
        #expect(GazetteerMatcher(gazetteer).matches(in: tokens, cache: MatchCache()).isEmpty)
    }

    @Test("Control characters, NUL, lone surrogate replacements and bidi marks do not break spans")
    func controlCharacters() throws {
        let text = "\u{0}\u{1}Әлия\u{200F} Мұстафина\u{202E} \u{FFFD}Астанада\u{7} болды.\u{0}"
        let result = Pipeline(gazetteer: Self.shipped).extract(Document(id: "ctl", text: text), scratch: ExtractionScratch())
        #expect(result.mentions.contains { $0.type == .place })
        #expect(result.mentions.allSatisfy { $0.range.upperBound <= text.utf8.count })
    }
}
