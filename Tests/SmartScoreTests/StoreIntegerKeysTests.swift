import Foundation
import GRDB
import Testing
@testable import SmartScore

/// Issue 20, the store keyed by integers (migration "v2"): a store written by the old schema is converted in
/// place with every value, source, dataset and import log entry kept, and read the same before and after;
/// a dry run converts nothing; many rows a statement still name the refused row; a merge city by city counts
/// what a lookup per row counted; a dataset reads in code order whatever order its ids were given in.
@Suite("Store integer keys: v1 stores converted in place, reads unchanged, chunked writes name their rows")
struct StoreIntegerKeysTests {
    typealias Folder = StoreSafetyTests.Folder

    static func importing(_ files: [String], into store: String, dataset: String = "d", replace: Bool = false,
                          dryRun: Bool = false) throws -> ImportOutcome {
        try AppTests.workspace.importFiles(files, csv: CSVSpec(), storePath: store, dataset: dataset, replace: replace, dryRun: dryRun)
    }

    /// A batch as lines "code name province type | year indicator value source", in its own order.
    static func lines(_ batch: ObservationBatch) -> [String] {
        (0..<batch.count).map { row in
            let city = batch.city(atRow: row)
            return "\(city.code) \(city.name) \(city.province ?? "-") \(city.type ?? "-") | \(batch.years[row]) "
                + "\(batch.indicator(atRow: row)) \(batch.values[row]) \(batch.source(atRow: row) ?? "-")"
        }
    }

    /// Everything a dataset shows: its rows in order, its cities, indicators and sources in the batch's order.
    static func shown(_ store: Store, _ dataset: String, year: Int? = nil) throws -> [String] {
        let batch = try store.observations(of: dataset, year: year)
        return lines(batch) + ["cities: " + batch.cities.map(\.code).joined(separator: " "),
                               "indicators: " + batch.indicatorCodes.joined(separator: " "),
                               "sources: " + batch.sources.joined(separator: " ")]
    }

    static func summaryLine(_ store: Store, _ dataset: String) throws -> String {
        let s = try store.summary(of: dataset)
        let imports = s.imports.map { "\($0.file) \($0.sha256) \($0.importedAt) \($0.rows) \($0.observations) \($0.replaced)" }
        return "\(s.name) \(s.createdAt) \(s.observations) \(s.cities) \(s.indicators) \(s.years) \(imports)"
    }

    /// A store as smartscore wrote it before migration "v2": the old schema, written out here as it was, with
    /// rows whose codes are out of byte order, a source-less row, an empty source, a city without province.
    static func writeV1Store(_ path: String) throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE dataset (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
                CREATE TABLE city (code TEXT PRIMARY KEY, name TEXT NOT NULL, province TEXT, type TEXT);
                CREATE TABLE observation (
                    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    city_code TEXT NOT NULL REFERENCES city(code),
                    year INTEGER NOT NULL,
                    indicator TEXT NOT NULL,
                    value REAL NOT NULL,
                    source TEXT,
                    PRIMARY KEY (dataset_id, city_code, year, indicator)
                ) WITHOUT ROWID;
                CREATE TABLE import_log (
                    id INTEGER PRIMARY KEY,
                    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    file TEXT NOT NULL, sha256 TEXT NOT NULL, imported_at TEXT NOT NULL,
                    rows INTEGER NOT NULL, observations INTEGER NOT NULL, replaced INTEGER NOT NULL
                );
                CREATE INDEX import_log_by_hash ON import_log(dataset_id, sha256);
                INSERT INTO dataset (id, name, created_at) VALUES (1, 'b', '2026-01-02T03:04:05Z'), (2, 'a', '2026-02-03T04:05:06Z');
                INSERT INTO city (code, name, province, type) VALUES
                    ('99.92', 'Kota Dua', 'Sulawesi Tengah', 'kota'), ('72.71', 'Kota Palu', 'Sulawesi Tengah', 'kota'),
                    ('99.91', 'Kabupaten Satu', NULL, NULL), ('11.01', 'Kabupaten Simeulue', 'Aceh', 'kabupaten');
                INSERT INTO observation (dataset_id, city_code, year, indicator, value, source) VALUES
                    (1, '99.92', 2021, '37120:15.9', 1.5, 'BPS 2021'),
                    (1, '99.92', 2021, '37120:15.10', 2.25, 'BPS 2021'),
                    (1, '99.92', 2020, '37120:15.9', -3, NULL),
                    (1, '72.71', 2021, 'local:E.1', 74.5, 'Dinas — survei'),
                    (1, '72.71', 2021, '37120:15.2', 0.1, ''),
                    (1, '99.91', 2019, '37120:15.10', 1e-300, 'BPS 2021'),
                    (2, '99.91', 2019, '37120:15.10', 7, 'lain'),
                    (2, '11.01', 2022, '37122:10.2', 12345.678, NULL);
                INSERT INTO import_log (dataset_id, file, sha256, imported_at, rows, observations, replaced) VALUES
                    (1, 'b.csv', 'abc123', '2026-01-02T03:04:05Z', 7, 6, 0),
                    (1, 'b2.csv', 'def456', '2026-01-03T03:04:05Z', 2, 0, 1),
                    (2, 'a.csv', '789abc', '2026-02-03T04:05:06Z', 2, 2, 0);
                """)
        }
        try migrator.migrate(DatabaseQueue(path: path))
    }

    /// Every row of the observation table as "dataset city year indicator value-bits source", sorted.
    static func storedRows(_ path: String, keyed: Bool) throws -> [String] {
        let sql = keyed ? """
            SELECT o.dataset_id, c.code, o.year, i.code, o.value, s.name FROM observation o JOIN city c ON c.id = o.city_id
            JOIN indicator i ON i.id = o.indicator_id LEFT JOIN source s ON s.id = o.source_id
            """ : "SELECT dataset_id, city_code, year, indicator, value, source FROM observation"
        return try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: sql).map { r in
                let value: Double = r[4]
                let source: String? = r[5]
                return "\(r[0] as Int64) \(r[1] as String) \(r[2] as Int64) \(r[3] as String) \(value.bitPattern) \(source.map { "'\($0)'" } ?? "NULL")"
            }.sorted()
        }
    }

    static func cityRows(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT code, name, province, type FROM city ORDER BY code").map { "\($0)" }
        }
    }

    @Test("a v1 store is converted in place: every row, source, city, dataset and import log entry kept, read as before")
    func v1StoreIsConvertedInPlace() throws {
        let f = try Folder()
        let path = f.path("old.sqlite")
        try Self.writeV1Store(path)
        let rowsBefore = try Self.storedRows(path, keyed: false)
        let citiesBefore = try Self.cityRows(path)
        #expect(rowsBefore.count == 8)
        // Read-only, the store is read as v1 and left as it is.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try Store(path: path, readOnly: true)
        let shownBefore = try ["a", "b"].map { try Self.shown(reader, $0) }
        let yearBefore = try Self.shown(reader, "b", year: 2021)
        let summariesBefore = try ["a", "b"].map { try Self.summaryLine(reader, $0) }
        #expect(try reader.datasetNames() == ["a", "b"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        // The v1 reader's order: city code, year, indicator code, bytes compared (37120:15.10 before 37120:15.9).
        #expect(shownBefore[1].prefix(3) == ["72.71 Kota Palu Sulawesi Tengah kota | 2021 37120:15.2 0.1 -",
                                             "72.71 Kota Palu Sulawesi Tengah kota | 2021 local:E.1 74.5 Dinas — survei",
                                             "99.91 Kabupaten Satu - - | 2019 37120:15.10 1e-300 BPS 2021"])

        // Opened for writing: converted.
        let store = try Store(path: path)
        #expect(store.keyed)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try Self.storedRows(path, keyed: true) == rowsBefore)
        #expect(try Self.cityRows(path) == citiesBefore)
        #expect(try ["a", "b"].map { try Self.shown(store, $0) } == shownBefore)
        #expect(try Self.shown(store, "b", year: 2021) == yearBefore)
        #expect(try ["a", "b"].map { try Self.summaryLine(store, $0) } == summariesBefore)
        #expect(try Store(path: path, readOnly: true).tableCounts() == ["dataset": 2, "city": 4, "observation": 8, "import_log": 3])
        let migrations = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY 1") }
        #expect(migrations == ["v1", "v2", "v3"])
        // The old tables' pages were given back (VACUUM after the conversion).
        #expect(try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA freelist_count") } == 0)
        // Ids were given in byte order of the codes.
        let indicators = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT code FROM indicator ORDER BY id") }
        #expect(indicators == ["37120:15.10", "37120:15.2", "37120:15.9", "37122:10.2", "local:E.1"])
        // And it takes imports as any store: a stored value, a new one.
        let file = try f.csv("c.csv", ["99.91,Kabupaten Satu,2021,37120:5.1,4.5", "72.71,Kota Palu,2021,37120:15.2,0.1"])
        let outcome = try Self.importing([file], into: path, dataset: "b")
        #expect((outcome.files[0].inserted, outcome.files[0].unchanged) == (1, 1))
    }

    /// The schema and every row of every table, for "nothing changed". (Not the file's bytes: GRDB makes and
    /// drops a table on every open for writing, to create the -wal file, which bumps the schema cookie.)
    static func everything(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            let schema = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            var rows: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table): \($0)" }.sorted()
            }
            return schema + rows
        }
    }

    @Test("a dry run into a v1 store reports what the import would and leaves the store v1, every table as it was")
    func dryRunConvertsNothing() throws {
        let f = try Folder()
        let path = f.path("old.sqlite")
        try Self.writeV1Store(path)
        let before = try Self.everything(path)
        let conflict = try f.csv("x.csv", ["99.92,Kota Dua,2021,37120:15.9,9.5"])
        let fine = try f.csv("y.csv", ["99.92,Kota Dua,2021,37120:15.9,1.5", "99.92,Kota Dua,2022,37120:15.9,2"])
        do {
            _ = try Self.importing([conflict], into: path, dataset: "b", dryRun: true)
            Issue.record("the stored value differs: the dry run must say so")
        } catch let errors as InputErrors {
            #expect(errors.errors.map(\.code) == [TextKey.storeValueConflict.rawValue])
            #expect(errors.errors[0].rendered(language: .en).contains("1.5"))
        }
        #expect(try Self.importing([fine], into: path, dataset: "b", dryRun: true).dryRun)
        #expect(try Self.everything(path) == before)
        #expect(try !Store(path: path, readOnly: true).keyed)
        #expect(before.contains { $0.contains("city_code TEXT NOT NULL REFERENCES city(code)") })
    }

    /// `count` rows of one indicator: 45 cities × the years from 1990, file order city by city.
    static func rows(_ count: Int, value: (Int) -> Double = { _ in 4.5 }) -> [String] {
        (0..<count).map { k in
            let city = k / 100 + 1, year = 1990 + k % 100
            return String(format: "99.%02d,Kota %d,%d,37120:5.1,", city, city, year) + JSONValue.format(value(k))
        }
    }

    @Test("a row refused inside a chunk of many rows is named by its own line, in a bulk insert and in a merge; nothing is written")
    func refusalInsideAChunkNamesTheRow() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        _ = try Self.importing([try f.csv("a.csv", ["99.99,Kota Lain,2021,37120:5.1,4.5"])], into: store)
        // Row 150 of 300 (line 152; in key order too, inside the third chunk of 64) is the one of 2040 in city 99.02.
        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON observation
                WHEN NEW.year = 2040 AND NEW.city_id = (SELECT id FROM city WHERE code = '99.02') BEGIN SELECT RAISE(ABORT, 'no 2040'); END
                """)
        }
        let counts = try Store(path: store, readOnly: true).tableCounts()
        let dictionaries = try Self.dictionaryCounts(store)
        for dataset in ["fresh", "d"] {
            let file = try f.csv("b-\(dataset).csv", Self.rows(300))
            do {
                _ = try Self.importing([file], into: store, dataset: dataset)
                Issue.record("the trigger must refuse the import")
            } catch let error as InputError {
                #expect(error.code == TextKey.storeImportRefused.rawValue)
                #expect(error.location?.file == file && error.location?.line == 152)
                #expect(error.rendered(language: .en).contains("no 2040"))
            }
        }
        #expect(try Store(path: store, readOnly: true).tableCounts() == counts)
        #expect(try Self.dictionaryCounts(store) == dictionaries)
    }

    static func dictionaryCounts(_ path: String) throws -> [Int] {
        try DatabaseQueue(path: path).read { db in
            try ["indicator", "source"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
    }

    @Test("a merge of many rows counts new, unchanged, replaced and conflicting rows as a lookup per row did, conflicts in file order")
    func mergeOfManyRows() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        // Every other row of 400 first; then all 400, a tenth of the stored ones with another value.
        let all = Self.rows(400) { k in k % 20 == 0 ? 9.5 : 4.5 }
        let first = try f.csv("a.csv", stride(from: 0, to: 400, by: 2).map { Self.rows(400)[$0] })
        #expect(try Self.importing([first], into: store).files[0].inserted == 200)
        let second = try f.csv("b.csv", all)
        do {
            _ = try Self.importing([second], into: store)
            Issue.record("20 stored values differ")
        } catch let errors as InputErrors {
            #expect(errors.errors.map { $0.location?.line } == stride(from: 0, to: 400, by: 20).map { $0 + 2 })
        }
        let merged = try Self.importing([second], into: store, replace: true).files[0]
        #expect((merged.inserted, merged.unchanged, merged.replaced) == (200, 180, 20))
        let read = try Store(path: store, readOnly: true).observations(of: "d")
        #expect(read.count == 400)
        #expect(Self.lines(read) == (0..<400).map { k in
            "99.\(String(format: "%02d", k / 100 + 1)) Kota \(k / 100 + 1) - - | \(1990 + k % 100) 37120:5.1 \(k % 20 == 0 ? 9.5 : 4.5) -"
        })
    }

    @Test("a dataset reads in code order when later imports gave ids out of code order; a deleted dataset takes its rows")
    func readOrderFollowsCodesNotIds() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        // 99.92 and 37120:15.9 get the first ids; 99.91, 99.01, 37120:15.10 and 37120:15.2 later ones.
        _ = try Self.importing([try f.csv("a.csv", ["99.92,Kota Dua,2021,37120:15.9,1"])], into: store, dataset: "one")
        _ = try Self.importing([try f.csv("b.csv", ["99.91,Kota Satu,2021,37120:15.10,2", "99.92,Kota Dua,2021,37120:15.2,3",
                                                    "99.01,Kota Nol,2020,37120:15.9,4", "99.92,Kota Dua,2020,37120:15.10,5"])],
                               into: store, dataset: "one")
        _ = try Self.importing([try f.csv("c.csv", ["99.93,Kota Tiga,2021,37120:15.9,6"])], into: store, dataset: "two")
        let read = try Store(path: store, readOnly: true).observations(of: "one")
        #expect(Self.lines(read) == ["99.01 Kota Nol - - | 2020 37120:15.9 4.0 -",
                                     "99.91 Kota Satu - - | 2021 37120:15.10 2.0 -",
                                     "99.92 Kota Dua - - | 2020 37120:15.10 5.0 -",
                                     "99.92 Kota Dua - - | 2021 37120:15.2 3.0 -",
                                     "99.92 Kota Dua - - | 2021 37120:15.9 1.0 -"])
        #expect(read.indicatorCodes == ["37120:15.9", "37120:15.10", "37120:15.2"])
        try Store(path: store).deleteDataset("one")
        let counts = try Store(path: store, readOnly: true).tableCounts()
        #expect(counts == ["dataset": 1, "city": 1, "observation": 1, "import_log": 1])
        #expect(Self.lines(try Store(path: store, readOnly: true).observations(of: "two")) == ["99.93 Kota Tiga - - | 2021 37120:15.9 6.0 -"])
    }

    @Test("ids in code order: the rows go straight into the batch, the same batch as the reordering path gives, every year or one")
    func directReadEqualsReorderedRead() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        // One import: ids follow the codes. Rows without a source, with an empty one, over two years; a second dataset.
        var rows: [String] = []
        for city in 1...4 {
            for year in [2020, 2021] {
                for (k, indicator) in ["37120:5.1", "37120:5.2", "37120:15.9"].enumerated() where (city + k + year) % 5 != 0 {
                    rows.append("99.0\(city),Kota \(city),\(year),\(indicator),\(Double(city * 10 + k) + 0.25),\(k == 1 ? "BPS" : "")")
                }
            }
        }
        func file(_ name: String, _ rows: [String]) throws -> String {
            let path = f.path(name)
            try (["city_code,city_name,year,indicator,value,source"] + rows).joined(separator: "\n").appending("\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        _ = try Self.importing([try file("a.csv", rows)], into: store, dataset: "one")
        _ = try Self.importing([try file("b.csv", ["99.09,Kota 9,2021,37120:5.1,1,OPD"])], into: store, dataset: "two")
        let opened = try Store(path: store, readOnly: true)
        for year in [nil, 2020] as [Int?] {
            let (direct, reordered) = try opened.read { db in
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = 'one'")!
                return (try Store.keyedObservations(db, datasetID: id, year: year),
                        try Store.keyedObservations(db, datasetID: id, year: year, direct: false))
            }
            #expect(!direct.isEmpty && Self.lines(direct) == Self.lines(reordered))
            #expect(direct.cities == reordered.cities && direct.indicatorCodes == reordered.indicatorCodes && direct.sources == reordered.sources)
            #expect(direct.cityIndex == reordered.cityIndex && direct.indicatorIndex == reordered.indicatorIndex
                    && direct.sourceIndex == reordered.sourceIndex && direct.years == reordered.years
                    && direct.values.map(\.bitPattern) == reordered.values.map(\.bitPattern))
            #expect((0..<direct.count).allSatisfy { direct.line(atRow: $0) == 0 && direct.column(atRow: $0) == 0 })
            // Read in two halves on two connections (from any size here): the same batch again.
            let pool = try #require(opened.pool as? DatabasePool)
            let halves = try opened.read { db in
                try Store.keyedObservations(db, datasetID: try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = 'one'")!,
                                            year: year, secondReader: pool, halvesFrom: 0)
            }
            #expect(Self.lines(halves) == Self.lines(reordered) && halves.cities == reordered.cities
                    && halves.indicatorCodes == reordered.indicatorCodes && halves.sources == reordered.sources
                    && halves.cityIndex == reordered.cityIndex && halves.sourceIndex == reordered.sourceIndex)
        }
        // The rows as the file gave them, in code order (37120:15.9 before 37120:5.1 in byte order).
        #expect(Self.lines(try opened.observations(of: "one")).first == "99.01 Kota 1 - - | 2020 37120:15.9 12.25 -")
    }

    @Test("every write of a dataset counts in the store's write mark: an import, a merge, a replacement, a deletion; a read and a refused import do not")
    func writeMarkSeesEveryWrite() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        func mark() throws -> WriteMark? { try Store(path: store, readOnly: true).read { try WriteMark($0) } }
        _ = try Self.importing([try f.csv("a.csv", ["99.01,Kota Satu,2021,37120:5.1,1"])], into: store, dataset: "one")
        var marks = [try #require(try mark())]
        _ = try Store(path: store, readOnly: true).observations(of: "one")
        #expect(try mark() == marks[0])
        #expect(throws: (any Error).self) { try Self.importing([try f.csv("bad.csv", ["99.01,Kota Satu,2021,37120:5.1,x"])], into: store, dataset: "one") }
        #expect(try mark() == marks[0])
        _ = try Self.importing([try f.csv("b.csv", ["99.02,Kota Dua,2021,37120:5.1,2"])], into: store, dataset: "one")
        marks.append(try #require(try mark()))
        _ = try Self.importing([try f.csv("c.csv", ["99.02,Kota Dua,2021,37120:5.1,3"])], into: store, dataset: "one", replace: true)
        marks.append(try #require(try mark()))
        _ = try Self.importing([try f.csv("d.csv", ["99.03,Kota Tiga,2021,37120:5.1,4"])], into: store, dataset: "two")
        marks.append(try #require(try mark()))
        try Store(path: store).deleteDataset("two")
        marks.append(try #require(try mark()))
        // Each write one more: the deletion too, though it leaves the import log and datasets as they were two writes
        // before. (The schema version moves too, on every open for writing: GRDB makes and drops a table to start the WAL.)
        #expect(marks.map(\.writes) == [1, 2, 3, 4, 5])
    }

    @Test("a read-only store's page check, beside the reads: many readers on many threads all pass it; a damaged page is refused at the read, not at the open")
    func pageCheckBesideTheReads() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        let rows = (0..<3000).map { "99.\(String(format: "%02d", $0 % 90 + 1)),Kota \($0 % 90 + 1),\(1990 + $0 / 90),37120:5.1,\(Double($0 % 100) / 2)" }
        _ = try Self.importing([try f.csv("a.csv", rows)], into: store, dataset: "one")
        let opened = try Store(path: store, readOnly: true)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            #expect(throws: Never.self) { _ = try opened.observations(of: "one"); try opened.pagesChecked() }
        }
        // Garbage over a page in the middle: opening still works (the check runs beside), the read is refused.
        let size = try FileManager.default.attributesOfItem(atPath: store)[.size] as! Int
        #expect(size > 8 * 4096)
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: store))
        try h.seek(toOffset: UInt64(size / 4096 / 2 * 4096))
        h.write(Data(repeating: 0xA5, count: 2 * 4096))
        try h.close()
        let damaged = try Store(path: store, readOnly: true)
        for read in [{ _ = try damaged.observations(of: "one") }, { _ = try damaged.observations(of: "one", pagesChecked: false); try damaged.pagesChecked() },
                     { _ = try damaged.datasetNames() }] as [() throws -> Void] {
            let error = try #require(throws: InputError.self) { try read() }
            #expect(error.rendered(language: .en, naming: { _ in "--db" }).contains("damaged"))
        }
    }
}
