import Foundation
import Testing
@testable import SmartScore

/// Every validation rule of the importer: the message, line and column, and a store left exactly as it
/// was after a failed import.
@Suite("Data: import validation, atomicity, idempotence and round trips")
struct ImportValidationTests {
    let header = "city_code,city_name,year,indicator,value\n"
    let good = "72.71,Kota Palu,2021,37120:5.1,4.5\n"

    final class Sandbox {
        let dir: URL
        let store: Store
        init() throws {
            dir = try TestPaths.temporaryDirectory()
            store = try Store(path: dir.appendingPathComponent("s.sqlite").path)
        }
        deinit { try? FileManager.default.removeItem(at: dir) }
        func file(_ name: String, _ text: String) throws -> String {
            let path = dir.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        /// Reads and imports like the CLI: validation first, then one transaction.
        func importFile(_ path: String, dataset: String = "d", replace: Bool = false, lenient: Bool = false) throws -> [ImportedFile] {
            let result = try reader.read(path: path, options: ReadOptions(lenient: lenient))
            return try store.importFiles([(path, result)], dataset: dataset, replace: replace)
        }
    }

    /// Imports `body` into a store that already holds one good import, expects it to fail with one error,
    /// checks that the store is unchanged, and returns that error.
    func failure(_ body: String) throws -> InputError {
        let box = try Sandbox()
        _ = try box.importFile(box.file("seed.csv", header + "64.71,Kota Balikpapan,2021,37120:5.1,6.1\n"))
        let before = try box.store.tableCounts()
        let path = try box.file("bad.csv", body)
        var caught: InputError?
        do {
            _ = try box.importFile(path)
        } catch let errors as InputErrors {
            #expect(errors.errors.count == 1, "\(errors)")
            caught = errors.errors.first
        } catch let error as InputError {
            caught = error
        }
        #expect(try box.store.tableCounts() == before, "the store changed")
        let error = try #require(caught, "the import did not fail")
        #expect(error.location?.file == path)
        return error
    }

    @Test("an unknown indicator code names line and column and suggests the nearest code")
    func unknownIndicator() throws {
        let e = try failure(header + good + "72.71,Kota Palu,2021,37120:5.l,3\n")
        #expect(e.message == "unknown indicator code '37120:5.l'")
        #expect(e.location?.line == 3 && e.location?.column == 4)
        #expect(e.hint?.hasPrefix("did you mean 37120:5.1") == true)
    }

    @Test("a value that is not a number")
    func notANumber() throws {
        let e = try failure(header + good + "72.71,Kota Palu,2021,37120:5.2,tujuh\n")
        #expect(e.message == "'tujuh' is not a number (37120:5.2)")
        #expect(e.location?.line == 3 && e.location?.column == 5)
    }

    @Test("a percentage outside 0–100")
    func percentage() throws {
        let e = try failure(header + good + "72.71,Kota Palu,2021,37120:5.2,104\n")
        #expect(e.message == "104 % is outside 0–100 (37120:5.2)")
        #expect(e.location?.line == 3 && e.location?.column == 5)
    }

    @Test("a negative value where the unit forbids it")
    func negative() throws {
        let e = try failure(header + good + "72.71,Kota Palu,2021,37120:5.5,-12\n")
        #expect(e.message.hasPrefix("negative value -12 for 37120:5.5, whose unit"))
        #expect(e.location?.line == 3 && e.location?.column == 5)
    }

    @Test("a duplicate (city, year, indicator) names the first line")
    func duplicate() throws {
        let e = try failure(header + good + "72.71,Kota Palu,2021,37120:5.1,4.6\n")
        #expect(e.message == "a second value for 72.71, 2021, 37120:5.1; the first is at line 2")
        #expect(e.location?.line == 3 && e.location?.column == 5)
    }

    @Test("a ragged row")
    func ragged() throws {
        let e = try failure(header + good + "72.71,Kota Palu,2021,37120:5.2,3,extra\n")
        #expect(e.message == "the row has 6 fields, the header has 5")
        #expect(e.location?.line == 3)
    }

    @Test("a missing required column")
    func missingColumn() throws {
        let e = try failure("city_code,city_name,indicator,value\n72.71,Kota Palu,37120:5.1,4\n")
        #expect(e.message == "missing required column 'year'")
        #expect(e.location?.line == 1)
    }

    @Test("a year outside 1990–2100")
    func year() throws {
        let e = try failure(header + good + "72.71,Kota Palu,1989,37120:5.1,4\n")
        #expect(e.message == "the year 1989 is outside 1990–2100")
        #expect(e.location?.line == 3 && e.location?.column == 3)
    }

    @Test("one city code with two names, in the file and against the store")
    func twoNames() throws {
        let e = try failure(header + "99.01,Kota Baru,2021,37120:5.1,4\n99.01,Kota Lama,2021,37120:5.2,30\n")
        #expect(e.message == "city code 99.01 is named 'Kota Lama' here but 'Kota Baru' at line 2")
        #expect(e.location?.line == 3 && e.location?.column == 2)
        let region = try failure(header + "64.71,Kota Samarinda,2021,37120:5.2,30\n")
        #expect(region.message == "city code 64.71 is Kota Balikpapan in the region list, not 'Kota Samarinda'")
    }

    @Test("several errors are reported together, up to the limit")
    func severalErrors() throws {
        let box = try Sandbox()
        var body = header
        for k in 0..<60 { body += "72.71,Kota Palu,\(2021 + k % 50),37120:5.1,x\(k)\n" }
        do {
            _ = try box.importFile(try box.file("many.csv", body))
            Issue.record("no error")
        } catch let e as InputErrors {
            #expect(e.errors.count == 50 && e.omitted == 10)
            #expect(e.description.hasSuffix("… and 10 more errors"))
        }
        #expect(try box.store.tableCounts()["observation"] == 0)
    }

    @Test("lenient mode skips bad rows and reports each")
    func lenient() throws {
        let box = try Sandbox()
        let outcome = try box.importFile(try box.file("l.csv", header + good + "72.71,Kota Palu,2021,37120:5.2,abc\n72.71,Kota Palu,2021,37120:5.3,50\n"),
                                         lenient: true)
        #expect(outcome[0].inserted == 2 && outcome[0].result.skippedRows == 1)
        #expect(outcome[0].result.skipped[0].location?.line == 3)
    }

    @Test("the same file twice is a no-op; a conflicting value needs --replace")
    func idempotentAndConflicts() throws {
        let box = try Sandbox()
        let first = try box.file("a.csv", header + good)
        #expect(try box.importFile(first)[0].inserted == 1)
        #expect(try box.importFile(first)[0].alreadyImported)
        #expect(try box.store.tableCounts()["import_log"] == 1)
        let conflicting = try box.file("b.csv", header + "72.71,Kota Palu,2021,37120:5.1,9.9\n")
        #expect(throws: InputErrors.self) { try box.importFile(conflicting) }
        #expect(try box.store.observations(of: "d").values == [4.5])
        #expect(try box.importFile(conflicting, replace: true)[0].replaced == 1)
        #expect(try box.store.observations(of: "d").values == [9.9])
        // --replace re-applies a file imported before.
        #expect(try box.importFile(first, replace: true)[0].replaced == 1)
        #expect(try box.store.observations(of: "d").values == [4.5])
        let same = try box.file("c.csv", "city_code,city_name,year,indicator,value,source\n72.71,Kota Palu,2021,37120:5.1,4.5,again\n")
        #expect(try box.importFile(same)[0].unchanged == 1)
    }

    @Test("import → export → import is lossless")
    func roundTrip() throws {
        let box = try Sandbox()
        let original = try box.file("o.csv", """
        city_code,city_name,year,indicator,value,source
        72.71,Kota Palu,2020,37120:5.1,4.123456789012345,"BPS, 2020"
        72.71,Kota Palu,2021,37120:5.1,3.5,BPS
        64.71,Kota Balikpapan,2021,local:E.2,15678,
        64.71,Kota Balikpapan,2021,37122:10.2,0.1,survey "pilot"

        """)
        _ = try box.importFile(original)
        let exported = try box.file("e.csv", ObservationExport.longCSV(try box.store.observations(of: "d")))
        _ = try box.importFile(exported, dataset: "copy")
        let a = try box.store.observations(of: "d"), b = try box.store.observations(of: "copy")
        #expect(a.count == 4 && a.values == b.values && a.years == b.years)
        #expect((0..<a.count).allSatisfy { a.city(atRow: $0) == b.city(atRow: $0) && a.indicator(atRow: $0) == b.indicator(atRow: $0) && a.source(atRow: $0) == b.source(atRow: $0) })
        #expect(a.values.contains(4.123456789012345))
        #expect(a.city(atRow: 0).province == "Kalimantan Timur")
    }

    @Test("the wide layout, and a wide file's unknown header names its column")
    func wide() throws {
        let box = try Sandbox()
        let path = try box.file("w.csv", "city_code,city_name,year,37120:5.1,37120:5.2\n72.71,Kota Palu,2021,4.5,\n64.71,Kota Balikpapan,2021,,30\n")
        let outcome = try box.importFile(path)
        #expect(outcome[0].result.layout == .wide && outcome[0].inserted == 2 && outcome[0].result.emptyCells == 2)
        let bad = try failure("city_code,city_name,year,37120:5.1,37120:9.99\n72.71,Kota Palu,2021,4.5,1\n")
        #expect(bad.message == "unknown indicator code '37120:9.99' in the header" && bad.location?.line == 1 && bad.location?.column == 5)
    }

    @Test("the real BPS export imports as it is through its mapping: 514 regions × 10 series")
    func bpsExport() throws {
        let box = try Sandbox()
        let root = TestPaths.root.appendingPathComponent("datasets/bps")
        let mapping = try ColumnMapping.load(path: root.appendingPathComponent("bps_kabkota_2021.mapping.yaml").path, catalogue: Bundled.catalogue)
        let result = try box.reader.read(path: root.appendingPathComponent("bps_kabkota_2021.csv").path, options: ReadOptions(mapping: mapping))
        #expect(result.dialect == CSVDialect(separator: .semicolon, decimal: .comma))
        #expect(result.dataRows == 514 && result.batch.count == 5140 && result.batch.cities.count == 514)
        // Row k of the BPS file is row k of the region list (the data's README says so).
        #expect(result.batch.cities.map(\.code) == Bundled.regions.regions.map(\.code))
        func value(_ code: String, _ indicator: String) -> Double? {
            (0..<result.batch.count).first { result.batch.city(atRow: $0).code == code && result.batch.indicator(atRow: $0) == indicator }
                .map { result.batch.values[$0] }
        }
        #expect(value("11.01", "37120:13.2") == 18.98)   // "18,98" in Simeulue's row
        #expect(value("13.75", "local:S.1") == 11.34)    // Bukittinggi's row types "11.34" with a point
        #expect(value("61.04", "37120:5.1") == 7.71)     // "Pontianak", the renamed Mempawah
        #expect(value("11.01", "local:E.3") == 71.15)    // " 71,15 " padded
        _ = try box.store.importFiles([(root.appendingPathComponent("bps_kabkota_2021.csv").path, result)], dataset: "bps", replace: false)
        #expect(try box.store.tableCounts()["observation"] == 5140)
    }

    @Test("nothing is written when a second file of the same import is bad")
    func multiFileAtomic() throws {
        let box = try Sandbox()
        let pathA = try box.file("a.csv", header + good), pathB = try box.file("b.csv", header + "72.71,Kota Palu,2021,37120:5.1,8\n")
        let a = try box.reader.read(path: pathA), b = try box.reader.read(path: pathB)
        #expect(throws: InputErrors.self) { try box.store.importFiles([(pathA, a), (pathB, b)], dataset: "d", replace: false) }
        #expect(try box.store.tableCounts() == ["dataset": 0, "city": 0, "observation": 0, "import_log": 0])
    }
}

@Suite("Data: a conflict repeated on many rows is reported once")
struct RepeatedConflictTests {
    @Test("one error per (code, name), the other rows counted; lenient skips them all")
    func repeated() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var body = "city_code,city_name,year,indicator,value\n99.01,Kota Baru,2021,37120:5.1,4\n"
        for k in 0..<5 { body += "99.01,Kota Lama,\(2015 + k),37120:5.1,4\n" }
        let path = dir.appendingPathComponent("r.csv").path
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        do {
            _ = try reader.read(path: path)
            Issue.record("no error")
        } catch let e as InputErrors {
            #expect(e.errors.count == 1 && e.omitted == 4)
            #expect(e.errors[0].location?.line == 3)
        }
        let lenient = try reader.read(path: path, options: ReadOptions(lenient: true))
        #expect(lenient.batch.count == 1 && lenient.skippedRows == 5 && lenient.skipped.count == 1)
    }
}
