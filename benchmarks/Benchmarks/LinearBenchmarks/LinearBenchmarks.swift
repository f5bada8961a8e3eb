import Benchmark
import CBLAS
import Foundation
import SmartScore

// GEMM at the real workload's shape: 514 regencies and cities × 250 indicators, times
// 250 indicators × 10,000 weight samples (the sensitivity analysis of the whole country).
// Each benchmark reports MFLOP/s (2·m·k·n per product) beside wall-clock time, so the wrapper's
// rate can be read against the raw cblas_dgemm rate on the same machine.

private let m = 514, k = 250, n = 10_000
private let flopsPerProduct = 2.0 * Double(m) * Double(k) * Double(n)

private func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
    var generator = SeededGenerator(seed: seed)
    var matrix = Matrix(rows: rows, columns: columns)
    for j in 0..<columns { for i in 0..<rows { matrix[i, j] = generator.nextUniform() } }
    return matrix
}

private let mflops = BenchmarkMetric.custom("MFLOP/s", polarity: .prefersLarger, useScalingFactor: false)

private func configuration(maxIterations: Int = 40) -> Benchmark.Configuration {
    .init(metrics: [.wallClock, .throughput, mflops], timeUnits: .milliseconds, warmupIterations: 2,
          maxDuration: .seconds(10), maxIterations: maxIterations)
}

/// Times `body` and records its rate in MFLOP/s.
private func recordRate(_ benchmark: Benchmark, flops: Double, _ body: () throws -> Void) rethrows {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    benchmark.measurement(mflops, Int(flops / seconds / 1e6))
}

let benchmarks: @Sendable () -> Void = {
    let a = randomMatrix(m, k, seed: 1)
    let b = randomMatrix(k, n, seed: 2)

    Benchmark("GEMM 514x250 * 250x10000, raw cblas_dgemm", configuration: configuration()) { benchmark in
        var c = [Double](repeating: 0, count: m * n)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            recordRate(benchmark, flops: flopsPerProduct) {
                a.storage.withUnsafeBufferPointer { pa in
                    b.storage.withUnsafeBufferPointer { pb in
                        c.withUnsafeMutableBufferPointer { pc in
                            cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
                                        pa.baseAddress, Int32(m), pb.baseAddress, Int32(k), 0, pc.baseAddress, Int32(m))
                        }
                    }
                }
            }
        }
        benchmark.stopMeasurement()
        blackHole(c[0])
    }

    Benchmark("GEMM 514x250 * 250x10000, Linear multiply(into:)", configuration: configuration()) { benchmark in
        var c = Matrix(rows: m, columns: n)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try recordRate(benchmark, flops: flopsPerProduct) { try Matrix.multiply(a, b, into: &c) }
        }
        benchmark.stopMeasurement()
        blackHole(c[0, 0])
    }

    Benchmark("GEMM 514x250 * 250x10000, Linear product (allocates)", configuration: configuration()) { benchmark in
        for _ in benchmark.scaledIterations {
            try recordRate(benchmark, flops: flopsPerProduct) { blackHole(try Matrix.product(a, b)) }
        }
    }

    // Why the core goes through BLAS: the same product by a plain Swift triple loop, at a size
    // small enough to finish (514 × 250 · 250 × 100), against Linear on the same size.
    let small = randomMatrix(k, 100, seed: 3)
    let smallFlops = 2.0 * Double(m) * Double(k) * 100
    Benchmark("GEMM 514x250 * 250x100, naive Swift loop", configuration: configuration(maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations {
            recordRate(benchmark, flops: smallFlops) {
                var c = [Double](repeating: 0, count: m * 100)
                a.storage.withUnsafeBufferPointer { pa in
                    small.storage.withUnsafeBufferPointer { pb in
                        for j in 0..<100 {
                            for i in 0..<m {
                                var s = 0.0
                                for p in 0..<k { s += pa[i + p * m] * pb[p + j * k] }
                                c[i + j * m] = s
                            }
                        }
                    }
                }
                blackHole(c[0])
            }
        }
    }

    Benchmark("GEMM 514x250 * 250x100, Linear product", configuration: configuration()) { benchmark in
        for _ in benchmark.scaledIterations {
            try recordRate(benchmark, flops: smallFlops) { blackHole(try Matrix.product(a, small)) }
        }
    }
}
