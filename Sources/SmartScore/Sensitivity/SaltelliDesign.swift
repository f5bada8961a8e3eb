import Foundation

/// Saltelli's sampling design for variance-based sensitivity analysis.
///
/// Inputs come in groups (one uncertain input may need several uniform numbers, e.g. 24 weights). Two
/// independent N × d matrices `A` and `B` of U(0, 1) numbers are drawn; for each group j, `AB_j` is `A` with
/// group j's columns taken from `B`. The model is run on the N(k + 2) rows of A, B and every AB_j; the
/// estimators are `SobolEstimates`'.
public struct SaltelliDesign: Sendable {
    /// The number of U(0, 1) numbers each input group draws.
    public let groupSizes: [Int]
    public let baseSamples: Int
    let a: [[Double]]
    let b: [[Double]]

    public init(groupSizes: [Int], baseSamples: Int, seed: UInt64) {
        self.groupSizes = groupSizes
        self.baseSamples = baseSamples
        let d = groupSizes.reduce(0, +)
        var g = SeededGenerator(seed: seed)
        // Row by row, A's row then B's row, so that a design's first rows do not depend on its size.
        var a: [[Double]] = [], b: [[Double]] = []
        for _ in 0..<baseSamples {
            a.append((0..<d).map { _ in g.nextUniform() })
            b.append((0..<d).map { _ in g.nextUniform() })
        }
        self.a = a
        self.b = b
    }

    /// k + 2 runs per base sample.
    public var runCount: Int { baseSamples * (groupSizes.count + 2) }

    /// The inputs of run `r`: runs are ordered A₀, B₀, AB₁₀ … AB_k0, A₁, B₁, … so that any prefix of base
    /// samples is a complete design.
    public func run(_ r: Int) -> [Double] {
        let k = groupSizes.count
        let n = r / (k + 2), slot = r % (k + 2)
        if slot == 0 { return a[n] }
        if slot == 1 { return b[n] }
        let group = slot - 2
        let start = groupSizes.prefix(group).reduce(0, +)
        var row = a[n]
        for i in start..<(start + groupSizes[group]) { row[i] = b[n][i] }
        return row
    }

    /// First-order and total indices of each group from the outputs of every run, in run order, each with
    /// a bootstrap confidence interval (`SobolEstimates`).
    public func indices(outputs y: [Double], resamples: Int = SobolEstimates.defaultResamples,
                        confidence: Double = SobolEstimates.defaultConfidence, seed: UInt64) -> [SobolIndex] {
        precondition(y.count == runCount, "one output per run")
        return SobolEstimates(outputs: y, groups: groupSizes.count, baseSamples: baseSamples)
            .indices(resamples: resamples, confidence: confidence, seed: seed)
    }
}
