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
            // Last: holders and owners named around position titles that no rule above found.
            PositionPhraseRule(gazetteer: gazetteer),
        ]
    }

    public init(gazetteer: Gazetteer, extractors: [any Extractor], relationExtractor: RelationExtractor? = nil) {
        self.gazetteer = gazetteer
        self.extractors = extractors
        self.relationExtractor = relationExtractor ?? .standard(gazetteer: gazetteer)
    }

    /// Extracts the mentions of one document.
    ///
    /// - Complexity: O(n) in the length of the text for the gazetteer and the rules.
    /// Extracts the mentions and relations of one document.
    ///
    /// A document longer than `segmentBytes` (a whole book on one line, a 200 MB dump) is cut
    /// into segments at line, sentence or word boundaries and extracted segment by segment, so
    /// memory stays bounded by the segment size and time stays linear; offsets refer to the
    /// whole document. In-document linking and relations do not cross segment boundaries.
    ///
    /// - Complexity: O(n) in the length of the text.
    public func extract(_ document: Document, scratch: ExtractionScratch) -> ExtractionResult {
        let length = document.text.utf8.count
        guard length > Self.segmentBytes else { return extractWhole(document, scratch: scratch) }
        var mentions: [Mention] = []
        var relations: [Relation] = []
        for segment in Self.segments(of: document.text, limit: Self.segmentBytes) {
            var part = document
            part.text = segment.text
            let result = extractWhole(part, scratch: scratch)
            let offset = segment.offset
            func shift(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + offset)..<(range.upperBound + offset) }
            for var mention in result.mentions {
                mention.range = shift(mention.range)
                mentions.append(mention)
            }
            for var relation in result.relations {
                relation.sentence = shift(relation.sentence)
                relation.subjectRange = shift(relation.subjectRange)
                relation.objectRange = shift(relation.objectRange)
                relation.anchorRange = relation.anchorRange.map(shift)
                relations.append(relation)
            }
        }
        return ExtractionResult(document: document, mentions: mentions, relations: relations)
    }

    /// Documents longer than this many UTF-8 bytes are extracted in segments.
    public static let segmentBytes = 1_000_000

    /// Cuts text into pieces of at most `limit` bytes, preferring a line break, then a sentence
    /// end, then a space in the last quarter of each piece; never inside a UTF-8 sequence.
    static func segments(of text: String, limit: Int) -> [(offset: Int, text: String)] {
        let bytes = Array(text.utf8)
        var result: [(Int, String)] = []
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
            result.append((start, String(decoding: bytes[start..<end], as: UTF8.self)))
            start = end
        }
        return result
    }

    func extractWhole(_ document: Document, scratch: ExtractionScratch) -> ExtractionResult {
        let analyzed = AnalyzedDocument(document, cache: scratch.tokenCache)
        var candidates: [Candidate] = []
        for extractor in extractors {
            candidates += extractor.candidates(in: analyzed, found: candidates, scratch: scratch)
        }
        var resolved = OverlapResolver.resolve(candidates)
        PlaceRule.dropFacilityNames(&resolved, tokens: analyzed.tokens)
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
