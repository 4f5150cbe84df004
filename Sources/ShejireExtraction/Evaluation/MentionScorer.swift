import ShejireCore

/// Scores the predicted mentions of one document against its gold entities.
///
/// Both sides become sets of gold tokens: a gold entity its tokens, a prediction the tokens it
/// is snapped to (`SpanAlignment`); ignorable tokens (`GoldToken.isIgnorable`) are left out of
/// both. Two scores come out:
/// - **exact** (the headline): a prediction is a true positive when its type and token set
///   equal those of a gold entity not yet matched; every other prediction is a false positive,
///   every unmatched gold entity a false negative.
/// - **partial** (the factRuEval-2016 way): predictions and gold entities of the same type that
///   share tokens are paired one to one — identical token sets first, then by decreasing
///   overlap (Jaccard), greedily — and each pair adds its quality
///   `w(shared) / (w(shared) + w(gold only) + |predicted only|)` to the true positives, where
///   `w` sums the gold tokens' weights (`ScoringPolicy`).
/// Gold entities the policy ignores count in neither score, and neither does a prediction
/// matched to one.
public struct MentionScorer: Sendable {
    public var mapping: LabelMapping
    public var types: Set<EntityType>
    public var policy: ScoringPolicy

    public init(mapping: LabelMapping, types: Set<EntityType>, policy: ScoringPolicy) {
        self.mapping = mapping
        self.types = types
        self.policy = policy
    }

    /// The scores and errors of one document.
    public struct DocumentScore: Sendable {
        public var exact: [EntityType: Score] = [:]
        public var partial: [EntityType: Score] = [:]
        /// Every exact-match error, in text order (false negatives and false positives mixed).
        public var errors: [EvaluationError] = []
        /// Predictions of a scored type.
        public var predictions = 0
        /// Of those, how many did not start and end on gold token boundaries and were snapped.
        public var snapped = 0
        /// Of those, how many touched no gold token at all (counted as false positives).
        public var unaligned = 0
        /// Predictions matched (exactly) to an ignored gold entity, so not counted.
        public var neutral = 0
        /// Gold entities of a scored type that the policy ignored (exact score).
        public var ignoredGold = 0

        public init() {}
    }

    struct GoldItem {
        var entity: Int
        var id: String
        var label: String
        /// nil if the label is not mapped.
        var type: EntityType?
        var tokens: [Int]
        var set: Set<Int>
        var weights: [Int: Double]
        var unnamed: Bool
    }

    /// An error before its offsets and context are worked out.
    struct PendingError {
        var kind: EvaluationError.Kind
        var type: EntityType
        var label: String?
        /// UTF-8 byte range.
        var range: Range<Int>
        var source: String?
        var cause: EvaluationError.Cause
        var detail: String?
        /// The first gold token, to find the sentence.
        var firstToken: Int?
    }

    struct PredictedItem {
        var prediction: Prediction
        var tokens: [Int]
        var set: Set<Int>
        var scored: Bool
    }

    /// Scores one document.
    ///
    /// - Parameters:
    ///   - document: the gold document.
    ///   - predictions: the predicted mentions, any order, any types (only the scored types count;
    ///     the others still explain errors).
    /// - Complexity: O(g² + p·g) for g gold entities and p predictions.
    public func score(_ document: AnnotatedDocument, predictions: [Prediction]) -> DocumentScore {
        var result = DocumentScore()
        let gold = goldItems(document)
        var predicted: [PredictedItem] = []
        var unaligned: [Prediction] = []
        let sorted = predictions.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) })
        let alignments = sorted.map { SpanAlignment.align($0.range, to: document.tokens) }
        // First tokens of the predictions that a `partOfNext` convention looks for.
        var starts: [EntityType: [Int: Range<Int>]] = [:]
        for next in Set(policy.spanConventions.compactMap(\.partOfNext)) {
            for (prediction, alignment) in zip(sorted, alignments) where prediction.type == next {
                if let span = alignment?.tokens { starts[next, default: [:]][span.lowerBound] = span }
            }
        }
        let raw = { (i: Int) in i < document.tokens.count ? Self.slice(document.text, document.tokens[i].range) : "" }
        for (var prediction, alignment) in zip(sorted, alignments) {
            if let span = alignment?.tokens,
                let next = policy.spanConventions.lazy.compactMap({ convention -> EntityType? in
                    guard convention.type == prediction.type, let next = convention.partOfNext, let starts = starts[next],
                        SpanConvention.joins(span, starts, word: raw)
                    else { return nil }
                    return next
                }).first
            {
                prediction.type = next
            }
            let scored = types.contains(prediction.type)
            guard let alignment else {
                if scored {
                    result.predictions += 1
                    result.unaligned += 1
                    unaligned.append(prediction)
                }
                continue
            }
            var span = alignment.tokens
            for convention in policy.spanConventions where convention.type == prediction.type {
                span = convention.adjust(span, count: document.tokens.count) { raw($0).lowercased() }
            }
            let tokens = keyTokens(Array(span), document)
            predicted.append(PredictedItem(prediction: prediction, tokens: tokens, set: Set(tokens), scored: scored))
            if scored {
                result.predictions += 1
                if !alignment.isExact { result.snapped += 1 }
            }
        }
        let nesting = nestingOf(gold)

        // Exact matching.
        struct Key: Hashable {
            var type: EntityType
            var tokens: [Int]
        }
        var byKey: [Key: [Int]] = [:]
        for (index, item) in gold.enumerated() {
            guard let type = item.type, types.contains(type) else { continue }
            byKey[Key(type: type, tokens: item.tokens), default: []].append(index)
        }
        var goldMatch = [Int?](repeating: nil, count: gold.count)
        var predictedMatch = [Int?](repeating: nil, count: predicted.count)
        for (index, item) in predicted.enumerated() where item.scored {
            guard let candidates = byKey[Key(type: item.prediction.type, tokens: item.tokens)],
                let g = candidates.first(where: { goldMatch[$0] == nil })
            else { continue }
            goldMatch[g] = index
            predictedMatch[index] = g
        }
        let exactIgnored = gold.indices.map { ignored($0, gold, nesting, matched: { goldMatch[$0] != nil }) }

        var pendingErrors: [PendingError] = []
        for (index, item) in gold.enumerated() {
            guard let type = item.type, types.contains(type) else { continue }
            if exactIgnored[index] {
                result.ignoredGold += 1
                if goldMatch[index] != nil { result.neutral += 1 }
                continue
            }
            if goldMatch[index] != nil {
                result.exact[type, default: Score()] += Score(truePositives: 1, gold: 1, predicted: 1)
            } else {
                result.exact[type, default: Score()] += Score(gold: 1)
                let (cause, detail) = explainMissed(item, type: type, predicted, document)
                let range = document.tokens[item.tokens.first!].range.lowerBound..<document.tokens[item.tokens.last!].range.upperBound
                pendingErrors.append(
                    PendingError(kind: .falseNegative, type: type, label: item.label, range: range, source: nil,
                                 cause: cause, detail: detail, firstToken: item.tokens.first))
            }
        }
        for (index, item) in predicted.enumerated() where item.scored && predictedMatch[index] == nil {
            result.exact[item.prediction.type, default: Score()] += Score(predicted: 1)
            let (cause, detail) = explainSpurious(item, gold, exactIgnored, document)
            pendingErrors.append(
                PendingError(kind: .falsePositive, type: item.prediction.type, label: nil, range: item.prediction.range,
                             source: item.prediction.source, cause: cause, detail: detail, firstToken: item.tokens.first))
        }
        for prediction in unaligned {
            result.exact[prediction.type, default: Score()] += Score(predicted: 1)
            result.partial[prediction.type, default: Score()] += Score(predicted: 1)
            pendingErrors.append(
                PendingError(kind: .falsePositive, type: prediction.type, label: nil, range: prediction.range,
                             source: prediction.source, cause: .spurious, detail: "touches no gold token", firstToken: nil))
        }

        // Partial matching.
        // The official scorer searches for the matching with the best F1. Greedy tiers come
        // close: a pair with a counted gold entity first (identical tokens, then quality at
        // least 0.5, which always raises F1), then a pair with an ignored entity (which
        // takes the prediction out of the count), then the remaining weak pairs.
        var pairs: [(g: Int, p: Int, jaccard: Double, tier: Int)] = []
        var goldByToken: [Int: [Int]] = [:]
        for (index, item) in gold.enumerated() {
            guard let type = item.type, types.contains(type) else { continue }
            for token in item.tokens { goldByToken[token, default: []].append(index) }
        }
        let alwaysIgnored = gold.indices.map {
            (policy.ignoreUnnamed && gold[$0].unnamed) || nesting.hasParent[$0]
        }
        for (p, item) in predicted.enumerated() where item.scored {
            var seen: Set<Int> = []
            var candidates: [(g: Int, jaccard: Double)] = []
            for token in item.tokens {
                for g in goldByToken[token] ?? [] where gold[g].type == item.prediction.type && seen.insert(g).inserted {
                    let shared = gold[g].set.intersection(item.set).count
                    let union = gold[g].set.union(item.set).count
                    candidates.append((g, Double(shared) / Double(union)))
                }
            }
            // As in the official search, which visits gold objects in id order: a prediction
            // with a perfect partner later in that order goes to no earlier, imperfect one.
            let lastPerfect = candidates.filter { $0.jaccard == 1 }.map { gold[$0.g].id }.max(by: Self.idOrder)
            for (g, jaccard) in candidates {
                if jaccard < 1, let lastPerfect, Self.idOrder(gold[g].id, lastPerfect) { continue }
                let tier: Int
                if alwaysIgnored[g] {
                    tier = 2
                } else if jaccard == 1 {
                    tier = 0
                } else {
                    tier = quality(gold[g], item) >= 0.5 ? 1 : 3
                }
                pairs.append((g, p, jaccard, tier))
            }
        }
        pairs.sort { a, b in
            if a.tier != b.tier { return a.tier < b.tier }
            if a.jaccard != b.jaccard { return a.jaccard > b.jaccard }
            return (a.g, a.p) < (b.g, b.p)
        }
        var partialGold = [Int?](repeating: nil, count: gold.count)
        var partialPredicted = [Int?](repeating: nil, count: predicted.count)
        for pair in pairs where partialGold[pair.g] == nil && partialPredicted[pair.p] == nil {
            partialGold[pair.g] = pair.p
            partialPredicted[pair.p] = pair.g
        }
        let partialIgnored = gold.indices.map { ignored($0, gold, nesting, matched: { partialGold[$0] != nil }) }
        for (index, item) in gold.enumerated() {
            guard let type = item.type, types.contains(type), !partialIgnored[index] else { continue }
            if let p = partialGold[index] {
                let quality = self.quality(item, predicted[p])
                result.partial[type, default: Score()] += Score(truePositives: quality, gold: 1, predicted: 1)
            } else {
                result.partial[type, default: Score()] += Score(gold: 1)
            }
        }
        for (index, item) in predicted.enumerated() where item.scored && partialPredicted[index] == nil {
            result.partial[item.prediction.type, default: Score()] += Score(predicted: 1)
        }

        // Errors, with code point offsets and context.
        if !pendingErrors.isEmpty {
            var offsets: [Int] = []
            for error in pendingErrors {
                offsets.append(error.range.lowerBound)
                offsets.append(error.range.upperBound)
            }
            let points = Document.codePointOffsets(of: document.text, offsets)
            for (index, error) in pendingErrors.enumerated() {
                let sentence = error.firstToken.flatMap { document.sentenceIndex(ofToken: $0) }
                result.errors.append(
                    EvaluationError(
                        kind: error.kind, cause: error.cause, type: error.type.rawValue, label: error.label,
                        text: Self.slice(document.text, error.range), source: error.source, document: document.id,
                        sentence: sentence.map { document.sentences[$0].id } ?? document.id,
                        start: points[index * 2], end: points[index * 2 + 1],
                        context: Self.context(error.range, sentence: sentence, in: document), detail: error.detail))
            }
            result.errors.sort { ($0.start, $0.end, $0.kind.rawValue) < ($1.start, $1.end, $1.kind.rawValue) }
        }
        return result
    }

    // MARK: - Gold entities

    func keyTokens(_ tokens: [Int], _ document: AnnotatedDocument) -> [Int] {
        let kept = tokens.filter { !document.tokens[$0].isIgnorable }
        return kept.isEmpty ? tokens : kept
    }

    func goldItems(_ document: AnnotatedDocument) -> [GoldItem] {
        document.entities.enumerated().compactMap { index, entity in
            let all = entity.tokens.filter { $0 >= 0 && $0 < document.tokens.count }
            guard !all.isEmpty else { return nil }
            let tokens = keyTokens(all, document)
            let type = mapping.type(for: entity.label)
            var weights: [Int: Double] = [:]
            if let type {
                var labels: [Int: [String]] = [:]
                for part in entity.parts { for token in part.tokens { labels[token, default: []].append(part.label) } }
                for token in tokens { weights[token] = policy.weight(type: type, partLabels: labels[token] ?? []) }
            }
            let unnamed = type != nil && !weights.values.contains { $0 > 0 }
            return GoldItem(
                entity: index, id: entity.id, label: entity.label, type: type, tokens: tokens, set: Set(tokens), weights: weights,
                unnamed: unnamed)
        }
    }

    /// For each mapped gold entity: whether it has a parent, and its first sibling.
    func nestingOf(_ gold: [GoldItem]) -> (hasParent: [Bool], sibling: [Int?]) {
        var hasParent = [Bool](repeating: false, count: gold.count)
        var sibling = [Int?](repeating: nil, count: gold.count)
        guard policy.ignoreNested else { return (hasParent, sibling) }
        for (i, item) in gold.enumerated() {
            guard let type = item.type, let parents = policy.parentTypes[type] else { continue }
            for (j, other) in gold.enumerated() where j != i {
                guard let otherType = other.type, parents.contains(otherType) else { continue }
                if item.set.count < other.set.count && item.set.isSubset(of: other.set) {
                    hasParent[i] = true
                } else if item.set == other.set && sibling[i] == nil {
                    sibling[i] = j
                }
            }
        }
        return (hasParent, sibling)
    }

    /// Whether a gold entity is left out of the score, given which entities are matched.
    func ignored(
        _ index: Int, _ gold: [GoldItem], _ nesting: (hasParent: [Bool], sibling: [Int?]), matched: (Int) -> Bool
    ) -> Bool {
        let item = gold[index]
        guard item.type != nil else { return true }
        if policy.ignoreUnnamed && item.unnamed { return true }
        guard policy.ignoreNested else { return false }
        if nesting.hasParent[index] { return true }
        if let other = nesting.sibling[index] {
            if matched(index) == matched(other) {
                if gold[other].type == item.type { return other < index }
                return item.type != .organisation
            }
            return !matched(index)
        }
        return false
    }

    /// The order the official scorer visits objects in: by id, as strings.
    static func idOrder(_ a: String, _ b: String) -> Bool { a < b }

    func quality(_ gold: GoldItem, _ predicted: PredictedItem) -> Double {
        var shared = 0.0
        var goldOnly = 0.0
        for token in gold.tokens {
            let weight = gold.weights[token] ?? 1
            if predicted.set.contains(token) { shared += weight } else { goldOnly += weight }
        }
        let predictedOnly = Double(predicted.set.subtracting(gold.set).count)
        let sum = shared + goldOnly + predictedOnly
        if sum > 0 { return shared / sum }
        return Double(gold.set.intersection(predicted.set).count) / Double(gold.set.union(predicted.set).count)
    }

    // MARK: - Explaining errors

    func explainMissed(
        _ item: GoldItem, type: EntityType, _ predicted: [PredictedItem], _ document: AnnotatedDocument
    ) -> (EvaluationError.Cause, String?) {
        let overlapping = predicted.filter { !$0.set.isDisjoint(with: item.set) }
        func describe(_ p: PredictedItem) -> String {
            "predicted \(p.prediction.type.rawValue) \"\(Self.slice(document.text, p.prediction.range))\""
        }
        if let p = overlapping.first(where: { $0.prediction.type == type }) { return (.boundary, describe(p)) }
        if let p = overlapping.first(where: { $0.set == item.set }) { return (.type, describe(p)) }
        if let p = overlapping.first { return (.overlap, describe(p)) }
        return (.missed, nil)
    }

    func explainSpurious(
        _ item: PredictedItem, _ gold: [GoldItem], _ ignored: [Bool], _ document: AnnotatedDocument
    ) -> (EvaluationError.Cause, String?) {
        let overlapping = gold.indices.filter { !gold[$0].set.isDisjoint(with: item.set) }
        func describe(_ g: Int) -> String {
            let entity = gold[g]
            let range = document.tokens[entity.tokens.first!].range.lowerBound..<document.tokens[entity.tokens.last!].range.upperBound
            var note = ""
            if let type = entity.type, types.contains(type) {
                if ignored[g] { note = " (ignored)" }
            } else {
                note = " (not scored)"
            }
            return "gold \(entity.label) \"\(Self.slice(document.text, range))\"\(note)"
        }
        let type = item.prediction.type
        if let g = overlapping.first(where: { gold[$0].type == type }) { return (.boundary, describe(g)) }
        if let g = overlapping.first(where: { gold[$0].set == item.set }) { return (.type, describe(g)) }
        if let g = overlapping.first { return (.overlap, describe(g)) }
        return (.spurious, nil)
    }

    /// The text of a byte range, clamped (`Document.substring(of:bytes:)`).
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        Document.substring(of: text, bytes: range)
    }

    /// The sentence around a span with the span marked `⟦…⟧`, at most about 60 characters on each side.
    static func context(_ range: Range<Int>, sentence: Int?, in document: AnnotatedDocument) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        if let sentence, !document.sentences[sentence].tokens.isEmpty {
            let tokens = document.sentences[sentence].tokens
            lower = min(lower, document.tokens[tokens.lowerBound].range.lowerBound)
            upper = max(upper, document.tokens[tokens.upperBound - 1].range.upperBound)
        }
        var left = slice(document.text, lower..<range.lowerBound)
        var right = slice(document.text, range.upperBound..<upper)
        if left.count > 60 { left = "…" + left.suffix(59) }
        if right.count > 60 { right = right.prefix(59) + "…" }
        let flat: (String) -> String = { $0.replacingNewlines() }
        return flat(left) + "⟦" + flat(slice(document.text, range)) + "⟧" + flat(right)
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
