import Foundation
import ShejireCore
import ShejireGazetteer
import Testing

@testable import ShejireExtraction

/// Guards extraction accuracy: runs `shejire evaluate`'s scoring on a fixed held-back slice of
/// KazNERD and of factRuEval-2016 (from `../shared/sources`; for factRuEval both 2/2 and, since
/// session 8, its last quarter 4/4, the one part no rule was written from) and fails if the exact-match micro
/// F1 drops more than `tolerance` (one point) below the baseline recorded in
/// `Fixtures/accuracy-baseline.json`.
///
/// The corpora are not part of the repository: without `../shared` the test prints a SKIP line
/// and passes. To record new numbers after an improvement, run
/// `RECORD_ACCURACY_BASELINE=1 swift test --filter AccuracyRegression` (the recording run fails
/// on purpose, so that it is never mistaken for a check), review the diff of the JSON file and
/// commit it. See `docs/evaluate.md`.
@Suite("Accuracy regression")
struct AccuracyRegressionTests {
    /// One corpus entry of the baseline file.
    struct Entry: Codable, Equatable {
        /// Path below `../shared/sources`.
        var path: String
        /// `i/n`, as `--slice`.
        var slice: String
        /// Only the first `limit` sentences (KazNERD) or documents (factRuEval) of the slice.
        var limit: Int?
        var microF1: Double
        var perTypeF1: [String: Double]

        enum CodingKeys: String, CodingKey {
            case path, slice, limit
            case microF1 = "micro_f1"
            case perTypeF1 = "per_type_f1"
        }
    }

    struct Baseline: Codable, Equatable {
        var tolerance: Double
        var kaznerd: Entry
        var factrueval: Entry
        /// factRuEval's last quarter, the one part no rule was written from since session 7.
        var factruevalHeldBack: Entry?

        enum CodingKeys: String, CodingKey {
            case tolerance, kaznerd, factrueval
            case factruevalHeldBack = "factrueval_held_back"
        }
    }

    static let baselineURL = TestPaths.packageRoot.appendingPathComponent(
        "Tests/ShejireExtractionTests/Fixtures/accuracy-baseline.json")

    static func loadBaseline() throws -> Baseline {
        try JSONDecoder().decode(Baseline.self, from: Data(contentsOf: baselineURL))
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_ACCURACY_BASELINE"] == "1" }

    /// The corpus sources, or nil with a visible SKIP line.
    static func sources(_ entry: Entry) -> URL? {
        guard let shared = TestPaths.shared else {
            print("SKIP: ../shared not found; extraction accuracy is not checked")
            return nil
        }
        let sources = shared.appendingPathComponent("sources")
        guard FileManager.default.fileExists(atPath: sources.appendingPathComponent(entry.path).path) else {
            print("SKIP: \(entry.path) not found in \(sources.path); extraction accuracy is not checked")
            return nil
        }
        return sources
    }

    static func score(_ corpus: AnnotatedCorpus) throws -> EvaluationReport {
        let gazetteer = try GazetteerLoader.load(paths: [TestPaths.gazetteers.path])
        var options = Evaluator.Options.defaults(for: corpus.format)
        options.jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
        return Evaluator.score(pipeline: Pipeline(gazetteer: gazetteer), corpus: corpus, options: options)
    }

    static func kaznerd(_ entry: Entry, sources: URL) throws -> EvaluationReport {
        let file = try ConllCorpus.read(path: sources.appendingPathComponent(entry.path).path)
        var sentences = try CorpusSlice(parsing: entry.slice).select(file.sentences, key: \.text)
        if let limit = entry.limit { sentences = Array(sentences.prefix(limit)) }
        let documents = ConllCorpus.documents(from: sentences, language: "kk")
        return try score(AnnotatedCorpus(format: .conll, documents: documents))
    }

    static func factRuEval(_ entry: Entry, sources: URL) throws -> EvaluationReport {
        var corpus = try FactRuEvalCorpus.read(directory: sources.appendingPathComponent(entry.path).path)
        corpus.documents = try CorpusSlice(parsing: entry.slice).select(corpus.documents, key: \.text)
        if let limit = entry.limit { corpus.documents = Array(corpus.documents.prefix(limit)) }
        return try score(corpus)
    }

    /// Compares a report with its baseline entry; returns the entry with the new numbers.
    static func check(_ name: String, _ report: EvaluationReport, _ entry: Entry, tolerance: Double) -> Entry {
        var measured = entry
        measured.microF1 = (report.micro.f1 * 10_000).rounded() / 10_000
        measured.perTypeF1 = Dictionary(
            uniqueKeysWithValues: report.perType.map { ($0.key.rawValue, ($0.value.f1 * 10_000).rounded() / 10_000) })
        let perType = measured.perTypeF1.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("accuracy \(name) slice \(entry.slice): micro F1 \(measured.microF1) (baseline \(entry.microF1)); \(perType)")
        if !recording {
            #expect(
                report.micro.f1 >= entry.microF1 - tolerance,
                "\(name): micro F1 \(measured.microF1) is more than \(tolerance) below the baseline \(entry.microF1)")
        }
        return measured
    }

    @Test("Micro F1 on held-back KazNERD and factRuEval slices stays within a point of the baseline")
    func microF1() throws {
        var baseline = try Self.loadBaseline()
        guard let sources = Self.sources(baseline.kaznerd), Self.sources(baseline.factrueval) != nil else { return }
        let kaznerd = try Self.kaznerd(baseline.kaznerd, sources: sources)
        let factRuEval = try Self.factRuEval(baseline.factrueval, sources: sources)
        #expect(kaznerd.micro.gold > 0 && factRuEval.micro.gold > 0, "the slices must hold gold entities")
        let newKaznerd = Self.check("kaznerd", kaznerd, baseline.kaznerd, tolerance: baseline.tolerance)
        let newFactRuEval = Self.check("factrueval", factRuEval, baseline.factrueval, tolerance: baseline.tolerance)
        var newHeldBack: Entry? = nil
        if let heldBack = baseline.factruevalHeldBack {
            newHeldBack = Self.check(
                "factrueval", try Self.factRuEval(heldBack, sources: sources), heldBack, tolerance: baseline.tolerance)
        }
        if Self.recording {
            baseline.kaznerd = newKaznerd
            baseline.factrueval = newFactRuEval
            baseline.factruevalHeldBack = newHeldBack
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(baseline) + Data("\n".utf8)).write(to: Self.baselineURL)
            Issue.record("Recorded \(Self.baselineURL.lastPathComponent); run again without RECORD_ACCURACY_BASELINE to check")
        }
    }
}
