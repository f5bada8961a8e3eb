import Foundation
import Testing
@testable import SmartScore

/// The measurement behind the Data README's choice of libxlsxwriter over hand-written XML: one sheet of
/// 514 regions × every catalogue indicator (165,508 rows, 13 columns), written both ways. Opt-in, since it
/// measures rather than checks: `SMARTSCORE_MEASURE_XLSX=1 swift test --filter WorkbookMeasurement`.
@Suite("Workbook measurement (opt-in)", .enabled(if: ProcessInfo.processInfo.environment["SMARTSCORE_MEASURE_XLSX"] != nil))
struct WorkbookMeasurementTests {
    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func size(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func column(_ j: Int) -> String { String(UnicodeScalar(UInt8(65 + j))) }

    @Test("514 regions × all indicators: libxlsxwriter against a hand-written sheet XML zipped by zip(1)")
    func measure() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let regions = Bundled.regions.regions
        let indicators = Bundled.catalogue.indicators
        let t = Localizer(.id)
        let header = CollectionTemplateColumn.columns(withOwner: false).map(\.rawValue)
        #expect(regions.count == 514 && header.count == 13)

        // libxlsxwriter, through the wrapper, with what a template has: styles, unlocked cells, a validation per row.
        let library = dir.appendingPathComponent("library.xlsx").path
        let libraryTime = try Self.seconds {
            try WorkbookWriter.write(to: library) { workbook in
                let sheet = try workbook.addSheet("Isian")
                for (j, name) in header.enumerated() { try sheet.write(name, row: 0, column: j, style: .init(bold: true)) }
                var r = 1
                for region in regions {
                    for indicator in indicators {
                        try sheet.write(region.code, row: r, column: 0)
                        try sheet.write(region.name, row: r, column: 1)
                        try sheet.write(2025, row: r, column: 2)
                        try sheet.write(indicator.code, row: r, column: 3)
                        try sheet.write(indicator.name.id, row: r, column: 4)
                        try sheet.write(t.unit(indicator.unit), row: r, column: 5)
                        if let lo = indicator.validRange.min { try sheet.write(lo, row: r, column: 6) }
                        if let hi = indicator.validRange.max { try sheet.write(hi, row: r, column: 7) }
                        try sheet.blank(row: r, column: 10, style: .init(locked: false))
                        try sheet.validateDecimal(rows: r...r, column: 10, min: indicator.validRange.min, max: indicator.validRange.max,
                                                  inputTitle: "Isikan nilai", inputMessage: "Angka", errorTitle: "Ditolak", errorMessage: "Di luar rentang")
                        try sheet.blank(row: r, column: 11, style: .init(locked: false))
                        r += 1
                    }
                }
                sheet.protect()
            }
        }

        // Hand-written: the same cells as inline strings, the same validations, the five other parts a
        // minimal workbook needs, zipped by zip(1) (Foundation has no zip writer on Linux).
        let parts = dir.appendingPathComponent("hand")
        let handTime = try Self.seconds {
            try FileManager.default.createDirectory(at: parts.appendingPathComponent("_rels"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: parts.appendingPathComponent("xl/_rels"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: parts.appendingPathComponent("xl/worksheets"), withIntermediateDirectories: true)
            func text(_ s: String, _ ref: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(Self.escaped(s))</t></is></c>" }
            func number(_ x: Double, _ ref: String) -> String { "<c r=\"\(ref)\"><v>\(x)</v></c>" }
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            xml += "<row r=\"1\">" + header.enumerated().map { text($1, "\(Self.column($0))1") }.joined() + "</row>"
            var validations = ""
            var r = 2
            for region in regions {
                for indicator in indicators {
                    var row = "<row r=\"\(r)\">" + text(region.code, "A\(r)") + text(region.name, "B\(r)") + number(2025, "C\(r)")
                        + text(indicator.code, "D\(r)") + text(indicator.name.id, "E\(r)") + text(t.unit(indicator.unit), "F\(r)")
                    if let lo = indicator.validRange.min { row += number(lo, "G\(r)") }
                    if let hi = indicator.validRange.max { row += number(hi, "H\(r)") }
                    xml += row + "<c r=\"K\(r)\" s=\"1\"/><c r=\"L\(r)\" s=\"1\"/></row>"
                    validations += "<dataValidation type=\"decimal\" operator=\"greaterThanOrEqual\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" promptTitle=\"Isikan nilai\" prompt=\"Angka\" errorTitle=\"Ditolak\" error=\"Di luar rentang\" sqref=\"K\(r)\"><formula1>\(indicator.validRange.min ?? 0)</formula1></dataValidation>"
                    r += 1
                }
            }
            xml += "</sheetData><sheetProtection sheet=\"1\"/><dataValidations count=\"\(r - 2)\">\(validations)</dataValidations></worksheet>"
            try xml.write(to: parts.appendingPathComponent("xl/worksheets/sheet1.xml"), atomically: false, encoding: .utf8)
            let fixed = [
                "[Content_Types].xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>",
                "_rels/.rels": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Isian\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>",
                "xl/styles.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellXfs count=\"2\"><xf/><xf applyProtection=\"1\"><protection locked=\"0\"/></xf></cellXfs></styleSheet>",
            ]
            for (name, content) in fixed { try content.write(to: parts.appendingPathComponent(name), atomically: false, encoding: .utf8) }
            let zip = Process()
            zip.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
            zip.currentDirectoryURL = parts
            zip.arguments = ["-q", "-X", "-r", dir.appendingPathComponent("hand.xlsx").path, "."]
            try zip.run()
            zip.waitUntilExit()
        }
        let sheetXML = Self.size(parts.appendingPathComponent("xl/worksheets/sheet1.xml").path)
        print("""
            MEASURE rows=\(regions.count * indicators.count)
            MEASURE libxlsxwriter: \(String(format: "%.2f", libraryTime)) s, \(Self.size(library)) bytes
            MEASURE hand-written XML + zip(1): \(String(format: "%.2f", handTime)) s, \(Self.size(dir.appendingPathComponent("hand.xlsx").path)) bytes (sheet XML \(sheetXML) bytes before compression)
            """)
    }
}
