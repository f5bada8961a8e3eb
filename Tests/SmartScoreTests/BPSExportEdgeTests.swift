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
}
