import Foundation

/// The observations as a panel: years × cities × indicators, keyed by region code and indicator code,
/// built in one pass. Each year's cohort (`matrix(year:)`) is what a model is fitted on or applied to;
/// `value(year:city:indicator:)` answers a single look-up.
public struct IndicatorPanel: Sendable {
    /// The data's years, ascending.
    public let years: [Int]
    /// Every city of the data, by region code.
    public let cities: [CityRecord]
    /// The scored catalogue indicators the data has values for (in any year), in catalogue order.
    public let indicators: [Indicator]
    /// Per year: cities × indicators, NaN where there is no value.
    let slices: [Int: Matrix]
    /// Per year: the rows of cities with any observation that year (scored or not), and the columns with a value.
    let citiesInYear: [Int: [Int]]
    let indicatorsInYear: [Int: [Int]]
    let rowOfCity: [String: Int]
    let columnOfIndicator: [String: Int]
    /// Per year, how many scored values it holds, and how many cities have one.
    let valueCounts: [Int: Int]
    let scoredCities: [Int: Int]

    public init(batch: ObservationBatch, catalogue: Catalogue) {
        let cityOrder = batch.cities.indices.sorted { batch.cities[$0].code < batch.cities[$1].code }
        var rowOfBatchCity = [Int](repeating: 0, count: batch.cities.count)
        for (row, k) in cityOrder.enumerated() { rowOfBatchCity[k] = row }
        let codes = Set(batch.indicatorCodes)
        let indicators = catalogue.indicators.filter { $0.isScored && codes.contains($0.code) }
        var columnOfIndicator: [String: Int] = [:]
        for (j, indicator) in indicators.enumerated() { columnOfIndicator[indicator.code] = j }
        // -1: an indicator the panel does not score (profile, neutral, or not in the catalogue).
        let columnOfBatchIndicator = batch.indicatorCodes.map { columnOfIndicator[$0] ?? -1 }

        let rows = batch.cities.count, columns = indicators.count
        // One pass over millions of observations: each year gets a small slot number on first sight, so that
        // the loop indexes arrays instead of hashing the year into four dictionaries per observation.
        var slotOfYear: [Int16: Int] = [:]
        var slotYears: [Int] = []
        var slotMatrices: [Matrix] = []
        var slotCityFlags: [[Bool]] = []
        var slotIndicatorFlags: [[Bool]] = []
        var slotValueCounts: [Int] = []
        var lastYear: Int16? = nil, lastSlot = -1
        for r in 0..<batch.count {
            let year = batch.years[r]
            let slot: Int
            if year == lastYear {
                slot = lastSlot
            } else if let known = slotOfYear[year] {
                slot = known
            } else {
                slot = slotYears.count
                slotOfYear[year] = slot
                slotYears.append(Int(year))
                slotMatrices.append(Matrix(rows: rows, columns: columns, repeating: .nan))
                slotCityFlags.append([Bool](repeating: false, count: rows))
                slotIndicatorFlags.append([Bool](repeating: false, count: columns))
                slotValueCounts.append(0)
            }
            (lastYear, lastSlot) = (year, slot)
            let row = rowOfBatchCity[Int(batch.cityIndex[r])]
            slotCityFlags[slot][row] = true
            let j = columnOfBatchIndicator[Int(batch.indicatorIndex[r])]
            guard j >= 0 else { continue }
            slotIndicatorFlags[slot][j] = true
            if slotMatrices[slot][row, j].isNaN { slotValueCounts[slot] += 1 }
            slotMatrices[slot][row, j] = batch.values[r]
        }
        var slices: [Int: Matrix] = [:]
        var cityFlags: [Int: [Bool]] = [:]
        var indicatorFlags: [Int: [Bool]] = [:]
        var valueCounts: [Int: Int] = [:]
        for (slot, year) in slotYears.enumerated() {
            slices[year] = slotMatrices[slot]
            cityFlags[year] = slotCityFlags[slot]
            indicatorFlags[year] = slotIndicatorFlags[slot]
            // As before: a year whose observations are all of unscored indicators has no count.
            if slotValueCounts[slot] > 0 { valueCounts[year] = slotValueCounts[slot] }
        }
        years = slices.keys.sorted()
        cities = cityOrder.map { batch.cities[$0] }
        self.indicators = indicators
        self.slices = slices
        citiesInYear = cityFlags.mapValues { flags in flags.indices.filter { flags[$0] } }
        indicatorsInYear = indicatorFlags.mapValues { flags in flags.indices.filter { flags[$0] } }
        var rowOfCity: [String: Int] = [:]
        for (row, city) in cities.enumerated() { rowOfCity[city.code] = row }
        self.rowOfCity = rowOfCity
        self.columnOfIndicator = columnOfIndicator
        self.valueCounts = valueCounts
        var scoredCities: [Int: Int] = [:]
        for (year, slice) in slices {
            scoredCities[year] = (0..<rows).reduce(0) { n, row in
                (0..<columns).contains { !slice[row, $0].isNaN } ? n + 1 : n
            }
        }
        self.scoredCities = scoredCities
    }

    /// The years an index is computed for by default: those holding at least half as many scored values,
    /// and at least half as many cities with a scored value, as the fullest year. A year with a few long
    /// series only (the IPM of 2024, when the other indicators stop at 2021) would give an index resting on
    /// a few indicators, and a year with a few cities only would rank those few; such years still show in a
    /// city's series over the years (`IndicatorSeries`), and `--year` still scores them when asked.
    public var scoringYears: [Int] {
        let counts = years.map { valueCounts[$0] ?? 0 }, cities = years.map { scoredCities[$0] ?? 0 }
        guard let most = counts.max(), most > 0, let widest = cities.max() else { return years }
        return years.indices.filter { 2 * counts[$0] >= most && 2 * cities[$0] >= widest }.map { years[$0] }
    }

    /// How many scored values, and how many cities with one, the year holds.
    public func size(ofYear year: Int) -> (values: Int, cities: Int) { (valueCounts[year] ?? 0, scoredCities[year] ?? 0) }

    /// The default scored year: the latest of `scoringYears`.
    public var latestYear: Int? { scoringYears.last ?? years.last }

    /// The year's cohort: the cities with any observation that year (by region code) × the scored
    /// indicators with a value that year (in catalogue order).
    public func matrix(year: Int) throws -> IndicatorMatrix {
        guard let slice = slices[year], let rows = citiesInYear[year], let columns = indicatorsInYear[year] else {
            throw InputError("the data has no values for \(year)", id: "data tidak punya nilai untuk \(year)",
                             at: SourceLocation(parameter: .year),
                             hint: "its years are \(years.map(String.init).joined(separator: ", "))",
                             hintID: "tahunnya: \(years.map(String.init).joined(separator: ", "))")
        }
        let values = rows.count == cities.count && columns.count == indicators.count
            ? slice : slice.selectingRows(rows).selectingColumns(columns)
        return IndicatorMatrix(year: year, cities: rows.map { cities[$0] }, indicators: columns.map { indicators[$0] }, values: values)
    }

    /// The latest year's cohort, or `year`'s.
    public func matrix(year: Int?) throws -> IndicatorMatrix {
        guard let chosen = year ?? latestYear else {
            throw InputError("the data holds no values", id: "data tidak memuat nilai", hint: "check the file or dataset",
                             hintID: "periksa berkas atau dataset")
        }
        return try matrix(year: chosen)
    }

    /// One value: nil when the city had none for the indicator that year.
    public func value(year: Int, city: String, indicator: String) -> Double? {
        guard let slice = slices[year], let row = rowOfCity[city], let column = columnOfIndicator[indicator] else { return nil }
        let x = slice[row, column]
        return x.isNaN ? nil : x
    }

    /// The years in which the city has any observation.
    public func years(of city: String) -> [Int] {
        guard let row = rowOfCity[city] else { return [] }
        return years.filter { citiesInYear[$0]?.contains(row) == true }
    }
}
