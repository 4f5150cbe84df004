import ShejireCore
import ShejireText

/// The `shejire analyze` view of a document: every token with its offsets, sentence,
/// normalised (folded) form and candidate base forms.
public struct TokenAnalysis: Codable, Sendable {
    public struct Item: Codable, Sendable {
        /// Code point offsets into the original text, end-exclusive.
        public var start: Int
        public var end: Int
        public var text: String
        public var kind: String
        public var sentence: Int
        public var normalized: String
        public var bases: [String]
    }

    public var id: String
    public var tokens: [Item]

    public init(document: Document) {
        let analyzed = AnalyzedDocument(document)
        var offsets: [Int] = []
        for token in analyzed.tokens {
            offsets.append(token.range.lowerBound)
            offsets.append(token.range.upperBound)
        }
        let points = document.codePointOffsets(offsets)
        self.id = document.id
        self.tokens = analyzed.tokens.enumerated().map { index, token in
            let bases: [String]
            switch token.kind {
            case .word, .number: bases = Morphology.candidateBases(token.folded)
            default: bases = []
            }
            return Item(
                start: points[index * 2], end: points[index * 2 + 1], text: analyzed.text(ofBytes: token.range),
                kind: token.kind.rawValue, sentence: token.sentence, normalized: token.folded, bases: bases)
        }
    }

    /// A readable table: one token per line.
    public func table() -> String {
        var out = "# \(id)  \(tokens.count) token(s)\n"
        out += "sent  start  end    kind          text                  normalized            bases\n"
        for t in tokens {
            func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
            out += pad(String(t.sentence), 6) + pad(String(t.start), 7) + pad(String(t.end), 7) + pad(t.kind, 14)
                + pad(t.text, 22) + pad(t.normalized, 22) + t.bases.joined(separator: " | ") + "\n"
        }
        return out + "\n"
    }
}
