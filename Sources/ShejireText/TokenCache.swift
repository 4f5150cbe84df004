/// A per-thread cache of token strings: the text and folded form of each distinct token.
///
/// News text repeats its words; with a cache the tokenizer hashes a token's bytes once and
/// reuses the two strings made the first time the same bytes were seen (shared storage, no
/// allocation, no folding) instead of building them again. Each distinct token gets an id
/// (`Token.cacheID`), by which the gazetteer matcher finds its analysis of the token without
/// hashing it a second time. Results are the same with or without a cache.
///
/// Not thread-safe: give each thread its own (`ExtractionScratch` holds one).
public final class TokenCache {
    // One thread uses a cache: no dynamic exclusivity checks on its hot fields.
    @exclusivity(unchecked) var keys = ByteKeyTable(capacity: 4096)
    /// Text and folded form of key i, side by side (one memory access for both), and
    /// whether its bytes alone need no normalising (`TextNormalizer.needsWork` is false).
    @exclusivity(unchecked) var entries: ContiguousArray<(text: String, folded: String, clean: Bool)> = []
    let limit: Int

    /// - Parameter limit: the most distinct tokens kept before the cache is emptied.
    public init(limit: Int = 100_000) {
        self.limit = limit
    }

    /// The text, folded form, id (-1: not kept) and cleanness (the bytes alone need no
    /// normalising) of a token's bytes.
    @inline(__always)
    func strings(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, folded: String, id: Int32, clean: Bool) {
        if let id = keys.lookup(bytes) {
            return entries.withUnsafeBufferPointer { entries in
                (entries[id].text, entries[id].folded, Int32(truncatingIfNeeded: id), entries[id].clean)
            }
        }
        return add(bytes)
    }

    @inline(never)
    func add(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, folded: String, id: Int32, clean: Bool) {
        let text = String(decoding: bytes, as: UTF8.self)
        let form = TextFolding.fold(bytes: bytes) ?? text
        let clean = !TextNormalizer.needsWork(bytes: bytes)
        // Tokens longer than this are rare and seldom repeat.
        guard bytes.count <= 64 else { return (text, form, -1, clean) }
        if keys.count >= limit {
            keys.removeAll()
            entries.removeAll(keepingCapacity: true)
        }
        let id = keys.insert(bytes).id
        entries.append((text, form, clean))
        return (text, form, Int32(truncatingIfNeeded: id), clean)
    }
}
