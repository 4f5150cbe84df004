/// A `String` used as a dictionary key by its UTF-8 bytes.
///
/// `String`'s own `Hashable` follows Unicode canonical equivalence, which normalises
/// non-ASCII text on every hash and comparison. Text that is already NFC (everything after
/// `TextNormalizer` and `TextFolding`) can be hashed and compared byte for byte, several
/// times faster for Cyrillic.
public struct UTF8Key: Hashable, Sendable {
    public let string: String

    @inlinable
    public init(_ string: String) {
        self.string = string
    }

    @inlinable
    public static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        let a = lhs.string.utf8
        let b = rhs.string.utf8
        guard a.count == b.count else { return false }
        let equal: Bool? = a.withContiguousStorageIfAvailable { x in
            b.withContiguousStorageIfAvailable { y in
                for i in 0..<x.count where x[i] != y[i] { return false }
                return true
            }
        } ?? nil
        return equal ?? a.elementsEqual(b)
    }

    @inlinable
    public func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        if done == nil {
            for byte in string.utf8 { hasher.combine(byte) }
        }
        hasher.combine(0xFF as UInt8)
    }
}
