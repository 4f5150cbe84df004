/// A relation found in one document, with the sentence that states it.
///
/// The store merges relations with the same subject, predicate, object and qualifiers
/// across documents into one relation with many pieces of evidence.
public struct Relation: Sendable, Hashable, Codable {
    /// Entity id of the subject, e.g. `person:aliya-mustafina`.
    public var subject: String
    public var predicate: Predicate
    /// Entity id of the object, e.g. `org:president-archive`.
    public var object: String
    /// `title`, `since`, `until`, `date`, `role`, ...; sorted by key on output.
    public var qualifiers: [String: String]
    /// Between 0 and 1.
    public var confidence: Double
    /// The rule that found it, e.g. `relation:holds-position-genitive`.
    public var rule: String
    /// Half-open UTF-8 byte range of the evidence sentence in the document's original text.
    public var sentence: Range<Int>
    /// The byte ranges of the subject and object mentions that the rule used.
    public var subjectRange: Range<Int>
    public var objectRange: Range<Int>
    /// The byte range of the mention that states the relation, when there is one: the position
    /// title of `holds_position` (`мэр` in `мэр Москвы Юрий Лужков`). Evaluation compares it
    /// with the annotated position; the store does not keep it.
    public var anchorRange: Range<Int>?

    public init(
        subject: String, predicate: Predicate, object: String, qualifiers: [String: String] = [:],
        confidence: Double, rule: String, sentence: Range<Int>, subjectRange: Range<Int>, objectRange: Range<Int>,
        anchorRange: Range<Int>? = nil
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.qualifiers = qualifiers
        self.confidence = confidence
        self.rule = rule
        self.sentence = sentence
        self.subjectRange = subjectRange
        self.objectRange = objectRange
        self.anchorRange = anchorRange
    }
}

extension Relation {
    /// The relation with its byte ranges moved by `bytes`.
    public func shifted(by bytes: Int) -> Relation {
        func shift(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + bytes)..<(range.upperBound + bytes) }
        var copy = self
        copy.sentence = shift(sentence)
        copy.subjectRange = shift(subjectRange)
        copy.objectRange = shift(objectRange)
        copy.anchorRange = anchorRange.map(shift)
        return copy
    }
}
