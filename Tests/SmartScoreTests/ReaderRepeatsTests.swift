import Foundation
import Testing
@testable import SmartScore

/// The reader's shortcuts for what repeats from row to row (`RowMemo`, the parser's reused cells) must give
/// exactly what reading every cell afresh gives: the same numbers to the bit, the same errors at the same
/// places, and progress that ends where the file ends.
@Suite("Data: the reader's shortcuts for repeated cells")
struct ReaderRepeatsTests {
    /// An indicator with the widest valid range, so that most awkward numbers are admitted and compared.
    static let wide: Indicator = {
        let all = Bundled.catalogue.indicators
        return all.first { $0.validRange.min == nil && $0.validRange.max == nil }
            ?? all.min { ($0.validRange.min ?? -.infinity, -($0.validRange.max ?? .infinity)) < ($1.validRange.min ?? -.infinity, -($1.validRange.max ?? .infinity)) }!
    }()

    /// Cells a person's spreadsheet may hold in a value column: plain, padded, signed, grouped, with
    /// exponents, at the edges of a Double's precision and range, and not numbers at all.
    static let awkward = [
        "0.1", "0,1", "1e-300", "1E-300", "123456789012345678901", "-0", "+0", "-0.0", "  7 ", "\u{00A0}7\u{00A0}", "7\u{200B}",
        "1.000,5", "1,000.5", "1.234", "1,234", "1.234.567", "1,234,567", "1.234.567,89", "1,234,567.89", "0.30000000000000004",
        "2.2250738585072014e-308", "4.9e-324", "1e15", "1e16", "999999999999999.9", "0.1e1", "-12,5", "+3.25", "1.", ",5", ".5",
        "5,", "1e400", "12abc", "nan", "inf", "-", "", "0x1p3", "9007199254740993", "3.14159265358979323846264338327950288",
    ]

    func write(_ text: String) throws -> (dir: URL, path: String) {
        let dir = try TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("values.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return (dir, path)
    }

    /// Each awkward cell on its own row (its own year), one region throughout, so that the region's cells
    /// take the repeated-cell path; a semicolon file so that a comma is never a separator.
    @Test("every awkward decimal reads to NumberParser's Double, bit for bit, under either decimal mark", arguments: [CSVDialect.DecimalMark.point, .comma])
    func awkwardDecimals(decimal: CSVDialect.DecimalMark) throws {
        let code = Self.wide.code
        var text = "city_code;city_name;year;indicator;value;province;type;source\n"
        for (k, cell) in Self.awkward.enumerated() {
            text += "72.71;Kota Palu;\(2000 + k);\(code);\(cell);Sulawesi Tengah;kota;BPS\n"
        }
        let (dir, path) = try write(text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        let result = try reader.read(path: path, options: ReadOptions(decimal: decimal, lenient: true))
        var readByLine: [Int: Double] = [:]
        for row in 0..<result.batch.count { readByLine[Int(result.batch.lines[row])] = result.batch.values[row] }
        let (low, high) = (Self.wide.validRange.min ?? -.infinity, Self.wide.validRange.max ?? .infinity)
        var compared = 0
        for (k, cell) in Self.awkward.enumerated() {
            let line = k + 2
            if case let .number(x) = NumberParser.read(CellText.text(cell), decimal: decimal), abs(x) <= 1e15, x >= low, x <= high {
                #expect(readByLine[line]?.bitPattern == x.bitPattern, "'\(cell)' at line \(line): read \(String(describing: readByLine[line])), NumberParser \(x)")
                compared += 1
            } else {
                #expect(readByLine[line] == nil, "'\(cell)' at line \(line) is not a valid number, yet was read as \(String(describing: readByLine[line]))")
            }
        }
        // The table must exercise the comparison, not skip it: most of its cells are numbers in range.
        #expect(compared >= 20)
        #expect(result.batch.count == compared)
    }

    @Test("the same region cells after a refused row are checked again: a contradicting province is said on each of its rows")
    func repeatedCellsAfterARefusal() throws {
        let code = Self.wide.code
        let text = """
            city_code,city_name,year,indicator,value,province
            72.71,Kota Palu,2020,\(code),1,Sulawesi Tengah
            72.71,Kota Palu,2021,\(code),2,Jawa Barat
            72.71,Kota Palu,2022,\(code),3,Jawa Barat
            72.71,Kota Palu,2023,\(code),4,Sulawesi Tengah
            72.71,Kota Palu,2024,\(code),x,Sulawesi Tengah
            72.71,Kota Palu,2025,\(code),5,Sulawesi Tengah

            """
        let (dir, path) = try write(text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        do {
            _ = try reader.read(path: path)
            Issue.record("a province contradicting the region list must be refused")
        } catch let errors as InputErrors {
            let places = errors.errors.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
            // Lines 3 and 4 at the province (column 6), line 6 at the value (column 5); nothing on the others.
            #expect(places == ["3:6", "4:6", "6:5"])
        }
        let lenient = try reader.read(path: path, options: ReadOptions(lenient: true))
        #expect(lenient.batch.lines == [2, 5, 7])
        #expect(lenient.batch.years == [2020, 2023, 2025])
        #expect(lenient.batch.values == [1, 4, 5])
        #expect(lenient.batch.cities.count == 1 && lenient.batch.cities[0].province == "Sulawesi Tengah")
    }

    @Test("a repeated indicator, year and source cell each give what the first gave; a new spelling is read afresh")
    func repeatedCells() throws {
        let code = Self.wide.code
        let text = """
            city_code,city_name,year,indicator,value,source
            72.71,Kota Palu,2020,\(code),1,BPS
            72.71,Kota Palu,2021,\(code),2,BPS
            72.71,Kota Palu,2021, \(code) ,3,BPS
            72.71,Kota Palu, 2022,\(code),4,Dinas
            72.02,Kota Palu,2023,\(code),5,BPS

            """
        let (dir, path) = try write(text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        do {
            _ = try reader.read(path: path)
            Issue.record("a duplicate and a wrong name must be refused")
        } catch let errors as InputErrors {
            // Line 4 repeats line 3's (city, year, indicator) under another spelling of the code; line 6 gives
            // Kota Palu's name to another code.
            #expect(errors.errors.map { $0.location?.line ?? 0 } == [4, 6])
            #expect(errors.errors.first?.message.contains("the first is at line 3") == true)
        }
        let lenient = try reader.read(path: path, options: ReadOptions(lenient: true))
        #expect(lenient.batch.years == [2020, 2021, 2022])
        #expect((0..<lenient.batch.count).map { lenient.batch.source(atRow: $0) } == ["BPS", "BPS", "Dinas"])
        #expect(lenient.batch.indicatorCodes == [code])
    }

    @Test("progress is told in megabytes, never backwards, and ends at the file's size")
    func progress() throws {
        // 2.5 MB: three chunks of 1 MiB.
        let row = "72.71,Kota Palu,2021,\(Self.wide.code),1.5\n"
        let text = "city_code,city_name,year,indicator,value\n" + String(repeating: row, count: 2_500_000 / row.utf8.count)
        let (dir, path) = try write(text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let calls = Calls()
        var reader = CSVReader(path: path)
        reader.progress = { done, total in calls.append([done, total]) }
        reader.progressThreshold = 0
        var records = 0
        try reader.forEachRecord { _ in records += 1; return true }
        let told = calls.all
        let megabytes = (text.utf8.count + 999_999) / 1_000_000
        #expect(megabytes == 3 && records == 2_500_000 / row.utf8.count + 1)
        #expect(told.count >= 3 && told.allSatisfy { $0[1] == megabytes })
        #expect(told.map { $0[0] } == told.map { $0[0] }.sorted())
        #expect(told.last == [megabytes, megabytes])
        // A small file by default says nothing: it is read before anyone would look.
        let quiet = Calls()
        var small = CSVReader(path: path)
        small.progress = { done, total in quiet.append([done, total]) }
        try small.forEachRecord { _ in true }
        #expect(quiet.all.isEmpty)
    }

    /// The progress calls, from whichever thread makes them.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [[Int]] = []
        func append(_ call: [Int]) { lock.lock(); calls.append(call); lock.unlock() }
        var all: [[Int]] { lock.lock(); defer { lock.unlock() }; return calls }
    }
}
