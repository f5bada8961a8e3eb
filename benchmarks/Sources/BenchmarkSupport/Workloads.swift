import Foundation
import SmartScore

/// The real-sized inputs the benchmarks share, generated once per process with the project's seeded
/// generator: all 514 regencies and cities × 250 indicators, for one year or ten.
public enum Workloads {
    /// The repository root (this file is benchmarks/Sources/BenchmarkSupport/Workloads.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let catalogue: Catalogue = try! Catalogue.load(directory: root.appendingPathComponent("indicators").path)
    public static let data = BundledData(directory: root.appendingPathComponent("datasets").path, catalogue: catalogue)
    public static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A long CSV of 514 regions × 250 indicators × `years`, no values missing (1,285,000 rows for 10 years).
    public static func regionsCSV(years: [Int]) -> String {
        let path = directory.appendingPathComponent("regions-\(years.count)y.csv").path
        if !FileManager.default.fileExists(atPath: path) {
            let generator = CohortGenerator(indicators: Array(catalogue.scored.prefix(250)),
                                            options: .init(seed: 2021, years: years, missingRate: 0))
            _ = try! CohortWriter.write(generator: generator, cities: try! data.regions().regions, to: path)
        }
        return path
    }

    public static let tenYears = Array(2015...2024)
}
