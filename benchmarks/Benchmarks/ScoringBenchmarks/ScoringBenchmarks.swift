import Benchmark
import BenchmarkSupport
import Foundation
import SmartScore

// Issue 6's target: `rank` of 514 regions × 250 indicators within 0.3 s end to end from a CSV (read,
// validate, build the matrix, score, render JSON). Also the engine alone, to show where the time goes.

let benchmarks: @Sendable () -> Void = {
    let path = Workloads.regionsCSV(years: [2021])
    let reader = ObservationFileReader(catalogue: Workloads.catalogue, regions: try! Workloads.data.regions())
    let engine = ScoringEngine(framework: Workloads.catalogue.framework)
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .throughput], timeUnits: .milliseconds,
                                                warmupIterations: 2, maxDuration: .seconds(10), maxIterations: 30)

    Benchmark("rank 514 x 250 end to end from CSV (goalpost, arithmetic, JSON)",
              configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .milliseconds, warmupIterations: 2,
                                   maxDuration: .seconds(10), maxIterations: 30,
                                   thresholds: [.wallClock: .init(absolute: [.p50: 300_000_000])])) { benchmark in
        for _ in benchmark.scaledIterations {
            let catalogue = try Catalogue.load(directory: Workloads.root.appendingPathComponent("indicators").path)
            let batch = try reader.read(path: path).batch
            let matrix = try IndicatorMatrix.build(from: batch, catalogue: catalogue)
            let result = try engine.score(matrix, method: ScoringMethod())
            blackHole(RankReport.render(result, format: .json, language: .en))
        }
    }

    let batch = try! reader.read(path: path).batch
    let matrix = try! IndicatorMatrix.build(from: batch, catalogue: Workloads.catalogue)
    for (name, method) in [("goalpost, arithmetic", ScoringMethod()),
                           ("goalpost, geometric", ScoringMethod(aggregation: .geometric)),
                           ("rank, arithmetic", ScoringMethod(normalisation: .rank)),
                           ("goalpost, PCA weights", ScoringMethod(weights: .pca))] {
        Benchmark("score 514 x 250 in memory (\(name))", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try engine.score(matrix, method: method)) }
        }
    }
}
