import Foundation

/// Scores a cohort: normalise, weigh, aggregate along indicator → element → dimension → index, apply the
/// coverage rule, rank. All of it as matrix work through `Linear` (Scoring/README.md is the specification).
public struct ScoringEngine: Sendable {
    public let framework: Framework

    public init(framework: Framework) { self.framework = framework }

    /// Scores the cohort. Its products run single-threaded (`BLASThreads.singleThreaded`): they are
    /// small, and so the result is the same bytes whatever the thread count.
    public func score(_ input: IndicatorMatrix, method requested: ScoringMethod) throws -> ScoreResult {
        try BLASThreads.singleThreaded { try scoreSingleThreaded(input, method: requested) }
    }

    /// Every year of `batch` before `year`, scored with the same method (for trends).
    public func scoreEarlierYears(of batch: ObservationBatch, catalogue: Catalogue, method: ScoringMethod, before year: Int) throws -> [ScoreResult] {
        try batch.distinctYears.filter { $0 < year }.map {
            try score(IndicatorMatrix.build(from: batch, catalogue: catalogue, year: $0), method: method)
        }
    }

    private func scoreSingleThreaded(_ input: IndicatorMatrix, method requested: ScoringMethod) throws -> ScoreResult {
        try requested.validate()
        var method = requested
        var warnings: [String] = []
        let (normalised, winsorised, treated) = Normaliser.normalise(input.values, indicators: input.indicators,
                                                                     method: method.normalisation, winsorise: method.winsorise)
        if !winsorised.isEmpty {
            warnings.append("outliers winsorised before normalisation in \(winsorised.count) indicator\(winsorised.count == 1 ? "" : "s"): \(winsorised.joined(separator: ", "))")
        }
        if method.weights.isDataDriven {
            method.weights = try WeightDerivation.derive(method.weights.kind, scores: normalised, indicators: input.indicators)
            // An element whose indicators all carry no information in this cohort keeps equal weights,
            // rather than dropping out of its dimension.
            let byElement = Dictionary(grouping: input.indicators, by: { "\($0.dimension)/\($0.element)" })
            for (key, members) in byElement.sorted(by: { $0.key < $1.key })     // sorted: dictionary order varies by process
            where members.allSatisfy({ method.weights.indicator($0.code) == 0 }) {
                for m in members { method.weights.indicators[m.code] = 1 }
                warnings.append("\(method.weights.name) weights: the indicators of \(key) do not vary in this cohort; they keep equal weights")
            }
        }
        let hierarchy = Hierarchy(indicators: input.indicators, framework: framework, weights: method.weights)
        try hierarchy.checkWeights(method.weights)
        for d in hierarchy.dimensionsOutOfScope {
            warnings.append("dimension \(d) has no in-scope indicator in the data and is left out of the index")
        }
        let cities = input.cities.count

        // Indicator → element → dimension.
        let (elementScores, elementDenominators) = try Aggregator.aggregate(normalised, hierarchy.indicatorToElement, method: method.aggregation)
        let (rawDimensionScores, dimensionDenominators) = try Aggregator.aggregate(elementScores, hierarchy.elementToDimension, method: method.aggregation)

        // Coverage: present in-scope indicators of each dimension over all of them (plain counts).
        let mask = input.values.presenceMask()
        let present = try Matrix.product(mask, hierarchy.indicatorInDimension)
        let perDimension = hierarchy.indicatorInDimension.columnSums()
        var coverageMatrix = present
        for d in 0..<perDimension.count {
            for c in 0..<cities { coverageMatrix[c, d] = present[c, d] / perDimension[d] }   // a division, so 5/6 is 5/6 to the last bit
        }
        let cityCoverage = mask.rowSums().map { input.indicators.isEmpty ? 0 : $0 / Double(input.indicators.count) }

        // The coverage rule, then the index over the in-scope dimensions.
        var dimensionScores = rawDimensionScores
        var nullReasons = [String?](repeating: nil, count: cities)
        var index = [Double](repeating: .nan, count: cities)
        let dimensionColumn = Matrix.column(hierarchy.dimensionWeights)
        for c in 0..<cities {
            var reasons: [String] = []
            for (d, id) in hierarchy.dimensions.enumerated() {
                if coverageMatrix[c, d] < method.minCoverage {
                    dimensionScores[c, d] = .nan
                    reasons.append("\(id) coverage \(Self.percent(coverageMatrix[c, d])) is below \(Self.percent(method.minCoverage))")
                } else if rawDimensionScores[c, d].isNaN {
                    reasons.append("\(id) has no value")
                }
            }
            if hierarchy.dimensions.isEmpty { reasons.append("no in-scope indicator has a value") }
            if !reasons.isEmpty { nullReasons[c] = reasons.joined(separator: "; ") }
        }
        let indexScores = try Aggregator.aggregate(dimensionScores, dimensionColumn, method: method.aggregation).scores
        for c in 0..<cities where nullReasons[c] == nil {
            index[c] = indexScores[c, 0]
            if !index[c].isFinite {
                index[c] = .nan
                nullReasons[c] = "the index is not a finite number (check the weights and the values' magnitudes)"
            }
        }

        // Pillars: plain means of the indicator scores in each pillar.
        let pillarScores = try Aggregator.aggregate(normalised, hierarchy.indicatorInPillar, method: .arithmetic).scores

        let (ranks, order) = Ranking.rank(index, codes: input.cities.map(\.code))
        let effective = method.aggregation == .arithmetic
            ? try Self.effectiveWeights(mask: mask, hierarchy: hierarchy, elementDenominators: elementDenominators,
                                        dimensionDenominators: dimensionDenominators, elementScores: elementScores)
            : nil

        let indicatorTargets = input.indicators.enumerated().map { j, indicator -> Double in
            guard let raw = method.targets.indicators[indicator.code] else { return 100 }
            return Normaliser.target(raw, column: treated.column(j), indicator: indicator, method: method.normalisation)
        }
        return ScoreResult(
            input: input, method: method, framework: framework, indicatorScores: normalised,
            elements: hierarchy.elements, dimensions: hierarchy.dimensions,
            elementScores: elementScores, dimensionScores: dimensionScores, dimensionCoverage: coverageMatrix,
            index: index, coverage: cityCoverage, nullReasons: nullReasons, pillarScores: pillarScores,
            ranks: ranks, order: order, effectiveWeights: effective,
            indicatorTargets: indicatorTargets,
            dimensionTargets: hierarchy.dimensions.map { method.targets.dimensions[$0] ?? 100 },
            winsorised: winsorised, warnings: warnings)
    }

    /// `w_ic` = (indicator weight / its element's present weight) × (element weight / its dimension's
    /// present weight) × (dimension weight / all dimension weights), 0 for a missing indicator. The
    /// per-city denominators are spread from elements and dimensions to indicators by products with
    /// one-hot membership matrices.
    static func effectiveWeights(mask: Matrix, hierarchy: Hierarchy, elementDenominators: Matrix,
                                 dimensionDenominators: Matrix, elementScores: Matrix) throws -> Matrix {
        let indicators = mask.columns, elements = hierarchy.elements.count, dimensions = hierarchy.dimensions.count
        var elementToIndicator = Matrix(rows: elements, columns: indicators)
        for i in 0..<indicators { elementToIndicator[hierarchy.elementOfIndicator[i], i] = 1 }
        var dimensionToElement = Matrix(rows: dimensions, columns: elements)
        for e in 0..<elements { dimensionToElement[hierarchy.dimensionOfElement[e], e] = 1 }
        let inverse: (Double) -> Double = { $0 > 0 ? 1 / $0 : 0 }
        // 1 / (present weight of the indicator's element), per city and indicator.
        let perElement = try Matrix.product(elementDenominators.map(inverse), elementToIndicator)
        // element weight / (present weight of its dimension), per city and element, then per indicator.
        let elementWeights = hierarchy.elementWeights
        let perDimension = try Matrix.product(dimensionDenominators.map(inverse), dimensionToElement)
            .hadamard(elementScores.presenceMask()).scalingColumns(by: elementWeights)
        let spread = try Matrix.product(perDimension, elementToIndicator)
        let total = hierarchy.dimensionWeights.reduce(0, +)
        let constant = (0..<indicators).map { i -> Double in
            let e = hierarchy.elementOfIndicator[i]
            return hierarchy.indicatorToElement[i, e] * hierarchy.dimensionWeights[hierarchy.dimensionOfElement[e]] / total
        }
        return try mask.hadamard(perElement).hadamard(spread).scalingColumns(by: constant)
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded())) %" }
}

extension Indicator: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
