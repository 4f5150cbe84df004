import Foundation
import ShejireCore
import ShejireGazetteer
import ShejireText
import Testing
@testable import ShejireExtraction

/// A seeded random-input harness (the portable part of the fuzzing in RELIABILITY.md): random
/// bytes built from the pieces that trip text code (Kazakh and Russian letters, combining marks,
/// look-alike Latin letters, quotes, dashes, digits, dots, initials, invalid UTF-8, NUL, long
/// runs) go through decoding, normalisation, tokenizing, morphology, every rule, linking and
/// relations, and the gazetteer and JSONL readers. Nothing may crash, and every span must lie on
/// scalar boundaries inside its text. `SHEJIRE_FUZZ_ITERATIONS` runs longer by hand.
@Suite("Random input")
struct RandomInputTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["SHEJIRE_FUZZ_ITERATIONS"] ?? "") ?? 300

    /// SplitMix64: deterministic, so a failure names a reproducible seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [[UInt8]] = {
        let texts = [
            "Әлия", "Мұстафина", "ҚР", "Президенті", "архивінің", "директоры", "Астана", "Барселонада", "2025", "жылғы",
            "30", "қазан", "27-30", "XIX", "ғасыр", "г.", "им.", "Ә.Қ.", "Н.Ә.Назарбаев", "«", "»", "“", "”", "„", "–", "—", "-",
            ".", ",", "(", ")", "ICA", "АҚШ-пен", "30-дан", "Иванов", "Иванович", "в", "Москве", "ж.", "т.б.", "e\u{301}",
            "i", "Ə", "а\u{0308}", "\u{200B}", "\u{FEFF}", "🙂", "http://x.kz/a", "a@b.kz", " ", "  ", "\n", "\t", "\r\n",
            "Халықаралық", "архивтер", "кеңесінің", "мүшесі", "бастап", "дейін", "биыл", "кеше", "директор", "Архива",
        ]
        var result = texts.map { Array($0.utf8) }
        result += [[0xFF], [0xC3], [0xE2, 0x80], [0x00], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        return result
    }()

    static func randomBytes(_ generator: inout Generator) -> [UInt8] {
        var bytes: [UInt8] = []
        let length = Int.random(in: 0...60, using: &generator)
        for _ in 0..<length {
            if Int.random(in: 0..<20, using: &generator) == 0 {
                let run = Int.random(in: 1...300, using: &generator)
                bytes += Array(repeating: UInt8.random(in: 0...255, using: &generator), count: run)
            } else {
                bytes += pieces.randomElement(using: &generator)!
            }
        }
        return bytes
    }

    static let pipeline: Pipeline = {
        let gazetteer = (try? GazetteerLoader.load(paths: [TestPaths.gazetteers.path])) ?? Gazetteer()
        return Pipeline(gazetteer: gazetteer)
    }()

    static func isBoundary(_ offset: Int, in utf8: [UInt8]) -> Bool {
        offset == utf8.count || (offset >= 0 && offset < utf8.count && utf8[offset] & 0xC0 != 0x80)
    }

    @Test("Random text through the whole pipeline: no crash, spans valid, offsets monotonic")
    func pipelineOnRandomText() throws {
        var generator = Generator(state: 2026_11_26)
        let scratch = ExtractionScratch()
        for iteration in 0..<Self.iterations {
            let bytes = Self.randomBytes(&generator)
            guard case .text(let text, _) = TextDecoding.decode(bytes, file: "fuzz", checkBinary: false) else { continue }
            let document = Document(id: "fuzz-\(iteration)", text: text, date: SimpleDate(year: 2025, month: 10, day: 30))
            let result = Self.pipeline.extract(document, scratch: scratch)
            let utf8 = Array(text.utf8)
            var previousEnd = 0
            for mention in result.mentions {
                #expect(mention.range.lowerBound >= previousEnd && mention.range.upperBound <= utf8.count, "iteration \(iteration): \(mention.range)")
                #expect(Self.isBoundary(mention.range.lowerBound, in: utf8) && Self.isBoundary(mention.range.upperBound, in: utf8), "iteration \(iteration)")
                previousEnd = mention.range.upperBound
            }
            for relation in result.relations {
                #expect(relation.sentence.upperBound <= utf8.count && relation.subject != relation.object, "iteration \(iteration)")
            }
            let json = result.json
            #expect(json.mentions.allSatisfy { $0.start <= $0.end })
            _ = OutputJSON.encode(json, pretty: false)
        }
    }

    @Test("Random words through the morphology and the match key: no crash, bases are not longer than the word")
    func morphologyOnRandomWords() {
        var generator = Generator(state: 7)
        for _ in 0..<(Self.iterations * 10) {
            let text = String(decoding: Self.randomBytes(&generator).prefix(40), as: UTF8.self)
            let folded = TextFolding.fold(text)
            for base in Morphology.candidateBases(folded) {
                #expect(base.unicodeScalars.count <= folded.unicodeScalars.count + 2)
            }
            _ = Morphology.matchForms(folded)
            _ = Transliteration.matchKey(folded)
            _ = EntityKey.make(name: text, type: .organisation)
        }
    }

    @Test("Random gazetteer files: rows are loaded or reported with their line, never a crash")
    func gazetteerLoaderOnRandomRows() {
        var generator = Generator(state: 11)
        for _ in 0..<Self.iterations {
            var lines = ["id\ttype\tname\tlang\taliases\tids\trelations\tattributes\toptions"]
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                let cells = (0..<Int.random(in: 0...11, using: &generator)).map { _ in
                    String(decoding: Self.randomBytes(&generator).prefix(30), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
                }
                lines.append(cells.joined(separator: "\t"))
            }
            let gazetteer = GazetteerLoader.parse(data: Data(lines.joined(separator: "\n").utf8), file: "fuzz.tsv")
            #expect(gazetteer.diagnostics.allSatisfy { $0.line != nil })
            _ = GazetteerMatcher(gazetteer)
        }
    }

    @Test("Random JSONL lines: bad lines are reported with their line number, good ones are read")
    func jsonlReaderOnRandomLines() throws {
        var generator = Generator(state: 13)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for round in 0..<max(1, Self.iterations / 10) {
            var bytes: [UInt8] = []
            var good = 0
            for line in 0..<20 {
                if Bool.random(using: &generator) {
                    bytes += Array(#"{"id":"r\#(round)-\#(line)","text":"Астанада форум өтті."}"#.utf8)
                    good += 1
                } else {
                    bytes += Self.randomBytes(&generator).filter { $0 != 0x0A }
                }
                bytes.append(0x0A)
            }
            let url = directory.appendingPathComponent("r\(round).jsonl")
            try Data(bytes).write(to: url)
            let reader = DocumentReader(paths: [url.path], format: .jsonl)
            var documents = 0
            while let event = reader.next() {
                if case .document = event { documents += 1 }
                if case .diagnostic(let diagnostic) = event { #expect(diagnostic.line != nil || diagnostic.byteOffset != nil) }
            }
            #expect(documents >= good)
        }
    }
}
