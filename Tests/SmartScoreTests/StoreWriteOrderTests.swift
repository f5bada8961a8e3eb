import Foundation
import GRDB
import Testing
@testable import SmartScore

/// Issue 20, the store: an import writes its rows in primary-key order through SQLite's C API. What the
/// user sees must not change: the stored rows, the counts, every conflict at its file and line in file order,
/// a refusal by SQLite at the very row refused; and storing tells its progress.
@Suite("Store write order: rows stored in key order, conflicts still in file order, progress told")
struct StoreWriteOrderTests {
    typealias Folder = StoreSafetyTests.Folder

    static func importing(_ files: [String], into store: String, replace: Bool = false,
                          storing: (@Sendable (Int, Int) -> Void)? = nil) throws -> ImportOutcome {
        try AppTests.workspace.importFiles(files, csv: CSVSpec(), storePath: store, dataset: "d", replace: replace, dryRun: false,
                                           storing: storing)
    }

    /// Every stored observation as "city year indicator value source", in key order.
    static func stored(_ store: String) throws -> [String] {
        try DatabaseQueue(path: store).read { db in
            // Since migration "v2" the rows hold ids: joined back to their codes.
            try Row.fetchAll(db, sql: """
                SELECT c.code, o.year, i.code, o.value, s.name FROM observation o JOIN city c ON c.id = o.city_id
                JOIN indicator i ON i.id = o.indicator_id LEFT JOIN source s ON s.id = o.source_id ORDER BY 1, 2, 3
                """).map { row in
                let source: String? = row[4]
                return "\(row[0] as String) \(row[1] as Int) \(row[2] as String) \(row[3] as Double) \(source ?? "-")"
            }
        }
    }

    @Test("rows are ordered by city, year and indicator, codes compared byte by byte (37120:5.10 before 37120:5.2)")
    func keyOrderByHand() {
        var batch = ObservationBatch()
        let satu = CityRecord(code: "99.91", name: "Kota Satu"), dua = CityRecord(code: "11.01", name: "Kab Dua")
        // row: 0 satu 2021 5.9 · 1 satu 2021 5.10 · 2 dua 2022 5.2 · 3 dua 2021 5.9 · 4 satu 2020 5.2 · 5 dua 2021 5.10
        batch.add(city: satu, indicator: "37120:5.9", year: 2021, value: 1)
        batch.add(city: satu, indicator: "37120:5.10", year: 2021, value: 2)
        batch.add(city: dua, indicator: "37120:5.2", year: 2022, value: 3)
        batch.add(city: dua, indicator: "37120:5.9", year: 2021, value: 4)
        batch.add(city: satu, indicator: "37120:5.2", year: 2020, value: 5)
        batch.add(city: dua, indicator: "37120:5.10", year: 2021, value: 6)
        // 11.01: 2021 5.10 (5), 2021 5.9 (3), 2022 5.2 (2); 99.91: 2020 5.2 (4), 2021 5.10 (1), 2021 5.9 (0).
        #expect(batch.rowsInKeyOrder() == [5, 3, 2, 4, 1, 0])
    }

    @Test("ranks follow UTF-8 bytes, as SQLite's BINARY collation: upper case first, a decomposed é before the composed one")
    func byteOrderIsNotSwiftOrder() {
        let ranks = ObservationBatch.byteOrderRanks(["b", "a", "B", "\u{E9}", "e\u{301}"])
        // B (42) · a (61) · b (62) · e+U+0301 (65 CC 81) · é (C3 A9); Swift's < calls the last two equal.
        #expect(ranks == [2, 1, 0, 4, 3])
    }

    @Test("a file out of key order is stored whole; a second import counts new, unchanged and conflicting rows, conflicts by line")
    func secondImportKeepsFileOrderForConflicts() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        let first = try f.csv("a.csv", ["99.92,Kota Dua,2021,37120:5.1,1.5",
                                        "99.91,Kota Satu,2021,37120:5.2,2.5",
                                        "99.91,Kota Satu,2020,37120:5.1,3.5",
                                        "99.91,Kota Satu,2021,37120:5.1,4.5"])
        #expect(try Self.importing([first], into: store).files[0].inserted == 4)
        #expect(try Self.stored(store) == ["99.91 2020 37120:5.1 3.5 -", "99.91 2021 37120:5.1 4.5 -", "99.91 2021 37120:5.2 2.5 -",
                                           "99.92 2021 37120:5.1 1.5 -"])
        // Lines 2 and 5 conflict (their keys sort last and first), line 3 is new, line 4 the same.
        let second = try f.csv("b.csv", ["99.92,Kota Dua,2021,37120:5.1,9.5",
                                         "99.92,Kota Dua,2020,37120:5.1,7.5",
                                         "99.91,Kota Satu,2021,37120:5.2,2.5",
                                         "99.91,Kota Satu,2020,37120:5.1,8.5"])
        do {
            _ = try Self.importing([second], into: store)
            Issue.record("two values that differ from the stored ones must be refused")
        } catch let errors as InputErrors {
            #expect(errors.errors.map { $0.location?.line } == [2, 5])
            #expect(errors.errors.map(\.code) == [TextKey.storeValueConflict.rawValue, TextKey.storeValueConflict.rawValue])
            #expect(errors.errors[0].rendered(language: .en).contains("9.5") && errors.errors[0].rendered(language: .en).contains("1.5"))
        }
        #expect(try Self.stored(store).count == 4)
        let replaced = try Self.importing([second], into: store, replace: true).files[0]
        #expect((replaced.inserted, replaced.replaced, replaced.unchanged) == (1, 2, 1))
        #expect(try Self.stored(store) == ["99.91 2020 37120:5.1 8.5 -", "99.91 2021 37120:5.1 4.5 -", "99.91 2021 37120:5.2 2.5 -",
                                           "99.92 2020 37120:5.1 7.5 -", "99.92 2021 37120:5.1 9.5 -"])
    }

    @Test("a row SQLite refuses is named by its own line, and nothing is written")
    func refusalNamesTheRow() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        _ = try Self.importing([try f.csv("a.csv", ["99.91,Kota Satu,2021,37120:5.1,4.5"])], into: store)
        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON observation WHEN NEW.year = 2019 BEGIN SELECT RAISE(ABORT, 'no 2019'); END")
        }
        let counts = try Store(path: store, readOnly: true).tableCounts()
        // Into an empty dataset (the bulk insert) and into one with values (the merge): line 4 both times.
        for dataset in ["fresh", "d"] {
            let file = try f.csv("b-\(dataset).csv", ["99.91,Kota Satu,2022,37120:5.1,1", "99.91,Kota Satu,2020,37120:5.1,2",
                                                      "99.91,Kota Satu,2019,37120:5.1,3", "99.91,Kota Satu,2018,37120:5.1,4"])
            do {
                _ = try AppTests.workspace.importFiles([file], csv: CSVSpec(), storePath: store, dataset: dataset, replace: false, dryRun: false)
                Issue.record("the trigger must refuse the import")
            } catch let error as InputError {
                #expect(error.code == TextKey.storeImportRefused.rawValue)
                #expect(error.location?.file == file && error.location?.line == 4)
                #expect(error.rendered(language: .en).contains("no 2019"))
            }
        }
        #expect(try Store(path: store, readOnly: true).tableCounts() == counts)
    }

    @Test("storing tells the rows stored every 4,096 rows and at the end")
    func progressIsTold() throws {
        let f = try Folder()
        // 45 cities × 111 years = 4,995 rows.
        var rows: [String] = []
        for city in 1...45 {
            for year in ObservationYears.admitted {
                rows.append(String(format: "99.%02d,Kota %d,%d,37120:5.1,4.5", city, city, year))
            }
        }
        let told = Told()
        let outcome = try Self.importing([try f.csv("a.csv", rows)], into: f.path("s.sqlite"), storing: { told.add($0, $1) })
        #expect(outcome.files[0].inserted == 4_995)
        #expect(told.calls.map { [$0.0, $0.1] } == [[4_096, 4_995], [4_995, 4_995]])
    }

    /// The progress calls, from whichever thread the store writes on.
    final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [(Int, Int)] = []
        func add(_ done: Int, _ total: Int) { lock.lock(); list.append((done, total)); lock.unlock() }
        var calls: [(Int, Int)] { lock.lock(); defer { lock.unlock() }; return list }
    }
}
