import ShejireCore
import ShejireGazetteer
import ShejireText

/// Something that proposes candidate mentions for an analysed document.
///
/// Extractors are immutable and shared across threads; per-thread scratch state lives in
/// `ExtractionScratch`.
public protocol Extractor: Sendable {
    /// A short name used in `source` (`rule:date`, `gazetteer:places-kz`).
    var name: String { get }
    /// Proposes candidates. `found` holds what earlier extractors proposed.
    func candidates(in document: AnalyzedDocument, found: [Candidate], scratch: ExtractionScratch) -> [Candidate]
}

/// Per-thread scratch state for extraction (caches). `@unchecked Sendable` so that it can be
/// handed to a worker thread; it must be used by one thread at a time.
public final class ExtractionScratch: @unchecked Sendable {
    public let matchCache: MatchCache
    public let tokenCache: TokenCache

    public init() {
        self.matchCache = MatchCache()
        self.tokenCache = TokenCache()
    }
}
