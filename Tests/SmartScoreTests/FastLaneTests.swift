import Foundation
import Testing
@testable import SmartScore

/// The reader's fast lane (`PlainRow`, `LongRowFastLane`, `PlainDecimal`, `DuplicateIndex`) must change
/// nothing but the time: the same numbers to the bit, the same rows kept, the same errors at the same lines
/// and columns as reading every row field by field.
@Suite("Data: the reader's fast lane for plain rows")
struct FastLaneTests {
    /// A small deterministic generator (SplitMix64), so that every run tests the same cases.
    struct Mix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    // MARK: numbers

    func plain(_ text: String, _ mark: UInt8) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { PlainDecimal.parse($0, mark: mark) }
    }

    @Test("a plain decimal is the correctly rounded Double, bit for bit, or left to NumberParser")
    func plainDecimals() {
        let point = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        // Edges: exact powers, 2^53 and its neighbours, the longest fractions, negative zero.
        let exact: [(String, Double)] = [
            ("0", 0), ("-0", -0.0), ("5.71", 5.71), ("-12", -12), ("0.1", 0.1), ("9007199254740992", 9007199254740992),
            ("0.000000000000000001", 1e-18), ("123.4567890123456", 123.4567890123456), ("007.50", 7.5),
            ("9999999999999.99", 9999999999999.99), ("0.3000000000000004", 0.3000000000000004),
        ]
        for (text, value) in exact {
            #expect(plain(text, point)?.bitPattern == value.bitPattern, "\(text)")
            #expect(plain(text.replacingOccurrences(of: ".", with: ","), comma)?.bitPattern == value.bitPattern, "\(text) with a comma")
        }
        // Not plain: left to NumberParser (nil), never misread.
        for text in ["", "-", "+3", "1e3", "5.", ".5", "1.2.3", " 7", "7 ", "1,5", "9007199254740993", "12345678901234567890",
                     "0.00000000000000000000001", "0.0000000000000000000001", "999999999999999.9", "99999999999999.99", "0.30000000000000004", "nan", "inf", "1_000", "--1", "12abc"] {
            #expect(plain(text, point) == nil, "\(text)")
        }
        // Random decimals of every length the lane accepts, against Swift's correctly rounded parse.
        var mix = Mix(state: 20)
        var compared = 0
        for _ in 0 ..< 20_000 {
            let integerDigits = 1 + mix.below(12), fractionDigits = mix.below(9)
            var text = mix.below(4) == 0 ? "-" : ""
            for _ in 0 ..< integerDigits { text += String(mix.below(10)) }
            if fractionDigits > 0 {
                text += "."
                for _ in 0 ..< fractionDigits { text += String(mix.below(10)) }
            }
            guard let lane = plain(text, point) else { continue }
            #expect(lane.bitPattern == Double(text)!.bitPattern, "\(text)")
            compared += 1
        }
        #expect(compared > 15_000)
    }

    @Test("the duplicate index answers as a dictionary does: by hash alone, by group blocks, past the blocks' budget",
          arguments: [(0, 0), (40, DuplicateIndex.defaultBlockBudget), (30, 30 * 500)])
    func duplicateIndex(width: Int, budget: Int) {
        var index = DuplicateIndex(indicators: width, blockBudget: budget)
        var model: [DuplicateKey: Int32] = [:]
        var mix = Mix(state: 7)
        for step in 1 ... 60_000 {
            // Grouped runs, as files come, with jumps back to earlier groups and indicators past the width.
            let city = step % 5 == 0 ? mix.below(900) : (step / 40) % 900
            let key = DuplicateKey.pack(city: Int32(city), year: 2000 + mix.below(3), indicator: mix.below(45))
            #expect(index.line(of: key) == model[key])
            if mix.below(3) == 0 {
                index.set(key, line: Int32(step))
                model[key] = Int32(step)
            } else {
                #expect(index.insertIfAbsent(key, line: Int32(step)) == (model[key] == nil))
                if model[key] == nil { model[key] = Int32(step) }
            }
        }
        #expect(index.count == model.count)
        for (key, line) in model { #expect(index.line(of: key) == line) }
    }

    // MARK: whole files

    static let header = "city_code,city_name,year,indicator,value,province,type,source"

    /// A valid long file: six regions of the region list, two years, the first 40 indicators, values well
    /// inside each indicator's range, a few empty cells; rows grouped by region as people write them.
    static func baseRows() -> [String] {
        let regions = Array(Bundled.regions.regions.filter { $0.province != nil && $0.type != nil }.prefix(6))
        let indicators = Array(Bundled.catalogue.indicators.prefix(40))
        var rows: [String] = []
        for (r, region) in regions.enumerated() {
            for year in [2021, 2022] {
                for (k, indicator) in indicators.enumerated() {
                    let low = indicator.validRange.min ?? 0, high = min(indicator.validRange.max ?? 1000, 1000)
                    let value = low + (high - low) * Double((r * 37 + k * 11 + year) % 97) / 97
                    let cell = (r + k + year) % 53 == 0 ? "" : String(format: "%.2f", value)
                    let source = k % 7 == 0 ? "BPS \(year)" : "OPD"
                    rows.append("\(region.code),\(region.name),\(year),\(indicator.code),\(cell),\(region.province!),\(region.type!),\(source)")
                }
            }
        }
        return rows
    }

    /// One change a person's file may carry, at a row chosen by `mix`.
    static func mutate(_ rows: inout [String], _ mix: inout Mix) {
        let at = mix.below(rows.count)
        var fields = rows[at].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        switch mix.below(16) {
        case 0: fields[4] = ["-5", "150", "1e16", "-0.5"][mix.below(4)]
        case 1: fields[4] = ["-", "", "na", "…", " "][mix.below(5)]
        case 2: fields[4] = ["12abc", "1.234", " 7 ", "+3", "1e3", "5.", ".5", "1.000,5"][mix.below(8)]
        case 3: rows.insert(rows[at], at: min(rows.count, at + 1 + mix.below(200))); return
        case 4: rows.insert(rows.remove(at: at), at: mix.below(rows.count)); return
        case 5:
            // A new source, sometimes on a row refused for its value: the refused row must not intern it.
            fields[7] = "Dinas \(mix.below(3))"
            if mix.below(2) == 0 { fields[4] = ["-5", "x", ""][mix.below(3)] }
        case 6: fields[2] = ["2020", "1989", "20x1", ""][mix.below(4)]
        case 7: fields[3] = ["37120:99.9", "", "37120 5.1"][mix.below(3)]
        case 8: fields[1] = [fields[1].lowercased(), fields[1] + " ", "Kota Lain"][mix.below(3)]
        case 9: fields[1] = "\"" + fields[1] + "\""
        case 10: fields[1] += " é"
        case 11: fields.append("")
        case 12: fields.removeLast()
        case 13: fields[4] += "\u{1}"
        case 14: fields[0] = ["99.99", "7271", fields[0] + ".0"][mix.below(3)]
        default: fields[6] = ["kab", "kota", "desa", "Kabupaten"][mix.below(4)]
        }
        rows[at] = fields.joined(separator: ",")
    }

    /// What a read produced, in comparable form: every array of the batch (values as bits), the counts, the
    /// messages with their places; or the errors that refused the file.
    static func outcome(_ path: String, lane: Bool, lenient: Bool, decimal: CSVDialect.DecimalMark? = nil) -> (String, taken: Int) {
        var options = ReadOptions(decimal: decimal, lenient: lenient)
        options.plainRowLane = lane
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        do {
            let r = try reader.read(path: path, options: options)
            let text = r.comparableSummary
            return (text, r.rowsInFastLane)
        } catch let errors as InputErrors {
            return ("refused: " + errors.errors.map(\.description).joined(separator: "\n") + " omitted \(errors.omitted)", 0)
        } catch {
            return ("refused: \(error)", 0)
        }
    }

    @Test("a clean file goes almost wholly through the lane, to the same result")
    func cleanFile() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = Self.baseRows()
        for lineEnd in ["\n", "\r\n"] {
            let path = dir.appendingPathComponent("clean.csv").path
            try ([Self.header] + rows).joined(separator: lineEnd).appending(lineEnd).write(toFile: path, atomically: true, encoding: .utf8)
            for decimal in [nil, CSVDialect.DecimalMark.point] {
                let fast = Self.outcome(path, lane: true, lenient: false, decimal: decimal)
                let slow = Self.outcome(path, lane: false, lenient: false, decimal: decimal)
                #expect(fast.0 == slow.0)
                #expect(slow.taken == 0)
                // The first row of each region-year and of each source, the empty cells, and, without --decimal,
                // the 499 rows held back to detect the decimal mark are read field by field; the rest take the lane.
                let empty = rows.filter { $0.contains(",,") }.count
                let expected = rows.count - 12 - 2 * 2 - empty - (decimal == nil ? 499 : 1)
                #expect(fast.taken >= expected, "\(fast.taken) rows in the lane of \(rows.count)")
            }
        }
    }

    @Test("files with the mistakes people make read the same with and without the lane, strict and lenient")
    func mutatedFiles() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = Self.baseRows()
        var mix = Mix(state: 2026)
        var laneUsed = 0
        for variant in 0 ..< 80 {
            var rows = base
            for _ in 0 ..< 1 + mix.below(4) { Self.mutate(&rows, &mix) }
            let path = dir.appendingPathComponent("variant-\(variant).csv").path
            let lineEnd = variant % 5 == 0 ? "\r\n" : "\n"
            try ([Self.header] + rows).joined(separator: lineEnd).appending(lineEnd).write(toFile: path, atomically: true, encoding: .utf8)
            for lenient in [false, true] {
                let fast = Self.outcome(path, lane: true, lenient: lenient, decimal: .point)
                let slow = Self.outcome(path, lane: false, lenient: lenient, decimal: .point)
                #expect(fast.0 == slow.0, "variant \(variant), lenient \(lenient)")
                laneUsed += fast.taken
            }
        }
        #expect(laneUsed > 80 * 250)
    }

    @Test("a decimal-comma file with semicolons takes the lane, with the same numbers")
    func decimalComma() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = Self.baseRows().map { row -> String in
            var fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[4] = fields[4].replacingOccurrences(of: ".", with: ",")
            return fields.joined(separator: ";")
        }
        let path = dir.appendingPathComponent("comma.csv").path
        try ([Self.header.replacingOccurrences(of: ",", with: ";")] + rows).joined(separator: "\n").appending("\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let fast = Self.outcome(path, lane: true, lenient: false, decimal: .comma)
        let slow = Self.outcome(path, lane: false, lenient: false, decimal: .comma)
        #expect(fast.0 == slow.0)
        // Detected, the mark is the same: the 480 rows are all held back to detect it, and read field by field.
        let detected = Self.outcome(path, lane: true, lenient: false)
        #expect(detected.0 == fast.0)
        #expect(fast.taken > rows.count / 2)
    }
}
