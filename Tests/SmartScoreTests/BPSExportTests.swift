import Foundation
import Testing
@testable import SmartScore

/// The 40 real BPS table exports read as they come (`datasets/bps/exports/`): every row matched to a region
/// within its province, the Papua regencies listed under their old and new provinces counted once, `-` as no
/// figure, five values read by hand from the files.
@Suite("BPS exports: 40 real files as they come, every region matched by name within its province, values by hand")
struct BPSExportTests {
    static let directory = TestPaths.root.appendingPathComponent("datasets/bps/exports")
    static let aliases = try! RegionAliases.bundled(in: TestPaths.root.appendingPathComponent("datasets").path, registry: Bundled.regions)

    static func read(_ name: String) throws -> BPSExport {
        try BPSExport.read(path: directory.appendingPathComponent(name).path, registry: Bundled.regions, aliases: aliases)
    }

    /// Regions with a figure and rows with `-`, per file, counted by a second reader (a Python script over the
    /// same files and the same rules) when the test was written.
    static let expected: [(file: String, resolved: Int, missing: Int)] =
        (2010...2014).map { ("garis_kemiskinan_\($0).csv", 497, 17) } + [("garis_kemiskinan_2015.csv", 511, 3)]
        + (2016...2024).map { ("garis_kemiskinan_\($0).csv", 514, 0) }
        + [("ipm_2010.csv", 484, 56), ("ipm_2011.csv", 497, 43), ("ipm_2012.csv", 497, 43), ("ipm_2013.csv", 511, 29)]
        + (2014...2021).map { ("ipm_\($0).csv", 514, 26) } + [("ipm_2022.csv", 514, 0), ("ipm_2023.csv", 514, 0), ("ipm_2024.csv", 514, 26)]
        + (2015...2024).map { ("pengeluaran_per_kapita_\($0).csv", 514, 26) }

    @Test("Each of the 40 files: the regions resolved, the rows without a figure, nothing unmatched, the year from its third row")
    func everyFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".csv") }
        #expect(files.count == 40 && Self.expected.count == 40)
        for (file, resolved, missing) in Self.expected {
            let export = try Self.read(file)
            #expect(export.values.count == resolved, "\(file)")
            #expect(export.missing == missing, "\(file)")
            #expect(export.unresolved.isEmpty, "\(file): \(export.unresolved.map { "\($0.line) \($0.name) \($0.reason)" })")
            #expect(String(export.year) == file.dropLast(4).suffix(4), "\(file)")
            #expect(Set(export.values.map(\.region.code)).count == export.values.count)
        }
    }

    @Test("Five values read by hand: Simeulue, a renamed regency (Toba), a city in a KEP. province, a Papua regency under its new province, an alias")
    func valuesByHand() throws {
        let ipm2024 = try Self.read("ipm_2024.csv")
        func value(_ code: String, _ export: BPSExport) -> Double? { export.values.first { $0.region.code == code }?.value }
        #expect(ipm2024.title.contains("Indeks Pembangunan Manusia"))
        #expect(value("12.06", ipm2024) == 76.91)          // "Toba Samosir / Toba", under SUMATERA UTARA
        #expect(value("19.71", ipm2024) == 80.4)           // "Kota Pangkal Pinang", under KEP. BANGKA BELITUNG
        #expect(value("94.01", ipm2024) == 72.73)          // "Merauke", under PAPUA SELATAN (94.xx in the region list)
        #expect(value("73.71", ipm2024) == 83.9)           // "Kota Makasar", through the aliases file
        #expect(value("11.01", try Self.read("ipm_2021.csv")) == 66.41)   // Simeulue, as in bps_kabkota_2021.csv
    }

    @Test("Without the aliases, the three names the region list cannot match are listed with their line, not dropped in silence")
    func unresolvedAreListed() throws {
        let export = try BPSExport.read(path: Self.directory.appendingPathComponent("ipm_2024.csv").path, registry: Bundled.regions)
        #expect(Set(export.unresolved.map(\.name)) == ["Mahakam Ulu", "Kota Makasar"] || Set(export.unresolved.map(\.name)) == ["Mahakam Ulu", "Kota Makasar", "Pontianak"])
        #expect(export.unresolved.allSatisfy { $0.reason == .unknown && $0.line > 3 })
        #expect(export.values.count + export.unresolved.count == 514)
    }

    @Test("The file's shape: not an export, no year, a value that is not a number, two value columns — each at its line and column")
    func shape() throws {
        func write(_ text: String) throws -> String {
            let path = try TestPaths.temporaryDirectory().appendingPathComponent("export.csv").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        func code(_ text: String) throws -> (String?, Int?, Int?) {
            do {
                _ = try BPSExport.read(path: try write(text), registry: Bundled.regions)
                return (nil, nil, nil)
            } catch let error as InputError {
                return (error.code, error.location?.line, error.location?.column)
            } catch let errors as InputErrors {
                return (errors.errors.first?.code, errors.errors.first?.location?.line, errors.errors.first?.location?.column)
            }
        }
        #expect(try code("city_code,value\n11.01,3\n").0 == TextKey.bpsExportNotAnExport.rawValue)
        #expect(try code("\u{FEFF}Nama Wilayah,\n,IPM\n,tahun\nACEH,70\n") == (TextKey.bpsExportNoYear.rawValue, 3, 2))
        #expect(try code("Nama Wilayah,\n,IPM\n,2024\nACEH,70\nSimeulue,7o,5\n").0 == TextKey.bpsExportSeveralSeries.rawValue)
        #expect(try code("Nama Wilayah,\n,IPM\n,2024\nACEH,70\nSimeulue,7o\n") == (TextKey.bpsExportNotANumber.rawValue, 5, 2))
        #expect(BPSExport.isExport(Self.directory.appendingPathComponent("ipm_2024.csv").path))
        #expect(!BPSExport.isExport(TestPaths.root.appendingPathComponent("datasets/examples/long.csv").path))
    }
}
