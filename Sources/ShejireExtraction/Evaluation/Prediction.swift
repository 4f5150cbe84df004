import ShejireCore

/// A predicted mention as the scorer sees it: a span, a type and what produced it.
public struct Prediction: Sendable, Hashable {
    /// Half-open UTF-8 byte range into the document text.
    public var range: Range<Int>
    public var type: EntityType
    /// `gazetteer:places-kz`, `rule:date`, ... (shown with false positives).
    public var source: String

    public init(range: Range<Int>, type: EntityType, source: String = "") {
        self.range = range
        self.type = type
        self.source = source
    }

    public init(_ mention: Mention) {
        self.init(range: mention.range, type: mention.type, source: mention.source)
    }
}
