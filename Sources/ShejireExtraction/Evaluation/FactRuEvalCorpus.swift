import Foundation
import ShejireCore

/// One factRuEval-2016 document with its annotation layers as written in the files.
///
/// The layers (see the corpus README): `book_N.txt` the text; `book_N.tokens` one token per
/// line, `id start length text`, a blank line between sentences; `book_N.spans`
/// `id type start length first_token_id token_count  # token_ids... token_texts...`;
/// `book_N.objects` `id type span_ids...  # comment`. Offsets and lengths count Unicode code
/// points (Python `str` indices) in the text as Python reads it in text mode, where a CRLF line
/// break is one character; the reader accepts either line-break style.
///
/// `book_N.coref` groups objects into chains (`47 10436 10437 10547` then attribute lines such
/// as `name Москва`) and `book_N.facts` lists facts whose fields refer to chains (`obj47`) and
/// spans (`span22777`); see `FactRuEvalDocument.Fact` and docs/evaluate.md.
public struct FactRuEvalDocument: Sendable, Hashable {
    public struct Token: Sendable, Hashable {
        public var id: String
        /// Code point offset and length in the text.
        public var start: Int
        public var length: Int
        public var text: String
        /// 0-based sentence number (blank lines in `.tokens` separate sentences).
        public var sentence: Int
    }

    public struct Span: Sendable, Hashable {
        public var id: String
        /// `name`, `surname`, `org_name`, `org_descr`, `loc_name`, `job`, ...
        public var label: String
        public var start: Int
        public var length: Int
        /// Token ids, in the order written.
        public var tokenIDs: [String]
    }

    public struct Object: Sendable, Hashable {
        public var id: String
        /// `Person`, `Org`, `Location`, `LocOrg`, `Project`.
        public var label: String
        public var spanIDs: [String]
    }

    /// `book_100`.
    public var name: String
    public var text: String
    public var tokens: [Token]
    public var spans: [Span]
    public var objects: [Object]
    /// Coreference chains (`.coref`), which facts refer to as `objN`.
    public var chains: [Chain] = []
    /// Facts (`.facts`).
    public var facts: [Fact] = []
}

/// Reads a directory in the factRuEval-2016 layout (`devset/`, `testset/`).
public enum FactRuEvalCorpus {
    /// Reads every `book_N` in a directory that has a `.txt` and a `.tokens` file, in book
    /// number order, and converts it to the common corpus shape.
    ///
    /// - Parameter directory: the directory.
    /// - Returns: the corpus; a document whose files are missing or malformed is reported and
    ///   skipped, a malformed line is reported and skipped.
    /// - Throws: `ShejireError` (`corpus-unreadable`) if the directory cannot be listed or holds no document.
    /// - Complexity: O(n) in the size of the files, plus O(k log k) per document for k tokens.
    public static func read(directory: String) throws -> AnnotatedCorpus {
        let (documents, diagnostics) = try readDocuments(directory: directory)
        var all = diagnostics
        var annotated: [AnnotatedDocument] = []
        annotated.reserveCapacity(documents.count)
        for document in documents {
            let (converted, problems) = convert(document)
            annotated.append(converted)
            all += problems
        }
        return AnnotatedCorpus(format: .factRuEval, documents: annotated, diagnostics: all)
    }

    /// Reads the raw layers of every document in a directory.
    ///
    /// - Throws: `ShejireError` if the directory cannot be listed or holds no `.tokens` file.
    public static func readDocuments(directory: String) throws -> ([FactRuEvalDocument], [Diagnostic]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw ShejireError(code: "corpus-unreadable", "cannot list the factRuEval directory", file: directory)
        }
        let books = names.filter { $0.hasSuffix(".tokens") }.map { String($0.dropLast(".tokens".count)) }
            .sorted(by: naturalOrder)
        guard !books.isEmpty else {
            throw ShejireError(
                code: "corpus-unreadable", "no book_N.tokens files: not a factRuEval-2016 directory", file: directory)
        }
        var documents: [FactRuEvalDocument] = []
        var diagnostics: [Diagnostic] = []
        for book in books {
            let base = (directory as NSString).appendingPathComponent(book)
            func load(_ suffix: String, required: Bool) -> String? {
                let path = base + suffix
                guard let data = FileManager.default.contents(atPath: path) else {
                    if required {
                        diagnostics.append(
                            Diagnostic(.warning, code: "factrueval-missing-file", "missing; document skipped", file: path))
                    }
                    return nil
                }
                switch TextDecoding.decode([UInt8](data), file: path) {
                case .binary(let diagnostic):
                    diagnostics.append(diagnostic)
                    return nil
                case .text(let text, let problems):
                    diagnostics += problems
                    return text
                }
            }
            guard let text = load(".txt", required: true), let tokens = load(".tokens", required: true) else { continue }
            let spans = load(".spans", required: false) ?? ""
            let objects = load(".objects", required: false) ?? ""
            var (document, problems) = parse(
                name: book, text: text, tokens: tokens, spans: spans, objects: objects, file: base)
            diagnostics += problems
            if let coref = load(".coref", required: false) {
                let (chains, chainProblems) = parseChains(coref, file: base + ".coref")
                document.chains = chains
                diagnostics += chainProblems
            }
            if let facts = load(".facts", required: false) {
                let (parsed, factProblems) = parseFacts(facts, file: base + ".facts")
                document.facts = parsed
                diagnostics += factProblems
            }
            documents.append(document)
        }
        return (documents, diagnostics)
    }

    /// Parses the layers of one document from their texts.
    ///
    /// - Parameters:
    ///   - name: the document name (`book_100`).
    ///   - file: the path without extension, for diagnostics (defaults to `name`).
    /// - Returns: the document (malformed lines left out) and the problems found.
    public static func parse(
        name: String, text: String, tokens: String, spans: String, objects: String, file: String? = nil
    ) -> (FactRuEvalDocument, [Diagnostic]) {
        let base = file ?? name
        var diagnostics: [Diagnostic] = []
        var parsedTokens: [FactRuEvalDocument.Token] = []
        var sentence = 0
        var sawToken = false
        for (index, line) in lines(tokens) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.isEmpty {
                if sawToken { sentence += 1 }
                sawToken = false
                continue
            }
            guard fields.count >= 4, let start = Int(fields[1]), let length = Int(fields[2]), start >= 0, length >= 0
            else {
                diagnostics.append(
                    Diagnostic(.warning, code: "factrueval-line", "expected 'id start length text'; line skipped",
                               file: base + ".tokens", line: index))
                continue
            }
            parsedTokens.append(
                .init(id: String(fields[0]), start: start, length: length,
                      text: fields[3...].joined(separator: " "), sentence: sentence))
            sawToken = true
        }

        var parsedSpans: [FactRuEvalDocument.Span] = []
        for (index, line) in lines(spans) where !line.allSatisfy({ $0 == " " }) {
            let halves = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let left = halves[0].split(separator: " ")
            guard left.count >= 6, let start = Int(left[2]), let length = Int(left[3]), let count = Int(left[5]),
                count >= 0
            else {
                diagnostics.append(
                    Diagnostic(.warning, code: "factrueval-line",
                               "expected 'id type start length first_token count  # tokens'; line skipped",
                               file: base + ".spans", line: index))
                continue
            }
            var ids: [String] = []
            if halves.count == 2 {
                let right = halves[1].split(separator: " ")
                if right.count >= count { ids = right[0..<count].map(String.init) }
            }
            parsedSpans.append(
                .init(id: String(left[0]), label: String(left[1]), start: start, length: length, tokenIDs: ids))
        }

        var parsedObjects: [FactRuEvalDocument.Object] = []
        for (index, line) in lines(objects) {
            var fields = line.split(separator: " ")
            if let comment = fields.firstIndex(where: { $0.hasPrefix("#") }) { fields = Array(fields[..<comment]) }
            if fields.isEmpty { continue }
            guard fields.count >= 3 else {
                diagnostics.append(
                    Diagnostic(.warning, code: "factrueval-line", "expected 'id type span_id...'; line skipped",
                               file: base + ".objects", line: index))
                continue
            }
            parsedObjects.append(
                .init(id: String(fields[0]), label: String(fields[1]), spanIDs: fields[2...].map(String.init)))
        }
        let document = FactRuEvalDocument(
            name: name, text: text, tokens: parsedTokens, spans: parsedSpans, objects: parsedObjects)
        return (document, diagnostics)
    }

    /// Converts a document to the common corpus shape: byte ranges, sentences, entities whose
    /// parts are the objects' spans.
    ///
    /// Tokens whose text does not match the `.txt` at their offsets are reported; the CRLF
    /// reading (Python text mode) is used when it matches more tokens than the plain one.
    /// - Complexity: O(n + k log k) for a text of n bytes and k tokens.
    public static func convert(_ document: FactRuEvalDocument) -> (AnnotatedDocument, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let file = document.name + ".tokens"
        let index = codePointIndex(for: document)

        let order = document.tokens.indices.sorted {
            (document.tokens[$0].start, $0) < (document.tokens[$1].start, $1)
        }
        var tokens: [GoldToken] = []
        var sentenceOfToken: [Int] = []
        var indexByID: [String: Int] = [:]
        var mismatches = 0
        var firstMismatch: String? = nil
        var kept: [FactRuEvalDocument.Token] = []
        for position in order {
            let token = document.tokens[position]
            guard let range = index.byteRange(start: token.start, length: token.length) else {
                diagnostics.append(
                    Diagnostic(.warning, code: "factrueval-offset",
                               "token \(token.id) at \(token.start)+\(token.length) is outside the text; skipped",
                               file: file, documentID: document.name))
                continue
            }
            if Document.substring(of: document.text, bytes: range) != token.text {
                mismatches += 1
                if firstMismatch == nil { firstMismatch = token.id }
            }
            indexByID[token.id] = tokens.count
            tokens.append(GoldToken(range: range))
            sentenceOfToken.append(token.sentence)
            kept.append(token)
        }
        if let firstMismatch {
            diagnostics.append(
                Diagnostic(.warning, code: "factrueval-offset",
                           "\(mismatches) token(s) do not match the text at their offsets (first: token \(firstMismatch))",
                           file: file, documentID: document.name))
        }
        // The official scorer ignores one-character non-letter tokens written against a neighbour.
        for i in tokens.indices where kept[i].length == 1 && !(kept[i].text.first?.isLetter ?? false) {
            let touchesPrevious = i > 0 && kept[i - 1].start + kept[i - 1].length == kept[i].start
            let touchesNext = i + 1 < kept.count && kept[i].start + 1 == kept[i + 1].start
            tokens[i].isIgnorable = touchesPrevious || touchesNext
        }

        var sentences: [GoldSentence] = []
        var runStart = 0
        for i in tokens.indices where i + 1 == tokens.count || sentenceOfToken[i + 1] != sentenceOfToken[i] {
            sentences.append(GoldSentence(tokens: runStart..<(i + 1), id: "\(document.name)#\(sentences.count + 1)"))
            runStart = i + 1
        }

        var spanTokens: [String: (label: String, tokens: [Int])] = [:]
        for span in document.spans {
            var resolved = span.tokenIDs.compactMap { indexByID[$0] }
            if resolved.count != span.tokenIDs.count || resolved.isEmpty {
                // Fall back on the span's offsets: the tokens inside it.
                let inside = kept.indices.filter {
                    kept[$0].start >= span.start && kept[$0].start + kept[$0].length <= span.start + span.length
                }
                if inside.isEmpty {
                    diagnostics.append(
                        Diagnostic(.warning, code: "factrueval-span", "span \(span.id) covers no known token; skipped",
                                   file: document.name + ".spans", documentID: document.name))
                    continue
                }
                resolved = inside
            }
            spanTokens[span.id] = (span.label, Array(Set(resolved)).sorted())
        }

        var entities: [GoldEntity] = []
        for object in document.objects {
            var parts: [GoldEntity.Part] = []
            for spanID in object.spanIDs {
                if let span = spanTokens[spanID] {
                    parts.append(GoldEntity.Part(label: span.label, tokens: span.tokens))
                } else {
                    diagnostics.append(
                        Diagnostic(.warning, code: "factrueval-object",
                                   "object \(object.id) refers to unknown span \(spanID); span left out",
                                   file: document.name + ".objects", documentID: document.name))
                }
            }
            if parts.isEmpty { continue }
            entities.append(GoldEntity(id: object.id, label: object.label, parts: parts))
        }
        let annotated = AnnotatedDocument(
            id: document.name, text: document.text, language: "ru", tokens: tokens, sentences: sentences,
            entities: entities)
        return (annotated, diagnostics)
    }

    /// The offset reading of a document: plain, or the CRLF-as-one reading (Python text mode)
    /// when it matches more tokens.
    static func codePointIndex(for document: FactRuEvalDocument) -> CodePointIndex {
        let plain = CodePointIndex(document.text, universalNewlines: false)
        guard document.text.utf8.contains(13) else { return plain }
        let universal = CodePointIndex(document.text, universalNewlines: true)
        return matches(document, universal) > matches(document, plain) ? universal : plain
    }

    /// How many tokens match the text under an offset reading.
    static func matches(_ document: FactRuEvalDocument, _ index: CodePointIndex) -> Int {
        document.tokens.reduce(0) { count, token in
            guard let range = index.byteRange(start: token.start, length: token.length) else { return count }
            return count + (Document.substring(of: document.text, bytes: range) == token.text ? 1 : 0)
        }
    }

    /// Lines with 1-based numbers, a trailing CR removed.
    static func lines(_ text: String) -> [(Int, Substring)] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated().map { index, line in
            (index + 1, line.hasSuffix("\r") ? line.dropLast() : line)
        }
    }

    /// `book_9` before `book_10`: compares runs of digits by value.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> (String, Int) {
            let digits = s.reversed().prefix { $0.isASCII && $0.isNumber }
            return (String(s.dropLast(digits.count)), Int(String(digits.reversed())) ?? -1)
        }
        let (ka, kb) = (key(a), key(b))
        return ka.0 != kb.0 ? ka.0 < kb.0 : (ka.1 != kb.1 ? ka.1 < kb.1 : a < b)
    }
}

/// Maps code point offsets (Python `str` indices) to UTF-8 byte offsets.
///
/// With `universalNewlines`, a CR LF pair counts as one code point, as when Python reads a file
/// in text mode.
struct CodePointIndex {
    /// Byte offset where each counted code point starts, and where it ends.
    private var starts: [Int] = []
    private var ends: [Int] = []

    init(_ text: String, universalNewlines: Bool) {
        let scalars = Array(text.unicodeScalars)
        starts.reserveCapacity(scalars.count)
        ends.reserveCapacity(scalars.count)
        var byte = 0
        var i = 0
        while i < scalars.count {
            let width = UTF8.width(scalars[i])
            if universalNewlines, scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                starts.append(byte)
                ends.append(byte + width + 1)
                byte += width + 1
                i += 2
                continue
            }
            starts.append(byte)
            ends.append(byte + width)
            byte += width
            i += 1
        }
        starts.append(byte)
    }

    /// The byte range of `length` code points from `start`, or nil if outside the text.
    func byteRange(start: Int, length: Int) -> Range<Int>? {
        guard start >= 0, length >= 0, start + length < starts.count else { return nil }
        if length == 0 { return starts[start]..<starts[start] }
        return starts[start]..<ends[start + length - 1]
    }
}
