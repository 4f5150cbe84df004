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
    private var keyHash: ContiguousArray<UInt32> = []
    /// A small tag that is part of the key (0 unless the caller distinguishes kinds of keys).
    private var keyTag: ContiguousArray<UInt8> = []
    /// Slot -> hash << 32 | (id + 1), 0 when empty; the count is a power of two. The hash
    /// beside the id lets a probe skip other keys without reading them.
    private var slots: ContiguousArray<UInt64>
    private var mask: Int
    private let seed: UInt64

    /// The number of keys.
    package var count: Int { keyHash.count }

    /// - Parameter capacity: the number of keys expected (the table grows past it).
    package init(capacity: Int = 16, seed: UInt64 = UInt64.random(in: 1...UInt64.max)) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = ContiguousArray(repeating: 0, count: size)
        mask = size - 1
        self.seed = seed
        keyHash.reserveCapacity(capacity)
        keyTag.reserveCapacity(capacity)
        keyStart.reserveCapacity(capacity + 1)
    }

    /// Empties the table, keeping its storage.
    package mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        keyStart.removeAll(keepingCapacity: true)
        keyStart.append(0)
        keyHash.removeAll(keepingCapacity: true)
        keyTag.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = 0 }
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

    @inline(__always)
    func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = Int(keyStart[id])
        let upper = Int(keyStart[id + 1])
        guard upper - lower == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
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
        let h = hash(key, tag: tag)
        var slot = Int(h) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if UInt32(truncatingIfNeeded: stored >> 32) == h {
                let id = Int(UInt32(truncatingIfNeeded: stored)) - 1
                if keyTag[id] == tag && equals(id, key) { return id }
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
        let h = hash(key, tag: tag)
        var slot = Int(h) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if UInt32(truncatingIfNeeded: stored >> 32) == h {
                let id = Int(UInt32(truncatingIfNeeded: stored)) - 1
                if keyTag[id] == tag && equals(id, key) { return (id, false) }
            }
            slot = (slot + 1) & mask
        }
        let id = keyHash.count
        bytes.append(contentsOf: key)
        keyStart.append(Int32(bytes.count))
        keyHash.append(h)
        keyTag.append(tag)
        slots[slot] = Self.slotValue(h, id)
        if keyHash.count * 2 > slots.count { grow() }
        return (id, true)
    }

    @inline(__always)
    static func slotValue(_ hash: UInt32, _ id: Int) -> UInt64 {
        UInt64(hash) << 32 | UInt64(UInt32(id + 1))
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = ContiguousArray(repeating: 0, count: size)
        mask = size - 1
        for id in 0..<keyHash.count {
            var slot = Int(keyHash[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.slotValue(keyHash[id], id)
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
