import ShejireCore
import ShejireGazetteer
import ShejireText

/// What extraction found in one document.
public struct ExtractionResult: Sendable {
    public var document: Document
    public var mentions: [Mention]
    /// Relations between the mentions' entities, each with its evidence sentence.
    public var relations: [Relation]
    public var diagnostics: [Diagnostic]

    public init(document: Document, mentions: [Mention], relations: [Relation] = [], diagnostics: [Diagnostic] = []) {
        self.document = document
        self.mentions = mentions
        self.relations = relations
        self.diagnostics = diagnostics
    }
}

/// Where a segment of a long document starts in the whole document.
public struct SegmentOffset: Sendable, Hashable {
    public var bytes: Int
    public var codePoints: Int

    public init(bytes: Int, codePoints: Int) {
        self.bytes = bytes
        self.codePoints = codePoints
    }
}

/// The extraction pipeline: normalise -> tokens -> candidate mentions -> resolved mentions
/// -> linked mentions -> relations.
///
/// Immutable and `Sendable`: build it once and share it across threads, each with its own
/// `ExtractionScratch`.
public struct Pipeline: Sendable {
    public let gazetteer: Gazetteer
    public let extractors: [any Extractor]
    public let relationExtractor: RelationExtractor

    /// Builds a pipeline over a gazetteer with the standard extractors: the gazetteer
    /// matcher first (its positions feed the rules), then the rules.
    public init(gazetteer: Gazetteer) {
        self.init(gazetteer: gazetteer, extractors: Self.standardExtractors(gazetteer))
    }

    /// The gazetteer matcher and every rule family, in the order they run.
    ///
    /// `PositionPhraseRule` runs last because it only fills gaps the others left.
    public static func standardExtractors(_ gazetteer: Gazetteer) -> [any Extractor] {
        [
            GazetteerExtractor(matcher: GazetteerMatcher(gazetteer)),
            DateRule(),
            PersonNameRule(gazetteer: gazetteer),
            EventRule(),
            OrganisationRule(),
            PlaceRule(),
            PositionRule(),
            NameRecallRule(),
            NameCoordinationRule(),
            // Last: holders and owners named around position titles that no rule above found.
            PositionPhraseRule(gazetteer: gazetteer),
            // Again, for the holders `PositionPhraseRule` named (`Наото Кан ... Кан`).
            NameRecallRule(),
        ]
    }

    public init(gazetteer: Gazetteer, extractors: [any Extractor], relationExtractor: RelationExtractor? = nil) {
        self.gazetteer = gazetteer
        self.extractors = extractors
        self.relationExtractor = relationExtractor ?? .standard(gazetteer: gazetteer)
    }

    /// Extracts the mentions and relations of one document.
    ///
    /// A document longer than `segmentBytes` (a whole book on one line, a 200 MB dump) is cut
    /// into segments at line, sentence or word boundaries and extracted segment by segment
    /// (see `extractSegments`); offsets refer to the whole document. In-document linking and
    /// relations do not cross segment boundaries. The result holds every mention of the
    /// document: to keep memory bounded by the segment size on very long documents, use
    /// `extractSegments` and write each segment's result out as it comes.
    ///
    /// - Complexity: O(n) in the length of the text.
    public func extract(_ document: Document, scratch: ExtractionScratch) -> ExtractionResult {
        guard document.text.utf8.count > Self.segmentBytes else { return extractWhole(document, scratch: scratch) }
        var mentions: [Mention] = []
        var relations: [Relation] = []
        extractSegments(document, scratch: scratch) { result, offset in
            mentions += result.mentions.map { $0.shifted(by: offset.bytes) }
            relations += result.relations.map { $0.shifted(by: offset.bytes) }
        }
        return ExtractionResult(document: document, mentions: mentions, relations: relations)
    }

    /// Extracts a document segment by segment, handing each segment's result to `body` as soon
    /// as it is ready, so that memory stays bounded by one segment however long the document.
    ///
    /// A document of at most `limit` UTF-8 bytes is one segment. Each result's `document` is
    /// the segment (the document with the segment's text) and its offsets are relative to it;
    /// `offset` says where the segment starts in the whole document, in bytes and code points.
    ///
    /// - Complexity: O(n) in the length of the text; memory O(limit) beyond the text itself.
    public func extractSegments(
        _ document: Document, scratch: ExtractionScratch, limit: Int = Pipeline.segmentBytes,
        _ body: (ExtractionResult, SegmentOffset) throws -> Void
    ) rethrows {
        let cuts = Self.segmentCuts(of: document.text, limit: limit)
        guard cuts.count > 2 else {
            try body(extractWhole(document, scratch: scratch), SegmentOffset(bytes: 0, codePoints: 0))
            return
        }
        var codePoints = 0
        for (lower, upper) in zip(cuts, cuts.dropFirst()) {
            var part = document
            part.text = Document.substring(of: document.text, bytes: lower..<upper)
            let segmentCodePoints = part.text.unicodeScalars.count
            try body(extractWhole(part, scratch: scratch), SegmentOffset(bytes: lower, codePoints: codePoints))
            codePoints += segmentCodePoints
        }
    }

    /// Documents longer than this many UTF-8 bytes are extracted in segments.
    public static let segmentBytes = 1_000_000

    /// Cuts text into pieces of at most `limit` bytes, preferring a line break, then a sentence
    /// end, then a space in the last quarter of each piece; never inside a UTF-8 sequence.
    static func segments(of text: String, limit: Int) -> [(offset: Int, text: String)] {
        let cuts = segmentCuts(of: text, limit: limit)
        return zip(cuts, cuts.dropFirst()).map { ($0, Document.substring(of: text, bytes: $0..<$1)) }
    }

    /// The byte offsets where segments start, followed by the text's length (so `[0, n]` for
    /// one segment, `[0]` for empty text).
    static func segmentCuts(of text: String, limit: Int) -> [Int] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Int] in
            var cuts = [0]
            var start = 0
            while start < bytes.count {
                var end = min(bytes.count, start + limit)
                if end < bytes.count {
                    let floor = start + limit * 3 / 4
                    func last(_ predicate: (Int) -> Bool) -> Int? {
                        var i = end - 1
                        while i > floor {
                            if predicate(i) { return i + 1 }
                            i -= 1
                        }
                        return nil
                    }
                    if let cut = last({ bytes[$0] == 0x0A }) ?? last({ bytes[$0] == 0x20 && bytes[$0 - 1] == 0x2E }) ?? last({ bytes[$0] == 0x20 }) {
                        end = cut
                    } else {
                        while end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                    }
                }
                cuts.append(end)
                start = end
            }
            return cuts
        } ?? [0, text.utf8.count]
    }

    func extractWhole(_ document: Document, scratch: ExtractionScratch) -> ExtractionResult {
        let analyzed = AnalyzedDocument(document, cache: scratch.tokenCache)
        var candidates: [Candidate] = []
        for extractor in extractors {
            candidates += extractor.candidates(in: analyzed, found: candidates, scratch: scratch)
        }
        var resolved = OverlapResolver.resolve(candidates)
        PlaceRule.dropFacilityNames(&resolved, tokens: analyzed.tokens)
        PlaceRule.dropFacilityNamesakes(&resolved, tokens: analyzed.tokens)
        PlaceRule.retypeListedPlaces(&resolved, tokens: analyzed.tokens)
        PlaceRule.dropDomainNames(&resolved, tokens: analyzed.tokens)
        PersonNameRule.dropNamedThings(&resolved, tokens: analyzed.tokens)
        PersonNameRule.retypePlaceSubjects(&resolved, tokens: analyzed.tokens, language: analyzed.document.language)
        PersonNameRule.dropAwardNames(&resolved, tokens: analyzed.tokens, language: analyzed.document.language)
        PersonNameRule.dropQuotedNames(&resolved, tokens: analyzed.tokens, language: analyzed.document.language)
        PlaceRule.trimDescriptors(&resolved, tokens: analyzed.tokens)
        AcronymLinker.link(&resolved, tokens: analyzed.tokens, document: analyzed)
        DocumentLinker.link(&resolved)
        let mentions = resolved.map { candidate in
            let range = analyzed.byteRange(ofTokens: candidate.tokens)
            return Mention(
                range: range, text: analyzed.text(ofBytes: range), type: candidate.type, entity: candidate.entity,
                name: candidate.name, base: candidate.base, source: candidate.source,
                confidence: candidate.confidence, value: candidate.value, attributes: candidate.attributes)
        }
        let relations = relationExtractor.relations(in: RelationContext(analyzed: analyzed, mentions: resolved))
        return ExtractionResult(document: document, mentions: mentions, relations: relations)
    }
}
