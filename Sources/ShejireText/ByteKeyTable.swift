/// A set of byte strings, each given a dense id (0, 1, 2, ... in insertion order).
///
/// The tokenizer's per-thread cache of token strings, the matcher's vocabulary and its
/// per-thread cache of token analyses. Keys are stored back to back in
/// one byte array and found by open addressing with a fast multiplicative hash of the bytes,
/// so neither a lookup nor an insert allocates (`Dictionary<String, _>` hashes with SipHash
/// and keeps one `String` per key). Ids do not depend on the hash, so everything built from
/// them is deterministic; the hash is seeded per table to keep crafted input from piling
/// keys into one chain.
package struct ByteKeyTable: Sendable {
    /// Key i is `bytes[keyStart[i]..<keyStart[i + 1]]`.
    package private(set) var bytes: ContiguousArray<UInt8> = []
    package private(set) var keyStart: ContiguousArray<Int32> = [0]
    /// The slots (the count is a power of two): each holds its key's hash, id, start and
    /// length with its tag (a small value that is part of the key, 0 unless the caller
    /// distinguishes kinds of keys), so that a probe reads the slot, then the key's bytes,
    /// and nothing else: two dependent memory accesses, not three.
    private var slots: ContiguousArray<Slot>
    private var mask: Int
    private let seed: UInt64

    /// The number of keys.
    package var count: Int { keyStart.count - 1 }

    /// - Parameter capacity: the number of keys expected (the table grows past it).
    package init(capacity: Int = 16, seed: UInt64 = UInt64.random(in: 1...UInt64.max)) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = ContiguousArray(repeating: Slot(), count: size)
        mask = size - 1
        self.seed = seed
        keyStart.reserveCapacity(capacity + 1)
    }

    /// One slot of the table: all zero when empty.
    struct Slot: Sendable {
        /// hash << 32 | (id + 1).
        var hashID: UInt64 = 0
        /// The key's first byte in `bytes`.
        var start: UInt32 = 0
        /// The key's length | tag << 24.
        var lengthTag: UInt32 = 0
    }

    /// A key's length and tag as a slot holds them, or nil for a key too long to be held.
    @inline(__always)
    static func lengthTag(_ count: Int, _ tag: UInt8) -> UInt32? {
        count < 1 << 24 ? UInt32(count) | UInt32(tag) << 24 : nil
    }

    /// Empties the table, keeping its storage.
    package mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        keyStart.removeAll(keepingCapacity: true)
        keyStart.append(0)
        for i in slots.indices { slots[i] = Slot() }
    }

    /// Hash of a byte string: 8 bytes at a time, multiply and fold.
    @inline(__always)
    package func hash(_ key: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> UInt32 {
        var h = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(tag) << 56)
        var i = 0
        let n = key.count
        guard let base = key.baseAddress else { return UInt32(truncatingIfNeeded: h >> 32) }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = Self.mix(h ^ word)
            i += 8
        }
        if i < n {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                word |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = Self.mix(h ^ word)
        }
        h = Self.mix(h)
        return UInt32(truncatingIfNeeded: h >> 32)
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: 0xA076_1D64_78BD_642F)
        return product.high ^ product.low
    }

    /// Whether the `key.count` bytes from `lower` are the key.
    @inline(__always)
    func equals(from lower: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            guard let a = stored.baseAddress, let b = key.baseAddress else { return key.isEmpty }
            let x = UnsafeRawPointer(a + lower)
            let y = UnsafeRawPointer(b)
            let n = key.count
            var i = 0
            while i + 8 <= n {
                if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                    return false
                }
                i += 8
            }
            while i < n {
                if a[lower + i] != b[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The id of a key, or nil.
    ///
    /// - Complexity: O(length of the key) expected.
    @inline(__always)
    package func find(_ key: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> Int? {
        guard let lengthTag = Self.lengthTag(key.count, tag) else { return nil }
        let h = hash(key, tag: tag)
        var slot = Int(h) & mask
        while true {
            let stored = slots[slot]
            if stored.hashID == 0 { return nil }
            if UInt32(truncatingIfNeeded: stored.hashID >> 32) == h && stored.lengthTag == lengthTag
                && equals(from: Int(stored.start), key)
            {
                return Int(UInt32(truncatingIfNeeded: stored.hashID)) - 1
            }
            slot = (slot + 1) & mask
        }
    }

    /// `find` for a table held in a class (a per-thread cache): called through a mutable
    /// reference, the table is read in place instead of being copied (a retain and release
    /// of each of its arrays) on every lookup. Changes nothing.
    @inline(__always)
    package mutating func lookup(_ key: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> Int? {
        find(key, tag: tag)
    }

    /// The id of a key, adding it if new.
    package mutating func insert(_ key: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> (id: Int, inserted: Bool) {
        guard let lengthTag = Self.lengthTag(key.count, tag) else {
            preconditionFailure("ByteKeyTable: a key of \(key.count) bytes is too long")
        }
        let h = hash(key, tag: tag)
        var slot = Int(h) & mask
        while true {
            let stored = slots[slot]
            if stored.hashID == 0 { break }
            if UInt32(truncatingIfNeeded: stored.hashID >> 32) == h && stored.lengthTag == lengthTag
                && equals(from: Int(stored.start), key)
            {
                return (Int(UInt32(truncatingIfNeeded: stored.hashID)) - 1, false)
            }
            slot = (slot + 1) & mask
        }
        let id = count
        let start = bytes.count
        bytes.append(contentsOf: key)
        keyStart.append(Int32(bytes.count))
        slots[slot] = Slot(hashID: Self.slotValue(h, id), start: UInt32(start), lengthTag: lengthTag)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    @inline(__always)
    static func slotValue(_ hash: UInt32, _ id: Int) -> UInt64 {
        UInt64(hash) << 32 | UInt64(UInt32(id + 1))
    }

    private mutating func grow() {
        let size = slots.count * 2
        let old = slots
        slots = ContiguousArray(repeating: Slot(), count: size)
        mask = size - 1
        // Each slot moves whole (where a key lands changes no id: ids are insertion order).
        for stored in old where stored.hashID != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: stored.hashID >> 32)) & mask
            while slots[slot].hashID != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}

extension ByteKeyTable {
    /// The id of a string's UTF-8 bytes, or nil.
    package func find(_ key: String, tag: UInt8 = 0) -> Int? {
        var key = key
        return key.withUTF8 { find($0, tag: tag) }
    }

    /// Adds a string's UTF-8 bytes (if new) and returns its id.
    package mutating func insert(_ key: String, tag: UInt8 = 0) -> (id: Int, inserted: Bool) {
        var key = key
        return key.withUTF8 { insert($0, tag: tag) }
    }
}
