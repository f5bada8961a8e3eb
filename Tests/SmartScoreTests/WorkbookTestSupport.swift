import Foundation
import ZIPFoundation
@testable import SmartScore

/// Hand-made workbooks for the .xlsx reader's tests: the few parts the reader needs, each test changing the
/// one it is about. Written with ZIPFoundation, in memory.
enum WorkbookMaker {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A zip archive of `parts` (path → content), deflated.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, slice) in parts {
            let data = Data(slice)      // indices from 0, whatever slice it was
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// A workbook of one sheet whose `<sheetData>` is `rows`.
    static func workbook(rows: String, sheetName: String = "Sheet1", sharedStrings: [String]? = nil, styles: String? = nil,
                         extra: [(String, Data)] = []) throws -> Data {
        var parts: [(String, Data)] = [
            ("xl/workbook.xml", Data("""
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(main)" xmlns:r="\(relationships)"><sheets>\
                <sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8)),
            ("xl/_rels/workbook.xml.rels", Data("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8)),
            ("xl/worksheets/sheet1.xml", Data("""
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\(main)"><sheetData>\(rows)</sheetData></worksheet>
                """.utf8)),
        ]
        if let sharedStrings {
            parts.append(("xl/sharedStrings.xml", Data("<sst xmlns=\"\(main)\">\(sharedStrings.joined())</sst>".utf8)))
        }
        if let styles {
            parts.append(("xl/styles.xml", Data("<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>".utf8)))
        }
        return try zip(parts + extra)
    }

    /// An inline-string cell.
    static func text(_ reference: String, _ text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    static func number(_ reference: String, _ value: String, style: Int? = nil) -> String {
        "<c r=\"\(reference)\"\(style.map { " s=\"\($0)\"" } ?? "")><v>\(value)</v></c>"
    }

    /// A header row for the wide layout: city_code, city_name, year, then `indicators`.
    static func header(_ columns: [String]) -> String {
        "<row r=\"1\">" + columns.enumerated().map { text(CellReference.letters(ofColumn: $0.offset) + "1", $0.element) }.joined() + "</row>"
    }

    /// The rows of the workbook's first sheet.
    static func rows(_ bytes: Data, limits: WorkbookLimits = WorkbookLimits()) throws -> [WorkbookRow] {
        let workbook = try Workbook(bytes: bytes, displayName: "data.xlsx", limits: limits)
        var rows: [WorkbookRow] = []
        try workbook.rows(of: try workbook.sheet(named: nil)) { rows.append($0) }
        return rows
    }

    /// The workbook read as observations, as `import` reads it.
    static func observations(_ bytes: Data, sheet: String? = nil, options: ReadOptions = ReadOptions()) throws -> ReadResult {
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        return try reader.read(workbook: try Workbook(bytes: bytes, displayName: "data.xlsx"), sheet: sheet, options: options)
    }

    /// (code, year, indicator, value), sorted: what two reads must agree on.
    static func values(_ batch: ObservationBatch) -> [String] {
        (0..<batch.count).map { "\(batch.city(atRow: $0).code) \(batch.years[$0]) \(batch.indicator(atRow: $0)) \(batch.values[$0])" }.sorted()
    }

    /// The problems a throwing read reported.
    static func problems(_ body: () throws -> Void) -> [InputError] {
        do { try body() } catch let e as InputError { return [e] } catch let e as InputErrors { return e.errors } catch { return [] }
        return []
    }
}
