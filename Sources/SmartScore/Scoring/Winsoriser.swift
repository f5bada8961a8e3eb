import Foundation

/// Outlier treatment before min-max or z-score normalisation, as the JRC/OECD handbook and COINr do:
/// a column whose absolute skewness exceeds 2 and whose excess kurtosis exceeds 3.5 has its most extreme
/// value on the long tail replaced by the next one, repeatedly (at most 5 values), until either statistic
/// falls within bounds.
enum Winsoriser {
    static let maxTreated = 5

    /// Treats `column` in place (NaN left alone); returns the number of values replaced.
    @discardableResult
    static func treat(_ column: inout [Double], polarity: Indicator.Polarity) -> Int {
        treatTails(&column).count
    }

    /// As `treat`, also saying which tails were pulled in (only those bound a value of another cohort).
    static func treatTails(_ column: inout [Double]) -> (count: Int, lower: Bool, upper: Bool) {
        var treated = 0, lower = false, upper = false
        while treated < maxTreated {
            let present = column.filter { !$0.isNaN }
            guard present.count >= 4, let (skew, kurt) = moments(present), abs(skew) > 2, kurt > 3.5 else { break }
            let sorted = Array(Set(present)).sorted()
            guard sorted.count >= 2 else { break }
            if skew > 0 {
                upper = true
                let top = sorted[sorted.count - 1], next = sorted[sorted.count - 2]
                for i in column.indices where column[i] == top { column[i] = next }
            } else {
                lower = true
                let bottom = sorted[0], next = sorted[1]
                for i in column.indices where column[i] == bottom { column[i] = next }
            }
            treated += 1
        }
        return (treated, lower, upper)
    }

    /// Sample skewness (adjusted Fisher–Pearson) and sample excess kurtosis, as spreadsheet tools and
    /// COINr's `skew`/`kurt` compute them.
    static func moments(_ x: [Double]) -> (Double, Double)? {
        let n = Double(x.count)
        let mean = Statistics.mean(x)
        var m2 = 0.0, m3 = 0.0, m4 = 0.0
        for v in x {
            let d = v - mean
            m2 += d * d; m3 += d * d * d; m4 += d * d * d * d
        }
        let s2 = m2 / (n - 1)
        guard s2 > 0 else { return nil }
        let s = s2.squareRoot()
        let skew = n / ((n - 1) * (n - 2)) * m3 / (s * s * s)
        let kurt = n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * m4 / (s2 * s2) - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3))
        return (skew, kurt)
    }
}
