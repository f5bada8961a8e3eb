import Foundation
import GRDB
import Testing
@testable import SmartScore

/// Issue 15, the store: another writer, another application's database, deleted datasets' city names and
/// dry runs. Each test is named by the class of input it covers; each fails on the code before the fix.
@Suite("Store safety: concurrent writers, foreign databases, city names, dry runs")
struct StoreSafetyTests {
    static var workspace: Workspace { AppTests.workspace }

    /// A temporary folder with CSV files written into it.
    final class Folder {
        let url: URL
        init() throws { url = try TestPaths.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func csv(_ name: String, _ rows: [String]) throws -> String {
            let file = path(name)
            try (["city_code,city_name,year,indicator,value"] + rows).joined(separator: "\n").appending("\n")
                .write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }
    }

    static func importing(_ files: [String], into store: String, dataset: String = "d", replace: Bool = false,
                          dryRun: Bool = false) throws -> ImportOutcome {
        try workspace.importFiles(files, csv: CSVSpec(), storePath: store, dataset: dataset, replace: replace, dryRun: dryRun)
    }

    static func read(_ file: String) throws -> [(path: String, result: ReadResult)] {
        let reader = ObservationFileReader(catalogue: workspace.catalogue, regions: workspace.regions)
        return [(file, try reader.read(path: file))]
    }

    /// Holds the store's write lock (BEGIN IMMEDIATE) from another connection for `seconds`, on a thread
    /// of its own; returns once the lock is held.
    static func holdWriteLock(_ path: String, for seconds: Double) throws -> DispatchGroup {
        let queue = try DatabaseQueue(path: path)
        let held = DispatchSemaphore(value: 0), done = DispatchGroup()
        done.enter()
        Thread.detachNewThread {
            try? queue.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                held.signal()
                Thread.sleep(forTimeInterval: seconds)
                try db.execute(sql: "COMMIT")
            }
            done.leave()
        }
        held.wait()
        return done
    }

    // MARK: 1. Concurrent writers

    @Test("a second import waits for the first's write lock, both when it opens and when it begins its transaction")
    func testSecondImportWaitsForTheFirst() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        _ = try Self.importing([try f.csv("a.csv", ["72.71,Kota Palu,2021,37120:5.1,4.5"])], into: store, dataset: "a")
        let second = try f.csv("b.csv", ["72.71,Kota Palu,2021,37120:5.1,4.5"])
        // Locked while the import opens the store (WAL switch, migration) and writes.
        var started = Date()
        var holder = try Self.holdWriteLock(store, for: 1.5)
        let outcome = try Self.importing([second], into: store, dataset: "b")
        #expect(outcome.files.first?.inserted == 1)
        #expect(Date().timeIntervalSince(started) > 1.2)
        holder.wait()
        // Locked after the store is open, while the import begins its transaction.
        let opened = try Store(path: store)
        started = Date()
        holder = try Self.holdWriteLock(store, for: 1.0)
        let again = try opened.importFiles(try Self.read(second), dataset: "c", replace: false)
        #expect(again.first?.inserted == 1)
        #expect(Date().timeIntervalSince(started) > 0.8)
        holder.wait()
        #expect(try Store(path: store, readOnly: true).datasetNames() == ["a", "b", "c"])
    }

    @Test("past the busy timeout an import fails with a clear message, not SQLite's 'database is locked', and writes nothing")
    func testBusyTimeoutGivesAClearMessage() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        _ = try Self.importing([try f.csv("a.csv", ["72.71,Kota Palu,2021,37120:5.1,4.5"])], into: store, dataset: "a")
        let second = try Self.read(try f.csv("b.csv", ["72.71,Kota Palu,2020,37120:5.1,4.0"]))
        for openFirst in [false, true] {
            let opened = openFirst ? try Store(path: store, busyTimeout: 0.3) : nil
            let holder = try Self.holdWriteLock(store, for: 1.5)
            do {
                _ = try (opened ?? Store(path: store, busyTimeout: 0.3)).importFiles(second, dataset: "b", replace: false)
                Issue.record("the import should have given up")
            } catch let error as InputError {
                #expect(error.code == TextKey.storeBusy.rawValue)
                #expect(error.rendered(language: .en).contains("another import is writing to the store \(store); tried for 0.3 s"))
                #expect(error.rendered(language: .id).contains("impor lain sedang menulis"))
                #expect(!error.rendered(language: .en).contains("database is locked"))
            }
            holder.wait()
        }
        #expect(try Store(path: store, readOnly: true).datasetNames() == ["a"])
    }

    // MARK: 2. Foreign databases

    @Test("another GRDB application's database is refused before anything is written, for imports and reads")
    func testForeignGRDBDatabaseIsRefusedBeforeAnyWrite() throws {
        let f = try Folder()
        let good = try f.csv("a.csv", ["72.71,Kota Palu,2021,37120:5.1,4.5"])
        // Another GRDB app: its own migration and table; one with our table names but its own migration;
        // and a plain SQLite file.
        let apps: [(String, String)] = [
            ("notes.sqlite", "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('x')"),
            ("lookalike.sqlite", "CREATE TABLE dataset (id INTEGER PRIMARY KEY, name TEXT)"),
        ]
        for (name, sql) in apps {
            let path = f.path(name)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("createNotes") { db in try db.execute(sql: sql) }
            try migrator.migrate(DatabaseQueue(path: path))
            try assertRefusedUnchanged(path, good: good)
        }
        let plain = f.path("plain.sqlite")
        try DatabaseQueue(path: plain).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try assertRefusedUnchanged(plain, good: good)
    }

    func assertRefusedUnchanged(_ path: String, good: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before.count > 100 && before[18] == 1)     // a rollback-journal file: byte 18 is 2 once in WAL
        for attempt in 0..<3 {
            do {
                switch attempt {
                case 0: _ = try Self.importing([good], into: path)
                case 1: _ = try Self.importing([good], into: path, dryRun: true)
                default: _ = try Store(path: path, readOnly: true)
                }
                Issue.record("\(path) should have been refused (attempt \(attempt))")
            } catch let error as InputError {
                #expect(error.code == TextKey.storeForeign.rawValue)
                #expect(error.rendered(language: .en).contains("\(path) is an SQLite database of another application"))
                #expect(error.rendered(language: .id).contains("milik aplikasi lain"))
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let mode = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
            .read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "delete")
    }

    @Test("a store a newer smartscore has migrated is refused as newer, not as another application's, and left as it was")
    func testNewerStoreIsRefusedAsNewer() throws {
        let f = try Folder()
        let good = try f.csv("a.csv", ["72.71,Kota Palu,2021,37120:5.1,4.5"])
        let path = f.path("newer.sqlite")
        _ = try Self.importing([good], into: path)
        // What a later version's migration "v4" would leave: its identifier and a table of its own.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v4')")
            try db.execute(sql: "CREATE TABLE observation_block (dataset_id INTEGER, city_id INTEGER, payload BLOB)")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for attempt in 0..<3 {
            do {
                switch attempt {
                case 0: _ = try Self.importing([good], into: path)
                case 1: _ = try Self.importing([good], into: path, dryRun: true)
                default: _ = try Store(path: path, readOnly: true)
                }
                Issue.record("\(path) should have been refused (attempt \(attempt))")
            } catch let error as InputError {
                #expect(error.code == TextKey.storeNewer.rawValue, "attempt \(attempt)")
                #expect(error.rendered(language: .en).contains("the store \(path) was written by a newer smartscore (schema changes v4)"))
                #expect(error.rendered(language: .id).contains("ditulis oleh versi smartscore yang lebih baru"))
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // A migration of another kind beside ours is still another application's.
        let mixed = f.path("mixed.sqlite")
        _ = try Self.importing([good], into: mixed)
        let other = try DatabaseQueue(path: mixed)
        try other.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('createNotes')") }
        try other.close()
        #expect { _ = try Store(path: mixed, readOnly: true) } throws: { ($0 as? InputError)?.code == TextKey.storeForeign.rawValue }
    }

    @Test("a file that is not an SQLite database is refused naming --db, for imports and reads, and left as it was")
    func testNonSQLiteFileIsRefusedNamingTheFlag() throws {
        let f = try Folder()
        let good = try f.csv("a.csv", ["72.71,Kota Palu,2021,37120:5.1,4.5"])
        let path = f.path("notes.txt")
        let text = String(repeating: "not a database at all\n", count: 300)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for readOnly in [false, true] {
            #expect(throws: InputError.self) {
                do {
                    if readOnly { _ = try Store(path: path, readOnly: true) } else { _ = try Self.importing([good], into: path) }
                } catch let error as InputError {
                    #expect(error.code == TextKey.storeNotSQLite.rawValue && error.location?.parameter == .db)
                    throw error
                }
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    // MARK: 6. Deleted datasets and city names

    @Test("a deleted dataset's cities go with it and no longer block another name for their code")
    func testDeletedDatasetFreesItsCityNames() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        _ = try Self.importing([try f.csv("a.csv", ["99.91,Kota Satu,2021,37120:5.1,4.5", "99.92,Kota Tiga,2021,37120:5.1,4.5"])],
                               into: store, dataset: "a")
        _ = try Self.importing([try f.csv("k.csv", ["99.92,Kota Tiga,2021,37120:5.1,1.0"])], into: store, dataset: "keep")
        try Store(path: store).deleteDataset("a")
        // 99.91 went with its dataset; 99.92 stays, another dataset refers to it.
        #expect(try Store(path: store, readOnly: true).tableCounts()["city"] == 1)
        let renamed = try Self.importing([try f.csv("b.csv", ["99.91,Kota Dua,2021,37120:5.1,4.5"])], into: store, dataset: "b")
        #expect(renamed.warnings.allSatisfy { $0.code != TextKey.storeCityRenamed.rawValue })
        #expect(try Store(path: store, readOnly: true).observations(of: "b").cities.map(\.name) == ["Kota Dua"])
        // A city no observation refers to (a store written before deletions removed them) blocks nothing either.
        try Store(path: store).pool.write { db in
            try db.execute(sql: "INSERT INTO city (code, name) VALUES ('99.93', 'Kota Lama')")
        }
        _ = try Self.importing([try f.csv("c.csv", ["99.93,Kota Baru,2021,37120:5.1,4.5"])], into: store, dataset: "c")
        #expect(try Store(path: store, readOnly: true).observations(of: "c").cities.map(\.name) == ["Kota Baru"])
    }

    @Test("with --replace a new name for a stored code replaces the store's name, and the import says so; without it, an error")
    func testReplaceRenamesACityAndSaysSo() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        _ = try Self.importing([try f.csv("a.csv", ["99.91,Kota Satu,2021,37120:5.1,4.5"])], into: store, dataset: "a")
        let other = try f.csv("b.csv", ["99.91,Kota Dua,2021,37120:5.1,4.5"])
        do {
            _ = try Self.importing([other], into: store, dataset: "b")
            Issue.record("another name without --replace should be refused")
        } catch let errors as InputErrors {
            #expect(errors.errors.map(\.code) == [TextKey.storeCityNameConflict.rawValue])
        }
        let outcome = try Self.importing([other], into: store, dataset: "b", replace: true)
        let said = outcome.warnings.filter { $0.code == TextKey.storeCityRenamed.rawValue }
        #expect(said.count == 1 && said[0].rendered(language: .en).contains("was named 'Kota Satu' in the store and is now 'Kota Dua'"))
        #expect(said[0].rendered(language: .id).contains("kini menjadi 'Kota Dua'"))
        // One name per store: dataset a shows it too.
        #expect(try Store(path: store, readOnly: true).observations(of: "a").cities.map(\.name) == ["Kota Dua"])
    }

    // MARK: 7. Dry run

    @Test("--dry-run refuses exactly what the import refuses: a stored value, a stored name, two files in conflict; it writes nothing")
    func testDryRunAgreesWithTheImport() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        _ = try Self.importing([try f.csv("a.csv", ["99.91,Kota Satu,2021,37120:5.1,4.5"])], into: store, dataset: "d")
        let value = try f.csv("value.csv", ["99.91,Kota Satu,2021,37120:5.1,9.9"])
        let name = try f.csv("name.csv", ["99.91,Kota Dua,2020,37120:5.1,4.5"])
        let fine = try f.csv("fine.csv", ["99.91,Kota Satu,2020,37120:5.1,4.5"])
        let counts = try Store(path: store, readOnly: true).tableCounts()
        func codes(_ dryRun: Bool, _ file: String, into path: String = store, files more: [String] = []) -> [String] {
            do { _ = try Self.importing([file] + more, into: path, dryRun: dryRun); return [] } catch let e as InputErrors {
                return e.errors.map(\.code)
            } catch let e as InputError { return [e.code] } catch { return ["\(error)"] }
        }
        for file in [value, name] {
            let dry = codes(true, file), real = codes(false, file)
            #expect(!dry.isEmpty && dry == real)
        }
        #expect(codes(true, value) == [TextKey.storeValueConflict.rawValue])
        #expect(codes(true, name) == [TextKey.storeCityNameConflict.rawValue])
        #expect(codes(true, fine).isEmpty)
        #expect(try Store(path: store, readOnly: true).tableCounts() == counts)
        // No store yet: two files that disagree are refused by the dry run too, and no store file appears.
        // (Since issue 18 before the store: the error names both files' places.)
        let fresh = f.path("fresh.sqlite")
        #expect(codes(true, fine, into: fresh, files: [try f.csv("fine2.csv", ["99.91,Kota Satu,2020,37120:5.1,7.0"])])
                == [TextKey.importValueGivenTwice.rawValue])
        #expect(codes(true, fine, into: fresh).isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: f.url.path).filter { $0.hasPrefix("fresh") }
        #expect(left.isEmpty)
    }

    // MARK: 8. Paths that are no store file

    @Test("an empty path, a FIFO and a folder are refused before SQLite opens them")
    func testNonRegularStorePathIsRefused() throws {
        let f = try Folder()
        let good = try f.csv("a.csv", ["72.71,Kota Palu,2021,37120:5.1,4.5"])
        let fifo = f.path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        let cases: [(String, TextKey)] = [("", .storeEmptyPath), (fifo, .storeNotRegularFile), (f.url.path, .storeNotRegularFile)]
        for (path, key) in cases {
            for readOnly in [false, true] {
                do {
                    _ = readOnly ? try Store(path: path, readOnly: true) : try Store(path: path)
                    Issue.record("\(path) should have been refused")
                } catch let error as InputError {
                    #expect(error.code == key.rawValue && error.location?.parameter == .db)
                }
            }
            #expect(throws: InputError.self) { try Self.importing([good], into: path) }
        }
    }
}
