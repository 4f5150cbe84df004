import Foundation
import ShejireCore

/// The result of scoring the relations of one predicate against gold facts.
public struct RelationReport: Sendable {
    public var predicate: ShejireCore.Predicate
    /// The corpus path, as given.
    public var corpus: String?
    /// The slice scored, if not all (`2/2`).
    public var slice: String?
    public var documents: Int
    /// TP, gold relations and counted predicted facts (see `RelationScorer`).
    public var score = Score()
    /// Predicted facts that fit a gold relation already found by another (not counted).
    public var duplicates = 0
    /// Errors by kind and cause.
    public var errorCounts: [EvaluationError.Kind: [RelationError.Cause: Int]] = [:]
    public var falseNegatives: [RelationError] = []
    public var falsePositives: [RelationError] = []
    /// Problems met while reading the corpus.
    public var diagnostics: [Diagnostic] = []
    /// Wall-clock seconds spent extracting and scoring, when measured.
    public var seconds: Double?

    public init(predicate: ShejireCore.Predicate, documents: Int) {
        self.predicate = predicate
        self.documents = documents
    }

    /// The error count of one kind and cause.
    public func errorCount(_ kind: EvaluationError.Kind, _ cause: RelationError.Cause) -> Int {
        errorCounts[kind]?[cause] ?? 0
    }

    // MARK: - Table

    /// The report as readable text: the score, the errors by cause and the listed errors.
    public func table() -> String {
        var out = "factRuEval-2016"
        if let corpus { out += " " + corpus }
        out += ": \(documents) document(s)"
        if let slice { out += ", slice \(slice)" }
        out += "\nrelations: \(predicate.rawValue) against Occupation facts (Who, Position, Where)\n\n"
        var rows: [[String]] = [["predicate", "P", "R", "F1", "TP", "FP", "FN", "gold", "predicted", "duplicates"]]
        rows.append([
            predicate.rawValue,
            score.predicted > 0 ? String(format: "%.4f", score.precision) : "-",
            score.gold > 0 ? String(format: "%.4f", score.recall) : "-",
            String(format: "%.4f", score.f1),
            String(Int(score.truePositives)), String(Int(score.falsePositives)), String(Int(score.falseNegatives)),
            String(score.gold), String(score.predicted), String(duplicates),
        ])
        out += EvaluationReport.columns(rows, rightAligned: true)
        out += "\nErrors by cause\n"
        var causes: [[String]] = [["kind"] + RelationError.Cause.allCases.map(\.rawValue)]
        for kind in [EvaluationError.Kind.falseNegative, .falsePositive] {
            causes.append([kind.rawValue] + RelationError.Cause.allCases.map { String(errorCount(kind, $0)) })
        }
        out += EvaluationReport.columns(causes, rightAligned: true)
        if !diagnostics.isEmpty { out += "Corpus warnings: \(diagnostics.count) (printed on standard error).\n" }
        if let seconds { out += String(format: "Time: %.2f s\n", seconds) }
        if !falseNegatives.isEmpty {
            out += "\nFalse negatives (\(falseNegatives.count) listed of \(Int(score.falseNegatives)))\n"
            for error in falseNegatives { out += Self.line(error) }
        }
        if !falsePositives.isEmpty {
            out += "\nFalse positives (\(falsePositives.count) listed of \(Int(score.falsePositives)))\n"
            for error in falsePositives { out += Self.line(error) }
        }
        return out
    }

    static func line(_ error: RelationError) -> String {
        var head = "  [\(error.cause.rawValue)] \(error.sentence)"
        if error.kind == .falseNegative {
            head += "  gold: \(error.gold ?? "-")"
            if let predicted = error.predicted { head += "  closest: \(predicted)" }
        } else {
            head += "  predicted: \(error.predicted ?? "-")"
            if let rule = error.rule { head += "  \(rule)" }
            if let gold = error.gold { head += "  closest gold: \(gold)" }
        }
        return head + "\n      " + error.context + "\n"
    }

    // MARK: - JSON

    /// The JSON shape of the report (docs/evaluate.md).
    public struct JSON: Codable, Sendable {
        public var format: String
        public var corpus: String?
        public var slice: String?
        public var documents: Int
        public var predicate: String
        public var factType: String
        public var score: EvaluationReport.ScoreJSON
        public var duplicates: Int
        /// kind -> cause -> count.
        public var errorCounts: [String: [String: Int]]
        public var falseNegatives: [RelationError]
        public var falsePositives: [RelationError]
        public var diagnostics: [String]
        public var seconds: Double?
    }

    /// The report as its JSON shape; ratios rounded to 4 decimals.
    public var json: JSON {
        func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
        var counts: [String: [String: Int]] = [:]
        for (kind, causes) in errorCounts {
            for (cause, count) in causes { counts[kind.rawValue, default: [:]][cause.rawValue] = count }
        }
        return JSON(
            format: CorpusFormat.factRuEval.rawValue, corpus: corpus, slice: slice, documents: documents,
            predicate: predicate.rawValue, factType: FactMapping.known[predicate]?.factType ?? "",
            score: EvaluationReport.ScoreJSON(
                precision: round(score.precision), recall: round(score.recall), f1: round(score.f1),
                tp: round(score.truePositives), fp: round(score.falsePositives), fn: round(score.falseNegatives),
                gold: score.gold, predicted: score.predicted),
            duplicates: duplicates, errorCounts: counts, falseNegatives: falseNegatives,
            falsePositives: falsePositives, diagnostics: diagnostics.map(\.description),
            seconds: seconds.map { ($0 * 1000).rounded() / 1000 })
    }
}
