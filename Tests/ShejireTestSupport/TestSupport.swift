import Foundation
import Testing

/// What every test target needs: the package's paths, temporary directories, running a
/// program, optional tools, skip notes and golden files. One copy, used by all test targets.
public enum TestSupport {
    /// The package root (the directory with Package.swift), found from this file.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package, if present.
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `../shared/schemas` beside the package, if present.
    public static var schemas: URL? {
        guard let url = shared?.appendingPathComponent("schemas") else { return nil }
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A fresh directory under the system's temporary directory, named `shejire-PREFIX-UUID`.
    public static func temporaryDirectory(_ prefix: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The built `shejire` binary beside the test bundle (or in `.build/debug`).
    public static var shejireBinary: URL {
        if let url = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("shejire"),
            FileManager.default.fileExists(atPath: url.path)
        {
            return url
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("shejire")
        }
        return packageRoot.appendingPathComponent(".build/debug/shejire")
    }

    /// What a finished program left.
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: Data
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
        /// Standard output then standard error, for tools whose messages go to either.
        public var combinedText: String { stdoutText + stderrText }
    }

    /// Runs a program (an absolute path, or a name looked up on `PATH`) and waits for it.
    /// Both output pipes are read while it runs, so a large output cannot block it.
    /// - Parameters:
    ///   - environment: variables added to this process's environment.
    ///   - directory: the working directory (the package root by default).
    public static func run(
        _ program: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], directory: URL? = nil
    ) throws -> Run {
        let process = Process()
        if program.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [program] + arguments
        }
        process.currentDirectoryURL = directory ?? packageRoot
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async {
            errBox.data = errHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: outData, stderr: errBox.data)
    }

    /// Runs a program from `PATH`; nil when it cannot be started.
    public static func runIfPresent(_ program: String, _ arguments: [String]) -> Run? {
        try? run(program, arguments)
    }

    /// Whether `python3 -c "import MODULE"` works.
    public static func hasPythonModule(_ module: String) -> Bool {
        runIfPresent("python3", ["-c", "import \(module)"])?.status == 0
    }

    /// Prints why a test is skipped, so the skip shows in the log.
    public static func note(_ message: String) {
        print("note: \(message)")
    }

    /// Compares `actual` with the golden file `directory/name`. Records it when missing or when
    /// `RECORD_SNAPSHOTS=1`; a recording run fails, so it cannot pass unseen.
    public static func assertSnapshot(
        _ actual: Data, in directory: URL, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = directory.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url)
            Issue.record("Recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expected = try Data(contentsOf: url)
        if expected != actual {
            let failed = FileManager.default.temporaryDirectory
                .appendingPathComponent("shejire-snapshot-\(directory.lastPathComponent)-\(name.replacingOccurrences(of: "/", with: "_"))")
            try? actual.write(to: failed)
            Issue.record(
                "Snapshot \(name) differs; actual output in \(failed.path) (RECORD_SNAPSHOTS=1 to re-record)",
                sourceLocation: sourceLocation)
        }
    }
}
