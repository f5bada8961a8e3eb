import Foundation
import Testing
@testable import SmartScore

/// The .xlsx reader on hand-made workbooks, one quirk of real files each, and on hostile ones.
@Suite("Data: Excel workbook (.xlsx) reader")
struct WorkbookReaderTests {
    typealias W = WorkbookMaker

    @Test("shared strings: plain, rich-text runs joined, phonetic guides left out, spaces kept")
    func sharedStrings() throws {
        let strings = ["<si><t xml:space=\"preserve\"> Kota Palu </t></si>",
                       "<si><r><rPr><b/></rPr><t>Kota </t></r><r><t>Ken</t></r><r><t xml:space=\"preserve\">dari</t></r><rPh sb=\"0\" eb=\"1\"><t>ケ</t></rPh></si>",
                       "<si><t>A &amp; B</t></si>"]
        let rows = try W.rows(W.workbook(rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>",
                                         sharedStrings: strings))
        #expect(rows.count == 1)
        #expect(rows[0].cells.map(\.cell) == [.text(" Kota Palu "), .text("Kota Kendari"), .text("A & B")])
    }

    @Test("inline strings, booleans, a formula's cached text and number; a formula without a value")
    func cellTypes() throws {
        let rows = try W.rows(W.workbook(rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><r><t>Kota </t></r><r><t>Palu</t></r></is></c><c r="B1" t="b"><v>1</v></c>\
            <c r="C1" t="b"><v>0</v></c><c r="D1" t="str"><f>A1</f><v>Kota Palu</v></c><c r="E1"><f>1/3</f><v>0.33333333333333331</v></c>\
            <c r="F1"><f>A1*2</f><v></v></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
            """))
        #expect(rows[0].cells.map(\.cell) == [.text("Kota Palu"), .boolean(true), .boolean(false), .text("Kota Palu"),
                                              .number("0.33333333333333331"), .uncomputedFormula, .error("#DIV/0!")])
    }

    @Test("sparse rows: missing rows and cells left out, a cell without r follows the one before")
    func sparseRows() throws {
        let rows = try W.rows(W.workbook(rows: """
            <row r="2"><c r="B2"><v>1</v></c><c r="E2"><v>2</v></c><c r="F2" t="inlineStr"><is><t></t></is></c></row>\
            <row r="3"></row><row><c><v>3</v></c><c><v>4</v></c></row><row r="9"><c r="AA9"><v>5</v></c></row>
            """))
        #expect(rows.map(\.row) == [2, 4, 9])
        #expect(rows[0].cells.map(\.column) == [1, 4])
        #expect(rows[1].cells.map(\.column) == [0, 1])
        #expect(rows[2].cells.map(\.column) == [26])
    }

    @Test("dates: built-in format 14 and custom d/m/y formats are dates, '0.00 \"hari\"' is a number; the 1904 system")
    func dates() throws {
        let styles = """
            <numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; hari&quot;"/></numFmts>\
            <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>\
            <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
            """
        let rows = try W.rows(W.workbook(rows: "<row r=\"1\">" + W.number("A1", "44197", style: 1) + W.number("B1", "45108.5", style: 2)
                                         + W.number("C1", "44197", style: 3) + W.number("D1", "44197", style: 0) + "</row>", styles: styles))
        #expect(rows[0].cells.map(\.cell) == [.date(year: 2021, iso: "2021-01-01"), .date(year: 2023, iso: "2023-07-01"),
                                              .number("44197"), .number("44197")])
        // Hand-checked serials: 1 is 1900-01-01, 59 is 28 February, 60 Lotus's 29 February, 61 is 1 March.
        #expect(ExcelDate.date(serial: 1, date1904: false)! == (1900, 1, 1))
        #expect(ExcelDate.date(serial: 59, date1904: false)! == (1900, 2, 28))
        #expect(ExcelDate.date(serial: 60, date1904: false)! == (1900, 2, 29))
        #expect(ExcelDate.date(serial: 61, date1904: false)! == (1900, 3, 1))
        #expect(ExcelDate.date(serial: 0, date1904: true)! == (1904, 1, 1))
        #expect(ExcelDate.date(serial: 42_735, date1904: true)! == (2021, 1, 1))
        #expect(!ExcelDate.isDateFormat("General") && !ExcelDate.isDateFormat("#,##0.00") && !ExcelDate.isDateFormat("[Red]0.0"))
        #expect(ExcelDate.isDateFormat("mmm-yy") && ExcelDate.isDateFormat("[$-421]dd mmmm yyyy"))
    }

    @Test("cell references: D17, XFD1048576; beyond Excel's grid refused")
    func references() {
        #expect(CellReference("D17") == CellReference(column: 3, row: 17))
        #expect(CellReference("$AA$2") == CellReference(column: 26, row: 2))
        #expect(CellReference("XFD1048576") == CellReference(column: 16_383, row: 1_048_576))
        #expect(CellReference("XFE1") == nil && CellReference("A0") == nil && CellReference("17D") == nil && CellReference("AAAA1") == nil)
        #expect(CellReference.letters(ofColumn: 0) == "A" && CellReference.letters(ofColumn: 25) == "Z" && CellReference.letters(ofColumn: 27) == "AB")
    }

    @Test("a sheet found through an absolute relationship target, with prefixed element names")
    func absoluteTargetAndPrefixes() throws {
        let bytes = try W.zip([
            ("xl/workbook.xml", Data("<x:workbook xmlns:x=\"\(W.main)\" xmlns:rel=\"\(W.relationships)\"><x:sheets><x:sheet name=\"Rekap\" sheetId=\"3\" rel:id=\"R9\"/></x:sheets></x:workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<Relationships><Relationship Id=\"R9\" Type=\"t/worksheet\" Target=\"/xl/sheets/../data/rekap.xml\"/></Relationships>".utf8)),
            ("xl/data/rekap.xml", Data("<x:worksheet xmlns:x=\"\(W.main)\"><x:sheetData><x:row r=\"1\"><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>".utf8)),
        ])
        let workbook = try Workbook(bytes: bytes, displayName: "data.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Rekap"] && workbook.sheets[0].part == "xl/data/rekap.xml")
        #expect(try W.rows(bytes)[0].cells.map(\.cell) == [.text("ok")])
    }

    // MARK: hostile files

    @Test("not a zip, a zip without workbook.xml, a damaged zip, malformed XML: each a clear error naming the file")
    func notWorkbooks() throws {
        func code(_ bytes: Data) -> String? { W.problems { _ = try W.rows(bytes) }.first?.code }
        #expect(code(Data("city_code,city_name\n".utf8)) == TextKey.workbookNotZip.rawValue)
        #expect(code(try W.zip([("hello.txt", Data("hi".utf8))])) == TextKey.workbookNoWorkbookPart.rawValue)
        let good = try W.workbook(rows: "<row r=\"1\">" + W.text("A1", "x") + "</row>")
        // Cut short: the central directory is gone.
        let cut = W.problems { _ = try W.rows(good.prefix(good.count / 2)) }
        #expect(cut.count == 1 && cut[0].location?.file == "data.xlsx")
        // Not XML, cut short (Foundation's parser on Linux accepts that unless checked), mis-nested, a NUL character.
        for broken in ["not xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>", "<a></b>", "<a>&#0;</a>"] {
            let bytes = try W.zip([("xl/workbook.xml", Data("<workbook><sheets><sheet name=\"S\" id=\"r1\"/></sheets></workbook>".utf8)),
                                   ("xl/worksheets/sheet1.xml", Data(broken.utf8))])
            let malformed = W.problems { _ = try W.rows(bytes) }
            #expect(malformed.map(\.code) == [TextKey.workbookMalformedXML.rawValue], "\(broken)")
        }
        #expect(code(try W.workbook(rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>", sharedStrings: [])) == TextKey.workbookSharedStringMissing.rawValue)
        #expect(code(try W.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>12,5</v></c></row>")) == TextKey.workbookNumberMalformed.rawValue)
        #expect(code(try W.workbook(rows: "<row r=\"2\"></row><row r=\"1\"></row>")) == TextKey.workbookBadRow.rawValue)
    }

    @Test("a DTD (entity expansion, external files) is refused before any parser sees it")
    func doctype() throws {
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><sst>&lol2;</sst>"
        let external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>"
        for (path, xml) in [("xl/sharedStrings.xml", laughs), ("xl/worksheets/sheet1.xml", external)] {
            var bytes = try W.workbook(rows: "")
            if path.hasSuffix("sheet1.xml") {
                bytes = try W.zip([("xl/workbook.xml", Data("<workbook><sheets><sheet name=\"S\" id=\"r1\"/></sheets></workbook>".utf8)),
                                   ("xl/worksheets/sheet1.xml", Data(xml.utf8))])
            } else {
                bytes = try W.workbook(rows: "", extra: [(path, Data(xml.utf8))])
            }
            let found = W.problems { _ = try W.rows(bytes) }
            #expect(found.map(\.code) == [TextKey.workbookDoctype.rawValue], "\(path)")
            #expect(found.first?.message.contains(path) == true)
        }
    }

    @Test("a zip bomb is stopped at the unpacked-size limit, and a sheet at the cell limit")
    func limits() throws {
        // 4 MiB of spaces inside the sheet deflate to a few kilobytes.
        let padding = String(repeating: " ", count: 4 << 20)
        let bomb = try W.workbook(rows: "<row r=\"1\">" + W.text("A1", "x") + "</row>" + padding)
        #expect(bomb.count < 64 << 10)
        let stopped = W.problems { _ = try W.rows(bomb, limits: WorkbookLimits(unpackedBytes: 1 << 20)) }
        #expect(stopped.map(\.code) == [TextKey.workbookTooLarge.rawValue])
        #expect(stopped.first?.message == "this workbook unpacks to more than 1 MiB (part xl/worksheets/sheet1.xml): refused, as a zip bomb would be")
        #expect(try W.rows(bomb).count == 1, "under the default limit it reads")
        let four = try W.workbook(rows: "<row r=\"1\">" + ["A1", "B1", "C1", "D1"].map { W.number($0, "1") }.joined() + "</row>")
        #expect(W.problems { _ = try W.rows(four, limits: WorkbookLimits(cells: 3)) }.map(\.code) == [TextKey.workbookTooManyCells.rawValue])
        #expect(try W.rows(four, limits: WorkbookLimits(cells: 4))[0].cells.count == 4)
    }

    @Test("the fuzzer's finding: a damaged zip whose entry points past the end is an error, not a trap")
    func fuzzFindings() throws {
        let path = TestPaths.fixture("workbooks/fuzz-seek-past-end.xlsx").path
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        let found = W.problems { _ = try reader.read(workbookPath: path, displayName: "fuzz.xlsx") }
        #expect(found.count == 1 && found.first?.location?.file == "fuzz.xlsx", "\(found)")
    }

    @Test("the fuzzer's finding: a sheet that is not UTF-8 (Foundation's parser traps on some such bytes) is refused first")
    func fuzzNotUTF8() throws {
        // The fuzzer's input: 0x03, then the sheet XML that goes into a fixed workbook (fuzz/Sources/FuzzXLSXReader).
        let input = try Data(contentsOf: TestPaths.fixture("workbooks/fuzz-sheet-not-utf8.bin"))
        let bytes = try W.zip([
            ("xl/workbook.xml", Data("<workbook><sheets><sheet name=\"S\" id=\"r1\"/></sheets></workbook>".utf8)),
            ("xl/worksheets/sheet1.xml", input.dropFirst())])
        #expect(W.problems { _ = try W.rows(bytes) }.map(\.code) == [TextKey.workbookNotUTF8.rawValue])
    }

    // MARK: as observations

    @Test("errors name file:sheet:cell in both languages: a #DIV/0! value, a formula without its value")
    func errorLocations() throws {
        let bytes = try W.workbook(rows: W.header(["city_code", "city_name", "year", "37120:5.1", "notes"])
            + "<row r=\"2\">" + W.text("A2", "72.71") + W.text("B2", "Kota Palu") + W.number("C2", "2021")
            + "<c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"E2\" t=\"e\"><v>#N/A</v></c></row>"
            + "<row r=\"17\">" + W.text("A17", "74.71") + W.text("B17", "Kota Kendari") + W.number("C17", "2021")
            + "<c r=\"D17\"><f>D2*2</f></c></row>", sheetName: "Sheet1")
        let found = W.problems { _ = try W.observations(bytes) }
        // The #N/A in the notes column is no concern: the reader does not use it.
        #expect(found.count == 2)
        #expect(found.map { $0.location?.description ?? "" } == ["data.xlsx:Sheet1:D2", "data.xlsx:Sheet1:D17"])
        #expect(found[0].rendered(language: .en).hasPrefix("data.xlsx:Sheet1:D2: error: the cell holds the error #DIV/0!, computed by its formula, not a value"))
        #expect(found[0].rendered(language: .id).hasPrefix("data.xlsx:Sheet1:D2: kesalahan: sel ini berisi galat #DIV/0! dari rumus, bukan nilai"))
        #expect(found[1].rendered(language: .en).hasPrefix("data.xlsx:Sheet1:D17: error: formula without a computed value"))
        #expect(found[1].rendered(language: .id).hasPrefix("data.xlsx:Sheet1:D17: kesalahan: rumus tanpa nilai hasil perhitungan"))
        // A CSV location is unchanged.
        #expect(SourceLocation(file: "data.csv", line: 17, column: 4).description == "data.csv:17:4")
        #expect(SourceLocation(file: "data.xlsx", sheet: "Sheet1", line: 17, column: 4).description == "data.xlsx:Sheet1:D17")
    }

    @Test("a header problem is at the header's row; an unknown sheet lists the sheets")
    func headerAndSheet() throws {
        let bytes = try W.workbook(rows: "<row r=\"3\">" + W.text("A3", "city_code") + W.text("B3", "city_name") + W.text("C3", "year")
                                   + W.text("D3", "37120:5.l") + "</row>", sheetName: "Rekap")
        let found = W.problems { _ = try W.observations(bytes) }
        #expect(found.first?.location?.description.hasPrefix("data.xlsx:Rekap:") == true)
        #expect(found.first?.location?.line == 3, "\(found)")
        let unknown = W.problems { _ = try W.observations(bytes, sheet: "Data") }
        #expect(unknown.first?.location == SourceLocation(parameter: .sheet))
        #expect(unknown.first?.message == "data.xlsx has no sheet named 'Data'; its sheets are: 'Rekap'")
        #expect(unknown.first?.messageID == "data.xlsx tidak memuat lembar kerja bernama 'Data'; lembar kerja yang tersedia: 'Rekap'")
    }

    @Test("numbers as stored, a date in the year column as its year, a region code typed as a number given back its zero")
    func values() throws {
        let styles = "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
        let bytes = try W.workbook(rows: W.header(["city_code", "city_name", "year", "37120:5.1", "local:E.1"])
            // 72.10 typed into a cell is the number 72.1; 1 January 2021 typed in the year column is serial 44197.
            + "<row r=\"2\">" + W.number("A2", "72.1") + W.text("B2", "Kabupaten Sigi") + W.number("C2", "44197", style: 1)
            + W.number("D2", "0.1") + W.number("E2", "6.5E1") + "</row>"
            + "<row r=\"3\">" + W.text("A3", "72.71") + W.text("B3", "Kota Palu") + W.number("C3", "2021")
            + W.number("D3", "1.2345678901234567") + W.text("E3", "70.5") + "</row>", styles: styles)
        let result = try W.observations(bytes)
        #expect(W.values(result.batch) == ["72.10 2021 37120:5.1 0.1", "72.10 2021 local:E.1 65.0",
                                           "72.71 2021 37120:5.1 1.2345678901234567", "72.71 2021 local:E.1 70.5"])
        #expect(result.sheet == "Sheet1")
    }

    // MARK: files of real spreadsheet programs

    static let fixtures = TestPaths.fixture("workbooks")

    static func read(_ name: String, options: ReadOptions = ReadOptions()) throws -> ReadResult {
        let path = fixtures.appendingPathComponent(name).path
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        return name.hasSuffix(".csv") ? try reader.read(path: path, options: options) : try reader.read(workbookPath: path, displayName: name, options: options)
    }

    /// The table of scripts/make-xlsx-fixtures.py, by hand: the formula D5 = D2*2 = 9, Balikpapan's local:E.1 empty.
    static let expected = ["64.71 2021 37120:5.1 6.1", "72.71 2021 37120:5.1 4.5", "72.71 2021 local:E.1 81.47",
                           "73.71 2021 37120:5.1 0.1", "73.71 2021 local:E.1 82.6", "74.71 2021 37120:5.1 9.0", "74.71 2021 local:E.1 83.01"]

    @Test("the committed LibreOffice Calc workbook imports to the same values as the CSV")
    func calcFixture() throws {
        let csv = try Self.read("observations.csv"), calc = try Self.read("calc.xlsx")
        #expect(W.values(csv.batch) == Self.expected)
        #expect(W.values(calc.batch) == Self.expected)
        #expect(calc.emptyCells == 1 && calc.dataRows == 4 && calc.sheet == "calc")
    }

    @Test("the committed openpyxl workbook: its formula has no value (said at Data:D5); every other value is the CSV's")
    func openpyxlFixture() throws {
        let found = W.problems { _ = try Self.read("openpyxl.xlsx") }
        #expect(found.map { $0.location?.description ?? "" } == ["openpyxl.xlsx:Data:D5"])
        #expect(found.first?.message == "formula without a computed value")
        let lenient = try Self.read("openpyxl.xlsx", options: ReadOptions(lenient: true))
        #expect(W.values(lenient.batch) == Self.expected.filter { !$0.hasPrefix("74.71") })
    }

    @Test("workbooks written now by LibreOffice Calc and openpyxl (recalculated by Calc) import to the CSV's values")
    func freshlyWritten() throws {
        let python = "/usr/bin/python3"
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func run(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        let script = TestPaths.root.appendingPathComponent("scripts/make-xlsx-fixtures.py").path
        guard FileManager.default.isExecutableFile(atPath: python),
              try run([python, script, dir.path, "csv", "openpyxl"]) == 0 else {
            print("skipped: Debian's python3 with openpyxl cannot be run (scripts/install-deps.sh installs python3-openpyxl)")
            return
        }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        let openpyxl = dir.appendingPathComponent("openpyxl.xlsx").path
        #expect(W.problems { _ = try reader.read(workbookPath: openpyxl) }.map(\.code) == [TextKey.workbookFormulaWithoutValue.rawValue])
        guard try run([python, script, dir.path, "calc"]) == 0 else {
            print("skipped: LibreOffice Calc (soffice) cannot be run (scripts/install-deps.sh installs libreoffice-calc-nogui)")
            return
        }
        #expect(W.values(try reader.read(path: dir.appendingPathComponent("observations.csv").path).batch) == Self.expected)
        #expect(W.values(try reader.read(workbookPath: dir.appendingPathComponent("calc.xlsx").path).batch) == Self.expected)
        // What the hint tells a user: open the openpyxl workbook in Calc and save it; the formula then has its value.
        let saved = dir.appendingPathComponent("saved")
        let soffice = ["/usr/bin/soffice", "-env:UserInstallation=file://" + dir.appendingPathComponent("profile").path, "--headless",
                       "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.path, openpyxl]
        #expect(try run(soffice) == 0)
        #expect(W.values(try reader.read(workbookPath: saved.appendingPathComponent("openpyxl.xlsx").path).batch) == Self.expected)
    }

    // MARK: several files

    @Test("two files giving one value differently: an error naming both places; the same value twice is fine")
    func conflicts() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        let header = "city_code,city_name,year,37120:5.1\n"
        func csv(_ name: String, _ body: String) throws -> (path: String, result: ReadResult) {
            let path = dir.appendingPathComponent(name).path
            try (header + body).write(toFile: path, atomically: true, encoding: .utf8)
            return (path, try reader.read(path: path))
        }
        let calc = (path: "calc.xlsx", result: try Self.read("calc.xlsx"))
        let same = try csv("same.csv", "74.71,Kota Kendari,2021,9\n")
        try Workspace.requireAgreement([calc, same])
        let other = try csv("other.csv", "64.71,Kota Balikpapan,2021,6.1\n74.71,Kota Kendari,2021,9.5\n")
        let found = W.problems { try Workspace.requireAgreement([calc, same, other]) }
        #expect(found.count == 1)
        #expect(found.first?.location?.description == other.path + ":3")
        #expect(found.first?.message == "74.71, 2021, 37120:5.1 is 9.5 here, but 9 at calc.xlsx:calc:D5")
        #expect(found.first?.messageID == "74.71, 2021, 37120:5.1 bernilai 9,5 di sini, tetapi bernilai 9 di calc.xlsx:calc:D5")
    }
}
