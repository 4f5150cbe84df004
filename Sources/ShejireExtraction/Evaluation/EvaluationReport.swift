import ShejireCore

/// The result of scoring extraction against a corpus: precision, recall and F1 per type and
/// micro-averaged, for exact and partial matching, with the errors.
public struct EvaluationReport: Sendable {
    /// How predictions landed on the gold tokens.
    public struct Alignment: Sendable, Hashable, Codable {
        /// Predicted mentions of a scored type.
        public var predictions = 0
        /// Snapped to the covering gold tokens because they did not start and end on token boundaries.
        public var snapped = 0
        /// Touching no gold token (false positives).
        public var unaligned = 0
        /// Exactly matching a gold entity that the scoring policy ignores (not counted).
        public var neutral = 0
        /// Gold entities of a scored type that the scoring policy ignores.
        public var ignoredGold = 0

        public init() {}
    }

    public var format: CorpusFormat
    /// The corpus path, as given.
    public var corpus: String?
    /// The slice scored, if not all (`2/2`).
    public var slice: String?
    public var documents: Int
    public var sentences: Int
    /// The scored types, in the usual order (person, organisation, place, date, event, position).
    public var types: [EntityType]
    public var mapping: LabelMapping
    /// The corpus span conventions predictions were moved to (`SpanConvention.summary`); empty
    /// when spans were compared as predicted.
    public var spanConventions: [String] = []
    /// Exact token-span match (the headline), per scored type.
    public var perType: [EntityType: Score]
    /// Exact match over all scored types.
    public var micro: Score
    /// Partial match (factRuEval-2016 style), per scored type.
    public var partialPerType: [EntityType: Score]
    public var partialMicro: Score
    /// Exact-match errors by type, kind and cause.
    public var errorCounts: [EntityType: [EvaluationError.Kind: [EvaluationError.Cause: Int]]]
    /// The first listed false negatives and false positives (see `Evaluator.Options.errorLimit`).
    public var falseNegatives: [EvaluationError]
    public var falsePositives: [EvaluationError]
    public var alignment: Alignment
    /// Problems met while reading the corpus.
    public var diagnostics: [Diagnostic]
    /// Wall-clock seconds spent extracting and scoring, when measured.
    public var seconds: Double?

    public init(
        format: CorpusFormat, documents: Int, sentences: Int, types: [EntityType], mapping: LabelMapping,
        perType: [EntityType: Score], partialPerType: [EntityType: Score],
        errorCounts: [EntityType: [EvaluationError.Kind: [EvaluationError.Cause: Int]]] = [:],
        falseNegatives: [EvaluationError] = [], falsePositives: [EvaluationError] = [],
        alignment: Alignment = Alignment(), diagnostics: [Diagnostic] = []
    ) {
        self.format = format
        self.documents = documents
        self.sentences = sentences
        self.types = types
        self.mapping = mapping
        self.perType = perType
        self.partialPerType = partialPerType
        self.micro = types.reduce(Score()) { $0 + (perType[$1] ?? Score()) }
        self.partialMicro = types.reduce(Score()) { $0 + (partialPerType[$1] ?? Score()) }
        self.errorCounts = errorCounts
        self.falseNegatives = falseNegatives
        self.falsePositives = falsePositives
        self.alignment = alignment
        self.diagnostics = diagnostics
    }

    /// The error count of one type, kind and cause.
    public func errorCount(_ type: EntityType, _ kind: EvaluationError.Kind, _ cause: EvaluationError.Cause) -> Int {
        errorCounts[type]?[kind]?[cause] ?? 0
    }
}
