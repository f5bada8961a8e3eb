import Foundation
import Testing
@testable import SmartScore

/// The workbook's parts inflated from the file's bytes (`WorkbookArchive`): a deflate stream that never
/// ends is an error, where ZIPFoundation's own loop would read to the end of the file and spin there.
@Suite("Workbook archive: a deflate stream cut short is an error, not a hang")
struct WorkbookArchiveTests {
    /// `bytes` with the central directory's compressed size of `path` set to `size`.
    static func claiming(_ bytes: Data, path: String, compressedSize size: (UInt32) -> UInt32) throws -> Data {
        var b = [UInt8](bytes)
        let name = Array(path.utf8)
        let k = try #require((0..<(b.count - 46 - name.count)).first {
            b[$0] == 0x50 && b[$0 + 1] == 0x4B && b[$0 + 2] == 0x01 && b[$0 + 3] == 0x02
                && Int(b[$0 + 28]) | Int(b[$0 + 29]) << 8 == name.count && Array(b[($0 + 46)..<($0 + 46 + name.count)]) == name
        })
        let old = UInt32(b[k + 20]) | UInt32(b[k + 21]) << 8 | UInt32(b[k + 22]) << 16 | UInt32(b[k + 23]) << 24
        let new = size(old)
        for i in 0..<4 { b[k + 20 + i] = UInt8((new >> (8 * UInt32(i))) & 0xFF) }
        return Data(b)
    }

    @Test("LibreOffice's workbook with its sheet's compressed size halved: refused as damaged, at once")
    func streamCutShort() throws {
        let calc = try Data(contentsOf: TestPaths.fixture("workbooks/calc.xlsx"))
        let structure = try Workbook(bytes: calc, displayName: "calc.xlsx")
        let part = try structure.sheet(named: nil).part
        let cut = try Self.claiming(calc, path: part, compressedSize: { $0 / 2 })
        let found = WorkbookMaker.problems { _ = try WorkbookMaker.rows(cut) }
        #expect(found.map(\.code) == [TextKey.workbookDamaged.rawValue], "\(found)")
        // A size past the end of the file is refused the same way.
        let past = try Self.claiming(calc, path: part, compressedSize: { _ in 0x7FFF_FFFF })
        #expect(WorkbookMaker.problems { _ = try WorkbookMaker.rows(past) }.map(\.code) == [TextKey.workbookDamaged.rawValue])
        // The workbook as written still reads.
        #expect(try !WorkbookMaker.rows(calc).isEmpty)
    }
}
