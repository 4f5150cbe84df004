import Foundation
import ShejireCore

/// The entry point for exports: picks the writer for an `ExportFormat` and writes a graph to a
/// file, a directory or a `ByteSink`.
///
/// ```swift
/// let files = try GraphExporter.write(snapshot, format: .graphml, to: URL(fileURLWithPath: "Exports/graph.graphml"))
/// ```
public enum GraphExporter {
    /// The default output name for a format: `graph.graphml`, `graph.json`, ..., and the
    /// directories `graph.neo4j` and `graph.eac-cpf`.
    public static func defaultFileName(for format: ExportFormat) -> String {
        "graph.\(format.fileExtension)"
    }

    /// Whether the format writes a directory of files rather than one file.
    public static func writesDirectory(_ format: ExportFormat) -> Bool {
        format == .neo4j || format == .eacCPF
    }

    /// The writer for a one-stream format, or `nil` for `neo4j` and `eac-cpf`.
    public static func streamWriter(for format: ExportFormat, options: ExportOptions = ExportOptions()) -> (any GraphStreamWriter)? {
        switch format {
        case .graphml: GraphMLWriter(options: options)
        case .json: NodeLinkJSONWriter(options: options)
        case .jgf: JGFWriter(options: options)
        case .cytoscape: CytoscapeWriter(options: options)
        case .gexf: GEXFWriter(options: options)
        case .turtle: TurtleWriter(options: options)
        case .neo4j, .eacCPF: nil
        }
    }

    /// Writes the graph in `format` to `url`: a file, or for `neo4j` and `eac-cpf` a directory.
    ///
    /// The output is built under a temporary name beside `url` and renamed into place when
    /// complete, replacing an earlier export there; a failed export leaves nothing behind.
    /// - Parameters:
    ///   - source: Read once for nodes and once for edges (several times for `eac-cpf`, see
    ///     `EACCPFWriter`).
    ///   - url: The file or directory to write; its parent directory must exist.
    /// - Returns: The files written, in a stable order.
    /// - Throws: `ExportError` naming the path when the directory is missing or read-only, when
    ///   writing fails, or when a directory export would replace something it did not write.
    @discardableResult
    public static func write(
        _ source: some GraphSource, format: ExportFormat, to url: URL, options: ExportOptions = ExportOptions()
    ) throws -> [URL] {
        switch format {
        case .neo4j: try Neo4jCSVWriter(options: options).write(source, toDirectory: url)
        case .eacCPF: try EACCPFWriter(options: options).write(source, toDirectory: url)
        default: [try streamWriter(for: format, options: options)!.write(source, toFile: url)]
        }
    }

    /// Writes a one-stream format to `sink` (standard output, memory).
    /// - Throws: `ExportError.Code.unsupportedTarget` for `neo4j` and `eac-cpf`; write errors.
    public static func write(
        _ source: some GraphSource, format: ExportFormat, to sink: ByteSink, options: ExportOptions = ExportOptions()
    ) throws {
        guard let writer = streamWriter(for: format, options: options) else {
            throw ExportError(
                .unsupportedTarget, "the \(format.rawValue) format writes a directory; give an output path", path: sink.path)
        }
        try writer.write(source, to: sink)
    }
}
