import Benchmark
import BenchmarkSupport
import CBLAS
import Foundation
import SmartScore

// Issue 8's targets: 514 regions × 250 indicators × 10,000 weight samples within 2 s wall on 2 cores,
// with the GEMM part at least 60 % of the raw cblas_dgemm rate. The analysis's GEMM is one block:
// cities × elements (514 × 18) times elements × (dimensions × runs) (18 × 6·1024), single-threaded
// (each worker runs its own blocks), so the raw reference is cblas_dgemm at that shape on one thread.

private let mflops = BenchmarkMetric.custom("MFLOP/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    let reader = ObservationFileReader(catalogue: Workloads.catalogue, regions: try! Workloads.data.regions())
    let batch = try! reader.read(path: Workloads.regionsCSV(years: [2021])).batch
    let matrix = try! IndicatorMatrix.build(from: batch, catalogue: Workloads.catalogue)
    let result = try! ScoringEngine(framework: Workloads.catalogue.framework).score(matrix, method: ScoringMethod())
    let threads = ProcessInfo.processInfo.activeProcessorCount

    Benchmark("sensitivity 514 x 250, 10,000 weight samples (Monte Carlo, weights only)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, warmupIterations: 1,
                                   maxDuration: .seconds(30), maxIterations: 10,
                                   thresholds: [.wallClock: .init(absolute: [.p50: 2_000_000_000])])) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try SensitivityAnalysis.run(result, options: SensitivityOptions(inputs: [.weights], samples: 10_000, indices: false, threads: threads)))
        }
    }

    Benchmark("sensitivity 514 x 250, 10,000 runs, all five inputs with Sobol indices",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, warmupIterations: 1,
                                   maxDuration: .seconds(30), maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try SensitivityAnalysis.run(result, options: SensitivityOptions(samples: 10_000, threads: threads)))
        }
    }

    // The block GEMM at its real shape, through Linear and raw, both on one thread.
    let m = 514, k = 18, n = 6 * 1024
    var g = SeededGenerator(seed: 3)
    var a = Matrix(rows: m, columns: k), b = Matrix(rows: k, columns: n)
    for i in 0..<a.count { a[i % m, i / m] = g.nextUniform() }
    for i in 0..<b.count { b[i % k, i / k] = g.nextUniform() }
    let flops = 2.0 * Double(m * k * n)
    let gemmConfiguration = Benchmark.Configuration(metrics: [.wallClock, mflops], timeUnits: .microseconds, warmupIterations: 5,
                                                    maxDuration: .seconds(5), maxIterations: 200)

    Benchmark("block GEMM 514x18 * 18x6144, Linear product, one thread", configuration: gemmConfiguration) { benchmark in
        BLASThreads.pinToOneThread()
        do {
            for _ in benchmark.scaledIterations {
                let start = DispatchTime.now().uptimeNanoseconds
                blackHole(try! Matrix.product(a, b))
                benchmark.measurement(mflops, Int(flops / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) / 1e6))
            }
        }
    }

    Benchmark("block GEMM 514x18 * 18x6144, raw cblas_dgemm into a reused buffer, one thread", configuration: gemmConfiguration) { benchmark in
        var c = [Double](repeating: 0, count: m * n)
        BLASThreads.pinToOneThread()
        do {
            for _ in benchmark.scaledIterations {
                let start = DispatchTime.now().uptimeNanoseconds
                a.storage.withUnsafeBufferPointer { pa in
                    b.storage.withUnsafeBufferPointer { pb in
                        c.withUnsafeMutableBufferPointer { pc in
                            cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
                                        pa.baseAddress, Int32(m), pb.baseAddress, Int32(k), 0, pc.baseAddress, Int32(m))
                        }
                    }
                }
                benchmark.measurement(mflops, Int(flops / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) / 1e6))
            }
        }
        blackHole(c[0])
    }
}
