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
    public func extract(_ document: Document, scratch: ExtractionScratch) -> ExtractionResult {
        let analyzed = AnalyzedDocument(document)
        var candidates: [Candidate] = []
        for extractor in extractors {
            candidates += extractor.candidates(in: analyzed, found: candidates, scratch: scratch)
        }
        var resolved = OverlapResolver.resolve(candidates)
        PlaceRule.dropFacilityNames(&resolved, tokens: analyzed.tokens)
        PlaceRule.trimDescriptors(&resolved, tokens: analyzed.tokens)
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
