/// One occurrence of an entity in a document.
///
/// `range` is a half-open range of UTF-8 byte offsets into the document's original text.
/// Output formats convert it to Unicode code point offsets (see `Document.codePointOffsets`).
public struct Mention: Sendable, Hashable, Codable {
    /// Half-open UTF-8 byte range into `Document.text`.
    public var range: Range<Int>
    /// The surface text exactly as it stands in the document.
    public var text: String
    public var type: EntityType
    /// A stable entity id, such as `place:astana` or `person:aliya-mustafina`.
    public var entity: String
    /// The canonical name of the entity.
    public var name: String
    /// The base (uninflected) form of the surface text.
    public var base: String
    /// Which gazetteer or rule produced the mention, e.g. `gazetteer:places-kz` or `rule:date`.
    public var source: String
    /// Between 0 and 1.
    public var confidence: Double
    /// For dates: the normalised ISO 8601 value (`2025-10-30`, `2023/..`, `2025-10-27/2025-10-30`).
    public var value: String?
    /// Free-form attributes (granularity, theme, title, ...), sorted by key on output.
    public var attributes: [String: String]

    public init(
        range: Range<Int>, text: String, type: EntityType, entity: String, name: String,
        base: String, source: String, confidence: Double, value: String? = nil,
        attributes: [String: String] = [:]
    ) {
        self.range = range
        self.text = text
        self.type = type
        self.entity = entity
        self.name = name
        self.base = base
        self.source = source
        self.confidence = confidence
        self.value = value
        self.attributes = attributes
    }
}

extension Mention {
    /// The mention with its byte range moved by `bytes`.
    public func shifted(by bytes: Int) -> Mention {
        var copy = self
        copy.range = (range.lowerBound + bytes)..<(range.upperBound + bytes)
        return copy
    }
}
