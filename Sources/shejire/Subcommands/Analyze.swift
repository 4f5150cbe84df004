import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireText

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show tokens, sentences, normalised forms and candidate base forms (for debugging gazetteers and rules).",
        discussion: """
            --format jsonl prints one line per document:
              {"id": ..., "tokens": [{"start", "end", "text", "sentence", "normalized", "bases": [...]}]}
            with Unicode code point offsets, like `shejire extract`.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Option(help: "Output format: table or jsonl.")
    var format: AnalyzeFormat = .table

    func run() throws {
        let reporter = DiagnosticReporter(quiet: diagnosticOptions.quiet)
        let reader = input.makeReader()
        let output = Output()
        while let event = reader.next() {
            switch event {
            case .diagnostic(let diagnostic): reporter.report(diagnostic)
            case .document(let document):
                let analysis = TokenAnalysis(document: document)
                switch format {
                case .jsonl: output.write(OutputJSON.encode(analysis, pretty: false) + "\n")
                case .table: output.write(analysis.table())
                }
            }
        }
        output.flush()
        try diagnosticOptions.finish(reporter)
    }
}

enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
}
