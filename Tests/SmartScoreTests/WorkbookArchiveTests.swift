import Foundation
import Testing
@testable import SmartScore

/// The workbook's parts inflated from the file's bytes (`WorkbookArchive`): a deflate stream that never
/// ends is an error, where ZIPFoundation's own loop would read to the end of the file and spin there.
@Suite("Workbook archive and records: a deflate stream cut short is an error, not a hang; a row inside a cell")
struct WorkbookArchiveTests {
    /// `bytes` with the central directory's compressed size of `path` set to `size`.
    static func claiming(_ bytes: Data, path: String, compressedSize size: (UInt32) -> UInt32) throws -> Data {
        var b = [UInt8](bytes)
        let name = Array(path.utf8)
        func isHeader(_ at: Int) -> Bool {
            guard b[at] == 0x50, b[at + 1] == 0x4B, b[at + 2] == 0x01, b[at + 3] == 0x02 else { return false }
            let length = Int(b[at + 28]) | Int(b[at + 29]) << 8
            return length == name.count && Array(b[(at + 46)..<(at + 46 + name.count)]) == name
        }
        let k = try #require((0..<(b.count - 46 - name.count)).first(where: isHeader))
        let old = UInt32(b[k + 20]) | UInt32(b[k + 21]) << 8 | UInt32(b[k + 22]) << 16 | UInt32(b[k + 23]) << 24
        let new = size(old)
        for i in 0..<4 { b[k + 20 + i] = UInt8((new >> (8 * UInt32(i))) & 0xFF) }
        return Data(b)
    }

    @Test("a sheet whose deflate stream ends before its end is refused as damaged, at once; a size past the file's end too")
    func streamCutShort() throws {
        // Written by ZIPFoundation, which gives its sizes in the central directory (no data descriptor): a
        // compressed size cut in half hands the inflater half a stream, which never reaches its end.
        let rows = WorkbookMaker.header(["city_code", "city_name", "year", "37120:5.1"])
            + (2...200).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"inlineStr\"><is><t>72.71</t></is></c><c r=\"C\($0)\"><v>\(1800 + $0)</v></c></row>" }.joined()
        let bytes = try WorkbookMaker.workbook(rows: rows)
        #expect(try !WorkbookMaker.rows(bytes).isEmpty)
        let part = try Workbook(bytes: bytes, displayName: "data.xlsx").sheet(named: nil).part
        let cut = try Self.claiming(bytes, path: part, compressedSize: { $0 / 2 })
        let found = WorkbookMaker.problems { _ = try WorkbookMaker.rows(cut) }
        #expect(found.map(\.code) == [TextKey.workbookDamaged.rawValue], "\(found.map(\.message))")
        let past = try Self.claiming(bytes, path: part, compressedSize: { _ in 0x7FFF_FFFF })
        #expect(WorkbookMaker.problems { _ = try WorkbookMaker.rows(past) }.map(\.code) == [TextKey.workbookDamaged.rawValue])
        // LibreOffice's workbook (data descriptors after each part) still reads through the same path.
        #expect(try !WorkbookMaker.rows(Data(contentsOf: TestPaths.fixture("workbooks/calc.xlsx"))).isEmpty)
    }

    @Test("the fuzzer's finding: a row opened inside a cell is refused, not a cell at column -1 and a trap")
    func rowInsideACell() throws {
        let rows = WorkbookMaker.header(["city_code", "city_name", "year", "37120:5.1"])
            + "<row r=\"2\"><c r=\"A2\"><row r=\"3\"></row><v>1</v></c></row>"
        let found = WorkbookMaker.problems { _ = try WorkbookMaker.observations(try WorkbookMaker.workbook(rows: rows)) }
        #expect(found.map(\.code) == [TextKey.workbookBadRow.rawValue], "\(found.map(\.message))")
        // The fuzzer's input itself: 0x03 (sheet XML, with shared strings and styles), then the sheet.
        let input = try Data(contentsOf: TestPaths.fixture("workbooks/fuzz-row-inside-cell.bin"))
        let bytes = try WorkbookMaker.zip([
            ("xl/workbook.xml", Data("<workbook><sheets><sheet name=\"S\" id=\"r1\"/></sheets></workbook>".utf8)),
            ("xl/worksheets/sheet1.xml", input.dropFirst())])
        #expect(!WorkbookMaker.problems { _ = try WorkbookMaker.observations(bytes) }.isEmpty)
    }
}
