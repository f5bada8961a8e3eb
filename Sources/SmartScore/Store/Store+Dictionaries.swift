import GRDB

/// The store's ids of a batch's cities, indicators and sources: what an observation row holds since
/// migration "v2". Index-aligned with the batch's `cities`, `indicatorCodes` and `sources`.
struct BatchIDs {
    let cities: [Int64]
    let indicators: [Int64]
    let sources: [Int64]

    /// The source id of a batch's source index, -1 (NULL) for a row that names no source.
    func source(_ index: Int32) -> Int64 { index < 0 ? -1 : sources[Int(index)] }
}

extension Store {
    /// The ids of `texts` in a dictionary table (`indicator` by code, `source` by name), adding those not
    /// there yet in byte order of their text, so that ids follow the codes as the store's readers order them.
    static func dictionaryIDs(_ db: Database, table: DictionaryTable, _ texts: [String]) throws -> [Int64] {
        var ids = [Int64](repeating: 0, count: texts.count)
        var missing: [Int] = []
        let find = try db.cachedStatement(sql: "SELECT id FROM \(table.rawValue) WHERE \(table.column) = ?")
        for (k, text) in texts.enumerated() {
            if let id = try Int64.fetchOne(find, arguments: [text]) { ids[k] = id } else { missing.append(k) }
        }
        missing.sort { texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8) }
        let insert = try db.cachedStatement(sql: "INSERT INTO \(table.rawValue) (\(table.column)) VALUES (?)")
        for k in missing {
            try insert.execute(arguments: [texts[k]])
            ids[k] = db.lastInsertedRowID
        }
        return ids
    }

    /// The tables that name a text once for every observation that uses it.
    enum DictionaryTable: String {
        case indicator, source
        var column: String { self == .indicator ? "code" : "name" }
    }
}
