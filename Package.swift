// swift-tools-version: 6.1
import PackageDescription

// The main package stays light: the benchmark plugin lives in the nested package `benchmarks/`,
// so `swift build` and `swift test` here never compile it.
let package = Package(
    name: "smartscore",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SmartScore", targets: ["SmartScore"]),
        .executable(name: "smartscore", targets: ["smartscore"]),
        // For the benchmark package only: the raw cblas_dgemm rate is measured beside the wrapper's.
        .library(name: "CBLAS", targets: ["CBLAS"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // SHA-256 of the bytes behind every number: import de-duplication (and, issue 15, hashing exactly the
        // bytes imported), report provenance, and the compiled-catalogue cache keyed by the files' hash (issue 20).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Excel workbooks (.xlsx) are zip archives: `import` reads them through ZIPFoundation (issue 18).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // OpenBLAS (cblas.h) and LAPACKE (lapacke.h); apt: libopenblas-dev liblapacke-dev.
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        // libxlsxwriter (xlsxwriter.h), to write the collection templates; apt: libxlsxwriter-dev.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // glibc's <malloc.h> (mallopt), for the CLI's memory settings.
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "SmartScore",
            dependencies: [
                "CBLAS",
                "CXlsxWriter",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // SQLite's C API, which GRDB links: the import binds its rows with it (Store/RawStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["README.md", "App/README.md", "Audit/README.md", "Linear/README.md", "Scoring/README.md", "Sensitivity/README.md",
                      "Data/Workbook/README.md", "Reports/Docx/README.md"]
        ),
        .executableTarget(
            name: "smartscore",
            dependencies: [
                "SmartScore",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SmartScoreTests",
            dependencies: [
                "SmartScore",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // To set up store states (a trigger that refuses writes) that the library never makes itself.
                .product(name: "GRDB", package: "GRDB.swift"),
                // To write hand-made workbooks (one quirk each) for the .xlsx reader's tests.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // Runs the real `smartscore` binary, as a user would.
        .testTarget(
            name: "SmartScoreCLITests",
            dependencies: ["SmartScore", "smartscore"]
        ),
    ]
)
