import Foundation
import ShejireCore
import ShejireGazetteer
import Testing

@testable import ShejireExtraction

/// Marked-text checks over the full pipeline: the expected mentions of one type are marked
/// with ⟦ ⟧ in the input, so a reader sees input and expectation together.
enum MarkedText {
    /// The shipped gazetteers and every rule, built once for all tests.
    static let pipeline: Pipeline = {
        let gazetteer = (try? GazetteerLoader.load(paths: [TestPaths.gazetteers.path])) ?? Gazetteer()
        return Pipeline(gazetteer: gazetteer)
    }()

    /// Strips the ⟦ ⟧ markers; returns the plain text and the marked substrings.
    static func unmark(_ marked: String) -> (text: String, spans: [String]) {
        var text = ""
        var spans: [String] = []
        var current: String?
        for character in marked {
            switch character {
            case "⟦": current = ""
            case "⟧":
                spans.append(current ?? "")
                current = nil
            default:
                text.append(character)
                current?.append(character)
            }
        }
        return (text, spans)
    }

    /// The mentions the pipeline finds in a text.
    static func mentions(_ text: String, language: String) -> [Mention] {
        let document = Document(id: "test", text: text, language: language)
        return pipeline.extract(document, scratch: ExtractionScratch()).mentions
    }

    /// Expects the mentions of `type` to be exactly the marked spans, in order.
    static func check(
        _ type: EntityType, _ marked: String, language: String = "kk", sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (text, spans) = unmark(marked)
        let found = mentions(text, language: language).filter { $0.type == type }.map(\.text)
        #expect(found == spans, "in: \(text)", sourceLocation: sourceLocation)
    }
}
