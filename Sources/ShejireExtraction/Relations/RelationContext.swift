import ShejireCore
import ShejireText

/// What relation rules read: the analysed document and its resolved, linked mentions,
/// grouped by sentence.
public struct RelationContext: Sendable {
    public let analyzed: AnalyzedDocument
    /// Resolved mentions in text order.
    public let mentions: [Candidate]
    /// For each sentence number, the indices into `mentions` of the mentions that start in it.
    public let mentionsBySentence: [Int: [Int]]
    /// For each sentence number, its half-open token range.
    public let sentenceTokens: [Int: Range<Int>]
    /// The sentence number of each token.
    let sentenceOfToken: [Int32]

    /// Sentences longer than this many tokens (run-on text, tables, a document with no
    /// punctuation) are cut into pieces of this size for relation rules, which keeps every rule
    /// linear in the length of the document; relations across a cut are not found.
    public static let maxSentenceTokens = 300

    /// - Complexity: O(t + m) for t tokens and m mentions.
    public init(analyzed: AnalyzedDocument, mentions: [Candidate]) {
        self.analyzed = analyzed
        self.mentions = mentions
        let tokens = analyzed.tokens
        var ranges: [Int: Range<Int>] = [:]
        var ofToken = [Int32](repeating: 0, count: tokens.count)
        var number = 0
        var start = 0
        for i in tokens.indices where i + 1 == tokens.count || tokens[i + 1].sentence != tokens[i].sentence {
            var pieceStart = start
            while pieceStart <= i {
                let pieceEnd = min(i + 1, pieceStart + Self.maxSentenceTokens)
                ranges[number] = pieceStart..<pieceEnd
                for t in pieceStart..<pieceEnd { ofToken[t] = Int32(number) }
                number += 1
                pieceStart = pieceEnd
            }
            start = i + 1
        }
        self.sentenceTokens = ranges
        self.sentenceOfToken = ofToken
        var bySentence: [Int: [Int]] = [:]
        for (index, mention) in mentions.enumerated() {
            bySentence[Int(ofToken[mention.tokens.lowerBound]), default: []].append(index)
        }
        self.mentionsBySentence = bySentence
    }

    /// The sentence number a mention starts in.
    public func sentence(of mention: Int) -> Int {
        Int(sentenceOfToken[mentions[mention].tokens.lowerBound])
    }

    /// The sentence number of a token.
    public func sentence(ofToken token: Int) -> Int {
        Int(sentenceOfToken[token])
    }

    /// Sentence numbers in order.
    public var sentences: Range<Int> { 0..<sentenceTokens.count }

    /// The original UTF-8 byte range of a sentence.
    public func sentenceBytes(_ sentence: Int) -> Range<Int> {
        guard let range = sentenceTokens[sentence], !range.isEmpty else { return 0..<0 }
        return analyzed.byteRange(ofTokens: range)
    }

    /// The original byte range of a mention.
    public func bytes(of mention: Int) -> Range<Int> {
        analyzed.byteRange(ofTokens: mentions[mention].tokens)
    }

    /// The folded text of a token (empty past the ends).
    public func folded(_ token: Int) -> String {
        analyzed.tokens.indices.contains(token) ? analyzed.tokens[token].folded : ""
    }

    /// The folded last token of a mention.
    public func lastWord(of mention: Int) -> String {
        folded(mentions[mention].tokens.upperBound - 1)
    }

    /// Whether the mention's last word carries the Kazakh genitive ending (-ның/-нің/-дың/-дің/-тың/-тің).
    public func isKazakhGenitive(_ mention: Int) -> Bool {
        let word = lastWord(of: mention)
        return HeadNounPhrase.genitiveEndings.contains { word.hasSuffix($0) }
    }

    /// Whether the mention's last word is in the Kazakh attributive locative (`-дағы`/`-дегі`/
    /// `-тағы`/`-тегі`: `Алматыдағы`, `Ресейдегі`), which says where what follows is.
    public func isKazakhLocativeAttributive(_ mention: Int) -> Bool {
        ["дағы", "дегі", "тағы", "тегі"].contains(where: lastWord(of: mention).hasSuffix)
    }

    /// Whether the mention's last word is in a Kazakh locative (-да/-де/-та/-те, also -дағы) or
    /// the mention follows a Russian/English locative preposition (в, во, на, in, at).
    public func isLocative(_ mention: Int) -> Bool {
        let word = lastWord(of: mention)
        if HeadNounPhrase.locativeEndings.contains(where: { word.hasSuffix($0) }) { return true }
        let before = folded(mentions[mention].tokens.lowerBound - 1)
        return ["в", "во", "на", "in", "at"].contains(before)
    }

    /// Indices of the mentions of a sentence, optionally only of some types.
    public func mentions(inSentence sentence: Int, types: Set<EntityType>? = nil) -> [Int] {
        let all = mentionsBySentence[sentence] ?? []
        guard let types else { return all }
        return all.filter { types.contains(mentions[$0].type) }
    }

    /// The first token index in `range` whose folded text starts with one of `prefixes`.
    public func firstToken(in range: Range<Int>, startingWith prefixes: [String]) -> Int? {
        range.first { index in
            let word = folded(index)
            return prefixes.contains { word.hasPrefix($0) }
        }
    }

    /// Tokens strictly between two mentions (empty when adjacent or overlapping).
    public func gap(_ first: Int, _ second: Int) -> Range<Int> {
        let lower = mentions[first].tokens.upperBound
        let upper = mentions[second].tokens.lowerBound
        return lower < upper ? lower..<upper : lower..<lower
    }

    /// Builds a relation between two mentions with the evidence sentence of `anchor` (the
    /// subject's when nil); the anchor mention's range becomes the relation's `anchorRange` unless it is the subject or the object.
    public func relation(
        _ subject: Int, _ predicate: Predicate, _ object: Int, qualifiers: [String: String] = [:],
        confidence: Double, rule: String, anchor: Int? = nil
    ) -> Relation {
        Relation(
            subject: mentions[subject].entity, predicate: predicate, object: mentions[object].entity,
            qualifiers: qualifiers, confidence: confidence, rule: rule,
            sentence: sentenceBytes(sentence(of: anchor ?? subject)), subjectRange: bytes(of: subject),
            objectRange: bytes(of: object), anchorRange: anchor.flatMap { $0 == subject || $0 == object ? nil : bytes(of: $0) })
    }

    /// `since`/`until` from the first date mention of a sentence whose value is an interval; empty
    /// when there is none.
    public func period(inSentence sentence: Int) -> [String: String] {
        for date in mentions(inSentence: sentence, types: [.date]) {
            let period = Self.period(fromDateValue: mentions[date].value)
            if !period.isEmpty { return period }
        }
        return [:]
    }

    /// `since`/`until` qualifiers from the interval value of a date mention (`2023/..`, `../2035`, `2020/2023`).
    public static func period(fromDateValue value: String?) -> [String: String] {
        guard let value, let slash = value.firstIndex(of: "/") else { return [:] }
        let start = String(value[..<slash])
        let end = String(value[value.index(after: slash)...])
        var result: [String: String] = [:]
        if !start.isEmpty, start != ".." { result["since"] = start }
        if !end.isEmpty, end != ".." { result["until"] = end }
        return result
    }
}

/// A family of relation patterns.
public protocol RelationRule: Sendable {
    /// The relations this rule finds in one document.
    func relations(in context: RelationContext) -> [Relation]
}
