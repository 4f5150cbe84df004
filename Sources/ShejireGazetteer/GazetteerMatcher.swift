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
    /// Match keys of name tokens; a key's id is its label.
    let vocabulary: ByteKeyTable
    // Trie in compressed sparse rows: edges of node n are edgeStart[n]..<edgeStart[n+1], sorted by label.
    let edgeStart: ContiguousArray<Int32>
    let edgeLabel: ContiguousArray<Int32>
    let edgeTarget: ContiguousArray<Int32>
    /// The root's children indexed by label (-1: none): every token with a label looks
    /// here first, and the root has as many children as there are distinct first words.
    let rootChild: ContiguousArray<Int32>
    let outputStart: ContiguousArray<Int32>
    let outputs: ContiguousArray<Int32>
    // Patterns (one per matchable name).
    let patternEntry: ContiguousArray<Int32>
    let patternName: ContiguousArray<Int32>
    let patternFlags: ContiguousArray<UInt8>
    /// Literal tokens, kept only for patterns whose options need a check.
    let patternLiterals: [Int32: [PatternLiteral]]
    /// Tells a `MatchCache` which matcher filled it.
    let identity: MatcherIdentity

    static let flagCaseSensitive: UInt8 = 1
    static let flagNoInflection: UInt8 = 2
    static let flagSameScript: UInt8 = 4
    static let flagRequiresCapital: UInt8 = 8
    /// With `flagSameScript`: the name is written in Latin letters (its first letter is ASCII).
    static let flagLatinName: UInt8 = 16
    /// A Cyrillic title: each word must be the listed word or have it among its forms, not only
    /// share its match key (`суде` is no `судья`, `мерах` no `мэр`: the key drops `ь`, `э`).
    static let flagSpelled: UInt8 = 32

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
        let nameCount = gazetteer.entries.reduce(0) { $0 + $1.names.count }
        var vocabulary = ByteKeyTable(capacity: nameCount * 2)
        var children = EdgeTable(capacity: nameCount * 2)
        var nodeCount: Int32 = 1
        var patternNode = ContiguousArray<Int32>()  // the node each pattern ends at
        var patternEntry = ContiguousArray<Int32>()
        var patternName = ContiguousArray<Int32>()
        var patternFlags = ContiguousArray<UInt8>()
        var patternLiterals: [Int32: [PatternLiteral]] = [:]
        var seen = Set<String>()
        var keyBuffer = ContiguousArray<UInt8>(repeating: 0, count: 256)
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
                    if letters >= 2 { break }
                }
                if letters < 2 { continue }
                var flags: UInt8 = 0
                if name.options.contains(.caseSensitive) { flags |= Self.flagCaseSensitive }
                if name.options.contains(.noInflection) { flags |= Self.flagNoInflection }
                // Titles are common nouns listed in each language's own spelling: a word in the other
                // script is no title (`Кинг`, a surname, is not `king`).
                if name.options.contains(.sameScript) || entry.entityType == .position {
                    flags |= Self.flagSameScript
                    if tokens.lazy.compactMap({ Self.isLatinWord($0.kind, $0.text) }).first == true {
                        flags |= Self.flagLatinName
                    } else if entry.entityType == .position {
                        flags |= Self.flagSpelled
                    }
                }
                if !name.options.contains(.caseSensitive), tokens[0].isCapitalized { flags |= Self.flagRequiresCapital }
                if dedupe {
                    // Case-sensitive names differ by their letters' case too (`МегаФон`, `Мегафон`).
                    var dedupeKey = tokens.map { Transliteration.matchKey($0.folded) }.joined(separator: " ") + "#\(flags)"
                    // (Names bound to their script differ by it in their flags: `директор`, `director`.)
                    if flags & Self.flagCaseSensitive != 0 { dedupeKey += "#" + name.text }
                    // Titles matched by spelling differ by their spelling too (`әкім`, `аким`).
                    else if flags & Self.flagSpelled != 0 { dedupeKey += "#" + TextFolding.fold(name.text) }
                    if !seen.insert(dedupeKey).inserted { continue }
                }
                var node: Int32 = 0
                for token in tokens {
                    // The token's match key, written into a reused buffer (no string per key).
                    let capacity = Transliteration.matchKeyCapacity(token.folded)
                    if capacity > keyBuffer.count { keyBuffer = ContiguousArray(repeating: 0, count: capacity * 2) }
                    let label = keyBuffer.withUnsafeMutableBufferPointer { buffer in
                        let length = Transliteration.writeMatchKey(token.folded, into: buffer)
                        return Int32(vocabulary.insert(UnsafeBufferPointer(rebasing: buffer[..<length])).id)
                    }
                    let (child, created) = children.child(node, label, orInsert: nodeCount)
                    if created { nodeCount += 1 }
                    node = child
                }
                let pattern = Int32(patternEntry.count)
                patternEntry.append(Int32(entryIndex))
                patternName.append(Int32(nameIndex))
                patternFlags.append(flags)
                if flags & (Self.flagCaseSensitive | Self.flagNoInflection | Self.flagSpelled) != 0 {
                    patternLiterals[pattern] = tokens.map {
                        PatternLiteral(text: $0.text, folded: TextFolding.fold($0.text))
                    }
                }
                patternNode.append(node)
            }
        }
        let nodes = Int(nodeCount)
        // Flatten the edges into CSR rows sorted by (node, label).
        var counts = ContiguousArray<Int32>(repeating: 0, count: nodes + 1)
        children.forEach { node, _, _ in counts[node + 1] += 1 }
        for i in 0..<nodes { counts[i + 1] += counts[i] }
        var edgeLabel = ContiguousArray<Int32>(repeating: 0, count: children.count)
        var edgeTarget = ContiguousArray<Int32>(repeating: 0, count: children.count)
        var fill = counts
        children.forEach { node, label, child in
            let slot = Int(fill[node])
            fill[node] += 1
            edgeLabel[slot] = label
            edgeTarget[slot] = child
        }
        var pairs: [(Int32, Int32)] = []
        for node in 0..<nodes {
            let lower = Int(counts[node])
            let upper = Int(counts[node + 1])
            if upper - lower > 1 {
                pairs.removeAll(keepingCapacity: true)
                for i in lower..<upper { pairs.append((edgeLabel[i], edgeTarget[i])) }
                pairs.sort { $0.0 < $1.0 }
                for (offset, pair) in pairs.enumerated() {
                    edgeLabel[lower + offset] = pair.0
                    edgeTarget[lower + offset] = pair.1
                }
            }
        }
        // Outputs grouped by node (counting sort), in pattern order within a node.
        var outputStart = ContiguousArray<Int32>(repeating: 0, count: nodes + 1)
        for node in patternNode { outputStart[Int(node) + 1] += 1 }
        for i in 0..<nodes { outputStart[i + 1] += outputStart[i] }
        var outputs = ContiguousArray<Int32>(repeating: 0, count: patternNode.count)
        var outputFill = outputStart
        for (pattern, node) in patternNode.enumerated() {
            outputs[Int(outputFill[Int(node)])] = Int32(pattern)
            outputFill[Int(node)] += 1
        }
        self.vocabulary = vocabulary
        self.edgeStart = counts
        self.edgeLabel = edgeLabel
        self.edgeTarget = edgeTarget
        var rootChild = ContiguousArray<Int32>(repeating: -1, count: vocabulary.count)
        for i in Int(counts[0])..<Int(counts[1]) { rootChild[Int(edgeLabel[i])] = edgeTarget[i] }
        self.rootChild = rootChild
        self.outputStart = outputStart
        self.outputs = outputs
        self.patternEntry = patternEntry
        self.patternName = patternName
        self.patternFlags = patternFlags
        self.patternLiterals = patternLiterals
        self.identity = MatcherIdentity()
    }

    /// The child of `node` along `label`, or -1.
    ///
    /// - Complexity: O(1) at the root; O(log d) for another node with d children.
    @inline(__always)
    func child(of node: Int32, label: Int32) -> Int32 {
        if node == 0 { return rootChild[Int(label)] }
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

    /// The cache entry of a token's folded form: the vocabulary labels it may stand for
    /// (the literal label, if any, first), computed on the first sight of the form.
    @inline(__always)
    func form(of token: Token, cache: MatchCache) -> Int32 {
        let morphology: Bool
        switch token.kind {
        case .word, .number, .abbreviation, .initial: morphology = true
        default: morphology = false
        }
        let tag: UInt8 = morphology ? 1 : 0
        // A token from a `TokenCache` is found by its id (no hashing), once its folded
        // string is known to be the one remembered for that id.
        let id = token.cacheID
        if id >= 0 {
            if let found = cache.formOfSlot(Int(id), tag: tag, folded: token.folded) { return found }
            let form = findForm(token.folded, tag: tag, cache: cache)
            cache.remember(Int(id), tag: tag, folded: token.folded, form: form)
            return form
        }
        return findForm(token.folded, tag: tag, cache: cache)
    }

    @inline(__always)
    func findForm(_ folded: String, tag: UInt8, cache: MatchCache) -> Int32 {
        if let found = cache.find(folded, tag: tag) { return Int32(found) }
        return addForm(folded, tag: tag, cache: cache)
    }

    @inline(never)
    func addForm(_ folded: String, tag: UInt8, cache: MatchCache) -> Int32 {
        let forms = tag == 1 ? Morphology.matchForms(folded) : [folded]
        let start = cache.labelPool.count
        var literal = false
        // Each form's match key is written into one buffer (the bytes of `matchKey(form)`,
        // without a string per form).
        let capacity = forms.reduce(1) { max($0, Transliteration.matchKeyCapacity($1)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            for (index, form) in forms.enumerated() {
                let length = Transliteration.writeMatchKey(form, into: buffer)
                guard let found = vocabulary.find(UnsafeBufferPointer(rebasing: buffer[..<length])) else { continue }
                let label = Int32(found)
                if cache.labelPool[start...].contains(label) { continue }
                if index == 0 { literal = true }
                cache.labelPool.append(label)
            }
        }
        let id = cache.forms.insert(folded, tag: tag).id
        cache.formLabelEnd.append(Int32(cache.labelPool.count))
        cache.formLiteral.append(literal)
        return Int32(id)
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
        cache.prepare(for: identity, tokens: tokens.count)
        var forms = cache.tokenForms
        cache.tokenForms = []
        forms.removeAll(keepingCapacity: true)
        defer { cache.tokenForms = forms }
        // Tokens are read in place through the buffer: no copy of a token (and its strings).
        tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices { forms.append(form(of: tokens[i], cache: cache)) }
            walk(tokens, forms: forms, cache: cache, into: &result)
        }
        return result
    }

    /// The leftmost-longest scan of `matches(in:cache:)` over the tokens' forms.
    @inline(__always)
    func walk(
        _ tokens: UnsafeBufferPointer<Token>, forms: ContiguousArray<Int32>, cache: MatchCache,
        into result: inout [GazetteerMatch]
    ) {
        // Label span of a form: labelPool[labelStart(f) ..< formLabelEnd[f]].
        let labelEnd = cache.formLabelEnd
        let labelPool = cache.labelPool
        let formLiteral = cache.formLiteral
        @inline(__always) func labelStart(_ f: Int32) -> Int { f == 0 ? 0 : Int(labelEnd[Int(f) - 1]) }
        // The trie walk's stack: entries below `top` are live (no `removeAll` per token).
        var stack = cache.stack
        cache.stack = []
        defer { cache.stack = stack }
        var top = 0
        var start = 0
        while start < tokens.count {
            let first = forms[start]
            if labelStart(first) == Int(labelEnd[Int(first)]) {
                start += 1
                continue
            }
            var best: GazetteerMatch? = nil
            top = 0
            Self.push(&stack, &top, (0, start))
            while top > 0 {
                top -= 1
                let (node, next) = stack[top]
                guard next < tokens.count else { continue }
                let f = forms[next]
                for l in labelStart(f)..<Int(labelEnd[Int(f)]) {
                    let child = self.child(of: node, label: labelPool[l])
                    if child < 0 { continue }
                    let end = next + 1
                    let outLower = Int(outputStart[Int(child)])
                    let outUpper = Int(outputStart[Int(child) + 1])
                    if outLower < outUpper, best == nil || end >= best!.tokens.upperBound {
                        for o in outLower..<outUpper {
                            let pattern = outputs[o]
                            guard accepts(pattern, tokens: tokens, range: start..<end) else { continue }
                            let literal = (start..<end).allSatisfy { formLiteral[Int(forms[$0])] }
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
                        Self.push(&stack, &top, (child, end))
                    }
                }
            }
            if let match = best {
                // Room for a few matches at once (not 1, 2, 4: three allocations for three matches).
                if result.capacity == 0 { result.reserveCapacity(8) }
                result.append(match)
                start = match.tokens.upperBound
            } else {
                start += 1
            }
        }
    }

    @inline(__always)
    static func push(_ stack: inout ContiguousArray<(node: Int32, next: Int)>, _ top: inout Int, _ entry: (node: Int32, next: Int)) {
        if top < stack.count {
            stack[top] = entry
        } else {
            stack.append(entry)
        }
        top += 1
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

    /// Checks a pattern's options against the tokens it matched (read in place).
    func accepts(_ pattern: Int32, tokens: UnsafeBufferPointer<Token>, range: Range<Int>) -> Bool {
        let flags = patternFlags[Int(pattern)]
        if flags == 0 { return true }
        if flags & Self.flagRequiresCapital != 0 {
            if !TextFolding.isCapitalized(tokens[range.lowerBound].text) { return false }
            if flags == Self.flagRequiresCapital { return true }
        }
        // The script, from the flags alone (no literal lookup): each word is in the name's script;
        // numbers and punctuation have none.
        if flags & Self.flagSameScript != 0 {
            let latin = flags & Self.flagLatinName != 0
            for index in range {
                let token = tokens.baseAddress! + index
                if let word = Self.isLatinWord(token.pointee.kind, token.pointee.text), word != latin { return false }
            }
            if flags & (Self.flagCaseSensitive | Self.flagNoInflection | Self.flagSpelled) == 0 { return true }
        }
        guard let literals = patternLiterals[pattern], literals.count == range.count else { return true }
        for (literal, index) in zip(literals, range) {
            let token = tokens.baseAddress! + index
            if flags & Self.flagSpelled != 0, !UTF8Bytes.equal(token.pointee.folded, literal.folded),
                !Morphology.matchForms(token.pointee.folded).contains(literal.folded)
            {
                return false
            }
            if flags & Self.flagCaseSensitive != 0 {
                if flags & Self.flagNoInflection != 0 {
                    if !UTF8Bytes.equal(token.pointee.text, literal.text) { return false }
                } else if !UTF8Bytes.hasPrefix(token.pointee.text, literal.text) {
                    return false
                }
            } else if flags & Self.flagNoInflection != 0 {
                if !UTF8Bytes.equal(token.pointee.folded, literal.folded) { return false }
            }
        }
        return true
    }

    /// The script of a word by its first byte: true for Latin (an ASCII byte), false for another;
    /// nil for a number or punctuation, which have no script.
    static func isLatinWord(_ kind: Token.Kind, _ text: String) -> Bool? {
        guard kind == .word, let first = text.utf8.first else { return nil }
        return first < 0x80
    }
}

/// One token of a name whose options are checked on each match.
struct PatternLiteral: Sendable {
    var text: String
    var folded: String
}

/// Identifies one compiled matcher (a cache filled by one matcher is not valid for another).
final class MatcherIdentity: Sendable {}

/// A per-thread cache of token analyses (morphology and keys), reused across documents.
///
/// Keyed by a token's folded form (and whether it takes morphology); holds the vocabulary
/// labels of each form in one flat array. Not thread-safe: give each task its own.
public final class MatchCache {
    // One thread uses a cache: no dynamic exclusivity checks on its hot fields.
    @exclusivity(unchecked) var forms = ByteKeyTable(capacity: 4096)
    /// Labels of form f: `labelPool[(f == 0 ? 0 : formLabelEnd[f - 1]) ..< formLabelEnd[f]]`.
    @exclusivity(unchecked) var formLabelEnd: ContiguousArray<Int32> = []
    @exclusivity(unchecked) var formLiteral: ContiguousArray<Bool> = []
    @exclusivity(unchecked) var labelPool: ContiguousArray<Int32> = []
    /// By token-cache id (`Token.cacheID`), for tokens that take morphology (`wordSlots`) and
    /// for the others (`otherSlots`): the raw bits of the folded string the form was found
    /// for, and the form (-1: none). Two tables rather than one indexed by id and kind, so
    /// that the words' entries, read for nearly every token, lie densely. `*Folded` hold
    /// those strings, so equal bits mean the same string, never a freed one's successor.
    @exclusivity(unchecked) var wordSlots: ContiguousArray<SlotForm> = []
    @exclusivity(unchecked) var wordFolded: ContiguousArray<String> = []
    @exclusivity(unchecked) var otherSlots: ContiguousArray<SlotForm> = []
    @exclusivity(unchecked) var otherFolded: ContiguousArray<String> = []
    /// Scratch for one document: the form of each token, the trie walk's stack.
    @exclusivity(unchecked) var tokenForms: ContiguousArray<Int32> = []
    @exclusivity(unchecked) var stack: ContiguousArray<(node: Int32, next: Int)> = []
    /// The matcher that filled the cache, held so that its identifier stays its own; compared
    /// by identifier (no weak-reference load per document).
    var owner: MatcherIdentity?
    var ownerID: ObjectIdentifier?
    let limit: Int

    /// - Parameter limit: the most distinct words kept before the cache is emptied.
    public init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The form id of a folded token, or nil.
    @inline(__always)
    func find(_ folded: String, tag: UInt8) -> Int? {
        let found: Int?? = folded.utf8.withContiguousStorageIfAvailable { forms.lookup($0, tag: tag) }
        return found ?? forms.find(folded, tag: tag)
    }

    /// The form remembered for a token-cache id and kind (`tag` 1: takes morphology) if it
    /// was found for this very string.
    @inline(__always)
    func formOfSlot(_ id: Int, tag: UInt8, folded: String) -> Int32? {
        let entry: SlotForm
        if tag == 1 {
            guard id < wordSlots.count else { return nil }
            entry = wordSlots[id]
        } else {
            guard id < otherSlots.count else { return nil }
            entry = otherSlots[id]
        }
        let bits = SlotForm.bits(folded)
        guard entry.form >= 0, entry.bits0 == bits.0, entry.bits1 == bits.1 else { return nil }
        return entry.form
    }

    @inline(never)
    func remember(_ id: Int, tag: UInt8, folded: String, form: Int32) {
        // Token-cache ids are dense and bounded by its limit; an id far out is not kept.
        guard id < 1 << 21 else { return }
        let bits = SlotForm.bits(folded)
        let entry = SlotForm(bits0: bits.0, bits1: bits.1, form: form)
        if tag == 1 {
            Self.grow(&wordSlots, &wordFolded, to: id)
            wordSlots[id] = entry
            wordFolded[id] = folded
        } else {
            Self.grow(&otherSlots, &otherFolded, to: id)
            otherSlots[id] = entry
            otherFolded[id] = folded
        }
    }

    static func grow(_ slots: inout ContiguousArray<SlotForm>, _ folded: inout ContiguousArray<String>, to id: Int) {
        guard id >= slots.count else { return }
        let count = max(id + 1, slots.count * 2)
        slots.append(contentsOf: repeatElement(SlotForm(), count: count - slots.count))
        folded.append(contentsOf: repeatElement("", count: count - folded.count))
    }

    /// Empties the cache if another matcher filled it or if a document of `tokens` tokens
    /// could take it past its limit (it is never emptied within a document).
    func prepare(for identity: MatcherIdentity, tokens: Int) {
        // `formLabelEnd` has one entry per form (read in place, unlike the table's `count`).
        if ownerID != ObjectIdentifier(identity) || formLabelEnd.count + tokens > max(limit, tokens) {
            forms.removeAll()
            formLabelEnd.removeAll(keepingCapacity: true)
            formLiteral.removeAll(keepingCapacity: true)
            labelPool.removeAll(keepingCapacity: true)
            wordSlots.removeAll(keepingCapacity: true)
            wordFolded.removeAll(keepingCapacity: true)
            otherSlots.removeAll(keepingCapacity: true)
            otherFolded.removeAll(keepingCapacity: true)
            owner = identity
            ownerID = ObjectIdentifier(identity)
        }
    }
}

/// What a `MatchCache` remembers for one token-cache slot.
struct SlotForm {
    var bits0: UInt64 = 0
    var bits1: UInt64 = 0
    var form: Int32 = -1

    /// The raw representation of a string: equal bits are the same small string, or the
    /// same count in the same storage object.
    @inline(__always)
    static func bits(_ string: String) -> (UInt64, UInt64) {
        unsafeBitCast(string, to: (UInt64, UInt64).self)
    }
}
