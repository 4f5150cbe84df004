// swift-tools-version: 6.0
// libFuzzer targets for Shejire. Built separately from the main package, with coverage
// instrumentation; see scripts/fuzz.sh and RELIABILITY.md.
import PackageDescription

let package = Package(
    name: "ShejireFuzz",
    dependencies: [.package(name: "Shejire", path: "..")],
    targets: [
        .executableTarget(
            name: "shejire-fuzz",
            dependencies: [
                .product(name: "ShejireCore", package: "Shejire"),
                .product(name: "ShejireText", package: "Shejire"),
                .product(name: "ShejireGazetteer", package: "Shejire"),
                .product(name: "ShejireExtraction", package: "Shejire"),
                .product(name: "ShejireExport", package: "Shejire"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
