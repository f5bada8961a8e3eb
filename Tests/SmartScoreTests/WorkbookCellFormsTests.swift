import Foundation
import Testing
@testable import SmartScore

/// Cells as real programs write them, after a review: a percentage cell, CDATA text, a formula whose result is
/// "", whole numbers written as floats; and two Indonesian note columns side by side.
@Suite("Workbook cells as programs write them: percentages, CDATA, empty formula results, 2023.0")
struct WorkbookCellFormsTests {
    typealias W = WorkbookMaker

    @Test("23,9% typed into a cell (stored 0.239, style 0%) reads as 23.9; a custom '0.0%' format too; '0\" %\"' does not")
    func percentages() throws {
        let styles = "<numFmts><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0&quot; %&quot;\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
        let rows = W.header(["city_code", "city_name", "year", "37120:5.1", "37120:13.2", "local:E.1"])
            + "<row r=\"2\">" + W.text("A2", "72.71") + W.text("B2", "Kota Palu") + W.number("C2", "2021")
            + W.number("D2", "0.239", style: 1) + W.number("E2", "6.5E-2", style: 2) + W.number("F2", "81.7", style: 3) + "</row>"
        let batch = try W.observations(try W.workbook(rows: rows, styles: styles)).batch
        var values: [String: Double] = [:]
        for r in 0..<batch.count { values[batch.indicator(atRow: r)] = batch.values[r] }
        #expect(values == ["37120:5.1": 23.9, "37120:13.2": 6.5, "local:E.1": 81.7])
        #expect(NumberStyle.hundredfold("0.239") == "23.9" && NumberStyle.hundredfold("-0.05") == "-5" && NumberStyle.hundredfold("7") == "700"
                && NumberStyle.hundredfold("1.5E-3") == "1.5E-1" && NumberStyle.hundredfold("0.2") == "20")
    }

    @Test("a shared string in CDATA is read; a formula whose result is \"\" is an empty cell; openpyxl's unsaved formula is still refused")
    func cdataAndEmptyFormulas() throws {
        let strings = ["<si><t><![CDATA[Kota Palu]]></t></si>"]
        let rows = W.header(["city_code", "city_name", "year", "37120:5.1", "37120:13.2"])
            + "<row r=\"2\">" + W.text("A2", "72.71") + "<c r=\"B2\" t=\"s\"><v>0</v></c>" + W.number("C2", "2021")
            + "<c r=\"D2\" t=\"str\"><f>IF(1,\"\",1)</f><v></v></c>" + W.number("E2", "7") + "</row>"
        let result = try W.observations(try W.workbook(rows: rows, sharedStrings: strings))
        #expect(result.batch.count == 1 && result.batch.city(atRow: 0).name == "Kota Palu" && result.batch.indicator(atRow: 0) == "37120:13.2")
        let unsaved = W.header(["city_code", "city_name", "year", "37120:5.1"])
            + "<row r=\"2\">" + W.text("A2", "72.71") + W.text("B2", "Kota Palu") + W.number("C2", "2021") + "<c r=\"D2\"><f>1+1</f><v></v></c></row>"
        let found = W.problems { _ = try W.observations(try W.workbook(rows: unsaved)) }
        #expect(found.count == 1 && found.first?.location?.description.hasSuffix("Sheet1:D2") == true, "\(found)")
    }

    @Test("a year written 2023.0 and a BPS code written 7271.0 (a float column) read as 2023 and 72.71")
    func wholeNumbersAsFloats() throws {
        let rows = W.header(["city_code", "city_name", "year", "37120:5.1"])
            + "<row r=\"2\">" + W.number("A2", "7271.0") + W.text("B2", "Kota Palu") + W.number("C2", "2.021E3") + W.number("D2", "6.0") + "</row>"
        let batch = try W.observations(try W.workbook(rows: rows)).batch
        #expect(batch.count == 1 && batch.city(atRow: 0).code == "72.71" && batch.years.first == 2021 && batch.values.first == 6)
    }

    @Test("two note columns in Indonesian (catatan, keterangan) are not one column twice")
    func twoNoteColumns() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("notes.csv").path
        try "kode_wilayah,nama_wilayah,tahun,kode_indikator,nilai,catatan,keterangan\n72.71,Kota Palu,2021,37120:5.1,6.5,a,b\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let batch = try ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions).read(path: path).batch
        #expect(batch.count == 1 && batch.values.first == 6.5)
    }

    @Test("a capitals heading with no regency under it (PERKOTAAN) is set aside; one with regencies under it is refused")
    func headingsWithoutRegencies() throws {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("export.csv").path
        try ["Provinsi/Kabupaten/Kota,", ",[Metode Baru] Indeks Pembangunan Manusia", ",2021", "ACEH,72.18", "Simeulue,66.41",
             "PERKOTAAN,75.00", "PERDESAAN,70.00", "INDONESIA,72.29"].joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let export = try BPSExport.read(path: path, registry: Bundled.regions)
        #expect(export.values.map(\.value) == [66.41])
    }
}
