import ShejireCore

/// Chooses one mention where candidates overlap.
///
/// The policy, in order: the candidate covering more tokens wins; then the more specific
/// (a gazetteer entry over a shape rule, see `Candidate.specificity`); then the higher
/// confidence; then the earlier start; then the source name, so that the result never
/// depends on the order extractors ran in.
public enum OverlapResolver {
    /// Resolves overlaps; returns the kept candidates in text order.
    ///
    /// - Complexity: O(k log k + k·m) for k candidates, m kept.
    public static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let ranked = candidates.sorted(by: better)
        var kept: [Candidate] = []
        var taken = IndexSetLite()
        for candidate in ranked where !taken.intersects(candidate.tokens) {
            kept.append(candidate)
            taken.insert(candidate.tokens)
        }
        return kept.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
    }

    static func better(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
        if a.specificity != b.specificity { return a.specificity > b.specificity }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        if a.tokens.lowerBound != b.tokens.lowerBound { return a.tokens.lowerBound < b.tokens.lowerBound }
        if a.source != b.source { return a.source < b.source }
        return a.entity < b.entity
    }
}

/// A small set of token indices kept as sorted, disjoint ranges.
struct IndexSetLite {
    private var ranges: [Range<Int>] = []

    func intersects(_ range: Range<Int>) -> Bool {
        // Binary search for the first range ending after range.lowerBound.
        var lower = 0
        var upper = ranges.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if ranges[mid].upperBound <= range.lowerBound { lower = mid + 1 } else { upper = mid }
        }
        return lower < ranges.count && ranges[lower].lowerBound < range.upperBound
    }

    mutating func insert(_ range: Range<Int>) {
        var lower = 0
        var upper = ranges.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if ranges[mid].lowerBound < range.lowerBound { lower = mid + 1 } else { upper = mid }
        }
        ranges.insert(range, at: lower)
    }
}
