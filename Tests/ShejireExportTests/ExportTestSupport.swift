import Foundation
import ShejireTestSupport
import Testing

/// Paths, tools and golden files for the export tests (over the shared `TestSupport`).
enum ExportTestSupport {
    static let packageRoot: URL = TestSupport.packageRoot
    static let snapshots = packageRoot.appendingPathComponent("Tests/ShejireExportTests/Snapshots")
    static let schemas: URL? = TestSupport.schemas

    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("export-test") }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs a program found on `PATH` and returns its exit status and its output (standard
    /// output, then standard error), or `nil` when it cannot be started.
    static func run(_ program: String, _ arguments: [String]) -> Run? {
        TestSupport.runIfPresent(program, arguments).map { Run(status: $0.status, output: $0.combinedText) }
    }

    static let hasXMLLint: Bool = run("xmllint", ["--version"])?.status == 0
    static let hasNetworkX = TestSupport.hasPythonModule("networkx")
    static let hasJSONSchema = TestSupport.hasPythonModule("jsonschema")
    static let hasRDFLib = TestSupport.hasPythonModule("rdflib")

    static func note(_ message: String) { TestSupport.note(message) }

    static func assertSnapshot(_ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try TestSupport.assertSnapshot(actual, in: snapshots, named: name, sourceLocation: sourceLocation)
    }
}
