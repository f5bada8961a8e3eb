import Foundation

extension ScoringModel {
    /// Scores a cohort (any year, any cities) with the fitted model: normalise on the frozen scales,
    /// aggregate along indicator → element → dimension → index as masked GEMMs, apply the coverage rule,
    /// rank. Pure: the model is not changed, so one model can serve concurrent requests.
    public func apply(to requested: IndicatorMatrix) throws -> ScoreResult {
        let (input, outside) = aligned(requested)
        var warnings = self.warnings
        if !outside.isEmpty {
            warnings.append(.indicatorsOutsideModel(year: input.year, referenceYear: referenceYear, codes: outside))
        }
        let cities = input.cities.count
        let normalised = Normaliser.apply(scales, to: input.values)

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
        let cityCoverage = mask.rowSums().map { indicators.isEmpty ? 0 : $0 / Double(indicators.count) }
        // Against the catalogue: present indicators per framework element, every element of the framework.
        let presentPerFrameworkElement = try Matrix.product(mask, catalogueScope.membership(of: indicators))
        // An element whose values for a city all weigh 0 (a weights file's 0, or a derived weight of 0 for an
        // indicator that did not vary in the reference) has no score for that city although it has data: say so.
        for (e, pair) in hierarchy.elements.enumerated() {
            guard let column = catalogueScope.elements.firstIndex(where: { $0 == pair }) else { continue }
            let silent = (0..<cities).filter { presentPerFrameworkElement[$0, column] > 0 && elementScores[$0, e].isNaN }
            if !silent.isEmpty {
                warnings.append(.elementValuesWeighZero(element: "\(pair.dimension)/\(pair.element)", cities: silent.map { input.cities[$0].code }))
            }
        }

        // The coverage rule, then the index over the in-scope dimensions.
        var dimensionScores = rawDimensionScores
        var nullReasons = [[NullReason]](repeating: [], count: cities)
        var index = [Double](repeating: .nan, count: cities)
        for c in 0..<cities {
            for (d, id) in hierarchy.dimensions.enumerated() {
                if coverageMatrix[c, d] < method.minCoverage {
                    dimensionScores[c, d] = .nan
                    nullReasons[c].append(.coverageBelowMinimum(dimension: id, coverage: coverageMatrix[c, d], minimum: method.minCoverage))
                } else if rawDimensionScores[c, d].isNaN {
                    nullReasons[c].append(.dimensionWithoutValue(dimension: id))
                }
            }
            if hierarchy.dimensions.isEmpty { nullReasons[c].append(.nothingInScope) }
        }
        let indexScores = try Aggregator.aggregate(dimensionScores, Matrix.column(hierarchy.dimensionWeights), method: method.aggregation).scores
        for c in 0..<cities where nullReasons[c].isEmpty {
            index[c] = indexScores[c, 0]
            if !index[c].isFinite {
                index[c] = .nan
                nullReasons[c] = [.indexNotFinite]
            }
        }

        // Pillars: plain means of the indicator scores in each pillar.
        let pillarScores = try Aggregator.aggregate(normalised, hierarchy.indicatorInPillar, method: .arithmetic).scores

        let (ranks, order) = Ranking.rank(index, codes: input.cities.map(\.code))
        let effective = method.aggregation == .arithmetic
            ? try Self.effectiveWeights(mask: mask, hierarchy: hierarchy, elementDenominators: elementDenominators,
                                        dimensionDenominators: dimensionDenominators, elementScores: elementScores)
            : nil
        return ScoreResult(
            model: self, input: input, indicatorScores: normalised,
            elementScores: elementScores, dimensionScores: dimensionScores, dimensionCoverage: coverageMatrix,
            index: index, coverage: cityCoverage, nullReasons: nullReasons, pillarScores: pillarScores,
            ranks: ranks, order: order, effectiveWeights: effective, presentPerFrameworkElement: presentPerFrameworkElement,
            warnings: warnings)
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
        let perDimension = try Matrix.product(dimensionDenominators.map(inverse), dimensionToElement)
            .hadamard(elementScores.presenceMask()).scalingColumns(by: hierarchy.elementWeights)
        let spread = try Matrix.product(perDimension, elementToIndicator)
        let total = hierarchy.dimensionWeights.reduce(0, +)
        let constant = (0..<indicators).map { i -> Double in
            let e = hierarchy.elementOfIndicator[i]
            return hierarchy.indicatorToElement[i, e] * hierarchy.dimensionWeights[hierarchy.dimensionOfElement[e]] / total
        }
        return try mask.hadamard(perElement).hadamard(spread).scalingColumns(by: constant)
    }
}
