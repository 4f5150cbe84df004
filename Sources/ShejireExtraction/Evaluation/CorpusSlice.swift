import ShejireCore

/// A deterministic part of a corpus, so that rules can be tuned on one part and measured on another.
///
/// `i/n` selects the i-th of n parts (1-based). The unit is the sentence for CoNLL files and
/// the document for factRuEval.
/// - `block` (default): contiguous parts in file order; part i holds units
///   `[(i-1)·count/n, i·count/n)`, so `1/2` is the first half and `2/2` the second.
/// - `hash`: a unit belongs to part `FNV-1a-64(its text) mod n + 1`, which spreads topics
///   evenly over the parts and puts identical sentences in the same part (no leak between
///   a tuning part and a test part). The hash is fixed: the parts never change between runs,
///   machines or Swift versions.
public struct CorpusSlice: Sendable, Hashable, CustomStringConvertible {
    public enum Mode: String, Sendable, Hashable, CaseIterable, Codable {
        case block
        case hash
    }

    /// 1-based part number.
    public var index: Int
    public var count: Int
    public var mode: Mode

    public init(index: Int, count: Int, mode: Mode = .block) {
        self.index = index
        self.count = count
        self.mode = mode
    }

    /// Parses `i/n` (`1/2`, `3/5`).
    ///
    /// - Throws: `ShejireError` (`bad-slice`) unless 1 ≤ i ≤ n.
    public init(parsing text: String, mode: Mode = .block) throws {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else {
            throw ShejireError(code: "bad-slice", "expected a slice i/n with 1 <= i <= n (such as 1/2), got '\(text)'")
        }
        self.init(index: index, count: count, mode: mode)
    }

    /// `2/2` or `2/2 by hash`.
    public var description: String {
        "\(index)/\(count)" + (mode == .hash ? " by hash" : "")
    }

    /// The units of this slice, in their original order.
    ///
    /// - Parameters:
    ///   - units: every unit of the corpus, in file order.
    ///   - key: the text the `hash` mode hashes (the sentence or document text).
    /// - Complexity: O(n) (plus the length of the keys for `hash`).
    public func select<T>(_ units: [T], key: (T) -> String) -> [T] {
        switch mode {
        case .block:
            let lower = (index - 1) * units.count / count
            let upper = index * units.count / count
            return Array(units[lower..<upper])
        case .hash:
            return units.filter { Int(Self.fnv1a(key($0)) % UInt64(count)) == index - 1 }
        }
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
