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
        let years = batch.distinctYears
        guard let chosen = year ?? years.last else {
            throw InputError("the data holds no values", hint: "check the file or dataset")
        }
        guard years.contains(chosen) else {
            throw InputError("the data has no values for \(chosen)", at: SourceLocation(flag: "--year"),
                             hint: "its years are \(years.map(String.init).joined(separator: ", "))")
        }
        // Columns: scored catalogue indicators present this year, in catalogue order.
        var present = Set<Int32>()
        var cityRows = Set<Int32>()
        for row in 0..<batch.count where Int(batch.years[row]) == chosen {
            present.insert(batch.indicatorIndex[row])
            cityRows.insert(batch.cityIndex[row])
        }
        let presentCodes = Set(present.map { batch.indicatorCodes[Int($0)] })
        let indicators = catalogue.indicators.filter { $0.isScored && presentCodes.contains($0.code) }
        var column: [String: Int] = [:]
        for (j, indicator) in indicators.enumerated() { column[indicator.code] = j }
        let cityIndices = cityRows.sorted { batch.cities[Int($0)].code < batch.cities[Int($1)].code }
        var rowOf: [Int32: Int] = [:]
        for (r, c) in cityIndices.enumerated() { rowOf[c] = r }
        var values = Matrix(rows: cityIndices.count, columns: indicators.count, repeating: .nan)
        for row in 0..<batch.count where Int(batch.years[row]) == chosen {
            guard let j = column[batch.indicatorCodes[Int(batch.indicatorIndex[row])]], let r = rowOf[batch.cityIndex[row]] else { continue }
            values[r, j] = batch.values[row]
        }
        return IndicatorMatrix(year: chosen, cities: cityIndices.map { batch.cities[Int($0)] }, indicators: indicators, values: values)
    }
}
