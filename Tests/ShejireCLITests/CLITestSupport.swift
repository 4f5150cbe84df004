import Foundation
import ShejireTestSupport

/// Runs the built `shejire` binary (over the shared `TestSupport`).
enum CLI {
    static let packageRoot: URL = TestSupport.packageRoot

    /// The directory holding the built products (where the test bundle is).
    static var productsDirectory: URL { TestSupport.shejireBinary.deletingLastPathComponent() }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `shejire` with arguments and optional standard input, in the package root.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], directory: URL? = nil) throws -> Result {
        let run = try TestSupport.run(
            TestSupport.shejireBinary.path, arguments, stdin: stdin.map { Data($0.utf8) }, environment: environment, directory: directory)
        return Result(status: run.status, stdout: run.stdoutText, stderr: run.stderrText)
    }

    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("cli") }
}
