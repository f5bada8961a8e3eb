import Foundation

/// What the observation reader remembers from row to row so that it does not redo, on every row, work
/// whose answer depends only on a cell's text.
///
/// A long CSV of 514 regions × 250 indicators is 130,000 rows but only a few thousand distinct cells: the
/// code, name, province and type of a region repeat on its 250 rows, the year on nearly all, the
/// indicator codes cycle through the catalogue and the sources through a handful of words. Every check of
/// such a cell (invisible characters, control characters, the region list, the province) is a pure function
/// of its text, so a cell that repeats byte for byte is answered from here. The CSV parser hands the same
/// `String` for a repeated cell (`RecordParser.lastFields`), which makes the comparisons below cheap.
///
/// Only CSV rows take these shortcuts: a workbook's cell also carries how it was stored (a number, a date),
/// which the text alone does not say.
struct RowMemo {
    /// The columns that name the region: code, name, province and type.
    private(set) var cityColumns: [Int] = []
    /// Every column whose cells the reader uses, and the same without the region's columns.
    private(set) var usedColumns: [Int] = []
    private(set) var usedColumnsBesidesCity: [Int] = []

    /// The region cells of the last row accepted, and the region they made. The same cells again are the
    /// same region, with every check of it already passed on that row: its type and code read, its name
    /// matched to the region list, its province checked (`provincesChecked` only grows).
    var acceptedCityCells: [String] = []
    var acceptedCity: CityRecord?

    /// The last year cell read as a valid year, and that year.
    var yearCell: (raw: String, year: Int)?
    /// Indicator cells already found in the catalogue: their catalogue position.
    var indicatorCells: [String: Int] = [:]
    /// The last source cell and its interned index in the batch.
    var sourceCell: (raw: String, index: Int32)?
    /// Per catalogue position, the indicator's index in the batch (-1: not yet interned).
    var batchIndicator: [Int32] = []
    /// The buffers of a row's values and duplicate keys, reused by the next row.
    var cellBuffer: [(indicator: Int, value: Double, column: Int)] = []
    var keyBuffer: [DuplicateKey] = []
    /// Beyond this many distinct indicator cells (a hostile file of random codes) no more are remembered.
    static let indicatorCellLimit = 10_000

    init() {}

    init(plan: ColumnPlan, indicatorCount: Int) {
        let city = [plan.cityCode, plan.cityName, plan.province, plan.type].compactMap { $0 }
        cityColumns = city
        usedColumns = plan.usedColumns
        usedColumnsBesidesCity = plan.usedColumns.filter { !city.contains($0) }
        batchIndicator = [Int32](repeating: -1, count: indicatorCount)
    }

    /// Whether `fields` name the region of the last accepted row, byte for byte.
    func repeatsAcceptedCity(_ fields: [String]) -> Bool {
        guard acceptedCity != nil, acceptedCityCells.count == cityColumns.count else { return false }
        for (k, column) in cityColumns.enumerated() where column >= fields.count || fields[column] != acceptedCityCells[k] {
            return false
        }
        return true
    }

    mutating func accept(_ fields: [String], city: CityRecord) {
        acceptedCityCells = cityColumns.map { $0 < fields.count ? fields[$0] : "" }
        acceptedCity = city
    }
}
