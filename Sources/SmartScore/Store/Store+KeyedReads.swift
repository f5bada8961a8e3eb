import Dispatch
import GRDB

/// A dataset's observations from the integer-keyed store (migration "v2"), in the order v1 gave them: city
/// code, year, indicator code, codes in byte order (SQLite's BINARY collation). The rows are read in the
/// table's own order (ids) as integers, the few cities, indicators and sources once, and the rows then put in
/// code order in memory (`rowsInKeyOrder`: a counting pass by city; ids follow the codes unless codes came in
/// later imports, and then only those cities' rows are sorted). An `ORDER BY` on the joined codes would have
/// SQLite sort every row by three fields, two of them text. When the ids do follow the codes, the rows go
/// straight into the batch, and a large dataset is read in two halves at once, on two connections.
extension Store {
    /// A dataset this large (by its imports' row counts) is read in two halves at once, on two connections.
    static let rowsReadInHalves = 200_000

    /// `direct: false` takes the reordering path even when the ids follow the codes, and `secondReader: nil`
    /// reads in one piece (for the tests that hold every path to the same batch).
    static func keyedObservations(_ db: Database, datasetID: Int64, year: Int?, direct: Bool = true,
                                  secondReader: DatabasePool? = nil, halvesFrom: Int = rowsReadInHalves) throws -> ObservationBatch {
        let tables = try StoreTables(db)
        let cityRank = ObservationBatch.byteOrderRanks(tables.cities.items.map(\.code))
        let indicatorRank = ObservationBatch.byteOrderRanks(tables.indicators.items)
        // A capacity to reserve: the rows the dataset's imports stored (more than it holds when a merge replaced rows).
        let stored = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(observations), 0) FROM import_log WHERE dataset_id = ?",
                                      arguments: [datasetID]) ?? 0
        let capacity = year == nil ? min(stored, 1 << 28) : 0

        // The table gives a dataset's rows by (city id, year, indicator id). When the ids follow the codes' byte
        // order (every code came in one import, the common case), that is already the order wanted: the rows go
        // straight into the batch, without the reordering below (a village dataset: 7 M rows).
        func isIdentity(_ ranks: [Int32]) -> Bool { ranks.indices.allSatisfy { ranks[$0] == Int32($0) } }
        guard direct && isIdentity(cityRank) && isIdentity(indicatorRank) else {
            var rows = DatasetRows(capacity: capacity)
            try rows.scan(try scanStatement(db, datasetID: datasetID, year: year, cities: .all), tables)
            let order = ObservationBatch.rowsInKeyOrder(count: rows.values.count, cityCount: tables.cities.items.count,
                                                        city: { cityRank[Int(rows.cities[$0])] }, year: { rows.years[$0] },
                                                        indicator: { indicatorRank[Int(rows.indicators[$0])] })
            var batch = ObservationBatch(withoutPlaces: ())
            batch.reserveCapacity(order.count)
            var interned = Interning(tables)
            for row in order { interned.append(row: Int(row), of: rows, to: &batch) }
            return batch
        }

        // Two halves at once: the cities below the middle id here, the rest on a second connection, on another
        // thread. The second half is used only when both connections saw the store in the same state (the same
        // `WriteMark`); otherwise the dataset is read again here, in one piece. A store without the write count
        // (before "v3", opened read-only) is read in one piece.
        var second: (from: Int64, read: BackgroundRead<(WriteMark?, DatasetRows)>)?
        if let secondReader, capacity >= halvesFrom, try WriteMark(db) != nil,
           // Each bound on its own: SQLite finds a lone MIN or MAX on the key's edge, but scans every row for both at once.
           let bounds = try Row.fetchOne(db, sql: """
               SELECT (SELECT MIN(city_id) FROM observation WHERE dataset_id = ?1), (SELECT MAX(city_id) FROM observation WHERE dataset_id = ?1)
               """, arguments: [datasetID]),
           let low = bounds[0] as Int64?, let high = bounds[1] as Int64?, high > low {
            let middle = low + (high - low) / 2 + 1, half = capacity / 2
            second = (middle, BackgroundRead(secondReader) { db in
                // The mark first: the state this transaction sees (nil only if the count is gone).
                let mark = try WriteMark(db)
                var rows = DatasetRows(capacity: half)
                try rows.scan(try Store.scanStatement(db, datasetID: datasetID, year: year, cities: .from(middle)), tables)
                return (mark, rows)
            })
        }
        var batch = ObservationBatch(withoutPlaces: ())
        batch.reserveCapacity(capacity)
        var interned = Interning(tables)
        let firstHalf = try scanStatement(db, datasetID: datasetID, year: year, cities: second.map { .below($0.from) } ?? .all)
        while try firstHalf.step() { try interned.append(scanned: firstHalf, to: &batch) }
        if let second {
            // Another state of the store, or a failed read: the dataset once more, in one piece (which says a real error).
            guard case let .success((mark?, read)) = second.read.wait(), try mark == WriteMark(db) else {
                return try keyedObservations(db, datasetID: datasetID, year: year, direct: direct, secondReader: nil)
            }
            for row in 0 ..< read.values.count { interned.append(row: row, of: read, to: &batch) }
        }
        return batch
    }

    /// Which of a dataset's cities a scan reads, by id.
    enum CityIDs { case all, below(Int64), from(Int64) }

    static func scanStatement(_ db: Database, datasetID: Int64, year: Int?, cities: CityIDs) throws -> RawStatement {
        let bound: String
        switch cities {
        case .all: bound = ""
        case .below: bound = " AND city_id < ?3"
        case .from: bound = " AND city_id >= ?3"
        }
        let scan = try RawStatement(db, sql: """
            SELECT city_id, year, indicator_id, value, source_id FROM observation WHERE dataset_id = ?1\(bound)\(year == nil ? "" : " AND year = ?2")
            """)
        scan.bind(1, datasetID)
        if let year { scan.bind(2, Int64(year)) }
        switch cities {
        case .all: break
        case let .below(id), let .from(id): scan.bind(3, id)
        }
        return scan
    }
}

/// The store's cities, indicators and sources, each read whole once.
struct StoreTables: Sendable {
    let cities: IDTable<CityRecord>
    let indicators: IDTable<String>
    let sources: IDTable<String>

    init(_ db: Database) throws {
        cities = try IDTable(db, sql: "SELECT id, code, name, province, type FROM city ORDER BY id") { row in
            CityRecord(code: row[1], name: row[2], province: row[3], type: row[4])
        }
        indicators = try IDTable(db, sql: "SELECT id, code FROM indicator ORDER BY id") { row in row[1] as String }
        sources = try IDTable(db, sql: "SELECT id, name FROM source") { row in row[1] as String }
    }

    /// The row a scan (`Store.scanStatement`) stands on, its ids as places in the tables (source -1: none).
    func places(ofScanned scan: RawStatement) throws -> (city: Int32, year: Int16, indicator: Int32, value: Double, source: Int32) {
        let source = scan.idOrNull(4)
        return (try cities.place(of: scan.int64(0)), Int16(clamping: scan.int64(1)), try indicators.place(of: scan.int64(2)),
                scan.double(3), source < 0 ? -1 : try sources.place(of: source))
    }
}

/// A dataset's rows as places in the store's tables, in the table's order.
struct DatasetRows: Sendable {
    var cities: [Int32] = [], years: [Int16] = [], indicators: [Int32] = [], values: [Double] = [], sources: [Int32] = []

    init(capacity: Int) {
        cities.reserveCapacity(capacity); years.reserveCapacity(capacity); indicators.reserveCapacity(capacity)
        values.reserveCapacity(capacity); sources.reserveCapacity(capacity)
    }

    mutating func scan(_ statement: RawStatement, _ tables: StoreTables) throws {
        while try statement.step() {
            let row = try tables.places(ofScanned: statement)
            cities.append(row.city); years.append(row.year); indicators.append(row.indicator)
            values.append(row.value); sources.append(row.source)
        }
    }
}

/// The batch's index of each city, indicator and source of the store's tables (by place), interned on first
/// sight: in order of first appearance, as adding the rows one by one in that order did.
struct Interning {
    private let tables: StoreTables
    private var cityIndex: [Int32], indicatorIndex: [Int32], sourceIndex: [Int32]

    init(_ tables: StoreTables) {
        self.tables = tables
        cityIndex = [Int32](repeating: -1, count: tables.cities.items.count)
        indicatorIndex = [Int32](repeating: -1, count: tables.indicators.items.count)
        // -2: not seen yet (a source named by the empty string is interned as no source, -1).
        sourceIndex = [Int32](repeating: -2, count: tables.sources.items.count)
    }

    /// Appends row `row` of rows read as places.
    mutating func append(row: Int, of rows: DatasetRows, to batch: inout ObservationBatch) {
        append(city: Int(rows.cities[row]), indicator: Int(rows.indicators[row]), year: rows.years[row], value: rows.values[row],
               source: Int(rows.sources[row]), to: &batch)
    }

    /// Appends the row a scan stands on.
    mutating func append(scanned scan: RawStatement, to batch: inout ObservationBatch) throws {
        let row = try tables.places(ofScanned: scan)
        append(city: Int(row.city), indicator: Int(row.indicator), year: row.year, value: row.value, source: Int(row.source), to: &batch)
    }

    private mutating func append(city: Int, indicator: Int, year: Int16, value: Double, source: Int, to batch: inout ObservationBatch) {
        if cityIndex[city] < 0 { cityIndex[city] = batch.internCity(tables.cities.items[city]) }
        if indicatorIndex[indicator] < 0 { indicatorIndex[indicator] = batch.internIndicator(tables.indicators.items[indicator]) }
        var sourceInBatch: Int32 = -1
        if source >= 0 {
            if sourceIndex[source] == -2 { sourceIndex[source] = batch.internSource(tables.sources.items[source]) }
            sourceInBatch = sourceIndex[source]
        }
        batch.append(city: cityIndex[city], indicator: indicatorIndex[indicator], year: Int(year), value: value, source: sourceInBatch)
    }
}

/// A table of `id → item` read whole (cities, indicators or sources), with each id's place in `items`:
/// an array indexed by id when the ids are dense (INTEGER PRIMARY KEY from 1: always, but for rows deleted),
/// a dictionary otherwise.
struct IDTable<Item> {
    private(set) var items: [Item] = []
    private var denseIndex: [Int32] = []
    private var sparseIndex: [Int64: Int32] = [:]

    init(_ db: Database, sql: String, item: (Row) throws -> Item) throws {
        var ids: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            ids.append(row[0])
            items.append(try item(row))
        }
        let largest = ids.max() ?? 0
        if largest >= 0 && largest <= Int64(4 * ids.count + 1024) {
            denseIndex = [Int32](repeating: -1, count: Int(largest) + 1)
            for (place, id) in ids.enumerated() where id >= 0 { denseIndex[Int(id)] = Int32(place) }
        }
        // Negative ids (never given by the store) or sparse ones.
        if denseIndex.isEmpty || ids.contains(where: { $0 < 0 }) {
            for (place, id) in ids.enumerated() { sparseIndex[id] = Int32(place) }
        }
    }

    /// The place of `id` in `items`; an id the table lacks is a damaged store.
    func place(of id: Int64) throws -> Int32 {
        if id >= 0 && id < denseIndex.count {
            let place = denseIndex[Int(id)]
            if place >= 0 { return place }
        }
        if let place = sparseIndex[id] { return place }
        throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "an observation names an id its table lacks (\(id))")
    }
}

extension IDTable: Sendable where Item: Sendable {}
