import Foundation

/// The index of every ranked city for a block of runs that share one score variant.
enum BlockEvaluator {
    /// Returns runs × cities scores, run-major (`scores[k * cities + c]`).
    static func indexScores(_ runs: [Scenario], variant v: ScoreVariant, hierarchy h: Hierarchy) throws -> [Double] {
        let cities = v.elementValues.rows, dimensions = h.dimensions.count
        let geometric = v.key.aggregation == .geometric
        let (numerators, denominators) = runs.contains(where: { $0.indicatorMultipliers != nil })
            ? try perturbedIndicatorSums(runs, variant: v, hierarchy: h)
            : try elementSums(runs, variant: v, hierarchy: h)

        // Dimensions, then the index, per run: a dimension at a time down its contiguous columns (the
        // matrices are column-major), each city's sum taking its terms in dimension order as before.
        var out = [Double](repeating: .nan, count: runs.count * cities)
        var sums = [Double](repeating: 0, count: cities)
        var missing = [Bool](repeating: false, count: cities)
        numerators.storage.withUnsafeBufferPointer { num in
        denominators.storage.withUnsafeBufferPointer { den in
        out.withUnsafeMutableBufferPointer { out in
        sums.withUnsafeMutableBufferPointer { sum in
        missing.withUnsafeMutableBufferPointer { missing in
            for (k, run) in runs.enumerated() {
                let total = run.dimensionWeights.reduce(0, +)
                for c in 0..<cities { sum[c] = 0; missing[c] = false }
                for d in 0..<dimensions {
                    let offset = (k * dimensions + d) * cities, weight = run.dimensionWeights[d]
                    for c in 0..<cities {
                        let denominator = den[offset + c]
                        // Tiny negative residues of the drop correction are zero weight.
                        if denominator > 1e-12 {
                            // The dimension's score, or under geometric aggregation its log on [1, 100].
                            sum[c] += weight * num[offset + c] / denominator
                        } else {
                            missing[c] = true
                        }
                    }
                }
                for c in 0..<cities where !missing[c] {
                    out[k * cities + c] = geometric ? PositiveRange.score(fromLogMean: sum[c] / total) : sum[c] / total
                }
            }
        }
        }
        }
        }
        }
        return out
    }

    /// Cities × (dimensions · runs): Σ element weight × element value and Σ element weight × presence per
    /// dimension and run, from the variant's element values (indicator weights as the variant has them).
    static func elementSums(_ runs: [Scenario], variant v: ScoreVariant, hierarchy h: Hierarchy) throws -> (Matrix, Matrix) {
        let cities = v.elementValues.rows, elements = h.elements.count, dimensions = h.dimensions.count
        let geometric = v.key.aggregation == .geometric
        // Elements × (dimensions · runs): each run's element weights, placed in its dimension's column.
        var weights = Matrix(rows: elements, columns: dimensions * runs.count)
        for (k, run) in runs.enumerated() {
            for e in 0..<elements { weights[e, k * dimensions + h.dimensionOfElement[e]] = run.elementWeights[e] }
        }
        var numerators = try Matrix.product(v.elementValues, weights)
        var denominators = try Matrix.product(v.elementMask, weights)

        // Dropping indicator i changes one element of the run: recompute it from the element sums.
        for (k, run) in runs.enumerated() {
            guard let i = run.drop else { continue }
            let e = h.elementOfIndicator[i], column = k * dimensions + h.dimensionOfElement[e]
            let w = v.indicatorToElement[i, e], ew = run.elementWeights[e]
            for c in 0..<cities {
                let score = v.scores[c, i]
                guard !score.isNaN else { continue }
                let (value, mask) = ScoreVariant.element(
                    numerator: v.numerators[c, e] - w * ScoreVariant.indicatorValue(score, geometric: geometric),
                    denominator: v.denominators[c, e] - w)
                numerators[c, column] += ew * (value - v.elementValues[c, e])
                denominators[c, column] += ew * (mask - v.elementMask[c, e])
            }
        }
        return (numerators, denominators)
    }

    /// The same sums when runs draw their own indicator weights: per element, its indicators' values times
    /// members × runs weights (the variant's weight × the run's multiplier, 0 for a dropped indicator) is
    /// one GEMM for the block, then each run's element value enters its dimension with the run's element weight.
    static func perturbedIndicatorSums(_ runs: [Scenario], variant v: ScoreVariant, hierarchy h: Hierarchy) throws -> (Matrix, Matrix) {
        let cities = v.elementValues.rows, dimensions = h.dimensions.count
        var numerators = Matrix(rows: cities, columns: dimensions * runs.count)
        var denominators = numerators
        for (e, block) in v.memberColumns.enumerated() {
            var weights = Matrix(rows: block.members.count, columns: runs.count)
            for (k, run) in runs.enumerated() {
                for (j, i) in block.members.enumerated() where run.drop != i {
                    weights[j, k] = v.indicatorToElement[i, e] * (run.indicatorMultipliers?[i] ?? 1)
                }
            }
            let sums = try Matrix.product(block.values, weights), present = try Matrix.product(block.presence, weights)
            let d = h.dimensionOfElement[e]
            for (k, run) in runs.enumerated() {
                let column = k * dimensions + d, ew = run.elementWeights[e]
                for c in 0..<cities {
                    let (value, mask) = ScoreVariant.element(numerator: sums[c, k], denominator: present[c, k])
                    numerators[c, column] += ew * value
                    denominators[c, column] += ew * mask
                }
            }
        }
        return (numerators, denominators)
    }
}
