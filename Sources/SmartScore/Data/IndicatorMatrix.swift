import Foundation

/// The raw values of one year as a matrix: cities (rows, by region code) × in-scope indicators
/// (columns, in catalogue order), NaN where a value is missing. The input of the scoring engine.
public struct IndicatorMatrix: Sendable {
    public let year: Int
    public let cities: [CityRecord]
    /// The scored catalogue indicators with a value for at least one city (design.md: "in scope").
    public let indicators: [Indicator]
    public let values: Matrix

    public init(year: Int, cities: [CityRecord], indicators: [Indicator], values: Matrix) {
        precondition(values.rows == cities.count && values.columns == indicators.count)
        self.year = year
        self.cities = cities
        self.indicators = indicators
        self.values = values
    }

    /// The matrix for `year` (default: the latest year in the batch). Values of indicators that are
    /// not scored (profile, neutral) are kept in the batch but not in the matrix.
    public static func build(from batch: ObservationBatch, catalogue: Catalogue, year: Int? = nil) throws -> IndicatorMatrix {
        try IndicatorPanel(batch: batch, catalogue: catalogue).matrix(year: year)
    }
}
