import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireStore
import ShejireGazetteer

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract documents and store their entities and relations in the graph database.",
        discussion: """
            Each document is stored under its id (the file path relative to the input root, or the
            JSONL `id`). Re-ingesting a document replaces its mentions and evidence; unchanged
            documents (same content hash) are skipped unless --reextract is given, e.g. after
            the rules or gazetteers changed. Batches of documents are committed one transaction
            at a time: a run that is interrupted leaves every batch before it stored, and
            nothing half-written.

            Examples:
              shejire ingest Examples/
              shejire ingest --db archive.sqlite news.jsonl
              shejire ingest --reextract --db archive.sqlite corpus/
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Flag(help: "Re-extract documents even when their text has not changed.")
    var reextract = false

    @Option(help: "Worker threads for extraction (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Documents per transaction.")
    var batchSize: Int = 256

    @Option(help: "Summary format: table or json.")
    var format: SummaryFormat = .table

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
    }

    func run() throws {
        let result = try IngestCommand.run(
            input: input, storeOptions: store, gazetteerOptions: gazetteerOptions, diagnosticOptions: diagnosticOptions,
            reextract: reextract, jobs: jobs, batchSize: batchSize)
        print(IngestCommand.render(result.summary, stats: result.stats, format: format, warnings: result.reporter.warnings), terminator: "")
        try diagnosticOptions.finish(result.reporter)
    }
}

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// The ingest step shared by `ingest` and `build`.
enum IngestCommand {
    struct Result {
        var summary: IngestSummary
        var stats: StoreStats
        var reporter: DiagnosticReporter
        var store: GraphStore
        var pipeline: Pipeline
    }

    static func run(
        input: InputOptions, storeOptions: StoreOptions, gazetteerOptions: GazetteerOptions, diagnosticOptions: DiagnosticOptions,
        reextract: Bool, jobs: Int, batchSize: Int
    ) throws -> Result {
        let reporter = DiagnosticReporter(quiet: diagnosticOptions.quiet)
        let gazetteer = try GazetteerOptions.loadOrExit(gazetteerOptions, reporter: reporter)
        let store = try storeOptions.open()
        let pipeline = Pipeline(gazetteer: gazetteer)
        let runner = IngestRunner(store: store, pipeline: pipeline, jobs: jobs, reextract: reextract, batchSize: batchSize)
        let progress = ProgressLine(unit: "documents", totalBytes: ProgressLine.inputSize(input.inputs), quiet: diagnosticOptions.quiet)
        try CLIFailure.guarded {
            try runner.run(reader: input.makeReader(), reporter: reporter, progress: progress)
        }
        var summary = runner.summary
        summary.documentsSkipped = max(summary.documentsSkipped, runner.processed - summary.documentsWritten)
        let stats = try CLIFailure.guarded { try store.stats() }
        return Result(summary: summary, stats: stats, reporter: reporter, store: store, pipeline: pipeline)
    }

    static func render(_ summary: IngestSummary, stats: StoreStats, format: SummaryFormat, warnings: Int = 0) -> String {
        switch format {
        case .json:
            struct JSONSummary: Encodable {
                var documentsWritten: Int
                var documentsSkipped: Int
                var mentionsWritten: Int
                var evidenceWritten: Int
                var warnings: Int
                var store: StoreStats
            }
            return OutputJSON.encode(
                JSONSummary(
                    documentsWritten: summary.documentsWritten, documentsSkipped: summary.documentsSkipped,
                    mentionsWritten: summary.mentions, evidenceWritten: summary.evidence, warnings: warnings, store: stats), pretty: true) + "\n"
        case .table:
            var out = "ingested \(summary.documentsWritten) document(s)"
            if summary.documentsSkipped > 0 { out += ", skipped \(summary.documentsSkipped) unchanged (use --reextract to redo them)" }
            out += "; \(summary.mentions) mention(s), \(summary.evidence) piece(s) of evidence"
            out += warnings > 0 ? "; \(warnings) warning(s), see above\n" : "\n"
            out += StatsTable.render(stats)
            return out
        }
    }
}

/// `stats` as a readable table.
enum StatsTable {
    static func render(_ stats: StoreStats) -> String {
        var out = "store: \(stats.documents) document(s), \(stats.mentions) mention(s), \(stats.entities) entit\(stats.entities == 1 ? "y" : "ies"), \(stats.relations) relation(s), \(stats.evidence) evidence, \(stats.aliases) alias(es)\n"
        if !stats.entitiesByType.isEmpty {
            out += "  entities:  " + stats.entitiesByType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        if !stats.relationsByPredicate.isEmpty {
            out += "  relations: " + stats.relationsByPredicate.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        if stats.curationDecisions > 0 { out += "  curation decisions: \(stats.curationDecisions)\n" }
        return out
    }
}

extension GazetteerOptions {
    /// Loads gazetteers, exiting with code 2 when the shipped ones cannot be found.
    static func loadOrExit(_ options: GazetteerOptions, reporter: DiagnosticReporter) throws -> Gazetteer {
        do {
            return try options.load(reporter: reporter)
        } catch let error as ShejireError {
            StandardError.write("shejire: error: \(error)\n")
            throw ExitCode(2)
        }
    }
}
