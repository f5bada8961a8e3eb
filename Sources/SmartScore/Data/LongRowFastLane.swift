/// The reader's fast lane for a long file: a plain row (`PlainRow`) that repeats, byte for byte, the region
/// cells, the year cell and the source cell of the rows just read, and names an indicator cell already found
/// in the catalogue, needs none of the checks those cells passed: only its value is new. The lane reads that
/// value from bytes (`PlainDecimal`), checks it against the indicator's range and the duplicate keys, and
/// appends it — exactly what `ObservationFileReader.readRow` would do for the row, without a `String`.
///
/// Whenever it is unsure (a new region, another year, an empty or unusual value, a value out of range, a
/// duplicate, a ragged row) it declines, and the row goes the field-by-field way, which reports any problem
/// with its line and column. What the lane knows comes from that path's own memo (`RowMemo`) and its last
/// accepted region (`ReadState.previousCity`), read again after every row that path reads.
struct LongRowFastLane {
    private let width: Int
    /// The region's columns in `RowMemo.cityColumns` order (code, name, province, type).
    private let cityColumns: [Int]
    private let yearColumn: Int
    private let fixedYear: Int?
    private let indicatorColumn: Int
    private let valueColumn: Int
    private let sourceColumn: Int?
    private let decimalMark: UInt8
    /// Per catalogue position, the smallest and largest value the row-by-row path accepts (the indicator's
    /// valid range within ±1e15), and the indicator's code.
    private let lowest: [Double]
    private let highest: [Double]
    private let codes: [String]
    private let catalogue: Catalogue

    /// What the row-by-row path last proved: the region cells (bytes, one after another, with each cell's
    /// end), the region's batch index and duplicate key, the year cell and year.
    private var cityBytes: [UInt8] = []
    private var cityEnds: [Int] = []
    private var city: (index: Int32, key: Int32)?
    private var yearCell: [UInt8]?
    private var year = 0
    /// Source cells the row-by-row path interned (its memo holds only the last): a file that alternates
    /// two sources row by row ("BPS 2021", "OPD") stays in the lane.
    private var sources = ByteKeyTable()
    private var indicators = ByteKeyTable()
    private var current = false

    /// The lane for a plan, or nil when the file is not a long CSV read by code (a workbook, a mapping file,
    /// a wide file, names without codes, unnamed columns: the field-by-field path reads those).
    init?(plan: ColumnPlan, dialect: CSVDialect, memo: RowMemo, catalogue: Catalogue, rules: [ValueRule]) {
        guard plan.layout == .long, plan.mapping == nil, plan.unnamedColumns.isEmpty, plan.cityCode != nil,
              let indicator = plan.indicator, let value = plan.value, plan.year != nil || plan.fixedYear != nil else { return nil }
        width = plan.width
        cityColumns = memo.cityColumns
        yearColumn = plan.year ?? -1
        fixedYear = plan.fixedYear
        indicatorColumn = indicator
        valueColumn = value
        sourceColumn = plan.source
        decimalMark = dialect.decimal == .comma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        lowest = rules.map { max(-1e15, $0.min ?? -1e15) }
        highest = rules.map { min(1e15, $0.max ?? 1e15) }
        codes = rules.map(\.code)
        self.catalogue = catalogue
    }

    /// The field-by-field path read a row: what the lane knows is read again before its next row.
    mutating func forget() { current = false }

    private mutating func learn(from state: ReadState) {
        current = true
        city = nil
        cityBytes.removeAll(keepingCapacity: true)
        cityEnds.removeAll(keepingCapacity: true)
        let memo = state.memo
        if let accepted = memo.acceptedCity, memo.acceptedCityCells.count == cityColumns.count, !accepted.code.isEmpty,
           accepted.code == state.previousCity.code, accepted.name == state.previousCity.name {
            for cell in memo.acceptedCityCells {
                cityBytes.append(contentsOf: cell.utf8)
                cityEnds.append(cityBytes.count)
            }
            city = (state.previousCity.index, state.previousCity.key)
        }
        if fixedYear == nil, let known = memo.yearCell {
            yearCell = Array(known.raw.utf8)
            year = known.year
        } else {
            yearCell = nil
        }
        // A source cell's index is a function of its text (`ObservationBatch.internSource` of the cell as
        // `CellText.text` reads it): once learnt, it holds for the rest of the file.
        if sourceColumn != nil, let known = memo.sourceCell, sources.count < Self.sourceCellLimit {
            let bytes = Array(known.raw.utf8)
            bytes.withUnsafeBufferPointer { if sources.value(for: $0) == nil { sources.insert($0, value: Int(known.index)) } }
        }
    }

    /// Beyond this many distinct source cells (a file with a note per row in its source column), no more
    /// are learnt.
    static let sourceCellLimit = 1_000

    /// Takes the row (and returns true) when it is certain of the outcome; else leaves it to the caller.
    mutating func take(_ row: PlainRow, state: inout ReadState) -> Bool {
        guard row.fieldCount == width else { return false }
        if !current { learn(from: state) }
        guard let city, sameRegion(row) else { return false }
        let rowYear: Int
        if let fixedYear {
            rowYear = fixedYear
        } else {
            guard let yearCell, yearCell.withUnsafeBufferPointer({ ByteKeyTable.equal(row.field(yearColumn), $0) }) else { return false }
            rowYear = year
        }
        // The source: known, or new and to be interned once the row is certain to be taken (interning adds
        // to the batch, which a row left to the other path must not have touched).
        var source: Int32 = -1
        var newSource: UnsafeBufferPointer<UInt8>?
        if let sourceColumn {
            let cell = row.field(sourceColumn)
            if let known = sources.value(for: cell) {
                source = Int32(known)
            } else if sources.count < Self.sourceCellLimit, let first = cell.first, let last = cell.last,
                      first != 0x20, first != UInt8(ascii: "'"), last != 0x20 {
                // A printable ASCII cell that neither starts nor ends with a space nor starts with a quote is
                // its own text (`CellText.text` changes nothing): interned as the row-by-row path would.
                newSource = cell
            } else {
                return false
            }
        }
        // (No source column and no mapping: every row's source is none, -1.)
        let indicatorBytes = row.field(indicatorColumn)
        let position: Int
        if let known = indicators.value(for: indicatorBytes) {
            position = known
        } else if indicators.count < RowMemo.indicatorCellLimit, let first = indicatorBytes.first, let last = indicatorBytes.last,
                  first != 0x20, last != 0x20, let known = catalogue.position(of: String(decoding: indicatorBytes, as: UTF8.self)) {
            // A printable ASCII cell without spaces at its ends is its own code (`CellText.key` changes nothing):
            // the row-by-row path would find it in the catalogue just so.
            indicators.insert(indicatorBytes, value: known)
            position = known
        } else {
            return false
        }
        guard position < codes.count, let value = PlainDecimal.parse(row.field(valueColumn), mark: decimalMark),
              value >= lowest[position], value <= highest[position] else { return false }
        // Last, as it records the key: a second value for the key is the other path's to report.
        guard state.seen.insertIfAbsent(DuplicateKey.pack(city: city.key, year: rowYear, indicator: position), line: Int32(row.line)) else {
            return false
        }
        state.dataRows += 1
        if let newSource {
            source = state.batch.internSource(String(decoding: newSource, as: UTF8.self))
            sources.insert(newSource, value: Int(source))
        }
        var indicator = state.memo.batchIndicator[position]
        if indicator < 0 {
            indicator = state.batch.internIndicator(codes[position])
            state.memo.batchIndicator[position] = indicator
        }
        state.batch.append(city: city.index, indicator: indicator, year: rowYear, value: value, source: source,
                           line: row.line, column: valueColumn + 1)
        return true
    }

    /// Whether the row's region cells are, byte for byte, those of the region last accepted.
    private func sameRegion(_ row: PlainRow) -> Bool {
        cityBytes.withUnsafeBufferPointer { known in
            var start = 0
            for k in 0 ..< cityColumns.count {
                let end = cityEnds[k]
                guard ByteKeyTable.equal(row.field(cityColumns[k]), UnsafeBufferPointer(rebasing: known[start ..< end])) else { return false }
                start = end
            }
            return true
        }
    }
}
