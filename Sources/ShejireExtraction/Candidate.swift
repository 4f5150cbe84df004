import ShejireCore

/// A mention proposed by a gazetteer or a rule, before overlaps are resolved.
public struct Candidate: Sendable, Hashable {
    /// Half-open range of token indices.
    public var tokens: Range<Int>
    public var type: EntityType
    public var entity: String
    public var name: String
    public var base: String
    public var source: String
    public var confidence: Double
    public var value: String?
    public var attributes: [String: String]
    /// Higher wins among overlapping candidates of equal length (a gazetteer entry is more
    /// specific than a shape rule).
    public var specificity: Int

    public init(
        tokens: Range<Int>, type: EntityType, entity: String, name: String, base: String, source: String,
        confidence: Double, value: String? = nil, attributes: [String: String] = [:], specificity: Int = 0
    ) {
        self.tokens = tokens
        self.type = type
        self.entity = entity
        self.name = name
        self.base = base
        self.source = source
        self.confidence = confidence
        self.value = value
        self.attributes = attributes
        self.specificity = specificity
    }
}

extension Candidate {
    /// The same mention over a wider span, proposed by `source`: the entity, name, base,
    /// confidence and specificity are kept. With `owner`, the attributes `of` and `of_entity`
    /// name the organisation or place the widening took in (`Следственный комитет КПРФ`).
    func widened(to tokens: Range<Int>, source: String, owner: Candidate? = nil) -> Candidate {
        var copy = self
        copy.tokens = tokens
        copy.source = source
        if let owner {
            copy.attributes["of"] = owner.name
            copy.attributes["of_entity"] = owner.entity
        }
        return copy
    }
}
