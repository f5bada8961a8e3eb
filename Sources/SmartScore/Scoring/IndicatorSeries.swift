import Foundation

/// One indicator's values for a city over more years than its index is computed for: the IPM of
/// 2010–2024 beside a cohort complete for 2019–2021. Each year's value is scored by the same fitted model
/// as the index (so a change is the city's, not the scale's) and placed by value among the cities with a
/// value that year.
public struct IndicatorSeries: Sendable {
    public struct Point: Sendable, Equatable {
        public let year: Int
        public let value: Double
        /// The indicator's score under the fitted model, 0–100; NaN when the model has no scale for it.
        public let score: Double
        /// The city's place by value among the cities with a value that year (1 = best in the indicator's
        /// direction; ties share the better place).
        public let rank: Int
        public let ranked: Int
    }

    public let indicator: Indicator
    /// Ascending years.
    public let points: [Point]

    /// The change from the first year to the last, in the indicator's unit.
    public var change: Double { points.last!.value - points.first!.value }

    /// The fewest years that make a series worth showing.
    public static let minimumYears = 3

    /// The city's series, in the catalogue's order: the indicators with values in at least `minimumYears`
    /// years, some of them outside `indexYears` (the years of the index trend; a series that says no more
    /// than the trend's table is not repeated). `order` is the indicators' codes in the catalogue's order.
    public static func of(city code: String, results: [ScoreResult], indexYears: Set<Int>, order catalogueCodes: [String]) -> [IndicatorSeries] {
        var points: [String: [Point]] = [:]
        var indicators: [String: Indicator] = [:]
        var order: [String] = []
        for r in results.sorted(by: { $0.year < $1.year }) {
            guard let c = r.cityIndex(code: code) else { continue }
            for (i, indicator) in r.indicators.enumerated() {
                let value = r.input.values[c, i]
                guard !value.isNaN else { continue }
                let score = r.indicatorScores[c, i]
                // Placed by value, in the indicator's better direction: a score stops at 100 at the goalpost,
                // so many regions would share the first place that the values still tell apart.
                let higherBetter = indicator.polarity != .lowerBetter
                var better = 0, ranked = 0
                for k in r.cities.indices {
                    let other = r.input.values[k, i]
                    guard !other.isNaN else { continue }
                    ranked += 1
                    if higherBetter ? other > value : other < value { better += 1 }
                }
                if indicators[indicator.code] == nil { indicators[indicator.code] = indicator; order.append(indicator.code) }
                points[indicator.code, default: []].append(Point(year: r.year, value: value, score: score, rank: better + 1, ranked: ranked))
            }
        }
        let position = Dictionary(catalogueCodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return order.sorted { (position[$0] ?? .max, $0) < (position[$1] ?? .max, $1) }.compactMap { code in
            let series = points[code]!
            guard series.count >= minimumYears, series.contains(where: { !indexYears.contains($0.year) }) else { return nil }
            return IndicatorSeries(indicator: indicators[code]!, points: series)
        }
    }
}
