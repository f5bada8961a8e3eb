// swift-tools-version: 6.1
import PackageDescription

// The web dashboard of `smartscore serve` (issue 21). A nested package, like `fuzz/` and `benchmarks/`, so
// the main package's `swift build` and `swift test` never compile a server (CI has 2 cores). The library
// target only adapts: routes, pages and the API call the SmartScore library's use cases and renderers.
// Build with `swift build -c release --package-path server` (or `make serve`); see README.md.
let package = Package(
    name: "smartscore-server",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "smartscore-server", targets: ["smartscore-server"]),
    ],
    dependencies: [
        .package(name: "smartscore", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // gzip of the large answers (CompressionMiddleware), on the system's zlib (Debian zlib1g-dev).
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "SmartScoreServer",
            dependencies: [
                .product(name: "SmartScore", package: "smartscore"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .executableTarget(
            name: "smartscore-server",
            dependencies: [
                "SmartScoreServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "SmartScoreServerTests",
            dependencies: [
                "SmartScoreServer",
                .product(name: "SmartScore", package: "smartscore"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
