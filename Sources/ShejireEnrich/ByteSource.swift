#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in chunks into one buffer, for the record splitters.
///
/// The unread bytes are `self[0..<count]`. `discard(upTo:)` drops finished bytes by moving a
/// start index; the buffer is compacted only when more is read, so memory is bounded by the
/// longest record plus one chunk and each byte is moved at most once per chunk.
final class ByteSource {
    private let fd: Int32
    private let closeOnDeinit: Bool
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var end = 0
    private(set) var atEnd = false
    /// Bytes discarded so far (the input offset of `self[0]`).
    private(set) var discarded = 0
    /// The errno of a failed read, if any.
    private(set) var readError: Int32?

    init(fileDescriptor: Int32, closeOnDeinit: Bool, chunkSize: Int = 1 << 20) {
        self.fd = fileDescriptor
        self.closeOnDeinit = closeOnDeinit
        self.chunkSize = chunkSize
    }

    deinit {
        if closeOnDeinit { close(fd) }
    }

    /// Bytes read and not yet discarded.
    var count: Int { end - start }

    subscript(index: Int) -> UInt8 {
        buffer[start + index]
    }

    /// A copy of `self[range]`.
    func bytes(_ range: Range<Int>) -> [UInt8] {
        buffer.withUnsafeBufferPointer { Array($0[(start + range.lowerBound)..<(start + range.upperBound)]) }
    }

    /// The first index in `range` whose byte satisfies `predicate`.
    func firstIndex(in range: Range<Int>, where predicate: (UInt8) -> Bool) -> Int? {
        buffer.withUnsafeBufferPointer { pointer in
            for index in range where predicate(pointer[start + index]) { return index }
            return nil
        }
    }

    /// Reads one more chunk. Returns false at the end of the input (or on a read error).
    @discardableResult
    func fill() -> Bool {
        guard !atEnd else { return false }
        if start > 0 {
            let remaining = end - start
            buffer.withUnsafeMutableBufferPointer { pointer in
                let base = pointer.baseAddress!
                base.update(from: base + start, count: remaining)
            }
            start = 0
            end = remaining
        }
        if buffer.count < end + chunkSize {
            buffer.append(contentsOf: repeatElement(0, count: end + chunkSize - buffer.count))
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + end, chunkSize)
            }
            if n > 0 {
                end += n
                return true
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = errno }
            atEnd = true
            return false
        }
    }

    /// Drops `self[0..<index]`.
    func discard(upTo index: Int) {
        guard index > 0 else { return }
        start += index
        discarded += index
    }
}
