import ShejireCore
import ShejireText

/// A match of a gazetteer name over a run of tokens.
public struct GazetteerMatch: Sendable, Hashable {
    /// Half-open range of token indices.
    public var tokens: Range<Int>
    /// Index into `GazetteerMatcher.gazetteer.entries`.
    public var entry: Int
    /// Index into that entry's `names`.
    public var name: Int
    /// True when every token matched as written (no inflection or transliteration).
    public var literal: Bool
}

/// A gazetteer compiled for matching: an immutable token trie over flat arrays.
///
/// Matching is leftmost-longest over token sequences: at each token, the longest name that
/// starts there wins, and the scan resumes after it. Each text token stands for several
/// keys: its folded form and every form left by stripping Kazakh and Russian suffixes, all
/// reduced to a script-neutral key (`Transliteration.matchKey`), so that `Барселонада`
/// matches `Барселона` and `Astana` matches `Астана`. Names are keyed as written (write them
/// in their base form). Per-name options (case-sensitive, no inflection, same script) are
/// checked on each candidate. A name written with a capital letter matches only where the
/// text's first matched word starts with a capital, so common words are not taken for names.
///
/// The matcher is `Sendable` and shared across threads; each thread passes its own
/// `MatchCache`.
public struct GazetteerMatcher: Sendable {
    public let gazetteer: Gazetteer
    let vocabulary: [UTF8Key: Int32]
    // Trie in compressed sparse rows: edges of node n are edgeStart[n]..<edgeStart[n+1], sorted by label.
    let edgeStart: ContiguousArray<Int32>
    let edgeLabel: ContiguousArray<Int32>
    let edgeTarget: ContiguousArray<Int32>
    let outputStart: ContiguousArray<Int32>
    let outputs: ContiguousArray<Int32>
    // Patterns (one per matchable name).
    let patternEntry: ContiguousArray<Int32>
    let patternName: ContiguousArray<Int32>
    let patternFlags: ContiguousArray<UInt8>
    /// Literal tokens, kept only for patterns whose options need a check.
    let patternLiterals: [Int32: [PatternLiteral]]

    static let flagCaseSensitive: UInt8 = 1
    static let flagNoInflection: UInt8 = 2
    static let flagSameScript: UInt8 = 4
    static let flagRequiresCapital: UInt8 = 8

    /// The number of names compiled into the trie.
    public var patternCount: Int { patternEntry.count }
    /// The number of trie nodes.
    public var nodeCount: Int { edgeStart.count - 1 }

    /// Compiles a gazetteer.
    ///
    /// Lexicon entries (`given_name`) and `no_match` names are not compiled. Names of one
    /// letter are skipped (they would match everywhere).
    ///
    /// - Complexity: O(total length of all names).
    public init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var vocabulary: [UTF8Key: Int32] = [:]
        var children: [UInt64: Int32] = [:]
        var nodeCount = 1
        var patternNode = ContiguousArray<Int32>()  // the node each pattern ends at
        var patternEntry = ContiguousArray<Int32>()
        var patternName = ContiguousArray<Int32>()
        var patternFlags = ContiguousArray<UInt8>()
        var patternLiterals: [Int32: [PatternLiteral]] = [:]
        var seen = Set<String>()
        let nameCount = gazetteer.entries.reduce(0) { $0 + $1.names.count }
        vocabulary.reserveCapacity(nameCount * 2)
        children.reserveCapacity(nameCount * 2)
        patternNode.reserveCapacity(nameCount)
        patternEntry.reserveCapacity(nameCount)
        patternName.reserveCapacity(nameCount)
        patternFlags.reserveCapacity(nameCount)
        for (entryIndex, entry) in gazetteer.entries.enumerated() where entry.entityType != nil {
            seen.removeAll(keepingCapacity: true)
            // Names of one entry are deduplicated; with a single name there is nothing to compare.
            let dedupe = entry.names.count > 1
            for (nameIndex, name) in entry.names.enumerated() where !name.options.contains(.noMatch) {
                let tokens = Tokenizer.tokenize(name.text)
                guard !tokens.isEmpty else { continue }
                var letters = 0
                for s in name.text.unicodeScalars where ScalarTable.isAlphabetic(s) || ("0"..."9").contains(s) {
                    letters += 1
                }
                if letters < 2 { continue }
                let keys = tokens.map { Transliteration.matchKey($0.folded) }
                var flags: UInt8 = 0
                if name.options.contains(.caseSensitive) { flags |= Self.flagCaseSensitive }
                if name.options.contains(.noInflection) { flags |= Self.flagNoInflection }
                if name.options.contains(.sameScript) { flags |= Self.flagSameScript }
                if !name.options.contains(.caseSensitive), tokens[0].isCapitalized { flags |= Self.flagRequiresCapital }
                if dedupe {
                    let dedupeKey = keys.joined(separator: " ") + "#\(flags)"
                    if !seen.insert(dedupeKey).inserted { continue }
                }
                var node: Int32 = 0
                for key in keys {
                    let label: Int32
                    if let known = vocabulary[UTF8Key(key)] {
                        label = known
                    } else {
                        label = Int32(vocabulary.count)
                        vocabulary[UTF8Key(key)] = label
                    }
                    let edgeKey = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: label))
                    if let child = children[edgeKey] {
                        node = child
                    } else {
                        let child = Int32(nodeCount)
                        nodeCount += 1
                        children[edgeKey] = child
                        node = child
                    }
                }
                let pattern = Int32(patternEntry.count)
                patternEntry.append(Int32(entryIndex))
                patternName.append(Int32(nameIndex))
                patternFlags.append(flags)
                if flags & (Self.flagCaseSensitive | Self.flagNoInflection | Self.flagSameScript) != 0 {
                    patternLiterals[pattern] = tokens.map {
                        PatternLiteral(text: $0.text, folded: TextFolding.fold($0.text), isLatin: Self.isLatin($0.text))
                    }
                }
                patternNode.append(node)
            }
        }
        // Flatten the edges into CSR rows sorted by (node, label).
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        for key in children.keys { counts[Int(key >> 32) + 1] += 1 }
        for i in 1...nodeCount { counts[i] += counts[i - 1] }
        var edgeLabel = ContiguousArray<Int32>(repeating: 0, count: children.count)
        var edgeTarget = ContiguousArray<Int32>(repeating: 0, count: children.count)
        var fill = counts
        for (key, child) in children {
            let node = Int(key >> 32)
            let slot = Int(fill[node])
            fill[node] += 1
            edgeLabel[slot] = Int32(bitPattern: UInt32(truncatingIfNeeded: key))
            edgeTarget[slot] = child
        }
        for node in 0..<nodeCount {
            let lower = Int(counts[node])
            let upper = Int(counts[node + 1])
            if upper - lower > 1 {
                var pairs = (lower..<upper).map { (edgeLabel[$0], edgeTarget[$0]) }
                pairs.sort { $0.0 < $1.0 }
                for (offset, pair) in pairs.enumerated() {
                    edgeLabel[lower + offset] = pair.0
                    edgeTarget[lower + offset] = pair.1
                }
            }
        }
        // Outputs grouped by node (counting sort), in pattern order within a node.
        var outputStart = ContiguousArray<Int32>(repeating: 0, count: nodeCount + 1)
        for node in patternNode { outputStart[Int(node) + 1] += 1 }
        for i in 0..<nodeCount { outputStart[i + 1] += outputStart[i] }
        var outputs = ContiguousArray<Int32>(repeating: 0, count: patternNode.count)
        var outputFill = outputStart
        for (pattern, node) in patternNode.enumerated() {
            outputs[Int(outputFill[Int(node)])] = Int32(pattern)
            outputFill[Int(node)] += 1
        }
        self.vocabulary = vocabulary
        self.edgeStart = ContiguousArray(counts)
        self.edgeLabel = edgeLabel
        self.edgeTarget = edgeTarget
        self.outputStart = outputStart
        self.outputs = outputs
        self.patternEntry = patternEntry
        self.patternName = patternName
        self.patternFlags = patternFlags
        self.patternLiterals = patternLiterals
    }

    /// The child of `node` along `label`, or -1.
    ///
    /// - Complexity: O(log d) for a node with d children.
    @inline(__always)
    func child(of node: Int32, label: Int32) -> Int32 {
        var lower = Int(edgeStart[Int(node)])
        var upper = Int(edgeStart[Int(node) + 1])
        while lower < upper {
            let mid = (lower + upper) >> 1
            let value = edgeLabel[mid]
            if value == label { return edgeTarget[mid] }
            if value < label { lower = mid + 1 } else { upper = mid }
        }
        return -1
    }

    /// The vocabulary labels a token may stand for; the literal label (if any) first.
    func labels(for token: Token, cache: MatchCache) -> TokenLabels {
        if let cached = cache.labels[UTF8Key(token.folded)] { return cached }
        var labels: [Int32] = []
        var literal = false
        let forms: [String]
        switch token.kind {
        case .word, .number, .abbreviation, .initial:
            forms = Morphology.matchForms(token.folded)
        default:
            forms = [token.folded]
        }
        for (index, form) in forms.enumerated() {
            if let label = vocabulary[UTF8Key(Transliteration.matchKey(form))], !labels.contains(label) {
                if index == 0 { literal = true }
                labels.append(label)
            }
        }
        let result = TokenLabels(labels: labels, firstIsLiteral: literal)
        if cache.labels.count >= cache.limit { cache.labels.removeAll(keepingCapacity: true) }
        cache.labels[UTF8Key(token.folded)] = result
        return result
    }

    /// Finds the names in a token sequence, leftmost-longest, non-overlapping.
    ///
    /// - Parameters:
    ///   - tokens: the document's tokens.
    ///   - cache: a per-thread cache of token analyses; reuse it across documents.
    /// - Returns: matches in text order.
    /// - Complexity: O(n·k·d) for n tokens, k keys per token and names of at most d tokens.
    public func matches(in tokens: [Token], cache: MatchCache) -> [GazetteerMatch] {
        var result: [GazetteerMatch] = []
        guard nodeCount > 1, !tokens.isEmpty else { return result }
        let labels = tokens.map { self.labels(for: $0, cache: cache) }
        var stack: [(node: Int32, next: Int)] = []
        var start = 0
        while start < tokens.count {
            var best: GazetteerMatch? = nil
            stack.removeAll(keepingCapacity: true)
            stack.append((0, start))
            while let (node, next) = stack.popLast() {
                guard next < tokens.count else { continue }
                for label in labels[next].labels {
                    let child = self.child(of: node, label: label)
                    if child < 0 { continue }
                    let end = next + 1
                    let outLower = Int(outputStart[Int(child)])
                    let outUpper = Int(outputStart[Int(child) + 1])
                    if outLower < outUpper, best == nil || end >= best!.tokens.upperBound {
                        for o in outLower..<outUpper {
                            let pattern = outputs[o]
                            guard accepts(pattern, tokens: tokens, range: start..<end) else { continue }
                            let literal = (start..<end).allSatisfy { labels[$0].firstIsLiteral }
                            let candidate = GazetteerMatch(
                                tokens: start..<end, entry: Int(patternEntry[Int(pattern)]),
                                name: Int(patternName[Int(pattern)]), literal: literal)
                            if let current = best {
                                if end > current.tokens.upperBound
                                    || (end == current.tokens.upperBound && prefer(candidate, over: current))
                                {
                                    best = candidate
                                }
                            } else {
                                best = candidate
                            }
                        }
                    }
                    if edgeStart[Int(child)] < edgeStart[Int(child) + 1] {
                        stack.append((child, end))
                    }
                }
            }
            if let match = best {
                result.append(match)
                start = match.tokens.upperBound
            } else {
                start += 1
            }
        }
        return result
    }

    /// Tie-break between two names over the same tokens: a canonical name, then the earlier entry.
    func prefer(_ a: GazetteerMatch, over b: GazetteerMatch) -> Bool {
        if a.entry == b.entry { return a.name < b.name }
        let aType = gazetteer.entries[a.entry].entityType
        let bType = gazetteer.entries[b.entry].entityType
        if aType != bType, let aType, let bType {
            return Self.typePriority(aType) > Self.typePriority(bType)
        }
        return a.entry < b.entry
    }

    /// Organisations over places over the rest, for a name that is both (e.g. a club named after a city).
    static func typePriority(_ type: EntityType) -> Int {
        switch type {
        case .place: 3
        case .organisation: 2
        case .event: 2
        case .person: 1
        case .position: 0
        case .date: 0
        }
    }

    /// Checks a pattern's options against the tokens it matched.
    func accepts(_ pattern: Int32, tokens: [Token], range: Range<Int>) -> Bool {
        let flags = patternFlags[Int(pattern)]
        if flags == 0 { return true }
        if flags & Self.flagRequiresCapital != 0 {
            if !tokens[range.lowerBound].isCapitalized { return false }
            if flags == Self.flagRequiresCapital { return true }
        }
        guard let literals = patternLiterals[pattern], literals.count == range.count else { return true }
        for (literal, index) in zip(literals, range) {
            let token = tokens[index]
            if flags & Self.flagCaseSensitive != 0 {
                if flags & Self.flagNoInflection != 0 {
                    if !UTF8Bytes.equal(token.text, literal.text) { return false }
                } else if !UTF8Bytes.hasPrefix(token.text, literal.text) {
                    return false
                }
            } else if flags & Self.flagNoInflection != 0 {
                if !UTF8Bytes.equal(token.folded, literal.folded) { return false }
            }
            if flags & Self.flagSameScript != 0, Self.isLatin(token.text) != literal.isLatin { return false }
        }
        return true
    }

    /// True if the text has an ASCII letter.
    static func isLatin(_ text: String) -> Bool {
        text.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }
}

/// One token of a name whose options are checked on each match.
struct PatternLiteral: Sendable {
    var text: String
    var folded: String
    var isLatin: Bool
}

/// The labels one token stands for.
struct TokenLabels: Sendable {
    var labels: [Int32]
    var firstIsLiteral: Bool
}

/// A per-thread cache of token analyses (morphology and keys), reused across documents.
///
/// Not thread-safe: give each task its own.
public final class MatchCache {
    var labels: [UTF8Key: TokenLabels] = [:]
    let limit: Int

    /// - Parameter limit: the most distinct words kept before the cache is emptied.
    public init(limit: Int = 200_000) {
        self.limit = limit
    }
}
