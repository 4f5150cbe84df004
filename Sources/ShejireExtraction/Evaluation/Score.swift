/// Counts for one type (or all types) and the precision, recall and F1 they give.
///
/// Empty cases follow the official factRuEval-2016 scorer: precision is 1 when nothing was
/// predicted, recall is 1 when there was nothing to find, and F1 is 0 when either is 0 (so F1
/// is 1 only when nothing was to be found and nothing was predicted). The table prints `-` for
/// a precision or recall with nothing to divide by.
public struct Score: Sendable, Hashable, Codable {
    /// True positives: a count for exact matching, a sum of match qualities (0...1 each) for partial.
    public var truePositives: Double
    /// Gold entities that count (ignored ones left out).
    public var gold: Int
    /// Predicted mentions that count.
    public var predicted: Int

    public init(truePositives: Double = 0, gold: Int = 0, predicted: Int = 0) {
        self.truePositives = truePositives
        self.gold = gold
        self.predicted = predicted
    }

    /// truePositives / predicted (1 when nothing was predicted).
    public var precision: Double { predicted > 0 ? truePositives / Double(predicted) : 1 }
    /// truePositives / gold (1 when there was nothing to find).
    public var recall: Double { gold > 0 ? truePositives / Double(gold) : 1 }
    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// Predicted but not (fully) matched: predicted − truePositives.
    public var falsePositives: Double { Double(predicted) - truePositives }
    /// Gold but not (fully) matched: gold − truePositives.
    public var falseNegatives: Double { Double(gold) - truePositives }

    public static func + (a: Score, b: Score) -> Score {
        Score(truePositives: a.truePositives + b.truePositives, gold: a.gold + b.gold, predicted: a.predicted + b.predicted)
    }

    public static func += (a: inout Score, b: Score) {
        a = a + b
    }
}
