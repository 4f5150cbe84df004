import ShejireCore

/// Scores the relations of one predicate found in a document against its gold relations.
///
/// The matching policy (docs/evaluate.md, "Relations"):
///
/// 1. Predicted relations of the predicate are **collapsed** as the graph store collapses them:
///    those with the same subject entity, object entity and `title` are one predicted fact, whose
///    pieces of evidence are the relations' mention ranges.
/// 2. A predicted fact **fits** a gold relation when one piece of evidence has
///    - a subject range overlapping a mention of the gold subject (any span of any object of the
///      `Who` chain, in any sentence);
///    - an object range overlapping a mention of the gold object (the `Where` chain), when the gold
///      relation has an object; when it has none, the predicted object is not looked at;
///    - an anchor range (the position title's mention) overlapping one of the gold anchor's
///      alternatives (the `Position` spans), when the gold relation has an anchor; when it has
///      none, the predicted title is not looked at.
///    Overlap means sharing at least one byte.
/// 3. Predicted and gold facts are paired one to one (a maximum matching): each pair is a true
///    positive. A gold relation left unpaired is a false negative. A predicted fact left unpaired
///    that fits a gold relation paired with another prediction is a **duplicate** (the same fact
///    found under two entity ids, when linking split a person or place): neither true nor false,
///    and counted apart. So is an unpaired predicted fact with the subject, object and title of
///    a paired one whose anchor lies elsewhere (the gold marks one statement of the position;
///    `президент Саакашвили` repeats `Президент Грузии Михаил Саакашвили`). Any other unpaired
///    predicted fact is a false positive.
///
/// P = TP / (predicted facts − duplicates), R = TP / gold relations.
public struct RelationScorer: Sendable {
    public var predicate: Predicate

    public init(predicate: Predicate) {
        self.predicate = predicate
    }

    /// What one document contributes.
    public struct DocumentScore: Sendable, Hashable {
        /// `gold` gold relations, `predicted` counted predicted facts (duplicates left out).
        public var score: Score
        /// Predicted facts fitting a gold relation already paired with another prediction.
        public var duplicates: Int
        public var errors: [RelationError]
    }

    /// A predicted fact: relations with the same subject, object and title.
    struct PredictedFact {
        var evidence: [Relation]
    }

    /// Whether each condition of the policy holds for one piece of evidence and one gold relation.
    struct Fit {
        var subject: Bool
        var object: Bool
        var anchor: Bool
        var all: Bool { subject && object && anchor }
    }

    /// Scores one document.
    ///
    /// - Parameters:
    ///   - document: the document and its gold relations.
    ///   - predictions: every relation extracted from it (other predicates are left out).
    /// - Complexity: O(p·g·m) for p predicted relations, g gold relations of m mention ranges,
    ///   plus the matching, O(g·p²) at worst.
    public func score(_ document: RelationDocument, predictions: [Relation]) -> DocumentScore {
        let facts = collapse(predictions.filter { $0.predicate == predicate })
        let gold = document.relations.filter { $0.predicate == predicate }
        // fits[g][p]: whether predicted fact p fits gold relation g.
        let fits: [[Bool]] = gold.map { g in facts.map { f in f.evidence.contains { fit($0, g, in: document).all } } }
        let pairOfPredicted = Self.maximumMatching(fits, predictedCount: facts.count)
        var pairedGold = Set<Int>()
        for case let g? in pairOfPredicted { pairedGold.insert(g) }

        var errors: [RelationError] = []
        var duplicates = 0
        var truePositives = 0
        // The title each paired gold relation was found with.
        var pairedTitles: [Int: Set<String>] = [:]
        for (p, g) in pairOfPredicted.enumerated() {
            if let g { pairedTitles[g, default: []].insert(facts[p].evidence[0].qualifiers["title"] ?? "") }
        }
        for (p, fact) in facts.enumerated() {
            let title = fact.evidence[0].qualifiers["title"] ?? ""
            if pairOfPredicted[p] != nil {
                truePositives += 1
            } else if gold.indices.contains(where: { fits[$0][p] }) {
                duplicates += 1
            } else if gold.indices.contains(where: { g in
                pairedTitles[g]?.contains(title) == true
                    && fact.evidence.contains { let f = fit($0, gold[g], in: document); return f.subject && f.object }
            }) {
                // The same person, owner and title as a fact already found, stated elsewhere.
                duplicates += 1
            } else {
                errors.append(falsePositive(fact, gold, document))
            }
        }
        for (g, relation) in gold.enumerated() where !pairedGold.contains(g) {
            errors.append(falseNegative(relation, facts, fits[g], document))
        }
        let score = Score(
            truePositives: Double(truePositives), gold: gold.count, predicted: facts.count - duplicates)
        return DocumentScore(score: score, duplicates: duplicates, errors: errors)
    }

    /// Groups relations by subject, object and title, in order of first appearance.
    func collapse(_ relations: [Relation]) -> [PredictedFact] {
        struct Key: Hashable {
            var subject: String
            var object: String
            var title: String?
        }
        var order: [Key] = []
        var groups: [Key: [Relation]] = [:]
        for relation in relations {
            let key = Key(subject: relation.subject, object: relation.object, title: relation.qualifiers["title"])
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(relation)
        }
        return order.map { PredictedFact(evidence: groups[$0]!) }
    }

    /// - Parameter document: for the texts of the title and the gold `Position` spans; without
    ///   it only overlapping ranges fit.
    func fit(_ relation: Relation, _ gold: GoldRelation, in document: RelationDocument? = nil) -> Fit {
        let subject = gold.subject.contains { mention in mention.contains { $0.overlaps(relation.subjectRange) } }
        let object = gold.object.map { mentions in
            mentions.contains { mention in mention.contains { $0.overlaps(relation.objectRange) } }
        } ?? true
        let anchor = gold.anchor.map { alternatives in
            guard let range = relation.anchorRange else { return false }
            if alternatives.contains(where: { $0.overlaps(range) }) { return true }
            // The official scorer compares a Position by its text, wherever it is written: a
            // title with the same text as a gold Position span fits it.
            guard let text = document?.document.text, let title = Self.positionText(range, in: text) else { return false }
            return alternatives.contains { Self.positionText($0, in: text) == title }
        } ?? true
        return Fit(subject: subject, object: object, anchor: anchor)
    }

    /// The text of a byte range, lower-cased, `ё` read as `е`, white space collapsed, as the
    /// factRuEval-2016 scripts normalise a `Position` value; nil for an empty or invalid range.
    static func positionText(_ range: Range<Int>, in text: String) -> String? {
        guard range.lowerBound >= 0, range.upperBound <= text.utf8.count, !range.isEmpty else { return nil }
        let slice = Document.substring(of: text, bytes: range)
        let words = String(slice.lowercased().map { $0 == "ё" ? "е" : $0 }).split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// A maximum one-to-one pairing (augmenting paths, in gold order).
    ///
    /// - Returns: for each predicted fact, the gold relation it is paired with.
    static func maximumMatching(_ fits: [[Bool]], predictedCount: Int) -> [Int?] {
        var pairOfPredicted = [Int?](repeating: nil, count: predictedCount)
        func augment(_ g: Int, _ seen: inout [Bool]) -> Bool {
            for p in 0..<predictedCount where fits[g][p] && !seen[p] {
                seen[p] = true
                if let other = pairOfPredicted[p] {
                    if augment(other, &seen) {
                        pairOfPredicted[p] = g
                        return true
                    }
                } else {
                    pairOfPredicted[p] = g
                    return true
                }
            }
            return false
        }
        for g in fits.indices {
            var seen = [Bool](repeating: false, count: predictedCount)
            _ = augment(g, &seen)
        }
        return pairOfPredicted
    }

    // MARK: - Errors

    func falsePositive(_ fact: PredictedFact, _ gold: [GoldRelation], _ document: RelationDocument) -> RelationError {
        var cause = RelationError.Cause.spurious
        var closest: GoldRelation?
        func rank(_ c: RelationError.Cause) -> Int { [.spurious, .subject, .object, .position].firstIndex(of: c) ?? 0 }
        for relation in fact.evidence {
            for g in gold {
                let f = fit(relation, g, in: document)
                let found: RelationError.Cause? =
                    f.subject && f.object ? .position : f.subject ? .object : (f.object && f.anchor ? .subject : nil)
                if let found, rank(found) > rank(cause) {
                    cause = found
                    closest = g
                }
            }
        }
        let relation = fact.evidence[0]
        return RelationError(
            kind: .falsePositive, cause: cause, relation: relation, document: document, gold: closest?.summary,
            predicted: describe(relation, document))
    }

    func falseNegative(
        _ gold: GoldRelation, _ facts: [PredictedFact], _ fitting: [Bool], _ document: RelationDocument
    ) -> RelationError {
        var cause = RelationError.Cause.missed
        var closest: Relation?
        func rank(_ c: RelationError.Cause) -> Int { [.missed, .subject, .object, .position, .shared].firstIndex(of: c) ?? 0 }
        for (p, fact) in facts.enumerated() {
            for relation in fact.evidence {
                let f = fit(relation, gold, in: document)
                let found: RelationError.Cause? =
                    fitting[p] ? .shared
                    : f.subject && f.object ? .position : f.subject ? .object : (f.object && f.anchor ? .subject : nil)
                if let found, rank(found) > rank(cause) {
                    cause = found
                    closest = relation
                }
            }
        }
        return RelationError(
            kind: .falseNegative, cause: cause, gold: gold, document: document,
            predicted: closest.map { describe($0, document) })
    }

    /// `Юрий Лужков | мэр | Москвы`: the mention texts and the title.
    func describe(_ relation: Relation, _ document: RelationDocument) -> String {
        let text = document.document.text
        let title = relation.qualifiers["title"] ?? relation.anchorRange.map { MentionScorer.slice(text, $0) } ?? "-"
        return "\(MentionScorer.slice(text, relation.subjectRange)) | \(title) | \(MentionScorer.slice(text, relation.objectRange))"
    }
}
