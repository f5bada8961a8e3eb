import Benchmark
import BenchmarkSupport
import Foundation
import SmartScore

// Issue 7's target: the impact of 200 programmes on 250 indicators for all 514 regencies and cities —
// the impact matrix, one GEMM plus the weighted gaps — within 50 ms on 2 cores.

let benchmarks: @Sendable () -> Void = {
    let reader = ObservationFileReader(catalogue: Workloads.catalogue, regions: try! Workloads.data.regions())
    let batch = try! reader.read(path: Workloads.regionsCSV(years: [2021])).batch
    let matrix = try! IndicatorMatrix.build(from: batch, catalogue: Workloads.catalogue)
    let result = try! ScoringEngine(framework: Workloads.catalogue.framework).score(matrix, method: ScoringMethod())
    // 200 programmes: the bundled 55, then seeded variants moving 3–8 random in-scope indicators each.
    let bundled = try! ProgrammeCatalogue.load(path: Workloads.root.appendingPathComponent("indicators/programmes.yaml").path,
                                               catalogue: Workloads.catalogue).programmes
    var generator = SeededGenerator(seed: 7)
    var programmes = bundled
    while programmes.count < 200 {
        let template = bundled[programmes.count % bundled.count]
        let effects = (0..<(3 + Int(generator.nextUniform() * 6))).map { _ in
            Programme.Effect(indicator: matrix.indicators[Int(generator.nextUniform() * Double(matrix.indicators.count))].code,
                             effect: 0.05 + 0.5 * generator.nextUniform())
        }
        programmes.append(Programme(id: "\(template.id)-\(programmes.count)", name: template.name, dimension: template.dimension,
                                    description: template.description, effects: effects, effort: template.effort, cost: template.cost,
                                    months: template.months, risk: template.risk, risks: template.risks, owner: template.owner,
                                    origin: template.origin))
    }
    precondition(programmes.count == 200 && matrix.indicators.count == 250 && matrix.cities.count == 514)

    Benchmark("impact matrix 200 programmes x 250 indicators x 514 cities",
              configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .milliseconds, warmupIterations: 3,
                                   maxDuration: .seconds(10), maxIterations: 100,
                                   thresholds: [.wallClock: .init(absolute: [.p50: 50_000_000])])) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try ImpactModel(programmes: programmes, result: result)) }
    }

    let model = try! ImpactModel(programmes: programmes, result: result)
    Benchmark("quick-win plans for all 514 cities (ranking, quadrants, roadmap, top 5)",
              configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(CohortQuickWins(model: model, options: QuickWinOptions())) }
    }
}
