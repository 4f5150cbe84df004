/// A thrown error for an export that cannot finish: the output directory is missing or
/// read-only, the disk is full, or an existing destination cannot be replaced.
///
/// Nothing half-written is left behind when one is thrown: every writer writes to a temporary
/// file or directory beside the destination and renames it into place only when complete.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The directory that should hold the output does not exist or is not a directory.
        case outputDirectoryMissing = "output-directory-missing"
        /// The output directory exists but a file cannot be created in it (read-only, no permission).
        case outputNotWritable = "output-not-writable"
        /// Writing, closing or renaming failed part-way (disk full, I/O error).
        case writeFailed = "write-failed"
        /// The destination exists and holds something the exporter did not write, so it is left alone.
        case destinationNotReplaceable = "destination-not-replaceable"
        /// The format writes a directory and cannot go to a single stream such as standard output.
        case unsupportedTarget = "unsupported-target"
    }

    public var code: Code
    /// A human message that names the path.
    public var message: String
    /// The file or directory the problem is about.
    public var path: String?
    /// The underlying cause, usually a `POSIXError`.
    public var underlying: (any Error)?

    public init(_ code: Code, _ message: String, path: String? = nil, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.underlying = underlying
    }

    /// `path: message (cause) [code]`.
    public var description: String {
        var text = (path.map { $0 + ": " } ?? "") + message
        if let underlying { text += " (\(underlying))" }
        return text + " [\(code.rawValue)]"
    }
}
