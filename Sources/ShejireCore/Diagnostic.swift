/// A problem with one item of input, reported with where it happened; processing goes on.
///
/// Diagnostics are collected, not thrown (a malformed gazetteer row, an undecodable byte).
/// `--strict` turns any warning into a failed run.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case warning
        case error
    }

    public var severity: Severity
    /// A short machine-readable code such as `invalid-utf8`, `binary-file`, `gazetteer-row`.
    public var code: String
    public var message: String
    /// File path, if the problem is in a file.
    public var file: String?
    /// 1-based line number, if known.
    public var line: Int?
    /// 0-based byte offset into the file or line, if known.
    public var byteOffset: Int?
    /// The document id, if the problem belongs to a document.
    public var documentID: String?

    public init(
        _ severity: Severity, code: String, _ message: String, file: String? = nil,
        line: Int? = nil, byteOffset: Int? = nil, documentID: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.byteOffset = byteOffset
        self.documentID = documentID
    }

    /// `file:line: warning: message [code]`, like a compiler.
    public var description: String {
        var location = ""
        if let file { location = file }
        if let line { location += location.isEmpty ? "line \(line)" : ":\(line)" }
        if let byteOffset { location += location.isEmpty ? "byte \(byteOffset)" : " (byte \(byteOffset))" }
        if location.isEmpty, let documentID { location = documentID }
        let prefix = location.isEmpty ? "" : location + ": "
        return "\(prefix)\(severity.rawValue): \(message) [\(code)]"
    }
}

/// A thrown error for an operation that cannot finish at all (a missing file, a bad option).
public struct ShejireError: Error, Sendable, CustomStringConvertible {
    public var code: String
    public var message: String
    public var file: String?
    public var line: Int?

    public init(code: String, _ message: String, file: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        return (location.isEmpty ? "" : location + ": ") + message
    }
}
