import ShejireCore

/// A gold relation not found, or a predicted relation that fits no gold one, with its sentence.
public struct RelationError: Sendable, Hashable, Codable {
    /// Why it is an error, judged from the closest relation on the other side.
    public enum Cause: String, Sendable, Hashable, Codable, CaseIterable {
        /// A false negative: no predicted relation has its subject, nor its object and anchor.
        case missed
        /// A false positive: its subject is no gold subject, and no gold relation has its object and anchor.
        case spurious
        /// A predicted relation has the object and the anchor, with another subject.
        case subject
        /// A predicted relation has the subject, with another object.
        case object
        /// A predicted relation has the subject and the object, with another position.
        case position
        /// A false negative fitted by a prediction that was paired with another gold relation.
        case shared
    }

    public var kind: EvaluationError.Kind
    public var cause: Cause
    public var document: String
    /// The sentence id (`book_100#3`): the evidence sentence of a false positive; for a false
    /// negative, the sentence of its anchor (or of the first subject mention).
    public var sentence: String
    /// Code point offsets of that sentence in the document text, end-exclusive.
    public var start: Int
    public var end: Int
    /// The sentence with the subject, anchor and object marked `⟦…⟧`, shortened around them.
    public var context: String
    /// The gold relation (`Лужков Юрий | мэра | Москва`): the false negative, or the gold relation
    /// closest to a false positive.
    public var gold: String?
    /// The predicted relation (`Юрий Лужков | мэр | Москвы`, mention texts and title): the false
    /// positive, or the prediction closest to a false negative.
    public var predicted: String?
    /// The rule of a false positive.
    public var rule: String?

    /// A false positive.
    init(
        kind: EvaluationError.Kind, cause: Cause, relation: Relation, document: RelationDocument, gold: String?,
        predicted: String
    ) {
        let marks = [relation.subjectRange, relation.objectRange] + (relation.anchorRange.map { [$0] } ?? [])
        self.init(
            kind: kind, cause: cause, around: relation.subjectRange.lowerBound, marks: marks, document: document,
            gold: gold, predicted: predicted, rule: relation.rule)
    }

    /// A false negative.
    init(kind: EvaluationError.Kind, cause: Cause, gold: GoldRelation, document: RelationDocument, predicted: String?) {
        let at = gold.anchor?.first?.lowerBound ?? gold.subject.first?.first?.lowerBound ?? 0
        var marks = gold.anchor.map { Array($0.prefix(1)) } ?? []
        marks += gold.subject.flatMap { $0 }
        marks += gold.object?.flatMap { $0 } ?? []
        self.init(
            kind: kind, cause: cause, around: at, marks: marks, document: document, gold: gold.summary,
            predicted: predicted, rule: nil)
    }

    private init(
        kind: EvaluationError.Kind, cause: Cause, around byte: Int, marks: [Range<Int>], document: RelationDocument,
        gold: String?, predicted: String?, rule: String?
    ) {
        let annotated = document.document
        let sentence = Self.sentence(containing: byte, in: annotated)
        var bytes = byte..<byte
        if let sentence, !annotated.sentences[sentence].tokens.isEmpty {
            let tokens = annotated.sentences[sentence].tokens
            bytes = annotated.tokens[tokens.lowerBound].range.lowerBound..<annotated.tokens[tokens.upperBound - 1].range.upperBound
        }
        let points = Document.codePointOffsets(of: annotated.text, [bytes.lowerBound, bytes.upperBound])
        self.kind = kind
        self.cause = cause
        self.document = annotated.id
        self.sentence = sentence.map { annotated.sentences[$0].id } ?? annotated.id
        self.start = points[0]
        self.end = points[1]
        self.context = Self.marked(annotated.text, sentence: bytes, marks: marks.filter { bytes.contains($0.lowerBound) })
        self.gold = gold
        self.predicted = predicted
        self.rule = rule
    }

    /// The sentence (index) whose tokens contain or follow a byte offset.
    static func sentence(containing byte: Int, in document: AnnotatedDocument) -> Int? {
        guard let token = document.tokens.firstIndex(where: { $0.range.upperBound > byte }) ?? document.tokens.indices.last
        else { return nil }
        return document.sentenceIndex(ofToken: token)
    }

    /// The sentence with the ranges marked `⟦…⟧` (overlapping ranges merged), at most about 80
    /// characters before the first mark and after the last, line breaks as spaces.
    static func marked(_ text: String, sentence: Range<Int>, marks: [Range<Int>]) -> String {
        var merged: [Range<Int>] = []
        for range in marks.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        let lower = min(sentence.lowerBound, merged.first?.lowerBound ?? sentence.lowerBound)
        let upper = max(sentence.upperBound, merged.last?.upperBound ?? sentence.upperBound)
        var out = ""
        var cursor = lower
        for (index, range) in merged.enumerated() {
            var between = MentionScorer.slice(text, cursor..<range.lowerBound)
            if index == 0, between.count > 80 { between = "…" + between.suffix(79) }
            out += between + "⟦" + MentionScorer.slice(text, range) + "⟧"
            cursor = range.upperBound
        }
        var tail = MentionScorer.slice(text, cursor..<upper)
        if tail.count > 80 { tail = tail.prefix(79) + "…" }
        out += tail
        return String(out.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
