import Foundation
import ShejireCore
import ShejireExport
import Testing

/// Missing or unwritable destinations fail with an error that names the path, and a failed
/// export leaves nothing behind.
@Suite struct OutputErrorTests {
    struct SourceFailure: Error {}

    /// A source that fails after its nodes, half-way through an export.
    struct FailingSource: GraphSource {
        func forEachNode(_ body: (GraphNode) throws -> Void) throws {
            try SeedGraph.graph.forEachNode(body)
        }
        func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
            try body(SeedGraph.edges[0])
            throw SourceFailure()
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func missingDirectoryIsNamed(_ format: ExportFormat) throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-missing-\(UUID().uuidString)")
        let url = missing.appendingPathComponent(GraphExporter.defaultFileName(for: format))
        let error = try #require(throws: ExportError.self) {
            try GraphExporter.write(SeedGraph.graph, format: format, to: url)
        }
        #expect(error.code == .outputDirectoryMissing)
        #expect(error.path == url.path)
        #expect(error.description.contains(missing.path))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func parentThatIsAFileIsNamed() throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let url = file.appendingPathComponent("graph.graphml")
        let error = try #require(throws: ExportError.self) {
            try GraphExporter.write(SeedGraph.graph, format: .graphml, to: url)
        }
        #expect(error.code == .outputDirectoryMissing)
        #expect(error.description.contains(file.path))
    }

    @Test(.enabled(if: getuid() != 0, "root may write into read-only directories"))
    func readOnlyDirectoryIsNamed() throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer {
            chmod(directory.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        chmod(directory.path, 0o555)
        let url = directory.appendingPathComponent("graph.json")
        let error = try #require(throws: ExportError.self) {
            try GraphExporter.write(SeedGraph.graph, format: .json, to: url)
        }
        #expect(error.code == .outputNotWritable)
        #expect(error.description.contains(directory.path))
    }

    @Test(arguments: ExportFormat.allCases)
    func failedExportLeavesNothingAndKeepsThePreviousOne(_ format: ExportFormat) throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(GraphExporter.defaultFileName(for: format))
        let first = try GraphExporter.write(SeedGraph.graph, format: format, to: url)
        let before = try first.map { try Data(contentsOf: $0) }
        #expect(throws: SourceFailure.self) {
            try GraphExporter.write(FailingSource(), format: format, to: url)
        }
        // Only the earlier export is there, unchanged, and no temporary file is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [url.lastPathComponent])
        #expect(try first.map { try Data(contentsOf: $0) } == before)
    }

    @Test func directoryExportDoesNotReplaceForeignFiles() throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("keep me".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        let error = try #require(throws: ExportError.self) {
            try GraphExporter.write(SeedGraph.graph, format: .neo4j, to: directory)
        }
        #expect(error.code == .destinationNotReplaceable)
        #expect(error.description.contains("notes.txt"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("notes.txt").path))
    }

    @Test func directoryExportReplacesAnEarlierOne() throws {
        let directory = try ExportTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("graph.eac-cpf")
        try GraphExporter.write(SeedGraph.graph, format: .eacCPF, to: url)
        let smaller = GraphSnapshot(nodes: Array(SeedGraph.nodes.prefix(1)), edges: [])
        let files = try GraphExporter.write(smaller, format: .eacCPF, to: url)
        #expect(files.map(\.lastPathComponent) == ["person_aliya-mustafina.xml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path) == ["person_aliya-mustafina.xml"])
    }

    @Test func writeErrorsSurfaceFromTheSink() throws {
        // /dev/full accepts the open and fails every write with ENOSPC.
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let sink = ByteSink(fileDescriptor: fd, path: "/dev/full", capacity: 4096)
        let error = try #require(throws: ExportError.self) {
            try GraphMLWriter().write(SeedGraph.graph, to: sink)
        }
        #expect(error.code == .writeFailed)
        #expect(error.path == "/dev/full")
    }
}
