import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireGazetteer

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against an annotated corpus: precision, recall and F1 per type.",
        discussion: """
            Corpora (see docs/evaluate.md):
              kaznerd     CoNLL IOB2, 'token TAG' per line (KazNERD IOB2_valid.txt); alias: conll
              factrueval  a factRuEval-2016 directory (devset/) with book_N.txt, .tokens, .spans, .objects

            The headline is exact match on gold tokens: a predicted mention is right when its type and
            its tokens equal a gold entity's. A partial (factRuEval-2016 weighted overlap) score is
            printed too. Predicted spans that do not start and end on gold token boundaries are
            snapped to the tokens they touch.

            Hold data back with --slice: tune on 1/2, measure on 2/2.

            Examples:
              shejire evaluate --corpus kaznerd ../shared/sources/kaznerd/IOB2_valid.txt --slice 2/2
              shejire evaluate --corpus factrueval ../shared/sources/factrueval-2016/devset --errors 30
              shejire evaluate --corpus kaznerd FILE --types person --map FACILITY=place --format json
              shejire evaluate --corpus factrueval ../shared/sources/factrueval-2016/devset --relations holds_position --slice 2/2
            """
    )

    @Option(help: "The corpus layout: kaznerd (CoNLL IOB2; alias conll) or factrueval.")
    var corpus: CorpusOption

    @Argument(help: "The corpus: a CoNLL IOB2 file, or a factRuEval-2016 directory.")
    var path: String

    @OptionGroup var gazetteerOptions: GazetteerOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Option(
        name: .customLong("types"),
        help: "Types to score, comma-separated (default: person,organisation,place,date for kaznerd; person,organisation,place for factrueval).")
    var typeList: [String] = []

    @Option(
        name: .customLong("map"),
        help: "Map a corpus label to a type, or to none to leave it out: FACILITY=place, GPE=none (repeatable).")
    var mappings: [String] = []

    @Option(help: "Score only part i of n (1-based): 1/2 is the first half, 2/2 the second. Sentences for kaznerd, documents for factrueval.")
    var slice: String?

    @Option(name: .customLong("slice-by"), help: "How --slice cuts: block (contiguous, in file order) or hash (by a fixed hash of each text).")
    var sliceBy: SliceModeOption = .block

    @Option(help: "Score only the first N sentences (kaznerd) or documents (factrueval) of the slice.")
    var limit: Int?

    @Option(name: .customLong("sentences-per-document"), help: "kaznerd: sentences joined into one document (default 1: each sentence alone).")
    var sentencesPerDocument: Int = 1

    @Flag(
        name: .customLong("strict-spans"),
        help: "Compare predicted spans as they are, without moving them to the corpus's span conventions (kaznerd: «бастап» outside dates, «аралығында» inside).")
    var strictSpans = false

    @Option(help: "Output format: table or json.")
    var format: EvaluateFormat = .table

    @Option(help: "List up to N false negatives and N false positives with their context.")
    var errors: Int = 0

    @Option(name: .customLong("error-type"), help: "List errors of these types only (comma-separated; default: all scored types).")
    var errorTypeList: [String] = []

    @Option(help: "The documents' language (default: kk for kaznerd, ru for factrueval).")
    var language: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        help: "Score relations of this predicate instead of mentions (factrueval only): holds_position against Occupation facts.")
    var relations: String?

    func validate() throws {
        if let slice {
            do { _ = try CorpusSlice(parsing: slice) } catch let error as ShejireError {
                throw ValidationError(error.message)
            }
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if sentencesPerDocument < 1 { throw ValidationError("--sentences-per-document must be at least 1") }
        if errors < 0 { throw ValidationError("--errors must not be negative") }
        try validateRelations()
        do {
            _ = try LabelMapping.parseTypes(typeList)
            _ = try LabelMapping.parseTypes(errorTypeList)
            for mapping in mappings { _ = try LabelMapping.parseOverride(mapping) }
        } catch let error as ShejireError {
            throw ValidationError(error.message)
        }
    }

    func run() throws {
        if relations != nil { return try runRelations() }
        let reporter = DiagnosticReporter(quiet: diagnosticOptions.quiet)
        let format = corpus.format
        var options = Evaluator.Options.defaults(for: format)
        options.jobs = max(1, jobs)
        options.errorLimit = errors
        if strictSpans { options.policy.spanConventions = [] }
        let chosen = try LabelMapping.parseTypes(typeList)
        if !chosen.isEmpty { options.types = chosen }
        let errorTypes = try LabelMapping.parseTypes(errorTypeList)
        if !errorTypes.isEmpty { options.errorTypes = errorTypes }
        for text in mappings {
            let (label, type) = try LabelMapping.parseOverride(text)
            options.mapping.set(label, to: type)
        }

        let gazetteer: Gazetteer
        let annotated: AnnotatedCorpus
        do {
            gazetteer = try gazetteerOptions.load(reporter: reporter)
            annotated = try readCorpus(format)
        } catch let error as ShejireError {
            StandardError.write("shejire: error: \(error)\n")
            throw ExitCode(2)
        }
        for diagnostic in annotated.diagnostics { reporter.report(diagnostic) }

        let pipeline = Pipeline(gazetteer: gazetteer)
        var report = Evaluator.score(pipeline: pipeline, corpus: annotated, options: options)
        report.corpus = path
        report.slice = try slice.map { try CorpusSlice(parsing: $0, mode: sliceBy.mode).description }
        if let limit { report.slice = (report.slice.map { $0 + ", " } ?? "") + "first \(limit)" }

        let output = Output()
        switch self.format {
        case .table: output.write(report.table())
        case .json: output.write(OutputJSON.encode(report.json, pretty: true) + "\n")
        }
        output.flush()
        try diagnosticOptions.finish(reporter)
    }

    /// Reads the corpus and applies --slice, --limit and the grouping of sentences.
    func readCorpus(_ format: CorpusFormat) throws -> AnnotatedCorpus {
        let chosenSlice = try slice.map { try CorpusSlice(parsing: $0, mode: sliceBy.mode) }
        switch format {
        case .conll:
            let file = try ConllCorpus.read(path: path)
            var sentences = file.sentences
            if let chosenSlice { sentences = chosenSlice.select(sentences, key: \.text) }
            if let limit { sentences = Array(sentences.prefix(limit)) }
            let documents = ConllCorpus.documents(
                from: sentences, sentencesPerDocument: sentencesPerDocument, language: language ?? "kk")
            return AnnotatedCorpus(format: .conll, documents: documents, diagnostics: file.diagnostics)
        case .factRuEval:
            var corpus = try FactRuEvalCorpus.read(directory: path)
            if let chosenSlice { corpus.documents = chosenSlice.select(corpus.documents, key: \.text) }
            if let limit { corpus.documents = Array(corpus.documents.prefix(limit)) }
            if let language {
                for index in corpus.documents.indices { corpus.documents[index].language = language }
            }
            return corpus
        }
    }
}

enum CorpusOption: String, ExpressibleByArgument, CaseIterable {
    case kaznerd, conll, factrueval

    var format: CorpusFormat {
        switch self {
        case .kaznerd, .conll: .conll
        case .factrueval: .factRuEval
        }
    }
}

enum SliceModeOption: String, ExpressibleByArgument, CaseIterable {
    case block, hash
    var mode: CorpusSlice.Mode { CorpusSlice.Mode(rawValue: rawValue)! }
}

enum EvaluateFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
