import Foundation

/// One input's Sobol indices with their bootstrap confidence intervals.
public struct SobolIndex: Sendable, Equatable {
    public let firstOrder: Double
    public let firstOrderInterval: ClosedRange<Double>
    public let total: Double
    public let totalInterval: ClosedRange<Double>

    /// The interval reaches 0 (or below): the data cannot tell the effect from none.
    public var firstOrderIndistinguishableFromZero: Bool { firstOrderInterval.lowerBound <= 0 }
    public var totalIndistinguishableFromZero: Bool { totalInterval.lowerBound <= 0 }
    /// The wider of the two intervals.
    public var widestInterval: Double {
        max(firstOrderInterval.upperBound - firstOrderInterval.lowerBound, totalInterval.upperBound - totalInterval.lowerBound)
    }
}

/// The estimators of Saltelli et al. (2010, "Variance based sensitivity analysis of model output", table 2),
/// on the outputs of a `SaltelliDesign`, with `V` the variance of the outputs of A and B together:
/// - first order, Saltelli 2010 (b): `S_j = (1/N) Σ (f(B) − f₀) (f(AB_j) − f(A)) / V`, with the outputs
///   centred on their mean `f₀` (which leaves the estimate consistent and removes the noise a large mean
///   adds: the output here, a mean rank shift, is far from 0) — much less noisy for small effects than
///   Jansen's `1 − Σ (f(B) − f(AB_j))²/(2NV)`, which can read −0.1 for an input with no first-order effect;
/// - total, Jansen (1999): `S_Tj = Σ (f(A) − f(AB_j))² / (2N V)`.
/// Each comes with a percentile bootstrap interval, as SALib and COINr report: the N base samples are
/// resampled with replacement (`resamples` times, from a generator seeded by the analysis' seed, so the
/// interval is reproducible) and the estimators recomputed on each resample.
public struct SobolEstimates: Sendable {
    public static let defaultResamples = 1000
    public static let defaultConfidence = 0.95
    /// An interval wider than this (Sobol indices live on [0, 1]) is too wide to rank the inputs by: the
    /// report asks for more samples.
    public static let narrowWidth = 0.1

    let y: [Double]
    let groups: Int
    let baseSamples: Int

    public init(outputs: [Double], groups: Int, baseSamples: Int) {
        precondition(outputs.count == baseSamples * (groups + 2), "one output per run of the design")
        y = outputs
        self.groups = groups
        self.baseSamples = baseSamples
    }

    /// The point estimates on the base samples `samples` (each may repeat): two passes, the mean first, so
    /// the variance has no cancellation.
    func estimate<C: Collection>(over samples: C, count n: Int) -> [(firstOrder: Double, total: Double)] where C.Element == Int {
        let k = groups, stride = groups + 2
        var sum = 0.0
        for s in samples { sum += y[s * stride] + y[s * stride + 1] }
        let count = 2 * Double(n), mean = sum / count
        var squares = 0.0
        var first = [Double](repeating: 0, count: k), total = first
        for s in samples {
            let a = y[s * stride], b = y[s * stride + 1]
            squares += (a - mean) * (a - mean) + (b - mean) * (b - mean)
            for j in 0..<k {
                let ab = y[s * stride + 2 + j]
                first[j] += (b - mean) * (ab - a)
                total[j] += (a - ab) * (a - ab)
            }
        }
        let variance = squares / count
        guard variance > 0 else { return Array(repeating: (0, 0), count: k) }
        return (0..<k).map { (first[$0] / (Double(n) * variance), total[$0] / (2 * Double(n) * variance)) }
    }

    /// Point estimates on all base samples and percentile bootstrap intervals at `confidence`.
    public func indices(resamples: Int = defaultResamples, confidence: Double = defaultConfidence, seed: UInt64) -> [SobolIndex] {
        let n = baseSamples
        let point = estimate(over: 0..<n, count: n)
        guard n > 1, resamples > 0 else {
            return point.map { SobolIndex(firstOrder: $0.firstOrder, firstOrderInterval: $0.firstOrder...$0.firstOrder,
                                          total: $0.total, totalInterval: $0.total...$0.total) }
        }
        var generator = SeededGenerator(seed: seed ^ 0xB007_5712_A9C3_0001)
        var firsts = [[Double]](repeating: [], count: groups), totals = firsts
        var draw = [Int](repeating: 0, count: n)
        for _ in 0..<resamples {
            for i in 0..<n { draw[i] = Int(generator.next() % UInt64(n)) }
            for (j, e) in estimate(over: draw, count: n).enumerated() {
                firsts[j].append(e.firstOrder)
                totals[j].append(e.total)
            }
        }
        let tail = (1 - confidence) / 2
        func interval(_ xs: [Double]) -> ClosedRange<Double> {
            let sorted = xs.sorted()
            return Percentile.of(sorted, tail)...Percentile.of(sorted, 1 - tail)
        }
        return (0..<groups).map { j in
            SobolIndex(firstOrder: point[j].firstOrder, firstOrderInterval: interval(firsts[j]),
                       total: point[j].total, totalInterval: interval(totals[j]))
        }
    }
}
