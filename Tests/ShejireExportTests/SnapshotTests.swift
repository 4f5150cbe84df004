import Foundation
import ShejireCore
import ShejireExport
import Testing

/// Golden files for every format on the seed article's graph.
@Suite struct SnapshotTests {
    /// Writes the seed graph in `format` into a new temporary directory.
    static func export(_ format: ExportFormat, options: ExportOptions = ExportOptions(), graph: some GraphSource = SeedGraph.graph)
        throws -> (directory: URL, files: [URL])
    {
        let directory = try ExportTestSupport.temporaryDirectory()
        let url = directory.appendingPathComponent(GraphExporter.defaultFileName(for: format))
        let files = try GraphExporter.write(graph, format: format, to: url, options: options)
        return (directory, files)
    }

    @Test(arguments: ExportFormat.allCases)
    func seedGraphMatchesGolden(_ format: ExportFormat) throws {
        let (directory, files) = try Self.export(format)
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = "seed." + format.fileExtension
        if GraphExporter.writesDirectory(format) {
            let written = files.map(\.lastPathComponent).sorted()
            let golden = ExportTestSupport.snapshots.appendingPathComponent(name)
            if let recorded = try? FileManager.default.contentsOfDirectory(atPath: golden.path), !recorded.isEmpty,
                ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != "1"
            {
                #expect(recorded.sorted() == written, "files in \(name)")
            }
            for file in files {
                try ExportTestSupport.assertSnapshot(Data(contentsOf: file), named: name + "/" + file.lastPathComponent)
            }
        } else {
            #expect(files.count == 1)
            try ExportTestSupport.assertSnapshot(Data(contentsOf: files[0]), named: name)
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func sameGraphGivesSameBytes(_ format: ExportFormat) throws {
        // The same graph built from shuffled arrays and dictionaries must export identically.
        let shuffled = GraphSnapshot(nodes: SeedGraph.nodes.shuffled(), edges: SeedGraph.edges.shuffled())
        let (first, firstFiles) = try Self.export(format)
        let (second, secondFiles) = try Self.export(format, graph: shuffled)
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(firstFiles.map(\.lastPathComponent) == secondFiles.map(\.lastPathComponent))
        for (a, b) in zip(firstFiles, secondFiles) {
            #expect(try Data(contentsOf: a) == Data(contentsOf: b), "\(a.lastPathComponent)")
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func emptyGraphExports(_ format: ExportFormat) throws {
        let (directory, files) = try Self.export(format, graph: GraphSnapshot(nodes: [], edges: []))
        defer { try? FileManager.default.removeItem(at: directory) }
        if format == .eacCPF {
            #expect(files.isEmpty)
        } else {
            #expect(!files.isEmpty)
        }
        if format == .json || format == .jgf || format == .cytoscape {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: files[0]))
            #expect(object is [String: Any])
        }
    }

    @Test func streamFormatsWriteTheSameBytesToASink() throws {
        for format in ExportFormat.allCases where !GraphExporter.writesDirectory(format) {
            let sink = ByteSink.memory()
            try GraphExporter.write(SeedGraph.graph, format: format, to: sink)
            let (directory, files) = try Self.export(format)
            defer { try? FileManager.default.removeItem(at: directory) }
            #expect(try Data(contentsOf: files[0]) == Data(sink.bytes), "\(format)")
        }
    }

    @Test func directoryFormatsRefuseASink() {
        for format in [ExportFormat.neo4j, .eacCPF] {
            #expect(throws: ExportError.self) { try GraphExporter.write(SeedGraph.graph, format: format, to: ByteSink.memory()) }
        }
    }

    @Test func eacCPFBatchesGiveTheSameRecords() throws {
        let (whole, wholeFiles) = try Self.export(.eacCPF)
        let (batched, batchedFiles) = try Self.export(.eacCPF, options: ExportOptions(eacBatchSize: 2))
        defer {
            try? FileManager.default.removeItem(at: whole)
            try? FileManager.default.removeItem(at: batched)
        }
        #expect(wholeFiles.map(\.lastPathComponent) == batchedFiles.map(\.lastPathComponent))
        #expect(wholeFiles.count == 5)  // one person, four organisations
        for (a, b) in zip(wholeFiles, batchedFiles) {
            #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        }
    }
}
