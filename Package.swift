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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ShejireCore"),
        .target(name: "ShejireText", dependencies: ["ShejireCore"]),
        .target(name: "ShejireGazetteer", dependencies: ["ShejireCore", "ShejireText"]),
        .target(name: "ShejireExtraction", dependencies: ["ShejireCore", "ShejireText", "ShejireGazetteer"]),
        .executableTarget(
            name: "shejire",
            dependencies: [
                "ShejireCore", "ShejireText", "ShejireGazetteer", "ShejireExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "shejire-bench",
            dependencies: ["ShejireCore", "ShejireText", "ShejireGazetteer", "ShejireExtraction"],
            path: "Benchmarks/MatcherBenchmark"
        ),
        .testTarget(name: "ShejireTextTests", dependencies: ["ShejireText"]),
        .testTarget(name: "ShejireGazetteerTests", dependencies: ["ShejireGazetteer", "ShejireText"]),
        .testTarget(
            name: "ShejireExtractionTests",
            dependencies: ["ShejireExtraction", "ShejireGazetteer", "ShejireText"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ShejireCLITests", dependencies: ["shejire"]),
    ],
    swiftLanguageModes: [.v6]
)
