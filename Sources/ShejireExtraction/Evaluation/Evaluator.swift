import Dispatch
import Foundation
import ShejireCore

/// Runs the pipeline over an annotated corpus and scores what it finds.
public enum Evaluator {
    /// What to score and how.
    public struct Options: Sendable {
        public var mapping: LabelMapping
        /// The Shejire types scored; predictions and gold entities of other types are left out.
        public var types: Set<EntityType>
        public var policy: ScoringPolicy
        /// How many false negatives and how many false positives to keep in the report, in corpus order.
        public var errorLimit: Int
        /// Keep only errors of these types (nil: all scored types).
        public var errorTypes: Set<EntityType>?
        /// Worker threads for extraction (default: all cores).
        public var jobs: Int
        /// Documents handed to the pipeline at a time.
        public var batchSize: Int

        public init(
            mapping: LabelMapping, types: Set<EntityType>, policy: ScoringPolicy = .conll, errorLimit: Int = 0,
            errorTypes: Set<EntityType>? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
            batchSize: Int = 512
        ) {
            self.mapping = mapping
            self.types = types
            self.policy = policy
            self.errorLimit = errorLimit
            self.errorTypes = errorTypes
            self.jobs = jobs
            self.batchSize = batchSize
        }

        /// The defaults of a corpus format: its label mapping, scored types and policy.
        public static func defaults(for format: CorpusFormat) -> Options {
            Options(
                mapping: .default(for: format), types: LabelMapping.defaultTypes(for: format),
                policy: .default(for: format))
        }
    }

    /// Extracts every document of the corpus with the pipeline and scores the mentions.
    ///
    /// - Parameters:
    ///   - pipeline: the extraction pipeline (shared by the worker threads).
    ///   - corpus: the gold corpus (already sliced, if only part of it should be scored).
    ///   - mapping: corpus labels to Shejire types.
    ///   - types: the types scored.
    /// - Returns: the report; `seconds` holds the time spent.
    /// - Complexity: the pipeline's cost over the corpus text, plus O(g² + p·g) per document.
    public static func score(
        pipeline: Pipeline, corpus: AnnotatedCorpus, mapping: LabelMapping, types: Set<EntityType>
    ) -> EvaluationReport {
        var options = Options.defaults(for: corpus.format)
        options.mapping = mapping
        options.types = types
        return score(pipeline: pipeline, corpus: corpus, options: options)
    }

    /// Extracts every document of the corpus with the pipeline and scores the mentions.
    public static func score(pipeline: Pipeline, corpus: AnnotatedCorpus, options: Options) -> EvaluationReport {
        let clock = ContinuousClock()
        let started = clock.now
        let scratches = (0..<max(1, options.jobs)).map { _ in ExtractionScratch() }
        var predictions: [[Prediction]] = []
        predictions.reserveCapacity(corpus.documents.count)
        var start = 0
        let size = max(1, options.batchSize)
        while start < corpus.documents.count {
            let batch = corpus.documents[start..<min(start + size, corpus.documents.count)].map(\.pipelineDocument)
            for result in pipeline.extract(batch: batch, scratches: scratches) {
                // A place named by an adjective before a title (`российский президент`, attribute
                // `adjective`) is a reference kept for the relation rules, not a name: neither
                // corpus annotates one (KazNERD marks such words NORP, factRuEval a descriptor).
                predictions.append(result.mentions.filter { $0.attributes["adjective"] == nil }.map(Prediction.init))
            }
            start += size
        }
        var report = score(predictions: predictions, corpus: corpus, options: options)
        let elapsed = clock.now - started
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }

    /// Scores given predictions (one list per corpus document, in the same order).
    ///
    /// - Precondition: `predictions.count == corpus.documents.count`.
    public static func score(predictions: [[Prediction]], corpus: AnnotatedCorpus, options: Options) -> EvaluationReport {
        precondition(predictions.count == corpus.documents.count, "one prediction list per document")
        let scorer = MentionScorer(mapping: options.mapping, types: options.types, policy: options.policy)
        var exact: [EntityType: Score] = [:]
        var partial: [EntityType: Score] = [:]
        var counts: [EntityType: [EvaluationError.Kind: [EvaluationError.Cause: Int]]] = [:]
        var falseNegatives: [EvaluationError] = []
        var falsePositives: [EvaluationError] = []
        var alignment = EvaluationReport.Alignment()
        let listed = options.errorTypes ?? options.types
        for type in options.types {
            exact[type] = Score()
            partial[type] = Score()
        }
        for (document, predicted) in zip(corpus.documents, predictions) {
            let result = scorer.score(document, predictions: predicted)
            for (type, score) in result.exact { exact[type, default: Score()] += score }
            for (type, score) in result.partial { partial[type, default: Score()] += score }
            alignment.predictions += result.predictions
            alignment.snapped += result.snapped
            alignment.unaligned += result.unaligned
            alignment.neutral += result.neutral
            alignment.ignoredGold += result.ignoredGold
            for error in result.errors {
                guard let type = EntityType(rawValue: error.type) else { continue }
                counts[type, default: [:]][error.kind, default: [:]][error.cause, default: 0] += 1
                guard listed.contains(type) else { continue }
                switch error.kind {
                case .falseNegative where falseNegatives.count < options.errorLimit: falseNegatives.append(error)
                case .falsePositive where falsePositives.count < options.errorLimit: falsePositives.append(error)
                default: break
                }
            }
        }
        let ordered = EntityType.allCases.filter(options.types.contains)
        var report = EvaluationReport(
            format: corpus.format, documents: corpus.documents.count, sentences: corpus.sentenceCount, types: ordered,
            mapping: options.mapping, perType: exact, partialPerType: partial, errorCounts: counts,
            falseNegatives: falseNegatives, falsePositives: falsePositives, alignment: alignment,
            diagnostics: corpus.diagnostics)
        report.spanConventions = options.policy.spanConventions.filter { options.types.contains($0.type) }.map(\.summary)
        return report
    }
}
