/// The trie's edges while it is built: (node, label) -> child, by open addressing on one
/// 64-bit key (`Dictionary` would hash each key with SipHash).
struct EdgeTable {
    private var keys: ContiguousArray<UInt64>
    private var values: ContiguousArray<Int32>
    private var mask: Int
    /// The number of edges.
    private(set) var count = 0

    static let empty = UInt64.max

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = ContiguousArray(repeating: Self.empty, count: size)
        values = ContiguousArray(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func key(_ node: Int32, _ label: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: label))
    }

    @inline(__always)
    func slot(of key: UInt64) -> Int {
        let product = key.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return Int(truncatingIfNeeded: product.high ^ product.low) & mask
    }

    /// The child of `node` along `label`, created with id `next` if missing.
    ///
    /// - Returns: the child and whether it was created.
    @inline(__always)
    mutating func child(_ node: Int32, _ label: Int32, orInsert next: Int32) -> (Int32, Bool) {
        let key = Self.key(node, label)
        var slot = slot(of: key)
        while true {
            let stored = keys[slot]
            if stored == key { return (values[slot], false) }
            if stored == Self.empty { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = next
        count += 1
        if count * 2 > keys.count { grow() }
        return (next, true)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let size = keys.count * 2
        keys = ContiguousArray(repeating: Self.empty, count: size)
        values = ContiguousArray(repeating: 0, count: size)
        mask = size - 1
        for i in oldKeys.indices where oldKeys[i] != Self.empty {
            var slot = slot(of: oldKeys[i])
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            values[slot] = oldValues[i]
        }
    }

    /// Calls `body(node, label, child)` for every edge, in no particular order.
    func forEach(_ body: (Int, Int32, Int32) -> Void) {
        for i in keys.indices where keys[i] != Self.empty {
            let key = keys[i]
            body(Int(key >> 32), Int32(bitPattern: UInt32(truncatingIfNeeded: key)), values[i])
        }
    }
}
