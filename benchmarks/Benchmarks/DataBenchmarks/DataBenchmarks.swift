import Benchmark
import BenchmarkSupport
import Foundation
import SmartScore

// Issue 5's targets: parsing and validating the 1,285,000-row long file (514 regions × 250 indicators
// × 10 years) within 2 s, and the whole import into SQLite within 5 s, on 2 cores. Throughput is in rows.

let benchmarks: @Sendable () -> Void = {
    let path = Workloads.regionsCSV(years: Workloads.tenYears)
    let reader = ObservationFileReader(catalogue: Workloads.catalogue, regions: try! Workloads.data.regions())
    let rows = 1_285_000

    Benchmark("Parse and validate 1.285M-row long CSV",
              configuration: .init(metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .milliseconds,
                                   warmupIterations: 1, scalingFactor: .one, maxDuration: .seconds(30), maxIterations: 5,
                                   thresholds: [.wallClock: .init(absolute: [.p50: 2_000_000_000])])) { benchmark in
        for _ in benchmark.scaledIterations {
            let result = try reader.read(path: path)
            precondition(result.batch.count == rows)
            blackHole(result)
        }
    }

    Benchmark("Import 1.285M-row long CSV into SQLite (read, validate, write)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds,
                                   warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3,
                                   thresholds: [.wallClock: .init(absolute: [.p50: 5_000_000_000])])) { benchmark in
        for _ in benchmark.scaledIterations {
            let db = Workloads.directory.appendingPathComponent("import-\(UUID().uuidString).sqlite").path
            benchmark.startMeasurement()
            let result = try reader.read(path: path)
            let outcome = try Store(path: db).importFiles([(path, result)], dataset: "bench", replace: false)
            benchmark.stopMeasurement()
            precondition(outcome[0].inserted == rows)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
    }
}
