import Foundation

/// What a programme (or a set of programmes run together) would do for one city, said the way a person
/// understands it: each indicator it moves from what value to what value in the indicator's own unit, the
/// points each dimension and the index gain, and the share of the city's index gap it closes.
///
/// The model stays the catalogue's relative effects (design.md, "Quick wins"): a programme closes a share of
/// the city's gap on each indicator, `score' = score + effect × (target − score)`. The raw values after are
/// that score read back through the indicator's scale (`IndicatorScale.raw(atScore:)`), so they are the
/// model's consequence, not a forecast; outputs show them with "±".
public struct ImpactDetail: Sendable {
    public struct Move: Sendable {
        public let indicator: Indicator
        /// The share of the gap the programmes close together: `1 − Π (1 − effect)`.
        public let share: Double
        public let scoreBefore: Double
        public let scoreAfter: Double
        /// The city's value, and the value that scores `scoreAfter` (nil when the scale has no inverse).
        public let rawBefore: Double
        public let rawAfter: Double?
        /// False when `rawAfter` is interpolated between reference values (rank normalisation).
        public let exact: Bool
        /// Index points this indicator's move adds.
        public let indexGain: Double
    }

    public let moves: [Move]
    /// Points each in-scope dimension's score gains (dimension id → points), in the model's dimension order.
    public let dimensionGains: [(dimension: String, gain: Double)]
    /// Index points gained.
    public let indexGain: Double
    /// `indexGain` over the city's gap from its index to the index target; nil when the index is null or at target.
    public let gapShare: Double?

    public func dimensionGain(_ dimension: String) -> Double {
        dimensionGains.first { $0.dimension == dimension }?.gain ?? 0
    }

    /// The detail of running `programmes` (indices into the model's programmes) together in city `c`.
    /// With arithmetic aggregation the index is linear in the indicator scores, so the index gain is
    /// `Σ_i w_ic × Δs_i` and a dimension's is the same sum over its indicators divided by its share of the
    /// index (`ImpactModel.combinedGain` computes the index gain the same way).
    public init(model: ImpactModel, programmes: [Int], city c: Int) {
        let result = model.result
        let hierarchy = result.model.hierarchy
        let weights = result.effectiveWeights
        let totalWeight = hierarchy.dimensionWeights.reduce(0, +)
        var moves: [Move] = []
        var dimensionGains = [Double](repeating: 0, count: hierarchy.dimensions.count)
        var indexGain = 0.0
        for i in 0..<model.effects.columns where model.weightedGaps[c, i] > 0 {
            var remaining = 1.0
            for p in programmes { remaining *= 1 - model.effects[p, i] }
            let share = 1 - remaining
            guard share > 0 else { continue }
            let before = result.indicatorScores[c, i]
            let gap = result.gap(score: before, target: result.indicatorTargets[i]) ?? 0
            let after = before + share * gap
            let scale = result.model.scales[i]
            let gain = model.weightedGaps[c, i] * share
            indexGain += gain
            let d = hierarchy.dimensionOfElement[hierarchy.elementOfIndicator[i]]
            let dimensionShare = totalWeight > 0 ? hierarchy.dimensionWeights[d] / totalWeight : 0
            if dimensionShare > 0, let w = weights?[c, i] { dimensionGains[d] += w * share * gap / dimensionShare }
            moves.append(Move(indicator: result.indicators[i], share: share, scoreBefore: before, scoreAfter: after,
                              rawBefore: result.input.values[c, i], rawAfter: scale.raw(atScore: after), exact: scale.invertsExactly,
                              indexGain: gain))
        }
        self.moves = moves.sorted { $0.indexGain != $1.indexGain ? $0.indexGain > $1.indexGain : $0.indicator.code < $1.indicator.code }
        self.dimensionGains = zip(hierarchy.dimensions, dimensionGains).map { ($0, $1) }
        self.indexGain = indexGain
        if let gap = result.indexGap(c), gap > 0 { gapShare = indexGain / gap } else { gapShare = nil }
    }
}
