import Foundation
import ShejireTestSupport

/// Paths the tests need (over the shared `TestSupport`).
enum TestPaths {
    /// The package root (the directory with Package.swift).
    static let packageRoot: URL = TestSupport.packageRoot
    /// `../shared` beside the package, if present.
    static var shared: URL? { TestSupport.shared }
    static var gazetteers: URL { packageRoot.appendingPathComponent("Gazetteers") }
    static var examples: URL { packageRoot.appendingPathComponent("Examples") }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory() }
}
