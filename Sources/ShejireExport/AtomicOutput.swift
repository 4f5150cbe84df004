#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a file or a directory under a temporary name beside the destination and renames it
/// into place only when it is complete, so a failed or interrupted export leaves no
/// half-written output (at most a hidden `.NAME.tmp-...` entry after a crash).
enum AtomicOutput {
    /// Writes one file through a `ByteSink` and renames it to `url`, replacing an existing file.
    /// - Throws: `ExportError` naming `url` when its directory is missing or not writable, or
    ///   when writing fails; whatever `body` throws (the temporary file is removed first).
    static func writeFile(at url: URL, _ body: (ByteSink) throws -> Void) throws -> URL {
        let directory = url.deletingLastPathComponent()
        try checkDirectory(directory, for: url)
        let temporary = temporaryURL(for: url)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw cannotCreate(url, errno: errno) }
        var closed = false
        do {
            let sink = ByteSink(fileDescriptor: fd, path: url.path)
            try body(sink)
            try sink.flush()
            closed = true
            if close(fd) != 0 {
                throw ExportError(.writeFailed, "cannot finish writing the export", path: url.path, underlying: posix(errno))
            }
            if rename(temporary.path, url.path) != 0 {
                throw ExportError(.writeFailed, "cannot move the finished export into place", path: url.path, underlying: posix(errno))
            }
        } catch {
            if !closed { close(fd) }
            unlink(temporary.path)
            throw error
        }
        return url
    }

    /// Builds a directory under a temporary name and renames it to `url`.
    ///
    /// An existing `url` is replaced only when it is a directory whose entries are all files
    /// for which `isReplaceable` answers true (an earlier export of the same format);
    /// anything else there is left alone and `ExportError.Code.destinationNotReplaceable` is thrown.
    /// - Parameters:
    ///   - body: Fills the temporary directory and returns the names of the files it wrote.
    /// - Returns: The files in their final place, in the order `body` returned them.
    static func writeDirectory(
        at url: URL, isReplaceable: (String) -> Bool, _ body: (URL) throws -> [String]
    ) throws -> [URL] {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        try checkDirectory(parent, for: url)
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else {
                throw ExportError(.destinationNotReplaceable, "exists and is not a directory; remove it or choose another --out", path: url.path)
            }
            let entries = (try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []
            if let foreign = entries.sorted().first(where: { !isReplaceable($0) }) {
                throw ExportError(
                    .destinationNotReplaceable,
                    "exists and holds '\(foreign)', which this export did not write; remove it or choose another --out",
                    path: url.path)
            }
        }
        let temporary = temporaryURL(for: url)
        if mkdir(temporary.path, 0o755) != 0 { throw cannotCreate(url, errno: errno) }
        do {
            let names = try body(temporary)
            if exists {
                let old = temporaryURL(for: url, kind: "old")
                if rename(url.path, old.path) != 0 {
                    throw ExportError(.writeFailed, "cannot move the previous export aside", path: url.path, underlying: posix(errno))
                }
                if rename(temporary.path, url.path) != 0 {
                    let code = errno
                    rename(old.path, url.path)
                    throw ExportError(.writeFailed, "cannot move the finished export into place", path: url.path, underlying: posix(code))
                }
                try? fileManager.removeItem(at: old)
            } else if rename(temporary.path, url.path) != 0 {
                throw ExportError(.writeFailed, "cannot move the finished export into place", path: url.path, underlying: posix(errno))
            }
            return names.map { url.appendingPathComponent($0) }
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes one file inside a directory that `writeDirectory` is building (no rename needed).
    static func writePlainFile(at url: URL, _ body: (ByteSink) throws -> Void) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw cannotCreate(url, errno: errno) }
        defer { close(fd) }
        let sink = ByteSink(fileDescriptor: fd, path: url.path)
        try body(sink)
        try sink.flush()
    }

    // MARK: Helpers

    private static func checkDirectory(_ directory: URL, for url: URL) throws {
        var isDirectory: ObjCBool = false
        let path = directory.path.isEmpty ? "." : directory.path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExportError(.outputDirectoryMissing, "the output directory \(path) does not exist", path: url.path)
        }
        guard isDirectory.boolValue else {
            throw ExportError(.outputDirectoryMissing, "\(path) is not a directory", path: url.path)
        }
    }

    private static func temporaryURL(for url: URL, kind: String = "tmp") -> URL {
        let random = UInt64.random(in: 0...UInt64.max)
        let name = ".\(url.lastPathComponent).\(kind)-\(getpid())-\(String(random, radix: 36))"
        return url.deletingLastPathComponent().appendingPathComponent(name)
    }

    private static func cannotCreate(_ url: URL, errno code: Int32) -> ExportError {
        switch code {
        case EACCES, EPERM, EROFS:
            ExportError(
                .outputNotWritable, "cannot write in \(url.deletingLastPathComponent().path) (read-only or no permission)",
                path: url.path, underlying: posix(code))
        case ENOENT, ENOTDIR:
            ExportError(
                .outputDirectoryMissing, "the output directory \(url.deletingLastPathComponent().path) does not exist",
                path: url.path, underlying: posix(code))
        default:
            ExportError(.writeFailed, "cannot create the export", path: url.path, underlying: posix(code))
        }
    }

    private static func posix(_ code: Int32) -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
}
