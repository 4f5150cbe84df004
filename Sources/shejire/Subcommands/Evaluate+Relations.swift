import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireGazetteer

/// `shejire evaluate --relations PREDICATE`: relations against factRuEval facts (docs/evaluate.md).
extension Evaluate {
    func validateRelations() throws {
        guard let relations else { return }
        guard let predicate = ShejireCore.Predicate(rawValue: relations), FactMapping.known[predicate] != nil else {
            let known = FactMapping.known.keys.map(\.rawValue).sorted().joined(separator: ", ")
            throw ValidationError("--relations: no gold facts for '\(relations)' (known: \(known))")
        }
        if corpus != .factrueval { throw ValidationError("--relations needs --corpus factrueval") }
        if !typeList.isEmpty || !mappings.isEmpty || !errorTypeList.isEmpty {
            throw ValidationError("--types, --map and --error-type do not apply to --relations")
        }
    }

    func runRelations() throws {
        let reporter = DiagnosticReporter(quiet: diagnosticOptions.quiet)
        let predicate = ShejireCore.Predicate(rawValue: relations ?? "")!
        let mapping = FactMapping.known[predicate]!
        let gazetteer: Gazetteer
        var corpus: RelationCorpus
        do {
            gazetteer = try gazetteerOptions.load(reporter: reporter)
            corpus = try FactRuEvalCorpus.readRelations(directory: path, mappings: [mapping])
        } catch let error as ShejireError {
            StandardError.write("shejire: error: \(error)\n")
            throw ExitCode(2)
        }
        let chosenSlice = try slice.map { try CorpusSlice(parsing: $0, mode: sliceBy.mode) }
        if let chosenSlice { corpus.documents = chosenSlice.select(corpus.documents, key: \.document.text) }
        if let limit { corpus.documents = Array(corpus.documents.prefix(limit)) }
        if let language {
            for index in corpus.documents.indices { corpus.documents[index].document.language = language }
        }
        for diagnostic in corpus.diagnostics { reporter.report(diagnostic) }

        let options = RelationEvaluator.Options(predicate: predicate, errorLimit: errors, jobs: max(1, jobs))
        var report = RelationEvaluator.score(pipeline: Pipeline(gazetteer: gazetteer), corpus: corpus, options: options)
        report.corpus = path
        report.slice = chosenSlice?.description
        if let limit { report.slice = (report.slice.map { $0 + ", " } ?? "") + "first \(limit)" }

        let output = Output()
        switch format {
        case .table: output.write(report.table())
        case .json: output.write(OutputJSON.encode(report.json, pretty: true) + "\n")
        }
        output.flush()
        try diagnosticOptions.finish(reporter)
    }
}
