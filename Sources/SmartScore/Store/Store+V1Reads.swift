import GRDB

/// A dataset's observations from a store written by an older smartscore (migration "v1": codes as keys) and
/// opened read-only, which converts nothing: read as that smartscore read it. Any write converts the store.
extension Store {
    static func v1Observations(_ db: Database, datasetID: Int64, year: Int?) throws -> ObservationBatch {
        var batch = ObservationBatch()
        var sql = """
            SELECT o.city_code, c.name, c.province, c.type, o.year, o.indicator, o.value, o.source
            FROM observation o JOIN city c ON c.code = o.city_code WHERE o.dataset_id = ?
            """
        var arguments: StatementArguments = [datasetID]
        if let year { sql += " AND o.year = ?"; arguments += [year] }
        sql += " ORDER BY o.city_code, o.year, o.indicator"
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let r = try rows.next() {
            batch.add(city: CityRecord(code: r[0], name: r[1], province: r[2], type: r[3]),
                      indicator: r[5], year: r[4], value: r[6], source: r[7])
        }
        return batch
    }
}
