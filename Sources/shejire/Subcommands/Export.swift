import ArgumentParser
import Foundation
import ShejireCore
import ShejireExport
import ShejireStore

extension ExportFormat: ExpressibleByArgument {}

/// Options choosing what part of the graph to export.
struct GraphFilterOptions: ParsableArguments {
    @Option(name: .customLong("type"), help: "Node types to include (repeatable; default: person, organisation, place, event).")
    var types: [String] = []
    @OptionGroup var relationFilter: RelationFilterOptions
    @Option(help: "Only the ego network of this entity (a name, alias or id).")
    var entity: String?
    @Option(help: "With --entity: how many relations away (default 1).")
    var depth: Int = 1
    @Option(help: "Evidence sentences per edge in formats that carry them (json, jgf, cytoscape).")
    var evidence: Int = 20

    func filter(store: GraphStore) throws -> GraphFilter {
        var types = GraphFilter.defaultTypes
        if !self.types.isEmpty { types = Set(try self.types.map { try QueryParsing.type($0)! }) }
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        guard evidence >= 0 else { throw ValidationError("--evidence must not be negative") }
        var filter = GraphFilter(types: types, relations: try relationFilter.filter(), evidencePerEdge: evidence)
        if let entity {
            let center = try CLIFailure.guarded { try EntityResolver.resolve(entity, in: store) }
            let (entities, _) = try CLIFailure.guarded { try store.neighborhood(of: center.id, depth: depth, filter: filter.relations, types: types) }
            filter.entities = Set(entities.map(\.id))
        }
        return filter
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the graph for graph tools and linked data.",
        discussion: """
            Formats (see docs/export-formats.md):
              graphml    GraphML for Gephi, yEd, Cytoscape and NetworkX (read_graphml)
              json       NetworkX node-link JSON (node_link_graph(data, edges="edges"))
              jgf        JSON Graph Format v2
              cytoscape  Cytoscape.js elements JSON (also imported by desktop Cytoscape)
              gexf       GEXF 1.3 for Gephi
              neo4j      nodes.csv + relationships.csv + README for neo4j-admin import (a directory)
              turtle     RDF with ICA's Records in Contexts ontology (RiC-O 1.1)
              eac-cpf    EAC-CPF 2.0 authority records, one per person and organisation (a directory)

            Files go to Exports/graph.<ext> unless --out says otherwise; a file is written under a
            temporary name and renamed when complete. The same graph gives the same bytes.

            Examples:
              shejire export --format graphml
              shejire export --format json --format gexf --predicate holds_position --predicate member_of
              shejire export --format graphml --entity "Президент архиві" --depth 2 --out archive.graphml
              shejire export --format json --out -          # to standard output
            """
    )

    @Option(name: .customLong("format"), help: "Export format (repeatable): \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var formats: [ExportFormat] = [.graphml]
    @Option(help: ArgumentHelp("Output file or directory (one format only; - for standard output). Default: Exports/graph.<ext>.", valueName: "path"))
    var out: String?
    @OptionGroup var graphFilter: GraphFilterOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if out != nil, formats.count > 1 { throw ValidationError("--out takes one --format; without --out every format goes to Exports/") }
    }

    func run() throws {
        let store = try store.open(readOnly: true)
        let filter = try graphFilter.filter(store: store)
        let written = try ExportRunner.run(store: store, filter: filter, formats: formats, out: out, directory: "Exports")
        for file in written { StandardError.write("wrote \(file)\n") }
    }
}

/// Writes exports from a store snapshot; shared by `export` and `build`.
enum ExportRunner {
    /// - Returns: the paths written (relative when under the working directory).
    static func run(store: GraphStore, filter: GraphFilter, formats: [ExportFormat], out: String?, directory: String) throws -> [String] {
        var written: [String] = []
        for format in formats {
            if out == "-" {
                let sink = ByteSink(fileDescriptor: STDOUT_FILENO)
                try guarded { try store.withGraph(filter) { try GraphExporter.write($0, format: format, to: sink) } }
                continue
            }
            let url: URL
            if let out {
                url = URL(fileURLWithPath: out)
            } else {
                try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                url = URL(fileURLWithPath: directory).appendingPathComponent(GraphExporter.defaultFileName(for: format))
            }
            let files = try guarded { try store.withGraph(filter) { try GraphExporter.write($0, format: format, to: url) } }
            if GraphExporter.writesDirectory(format) {
                written.append(display(url.path) + "/ (\(files.count) file(s))")
            } else {
                written += files.map { display($0.path) }
            }
        }
        return written
    }

    static func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try CLIFailure.guarded(body)
        } catch let error as ExportError {
            throw CLIFailure.report(error)
        }
    }

    static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
