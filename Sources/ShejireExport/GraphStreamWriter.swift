import Foundation
import ShejireCore

/// A writer for a format that is one stream of bytes: every format except `neo4j` and
/// `eac-cpf`, which write directories.
///
/// Implementations read the source's nodes once and then its edges once, writing as they go,
/// so memory does not grow with the graph.
public protocol GraphStreamWriter: Sendable {
    /// Writes the whole graph to `sink` and flushes it.
    /// - Throws: `ExportError` when writing fails; whatever the source throws.
    func write(_ source: some GraphSource, to sink: ByteSink) throws
}

extension GraphStreamWriter {
    /// Writes the graph to the file at `url`, through a temporary file renamed into place when
    /// complete (an existing file is replaced).
    /// - Returns: `url`.
    /// - Throws: `ExportError` naming `url` when its directory is missing or read-only, or when
    ///   writing fails; whatever the source throws. No partial file is left in either case.
    @discardableResult
    public func write(_ source: some GraphSource, toFile url: URL) throws -> URL {
        try AtomicOutput.writeFile(at: url) { sink in try write(source, to: sink) }
    }
}
