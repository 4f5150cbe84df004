import ArgumentParser
import Foundation
import ShejireCore
import ShejireEnrich
import ShejireExtraction
import ShejireStore

struct Enrich: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add the people, organisations, places and dates of each record of a CSV, TSV or JSONL file as new columns.",
        discussion: """
            Every input row, field and value is kept, in the same order. Added columns: persons, organisations, places, dates (canonical names, |-separated), dates_normalised (ISO values), entity_ids, then enrich_error; JSONL records get the same as structured fields (offsets, type, entity id, confidence, field).

            A row that cannot be read (bad encoding, a broken quote, text too long) is written through with the reason in enrich_error and counted. The output is written to a temporary file and renamed when complete. A progress line shows on a terminal (--quiet hides it). See docs/enrich.md.

            Examples:
              shejire enrich catalogue.csv --text-field title --text-field description
              shejire enrich records.jsonl --relations --out records.enriched.jsonl
              shejire enrich export.csv --date-field date --id-field shelfmark --ingest
              shejire enrich list.tsv --link-only --columns persons,entity_ids
            """
    )

    @Argument(help: "The input: a .csv, .tsv or .jsonl file, or - for standard input.")
    var input: String

    @Option(name: [.short, .long], help: ArgumentHelp("The output file (default: INPUT with .enriched before the extension; - for standard output).", valueName: "file"))
    var out: String?

    @Option(help: "The input format: csv, tsv or jsonl (default: from the extension, else from the content).")
    var format: RecordFormatOption?

    @Option(help: "The CSV delimiter: one character, or tab, comma, semicolon (default: detected from the header).")
    var delimiter: String?

    @Option(name: .customLong("text-field"), help: ArgumentHelp("A field to read the text from (repeatable; read together, in order; default: text).", valueName: "name"))
    var textFields: [String] = []

    @Option(name: .customLong("id-field"), help: ArgumentHelp("The field with the record's id (default: FILE#ROW).", valueName: "name"))
    var idField: String?

    @Option(name: .customLong("date-field"), help: ArgumentHelp("The field with the record's date (YYYY-MM-DD or DD.MM.YYYY), for relative dates.", valueName: "name"))
    var dateField: String?

    @Option(help: "The language of every record (kk, ru, en); guessed per record otherwise.")
    var language: String?

    @Option(help: ArgumentHelp("The columns to add, comma-separated, from persons, organisations, places, dates, dates_normalised, events, positions, entity_ids, relations.", valueName: "list"))
    var columns: String?

    @Flag(help: "Also add the relations found (subject predicate object).")
    var relations = false

    @Option(help: "Leave out mentions and relations below this confidence (0 to 1).")
    var minConfidence: Double = 0

    @Flag(help: "Also store the records as documents in the graph (--db), and write the graph's entity ids.")
    var ingest = false

    @Flag(help: "Write only ids of entities already in the graph (--db); create nothing.")
    var linkOnly = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Option(help: "Worker threads for extraction (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Rows extracted together.")
    var batchSize: Int = 256

    @Option(help: "The longest text (UTF-8 bytes, text fields together) extracted; longer rows are written through with an error.")
    var maxTextBytes: Int = 1 << 20

    @Option(help: "The longest record kept whole; also how far an unclosed quote may reach before it counts as broken.")
    var maxRecordBytes: Int = 16 << 20

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        if ingest && linkOnly { throw ValidationError("--ingest and --link-only exclude each other") }
        if let delimiter, RecordFormat.delimiter(named: delimiter) == nil {
            throw ValidationError("--delimiter must be one ASCII character other than a quote or a line break, or tab, comma, semicolon")
        }
        _ = try chosenColumns()
    }

    func chosenColumns() throws -> [EnrichColumn] {
        var chosen = EnrichColumn.defaults
        if let columns {
            chosen = []
            for item in columns.split(separator: ",") where !item.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let column = EnrichColumn(lenient: String(item)) else {
                    throw ValidationError("unknown column '\(item)' in --columns; choose from \(EnrichColumn.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                if !chosen.contains(column) { chosen.append(column) }
            }
            if chosen.isEmpty { throw ValidationError("--columns names no column") }
        }
        if relations && !chosen.contains(.relations) { chosen.append(.relations) }
        return chosen
    }

    /// `dir/name.enriched.ext` for `dir/name.ext`; standard output for standard input.
    static func defaultOutput(for input: String) -> String {
        if input == "-" { return "-" }
        let url = URL(fileURLWithPath: input)
        let ext = url.pathExtension
        let stem = url.deletingPathExtension().lastPathComponent
        let name = ext.isEmpty ? "\(stem).enriched" : "\(stem).enriched.\(ext)"
        let directory = (input as NSString).deletingLastPathComponent
        return directory.isEmpty ? name : "\(directory)/\(name)"
    }

    func run() throws {
        let reporter = DiagnosticReporter(quiet: diagnosticOptions.quiet)
        let outPath = out ?? Self.defaultOutput(for: input)
        if outPath != "-", input != "-",
            URL(fileURLWithPath: outPath).standardizedFileURL.path == URL(fileURLWithPath: input).standardizedFileURL.path
        {
            throw CLIFailure.report(ShejireError(code: "same-file", "the output would replace the input; choose another --out"))
        }
        let columns = try chosenColumns()
        let gazetteer = try GazetteerOptions.loadOrExit(gazetteerOptions, reporter: reporter)
        let pipeline = Pipeline(gazetteer: gazetteer)
        let sourceName = input == "-" ? "stdin" : URL(fileURLWithPath: input).lastPathComponent
        let options = EnrichOptions(
            textFields: textFields.isEmpty ? ["text"] : textFields, idField: idField, dateField: dateField, language: language,
            columns: columns, minConfidence: minConfidence, batchSize: batchSize, maxTextBytes: maxTextBytes,
            sourceName: sourceName, keepMetadata: ingest)

        var linker: (any EntityLinker)?
        var ingestLinker: StoreIngestLinker?
        var graph: GraphStore?
        if ingest || linkOnly {
            let opened = try store.open(readOnly: linkOnly)
            graph = opened
            if ingest {
                ingestLinker = StoreIngestLinker(store: opened, preparation: IngestPreparation(gazetteer: gazetteer))
                linker = ingestLinker
            } else {
                linker = StoreLookupLinker(store: opened)
            }
        }

        let reader: any RecordReader
        do {
            reader = try RecordReaders.open(
                path: input, format: format?.format, delimiter: delimiter.flatMap(RecordFormat.delimiter(named:)),
                maxRecordBytes: maxRecordBytes)
        } catch let error as ShejireError {
            throw Self.fail(error)
        }
        // The handler goes in before the temporary file exists: a signal that comes as soon as
        // the file appears must still remove it.
        let cleanup = InterruptCleanup(removing: OutputFile.temporaryPath(for: outPath))
        defer { cleanup.cancel() }
        let output: OutputFile
        do {
            output = try OutputFile(path: outPath)
        } catch let error as ShejireError {
            throw Self.fail(error)
        }
        let writer: any RecordWriter
        switch reader.format {
        case .jsonl: writer = JSONLRecordWriter(output: output, columns: columns)
        case .delimited(let d): writer = DelimitedRecordWriter(output: output, delimiter: d, columns: columns)
        }
        let progress = ProgressLine(unit: "rows", totalBytes: ProgressLine.inputSize([input]), quiet: diagnosticOptions.quiet)
        let enricher = Enricher(pipeline: pipeline, options: options, jobs: jobs)
        let summary: EnrichSummary
        do {
            summary = try enricher.run(reader: reader, writer: writer, linker: linker) { step in
                progress.update(count: step.rows, bytes: step.bytes)
            }
            progress.finish()
            try output.commit()
        } catch let error as ShejireError {
            progress.finish()
            output.discard()
            throw Self.fail(error)
        } catch let error as StoreError {
            progress.finish()
            output.discard()
            throw CLIFailure.report(error)
        }

        for failure in summary.failures {
            reporter.report(Diagnostic(.warning, code: "enrich-row", failure.reason, file: input == "-" ? "stdin" : input, line: failure.line))
        }
        if !diagnosticOptions.quiet {
            StandardError.write(Self.render(summary, format: reader.format, output: outPath, ingest: ingestLinker?.summary, graph: graph))
        }
        if diagnosticOptions.strict && summary.failed > 0 {
            StandardError.write("shejire: \(summary.failed) row(s) not enriched, with --strict\n")
            throw ExitCode(1)
        }
        try diagnosticOptions.finish(reporter)
    }

    /// Reports an error; problems with the options or the header exit with 2, others with 1.
    static func fail(_ error: ShejireError) -> ExitCode {
        StandardError.write("shejire: error: \(error)\n")
        return ExitCode(["missing-field", "column-exists"].contains(error.code) ? 2 : 1)
    }

    static func render(_ summary: EnrichSummary, format: RecordFormat, output: String, ingest: IngestSummary?, graph: GraphStore?) -> String {
        var out = "enriched \(summary.enriched) of \(summary.rows) row(s) (\(format))"
        if summary.failed > 0 { out += "; \(summary.failed) written through with enrich_error" }
        if summary.blankLines > 0 { out += "; \(summary.blankLines) blank line(s) kept" }
        out += "\n  found: \(summary.mentions) mention(s)"
        if !summary.mentionsByType.isEmpty {
            out += " (" + summary.mentionsByType.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ") + ")"
        }
        out += ", \(summary.relations) relation(s)\n"
        if summary.unreadDates > 0 { out += "  \(summary.unreadDates) value(s) of --date-field were not a date (YYYY-MM-DD or DD.MM.YYYY)\n" }
        if let ingest {
            out += "  stored \(ingest.documentsWritten) document(s), \(ingest.mentions) mention(s) in \(graph?.path ?? "the graph")\n"
        }
        out += "  output: \(output == "-" ? "standard output" : output)\n"
        return out
    }
}

enum RecordFormatOption: String, ExpressibleByArgument, CaseIterable {
    case csv, tsv, jsonl
    var format: RecordFormat {
        switch self {
        case .csv: .csv
        case .tsv: .tsv
        case .jsonl: .jsonl
        }
    }
}
