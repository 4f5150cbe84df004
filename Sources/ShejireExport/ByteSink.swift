#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A buffered sink for the bytes of an export: a file descriptor, or memory for tests.
///
/// Writers append through the `write` methods and the escaping methods in
/// `ByteSink+Escaping.swift`; the sink flushes its buffer to the file when it fills. Writing
/// does not throw: the first I/O error is kept, later output is discarded, and
/// `checkError()` or `flush()` throws it. Writers call `checkError()` once per node or edge, so a
/// full disk stops an export early.
///
/// Not thread-safe: one writer owns a sink.
public final class ByteSink {
    private enum Target {
        case file(Int32)
        case memory
    }

    private let target: Target
    /// The path named in errors (the destination, not the temporary file).
    public let path: String?
    /// The buffer: raw memory, so appends are `memcpy`s without Array's checks.
    private var storage: UnsafeMutablePointer<UInt8>
    private var used = 0
    private var capacity: Int
    private var flushedCount = 0
    private var failure: ExportError?

    /// A sink that writes to an open file descriptor, which the caller closes.
    /// - Parameters:
    ///   - fileDescriptor: Open for writing, e.g. `STDOUT_FILENO`.
    ///   - path: The path to name in errors.
    ///   - capacity: Buffer size in bytes.
    public init(fileDescriptor: Int32, path: String? = nil, capacity: Int = 1 << 18) {
        self.target = .file(fileDescriptor)
        self.path = path
        self.capacity = max(capacity, 4096)
        self.storage = .allocate(capacity: self.capacity)
    }

    private init(memory: Void) {
        self.target = .memory
        self.path = nil
        self.capacity = 4096
        self.storage = .allocate(capacity: 4096)
    }

    deinit {
        storage.deallocate()
    }

    /// A sink that keeps everything in memory (`bytes`, `string`); for tests and small graphs.
    public static func memory() -> ByteSink { ByteSink(memory: ()) }

    /// Everything written so far, for a memory sink (what is still buffered, for a file sink).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: used)) }

    /// Everything written so far as UTF-8 text, for a memory sink.
    public var string: String { String(decoding: UnsafeBufferPointer(start: storage, count: used), as: UTF8.self) }

    /// Bytes written so far, flushed or not.
    public var count: Int { flushedCount + used }

    // MARK: Raw output

    @inline(__always)
    public func write(byte: UInt8) {
        if used == capacity { makeRoom(1) }
        storage[used] = byte
        used += 1
    }

    /// Appends bytes as they are.
    @inline(__always)
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0 else { return }
        if capacity - used < n { makeRoom(n) }
        (storage + used).update(from: bytes.baseAddress!, count: n)
        used += n
    }

    /// Makes room for `n` more bytes: flushes a file sink, grows a memory sink.
    @inline(never)
    private func makeRoom(_ n: Int) {
        switch target {
        case .file:
            drain()
            if n > capacity { grow(to: n) }
        case .memory:
            grow(to: max(capacity * 2, used + n))
        }
    }

    private func grow(to newCapacity: Int) {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: storage, count: used)
        storage.deallocate()
        storage = bigger
        capacity = newCapacity
    }

    /// Appends a string's UTF-8 as it is, with no escaping.
    @inline(__always)
    public func write(_ string: String) {
        if string.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
            var copy = string
            copy.withUTF8 { write($0) }
        }
    }

    /// Appends a literal, with no escaping.
    @inline(__always)
    public func write(_ string: StaticString) {
        write(UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal.
    public func write(_ value: Int) {
        if value >= 0 && value < 10 {
            write(byte: 0x30 + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var magnitude = value.magnitude
        var index = 20
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                index -= 1
                raw[index] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { write(byte: UInt8(ascii: "-")) }
            write(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[index..<20]))
        }
    }

    /// Appends a finite number in the shortest form that reads back to the same `Double`
    /// (`1.0`, `0.85`, `1e-07`); the same on every platform. Not-finite values are the caller's
    /// business (see `ExportNumber`).
    public func write(_ value: Double) {
        write(ExportNumber.format(value))
    }

    // MARK: Errors and flushing

    /// Throws the first write error, if any.
    @inline(__always)
    public func checkError() throws {
        if let failure { throw failure }
    }

    /// Writes out the buffer and throws the first write error, if any.
    public func flush() throws {
        drain()
        try checkError()
    }

    private func drain() {
        guard case .file(let fd) = target else { return }
        defer { used = 0 }
        guard failure == nil, used > 0 else { return }
        let total = used
        let written: Int = {
            var offset = 0
            while offset < total {
                let n = posixWrite(fd, storage + offset, total - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return -Int(errno)
                }
                offset += n
            }
            return offset
        }()
        if written < 0 {
            let code = Int32(-written)
            failure = ExportError(
                .writeFailed, "cannot write the export", path: path,
                underlying: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO))
            return
        }
        flushedCount += written
    }
}

/// `write(2)`, named apart from `ByteSink.write`.
@inline(__always)
private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #elseif canImport(Musl)
    return Musl.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}
