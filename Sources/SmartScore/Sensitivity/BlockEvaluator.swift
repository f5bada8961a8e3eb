import Foundation

/// The index of every ranked city for a block of runs that share one score variant.
enum BlockEvaluator {
    /// Returns runs × cities scores, run-major (`scores[k * cities + c]`).
    static func indexScores(_ runs: [Scenario], variant v: ScoreVariant, hierarchy h: Hierarchy) throws -> [Double] {
        let cities = v.elementValues.rows, elements = h.elements.count, dimensions = h.dimensions.count
        let geometric = v.key.aggregation == .geometric
        // Elements × (dimensions · runs): each run's element weights, placed in its dimension's column.
        var weights = Matrix(rows: elements, columns: dimensions * runs.count)
        for (k, run) in runs.enumerated() {
            for e in 0..<elements { weights[e, k * dimensions + h.dimensionOfElement[e]] = run.elementWeights[e] }
        }
        var numerators = try Matrix.product(v.elementValues, weights)
        var denominators = try Matrix.product(v.elementMask, weights)
        var zeros = geometric ? try Matrix.product(v.elementZeros, weights) : Matrix(rows: 0, columns: 0)

        // Dropping indicator i changes one element of the run: recompute it from the element sums.
        for (k, run) in runs.enumerated() {
            guard let i = run.drop else { continue }
            let e = h.elementOfIndicator[i], column = k * dimensions + h.dimensionOfElement[e]
            let w = v.indicatorToElement[i, e], ew = run.elementWeights[e]
            for c in 0..<cities {
                let score = v.scores[c, i]
                guard !score.isNaN else { continue }
                let (value, mask, zero) = ScoreVariant.element(
                    numerator: v.numerators[c, e] - w * ScoreVariant.indicatorValue(score, geometric: geometric),
                    denominator: v.denominators[c, e] - w,
                    zeroWeight: v.zeroWeights[c, e] - w * (score == 0 ? 1 : 0), geometric: geometric)
                numerators[c, column] += ew * (value - v.elementValues[c, e])
                denominators[c, column] += ew * (mask - v.elementMask[c, e])
                if geometric { zeros[c, column] += ew * (zero - v.elementZeros[c, e]) }
            }
        }

        // Dimensions, then the index, per run and city.
        var out = [Double](repeating: .nan, count: runs.count * cities)
        for (k, run) in runs.enumerated() {
            let total = run.dimensionWeights.reduce(0, +)
            for c in 0..<cities {
                var sum = 0.0, anyZero = false, missing = false
                for d in 0..<dimensions {
                    let column = k * dimensions + d
                    let den = denominators[c, column]
                    // Tiny negative residues of the drop correction are zero weight.
                    guard den > 1e-12 else { missing = true; break }
                    if geometric {
                        if zeros[c, column] > 1e-12 { anyZero = true; continue }
                        sum += run.dimensionWeights[d] * (numerators[c, column] / den)    // log of the dimension score
                    } else {
                        sum += run.dimensionWeights[d] * numerators[c, column] / den
                    }
                }
                if missing { continue }
                out[k * cities + c] = geometric ? (anyZero ? 0 : exp(sum / total)) : sum / total
            }
        }
        return out
    }
}
