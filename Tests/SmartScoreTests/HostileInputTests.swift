import Crypto
import Foundation
import Testing
@testable import SmartScore

/// Issue 15: every class of hostile input file gets a clear error at file:line:column (or, where the
/// file can be read without doubt, a warning saying how), and nothing wrong reaches a batch or the
/// store. The files are hand-made bytes, and the expectations exact values, so that each test can fail.
@Suite("Data: hostile input files, one test per class")
struct HostileInputTests {
    let header = "city_code,city_name,year,indicator,value\n"

    final class Sandbox {
        let dir: URL
        init() throws { dir = try TestPaths.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: dir) }
        func file(_ name: String, _ bytes: [UInt8]) -> String {
            let path = dir.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            return path
        }
        func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }
    }

    let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)

    /// The errors reading `path` refuses it with (none when it reads).
    func errors(_ path: String, lenient: Bool = false) -> [InputError] {
        do {
            _ = try reader.read(path: path, options: ReadOptions(lenient: lenient))
            return []
        } catch let e as InputErrors {
            return e.errors
        } catch let e as InputError {
            return [e]
        } catch {
            Issue.record("not an input error: \(error)")
            return []
        }
    }

    func only(_ path: String, lenient: Bool = false) throws -> InputError {
        let all = errors(path, lenient: lenient)
        #expect(all.count == 1, "\(all)")
        return try #require(all.first, "the file was not refused")
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    // MARK: 1. encoding

    @Test("strict UTF-8: overlong forms, surrogates, truncated sequences and code points beyond U+10FFFF are invalid")
    func testEncodingUTF8ValidationIsStrict() {
        func bad(_ bytes: [UInt8]) -> Int? { TextEncoding.firstInvalidUTF8(bytes)?.offset }
        #expect(bad(Array("Kota Palu — é ✓ 😀".utf8)) == nil)
        #expect(bad([0x41, 0xC0, 0x80]) == 1)                 // overlong NUL
        #expect(bad([0xE0, 0x80, 0xAF]) == 0)                 // overlong '/'
        #expect(bad([0xF0, 0x80, 0x80, 0xAF]) == 0)           // overlong, four bytes
        #expect(bad([0x41, 0x42, 0xED, 0xA0, 0x80]) == 2)     // U+D800, a surrogate
        #expect(bad([0x41, 0xE2, 0x80]) == 1)                 // cut off
        #expect(bad([0xF4, 0x90, 0x80, 0x80]) == 0)           // U+110000
        #expect(bad([0x96]) == 0)                             // a lone continuation byte
    }

    @Test("a Windows-1252 file (Excel CSV on Indonesian Windows) is read as such, with a warning; its hash is of its bytes")
    func testEncodingWindows1252IsDetectedAndTranscoded() throws {
        let box = try Sandbox()
        let bytes = Array((header.dropLast() + ",source\n").utf8) + Array("72.71,Kota Palu,2021,37120:5.1,4.5,Bolaang Mongondow Selatan ".utf8)
            + [0x96] + Array(" Kotamobagu caf".utf8) + [0xE9, 0x0A]
        let result = try reader.read(path: box.file("w.csv", bytes))
        #expect(result.encoding == .windows1252)
        #expect(result.batch.sources == ["Bolaang Mongondow Selatan \u{2013} Kotamobagu caf\u{E9}"])
        #expect(!result.batch.sources[0].unicodeScalars.contains("\u{FFFD}"))
        #expect(result.warnings.map(\.code) == ["hostile.encoding_read_as_1252"])
        #expect(result.warnings[0].message == "the file is saved as Windows-1252, not UTF-8; it was read as such")
        #expect(result.warnings[0].hint?.contains("CSV UTF-8") == true && result.warnings[0].hintID?.contains("simpan ulang sebagai CSV UTF-8") == true)
        #expect(result.sha256 == Self.sha256(bytes))
        #expect(TextEncoding.windows1252ToUTF8(Array(0x80...0x9F).filter { ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) })
                .map { String(decoding: $0, as: UTF8.self) } == "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
    }

    @Test("neither UTF-8 nor Windows-1252, or UTF-8 mixed with another encoding: refused at the first bad byte, in hex")
    func testEncodingUnreadableBytesAreRefusedAtTheByte() throws {
        let box = try Sandbox()
        // 0x81 is undefined in Windows-1252; the bad cell is line 3, column 2.
        let neither = try only(box.file("n.csv", Array((header + "72.71,Kota Palu,2021,37120:5.1,4.5\n72.71,Kota ").utf8) + [0x81]
            + Array(",2022,37120:5.1,4.6\n".utf8)))
        #expect(neither.code == "hostile.encoding_neither")
        #expect(neither.location?.line == 3 && neither.location?.column == 2)
        #expect(neither.message.contains("byte 0x81"))
        // Real UTF-8 (é) on line 2, a lone 0xE9 on line 3: reading it all as Windows-1252 would garble line 2.
        let mixedPath = box.file("m2.csv", Array((header.dropLast() + ",source\n").utf8)
            + Array("72.71,Kota Palu,2021,37120:5.1,4.5,BPS caf\u{E9}\n72.71,Kota Palu,2022,37120:5.1,4.6,BPS caf".utf8) + [0xE9, 0x0A])
        let m = try only(mixedPath)
        #expect(m.code == "hostile.encoding_mixed" && m.location?.line == 3 && m.location?.column == 6 && m.message.contains("0xE9"))
        #expect(m.messageID?.contains("encoding") == true)
        // A UTF-8 byte-order mark, then a Windows-1252 byte: the file claims UTF-8, so it is not read as Windows-1252.
        let bomThen1252 = try only(box.file("b.csv", [0xEF, 0xBB, 0xBF] + Array((header + "72.71,Kota Palu,2021,37120:5.1,4.5\n72.71,Kota ").utf8)
            + [0xE9] + Array(",2022,37120:5.1,4.6\n".utf8)))
        #expect(bomThen1252.code == "hostile.encoding_mixed" && bomThen1252.location?.line == 3 && bomThen1252.location?.column == 2)
        // Readers that do not offer the Windows-1252 fallback (the region list) refuse an overlong form outright.
        let overlong = box.file("o.csv", Array("a,b\nx,".utf8) + [0xC0, 0xAF, 0x0A])
        #expect(throws: InputError.self) { try CSVReader(path: overlong).forEachRecord { _ in true } }
        do { try CSVReader(path: overlong).forEachRecord { _ in true } } catch let e as InputError {
            #expect(e.code == "hostile.encoding_invalid_utf8" && e.location?.line == 2 && e.location?.column == 2 && e.message.contains("0xC0"))
        }
    }

    @Test("UTF-16 (Excel 'Unicode text'), little- and big-endian, with or without a byte-order mark, is transcoded")
    func testEncodingUTF16IsTranscoded() throws {
        let box = try Sandbox()
        let text = "city_code\tcity_name\tyear\tindicator\tvalue\tsource\n72.71\tKota Palu\t2021\t37120:5.1\t4.5\tBPS — 😀\n"
        let le = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (name, bytes, encoding) in [("le.csv", [0xFF, 0xFE] + le, TextEncoding.utf16LE), ("be.csv", [0xFE, 0xFF] + be, .utf16BE),
                                        ("nobom.csv", le, .utf16LE)] {
            let result = try reader.read(path: box.file(name, bytes))
            #expect(result.encoding == encoding, "\(name)")
            #expect(result.batch.values == [4.5] && result.batch.sources == ["BPS — 😀"], "\(name)")
            #expect(result.batch.cities.map(\.code) == ["72.71"], "\(name)")
            #expect(result.sha256 == Self.sha256(bytes), "\(name)")
        }
        // An unpaired surrogate is an error at its cell, never U+FFFD.
        var broken = [0xFF, 0xFE] + le
        let at = Array(text.utf16).firstIndex(of: 0xD83D)!
        broken[2 + 2 * at + 2] = 0x41; broken[2 + 2 * at + 3] = 0x00     // the low surrogate becomes "A"
        let e = try only(box.file("broken.csv", broken))
        #expect(e.code == "hostile.encoding_invalid_utf16" && e.location?.line == 2 && e.location?.column == 6)
        #expect(e.message == "the file is UTF-16LE, but holds a broken or cut-off character here (U+D83D)")
    }

    // MARK: 2. control characters

    @Test("a control character in a value, code, name or source is refused at its cell, shown escaped")
    func testControlCharactersInCellsAreRefused() throws {
        let box = try Sandbox()
        let nul = try only(box.file("nul.csv", header + "72.71,Kota Palu,2021,37120:5.1,4.19\u{0}\n"))
        #expect(nul.code == "hostile.read_control_character")
        #expect(nul.location == SourceLocation(file: nul.location?.file, line: 2, column: 5))
        #expect(nul.message == "the cell '4.19\\u{0}' holds the control or formatting character U+0000")
        #expect(nul.messageID == "sel '4.19\\u{0}' memuat karakter kendali atau format U+0000")
        let esc = try only(box.file("esc.csv", header + "72.71,Kota \u{1B}[31mPalu,2021,37120:5.1,4.5\n"))
        #expect(esc.location?.column == 2 && esc.message.contains("U+001B") && !esc.message.contains("\u{1B}"))
        let c1 = try only(box.file("c1.csv", header.dropLast() + ",source\n72.71,Kota Palu,2021,37120:5.1,4.5,BPS\u{85}\n"))
        #expect(c1.location?.column == 6 && c1.message.contains("U+0085"))
        let code = try only(box.file("code.csv", header + "72.71\u{7F},Kota Palu,2021,37120:5.1,4.5\n"))
        #expect(code.location?.column == 1 && code.message.contains("U+007F"))
        let quoted = try only(box.file("lf.csv", header + "72.71,\"Kota\nPalu\",2021,37120:5.1,4.5\n"))
        #expect(quoted.location?.column == 2 && quoted.message.contains("U+000A"))
    }

    // MARK: 3. invisible characters

    @Test("zero-width characters, BOMs and no-break spaces in codes and headers do not make a second city or column")
    func testInvisibleCharactersInCodesAndHeadersAreNormalised() throws {
        let box = try Sandbox()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text: String = String(header.dropLast()) + ",source\n"
            + "72.71,Kota Palu,2021,37120:5.1,4.5,BPS\u{200B}\n"
            + "72.71\u{200B},Kota Palu,2022,37120:5.1,4.6,BPS\n"
            + "\u{FEFF}72.71\u{00A0},Kota\u{2060} Palu,2023,\u{00A0}37120:5.1\u{200D},4.7,BPS\n"
        // A double byte-order mark: the second one is part of the first header name.
        let result = try reader.read(path: box.file("z.csv", bom + bom + Array(text.utf8)))
        #expect(result.batch.cities.map(\.code) == ["72.71"])
        #expect(result.batch.cities.map(\.name) == ["Kota Palu"])
        #expect(result.batch.indicatorCodes == ["37120:5.1"])
        #expect(result.batch.sources == ["BPS"])
        #expect(result.batch.values == [4.5, 4.6, 4.7])
        #expect(CellText.key("\u{00A0}72.71\u{200C}") == "72.71")
    }

    // MARK: 4. unknown columns

    @Test("an unknown or misspelt column is an error naming it, with a suggestion; --lenient makes it a warning")
    func testUnknownColumnsAreRefusedWithSuggestion() throws {
        let box = try Sandbox()
        let misspelt = box.file("s.csv", header.dropLast() + ",sourse\n72.71,Kota Palu,2021,37120:5.1,4.5,BPS\n")
        let e = try only(misspelt)
        #expect(e.code == "hostile.column_unknown" && e.location?.line == 1 && e.location?.column == 6)
        #expect(e.message == "unknown column 'sourse'; its values would not be read")
        #expect(e.hint == "did you mean `source`?" && e.hintID == "mungkin yang dimaksud `source`?")
        let lenient = try reader.read(path: misspelt, options: ReadOptions(lenient: true))
        #expect(lenient.batch.values == [4.5] && lenient.warnings.map(\.code) == ["hostile.column_unknown_ignored"])
        // An indicator column in a long file: its values would be lost.
        let indicator = try only(box.file("i.csv", header.dropLast() + ",37120:11.1\n72.71,Kota Palu,2021,37120:5.1,4.5,70\n"))
        #expect(indicator.code == "hostile.column_unknown" && indicator.location?.column == 6 && indicator.hint?.contains("wide layout") == true)
        // A column with no header name (a trailing separator) may only hold empty cells.
        let unnamed = box.file("u.csv", header.dropLast() + ",\n72.71,Kota Palu,2021,37120:5.1,4.5,\n72.71,Kota Palu,2022,37120:5.1,4.6,7\n")
        let u = try only(unnamed)
        #expect(u.code == "hostile.column_unnamed_holds_value" && u.location?.line == 3 && u.location?.column == 6)
        let uLenient = try reader.read(path: unnamed, options: ReadOptions(lenient: true))
        #expect(uLenient.batch.values == [4.5, 4.6] && uLenient.warnings.map(\.code) == ["hostile.column_unnamed_ignored"])
        // Wide: a misspelt metadata column is an unknown indicator code, with the same suggestion.
        // (`provinsi` itself is the Indonesian name of `province` since issue 18; a misspelling is not.)
        let wide = try only(box.file("w.csv", "city_code,city_name,year,provnce,37120:5.1\n72.71,Kota Palu,2021,Sulawesi Tengah,4.5\n"))
        #expect(wide.code == "hostile.column_unknown_indicator" && wide.location?.column == 4 && wide.hint == "did you mean `province`?")
    }

    // MARK: 5. empty results

    @Test("a file that yields no value is refused: header only, every row skipped, every value empty")
    func testEmptyResultsAreRefused() throws {
        let box = try Sandbox()
        let headerOnly = try only(box.file("h.csv", header))
        #expect(headerOnly.code == "hostile.read_no_rows" && headerOnly.location?.line == 2)
        let all = errors(box.file("a.csv", header + "72.71,Kota Palu,2021,37120:5.1,x\n72.71,Kota Palu,2022,37120:5.1,y\n"), lenient: true)
        #expect(all.map(\.code) == ["hostile.read_all_rows_skipped", "hostile.read_value_not_number", "hostile.read_value_not_number"])
        #expect(all.first?.message == "all 2 rows were skipped; there is no value to import")
        #expect(all.dropFirst().map { $0.location?.line } == [2, 3])
        let empty = try only(box.file("e.csv", header + "72.71,Kota Palu,2021,37120:5.1,-\n"))
        #expect(empty.code == "hostile.read_no_values")
    }

    // MARK: 6. type and province

    @Test("type is kota or kabupaten (abbreviations and English read as those); a province contradicting the region list is refused")
    func testTypeAndProvinceAreCheckedAgainstTheRegionList() throws {
        let box = try Sandbox()
        let head = "city_code,city_name,year,indicator,value,type,province\n"
        let ok = try reader.read(path: box.file("ok.csv", head
            + "72.71,Kota Palu,2021,37120:5.1,4.5,City,SULAWESI  TENGAH\n"
            + "72.71,Kota Palu,2022,37120:5.1,4.6,KOTA,Prov. Sulawesi Tengah\n"
            + "72.01,Kabupaten Banggai Kepulauan,2021,37120:5.1,4.6,Kab.,Sulawesi Tengah\n"))
        #expect(ok.batch.cities.map(\.type) == ["kota", "kabupaten"])
        #expect(Set(ok.batch.cities.map(\.code)) == ["72.71", "72.01"])
        let type = try only(box.file("t.csv", head + "72.71,Kota Palu,2021,37120:5.1,4.5,desa,Sulawesi Tengah\n"))
        #expect(type.code == "hostile.read_type_unknown" && type.location?.line == 2 && type.location?.column == 6)
        let province = try only(box.file("p.csv", head + "72.71,Kota Palu,2021,37120:5.1,4.5,kota,Jawa Barat\n"))
        #expect(province.code == "hostile.read_province_contradicts" && province.location?.column == 7)
        #expect(province.message == "city code 72.71 is in Sulawesi Tengah in the region list, not in 'Jawa Barat'")
    }

    // MARK: 7. long digit strings and long cells

    @Test("a 412-digit number is out of range, described by its length and first digits; echoed cells are capped")
    func testLongDigitStringsAreOutOfRangeAndEchoesAreCapped() throws {
        let box = try Sandbox()
        let digits = String(repeating: "1234567890", count: 41) + "12"
        let e = try only(box.file("d.csv", header + "72.71,Kota Palu,2021,37120:5.1,\(digits)\n"))
        #expect(e.message == "a number of 412 digits (1234567890…) is out of range for 37120:5.1")
        #expect(e.messageID == "bilangan 412 digit (1234567890…) di luar rentang nilai untuk 37120:5.1")
        #expect(NumberParser.read(digits, decimal: .point) == .outOfRange && NumberParser.read("1e400", decimal: .point) == .outOfRange)
        let long = String(repeating: "abc", count: 100)
        let t = try only(box.file("t.csv", header + "72.71,Kota Palu,2021,37120:5.1,\(long)\n"))
        #expect(t.message == "'\(long.prefix(60))… (300 characters)' is not a number (37120:5.1)")
        #expect(t.messageID == "'\(long.prefix(60))… (300 karakter)' bukan angka (37120:5.1)")
    }

    // MARK: 8. the hash of the bytes imported

    @Test("the import log's hash is of exactly the bytes the rows came from; a file changed between passes is refused")
    func testHashIsOfTheBytesImported() throws {
        let box = try Sandbox()
        let bytes = Array((header + "72.71,Kota Palu,2021,37120:5.1,4.5\n").utf8)
        let path = box.file("h.csv", bytes)
        let result = try reader.read(path: path)
        #expect(result.sha256 == Self.sha256(bytes))
        // The file changes after it was read: the log still names the bytes whose values were stored.
        _ = box.file("h.csv", header + "72.71,Kota Palu,2021,37120:5.1,9.9\n")
        let store = try Store(path: box.dir.appendingPathComponent("s.sqlite").path)
        let imported = try store.importFiles([(path, result)], dataset: "d", replace: false)
        #expect(imported.map(\.sha256) == [Self.sha256(bytes)])
        // A second pass (the Windows-1252 re-read) whose bytes differ from the first is refused.
        var firstPass = SHA256()
        firstPass.update(data: Array("something else".utf8))
        do {
            _ = try CSVReader.rereadAll(path: path, displayName: "h.csv", expectingPrefix: firstPass, length: 14)
            Issue.record("a changed file was accepted")
        } catch let e as InputError {
            #expect(e.code == "hostile.input_changed_while_read" && e.message == "the file changed while it was being read; nothing was imported")
        }
        var samePass = SHA256()
        samePass.update(data: Array(header.utf8.prefix(14)))
        #expect(try CSVReader.rereadAll(path: path, displayName: "h.csv", expectingPrefix: samePass, length: 14).count > 14)
    }

    // MARK: 9. non-regular files

    @Test("a named pipe, a directory or a device is refused by what it is, at once (never blocking)")
    func testNonRegularInputsAreRefusedWithoutBlocking() throws {
        let box = try Sandbox()
        let fifo = box.dir.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let start = Date()
        let e = try only(fifo)
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(e.code == "hostile.input_is_named_pipe" && e.message == "this is a named pipe (FIFO), not a file" && e.location?.file == fifo)
        #expect(try only(box.dir.path).code == "hostile.input_is_directory")
        #expect(try only("/dev/null").code == "hostile.input_is_device")
        #expect(InputFile.displayName(path: "-", given: nil) == "<stdin>" && InputFile.displayName(path: "/dev/stdin", given: "x") == "<stdin>")
    }
}
