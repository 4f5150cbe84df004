import ShejireCore

/// What an enrichment run did.
public struct EnrichSummary: Sendable, Equatable {
    /// Rows read after the header (blank lines not counted).
    public var rows = 0
    public var enriched = 0
    /// Rows written through with `enrich_error`.
    public var failed = 0
    public var blankLines = 0
    /// Mentions and relations written (after `--min-confidence`).
    public var mentions = 0
    public var mentionsByType: [EntityType: Int] = [:]
    public var relations = 0
    /// Values of `--date-field` that were not a date Shejire reads (the row was still enriched).
    public var unreadDates = 0
    /// The first few failed rows: input line and reason.
    public var failures: [Failure] = []

    public struct Failure: Sendable, Equatable {
        public var line: Int
        public var reason: String
    }

    public init() {}

    /// How many failures are kept for the report.
    public static let keptFailures = 20
}

/// Progress of a run, for a progress line.
public struct EnrichProgress: Sendable {
    public var rows: Int
    public var bytes: Int
}
