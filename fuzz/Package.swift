// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the readers of user input (issue 15). A nested package, like `benchmarks/`, so the
// main package's `swift build` and `swift test` never compile it. Build and run with `scripts/fuzz.sh`
// (it passes `--sanitize=fuzzer`); each target's `LLVMFuzzerTestOneInput` is in a file that is not
// `main.swift`, and libFuzzer's runtime provides `main`. See README.md.
let package = Package(
    name: "smartscore-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "smartscore", path: ".."),
    ],
    targets: [
        // The bundled catalogue and regions, a scratch file per process, and the one rule of every target:
        // only `InputError`/`InputErrors` may come out.
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "SmartScore", package: "smartscore")]
        ),
        .executableTarget(
            name: "FuzzCSVReader",
            dependencies: ["FuzzSupport", .product(name: "SmartScore", package: "smartscore")]
        ),
        .executableTarget(
            name: "FuzzNumberParser",
            dependencies: ["FuzzSupport", .product(name: "SmartScore", package: "smartscore")]
        ),
        .executableTarget(
            name: "FuzzAssessment",
            dependencies: ["FuzzSupport", .product(name: "SmartScore", package: "smartscore")]
        ),
        .executableTarget(
            name: "FuzzYAML",
            dependencies: ["FuzzSupport", .product(name: "SmartScore", package: "smartscore")]
        ),
        .executableTarget(
            name: "FuzzXLSXReader",
            dependencies: ["FuzzSupport", .product(name: "SmartScore", package: "smartscore")]
        ),
    ]
)
