import Foundation

/// Where the values behind a scored cohort came from: how many in-scope values of the scored year were
/// used, by source, and the share that is synthetic (the demo cohort's seeded values), so that a ranking
/// built on made-up data cannot pass for a national result.
public struct ValueProvenance: Sendable, Codable, Equatable {
    public struct Source: Sendable, Codable, Equatable {
        /// The source column's text; "" for values whose row named none.
        public let source: String
        public let values: Int
        public let synthetic: Bool
    }

    /// In-scope values of the scored year's cities.
    public let values: Int
    /// Largest first, then by name.
    public let sources: [Source]

    /// The share of the values that is synthetic (0–1); 0 for no values.
    public var syntheticShare: Double {
        values == 0 ? 0 : Double(sources.filter(\.synthetic).reduce(0) { $0 + $1.values }) / Double(values)
    }

    /// A source counts as synthetic when it says so (the generator writes `synthetic seed N`).
    static func isSynthetic(_ source: String) -> Bool { source.lowercased().hasPrefix("synthetic") }

    /// Counts the batch's observations of `year` for the model's in-scope indicators and the scored cities.
    public init(batch: ObservationBatch, year: Int, indicators: [Indicator], cities: [CityRecord]) {
        let codes = Set(indicators.map(\.code)), cityCodes = Set(cities.map(\.code))
        let inScope = batch.indicatorCodes.map { codes.contains($0) }
        let scoredCity = batch.cities.map { cityCodes.contains($0.code) }
        var counts: [Int32: Int] = [:]
        var total = 0
        for row in 0..<batch.count where Int(batch.years[row]) == year
            && inScope[Int(batch.indicatorIndex[row])] && scoredCity[Int(batch.cityIndex[row])] {
            counts[batch.sourceIndex[row], default: 0] += 1
            total += 1
        }
        values = total
        sources = counts.map { index, n -> Source in
            let name = index < 0 ? "" : batch.sources[Int(index)]
            return Source(source: name, values: n, synthetic: Self.isSynthetic(name))
        }.sorted { $0.values != $1.values ? $0.values > $1.values : $0.source < $1.source }
    }
}
