import Foundation

/// Makes an `AuditResult` from a scored cohort. All correlations of the audit come from three pairwise
/// tables, each a handful of GEMMs (`Matrix+Correlation.swift`): indicators × indicators (collinear pairs,
/// and each dimension's block), indicators × (dimensions, elements, index) (each indicator with its
/// parents), and dimensions × dimensions.
public enum StatisticalAudit {
    public static func run(_ scores: ScoreResult, options: AuditOptions = AuditOptions()) throws -> AuditResult {
        try options.validate()
        let minimum = AuditOptions.minimumPairs
        // Below the minimum no correlation, covariance or α is defined: one clear refusal instead of a report
        // whose every section is empty or says "none found".
        guard scores.cities.count >= minimum else {
            throw InputError(.auditTooFewCities, ["count": String(scores.cities.count), "minimum": String(minimum), "year": String(scores.year)])
        }
        let hierarchy = scores.model.hierarchy
        let x = scores.indicatorScores
        let shares = scores.model.nominalShares

        // Each indicator against every dimension, element and the index at once; its own are picked below.
        let parents = try Matrix(rows: x.rows, columns: scores.dimensions.count + scores.elements.count + 1,
                                 columnMajor: scores.dimensionScores.storage + scores.elementScores.storage + scores.index)
        let withParents = try Matrix.pairwiseCorrelation(x, parents, minimumPairs: minimum)
        let importance = Importance.of(withParents, indexColumn: parents.columns - 1, nominalShares: shares.indicators.map(\.1))
        let indicators = scores.indicators.enumerated().map { i, indicator -> AuditResult.IndicatorFinding in
            let e = hierarchy.elementOfIndicator[i], d = hierarchy.dimensionOfElement[e]
            return .init(column: i, indicator: indicator, withDimension: withParents[i, d],
                         withElement: withParents[i, scores.dimensions.count + e], importance: importance[i])
        }

        let all = try x.pairwiseCorrelation(minimumPairs: minimum)
        let dimensionImportance = try Importance.of(scores.dimensionScores, index: scores.index,
                                                    nominalShares: shares.dimensions.map(\.1), minimumPairs: minimum)
        let dimensions = try scores.dimensions.enumerated().map { d, id -> AuditResult.DimensionFinding in
            let columns = scores.indicators.indices.filter { hierarchy.dimensionOfElement[hierarchy.elementOfIndicator[$0]] == d }
            let elements = try scores.elements.indices.filter { hierarchy.dimensionOfElement[$0] == d }.map { e in
                let members = columns.filter { hierarchy.elementOfIndicator[$0] == e }
                return AuditResult.ElementFinding(dimension: id, element: scores.elements[e].element,
                                                  alpha: try alpha(x, members, scores.indicators))
            }
            return .init(id: id, indicatorColumns: columns, indicatorCorrelations: block(all, columns),
                         alpha: try alpha(x, columns, scores.indicators), elements: elements, importance: dimensionImportance[d])
        }

        return AuditResult(scores: scores, options: options,
                           dimensionCorrelations: try scores.dimensionScores.pairwiseCorrelation(minimumPairs: minimum),
                           dimensions: dimensions, indicators: indicators,
                           collinearPairs: collinearPairs(all, threshold: options.collinearThreshold, hierarchy: hierarchy, codes: scores.indicators.map(\.code)),
                           undefinedIndicatorPairs: undefinedPairs(all), values: nil)
    }

    static func alpha(_ x: Matrix, _ columns: [Int], _ indicators: [Indicator]) throws -> CronbachAlpha {
        try CronbachAlpha.of(x.selectingColumns(columns), codes: columns.map { indicators[$0].code })
    }

    /// Pairs of distinct indicators whose r is undefined (too few cities with both, or no variation).
    static func undefinedPairs(_ table: PairwiseStatistic) -> Int {
        var count = 0
        for j in 0..<table.values.columns { for i in 0..<j where table[i, j] == nil { count += 1 } }
        return count
    }

    /// The rows and columns `columns` of a square pairwise table.
    static func block(_ table: PairwiseStatistic, _ columns: [Int]) -> PairwiseStatistic {
        PairwiseStatistic(values: table.values.selectingColumns(columns).selectingRows(columns),
                          pairs: table.pairs.selectingColumns(columns).selectingRows(columns))
    }

    /// Every pair of distinct indicators with |r| above the threshold, strongest first, ties by the codes.
    static func collinearPairs(_ table: PairwiseStatistic, threshold: Double, hierarchy: Hierarchy, codes: [String]) -> [AuditResult.CollinearPair] {
        var pairs: [AuditResult.CollinearPair] = []
        for j in 0..<table.values.columns {
            for i in 0..<j {
                guard let r = table[i, j], abs(r) > threshold else { continue }
                let ei = hierarchy.elementOfIndicator[i], ej = hierarchy.elementOfIndicator[j]
                pairs.append(.init(first: i, second: j, correlation: r, pairs: table.pairCount(i, j), sameElement: ei == ej,
                                   sameDimension: hierarchy.dimensionOfElement[ei] == hierarchy.dimensionOfElement[ej]))
            }
        }
        return pairs.sorted { a, b in
            abs(a.correlation) != abs(b.correlation) ? abs(a.correlation) > abs(b.correlation)
                : (codes[a.first], codes[a.second]) < (codes[b.first], codes[b.second])
        }
    }
}
