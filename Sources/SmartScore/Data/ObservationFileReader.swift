import Foundation

/// Reads an observation CSV (long, wide, or a spreadsheet export with a mapping file), validating every
/// row against the catalogue. Errors name the file, line and column with a hint; several are reported
/// together. Nothing is returned unless the whole file is valid (or `lenient` skips the bad rows).
/// A class: the row closure of a read captures it, and a struct of catalogue, registry and rules would be
/// copied (a retain per reference) on every row.
public final class ObservationFileReader {
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
    /// The longest cell the reader accepts, in bytes.
    static let longestCell = 4096
    static let longColumns = ["city_code", "city_name", "year", "indicator", "value"]
    static let metadataColumns: Set<String> = ["province", "type", "source", "unit", "note", "notes"]

    public func read(path: String, displayName: String? = nil, options: ReadOptions = ReadOptions()) throws -> ReadResult {
        let file = InputFile.displayName(path: path, given: displayName)
        var reader = CSVReader(path: path, displayName: file, separator: options.separator)
        reader.allowsWindows1252 = true
        reader.progress = options.progress
        do {
            return try read(reader, file: file, options: options)
        } catch let fallback as CSVReader.Windows1252Fallback {
            // Excel's "CSV" on Indonesian Windows: read again as Windows-1252, and say so.
            let transcoded = CSVReader(utf8: fallback.utf8, transcodedFrom: .windows1252, sha256: fallback.sha256,
                                       displayName: file, separator: options.separator)
            var result = try read(transcoded, file: file, options: options)
            result.warnings.insert(InputError(.encodingReadAsWindows1252, at: SourceLocation(file: file), hint: .encodingSaveAsUTF8Hint), at: 0)
            return result
        }
    }

    /// Reads the first sheet of an Excel workbook, or `sheet`, with the same checks as a CSV file. Numeric
    /// cells are numbers as stored (no decimal-mark guessing); problems name the cell (`data.xlsx:Sheet1:D17`).
    public func read(workbookPath path: String, displayName: String? = nil, sheet: String? = nil,
                     options: ReadOptions = ReadOptions(), limits: WorkbookLimits = WorkbookLimits()) throws -> ReadResult {
        let file = displayName ?? path
        let workbook = try Workbook(path: path, displayName: file, limits: limits)
        return try read(workbook: workbook, sheet: sheet, options: options)
    }

    func read(workbook: Workbook, sheet name: String?, options: ReadOptions) throws -> ReadResult {
        let sheet = try workbook.sheet(named: name)
        let records = WorkbookRecords(workbook: workbook, sheet: sheet)
        // The header's checks (`ColumnPlan`) and the whole-file ones name the file alone: in a workbook
        // they are at the sheet, and the header's line is its row.
        func located(_ error: InputError) -> InputError {
            guard var at = error.location, at.file == workbook.file, at.sheet == nil, at.parameter == nil else { return error }
            var moved = error
            at.sheet = sheet.name
            if at.line == 1 { at.line = records.seen.headerRow ?? 1 } else if at.line != nil && at.column == nil { at.line = nil }
            moved.location = at
            return moved
        }
        do {
            var result = try read(records, file: workbook.file, sheet: sheet.name, options: options)
            result.sheet = sheet.name
            result.warnings = result.warnings.map(located)
            result.skipped = result.skipped.map(located)
            return result
        } catch let error as InputError {
            throw located(error)
        } catch let errors as InputErrors {
            throw InputErrors(errors.errors.map(located), omitted: errors.omitted)
        }
    }

    /// How many data rows are looked at to detect the decimal mark before rows are read.
    static let decimalSampleRows = 499

    /// One pass over the file: the header makes the plan, the first rows (held back) settle the decimal
    /// mark, then every row is read. The file is read once, so the hash is of exactly these bytes.
    private func read(_ reader: some RecordSource, file: String, sheet: String? = nil, options: ReadOptions) throws -> ReadResult {
        var plan: ColumnPlan?
        var held: [CSVRecord] = []
        let session = ReadSession()
        func start(_ plan: ColumnPlan, separator: CSVDialect.Separator) throws {
            // A workbook's numeric cells are numbers already: only its text cells are evidence of a decimal mark.
            let decimal = options.decimal ?? CSVDialect.detectDecimal(
                separator: separator, samples: held.flatMap { r in plan.valueColumns.compactMap { column in
                    column < r.fields.count && (r.kinds.map { $0[column] == .text } ?? true) ? r.fields[column] : nil } })
            var fresh = ReadState(file: file, options: options, dialect: CSVDialect(separator: separator, decimal: decimal))
            fresh.sheet = sheet
            fresh.memo = RowMemo(plan: plan, indicatorCount: catalogue.indicators.count)
            fresh.seen = DuplicateIndex(indicators: catalogue.indicators.count)
            for record in held { try readRow(record, plan: plan, state: &fresh) }
            held = []
            session.lane = options.plainRowLane ? LongRowFastLane(plan: plan, dialect: fresh.dialect, memo: fresh.memo, catalogue: catalogue, rules: rules) : nil
            session.state = fresh
        }
        let pass = try reader.pass(plainRows: { row in session.takePlainRow(row) }) { record, separator in
            session.lane?.forget()
            guard let p = plan else {
                guard !record.fields.allSatisfy({ CellText.key($0).isEmpty }) else {
                    throw InputError("the file is empty", id: "berkas kosong", at: SourceLocation(file: file, line: 1),
                                     hint: "the first line must be the header (city_code,city_name,year,…)",
                                     hintID: "baris pertama harus berisi header (city_code,city_name,year,…)")
                }
                plan = try ColumnPlan(header: record.fields, file: file, options: options, catalogue: catalogue)
                return true
            }
            if session.state == nil {
                held.append(record)
                if options.decimal == nil && held.count < Self.decimalSampleRows { return true }
                try start(p, separator: separator)
                return true
            }
            try readRow(record, plan: p, state: &session.state!)
            return true
        }
        guard let plan else {
            throw InputError("the file is empty", id: "berkas kosong", at: SourceLocation(file: file, line: 1),
                             hint: "the first line must be the header (city_code,city_name,year,…)",
                             hintID: "baris pertama harus berisi header (city_code,city_name,year,…)")
        }
        if session.state == nil { try start(plan, separator: pass.separator) }
        guard var state = session.state else { preconditionFailure("the read state is made by start") }
        // The session lets go of its copy, so that the batch's arrays stay uniquely held (no copy on the next write).
        session.state = nil
        if !state.errors.isEmpty || state.omittedErrors > 0 {
            throw InputErrors(state.errors, omitted: state.omittedErrors)
        }
        try requireValues(state, file: file)
        state.fillFromRegistry(regions)
        var warnings = plan.warnings + state.warnings
        if let regions, plan.mapping == nil {
            let unknown = state.batch.cities.filter { regions[$0.code] == nil }
            if !unknown.isEmpty {
                func codes(_ language: Language) -> String {
                    unknown.prefix(3).map { CellText.shown($0.code, language) }.joined(separator: ", ") + (unknown.count > 3 ? ", …" : "")
                }
                warnings.append(InputError.localized(unknown.count == 1 ? .readCodesNotInRegionListOne : .readCodesNotInRegionListMany,
                                                     { ["count": String(unknown.count), "codes": codes($0)] }, at: SourceLocation(file: file),
                                                     hint: .readCodesNotInRegionListHint))
            }
        }
        var result = ReadResult(batch: state.batch, dialect: state.dialect, layout: plan.layout, dataRows: state.dataRows,
                                emptyCells: state.emptyCells, skipped: state.skipped, skippedRows: state.skippedRows, warnings: warnings,
                                sha256: pass.sha256, encoding: pass.encoding)
        result.rowsInFastLane = session.rowsTaken
        return result
    }

    /// A file that yields no value is refused here, before the store: an import of nothing would log
    /// the file as imported (so a corrected file with the same name looks done) and leave an empty dataset.
    private func requireValues(_ state: ReadState, file: String) throws {
        guard state.batch.isEmpty else { return }
        if state.dataRows == 0 {
            throw InputError(.readNoRows, at: SourceLocation(file: file, line: 2), hint: .readNoRowsHint)
        }
        if state.skippedRows > 0 && state.skippedRows == state.dataRows {
            // Lenient mode skipped everything: say so, with the first reasons, instead of importing nothing.
            let first = Array(state.skipped.prefix(3))
            throw InputErrors([InputError(.readAllRowsSkipped, ["count": String(state.dataRows)], at: SourceLocation(file: file),
                                          hint: .readAllRowsSkippedHint)] + first,
                              omitted: max(0, state.skipped.count - first.count))
        }
        throw InputErrors([InputError(.readNoValues, ["rows": String(state.dataRows), "empty": String(state.emptyCells)],
                                      at: SourceLocation(file: file, line: 2), hint: .readNoValuesHint)] + state.skipped.prefix(3))
    }

    // MARK: rows

    private func readRow(_ record: CSVRecord, plan: ColumnPlan, state: inout ReadState) throws {
        guard !record.isBlank else { return }
        state.dataRows += 1
        var problems: [InputError] = []
        let file = state.file
        func location(_ column: Int?) -> SourceLocation {
            SourceLocation(file: file, sheet: state.sheet, line: record.line, column: column.map { $0 + 1 })
        }
        func problem(_ message: String, id: String? = nil, column: Int?, hint: String? = nil, hintID: String? = nil) {
            problems.append(InputError(message, id: id, at: location(column), hint: hint, hintID: hintID))
        }
        func report(_ key: TextKey, _ arguments: (Language) -> [String: String], column: Int?,
                    hint: TextKey? = nil, hintArguments: [String: String] = [:]) {
            problems.append(InputError.localized(key, arguments, at: location(column), hint: hint, hintArguments: { _ in hintArguments }))
        }
        let fields = record.fields
        var quiet = false
        if fields.count != plan.width {
            let extraIsBlank = fields.count > plan.width && fields[plan.width...].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            if !extraIsBlank, record.kinds != nil {
                // A workbook has no separators to miscount: a cell beyond the header's last column.
                let column = fields.indices.last { $0 >= plan.width && !Trim.spaces(fields[$0]).isEmpty } ?? plan.width
                report(.workbookCellBeyondHeader, { ["cell": CellText.shown(fields[column], $0)] }, column: column, hint: .workbookCellBeyondHeaderHint)
                state.finish(problems: problems, record: record)
                return
            }
            if !extraIsBlank {
                problem("the row has \(fields.count) fields, the header has \(plan.width)",
                        id: "baris ini punya \(fields.count) kolom, header punya \(plan.width)", column: min(fields.count, plan.width),
                        hint: "a ragged row: check for a missing or extra '\(state.dialect.separator.label)', or quote a text that contains one",
                        hintID: "baris tidak rata: periksa '\(state.dialect.separator.label)' yang hilang atau berlebih, atau beri tanda kutip pada teks yang memuatnya")
                state.finish(problems: problems, record: record)
                return
            }
        }
        // The same region cells as the last row accepted: that region again, its cells and checks passed there.
        let repeatsCity = record.kinds == nil && plan.mapping == nil && state.memo.repeatsAcceptedCity(fields)
            && state.memo.acceptedCity.map { $0.code == state.previousCity.code && $0.name == state.previousCity.name } == true
        let checkedColumns = repeatsCity ? state.memo.usedColumnsBesidesCity : state.memo.usedColumns
        // A control character (NUL, escape, a line break inside quotes…) in any cell the reader uses:
        // never stored, in a name or a value. Refused before anything quotes the cell.
        // No code, name, province, source or value needs 4 KiB; a longer cell (a pasted document, a
        // runaway field of 16 MiB) is refused before anything walks it character by character.
        for column in checkedColumns where column < fields.count && fields[column].utf8.count > Self.longestCell {
            report(.readCellTooLong, { ["cell": CellText.shown(fields[column], $0), "most": String(Self.longestCell)] }, column: column)
            state.finish(problems: problems, record: record)
            return
        }
        for column in checkedColumns where column < fields.count {
            let text = Trim.spaces(fields[column])
            if let control = CellText.firstControl(text) {
                report(.readControlCharacter, { ["cell": CellText.shown(text, $0), "char": CellText.codePoint(control)] },
                       column: column, hint: .readControlCharacterHint)
            }
        }
        // A workbook's cell that holds no value: an error the spreadsheet computed, or a formula saved
        // without its result. Only where the reader uses the column: a failed formula in a notes column is no concern.
        if let kinds = record.kinds {
            for column in plan.usedColumns where column < kinds.count {
                switch kinds[column] {
                case .error:
                    report(.workbookErrorCell, { ["cell": CellText.shown(fields[column], $0)] }, column: column, hint: .workbookErrorCellHint)
                case .uncomputedFormula:
                    report(.workbookFormulaWithoutValue, { _ in [:] }, column: column, hint: .workbookFormulaWithoutValueHint)
                default: break
                }
            }
        }
        for column in plan.unnamedColumns where column < fields.count {
            let text = Trim.spaces(fields[column])
            guard !text.isEmpty else { continue }
            if state.options.lenient {
                // Said once per column, like an unknown column's warning; the row itself is fine.
                if state.unnamedColumnsWarned.insert(column).inserted {
                    state.warnings.append(InputError.localized(.columnUnnamedIgnored, { ["column": String(column + 1), "cell": CellText.shown(text, $0)] },
                                                               at: location(column), hint: .columnUnnamedHint))
                }
            } else {
                report(.columnUnnamedHoldsValue, { ["column": String(column + 1), "cell": CellText.shown(text, $0)] },
                       column: column, hint: .columnUnnamedHint)
            }
        }
        if !problems.isEmpty {
            state.finish(problems: problems, record: record)
            return
        }
        /// Codes: invisible characters dropped, so "72.71" with a zero-width space is 72.71.
        func key(_ column: Int?) -> String? {
            guard let column, column < fields.count else { return nil }
            let s = CellText.key(fields[column])
            return s.isEmpty ? nil : s
        }
        /// Names and other text: zero-width characters dropped.
        func cell(_ column: Int?) -> String? {
            guard let column, column < fields.count else { return nil }
            let s = CellText.text(fields[column])
            return s.isEmpty ? nil : s
        }

        /// The region code. Typed into a spreadsheet, 72.10 is the number 72.1: its lost zero is put back
        /// (a region code has two digits after its point), only for a workbook's numeric cell.
        func cityCode() -> String? {
            guard let code = key(plan.cityCode) else { return nil }
            guard let column = plan.cityCode, let kinds = record.kinds, column < kinds.count, kinds[column] == .number else { return code }
            let parts = code.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 2, parts[0].count == 2, parts[1].count == 1, code.allSatisfy({ $0 == "." || $0.isASCII && $0.isNumber }) {
                return code + "0"
            }
            return code
        }

        // The city.
        var city: CityRecord
        if repeatsCity, let known = state.memo.acceptedCity {
            city = known
        } else {
            city = CityRecord(code: "", name: cell(plan.cityName) ?? "", province: cell(plan.province), type: nil)
            // A village's type (desa, kelurahan) holds only for a village's code: checked once the code is read.
            var villageType: (raw: String, type: String)?
            if let rawType = cell(plan.type) {
                if let canonical = Self.canonicalType(rawType) {
                    city.type = canonical
                } else if let village = Self.villageType(rawType) {
                    villageType = (rawType, village)
                } else {
                    report(.readTypeUnknown, { ["cell": CellText.shown(rawType, $0)] }, column: plan.type, hint: .readTypeUnknownHint)
                }
            }
            defer {
                if let villageType {
                    if Self.isVillageCode(city.code) {
                        city.type = villageType.type
                    } else {
                        report(.readTypeUnknown, { ["cell": CellText.shown(villageType.raw, $0)] }, column: plan.type, hint: .readTypeUnknownHint)
                    }
                }
            }
            if let mapping = plan.mapping {
                if let code = cityCode() {
                    city.code = regions?.code(forWritten: code) ?? code
                } else if let resolved = resolveCity(name: city.name, province: city.province, mapping: mapping,
                                                     column: plan.cityName, record: record, file: state.file, sheet: state.sheet, problems: &problems) {
                    city = CityRecord(code: resolved.code, name: resolved.name, province: resolved.province, type: resolved.type)
                }
            } else if plan.cityCode == nil {
                // No code column: the name alone, resolved in the region list once per spelling.
                if !city.name.isEmpty {
                    switch state.resolveName(city.name, province: city.province, type: city.type, in: regions, at: location(plan.cityName)) {
                    case let .region(region): city = region
                    case let .refused(error): problems.append(error)
                    case .refusedBefore: quiet = true
                    }
                }
            } else {
                if let code = cityCode() {
                    // BPS's four digits (`7271`) are the region list's `72.71`; an unknown code stays as typed.
                    city.code = regions?.code(forWritten: code) ?? code
                    // A code is an identifier compared byte for byte: "72.71" with a combining mark or in
                    // Arabic-Indic digits would be a second city that looks like the first.
                    if code.utf8.contains(where: { $0 >= 0x80 }) {
                        report(.readCodeNotASCII, { ["cell": CellText.shown(code, $0)] }, column: plan.cityCode, hint: .readCodeNotASCIIHint)
                    }
                } else { problem("the city code is empty", id: "kode wilayah kosong", column: plan.cityCode) }
            }
            if plan.mapping == nil {
                if city.name.isEmpty { problem("the city name is empty", id: "nama wilayah kosong", column: plan.cityName,
                                                      hint: "give the region's name, e.g. Kota Palu", hintID: "isi nama wilayah, misalnya Kota Palu") }
            }
        }
        // Rows come grouped by city: the same city as the row before needs no checks or lookups.
        let sameAsPrevious = plan.mapping == nil && city.code == state.previousCity.code && city.name == state.previousCity.name
            && !city.code.isEmpty
        if !sameAsPrevious, !city.code.isEmpty, !city.name.isEmpty, let first = state.cityNames[city.code], first.name != city.name,
           RegionRegistry.fold(first.name) != RegionRegistry.fold(city.name) {
            // Reported once per (code, name); the same conflict on later rows is counted, not repeated.
            if state.reportedNameConflicts.insert("\(city.code)\u{1F}\(city.name)").inserted {
                let (code, name, firstName) = (city.code, city.name, first.name)
                report(.readNameConflict, { ["code": CellText.shown(code, $0), "name": CellText.shown(name, $0),
                                             "first": CellText.shown(firstName, $0), "line": String(first.line)] },
                       column: plan.cityName, hint: .readNameConflictHint)
            } else {
                quiet = true
            }
        }

        // A code of the region list must carry that region's name (with or without "Kota"/"Kabupaten").
        if !sameAsPrevious, !city.code.isEmpty, !city.name.isEmpty, plan.mapping == nil, let known = regions?[city.code],
           state.cityNames[city.code] == nil, !RegionRegistry.sameRegion(known.name, city.name) {
            let (code, name) = (city.code, city.name)
            report(.readNameNotInRegionList, { ["code": code, "known": known.name, "name": CellText.shown(name, $0)] },
                   column: plan.cityCode, hint: .readNameNotInRegionListHint)
        }
        // A province that contradicts the region list, compared as the registry folds names (case,
        // spacing, "Prov." prefix, BPS abbreviations). Checked once per code and spelling.
        if !repeatsCity, plan.mapping == nil, !city.code.isEmpty, let province = city.province, let known = regions?[city.code], let knownProvince = known.province,
           !state.provincesChecked.contains("\(city.code)\u{1F}\(province)") {
            if RegionRegistry.sameProvince(province, knownProvince) {
                state.provincesChecked.insert("\(city.code)\u{1F}\(province)")
            } else {
                let code = city.code
                report(.readProvinceContradicts, { ["code": code, "known": knownProvince, "cell": CellText.shown(province, $0)] },
                       column: plan.province, hint: .readProvinceContradictsHint)
            }
        }

        // The year.
        var year = plan.fixedYear ?? 0
        if plan.fixedYear == nil {
            if let column = plan.year, let kinds = record.kinds, column < kinds.count, case let .date(dateYear) = kinds[column] {
                // A date typed in the year column (1 January 2023, shown as a date): its year.
                if ObservationYears.admitted.contains(dateYear) {
                    year = dateYear
                } else {
                    problem("the year \(dateYear) is outside \(ObservationYears.admittedText)", id: "tahun \(dateYear) di luar \(ObservationYears.admittedText)", column: plan.year)
                }
            } else if record.kinds == nil, let column = plan.year, column < fields.count, let known = state.memo.yearCell, fields[column] == known.raw {
                year = known.year
            } else if let raw = key(plan.year) {
                if let y = Int(raw), ObservationYears.admitted.contains(y) {
                    year = y
                    if record.kinds == nil, let column = plan.year { state.memo.yearCell = (fields[column], y) }
                } else if let y = Int(raw) {
                    problem("the year \(y) is outside \(ObservationYears.admittedText)", id: "tahun \(y) di luar \(ObservationYears.admittedText)", column: plan.year)
                } else {
                    report(.readYearNotWhole, { ["cell": CellText.shown(raw, $0)] }, column: plan.year)
                }
            } else {
                problem("the year is empty", id: "tahun kosong", column: plan.year)
            }
        }

        // The values.
        // The row's values and duplicate keys, in arrays kept from row to row: two allocations per row are a
        // second of an 8-million-row file.
        var cells = state.memo.cellBuffer, keys = state.memo.keyBuffer
        state.memo.cellBuffer = []
        state.memo.keyBuffer = []
        cells.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        defer {
            state.memo.cellBuffer = cells
            state.memo.keyBuffer = keys
        }
        var empty = 0
        if plan.layout == .long, let valueColumn = plan.value {
            // An indicator cell seen before is looked up by its text as it stands.
            var code: String? = nil, position: Int? = nil
            if record.kinds == nil, let column = plan.indicator, column < fields.count, let known = state.memo.indicatorCells[fields[column]] {
                position = known
            } else if let typed = key(plan.indicator) {
                code = typed
                position = catalogue.position(of: typed)
                if let position, record.kinds == nil, let column = plan.indicator, state.memo.indicatorCells.count < RowMemo.indicatorCellLimit {
                    state.memo.indicatorCells[fields[column]] = position
                }
            }
            if position != nil || code != nil {
                if let position {
                    if let v = parseValue(cell(valueColumn), rule: rules[position], at: location(valueColumn), dialect: state.dialect,
                                          stored: storedNumber(record, valueColumn), problems: &problems) {
                        cells.append((position, v, valueColumn))
                    } else if problems.isEmpty {
                        empty += 1
                    }
                } else if let code {
                    report(.readIndicatorUnknown, { ["code": CellText.shown(code, $0)] }, column: plan.indicator,
                           hint: .readIndicatorUnknownHint, hintArguments: ["codes": state.nearestCodes(to: code, in: catalogue)])
                }
            } else {
                problem("the indicator code is empty", id: "kode indikator kosong", column: plan.indicator)
            }
        } else {
            for (column, position) in plan.indicatorColumns {
                let before = problems.count
                if let v = parseValue(cell(column), rule: rules[position], at: location(column), dialect: state.dialect,
                                      stored: storedNumber(record, column), problems: &problems) {
                    cells.append((position, v, column))
                } else if problems.count == before {
                    empty += 1
                }
            }
        }

        // Duplicates: the same (city, year, indicator) twice in the import.
        if problems.isEmpty, !quiet, !city.code.isEmpty {
            let cityKey = sameAsPrevious ? state.previousCity.key : state.cityKey(city.code)
            for c in cells {
                let key = DuplicateKey.pack(city: cityKey, year: year, indicator: c.indicator)
                keys.append(key)
                if let firstLine = state.seen.line(of: key) {
                    problem("a second value for \(CellText.shown(city.code, .en)), \(year), \(rules[c.indicator].code); the first is at line \(firstLine)",
                            id: "nilai kedua untuk \(CellText.shown(city.code, .id)), \(year), \(rules[c.indicator].code); yang pertama di baris \(firstLine)",
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
            let source: Int32
            if record.kinds == nil, let column = plan.source, column < fields.count, let known = state.memo.sourceCell, fields[column] == known.raw {
                source = known.index
            } else {
                source = state.batch.internSource(cell(plan.source) ?? plan.mapping?.source)
                if record.kinds == nil, let column = plan.source, column < fields.count { state.memo.sourceCell = (fields[column], source) }
            }
            if !repeatsCity, record.kinds == nil, plan.mapping == nil, !city.code.isEmpty { state.memo.accept(fields, city: city) }
            for (c, key) in zip(cells, keys) {
                state.seen.set(key, line: Int32(record.line))
                var indicator = state.memo.batchIndicator[c.indicator]
                if indicator < 0 {
                    indicator = state.batch.internIndicator(rules[c.indicator].code)
                    state.memo.batchIndicator[c.indicator] = indicator
                }
                state.batch.append(city: cityIndex, indicator: indicator,
                                   year: year, value: c.value, source: source, line: record.line, column: c.column + 1)
            }
            state.emptyCells += empty
        }
        if quiet && problems.isEmpty {
            state.finishQuietly()
            return
        }
        state.finish(problems: problems, record: record)
    }

    /// The stored word for a region's kind: `kota` or `kabupaten`, as the region list has them; the
    /// abbreviations and English words people write are read as these.
    static func canonicalType(_ raw: String) -> String? {
        switch raw.lowercased() {
        case "kota", "city": "kota"
        case "kabupaten", "kab", "kab.", "regency": "kabupaten"
        default: nil
        }
    }

    /// A village's kind, as `datasets generate --cohort villages` and the village list write it.
    static func villageType(_ raw: String) -> String? {
        switch raw.lowercased() {
        case "desa", "village": "desa"
        case "kelurahan": "kelurahan"
        default: nil
        }
    }

    /// A village's code: ten digits (province, regency, district, village: 2 + 2 + 3 + 3), with or
    /// without dots. A regency's or city's code (`72.71`) with a village's type is a contradiction.
    static func isVillageCode(_ code: String) -> Bool {
        code.utf8.allSatisfy { $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && code.utf8.filter { $0 != UInt8(ascii: ".") }.count == 10
    }

    /// A cell's number, or nil when it is empty (no problem) or bad (a problem is recorded).
    /// Whether the cell is a workbook's numeric cell, whose text is the number as stored.
    private func storedNumber(_ record: CSVRecord, _ column: Int) -> Bool {
        guard let kinds = record.kinds, column < kinds.count else { return false }
        return kinds[column] == .number
    }

    private func parseValue(_ raw: String?, rule: ValueRule, at location: SourceLocation, dialect: CSVDialect,
                            stored: Bool = false, problems: inout [InputError]) -> Double? {
        guard let raw else { return nil }
        func problem(_ message: String, _ id: String, _ hint: String? = nil, _ hintID: String? = nil) {
            problems.append(InputError(message, id: id, at: location, hint: hint, hintID: hintID))
        }
        let value: Double
        // A workbook's number as stored (`1.5E-3`, always a decimal point): read as it is, no mark guessed.
        let parsed = stored ? Double(raw).map { NumberParser.Parsed.number($0) } ?? NumberParser.read(raw, decimal: .point)
                            : NumberParser.read(raw, decimal: dialect.decimal)
        switch parsed {
        case let .number(x):
            value = x
        case _ where Self.missingMarkers.contains(raw.lowercased()):
            return nil
        case .ambiguous:
            problem("'\(CellText.shown(raw, .en))' is ambiguous in a file with '\(dialect.decimal.rawValue)' decimals (\(rule.code)): a thousands separator or a decimal?",
                    "'\(CellText.shown(raw, .id))' ambigu dalam berkas berdesimal '\(dialect.decimal.rawValue)' (\(rule.code)): pemisah ribuan atau desimal?",
                    "write it without the separator, or say the decimal mark with --decimal",
                    "tulis tanpa pemisah, atau sebutkan tanda desimal dengan --decimal")
            return nil
        case .outOfRange:
            // "inf is not plausible" says nothing about the cell; its length and first digits do.
            let code = rule.code
            if let digits = CellText.digitCount(raw) {
                let start = String(raw.prefix(10))
                problems.append(InputError.localized(.readValueTooManyDigits, { _ in ["count": String(digits), "start": start, "code": code] },
                                                     at: location, hint: .readValueOutOfRangeHint))
            } else {
                problems.append(InputError.localized(.readValueOutOfRange, { ["cell": CellText.shown(raw, $0), "code": code] },
                                                     at: location, hint: .readValueOutOfRangeHint))
            }
            return nil
        case .invalid:
            let (code, mark) = (rule.code, dialect.decimal.rawValue)
            problems.append(InputError.localized(.readValueNotNumber, { ["cell": CellText.shown(raw, $0), "code": code] },
                                                 at: location, hint: .readValueNotNumberHint, hintArguments: { _ in ["mark": mark] }))
            return nil
        }
        // A sanity bound beyond every indicator's unit: larger magnitudes are typing or unit errors, and
        // would overflow the arithmetic of normalisation.
        // (An overflow to infinity never gets here: it is `outOfRange` above, described by the cell.)
        guard abs(value) <= 1e15 else {
            problem("\(JSONValue.format(value)) is not a plausible value of \(rule.code)", "\(JSONValue.format(value)) bukan nilai yang masuk akal untuk \(rule.code)",
                    "values are limited to ±1e15; check the unit", "nilai dibatasi ±1e15; periksa satuannya")
            return nil
        }
        if let lo = rule.min, value < lo {
            if lo == 0 {
                problem("negative value \(JSONValue.format(value)) for \(rule.code), whose unit (\(rule.unit)) cannot be negative",
                        "nilai negatif \(JSONValue.format(value)) untuk \(rule.code), yang satuannya (\(Localizer(.id).unit(rule.unit))) tidak boleh negatif")
            } else {
                problem("\(JSONValue.format(value)) is below the smallest valid value \(JSONValue.format(lo)) of \(rule.code)",
                        "\(JSONValue.format(value)) di bawah nilai sah terkecil \(JSONValue.format(lo)) untuk \(rule.code)")
            }
            return nil
        }
        if let hi = rule.max, value > hi {
            if rule.isPercent && hi == 100 {
                problem("\(JSONValue.format(value)) % is outside 0–100 (\(rule.code))", "\(JSONValue.format(value)) % di luar 0–100 (\(rule.code))",
                        "a percentage; if the file holds shares (0–1), multiply by 100", "persentase; bila berkas berisi proporsi (0–1), kalikan 100")
            } else {
                problem("\(JSONValue.format(value)) is above the largest valid value \(JSONValue.format(hi)) of \(rule.code) (\(rule.unit))",
                        "\(JSONValue.format(value)) di atas nilai sah terbesar \(JSONValue.format(hi)) untuk \(rule.code) (\(Localizer(.id).unit(rule.unit)))")
            }
            return nil
        }
        return value
    }

    private func resolveCity(name: String, province: String?, mapping: ColumnMapping, column: Int?, record: CSVRecord,
                             file: String, sheet: String?, problems: inout [InputError]) -> CityRecord? {
        let location = SourceLocation(file: file, sheet: sheet, line: record.line, column: column.map { $0 + 1 })
        let folded = RegionRegistry.fold(name)
        if let alias = mapping.aliases.first(where: { RegionRegistry.fold($0.name) == folded
            && ($0.province == nil || province == nil || RegionRegistry.foldProvince($0.province!) == RegionRegistry.foldProvince(province!)) }) {
            return regions?[alias.code] ?? CityRecord(code: alias.code, name: name, province: province)
        }
        guard let regions else {
            problems.append(InputError.localized(.readResolveNoRegionList, { ["name": CellText.shown(name, $0)] }, at: location))
            return nil
        }
        let found = regions.matches(name: name, province: province)
        if found.count == 1 { return found[0] }
        if found.isEmpty {
            if let province {
                problems.append(InputError.localized(.readResolveNoneInProvince, { ["name": CellText.shown(name, $0), "province": CellText.shown(province, $0)] },
                                                     at: location, hint: .readResolveAliasHint, hintArguments: { _ in ["name": name] }))
            } else {
                problems.append(InputError.localized(.readResolveNone, { ["name": CellText.shown(name, $0)] },
                                                     at: location, hint: .readResolveAliasHint, hintArguments: { _ in ["name": name] }))
            }
        } else {
            let list = found.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
            problems.append(InputError.localized(.readResolveSeveral, { ["name": CellText.shown(name, $0), "regions": list] },
                                                 at: location, hint: .readResolveSeveralHint))
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

/// The state of one read, shared by the row-by-row path and the fast lane. A class whose properties skip
/// the run-time exclusivity check: captured by two closures, local variables would pay a check per access,
/// per row, and the reader never holds one access across another.
private final class ReadSession {
    @exclusivity(unchecked) var state: ReadState?
    @exclusivity(unchecked) var lane: LongRowFastLane?

    private(set) var rowsTaken = 0

    func takePlainRow(_ row: PlainRow) -> Bool {
        guard lane != nil, state != nil, lane!.take(row, state: &state!) else { return false }
        rowsTaken += 1
        return true
    }
}

/// What the reader accumulates while it walks the file.
struct ReadState {
    let file: String
    /// The sheet, when the rows come from a workbook: locations are then `file:sheet:D17`.
    var sheet: String?
    let options: ReadOptions
    let dialect: CSVDialect
    var batch = ObservationBatch()
    var errors: [InputError] = []
    var omittedErrors = 0
    var skipped: [InputError] = []
    var skippedRows = 0
    var dataRows = 0
    var emptyCells = 0
    var seen = DuplicateIndex()
    var cityNames: [String: (name: String, line: Int)] = [:]
    var reportedNameConflicts = Set<String>()
    /// What is worth telling about the rows without refusing them (lenient mode).
    var warnings: [InputError] = []
    var unnamedColumnsWarned = Set<Int>()
    /// "code␟province" pairs already found to agree with the region list.
    var provincesChecked = Set<String>()
    /// Names of a file without codes, by "name␟province␟type": the region, or whether it was refused.
    var namesResolved: [String: CityRecord?] = [:]
    var namesRefused = 0
    private var cityKeys: [String: Int32] = [:]
    /// The last city a valid row named, with its duplicate key and batch index.
    var previousCity: (code: String, name: String, key: Int32, index: Int32) = ("", "", -1, -1)
    /// Answers about cells that repeat, from earlier rows.
    var memo = RowMemo()

    /// "Did you mean" codes per unknown indicator code, computed once each (an edit distance against the
    /// whole catalogue costs milliseconds, and a file may repeat one wrong code on every row), and only for
    /// the first `suggestionLimit` distinct codes: beyond them no one reads the hints.
    private var suggestions: [String: String] = [:]
    static let suggestionLimit = 100

    mutating func nearestCodes(to code: String, in catalogue: Catalogue) -> String {
        if let known = suggestions[code] { return known }
        guard suggestions.count < Self.suggestionLimit else { return "…" }
        let near = catalogue.nearestCodes(to: code).joined(separator: ", ")
        suggestions[code] = near
        return near
    }

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
