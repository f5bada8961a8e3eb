import Foundation

/// A scoring method fitted to a reference cohort and year: everything the method learns from data,
/// frozen. `fit` decides the in-scope indicators, each indicator's scale (goalposts, min and max, mean
/// and deviation, rank table, winsorising bounds), the weights (entropy, PCA and AHP resolved to numbers),
/// the hierarchy and the targets; `apply` scores any year or any city on that one scale, so a change
/// between two years is a change in the city, not in the yardstick (Scoring/README.md §10).
public struct ScoringModel: Sendable {
    /// The method, with data-driven weights resolved to the numbers fitted on the reference.
    public let method: ScoringMethod
    public let framework: Framework
    /// The year of the reference cohort.
    public let referenceYear: Int
    /// The in-scope indicators (scored, with a value in the reference), in catalogue order.
    public let indicators: [Indicator]
    /// One scale per in-scope indicator.
    public let scales: [IndicatorScale]
    /// Target score per indicator (100 unless a raw-unit target says otherwise) and per in-scope dimension.
    public let indicatorTargets: [Double]
    public let dimensionTargets: [Double]
    /// Codes whose reference columns were winsorised.
    public let winsorised: [String]
    /// What fitting did that a reader should know.
    public let warnings: [ScoringWarning]
    /// The reference cohort itself (the uncertainty analysis fits its other normalisations on it).
    public let reference: IndicatorMatrix
    /// The scored catalogue on the framework: what catalogue coverage is measured against (§4).
    public let catalogueScope: CatalogueScope
    let hierarchy: Hierarchy

    /// The index's target: the dimension targets aggregated as the index is (weighted arithmetic or geometric
    /// mean); 100 unless a targets file sets dimension targets.
    public var indexTarget: Double {
        let w = hierarchy.dimensionWeights, total = w.reduce(0, +)
        guard total > 0, !dimensionTargets.isEmpty else { return 100 }
        if method.aggregation == .geometric {
            return PositiveRange.score(fromLogMean: zip(w, dimensionTargets).reduce(0) { $0 + $1.0 * PositiveRange.logLifted($1.1) } / total)
        }
        return zip(w, dimensionTargets).reduce(0) { $0 + $1.0 * $1.1 } / total
    }

    /// In-scope elements and dimensions, in framework order.
    public var elements: [(dimension: String, element: String)] { hierarchy.elements }
    public var dimensions: [String] { hierarchy.dimensions }

    /// Fits `requested` on the reference cohort. `catalogue`: the catalogue's indicators, which catalogue
    /// coverage is measured against (nil: the reference's own indicators, for a cohort built in code).
    public static func fit(_ requested: ScoringMethod, reference: IndicatorMatrix, framework: Framework,
                           catalogue: [Indicator]? = nil) throws -> ScoringModel {
        try requested.validate()
        var method = requested
        var warnings: [ScoringWarning] = []
        let indicators = reference.indicators
        if (method.normalisation != .goalpost || method.weights.isDataDriven) && reference.cities.count < 3 {
            warnings.append(method.normalisation == .goalpost ? .referenceTooSmallForWeights(year: reference.year, cities: reference.cities.count)
                                                              : .referenceTooSmall(year: reference.year, cities: reference.cities.count))
        }
        let scales = Normaliser.fit(reference.values, indicators: indicators, method: method.normalisation, winsorise: method.winsorise)
        let winsorised = scales.filter { $0.winsorBounds != nil }.map(\.code)
        if !winsorised.isEmpty { warnings.append(.winsorised(codes: winsorised)) }
        if method.weights.isDataDriven {
            let derived = try resolveWeights(method.weights, scores: Normaliser.apply(scales, to: reference.values), indicators: indicators, framework: framework)
            method.weights = derived.weights
            warnings += derived.warnings
        }
        let hierarchy = try Hierarchy(indicators: indicators, framework: framework, weights: method.weights)
        try hierarchy.checkWeights(method.weights)
        warnings += hierarchy.dimensionsOutOfScope.map { .dimensionOutOfScope(dimension: $0) }
        let indicatorTargets = indicators.enumerated().map { j, indicator -> Double in
            method.targets.indicators[indicator.code].map(scales[j].target) ?? 100
        }
        return ScoringModel(method: method, framework: framework, referenceYear: reference.year,
                            indicators: indicators, scales: scales,
                            indicatorTargets: indicatorTargets,
                            dimensionTargets: hierarchy.dimensions.map { method.targets.dimensions[$0] ?? 100 },
                            winsorised: winsorised, warnings: warnings, reference: reference,
                            catalogueScope: CatalogueScope(framework: framework, catalogue: catalogue ?? indicators, inScope: indicators),
                            hierarchy: hierarchy)
    }

    /// Each part's share of the index when no value is missing: dimension weight / all; element weight /
    /// its dimension's × the dimension's share; indicator weight / its element's × the element's share.
    public var nominalShares: (dimensions: [(String, Double)], elements: [(String, Double)], indicators: [(String, Double)]) {
        let h = hierarchy
        let total = h.dimensionWeights.reduce(0, +)
        let dimensionShares = h.dimensionWeights.map { total > 0 ? $0 / total : 0 }
        var elementShares = [Double](repeating: 0, count: h.elements.count)
        for (d, _) in h.dimensions.enumerated() {
            let members = h.elements.indices.filter { h.dimensionOfElement[$0] == d }
            let sum = members.reduce(0) { $0 + h.elementWeights[$1] }
            for e in members { elementShares[e] = sum > 0 ? h.elementWeights[e] / sum * dimensionShares[d] : 0 }
        }
        var indicatorShares = [Double](repeating: 0, count: indicators.count)
        for e in h.elements.indices {
            let members = indicators.indices.filter { h.elementOfIndicator[$0] == e }
            let sum = members.reduce(0) { $0 + h.indicatorToElement[$1, e] }
            for i in members { indicatorShares[i] = sum > 0 ? h.indicatorToElement[i, e] / sum * elementShares[e] : 0 }
        }
        return (zip(h.dimensions, dimensionShares).map { ($0, $1) },
                zip(h.elements.map { "\($0.dimension)/\($0.element)" }, elementShares).map { ($0, $1) },
                zip(indicators.map(\.code), indicatorShares).map { ($0, $1) })
    }

    /// Data-driven weights (entropy, PCA) derived from normalised scores, with `requested`'s options. An
    /// element whose indicators all carry no information in this cohort keeps equal weights, rather than
    /// dropping out of its dimension.
    static func resolveWeights(_ requested: WeightSet, scores: Matrix, indicators: [Indicator], framework: Framework? = nil) throws -> (weights: WeightSet, warnings: [ScoringWarning]) {
        var weights = try WeightDerivation.derive(requested, scores: scores, indicators: indicators, framework: framework)
        var warnings: [ScoringWarning] = []
        let byElement = Dictionary(grouping: indicators, by: { "\($0.dimension)/\($0.element)" })
        for (key, members) in byElement.sorted(by: { $0.key < $1.key })     // sorted: dictionary order varies by process
        where members.allSatisfy({ weights.indicator($0.code) == 0 }) {
            for m in members { weights.indicators[m.code] = 1 }
            warnings.append(.derivedWeightsConstant(weights: weights.name, element: key))
            // The PCA record says what was applied, not only what was derived.
            if let g = weights.pcaGroups.firstIndex(where: { $0.element == key }) {
                weights.pcaGroups[g].weights = weights.pcaGroups[g].indicators.map { _ in 1 / Double(members.count) }
                weights.pcaGroups[g].replacedByEqualWeights = true
            }
        }
        let small = weights.pcaGroups.filter(\.smallSampleAccepted).map(\.element)
        if !small.isEmpty { warnings.append(.pcaSmallSample(elements: small)) }
        let thin = weights.pcaGroups.filter { $0.derivation.retained > 0 && $0.derivation.cumulativeShare < HandbookPCA.cumulativeTarget }
        if !thin.isEmpty {
            warnings.append(.pcaBelowCumulativeVariance(elements: thin.map(\.element), shares: thin.map(\.derivation.cumulativeShare)))
        }
        return (weights, warnings)
    }

    /// Whether `cohort` is the reference cohort itself (same year, same cities, same values).
    public func isFitted(on cohort: IndicatorMatrix) -> Bool {
        cohort.year == reference.year && cohort.cities.map(\.code) == reference.cities.map(\.code)
            && cohort.indicators.map(\.code) == reference.indicators.map(\.code)
            && cohort.values.storage.elementsEqual(reference.values.storage) { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    /// The input's values re-laid on the model's indicators (by code): a model indicator without values
    /// in the input is an empty column; an input indicator the model has no scale for is left out and named.
    func aligned(_ input: IndicatorMatrix) -> (matrix: IndicatorMatrix, outside: [String]) {
        if input.indicators.map(\.code) == indicators.map(\.code) { return (input, []) }
        var column: [String: Int] = [:]
        for (j, indicator) in input.indicators.enumerated() { column[indicator.code] = j }
        var values = Matrix(rows: input.cities.count, columns: indicators.count, repeating: .nan)
        for (j, indicator) in indicators.enumerated() {
            guard let source = column[indicator.code] else { continue }
            for i in 0..<input.cities.count { values[i, j] = input.values[i, source] }
        }
        let known = Set(indicators.map(\.code))
        let outside = input.indicators.map(\.code).filter { !known.contains($0) }
        return (IndicatorMatrix(year: input.year, cities: input.cities, indicators: indicators, values: values), outside)
    }
}
