import ArgumentParser
import Foundation
import ShejireCore
import ShejireExport
import ShejireStore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The main job: ingest documents into the graph database, then export the graph.",
        discussion: """
            Runs `ingest` on the inputs, then writes GraphML and node-link JSON (and any --format
            given) to Exports/ (or --export DIR), and prints a summary: documents, entities by
            type, relations by predicate, and the files written.

            Examples:
              shejire build Examples
              shejire build --db archive.sqlite --export out/ --format gexf --format neo4j corpus/
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Option(name: .customLong("export"), help: ArgumentHelp("Directory for the exports.", valueName: "dir"))
    var exportDirectory = "Exports"
    @Option(name: .customLong("format"), help: "Additional export formats (repeatable; graphml and json are always written).")
    var formats: [ExportFormat] = []
    @Flag(help: "Re-extract documents even when their text has not changed.")
    var reextract = false
    @Option(help: "Worker threads for extraction (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        let result = try IngestCommand.run(
            input: input, storeOptions: store, gazetteerOptions: gazetteerOptions, diagnosticOptions: diagnosticOptions,
            reextract: reextract, jobs: jobs, batchSize: 256)
        var all: [ExportFormat] = [.graphml, .json]
        for format in formats where !all.contains(format) { all.append(format) }
        if !FileManager.default.fileExists(atPath: exportDirectory) {
            do {
                try FileManager.default.createDirectory(atPath: exportDirectory, withIntermediateDirectories: true)
            } catch {
                throw CLIFailure.report(ShejireError(code: "export-directory", "cannot create \(exportDirectory): \(error.localizedDescription)"))
            }
        }
        let written = try ExportRunner.run(store: result.store, filter: GraphFilter(), formats: all, out: nil, directory: exportDirectory)
        print(IngestCommand.render(result.summary, stats: result.stats, format: .table, warnings: result.reporter.warnings), terminator: "")
        print("exports:")
        for file in written { print("  \(file)") }
        try diagnosticOptions.finish(result.reporter)
    }
}
