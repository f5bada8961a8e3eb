import Foundation
import Testing
@testable import SmartScore

/// BPS exports after the second red-team pass: a --year that contradicts the file, rows outside any
/// province, a poverty line whose thousands point was read as a decimal point.
@Suite("BPS exports: a contradicting --year, rows outside a province, a thousands point")
struct BPSExportEdgeTests {
    static func write(_ lines: [String]) throws -> String {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("export.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func importing(_ path: String, year: Int? = nil) throws -> ImportOutcome {
        let store = try TestPaths.temporaryDirectory().appendingPathComponent("store.sqlite").path
        return try AppTests.workspace.importFiles([path], csv: CSVSpec(), storePath: store, dataset: "t", replace: false, dryRun: true,
                                                  exports: BPSExportSpec(year: year))
    }

    @Test("a --year that says another year than the file's is refused at --year; the same year, or a file without one, is fine")
    func yearContradicts() throws {
        let file = TestPaths.root.appendingPathComponent("datasets/bps/exports/ipm_2021.csv").path
        #expect { try Self.importing(file, year: 2020) } throws: { error in
            let e = error as? InputError ?? (error as? InputErrors)?.errors.first
            return e?.code == TextKey.bpsExportYearContradicts.rawValue && e?.location?.parameter == .year
                && e?.rendered(language: .en).contains("2021") == true
        }
        #expect(try Self.importing(file, year: 2021).values == 514)
        let undated = try Self.write(["Provinsi/Kabupaten/Kota,", ",[Metode Baru] Indeks Pembangunan Manusia", ",", "ACEH,72.18", "Simeulue,66.41"])
        #expect(try Self.importing(undated, year: 2021).values == 1)
    }

    @Test("a regency row above the first province or below INDONESIA is not matched nationwide, and is said at its line")
    func rowsOutsideAProvince() throws {
        let path = try Self.write(["Provinsi/Kabupaten/Kota,", ",[Metode Baru] Indeks Pembangunan Manusia", ",2021",
                                   "Simeulue,60.00", "ACEH,72.18", "Simeulue,66.41", "INDONESIA,72.29", "Kota Palu,81.70"])
        let export = try BPSExport.read(path: path, registry: Bundled.regions)
        #expect(export.values.map(\.value) == [66.41])
        #expect(export.unresolved.map(\.line) == [4, 8] && export.unresolved.allSatisfy { $0.reason == .outsideProvince })
        let warnings = try Self.importing(path).warnings.filter { $0.code == TextKey.bpsExportOutsideProvince.rawValue }
        #expect(warnings.map { $0.location?.line } == [4, 8])
        #expect(warnings.first?.rendered(language: .id).contains("Simeulue") == true)
    }

    @Test("a poverty line written '576.505' is refused with a hint that it reads like 576505, in both languages")
    func thousandsPoint() throws {
        let path = try Self.write(["Provinsi/Kabupaten/Kota,", ",Garis Kemiskinan (Rupiah/Kapita/Bulan)", ",2024",
                                   "ACEH,634000", "Simeulue,576.505"])
        #expect { try Self.importing(path) } throws: { error in
            guard let e = (error as? InputErrors)?.errors.first ?? error as? InputError else { return false }
            return e.code == TextKey.bpsExportOutOfRange.rawValue && e.location?.line == 5
                && e.rendered(language: .en).contains("576505") && e.rendered(language: .id).contains("pemisah ribuan")
        }
    }

    @Test("an export re-saved by an Indonesian Excel (';', decimal commas; UTF-16 or Windows-1252) reads to the same values")
    func resavedByExcel() throws {
        let original = TestPaths.root.appendingPathComponent("datasets/bps/exports/ipm_2021.csv").path
        let expected = try BPSExport.read(path: original, registry: Bundled.regions, aliases: BPSExportTests.aliases)
        let text = try String(contentsOfFile: original, encoding: .utf8)
        // ',' becomes ';' and each decimal point a comma, as Excel writes them with Indonesian settings.
        let resaved = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "(\\d)\\.(\\d)", with: "$1,$2", options: .regularExpression)
        }.joined(separator: "\r\n").replacingOccurrences(of: "\u{FEFF}", with: "")
        let directory = try TestPaths.temporaryDirectory()
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(resaved.data(using: .utf16LittleEndian)!)
        let files: [(String, Data)] = [("utf16.csv", utf16), ("cp1252.csv", resaved.data(using: .windowsCP1252)!),
                                       ("semicolon.csv", Data(resaved.utf8))]
        for (name, bytes) in files {
            let path = directory.appendingPathComponent(name).path
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(BPSExport.isExport(path), "\(name)")
            let export = try BPSExport.read(path: path, registry: Bundled.regions, aliases: BPSExportTests.aliases)
            #expect(export.values.map(\.value) == expected.values.map(\.value), "\(name)")
            #expect(export.values.map(\.region.code) == expected.values.map(\.region.code), "\(name)")
            #expect(export.year == 2021 && export.indicatorFromTitle == "local:E.1", "\(name)")
        }
    }

    static func problems(_ body: () throws -> Any) -> [InputError] {
        do { _ = try body(); return [] } catch let e as InputErrors { return e.errors } catch let e as InputError { return [e] } catch { return [] }
    }

    @Test("a title naming two series is refused; an unknown title with --indicator is imported with a word to check it")
    func titles() throws {
        let two = try Self.write(["Provinsi/Kabupaten/Kota,", ",Indeks Pembangunan Manusia dan Garis Kemiskinan", ",2021", "ACEH,72.18", "Simeulue,66.41"])
        let refused = Self.problems { try Self.importing(two) }
        #expect(refused.first?.code == TextKey.bpsExportTitleSeveralSeries.rawValue && refused.first?.location?.line == 2)
        let p0 = try Self.write(["Provinsi/Kabupaten/Kota,", ",Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota", ",2021", "ACEH,14.64", "Simeulue,18.98"])
        let store = try TestPaths.temporaryDirectory().appendingPathComponent("s.sqlite").path
        let outcome = try AppTests.workspace.importFiles([p0], csv: CSVSpec(), storePath: store, dataset: "t", replace: false, dryRun: true,
                                                         exports: BPSExportSpec(indicator: "local:E.1"))
        #expect(outcome.warnings.first?.code == TextKey.bpsExportTitleUnrecognised.rawValue)
        // A title that names the indicator (its catalogue name, brackets aside) passes without a word.
        let ahh = try Self.write(["Provinsi/Kabupaten/Kota,", ",Angka Harapan Hidup Saat Lahir (Tahun)", ",2021", "ACEH,70.18", "Simeulue,65.28"])
        let named = try AppTests.workspace.importFiles([ahh], csv: CSVSpec(), storePath: store, dataset: "t", replace: false, dryRun: true,
                                                       exports: BPSExportSpec(indicator: "37120:11.1"))
        #expect(!named.warnings.contains { $0.code == TextKey.bpsExportTitleUnrecognised.rawValue })
    }

    @Test("one region with two different figures is refused at the second row; a file with no year row takes --year and keeps its first province")
    func duplicatesAndNoYearRow() throws {
        let twice = try Self.write(["Provinsi/Kabupaten/Kota,", ",[Metode Baru] Indeks Pembangunan Manusia", ",2021", "ACEH,72.18", "Simeulue,66.41", "Simeulue,99.99"])
        let refused = Self.problems { try Self.importing(twice) }
        #expect(refused.map(\.code) == [TextKey.bpsExportConflictingRow.rawValue] && refused.first?.location?.line == 6)
        let noYear = try Self.write(["Provinsi/Kabupaten/Kota,", ",[Metode Baru] Indeks Pembangunan Manusia", "ACEH,72.18", "Simeulue,66.41", "Aceh Singkil,69.22"])
        let export = try BPSExport.read(path: noYear, registry: Bundled.regions, year: 2021)
        #expect(export.values.map(\.value) == [66.41, 69.22] && export.unresolved.isEmpty && export.year == 2021)
        #expect(Self.problems { try BPSExport.read(path: noYear, registry: Bundled.regions) }.first?.code == TextKey.bpsExportNoYear.rawValue)
    }

    @Test("a file none of whose rows can be placed imports nothing and fails; thousands of unplaced rows are said fifty at a time")
    func unplaced() throws {
        let none = try Self.write(["Provinsi/Kabupaten/Kota,", ",[Metode Baru] Indeks Pembangunan Manusia", ",2021", "ACEH,72.18"]
                                  + (1...60).map { "Nowhere \($0),70" })
        let refused = Self.problems { try Self.importing(none) }
        #expect(refused.first?.code == TextKey.bpsExportNothingPlaced.rawValue && refused.count == 11)
        let some = try Self.write(["Provinsi/Kabupaten/Kota,", ",[Metode Baru] Indeks Pembangunan Manusia", ",2021", "ACEH,72.18", "Simeulue,66.41"]
                                  + (1...60).map { "Nowhere \($0),70" })
        let warnings = try Self.importing(some).warnings
        #expect(warnings.filter { $0.code == TextKey.bpsExportUnknownRegion.rawValue }.count == 50)
        #expect(warnings.last?.code == TextKey.bpsExportMoreUnplaced.rawValue && warnings.last?.rendered(language: .en).contains("10 more") == true)
    }

    @Test("a province row the region list does not know is one error at that row; a province in title case is still a province row")
    func provinceRows() throws {
        let real = try String(contentsOfFile: TestPaths.root.appendingPathComponent("datasets/bps/exports/ipm_2021.csv").path, encoding: .utf8)
        let lines = real.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.hasPrefix("SUMATERA UTARA,") })
        var unknown = lines, titleCase = lines
        unknown[row] = unknown[row].replacingOccurrences(of: "SUMATERA UTARA", with: "SUMUT")
        titleCase[row] = titleCase[row].replacingOccurrences(of: "SUMATERA UTARA", with: "Sumatera Utara")
        let refused = Self.problems { try BPSExport.read(path: try Self.write(unknown), registry: Bundled.regions, aliases: BPSExportTests.aliases) }
        #expect(refused.map(\.code) == [TextKey.bpsExportUnknownProvince.rawValue] && refused.first?.location?.line == row + 1)
        #expect(refused.first?.rendered(language: .en).contains("Sumatera Utara") == true)
        let read = try BPSExport.read(path: try Self.write(titleCase), registry: Bundled.regions, aliases: BPSExportTests.aliases)
        #expect(read.values.count == 514 && read.unresolved.isEmpty)
    }
}
