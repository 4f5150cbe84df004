import Foundation
import ShejireCore

extension EvaluationReport {
    // MARK: - Table

    /// The report as readable text: the exact and partial score tables, the error causes, the
    /// alignment counts and the listed errors with their context.
    public func table() -> String {
        var out = ""
        var title = format == .conll ? "CoNLL IOB2" : "factRuEval-2016"
        if let corpus { title += " " + corpus }
        out += "\(title): \(documents) document(s), \(sentences) sentence(s)"
        if let slice { out += ", slice \(slice)" }
        out += "\n"
        out += "scored types: " + types.map(\.rawValue).joined(separator: ", ") + "\n"
        out += "label mapping: \(mapping) (other labels not scored)\n"
        for convention in spanConventions { out += "span convention: \(convention) (--strict-spans to compare spans as predicted)\n" }
        out += "\n"

        out += "Exact token-span match (headline)\n"
        out += scoreTable(perType, micro, partial: false)
        out += "\nPartial match (factRuEval-2016 weighted overlap)\n"
        out += scoreTable(partialPerType, partialMicro, partial: true)

        out += "\nExact-match errors by cause\n"
        var rows: [[String]] = [["type", "FN missed", "boundary", "type", "overlap", "FP spurious", "boundary", "type", "overlap"]]
        for type in types {
            rows.append(
                [type.rawValue]
                    + [EvaluationError.Cause.missed, .boundary, .type, .overlap].map {
                        String(errorCount(type, .falseNegative, $0))
                    }
                    + [EvaluationError.Cause.spurious, .boundary, .type, .overlap].map {
                        String(errorCount(type, .falsePositive, $0))
                    })
        }
        out += Self.columns(rows, rightAligned: true)

        out += "\nAlignment: \(alignment.predictions) predicted mention(s) of scored types, \(alignment.snapped) snapped "
            + "to gold token boundaries, \(alignment.unaligned) touching no gold token"
        if alignment.ignoredGold > 0 || alignment.neutral > 0 {
            out += "; \(alignment.ignoredGold) gold entit(ies) ignored by the scoring policy, "
                + "\(alignment.neutral) prediction(s) matching one (not counted)"
        }
        out += ".\n"
        if !diagnostics.isEmpty { out += "Corpus warnings: \(diagnostics.count) (printed on standard error).\n" }
        if let seconds { out += String(format: "Time: %.2f s\n", seconds) }

        let fnTotal = types.reduce(0) { $0 + Int((perType[$1] ?? Score()).falseNegatives.rounded()) }
        let fpTotal = types.reduce(0) { $0 + Int((perType[$1] ?? Score()).falsePositives.rounded()) }
        if !falseNegatives.isEmpty {
            out += "\nFalse negatives (\(falseNegatives.count) listed of \(fnTotal))\n"
            for error in falseNegatives { out += Self.line(error) }
        }
        if !falsePositives.isEmpty {
            out += "\nFalse positives (\(falsePositives.count) listed of \(fpTotal))\n"
            for error in falsePositives { out += Self.line(error) }
        }
        return out
    }

    func scoreTable(_ scores: [EntityType: Score], _ total: Score, partial: Bool) -> String {
        var rows: [[String]] = [["type", "P", "R", "F1", "TP", "FP", "FN", "gold", "predicted"]]
        func row(_ name: String, _ score: Score) -> [String] {
            let count: (Double) -> String = { partial ? String(format: "%.2f", $0) : String(Int($0.rounded())) }
            return [
                name,
                score.predicted > 0 ? String(format: "%.4f", score.precision) : "-",
                score.gold > 0 ? String(format: "%.4f", score.recall) : "-",
                String(format: "%.4f", score.f1),
                count(score.truePositives), count(score.falsePositives), count(score.falseNegatives),
                String(score.gold), String(score.predicted),
            ]
        }
        for type in types { rows.append(row(type.rawValue, scores[type] ?? Score())) }
        rows.append(row("micro", total))
        return Self.columns(rows, rightAligned: true)
    }

    static func line(_ error: EvaluationError) -> String {
        var head = "  \(error.type)"
        if let label = error.label, label.lowercased() != error.type { head += " (\(label))" }
        head += "  \"\(error.text)\"  [\(error.cause.rawValue)"
        if let detail = error.detail { head += ": \(detail)" }
        head += "]"
        if let source = error.source, !source.isEmpty { head += "  \(source)" }
        head += "  \(error.sentence)\n"
        return head + "      " + error.context + "\n"
    }

    /// Columns separated by two spaces; numbers right-aligned when asked (the first column stays left).
    static func columns(_ rows: [[String]], rightAligned: Bool) -> String {
        var widths = [Int](repeating: 0, count: rows.first?.count ?? 0)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            let cells = row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i == 0 || !rightAligned ? cell + pad : pad + cell
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    // MARK: - JSON

    /// The JSON shape of a score.
    public struct ScoreJSON: Codable, Sendable, Hashable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var tp: Double
        public var fp: Double
        public var fn: Double
        public var gold: Int
        public var predicted: Int
    }

    /// The JSON shape of a score table.
    public struct TableJSON: Codable, Sendable, Hashable {
        public var perType: [String: ScoreJSON]
        public var micro: ScoreJSON
    }

    /// The JSON shape of the report (docs/evaluate.md).
    public struct JSON: Codable, Sendable {
        public var format: String
        public var corpus: String?
        public var slice: String?
        public var documents: Int
        public var sentences: Int
        public var types: [String]
        public var mapping: [String: String]
        public var spanConventions: [String]
        public var exact: TableJSON
        public var partial: TableJSON
        /// type -> kind -> cause -> count.
        public var errorCounts: [String: [String: [String: Int]]]
        public var alignment: Alignment
        public var falseNegatives: [EvaluationError]
        public var falsePositives: [EvaluationError]
        public var diagnostics: [String]
        public var seconds: Double?
    }

    /// The report as its JSON shape; ratios rounded to 4 decimals.
    public var json: JSON {
        func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
        func shape(_ s: Score) -> ScoreJSON {
            ScoreJSON(
                precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), tp: round(s.truePositives),
                fp: round(s.falsePositives), fn: round(s.falseNegatives), gold: s.gold, predicted: s.predicted)
        }
        func table(_ scores: [EntityType: Score], _ total: Score) -> TableJSON {
            TableJSON(
                perType: Dictionary(uniqueKeysWithValues: types.map { ($0.rawValue, shape(scores[$0] ?? Score())) }),
                micro: shape(total))
        }
        var counts: [String: [String: [String: Int]]] = [:]
        for (type, kinds) in errorCounts {
            for (kind, causes) in kinds {
                for (cause, count) in causes { counts[type.rawValue, default: [:]][kind.rawValue, default: [:]][cause.rawValue] = count }
            }
        }
        return JSON(
            format: format.rawValue, corpus: corpus, slice: slice, documents: documents, sentences: sentences,
            types: types.map(\.rawValue),
            mapping: Dictionary(mapping.pairs.map { ($0.label, $0.type.rawValue) }, uniquingKeysWith: { a, _ in a }),
            spanConventions: spanConventions, exact: table(perType, micro), partial: table(partialPerType, partialMicro), errorCounts: counts,
            alignment: alignment, falseNegatives: falseNegatives, falsePositives: falsePositives,
            diagnostics: diagnostics.map(\.description), seconds: seconds.map { ($0 * 1000).rounded() / 1000 })
    }
}
