// swift-tools-version: 6.1
import PackageDescription

// The benchmark suite lives in its own package so that the main package's build and tests never
// compile package-benchmark and its dependencies. It depends on the root package by path.
let package = Package(
    name: "smartscore-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "smartscore", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Real-sized inputs shared by the suites, made with the project's seeded generator.
        .target(
            name: "BenchmarkSupport",
            dependencies: [.product(name: "SmartScore", package: "smartscore")]
        ),
        .executableTarget(
            name: "DataBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "SmartScore", package: "smartscore"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DataBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ScoringBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "SmartScore", package: "smartscore"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ScoringBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "QuickWinsBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "SmartScore", package: "smartscore"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/QuickWinsBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SensitivityBenchmarks",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "SmartScore", package: "smartscore"),
                .product(name: "CBLAS", package: "smartscore"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SensitivityBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "LinearBenchmarks",
            dependencies: [
                .product(name: "SmartScore", package: "smartscore"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/LinearBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
