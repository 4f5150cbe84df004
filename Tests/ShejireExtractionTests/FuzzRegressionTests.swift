import Foundation
import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// Replays inputs kept from fuzzing (Fixtures/fuzz-regressions) and the committed fuzz seeds
/// through decoding and the whole pipeline; spans must stay inside the text on scalar boundaries.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func inputs() -> [URL] {
        let fm = FileManager.default
        let root = TestPaths.packageRoot
        var urls: [URL] = []
        for directory in ["Tests/ShejireExtractionTests/Fixtures/fuzz-regressions", "Fuzz/Corpus/pipeline", "Fuzz/Corpus/tokenizer", "Fuzz/Corpus/dates"] {
            let url = root.appendingPathComponent(directory)
            for name in ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).sorted() where name != "README.md" {
                urls.append(url.appendingPathComponent(name))
            }
        }
        return urls
    }

    @Test("Every kept fuzz input runs through the pipeline with valid spans")
    func replay() throws {
        let inputs = Self.inputs()
        #expect(inputs.count >= 3, "the committed fuzz seeds are missing")
        let gazetteer = try GazetteerLoader.load(paths: [TestPaths.gazetteers.path])
        let pipeline = Pipeline(gazetteer: gazetteer)
        let scratch = ExtractionScratch()
        for url in inputs {
            let bytes = [UInt8](try Data(contentsOf: url))
            guard case .text(let text, _) = TextDecoding.decode(bytes, file: url.lastPathComponent, checkBinary: false) else { continue }
            let result = pipeline.extract(Document(id: url.lastPathComponent, text: text, date: SimpleDate(year: 2025, month: 10, day: 30)), scratch: scratch)
            let length = text.utf8.count
            #expect(result.mentions.allSatisfy { $0.range.upperBound <= length && !$0.range.isEmpty }, "\(url.lastPathComponent)")
        }
    }
}
