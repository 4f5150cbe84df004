#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in chunks into one growing buffer, for the record splitters.
///
/// The buffer holds the unfinished record and what was read after it; `discard(upTo:)` drops
/// finished bytes, so memory is bounded by the longest record plus one chunk.
final class ByteSource {
    private let fd: Int32
    private let closeOnDeinit: Bool
    private let chunkSize: Int
    /// Bytes read and not yet discarded are `buffer[0..<count]`.
    private(set) var buffer: [UInt8]
    private(set) var count = 0
    private(set) var atEnd = false
    /// Bytes discarded so far (the file offset of `buffer[0]`).
    private(set) var discarded = 0
    /// The errno of a failed read, if any.
    private(set) var readError: Int32?

    init(fileDescriptor: Int32, closeOnDeinit: Bool, chunkSize: Int = 1 << 20) {
        self.fd = fileDescriptor
        self.closeOnDeinit = closeOnDeinit
        self.chunkSize = chunkSize
        self.buffer = []
    }

    deinit {
        if closeOnDeinit { close(fd) }
    }

    /// Reads one more chunk. Returns false at the end of the input (or on a read error).
    @discardableResult
    func fill() -> Bool {
        guard !atEnd else { return false }
        if buffer.count < count + chunkSize {
            buffer.append(contentsOf: repeatElement(0, count: count + chunkSize - buffer.count))
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + count, chunkSize)
            }
            if n > 0 {
                count += n
                return true
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readError = errno }
            atEnd = true
            return false
        }
    }

    /// Drops `buffer[0..<index]`, moving the rest to the front.
    func discard(upTo index: Int) {
        guard index > 0 else { return }
        buffer.withUnsafeMutableBufferPointer { pointer in
            let base = pointer.baseAddress!
            (base).update(from: base + index, count: count - index)
        }
        count -= index
        discarded += index
    }
}
