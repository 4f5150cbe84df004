import Foundation

/// A document's text after normalisation, with a map back to the original offsets.
///
/// Normalisation is applied once per document (see `TextNormalizer`):
/// Unicode NFC, and repair of Latin look-alike letters typed inside Cyrillic words (and the
/// reverse). Letter case is kept; case folding and quote/dash unification happen per token
/// (`TextFolding`), because rules need to see capital letters.
///
/// Offsets are UTF-8 byte offsets. `originalOffset(_:)` maps a normalised offset back to the
/// original text.
public struct NormalizedText: Sendable {
    /// The original text, exactly as offsets in output refer to it.
    public let original: String
    /// The normalised text.
    public let text: String
    /// For each normalised UTF-8 offset (0...text.utf8.count), the original UTF-8 offset;
    /// empty when normalisation changed nothing (the identity map).
    let toOriginal: [Int32]

    init(original: String, text: String, toOriginal: [Int32]) {
        self.original = original
        self.text = text
        self.toOriginal = toOriginal
    }

    /// True when the normalised text is byte-for-byte the original.
    public var isIdentity: Bool { toOriginal.isEmpty }

    /// The original UTF-8 offset of a normalised UTF-8 offset.
    ///
    /// - Complexity: O(1).
    public func originalOffset(_ normalized: Int) -> Int {
        toOriginal.isEmpty ? normalized : Int(toOriginal[normalized])
    }

    /// Maps a normalised byte range back to the original text.
    public func originalRange(_ normalized: Range<Int>) -> Range<Int> {
        let lower = originalOffset(normalized.lowerBound)
        let upper = originalOffset(normalized.upperBound)
        return lower..<max(lower, upper)
    }
}
