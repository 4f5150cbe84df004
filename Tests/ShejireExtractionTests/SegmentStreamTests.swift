import Foundation
import ShejireCore
import ShejireGazetteer
import Testing
@testable import ShejireExtraction

/// Long documents are extracted and written segment by segment (`Pipeline.extractSegments`,
/// `DocumentJSONStream`), so that memory stays bounded by a segment; the output must be the
/// same as for the whole result.
@Suite("Segmented extraction and streamed output")
struct SegmentStreamTests {
    static let shipped: Gazetteer = (try? GazetteerLoader.load(paths: [TestPaths.gazetteers.path])) ?? Gazetteer()

    /// Several paragraphs in Kazakh and Russian, with relations, repeated past `limit`.
    static func longText(bytes: Int) -> String {
        let paragraph = """
            ҚР Президенті архивінің директоры Әлия Мұстафина 2025 жылғы 30 қазанда Барселонада болды.
            Директор Архива Президента РК Алия Мустафина выступила на конгрессе в Барселоне.
            Халықаралық архивтер кеңесінің (ICA) конгресі Барселонада өтті.

            """
        return String(repeating: paragraph, count: bytes / paragraph.utf8.count + 1)
    }

    /// The whole result put together from segments, as `Pipeline.extract` does for long documents.
    static func joined(_ document: Document, limit: Int, pipeline: Pipeline) -> (result: ExtractionResult, segments: Int) {
        var mentions: [Mention] = []
        var relations: [Relation] = []
        var segments = 0
        pipeline.extractSegments(document, scratch: ExtractionScratch(), limit: limit) { result, offset in
            segments += 1
            mentions += result.mentions.map { $0.shifted(by: offset.bytes) }
            relations += result.relations.map { $0.shifted(by: offset.bytes) }
        }
        return (ExtractionResult(document: document, mentions: mentions, relations: relations), segments)
    }

    @Test("Segment offsets point at the same text in the whole document, in bytes and code points")
    func segmentOffsets() throws {
        let text = Self.longText(bytes: 20_000)
        let document = Document(id: "long", text: text, language: "kk")
        let pipeline = Pipeline(gazetteer: Self.shipped)
        var segments = 0
        var nextByte = 0
        var nextCodePoint = 0
        pipeline.extractSegments(document, scratch: ExtractionScratch(), limit: 3_000) { result, offset in
            segments += 1
            #expect(offset.bytes == nextByte)
            #expect(offset.codePoints == nextCodePoint)
            #expect(result.document.text.utf8.count <= 3_000)
            let json = result.json
            let scalars = Array(text.unicodeScalars)
            for mention in json.mentions {
                let whole = String(String.UnicodeScalarView(scalars[(mention.start + offset.codePoints)..<(mention.end + offset.codePoints)]))
                #expect(whole == mention.text)
            }
            nextByte += result.document.text.utf8.count
            nextCodePoint += result.document.text.unicodeScalars.count
        }
        #expect(segments >= 7)
        #expect(nextByte == text.utf8.count)
    }

    @Test("A streamed JSONL line is byte for byte the line of the whole result")
    func streamedLineEqualsWhole() throws {
        let text = Self.longText(bytes: 12_000)
        let document = Document(id: "long \"one\"", text: text, date: SimpleDate(iso: "2025-10-30"), language: "kk")
        let pipeline = Pipeline(gazetteer: Self.shipped)
        let (whole, segments) = Self.joined(document, limit: 2_500, pipeline: pipeline)
        #expect(segments > 4)
        #expect(whole.mentions.count > 50)
        #expect(whole.relations.count > 10)
        var streamed = ""
        let stream = DocumentJSONStream(document: document) { streamed += $0 }
        try pipeline.extractSegments(document, scratch: ExtractionScratch(), limit: 2_500) { try stream.add($0, offset: $1) }
        try stream.finish()
        #expect(streamed == OutputJSON.encode(whole.json, pretty: false) + "\n")
    }

    @Test("Streaming a short document, or one without relations or mentions, gives the ordinary line")
    func streamedShortDocuments() throws {
        let pipeline = Pipeline(gazetteer: Self.shipped)
        for text in ["ҚР Президенті архивінің директоры Әлия Мұстафина Барселонада болды.", "Мұнда ештеңе жоқ.", ""] {
            let document = Document(id: "d", text: text)
            var streamed = ""
            let stream = DocumentJSONStream(document: document) { streamed += $0 }
            try pipeline.extractSegments(document, scratch: ExtractionScratch()) { try stream.add($0, offset: $1) }
            try stream.finish()
            let whole = pipeline.extract(document, scratch: ExtractionScratch())
            #expect(streamed == OutputJSON.encode(whole.json, pretty: false) + "\n", "\(text)")
        }
    }

    @Test("Documents over segmentBytes are extracted from the same segments by extract and extractSegments")
    func extractUsesSegments() throws {
        let text = Self.longText(bytes: Pipeline.segmentBytes + 200_000)
        let document = Document(id: "long", text: text)
        let pipeline = Pipeline(gazetteer: Self.shipped)
        let whole = pipeline.extract(document, scratch: ExtractionScratch())
        let (joined, segments) = Self.joined(document, limit: Pipeline.segmentBytes, pipeline: pipeline)
        #expect(segments == 2)
        #expect(whole.mentions == joined.mentions)
        #expect(whole.relations.count == joined.relations.count)
    }
}
