import Foundation

/// Turns raw values (cities × indicators, NaN missing) into scores, column by column, as
/// `Scoring/README.md` §2 defines. Higher is always better after normalisation.
public enum Normaliser {
    /// Scores, the codes of the columns winsorised, and the values as normalised (after any winsorising),
    /// against which targets are normalised too.
    public static func normalise(_ values: Matrix, indicators: [Indicator], method: ScoringMethod.Normalisation,
                                 winsorise: Bool = false) -> (scores: Matrix, winsorised: [String], treated: Matrix) {
        var out = Matrix(rows: values.rows, columns: values.columns, repeating: .nan)
        var treated = values
        var codes: [String] = []
        for (j, indicator) in indicators.enumerated() {
            var column = values.column(j)
            if winsorise, Winsoriser.treat(&column, polarity: indicator.polarity) > 0 {
                codes.append(indicator.code)
                treated.storage.replaceSubrange((j * values.rows)..<((j + 1) * values.rows), with: column)
            }
            let scored = normaliseColumn(column, indicator: indicator, method: method)
            out.storage.replaceSubrange((j * values.rows)..<((j + 1) * values.rows), with: scored)
        }
        return (out, codes, treated)
    }

    /// A raw-unit target normalised like a value of the cohort: with the cohort's goalposts, min and max,
    /// mean and deviation, or its rank among the cohort's values (as if it tied with an equal value),
    /// without becoming part of the cohort.
    public static func target(_ x: Double, column: [Double], indicator: Indicator, method: ScoringMethod.Normalisation) -> Double {
        let present = column.filter { !$0.isNaN }
        let lowerBetter = indicator.polarity == .lowerBetter
        switch method {
        case .goalpost:
            return indicator.goalposts.map { goalpost(x, $0) } ?? .nan
        case .minmax:
            guard let lo = present.min(), let hi = present.max() else { return .nan }
            if hi == lo { return 100 }
            return lowerBetter ? 100 * (hi - x) / (hi - lo) : 100 * (x - lo) / (hi - lo)
        case .zscore:
            guard present.count >= 2, present.min() != present.max() else { return 0 }
            let n = Double(present.count), mean = present.reduce(0, +) / n
            let sd = (present.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
            guard sd > 0 else { return 0 }
            return lowerBetter ? -(x - mean) / sd : (x - mean) / sd
        case .rank:
            let m = present.count
            guard m > 1 else { return 50 }
            let worse = Double(present.filter { lowerBetter ? $0 > x : $0 < x }.count)
            let equal = Double(present.filter { $0 == x }.count)
            let r = worse + (equal + 1) / 2
            return min(100, max(0, 100 * (r - 1) / Double(m - 1)))
        }
    }

    /// One value on the goalposts of its indicator (used for raw-unit targets too).
    public static func goalpost(_ x: Double, _ g: Indicator.Goalposts) -> Double {
        guard !x.isNaN else { return .nan }
        return 100 * min(1, max(0, (x - g.worst) / (g.best - g.worst)))
    }

    static func normaliseColumn(_ x: [Double], indicator: Indicator, method: ScoringMethod.Normalisation) -> [Double] {
        let present = x.filter { !$0.isNaN }
        let lowerBetter = indicator.polarity == .lowerBetter
        switch method {
        case .goalpost:
            guard let g = indicator.goalposts else { return x.map { _ in .nan } }
            return x.map { goalpost($0, g) }
        case .minmax:
            guard let lo = present.min(), let hi = present.max() else { return x }
            return x.map { v in
                if v.isNaN { return .nan }
                if hi == lo { return 100 }
                return lowerBetter ? 100 * (hi - v) / (hi - lo) : 100 * (v - lo) / (hi - lo)
            }
        case .zscore:
            let n = Double(present.count)
            // A constant column scores 0 exactly (its computed deviation can be a rounding residue like 1e-17).
            guard present.count >= 2, present.min() != present.max() else { return x.map { $0.isNaN ? .nan : 0 } }
            let mean = present.reduce(0, +) / n
            let sd = (present.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
            return x.map { v in
                if v.isNaN { return .nan }
                if sd == 0 { return 0 }
                let z = (v - mean) / sd
                return lowerBetter ? -z : z
            }
        case .rank:
            let m = present.count
            guard m > 1 else { return x.map { $0.isNaN ? .nan : 50 } }
            // Worst to best: ascending for higher-is-better, descending for lower-is-better.
            let sorted = present.sorted(by: lowerBetter ? (>) : (<))
            var meanRank: [Double: Double] = [:]
            var i = 0
            while i < m {
                var k = i
                while k + 1 < m && sorted[k + 1] == sorted[i] { k += 1 }
                meanRank[sorted[i]] = Double(i + k + 2) / 2     // ranks i+1 … k+1, 1-based
                i = k + 1
            }
            return x.map { v in v.isNaN ? .nan : 100 * (meanRank[v]! - 1) / Double(m - 1) }
        }
    }
}
