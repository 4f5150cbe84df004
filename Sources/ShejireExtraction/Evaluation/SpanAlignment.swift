/// Maps a predicted span onto gold tokens.
///
/// A predicted span is snapped to the gold tokens it touches: from the token containing its
/// first byte (or the next token, if it starts in white space) to the token containing its last
/// byte. A mention that ends inside a gold token (`Астана` inside the gold token `Астанада`
/// would, were the tokenizers to disagree) so counts as covering that whole token; the number of
/// snapped spans is reported.
public enum SpanAlignment {
    /// Where a predicted span lies on the gold tokens.
    public struct Alignment: Sendable, Hashable {
        /// Half-open range of gold token indices.
        public var tokens: Range<Int>
        /// Whether the span starts at the first token's start and ends at the last token's end.
        public var isExact: Bool

        public init(tokens: Range<Int>, isExact: Bool) {
            self.tokens = tokens
            self.isExact = isExact
        }
    }

    /// Snaps a UTF-8 byte range to the gold tokens it overlaps.
    ///
    /// - Parameters:
    ///   - range: the predicted span, half-open UTF-8 byte offsets.
    ///   - tokens: the gold tokens, in text order, not overlapping.
    /// - Returns: the covering tokens, or nil if the span touches none (empty, or only white space).
    /// - Complexity: O(log k) for k tokens.
    public static func align(_ range: Range<Int>, to tokens: [GoldToken]) -> Alignment? {
        guard !range.isEmpty, !tokens.isEmpty else { return nil }
        // First token ending after the span's start.
        var lower = 0
        var upper = tokens.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if tokens[mid].range.upperBound <= range.lowerBound { lower = mid + 1 } else { upper = mid }
        }
        let first = lower
        // First token starting at or after the span's end; the one before it is the last.
        lower = first
        upper = tokens.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if tokens[mid].range.lowerBound < range.upperBound { lower = mid + 1 } else { upper = mid }
        }
        let end = lower
        guard first < end else { return nil }
        let exact = tokens[first].range.lowerBound == range.lowerBound
            && tokens[end - 1].range.upperBound == range.upperBound
        return Alignment(tokens: first..<end, isExact: exact)
    }
}
