import Foundation

/// Reads an observation CSV (long, wide, or a spreadsheet export with a mapping file), validating every
/// row against the catalogue. Errors name the file, line and column with a hint; several are reported
/// together. Nothing is returned unless the whole file is valid (or `lenient` skips the bad rows).
public struct ObservationFileReader {
    public let catalogue: Catalogue
    public let regions: RegionRegistry?
    /// The valid range of each catalogue indicator, by catalogue position.
    private let rules: [ValueRule]

    public init(catalogue: Catalogue, regions: RegionRegistry?) {
        self.catalogue = catalogue
        self.regions = regions
        self.rules = catalogue.indicators.enumerated().map { ValueRule(position: $0.offset, indicator: $0.element) }
    }

    /// Cell texts that mean "no value" in the exports people bring (BPS tables use `-` and `…`).
    static let missingMarkers: Set<String> = ["", "-", "na", "n/a", "…", "...", "null"]
    static let longColumns = ["city_code", "city_name", "year", "indicator", "value"]
    static let metadataColumns: Set<String> = ["province", "type", "source", "unit", "note", "notes"]

    public func read(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions()) throws -> ReadResult {
        let file = displayName ?? path
        let separator = try options.separator ?? CSVDialect.detectSeparator(headerLine: CSVReader(path: path, displayName: file).headerLine())
        let reader = CSVReader(path: path, displayName: file, separator: separator)
        var header: [String] = []
        _ = try reader.forEachRecord { header = $0.fields; return false }
        guard !header.isEmpty, !header.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw InputError("the file is empty", id: "berkas kosong", at: SourceLocation(file: file, line: 1))
        }
        let plan = try ColumnPlan(header: header, file: file, options: options, catalogue: catalogue)
        let decimal = try options.decimal ?? detectDecimal(reader: reader, plan: plan, separator: separator)
        var state = ReadState(file: file, options: options, dialect: CSVDialect(separator: separator, decimal: decimal))
        var isHeader = true
        try reader.forEachRecord { record in
            if isHeader { isHeader = false; return true }
            try readRow(record, plan: plan, state: &state)
            return true
        }
        if !state.errors.isEmpty || state.omittedErrors > 0 {
            throw InputErrors(state.errors, omitted: state.omittedErrors)
        }
        state.fillFromRegistry(regions)
        var warnings: [InputError] = []
        if let regions, plan.mapping == nil {
            let unknown = state.batch.cities.filter { regions[$0.code] == nil }
            if !unknown.isEmpty {
                warnings.append(InputError(
                    "\(unknown.count) city code\(unknown.count == 1 ? " is" : "s are") not in the region list (\(unknown.prefix(3).map(\.code).joined(separator: ", "))\(unknown.count > 3 ? ", …" : ""))",
                    at: SourceLocation(file: file),
                    hint: "fine for villages or the 2022 Papua codes; otherwise check the codes against datasets/regions/regions.csv"))
            }
        }
        return ReadResult(batch: state.batch, dialect: state.dialect, layout: plan.layout, dataRows: state.dataRows,
                          emptyCells: state.emptyCells, skipped: state.skipped, skippedRows: state.skippedRows, warnings: warnings)
    }

    private func detectDecimal(reader: CSVReader, plan: ColumnPlan, separator: CSVDialect.Separator) throws -> CSVDialect.DecimalMark {
        var samples: [String] = []
        var seen = 0
        try reader.forEachRecord { record in
            seen += 1
            if seen == 1 { return true }
            for column in plan.valueColumns where column < record.fields.count { samples.append(record.fields[column]) }
            return seen < 500
        }
        return CSVDialect.detectDecimal(separator: separator, samples: samples)
    }

    // MARK: rows

    private func readRow(_ record: CSVRecord, plan: ColumnPlan, state: inout ReadState) throws {
        guard !record.isBlank else { return }
        state.dataRows += 1
        var problems: [InputError] = []
        func problem(_ message: String, id: String? = nil, column: Int?, hint: String? = nil, hintID: String? = nil) {
            problems.append(InputError(message, id: id, at: SourceLocation(file: state.file, line: record.line, column: column.map { $0 + 1 }),
                                       hint: hint, hintID: hintID))
        }
        let fields = record.fields
        var quiet = false
        if fields.count != plan.width {
            let extraIsBlank = fields.count > plan.width && fields[plan.width...].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            if !extraIsBlank {
                problem("the row has \(fields.count) fields, the header has \(plan.width)",
                        id: "baris ini punya \(fields.count) kolom, header punya \(plan.width)", column: min(fields.count, plan.width),
                        hint: "a ragged row: check for a missing or extra '\(state.dialect.separator.label)', or quote a text that contains one",
                        hintID: "baris tidak rata: periksa '\(state.dialect.separator.label)' yang hilang atau berlebih, atau beri tanda kutip pada teks yang memuatnya")
                state.finish(problems: problems, record: record)
                return
            }
        }
        func cell(_ column: Int?) -> String? {
            guard let column, column < fields.count else { return nil }
            let s = Trim.spaces(fields[column])
            return s.isEmpty ? nil : s
        }

        // The city.
        var city = CityRecord(code: "", name: cell(plan.cityName) ?? "", province: cell(plan.province), type: cell(plan.type))
        if let mapping = plan.mapping {
            if let code = cell(plan.cityCode) {
                city.code = code
            } else if let resolved = resolveCity(name: city.name, province: city.province, mapping: mapping,
                                                 column: plan.cityName, record: record, file: state.file, problems: &problems) {
                city = CityRecord(code: resolved.code, name: resolved.name, province: resolved.province, type: resolved.type)
            }
        } else {
            if let code = cell(plan.cityCode) { city.code = code } else { problem("the city code is empty", id: "kode wilayah kosong", column: plan.cityCode) }
            if city.name.isEmpty { problem("the city name is empty", id: "nama wilayah kosong", column: plan.cityName,
                                                  hint: "give the region's name, e.g. Kota Palu", hintID: "isi nama wilayah, misalnya Kota Palu") }
        }
        // Rows come grouped by city: the same city as the row before needs no checks or lookups.
        let sameAsPrevious = plan.mapping == nil && city.code == state.previousCity.code && city.name == state.previousCity.name
            && !city.code.isEmpty
        if !sameAsPrevious, Self.hasControlCharacter(city.code) || Self.hasControlCharacter(city.name) {
            problem("the city code or name holds a control character", id: "kode atau nama wilayah memuat karakter kendali",
                    column: plan.cityName ?? plan.cityCode, hint: "remove it (a NUL or tab pasted from another program?)",
                    hintID: "hapus karakter itu (NUL atau tab yang tertempel dari program lain?)")
        }
        if !sameAsPrevious, !city.code.isEmpty, !city.name.isEmpty, let first = state.cityNames[city.code], first.name != city.name,
           RegionRegistry.fold(first.name) != RegionRegistry.fold(city.name) {
            // Reported once per (code, name); the same conflict on later rows is counted, not repeated.
            if state.reportedNameConflicts.insert("\(city.code)\u{1F}\(city.name)").inserted {
                problem("city code \(city.code) is named '\(city.name)' here but '\(first.name)' at line \(first.line)",
                        id: "kode wilayah \(city.code) bernama '\(city.name)' di sini tetapi '\(first.name)' di baris \(first.line)",
                        column: plan.cityName, hint: "one code must have one name; correct the code or the name (later rows with this name are counted, not listed)",
                        hintID: "satu kode satu nama; perbaiki kode atau namanya (baris berikutnya dengan nama ini dihitung, tidak didaftar)")
            } else {
                quiet = true
            }
        }

        // A code of the region list must carry that region's name (with or without "Kota"/"Kabupaten").
        if !sameAsPrevious, !city.code.isEmpty, !city.name.isEmpty, plan.mapping == nil, let known = regions?[city.code],
           state.cityNames[city.code] == nil, !RegionRegistry.sameRegion(known.name, city.name) {
            problem("city code \(city.code) is \(known.name) in the region list, not '\(city.name)'",
                    id: "kode wilayah \(city.code) adalah \(known.name) menurut daftar wilayah, bukan '\(city.name)'", column: plan.cityCode,
                    hint: "correct the code or the name (datasets/regions/regions.csv lists the 514 codes)",
                    hintID: "perbaiki kode atau namanya (datasets/regions/regions.csv memuat 514 kode)")
        }

        // The year.
        var year = plan.fixedYear ?? 0
        if plan.fixedYear == nil {
            if let raw = cell(plan.year) {
                if let y = Int(raw), ObservationYears.admitted.contains(y) {
                    year = y
                } else if let y = Int(raw) {
                    problem("the year \(y) is outside \(ObservationYears.admittedText)", id: "tahun \(y) di luar \(ObservationYears.admittedText)", column: plan.year)
                } else {
                    problem("the year '\(raw)' is not a whole number", id: "tahun '\(raw)' bukan bilangan bulat", column: plan.year)
                }
            } else {
                problem("the year is empty", id: "tahun kosong", column: plan.year)
            }
        }

        // The values.
        var cells: [(indicator: Int, value: Double, column: Int)] = []
        var empty = 0
        if plan.layout == .long, let valueColumn = plan.value {
            if let code = cell(plan.indicator) {
                if let position = catalogue.position(of: code) {
                    if let v = parseValue(cell(valueColumn), rule: rules[position], column: valueColumn, dialect: state.dialect, problem: problem) {
                        cells.append((position, v, valueColumn))
                    } else if problems.isEmpty {
                        empty += 1
                    }
                } else {
                    problem("unknown indicator code '\(code)'", id: "kode indikator '\(code)' tidak dikenal", column: plan.indicator,
                            hint: "did you mean \(catalogue.nearestCodes(to: code).joined(separator: ", "))? (smartscore catalogue search TEXT)",
                            hintID: "mungkin yang dimaksud \(catalogue.nearestCodes(to: code).joined(separator: ", "))? (smartscore catalogue search TEKS)")
                }
            } else {
                problem("the indicator code is empty", id: "kode indikator kosong", column: plan.indicator)
            }
        } else {
            for (column, position) in plan.indicatorColumns {
                let before = problems.count
                if let v = parseValue(cell(column), rule: rules[position], column: column, dialect: state.dialect, problem: problem) {
                    cells.append((position, v, column))
                } else if problems.count == before {
                    empty += 1
                }
            }
        }

        // Duplicates: the same (city, year, indicator) twice in the import.
        var keys: [DuplicateKey] = []
        if problems.isEmpty, !quiet, !city.code.isEmpty {
            let cityKey = sameAsPrevious ? state.previousCity.key : state.cityKey(city.code)
            for c in cells {
                let key = DuplicateKey.pack(city: cityKey, year: year, indicator: c.indicator)
                keys.append(key)
                if let firstLine = state.seen[key] {
                    problem("a second value for \(city.code), \(year), \(rules[c.indicator].code); the first is at line \(firstLine)",
                            id: "nilai kedua untuk \(city.code), \(year), \(rules[c.indicator].code); yang pertama di baris \(firstLine)",
                            column: c.column, hint: "keep one value per city, year and indicator",
                            hintID: "simpan satu nilai per wilayah, tahun dan indikator")
                }
            }
        }
        if problems.isEmpty, !quiet {
            let cityIndex: Int32
            if sameAsPrevious {
                cityIndex = state.previousCity.index
            } else {
                if state.cityNames[city.code] == nil { state.cityNames[city.code] = (city.name, record.line) }
                cityIndex = state.batch.internCity(city)
                if !city.code.isEmpty {
                    state.previousCity = (city.code, city.name, state.cityKey(city.code), cityIndex)
                }
            }
            let source = state.batch.internSource(cell(plan.source) ?? plan.mapping?.source)
            for (c, key) in zip(cells, keys) {
                state.seen[key] = Int32(record.line)
                state.batch.append(city: cityIndex, indicator: state.batch.internIndicator(rules[c.indicator].code),
                                   year: year, value: c.value, source: source, line: record.line)
            }
            state.emptyCells += empty
        }
        if quiet && problems.isEmpty {
            state.finishQuietly()
            return
        }
        state.finish(problems: problems, record: record)
    }

    /// C0 controls and DEL (NUL, tab, escape…): bytes no region code or name contains.
    static func hasControlCharacter(_ s: String) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == 0x7F }
    }

    /// A cell's number, or nil when it is empty (no problem) or bad (a problem is recorded).
    private func parseValue(_ raw: String?, rule: ValueRule, column: Int, dialect: CSVDialect,
                            problem: (String, String?, Int?, String?, String?) -> Void) -> Double? {
        guard let raw else { return nil }
        let value: Double
        switch NumberParser.read(raw, decimal: dialect.decimal) {
        case let .number(x):
            value = x
        case _ where Self.missingMarkers.contains(raw.lowercased()):
            return nil
        case .ambiguous:
            problem("'\(raw)' is ambiguous in a file with '\(dialect.decimal.rawValue)' decimals (\(rule.code)): a thousands separator or a decimal?",
                    "'\(raw)' ambigu dalam berkas berdesimal '\(dialect.decimal.rawValue)' (\(rule.code)): pemisah ribuan atau desimal?", column,
                    "write it without the separator, or say the decimal mark with --decimal",
                    "tulis tanpa pemisah, atau sebutkan tanda desimal dengan --decimal")
            return nil
        case .invalid:
            problem("'\(raw)' is not a number (\(rule.code))", "'\(raw)' bukan angka (\(rule.code))", column,
                    "write the number alone, without units or text; this file's decimal mark is '\(dialect.decimal.rawValue)' (--decimal overrides)",
                    "tulis angkanya saja, tanpa satuan atau teks; tanda desimal berkas ini '\(dialect.decimal.rawValue)' (--decimal untuk mengubah)")
            return nil
        }
        // A sanity bound beyond every indicator's unit: larger magnitudes are typing or unit errors, and
        // would overflow the arithmetic of normalisation.
        guard abs(value) <= 1e15 else {
            problem("\(JSONValue.format(value)) is not a plausible value of \(rule.code)", "\(JSONValue.format(value)) bukan nilai yang masuk akal untuk \(rule.code)",
                    column, "values are limited to ±1e15; check the unit", "nilai dibatasi ±1e15; periksa satuannya")
            return nil
        }
        if let lo = rule.min, value < lo {
            if lo == 0 {
                problem("negative value \(JSONValue.format(value)) for \(rule.code), whose unit (\(rule.unit)) cannot be negative",
                        "nilai negatif \(JSONValue.format(value)) untuk \(rule.code), yang satuannya (\(rule.unit)) tidak boleh negatif", column, nil, nil)
            } else {
                problem("\(JSONValue.format(value)) is below the smallest valid value \(JSONValue.format(lo)) of \(rule.code)",
                        "\(JSONValue.format(value)) di bawah nilai sah terkecil \(JSONValue.format(lo)) untuk \(rule.code)", column, nil, nil)
            }
            return nil
        }
        if let hi = rule.max, value > hi {
            if rule.isPercent && hi == 100 {
                problem("\(JSONValue.format(value)) % is outside 0–100 (\(rule.code))", "\(JSONValue.format(value)) % di luar 0–100 (\(rule.code))", column,
                        "a percentage; if the file holds shares (0–1), multiply by 100", "persentase; bila berkas berisi proporsi (0–1), kalikan 100")
            } else {
                problem("\(JSONValue.format(value)) is above the largest valid value \(JSONValue.format(hi)) of \(rule.code) (\(rule.unit))",
                        "\(JSONValue.format(value)) di atas nilai sah terbesar \(JSONValue.format(hi)) untuk \(rule.code) (\(rule.unit))", column, nil, nil)
            }
            return nil
        }
        return value
    }

    private func resolveCity(name: String, province: String?, mapping: ColumnMapping, column: Int?, record: CSVRecord,
                             file: String, problems: inout [InputError]) -> CityRecord? {
        let location = SourceLocation(file: file, line: record.line, column: column.map { $0 + 1 })
        let folded = RegionRegistry.fold(name)
        if let alias = mapping.aliases.first(where: { RegionRegistry.fold($0.name) == folded
            && ($0.province == nil || province == nil || RegionRegistry.foldProvince($0.province!) == RegionRegistry.foldProvince(province!)) }) {
            return regions?[alias.code] ?? CityRecord(code: alias.code, name: name, province: province)
        }
        guard let regions else {
            problems.append(InputError("cannot resolve '\(name)' to a region code without the region list", at: location))
            return nil
        }
        let found = regions.matches(name: name, province: province)
        if found.count == 1 { return found[0] }
        if found.isEmpty {
            problems.append(InputError("no regency or city named '\(name)'\(province.map { " in \($0)" } ?? "")",
                                       id: "tidak ada kabupaten/kota bernama '\(name)'\(province.map { " di \($0)" } ?? "")", at: location,
                                       hint: "add an alias to the mapping file: {province: …, name: \"\(name)\", code: …}"))
        } else {
            problems.append(InputError("'\(name)' matches several regions: \(found.map { "\($0.code) \($0.name)" }.joined(separator: ", "))",
                                       at: location, hint: "add a province column, or an alias with the code"))
        }
        return nil
    }
}

/// What a value of one indicator must satisfy, precomputed once per catalogue indicator.
struct ValueRule {
    let position: Int
    let code: String
    let unit: String
    let min: Double?
    let max: Double?
    let isPercent: Bool

    init(position: Int, indicator: Indicator) {
        self.position = position
        code = indicator.code
        unit = indicator.unit
        min = indicator.validRange.min
        max = indicator.validRange.max
        isPercent = indicator.unit.trimmingCharacters(in: .whitespaces) == "%"
    }
}

/// One (city, year, indicator), the unit of uniqueness in an import, as three small integers: a hash of
/// a million of these is cheap where a hash of string triples is not. Nothing is truncated, whatever the
/// number of cities, years or indicators.
struct DuplicateKey: Hashable {
    let city: Int32
    let year: Int32
    let indicator: Int32

    static func pack(city: Int32, year: Int, indicator: Int) -> DuplicateKey {
        DuplicateKey(city: city, year: Int32(clamping: year), indicator: Int32(clamping: indicator))
    }
}

/// What the reader accumulates while it walks the file.
struct ReadState {
    let file: String
    let options: ReadOptions
    let dialect: CSVDialect
    var batch = ObservationBatch()
    var errors: [InputError] = []
    var omittedErrors = 0
    var skipped: [InputError] = []
    var skippedRows = 0
    var dataRows = 0
    var emptyCells = 0
    var seen: [DuplicateKey: Int32] = [:]
    var cityNames: [String: (name: String, line: Int)] = [:]
    var reportedNameConflicts = Set<String>()
    private var cityKeys: [String: Int32] = [:]
    /// The last city a valid row named, with its duplicate key and batch index.
    var previousCity: (code: String, name: String, key: Int32, index: Int32) = ("", "", -1, -1)

    /// A small integer per city code, for duplicate keys.
    mutating func cityKey(_ code: String) -> Int32 {
        if let k = cityKeys[code] { return k }
        let k = Int32(cityKeys.count)
        cityKeys[code] = k
        return k
    }

    init(file: String, options: ReadOptions, dialect: CSVDialect) {
        self.file = file
        self.options = options
        self.dialect = dialect
    }

    /// A row refused for a problem already reported on an earlier row: counted, not listed again.
    mutating func finishQuietly() {
        if options.lenient { skippedRows += 1 } else { omittedErrors += 1 }
    }

    mutating func finish(problems: [InputError], record: CSVRecord) {
        guard !problems.isEmpty else { return }
        if options.lenient {
            skippedRows += 1
            skipped.append(contentsOf: problems)
            return
        }
        for p in problems {
            if errors.count < options.maxErrors { errors.append(p) } else { omittedErrors += 1 }
        }
    }

    /// Province and type from the region list for cities the file names by code alone
    /// (`internCity` fills only what is missing).
    mutating func fillFromRegistry(_ regions: RegionRegistry?) {
        guard let regions else { return }
        for city in batch.cities {
            if let known = regions[city.code] {
                _ = batch.internCity(CityRecord(code: city.code, name: city.name, province: known.province, type: known.type))
            }
        }
    }
}
