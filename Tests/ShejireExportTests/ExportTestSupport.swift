import Foundation
import Testing

/// Paths, tools and golden files for the export tests.
enum ExportTestSupport {
    /// The package root (the directory with Package.swift), found from this file.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let snapshots = packageRoot.appendingPathComponent("Tests/ShejireExportTests/Snapshots")

    /// `../shared/schemas` beside the package, if present.
    static let schemas: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-export-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs a program found on `PATH` and returns its exit status and combined output, or
    /// `nil` when it cannot be started.
    static func run(_ program: String, _ arguments: [String]) -> Run? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static let hasXMLLint: Bool = run("xmllint", ["--version"])?.status == 0

    /// Whether `python3 -c "import MODULE"` works.
    static func hasPythonModule(_ module: String) -> Bool {
        run("python3", ["-c", "import \(module)"])?.status == 0
    }

    static let hasNetworkX = hasPythonModule("networkx")
    static let hasJSONSchema = hasPythonModule("jsonschema")
    static let hasRDFLib = hasPythonModule("rdflib")

    /// Prints why a test is skipped, so the skip shows in the log.
    static func note(_ message: String) {
        print("note: \(message)")
    }

    /// Compares `actual` with the golden file `Snapshots/name`. Records it when missing or when
    /// `RECORD_SNAPSHOTS=1`; a recording run fails, so it cannot pass unseen.
    static func assertSnapshot(_ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = snapshots.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            Issue.record("Recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expected = try Data(contentsOf: url)
        if expected != actual {
            let failed = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-snapshot-\(name.replacingOccurrences(of: "/", with: "_"))")
            try? actual.write(to: failed)
            Issue.record(
                "Snapshot \(name) differs; actual output in \(failed.path) (RECORD_SNAPSHOTS=1 to re-record)",
                sourceLocation: sourceLocation)
        }
    }
}
