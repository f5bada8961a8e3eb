import Foundation

/// The impact of every programme for every city, as one matrix product (design.md, "Quick wins"):
/// `impact[p, c] = Σ_i effect[p, i] × w_ic × gap_ic`, i.e. `Impact = E · (W ∘ G)ᵀ` with `E` the
/// programmes × indicators effect matrix, `W` the cities × indicators effective weights and `G` the gaps in
/// score points. Impact counts the index points a programme would add.
public struct ImpactModel: Sendable {
    public let programmes: [Programme]
    public let result: ScoreResult
    /// Programmes × in-scope indicators.
    public let effects: Matrix
    /// Cities × indicators: effective weight × gap (0 where the value is missing).
    public let weightedGaps: Matrix
    /// Programmes × cities, in index points.
    public let impact: Matrix
    /// Per in-scope dimension, programmes × cities: the index points each programme adds through that
    /// dimension's indicators (the products of `E` with `W ∘ G` restricted to the dimension's columns).
    public let impactThroughDimension: [Matrix]
    /// Programme effects on indicators that are not in the data (they add nothing here).
    public let unusedEffects: [String: [String]]

    public init(programmes: [Programme], result: ScoreResult) throws {
        guard let weights = result.effectiveWeights else {
            throw InputError("quick wins need arithmetic aggregation: impact is a sum of effective weights × gaps",
                             id: "quick wins memerlukan agregasi aritmetik: dampak adalah jumlah bobot efektif × kesenjangan",
                             at: SourceLocation(parameter: .aggregate), hint: "use --aggregate arithmetic", hintID: "pakai --aggregate arithmetic")
        }
        guard result.method.isBounded else {
            throw InputError("quick wins need scores on 0–100 (gaps to 100); z-scores have no gap",
                             id: "quick wins memerlukan skor 0–100 (kesenjangan terhadap 100); skor z tidak memiliki kesenjangan",
                             at: SourceLocation(parameter: .normalise), hint: "use goalpost, minmax or rank", hintID: "pakai goalpost, minmax atau rank")
        }
        self.programmes = programmes
        self.result = result
        var column: [String: Int] = [:]
        for (i, indicator) in result.indicators.enumerated() { column[indicator.code] = i }
        var e = Matrix(rows: programmes.count, columns: result.indicators.count)
        var unused: [String: [String]] = [:]
        for (p, programme) in programmes.enumerated() {
            for effect in programme.effects {
                if let i = column[effect.indicator] { e[p, i] = effect.effect } else { unused[programme.id, default: []].append(effect.indicator) }
            }
        }
        effects = e
        // G: gap to each indicator's target, 0 where missing (its weight is 0 there anyway) and where the value
        // is already the best the scale knows (ties at the top of a rank scale score below 100).
        let targets = result.indicatorTargets
        var gaps = result.indicatorScores
        for i in 0..<gaps.columns {
            let scale = result.model.scales[i]
            for c in 0..<gaps.rows {
                let s = gaps[c, i]
                gaps[c, i] = scale.isAtBest(result.input.values[c, i]) ? 0 : result.gap(score: s, target: targets[i]) ?? 0
            }
        }
        let weighted = try weights.hadamard(gaps)
        weightedGaps = weighted
        impact = try Matrix.product(e, weighted, transposeB: true)
        let hierarchy = result.model.hierarchy
        impactThroughDimension = try hierarchy.dimensions.indices.map { d in
            var restricted = weighted
            for i in 0..<restricted.columns where hierarchy.dimensionOfElement[hierarchy.elementOfIndicator[i]] != d {
                for c in 0..<restricted.rows { restricted[c, i] = 0 }
            }
            return try Matrix.product(e, restricted, transposeB: true)
        }
        unusedEffects = unused
    }

    /// The index points programme `p` adds to city `c` through the indicators of dimension `d` (an index into
    /// the model's in-scope dimensions): what it does for that dimension, weighted as the index weighs it.
    public func impact(of p: Int, city c: Int, throughDimension d: Int) -> Double {
        impactThroughDimension[d][p, c]
    }

    /// The index points a set of programmes would add together for city `c`: on each indicator the shares
    /// of the gap they close combine as `1 − Π (1 − effect)`, so two programmes never close more than the gap.
    public func combinedGain(of programmeIndices: [Int], city c: Int) -> Double {
        var gain = 0.0
        for i in 0..<effects.columns where weightedGaps[c, i] > 0 {
            var remaining = 1.0
            for p in programmeIndices { remaining *= 1 - effects[p, i] }
            gain += weightedGaps[c, i] * (1 - remaining)
        }
        return gain
    }
}
