import Foundation

/// Turns raw values (cities × indicators, NaN missing) into scores, column by column, as
/// `Scoring/README.md` §2 defines. Higher is always better after normalisation. The scale of each
/// column is an `IndicatorScale`: fitted on a reference cohort, then applied to any cohort.
public enum Normaliser {
    /// The scales of every column, fitted on `values` (the reference cohort).
    public static func fit(_ values: Matrix, indicators: [Indicator], method: ScoringMethod.Normalisation,
                           winsorise: Bool = false) -> [IndicatorScale] {
        indicators.enumerated().map { j, indicator in
            IndicatorScale.fit(values.column(j), indicator: indicator, method: method, winsorise: winsorise)
        }
    }

    /// `values` scored on `scales` (one per column).
    public static func apply(_ scales: [IndicatorScale], to values: Matrix) -> Matrix {
        var out = Matrix(rows: values.rows, columns: values.columns, repeating: .nan)
        for (j, scale) in scales.enumerated() {
            let base = j * values.rows
            for i in 0..<values.rows { out.storage[base + i] = scale.score(values.storage[base + i]) }
        }
        return out
    }

    /// Scores of a cohort normalised on itself (the sensitivity runs' variants).
    public static func normalise(_ values: Matrix, indicators: [Indicator], method: ScoringMethod.Normalisation,
                                 winsorise: Bool = false) -> Matrix {
        apply(fit(values, indicators: indicators, method: method, winsorise: winsorise), to: values)
    }

    /// One column normalised on itself.
    static func normaliseColumn(_ x: [Double], indicator: Indicator, method: ScoringMethod.Normalisation) -> [Double] {
        let scale = IndicatorScale.fit(x, indicator: indicator, method: method, winsorise: false)
        return x.map(scale.score)
    }
}
