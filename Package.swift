// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Shejire",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shejire", targets: ["shejire"]),
        .library(name: "ShejireCore", targets: ["ShejireCore"]),
        .library(name: "ShejireText", targets: ["ShejireText"]),
        .library(name: "ShejireGazetteer", targets: ["ShejireGazetteer"]),
        .library(name: "ShejireExtraction", targets: ["ShejireExtraction"]),
        .library(name: "ShejireStore", targets: ["ShejireStore"]),
        .library(name: "ShejireExport", targets: ["ShejireExport"]),
        .library(name: "ShejireEnrich", targets: ["ShejireEnrich"]),
        .library(name: "ShejireServer", targets: ["ShejireServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "ShejireCore"),
        .target(name: "ShejireText", dependencies: ["ShejireCore"]),
        .target(name: "ShejireGazetteer", dependencies: ["ShejireCore", "ShejireText"]),
        .target(name: "ShejireExtraction", dependencies: ["ShejireCore", "ShejireText", "ShejireGazetteer"]),
        .target(name: "ShejireStore", dependencies: ["ShejireCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "ShejireExport", dependencies: ["ShejireCore"]),
        .target(
            name: "ShejireEnrich",
            dependencies: ["ShejireCore", "ShejireExtraction", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "ShejireServer",
            dependencies: [
                "ShejireCore", "ShejireStore", "ShejireExport", "ShejireExtraction", "ShejireGazetteer",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "shejire",
            dependencies: [
                "ShejireCore", "ShejireText", "ShejireGazetteer", "ShejireExtraction", "ShejireStore", "ShejireExport",
                "ShejireEnrich", "ShejireServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the benchmark executables: clocks, memory, options, the synthetic graph.
        .target(name: "BenchmarkSupport", dependencies: ["ShejireCore"], path: "Benchmarks/BenchmarkSupport"),
        .executableTarget(
            name: "shejire-bench",
            dependencies: ["BenchmarkSupport", "ShejireCore", "ShejireText", "ShejireGazetteer", "ShejireExtraction"],
            path: "Benchmarks/MatcherBenchmark"
        ),
        .executableTarget(
            name: "shejire-store-bench",
            dependencies: ["BenchmarkSupport", "ShejireCore", "ShejireStore", "ShejireExport"],
            path: "Benchmarks/StoreBenchmark"
        ),
        .executableTarget(
            name: "shejire-serve-bench",
            dependencies: ["BenchmarkSupport", "ShejireCore", "ShejireStore", "ShejireExtraction", "ShejireServer"],
            path: "Benchmarks/ServeBenchmark"
        ),
        .executableTarget(
            name: "shejire-export-bench",
            dependencies: ["BenchmarkSupport", "ShejireCore", "ShejireExport"],
            path: "Benchmarks/ExportBenchmark"
        ),
        // Shared by the test targets only (paths, running programs, golden files).
        .target(name: "ShejireTestSupport", path: "Tests/ShejireTestSupport"),
        .testTarget(name: "ShejireTextTests", dependencies: ["ShejireText"]),
        .testTarget(name: "ShejireGazetteerTests", dependencies: ["ShejireGazetteer", "ShejireText"]),
        .testTarget(
            name: "ShejireExtractionTests",
            dependencies: ["ShejireTestSupport", "ShejireExtraction", "ShejireGazetteer", "ShejireText"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ShejireStoreTests", dependencies: ["ShejireTestSupport", "ShejireStore", "ShejireCore"]),
        .testTarget(name: "ShejireExportTests", dependencies: ["ShejireTestSupport", "ShejireExport", "ShejireCore"], exclude: ["Snapshots"]),
        .testTarget(
            name: "ShejireEnrichTests",
            dependencies: [
                "ShejireTestSupport", "ShejireEnrich", "ShejireExtraction", "ShejireGazetteer", "ShejireCore", .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(name: "ShejireCLITests", dependencies: ["ShejireTestSupport", "shejire"], exclude: ["Snapshots"]),
        .testTarget(name: "ShejireServerTests", dependencies: ["ShejireTestSupport", "ShejireServer", "ShejireStore", "ShejireCore", "shejire"]),
    ],
    swiftLanguageModes: [.v6]
)
