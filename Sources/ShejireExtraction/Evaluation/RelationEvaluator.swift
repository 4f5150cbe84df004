import Foundation
import ShejireCore

/// Runs the pipeline over a corpus with gold relations and scores the relations of one predicate.
public enum RelationEvaluator {
    /// What to score and how.
    public struct Options: Sendable {
        public var predicate: ShejireCore.Predicate
        /// How many false negatives and how many false positives to keep in the report, in corpus order.
        public var errorLimit: Int
        /// Worker threads for extraction.
        public var jobs: Int
        /// Documents handed to the pipeline at a time.
        public var batchSize: Int

        public init(
            predicate: ShejireCore.Predicate = .holdsPosition, errorLimit: Int = 0,
            jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 512
        ) {
            self.predicate = predicate
            self.errorLimit = errorLimit
            self.jobs = jobs
            self.batchSize = batchSize
        }
    }

    /// Extracts every document of the corpus with the pipeline and scores its relations.
    ///
    /// - Returns: the report; `seconds` holds the time spent.
    /// - Complexity: the pipeline's cost over the corpus text, plus the scorer's per document.
    public static func score(pipeline: Pipeline, corpus: RelationCorpus, options: Options) -> RelationReport {
        let clock = ContinuousClock()
        let started = clock.now
        let scratches = (0..<max(1, options.jobs)).map { _ in ExtractionScratch() }
        var predictions: [[Relation]] = []
        predictions.reserveCapacity(corpus.documents.count)
        var start = 0
        let size = max(1, options.batchSize)
        while start < corpus.documents.count {
            let batch = corpus.documents[start..<min(start + size, corpus.documents.count)].map(\.document.pipelineDocument)
            for result in pipeline.extract(batch: batch, scratches: scratches) { predictions.append(result.relations) }
            start += size
        }
        var report = score(predictions: predictions, corpus: corpus, options: options)
        let elapsed = clock.now - started
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }

    /// Scores given relations (one list per corpus document, in the same order).
    ///
    /// - Precondition: `predictions.count == corpus.documents.count`.
    public static func score(predictions: [[Relation]], corpus: RelationCorpus, options: Options) -> RelationReport {
        precondition(predictions.count == corpus.documents.count, "one relation list per document")
        let scorer = RelationScorer(predicate: options.predicate)
        var report = RelationReport(predicate: options.predicate, documents: corpus.documents.count)
        report.diagnostics = corpus.diagnostics
        for (document, predicted) in zip(corpus.documents, predictions) {
            let result = scorer.score(document, predictions: predicted)
            report.score += result.score
            report.duplicates += result.duplicates
            for error in result.errors {
                report.errorCounts[error.kind, default: [:]][error.cause, default: 0] += 1
                switch error.kind {
                case .falseNegative where report.falseNegatives.count < options.errorLimit:
                    report.falseNegatives.append(error)
                case .falsePositive where report.falsePositives.count < options.errorLimit:
                    report.falsePositives.append(error)
                default: break
                }
            }
        }
        return report
    }
}
