import Foundation

/// The element scores of the cohort under one (normalisation, aggregation, missing-value treatment),
/// kept in the split form the block products need: numerators and present weights per element, and the
/// element values to multiply by the element → dimension weights. Under geometric aggregation every value
/// is a log on the positive range [1, 100] (PositiveRange), so the levels compose by sums of logs and only
/// the index is read back on 0–100.
struct ScoreVariant: Sendable {
    let key: VariantKey
    /// Cities × indicators: the normalised scores (NaN missing). The only cities × indicators matrix a
    /// variant keeps: the drop-one correction derives an indicator's value, presence and zero flag from it.
    let scores: Matrix
    /// Cities × elements: Σ w·value and Σ w·present over each element's indicators.
    let numerators: Matrix
    let denominators: Matrix
    /// Cities × elements: the element's value for the next level (score, or its log on [1, 100]) and presence.
    let elementValues: Matrix
    let elementMask: Matrix
    /// Indicators × elements: the indicator weights of this variant (data-driven weights are derived
    /// again on the variant's own scores, as the engine would derive them for that normalisation).
    let indicatorToElement: Matrix
    /// Per element (only when runs perturb indicator weights): its indicators, and their values for the
    /// element sums (the score, or its log on [1, 100]; 0 when missing) and presence, cities × members —
    /// what such runs multiply by their own indicator weights, one GEMM per element for a block of runs.
    let memberColumns: [(members: [Int], values: Matrix, presence: Matrix)]

    /// Normalises (and imputes) over the whole cohort, as the engine does, then keeps the `rows` that
    /// take part in the analysis. With a `reference` (the values a model was fitted on, when that is
    /// another cohort: another year), each normalisation's scales are fitted on the reference and applied
    /// to the cohort, as the engine's fitted model does, so the unperturbed run is the nominal result.
    init(key: VariantKey, raw: Matrix, indicators: [Indicator], cityTypes: [String?], rows: [Int], hierarchy: Hierarchy,
         reference: Matrix? = nil, derivedWeights: WeightSet? = nil, framework: Framework? = nil,
         perIndicatorWeights: Bool = false) throws {
        self.key = key
        let input = key.impute ? Self.imputePeerMedians(raw, types: cityTypes) : raw
        let scales = reference.map { Normaliser.fit($0, indicators: indicators, method: key.normalisation) }
        let normalised = scales.map { Normaliser.apply($0, to: input) } ?? Normaliser.normalise(input, indicators: indicators, method: key.normalisation)
        var weights = hierarchy.indicatorToElement
        if let requested = derivedWeights, let framework {
            // Derived where the engine derives them: on the reference's scores (or the cohort's own).
            var basis = normalised
            if let scales, let reference { basis = Normaliser.apply(scales, to: reference) }
            let resolved = try ScoringModel.resolveWeights(requested, scores: basis, indicators: indicators, framework: framework).weights
            weights = try Hierarchy(indicators: indicators, framework: framework, weights: resolved).indicatorToElement
        }
        indicatorToElement = weights
        let scores = normalised.selectingRows(rows)
        let geometric = key.aggregation == .geometric
        self.scores = scores
        numerators = try Matrix.product(scores.map { Self.indicatorValue($0, geometric: geometric) }, weights)
        denominators = try Matrix.product(scores.presenceMask(), weights)
        var values = Matrix(rows: scores.rows, columns: hierarchy.elements.count)
        var mask = values
        for k in 0..<values.storage.count {
            let (v, present) = Self.element(numerator: numerators.storage[k], denominator: denominators.storage[k])
            values.storage[k] = v; mask.storage[k] = present
        }
        elementValues = values
        elementMask = mask
        memberColumns = perIndicatorWeights ? hierarchy.elements.indices.map { e in
            let members = indicators.indices.filter { hierarchy.elementOfIndicator[$0] == e }
            let columns = scores.selectingColumns(members)
            return (members, columns.map { Self.indicatorValue($0, geometric: geometric) }, columns.presenceMask())
        } : []
    }

    /// What an indicator score contributes to its element's numerator: the score (arithmetic) or its log on
    /// [1, 100] (geometric), 0 when missing.
    @inline(__always)
    static func indicatorValue(_ score: Double, geometric: Bool) -> Double {
        score.isNaN ? 0 : geometric ? PositiveRange.logLifted(score) : score
    }

    /// An element's (value for the next level, presence) from its sums: the weighted mean of the values
    /// (arithmetic: the score; geometric: the log of the element's geometric mean on [1, 100]).
    @inline(__always)
    static func element(numerator: Double, denominator: Double) -> (Double, Double) {
        denominator > 0 ? (numerator / denominator, 1) : (0, 0)
    }

    /// Missing raw values replaced by the median of the indicator among cities of the same type (all
    /// cities when a type has no value).
    static func imputePeerMedians(_ raw: Matrix, types: [String?]) -> Matrix {
        var out = raw
        func median(_ xs: [Double]) -> Double? { Statistics.median(sorted: xs.sorted()) }
        let groups = Dictionary(grouping: raw.rows > 0 ? Array(0..<raw.rows) : [], by: { types[$0] ?? "" })
        for j in 0..<raw.columns {
            let column = raw.column(j)
            let overall = median(column.filter { !$0.isNaN })
            for (_, rows) in groups {
                let fill = median(rows.map { column[$0] }.filter { !$0.isNaN }) ?? overall
                guard let fill else { continue }
                for i in rows where column[i].isNaN { out[i, j] = fill }
            }
        }
        return out
    }
}
