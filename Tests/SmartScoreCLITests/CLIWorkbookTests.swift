import Foundation
import Testing

/// `import` of Excel workbooks, as a user runs it: the committed workbooks written by LibreOffice Calc and
/// openpyxl (scripts/make-xlsx-fixtures.py), --sheet, dry runs, JSON, errors at file:sheet:cell in both
/// languages, and files that disagree.
@Suite("CLI: import Excel workbooks (.xlsx)")
struct CLIWorkbookTests {
    static let fixtures = "Tests/SmartScoreTests/Fixtures/workbooks/"

    static func temporary() throws -> URL {
        try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: CLI.root, create: true)
    }

    @Test("A Calc workbook imports like its CSV: same values (the second file's all unchanged), the sheet named in the table and JSON")
    func importsLikeCSV() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLI.run(["import", Self.fixtures + "calc.xlsx", Self.fixtures + "observations.csv", "--db", db, "--format", "json"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["inserted"] as? Int } == [7, 0])
        #expect(files.map { $0["unchanged"] as? Int } == [0, 7])
        #expect(files[0]["sheet"] as? String == "calc" && files[1]["sheet"] == nil)
        let table = try CLI.run(["import", Self.fixtures + "calc.xlsx", "--db", dir.appendingPathComponent("t.sqlite").path, "--lang", "id"], in: CLI.root)
        #expect(table.status == 0 && table.stdout.contains("wide, lembar kerja 'calc'"), "\(table.stdout)")
    }

    @Test("--sheet picks the sheet; an unknown one is refused at --sheet listing the sheets; --sheet on a CSV is refused")
    func sheetFlag() throws {
        let ok = try CLI.run(["import", Self.fixtures + "openpyxl.xlsx", "--sheet", "data", "--lenient", "--dry-run"], in: CLI.root)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stderr.contains("5 values in 1 file"), "\(ok.stderr)")
        let unknown = try CLI.run(["import", Self.fixtures + "calc.xlsx", "--sheet", "Rekap", "--dry-run"], in: CLI.root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("--sheet: error: \(Self.fixtures)calc.xlsx has no sheet named 'Rekap'; its sheets are: 'calc'"), "\(unknown.stderr)")
        let csv = try CLI.run(["import", Self.fixtures + "observations.csv", "--sheet", "calc", "--dry-run", "--lang", "id"], in: CLI.root)
        #expect(csv.status == 1)
        #expect(csv.stderr.contains("--sheet: kesalahan: opsi --sheet hanya berlaku untuk buku kerja Excel (.xlsx)"), "\(csv.stderr)")
    }

    @Test("openpyxl's formula without a value is an error at openpyxl.xlsx:Data:D5, in English and Indonesian, and nothing is written")
    func formulaWithoutValue() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        for (lang, text) in [("en", "openpyxl.xlsx:Data:D5: error: formula without a computed value"),
                             ("id", "openpyxl.xlsx:Data:D5: kesalahan: rumus tanpa nilai hasil perhitungan")] {
            let r = try CLI.run(["import", Self.fixtures + "openpyxl.xlsx", "--db", db, "--lang", lang], in: CLI.root)
            #expect(r.status == 1)
            #expect(r.stderr.contains(text), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("A workbook and a CSV that give one value differently: refused, naming both places, even with --replace")
    func conflictAcrossFiles() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = dir.appendingPathComponent("dinas.csv")
        try "city_code,city_name,year,37120:5.1\n74.71,Kota Kendari,2021,9.25\n".write(to: other, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLI.run(["import", Self.fixtures + "calc.xlsx", other.path, "--db", db, "--replace", "--lang", "id"], in: CLI.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(other.path):2: kesalahan: 74.71, 2021, 37120:5.1 bernilai 9,25 di sini, tetapi bernilai 9 di \(Self.fixtures)calc.xlsx:calc:D5"),
                "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("A file that is named .xlsx but is not a zip is refused as such, an .xls said to be one; a zip named .csv is read as a workbook")
    func detection() throws {
        let dir = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("data.xlsx")
        try "city_code,city_name,year,37120:5.1\n".write(to: fake, atomically: true, encoding: .utf8)
        let r = try CLI.run(["import", fake.path, "--dry-run"], in: CLI.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(fake.path): error: this file is not an Excel workbook (.xlsx): it is not a zip archive"), "\(r.stderr)")
        let legacy = dir.appendingPathComponent("lama.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: legacy)
        let old = try CLI.run(["import", legacy.path, "--dry-run", "--lang", "id"], in: CLI.root)
        #expect(old.status == 1)
        #expect(old.stderr.contains("\(legacy.path): kesalahan: berkas ini merupakan buku kerja Excel 97–2003 (.xls), yang tidak dapat dibaca"), "\(old.stderr)")
        let renamed = dir.appendingPathComponent("rekap.csv")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(Self.fixtures + "calc.xlsx"), to: renamed)
        let read = try CLI.run(["import", renamed.path, "--dry-run"], in: CLI.root)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stderr.contains("7 values in 1 file"), "\(read.stderr)")
    }
}
