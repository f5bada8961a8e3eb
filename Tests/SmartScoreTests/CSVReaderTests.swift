import Foundation
import Testing
@testable import SmartScore

@Suite("Data: the CSV reader and number parser")
struct CSVReaderTests {
    func records(_ bytes: [UInt8], separator: CSVDialect.Separator? = nil) throws -> [CSVRecord] {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("f.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        var out: [CSVRecord] = []
        try CSVReader(path: path, separator: separator).forEachRecord { out.append($0); return true }
        return out
    }

    @Test("quoted fields hold separators, doubled quotes and line breaks; lines are counted through them")
    func quoting() throws {
        let r = try records(Array("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row".utf8))
        #expect(r.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"], ["last", "row"]])
        #expect(r.map(\.line) == [1, 2, 3, 5])
    }

    @Test("BOM, CRLF, semicolons and trailing blank rows of a spreadsheet export")
    func spreadsheetExport() throws {
        let r = try records([0xEF, 0xBB, 0xBF] + Array("kode;nilai\r\n72.71; 4,5 \r\n;\r\n;\r\n".utf8))
        #expect(r[0].fields == ["kode", "nilai"])
        #expect(r[1].fields == ["72.71", " 4,5 "])
        #expect(r[2].isBlank && r[3].isBlank && r.count == 4)
        #expect(CSVDialect.detectSeparator(headerLine: Array("a;b;c".utf8)) == .semicolon)
        #expect(CSVDialect.detectSeparator(headerLine: Array("a,\"b;c\",d".utf8)) == .comma)
        #expect(CSVDialect.detectDecimal(separator: .semicolon, samples: ["18,98", "7148"]) == .comma)
        #expect(CSVDialect.detectDecimal(separator: .semicolon, samples: ["18.98", "7.5"]) == .point)
    }

    @Test("records spanning the 1 MiB chunk boundary are read whole")
    func chunkBoundary() throws {
        let long = String(repeating: "x", count: CSVReader.chunkSize - 3)
        let r = try records(Array("h1,h2\n\(long),\"quoted\nacross\"\nend,1\n".utf8))
        #expect(r.count == 3 && r[1].fields[0].count == long.count && r[1].fields[1] == "quoted\nacross" && r[2].line == 4)
    }

    @Test("an unterminated quote is an error at the line where it opened")
    func unterminated() throws {
        #expect(throws: InputError.self) { try records(Array("a,b\n\"open,1\n2,3\n".utf8)) }
        do { _ = try records(Array("a,b\n\"open,1\n2,3\n".utf8)) } catch let e as InputError {
            #expect(e.message == "a quoted field is never closed" && e.location?.line == 2)
        }
    }

    @Test("numbers: decimal marks, grouping, padding, mixed marks, and what is refused")
    func numbers() {
        #expect(NumberParser.parse(" 71,15 ", decimal: .comma) == 71.15)
        #expect(NumberParser.parse("1.648.096,5", decimal: .comma) == 1_648_096.5)
        #expect(NumberParser.parse("1,648,096.5", decimal: .point) == 1_648_096.5)
        #expect(NumberParser.parse("11.34", decimal: .comma) == 11.34)         // a point where it cannot be grouping
        #expect(NumberParser.read("1.234", decimal: .comma) == .ambiguous)
        #expect(NumberParser.parse("-3.5e2", decimal: .point) == -350)
        #expect(NumberParser.parse("+4", decimal: .point) == 4)
        for bad in ["nan", "inf", "0x1p3", "tujuh", "4,5%", "", "1.2.3,4,5"] {
            #expect(NumberParser.parse(bad, decimal: .point) == nil, "\(bad)")
        }
    }
}
