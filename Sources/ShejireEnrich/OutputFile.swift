#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ShejireCore

/// A buffered output file written under a temporary name beside its destination and renamed
/// into place by `commit()`, so an interrupted run never leaves a truncated file where the
/// output should be (at most a hidden `.NAME.tmp-PID` file). `-` writes to standard output.
public final class OutputFile {
    public let path: String
    /// The temporary file written until `commit()`; nil for standard output.
    public let temporaryPath: String?
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var closed = false
    /// Bytes written so far.
    public private(set) var bytesWritten = 0

    /// Creates the temporary file (or uses standard output for `-`).
    /// - Throws: `ShejireError` naming `path` when its directory is missing or not writable.
    public init(path: String) throws {
        self.path = path
        buffer.reserveCapacity(1 << 17)
        if path == "-" {
            temporaryPath = nil
            fd = 1
            return
        }
        let temporary = Self.temporaryPath(for: path)!
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ShejireError(code: "cannot-create", "cannot create the output: \(String(cString: strerror(errno)))", file: path)
        }
        temporaryPath = temporary
        fd = descriptor
    }

    /// The hidden temporary name an output at `path` is written under (`.NAME.tmp-PID` beside
    /// it), known before the file exists so that a signal handler can be installed first; nil
    /// for standard output.
    public static func temporaryPath(for path: String) -> String? {
        guard path != "-" else { return nil }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(getpid())"
    }

    deinit {
        if !closed { discard() }
    }

    public func write(_ bytes: some Sequence<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ text: String) throws {
        try write(text.utf8)
    }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                systemWrite(fd, raw.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ShejireError(code: "write-failed", "cannot write the output: \(String(cString: strerror(errno)))", file: path)
            }
            offset += n
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames the finished file into place.
    public func commit() throws {
        try flush()
        guard let temporaryPath else { return }
        closed = true
        if close(fd) != 0 {
            unlink(temporaryPath)
            throw ShejireError(code: "write-failed", "cannot finish the output: \(String(cString: strerror(errno)))", file: path)
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw ShejireError(code: "write-failed", "cannot move the finished output into place: \(reason)", file: path)
        }
    }

    /// Abandons the output: the temporary file is removed, the destination left as it was.
    public func discard() {
        guard !closed else { return }
        closed = true
        guard let temporaryPath else { return }
        close(fd)
        unlink(temporaryPath)
    }
}

private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, pointer, count)
    #elseif canImport(Musl)
    Musl.write(fd, pointer, count)
    #else
    Darwin.write(fd, pointer, count)
    #endif
}
