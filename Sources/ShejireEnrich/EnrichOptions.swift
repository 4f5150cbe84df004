import ShejireCore

/// What `Enricher` reads from each record and what it adds.
public struct EnrichOptions: Sendable {
    /// Fields whose text is read together, in this order (joined by a blank line).
    public var textFields: [String]
    /// The field holding the record's id (the document id in the graph); default `NAME#ROW`.
    public var idField: String?
    /// The field holding the record's own date, for resolving relative dates.
    public var dateField: String?
    /// `kk`, `ru` or `en` for every record; guessed per record when nil.
    public var language: String?
    /// The columns added, in this order (`enrich_error` always comes last).
    public var columns: [EnrichColumn]
    /// Mentions and relations below this confidence are left out of the added columns.
    public var minConfidence: Double
    /// Rows extracted together (and held in memory at once, times about three).
    public var batchSize: Int
    /// A row whose text fields together are longer than this (UTF-8 bytes) is written through
    /// with an error instead of being extracted.
    public var maxTextBytes: Int
    /// Names default ids: `sourceName#ROW`.
    public var sourceName: String
    /// Passes the other fields of each record to the documents (as metadata, for `--ingest`).
    public var keepMetadata: Bool

    public init(
        textFields: [String] = ["text"], idField: String? = nil, dateField: String? = nil, language: String? = nil,
        columns: [EnrichColumn] = EnrichColumn.defaults, minConfidence: Double = 0, batchSize: Int = 256,
        maxTextBytes: Int = 1 << 20, sourceName: String = "row", keepMetadata: Bool = false
    ) {
        self.textFields = textFields
        self.idField = idField
        self.dateField = dateField
        self.language = language
        self.columns = columns
        self.minConfidence = minConfidence
        self.batchSize = batchSize
        self.maxTextBytes = maxTextBytes
        self.sourceName = sourceName
        self.keepMetadata = keepMetadata
    }

    /// Every field the options name.
    var namedFields: [String] {
        textFields + [idField, dateField].compactMap { $0 }
    }
}
