import GRDB

/// A dataset's observations from the integer-keyed store (migration "v2"), in the order v1 gave them: city
/// code, year, indicator code, codes in byte order (SQLite's BINARY collation). The rows are read in the
/// table's own order (ids) as integers, the few cities, indicators and sources once, and the rows then put in
/// code order in memory (`rowsInKeyOrder`: a counting pass by city; ids follow the codes unless codes came in
/// later imports, and then only those cities' rows are sorted). An `ORDER BY` on the joined codes would have
/// SQLite sort every row by three fields, two of them text.
extension Store {
    static func keyedObservations(_ db: Database, datasetID: Int64, year: Int?) throws -> ObservationBatch {
        let cities = try IDTable(db, sql: "SELECT id, code, name, province, type FROM city") { row in
            CityRecord(code: row[1], name: row[2], province: row[3], type: row[4])
        }
        let indicators = try IDTable(db, sql: "SELECT id, code FROM indicator") { row in row[1] as String }
        let sources = try IDTable(db, sql: "SELECT id, name FROM source") { row in row[1] as String }

        // The dataset's rows, as places in the three tables above.
        var cityOf: [Int32] = [], yearOf: [Int16] = [], indicatorOf: [Int32] = [], valueOf: [Double] = [], sourceOf: [Int32] = []
        let scan = try RawStatement(db, sql: """
            SELECT city_id, year, indicator_id, value, source_id FROM observation WHERE dataset_id = ?1\(year == nil ? "" : " AND year = ?2")
            """)
        scan.bind(1, datasetID)
        if let year { scan.bind(2, Int64(year)) }
        while try scan.step() {
            cityOf.append(try cities.place(of: scan.int64(0)))
            yearOf.append(Int16(clamping: scan.int64(1)))
            indicatorOf.append(try indicators.place(of: scan.int64(2)))
            valueOf.append(scan.double(3))
            let source = scan.idOrNull(4)
            sourceOf.append(source < 0 ? -1 : try sources.place(of: source))
        }

        let cityRank = ObservationBatch.byteOrderRanks(cities.items.map(\.code))
        let indicatorRank = ObservationBatch.byteOrderRanks(indicators.items)
        let order = ObservationBatch.rowsInKeyOrder(count: valueOf.count, cityCount: cities.items.count,
                                                    city: { cityRank[Int(cityOf[$0])] }, year: { yearOf[$0] },
                                                    indicator: { indicatorRank[Int(indicatorOf[$0])] })
        // Interned in order of first appearance, as adding row by row in that order did.
        var batch = ObservationBatch()
        batch.reserveCapacity(order.count)
        var cityIndex = [Int32](repeating: -1, count: cities.items.count)
        var indicatorIndex = [Int32](repeating: -1, count: indicators.items.count)
        var sourceIndex = [Int32](repeating: -2, count: sources.items.count)
        for row in order.lazy.map(Int.init) {
            let city = Int(cityOf[row]), indicator = Int(indicatorOf[row]), source = Int(sourceOf[row])
            if cityIndex[city] < 0 { cityIndex[city] = batch.internCity(cities.items[city]) }
            if indicatorIndex[indicator] < 0 { indicatorIndex[indicator] = batch.internIndicator(indicators.items[indicator]) }
            var sourceInBatch: Int32 = -1
            if source >= 0 {
                if sourceIndex[source] == -2 { sourceIndex[source] = batch.internSource(sources.items[source]) }
                sourceInBatch = sourceIndex[source]
            }
            batch.append(city: cityIndex[city], indicator: indicatorIndex[indicator], year: Int(yearOf[row]),
                         value: valueOf[row], source: sourceInBatch)
        }
        return batch
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
