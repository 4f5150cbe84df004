import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireGazetteer

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find entity mentions in documents and print them.",
        discussion: """
            Output formats (see docs/output-format.md):
              jsonl  one JSON object per document, in input order, streamed (default)
              json   one pretty-printed object (an array when there are several documents)
              table  a readable table

            Offsets (start, end) are Unicode code point offsets into the original text, end-exclusive.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Option(help: "Output format: jsonl, json or table.")
    var format: ExtractFormat = .jsonl

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// A batch is extracted once it holds this many bytes of text (or 64 documents per thread).
    static let batchByteLimit = 16 << 20

    func run() throws {
        let reporter = DiagnosticReporter(quiet: diagnosticOptions.quiet)
        let gazetteer: Gazetteer
        do {
            gazetteer = try gazetteerOptions.load(reporter: reporter)
        } catch let error as ShejireError {
            StandardError.write("shejire: error: \(error)\n")
            throw ExitCode(2)
        }
        let pipeline = Pipeline(gazetteer: gazetteer)
        let scratches = (0..<max(1, jobs)).map { _ in ExtractionScratch() }
        let reader = input.makeReader()
        let output = Output()
        var collected: [DocumentJSON] = []
        var batch: [Document] = []
        var documentCount = 0

        func flushBatch() {
            guard !batch.isEmpty else { return }
            for result in pipeline.extract(batch: batch, scratches: scratches) {
                documentCount += 1
                switch format {
                case .jsonl: output.write(OutputJSON.encode(result.json, pretty: false) + "\n")
                case .json: collected.append(result.json)
                case .table: output.write(TableFormatter.render(result))
                }
            }
            batch.removeAll(keepingCapacity: true)
        }

        var batchBytes = 0
        while let event = reader.next() {
            switch event {
            case .diagnostic(let diagnostic): reporter.report(diagnostic)
            case .document(let document):
                let length = document.text.utf8.count
                if format == .jsonl, length > Pipeline.segmentBytes {
                    // A very long document: written segment by segment, never held whole.
                    flushBatch()
                    batchBytes = 0
                    documentCount += 1
                    let stream = DocumentJSONStream(document: document, write: output.write)
                    do {
                        try pipeline.extractSegments(document, scratch: scratches[0]) { try stream.add($0, offset: $1) }
                        try stream.finish()
                    } catch {
                        StandardError.write("shejire: error: \(document.sourcePath ?? document.id): \(error)\n")
                        throw ExitCode(1)
                    }
                    continue
                }
                batch.append(document)
                batchBytes += length
                if batch.count >= 64 * max(1, jobs) || batchBytes >= Self.batchByteLimit {
                    flushBatch()
                    batchBytes = 0
                }
            }
        }
        flushBatch()
        if format == .json {
            if collected.count == 1 {
                output.write(OutputJSON.encode(collected[0], pretty: true) + "\n")
            } else {
                output.write(OutputJSON.encode(collected, pretty: true) + "\n")
            }
        }
        output.flush()
        try diagnosticOptions.finish(reporter)
    }
}

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json, table
}

/// Renders extraction results as a readable table.
enum TableFormatter {
    static func render(_ result: ExtractionResult) -> String {
        let json = result.json
        var rows: [[String]] = [["start", "end", "type", "text", "entity", "base", "source", "conf"]]
        for m in json.mentions {
            var entity = m.entity
            if let value = m.value { entity += " = " + value }
            rows.append([String(m.start), String(m.end), m.type, m.text, entity, m.base, m.source, String(format: "%.2f", m.confidence)])
        }
        var header = "# \(json.id)"
        if let date = json.date { header += "  date \(date)" }
        if let language = json.language { header += "  language \(language)" }
        let relations = json.relations ?? []
        header += "  \(json.mentions.count) mention(s)  \(relations.count) relation(s)\n"
        var out = header + formatRows(rows)
        let typed = relations.filter { $0.predicate != Predicate.coOccursWith.rawValue }
        if !typed.isEmpty {
            var relationRows: [[String]] = [["subject", "predicate", "object", "qualifiers", "rule", "conf"]]
            for r in typed {
                let qualifiers = (r.qualifiers ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                relationRows.append([r.subject, r.predicate, r.object, qualifiers, r.rule, String(format: "%.2f", r.confidence)])
            }
            out += "\n" + formatRows(relationRows)
        }
        let cooccurrences = relations.count - typed.count
        if cooccurrences > 0 { out += "(+ \(cooccurrences) co_occurs_with pair(s) in JSON output)\n" }
        return out + "\n"
    }

    /// Left-aligned columns, widths in characters, cells shortened to 48 characters.
    static func formatRows(_ rows: [[String]]) -> String {
        let clipped = rows.map { $0.map { $0.count > 48 ? String($0.prefix(47)) + "…" : $0 } }
        var widths = [Int](repeating: 0, count: clipped.first?.count ?? 0)
        for row in clipped { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in clipped {
            let cells = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        return out
    }
}
