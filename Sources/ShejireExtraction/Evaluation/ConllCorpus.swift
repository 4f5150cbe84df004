import Foundation
import ShejireCore

/// One sentence of a CoNLL IOB2 file, with its chunks.
public struct AnnotatedSentence: Sendable, Hashable {
    /// A chunk: a label (`PERSON`, `GPE`) over a contiguous range of token indices.
    public struct Entity: Sendable, Hashable {
        public var label: String
        /// Half-open range of token indices in the sentence.
        public var tokens: Range<Int>
        /// The 1-based line of the chunk's first token.
        public var line: Int

        public init(label: String, tokens: Range<Int>, line: Int) {
            self.label = label
            self.tokens = tokens
            self.line = line
        }
    }

    public var tokens: [String]
    /// The tag of each token as written (`O`, `B-PERSON`, `I-PERSON`).
    public var tags: [String]
    public var entities: [Entity]
    /// The file name, for ids and diagnostics.
    public var file: String
    /// The 1-based line of the first token.
    public var line: Int

    public init(tokens: [String], tags: [String], entities: [Entity], file: String, line: Int) {
        self.tokens = tokens
        self.tags = tags
        self.entities = entities
        self.file = file
        self.line = line
    }

    /// `file:line`, the place of the sentence's first token.
    public var id: String { "\(file):\(line)" }

    /// The sentence text: the tokens joined with single spaces.
    public var text: String { tokens.joined(separator: " ") }
}

/// Reads CoNLL IOB2 files such as KazNERD's `IOB2_valid.txt`.
///
/// The format: one `token TAG` per line (fields separated by spaces or tabs; with more than two
/// fields, as in CoNLL-2003, the first is the token and the last the tag), a blank line between
/// sentences, `-DOCSTART-` lines skipped. Tags are `O`, `B-LABEL` and `I-LABEL`. An `I-LABEL`
/// that does not continue a chunk of the same label starts a new one (as `conlleval` reads it)
/// and is reported. A line with one field, or a tag of another shape, is reported with its line
/// number and skipped (the tag read as `O`); reading goes on.
public struct ConllCorpus: Sendable {
    public var sentences: [AnnotatedSentence]
    public var diagnostics: [Diagnostic]

    public init(sentences: [AnnotatedSentence], diagnostics: [Diagnostic] = []) {
        self.sentences = sentences
        self.diagnostics = diagnostics
    }

    /// Reads a CoNLL IOB2 file.
    ///
    /// - Parameter path: the file.
    /// - Returns: the sentences and the problems found (malformed lines are skipped).
    /// - Throws: `ShejireError` (`corpus-unreadable`) if the file cannot be read.
    /// - Complexity: O(n) in the size of the file.
    public static func read(path: String) throws -> ConllCorpus {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShejireError(code: "corpus-unreadable", "cannot read the CoNLL file", file: path)
        }
        let name = (path as NSString).lastPathComponent
        switch TextDecoding.decode([UInt8](data), file: path) {
        case .binary(let diagnostic):
            throw ShejireError(code: "corpus-unreadable", diagnostic.message, file: path)
        case .text(let text, let problems):
            var corpus = parse(text, file: name)
            corpus.diagnostics = problems + corpus.diagnostics
            return corpus
        }
    }

    /// Parses the text of a CoNLL IOB2 file.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: the file name used in sentence ids and diagnostics.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, file: String) -> ConllCorpus {
        var sentences: [AnnotatedSentence] = []
        var diagnostics: [Diagnostic] = []
        var tokens: [String] = []
        var tags: [String] = []
        var entities: [AnnotatedSentence.Entity] = []
        var firstLine = 0
        var open: (label: String, start: Int, line: Int)? = nil

        func closeChunk() {
            if let chunk = open {
                entities.append(.init(label: chunk.label, tokens: chunk.start..<tokens.count, line: chunk.line))
                open = nil
            }
        }
        func closeSentence() {
            closeChunk()
            if !tokens.isEmpty {
                sentences.append(
                    AnnotatedSentence(tokens: tokens, tags: tags, entities: entities, file: file, line: firstLine))
            }
            tokens = []
            tags = []
            entities = []
        }

        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty {
                closeSentence()
                continue
            }
            if fields[0] == "-DOCSTART-" {
                closeSentence()
                continue
            }
            guard fields.count >= 2 else {
                diagnostics.append(
                    Diagnostic(.warning, code: "conll-line", "expected 'token TAG', found one field; line skipped",
                               file: file, line: lineNumber))
                continue
            }
            let token = String(fields[0])
            var tag = String(fields[fields.count - 1])
            var label: String? = nil
            var begins = false
            if tag == "O" {
                label = nil
            } else if tag.count > 2, tag.hasPrefix("B-") || tag.hasPrefix("I-") {
                label = String(tag.dropFirst(2))
                begins = tag.hasPrefix("B-")
            } else {
                diagnostics.append(
                    Diagnostic(.warning, code: "conll-tag", "tag '\(tag)' is not O, B-LABEL or I-LABEL; read as O",
                               file: file, line: lineNumber))
                tag = "O"
            }
            if tokens.isEmpty { firstLine = lineNumber }
            if let label {
                if !begins && open?.label != label {
                    diagnostics.append(
                        Diagnostic(.warning, code: "iob2-inside-without-begin",
                                   "'\(tag)' does not continue a \(label) chunk; read as the start of one",
                                   file: file, line: lineNumber))
                }
                if begins || open?.label != label {
                    closeChunk()
                    open = (label, tokens.count, lineNumber)
                }
            } else {
                closeChunk()
            }
            tokens.append(token)
            tags.append(tag)
        }
        closeSentence()
        return ConllCorpus(sentences: sentences, diagnostics: diagnostics)
    }

    /// Groups sentences into documents: each sentence's tokens joined with single spaces,
    /// sentences joined with a line break.
    ///
    /// - Parameters:
    ///   - sentences: the sentences, in the order they should appear.
    ///   - sentencesPerDocument: how many sentences make one document (1: every sentence alone).
    ///   - language: the documents' language (`kk` for KazNERD), if known.
    /// - Returns: documents whose ids are the id (`file:line`) of their first sentence.
    /// - Complexity: O(n) in the total length of the sentences.
    public static func documents(
        from sentences: [AnnotatedSentence], sentencesPerDocument: Int = 1, language: String? = nil
    ) -> [AnnotatedDocument] {
        let size = max(1, sentencesPerDocument)
        var documents: [AnnotatedDocument] = []
        documents.reserveCapacity(sentences.count / size + 1)
        var start = 0
        while start < sentences.count {
            let group = sentences[start..<min(start + size, sentences.count)]
            var text = ""
            var tokens: [GoldToken] = []
            var goldSentences: [GoldSentence] = []
            var entities: [GoldEntity] = []
            var offset = 0
            for sentence in group {
                if !text.isEmpty {
                    text += "\n"
                    offset += 1
                }
                let first = tokens.count
                for (index, token) in sentence.tokens.enumerated() {
                    if index > 0 {
                        text += " "
                        offset += 1
                    }
                    let length = token.utf8.count
                    tokens.append(GoldToken(range: offset..<(offset + length)))
                    text += token
                    offset += length
                }
                goldSentences.append(GoldSentence(tokens: first..<tokens.count, id: sentence.id))
                for entity in sentence.entities {
                    entities.append(
                        GoldEntity(
                            id: "\(sentence.file):\(entity.line)", label: entity.label,
                            tokens: (first + entity.tokens.lowerBound)..<(first + entity.tokens.upperBound)))
                }
            }
            documents.append(
                AnnotatedDocument(
                    id: group.first!.id, text: text, language: language, tokens: tokens, sentences: goldSentences,
                    entities: entities))
            start += size
        }
        return documents
    }
}
