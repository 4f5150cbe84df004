import ShejireCore

/// The annotation layouts `shejire evaluate` reads.
public enum CorpusFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// CoNLL IOB2: `token TAG` per line, a blank line between sentences (KazNERD).
    case conll
    /// The factRuEval-2016 layout: `book_N.txt` with `.tokens`, `.spans` and `.objects`.
    case factRuEval = "factrueval"
}

/// A gold-annotated corpus, converted to one shape whatever its file layout.
///
/// Every offset is a half-open UTF-8 byte range into a document's `text`, like everywhere
/// else in Shejire; reports convert them to code point offsets.
public struct AnnotatedCorpus: Sendable {
    public var format: CorpusFormat
    public var documents: [AnnotatedDocument]
    /// Problems met while reading (malformed lines, offsets that do not match the text).
    public var diagnostics: [Diagnostic]

    public init(format: CorpusFormat, documents: [AnnotatedDocument], diagnostics: [Diagnostic] = []) {
        self.format = format
        self.documents = documents
        self.diagnostics = diagnostics
    }

    /// The number of sentences over all documents.
    public var sentenceCount: Int { documents.reduce(0) { $0 + $1.sentences.count } }
    /// The number of gold entities over all documents (every label, mapped or not).
    public var entityCount: Int { documents.reduce(0) { $0 + $1.entities.count } }
}

/// One document of an annotated corpus: its text, the gold tokens and the gold entities.
public struct AnnotatedDocument: Sendable, Hashable {
    /// The document id (`book_100`, or `IOB2_valid.txt:42` for a CoNLL sentence starting on line 42).
    public var id: String
    /// The text the pipeline reads and the offsets refer to.
    public var text: String
    /// `kk`, `ru` or `en`, when known.
    public var language: String?
    /// The gold tokens, in text order, not overlapping.
    public var tokens: [GoldToken]
    /// The sentences, in text order, as ranges of token indices (used for error context).
    public var sentences: [GoldSentence]
    /// The gold entities, with the corpus's own labels (mapping to Shejire types happens when scoring).
    public var entities: [GoldEntity]

    public init(
        id: String, text: String, language: String? = nil, tokens: [GoldToken], sentences: [GoldSentence],
        entities: [GoldEntity]
    ) {
        self.id = id
        self.text = text
        self.language = language
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
    }

    /// The document as the pipeline takes it.
    public var pipelineDocument: Document {
        Document(id: id, text: text, language: language)
    }

    /// The index of the sentence containing a token (the last sentence if none does), or nil
    /// if the document has no sentences.
    public func sentenceIndex(ofToken token: Int) -> Int? {
        guard !sentences.isEmpty else { return nil }
        var lower = 0
        var upper = sentences.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if sentences[mid].tokens.upperBound <= token { lower = mid + 1 } else { upper = mid }
        }
        return min(lower, sentences.count - 1)
    }
}

/// A gold token: where it is in the text.
public struct GoldToken: Sendable, Hashable {
    /// Half-open UTF-8 byte range into the document text.
    public var range: Range<Int>
    /// Left out when token sets are compared: the factRuEval scorer ignores a one-character
    /// non-letter token written against its neighbour (`«`, `»`, `.` in `«Центра».`).
    public var isIgnorable: Bool

    public init(range: Range<Int>, isIgnorable: Bool = false) {
        self.range = range
        self.isIgnorable = isIgnorable
    }
}

/// A gold sentence: a range of token indices and a name to report it by.
public struct GoldSentence: Sendable, Hashable {
    /// Half-open range of token indices.
    public var tokens: Range<Int>
    /// Where to find it: `IOB2_valid.txt:1234` (file and first line), or `book_100#3`.
    public var id: String

    public init(tokens: Range<Int>, id: String) {
        self.tokens = tokens
        self.id = id
    }
}

/// A gold entity (a CoNLL chunk or a factRuEval object) with the corpus's own label.
public struct GoldEntity: Sendable, Hashable {
    /// One labelled piece of an entity: a factRuEval span (`name`, `surname`, `org_descr`), or the
    /// whole chunk for CoNLL (label empty).
    public struct Part: Sendable, Hashable {
        public var label: String
        /// Token indices, sorted.
        public var tokens: [Int]

        public init(label: String, tokens: [Int]) {
            self.label = label
            self.tokens = tokens
        }
    }

    /// The id in the corpus (a factRuEval object id, or the CoNLL file line of the chunk's first token).
    public var id: String
    /// The corpus label: `PERSON`, `GPE`, `LocOrg`, ...
    public var label: String
    public var parts: [Part]

    public init(id: String, label: String, parts: [Part]) {
        self.id = id
        self.label = label
        self.parts = parts
    }

    /// A CoNLL-style entity: one part covering a contiguous token range.
    public init(id: String, label: String, tokens: Range<Int>) {
        self.init(id: id, label: label, parts: [Part(label: "", tokens: Array(tokens))])
    }

    /// The union of the parts' tokens, sorted, without duplicates.
    public var tokens: [Int] {
        if parts.count == 1 { return parts[0].tokens }
        return Array(Set(parts.flatMap(\.tokens))).sorted()
    }
}
