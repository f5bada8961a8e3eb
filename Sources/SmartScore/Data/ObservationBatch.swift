import Foundation

/// A city as the data names it: region code, name, and (when known) province and kind.
public struct CityRecord: Sendable, Equatable, Hashable, Codable {
    public var code: String
    public var name: String
    public var province: String?
    /// `kota` or `kabupaten` (or another word for other units, such as `desa` for villages).
    public var type: String?

    public init(code: String, name: String, province: String? = nil, type: String? = nil) {
        self.code = code
        self.name = name
        self.province = province
        self.type = type
    }
}

/// Observations in columns — one array per field, with cities, indicators and sources interned — so
/// that a million rows are a handful of arrays, not a million objects.
public struct ObservationBatch: Sendable {
    public private(set) var cities: [CityRecord] = []
    public private(set) var indicatorCodes: [String] = []
    public private(set) var sources: [String] = []
    public private(set) var cityIndex: [Int32] = []
    public private(set) var indicatorIndex: [Int32] = []
    public private(set) var years: [Int16] = []
    public private(set) var values: [Double] = []
    /// Index into `sources`, or -1 when the row names no source.
    public private(set) var sourceIndex: [Int32] = []
    /// The line of the file each observation came from (0 when it came from elsewhere). Empty in a batch
    /// that keeps no places (`init(withoutPlaces:)`): read through `line(atRow:)`.
    public private(set) var lines: [Int32] = []
    /// The 1-based column of each observation's cell (0 when it came from elsewhere): with the line, where a
    /// value given twice across files is (`data.xlsx:Sheet1:D17`). Read through `column(atRow:)`.
    public private(set) var columns: [Int32] = []
    /// Whether `lines` and `columns` are kept. A batch read from the store comes from no file: it keeps
    /// neither, rather than two arrays of zeros (a village dataset: 56 MB).
    private var keepsPlaces = true

    private var cityLookup: [String: Int32] = [:]
    private var indicatorLookup: [String: Int32] = [:]
    private var sourceLookup: [String: Int32] = [:]

    public init() {}

    /// A batch whose rows come from no file (the store's): every row's line and column is 0.
    init(withoutPlaces: Void) { keepsPlaces = false }

    /// The line of row `row`'s file (0: from elsewhere).
    public func line(atRow row: Int) -> Int { keepsPlaces ? Int(lines[row]) : 0 }
    /// The 1-based column of row `row`'s cell (0: from elsewhere).
    public func column(atRow row: Int) -> Int { keepsPlaces ? Int(columns[row]) : 0 }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    /// The distinct years, ascending.
    public var distinctYears: [Int] { Array(Set(years.map(Int.init))).sorted() }

    public func city(atRow row: Int) -> CityRecord { cities[Int(cityIndex[row])] }
    public func indicator(atRow row: Int) -> String { indicatorCodes[Int(indicatorIndex[row])] }
    public func source(atRow row: Int) -> String? { sourceIndex[row] < 0 ? nil : sources[Int(sourceIndex[row])] }

    /// The index of a city, adding it on first sight. A later sighting may fill a missing province/type.
    mutating func internCity(_ city: CityRecord) -> Int32 {
        if let i = cityLookup[city.code] {
            if cities[Int(i)].province == nil, let p = city.province { cities[Int(i)].province = p }
            if cities[Int(i)].type == nil, let t = city.type { cities[Int(i)].type = t }
            return i
        }
        let i = Int32(cities.count)
        cities.append(city)
        cityLookup[city.code] = i
        return i
    }

    public func cityIndex(ofCode code: String) -> Int? { cityLookup[code].map(Int.init) }

    mutating func internIndicator(_ code: String) -> Int32 {
        if let i = indicatorLookup[code] { return i }
        let i = Int32(indicatorCodes.count)
        indicatorCodes.append(code)
        indicatorLookup[code] = i
        return i
    }

    mutating func internSource(_ source: String?) -> Int32 {
        guard let source, !source.isEmpty else { return -1 }
        if let i = sourceLookup[source] { return i }
        let i = Int32(sources.count)
        sources.append(source)
        sourceLookup[source] = i
        return i
    }

    mutating func append(city: Int32, indicator: Int32, year: Int, value: Double, source: Int32, line: Int = 0, column: Int = 0) {
        if keepsPlaces {
            lines.append(Int32(clamping: line))
            columns.append(Int32(clamping: column))
        }
        cityIndex.append(city)
        indicatorIndex.append(indicator)
        // Readers admit 1990–2100 only; clamping keeps a library caller's odd year from trapping.
        years.append(Int16(clamping: year))
        values.append(value)
        sourceIndex.append(source)
    }

    public mutating func reserveCapacity(_ n: Int) {
        cityIndex.reserveCapacity(n); indicatorIndex.reserveCapacity(n); years.reserveCapacity(n)
        values.reserveCapacity(n); sourceIndex.reserveCapacity(n)
        if keepsPlaces { lines.reserveCapacity(n); columns.reserveCapacity(n) }
    }

    /// Adds one observation; for building batches in code (tests, the generator, the store's reader).
    public mutating func add(city: CityRecord, indicator: String, year: Int, value: Double, source: String? = nil) {
        append(city: internCity(city), indicator: internIndicator(indicator), year: year, value: value,
               source: internSource(source))
    }
}
