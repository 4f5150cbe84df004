import ShejireCore
import ShejireText

/// A document after normalisation and tokenization: what every extractor reads.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    public let normalized: NormalizedText
    public let tokens: [Token]

    /// Normalises and tokenizes a document.
    ///
    /// - Complexity: O(n) in the length of the text.
    public init(_ document: Document) {
        self.document = document
        self.normalized = TextNormalizer.normalize(document.text)
        self.tokens = Tokenizer.tokenize(normalized)
    }

    /// Normalises and tokenizes a document with a per-thread cache of token strings (the
    /// same tokens, faster).
    public init(_ document: Document, cache: TokenCache) {
        self.document = document
        (self.normalized, self.tokens) = Tokenizer.normalizeAndTokenize(document.text, cache: cache)
    }

    /// The original text of a token range (half-open token indices).
    public func text(ofTokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(ofBytes: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The original text of a UTF-8 byte range.
    public func text(ofBytes range: Range<Int>) -> String {
        document.substring(bytes: range)
    }

    /// The original byte range covered by a token range.
    public func byteRange(ofTokens range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}
