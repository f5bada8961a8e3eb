import Foundation

/// Which column of a file holds what: worked out once from the header, then used for every row.
struct ColumnPlan {
    let layout: CSVLayout
    let width: Int
    var cityCode: Int?
    var cityName: Int?
    var province: Int?
    var type: Int?
    var year: Int?
    var fixedYear: Int?
    var indicator: Int?
    var value: Int?
    var source: Int?
    /// Wide layout: the column of each indicator and the indicator's catalogue position.
    var indicatorColumns: [(column: Int, indicator: Int)] = []
    var mapping: ColumnMapping?

    /// The columns that hold numbers, for detecting the decimal mark.
    var valueColumns: [Int] { layout == .long ? [value].compactMap { $0 } : indicatorColumns.map(\.column) }

    /// Long layout: columns with an empty header name, whose cells must be empty.
    var unnamedColumns: [Int] = []
    /// Columns the file has that the plan does not read (lenient mode): each is a warning.
    var warnings: [InputError] = []

    /// Every column whose cells the reader uses, for the control-character check.
    var usedColumns: [Int] {
        [cityCode, cityName, province, type, year, indicator, value, source].compactMap { $0 } + indicatorColumns.map(\.column)
    }

    /// The column names the reader knows, English and Indonesian, for "did you mean" hints on a misspelt one.
    static var knownNames: [String] { ColumnNames.knownNames }

    /// The known column name nearest to `name`, when it is close enough to be a misspelling
    /// (`sourse` → `source`, `provnce` → `province`, `kode wilayh` → `kode_wilayah`).
    static func nearestKnownName(to name: String) -> String? {
        let lower = ColumnNames.normalised(name)
        let scored = knownNames.map { ($0, EditDistance.between(lower, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(1, min(3, best.count / 3)) else { return nil }
        return best
    }

    init(header raw: [String], file: String, options: ReadOptions, catalogue: Catalogue) throws {
        // Invisible characters in a header name (a second byte-order mark, a zero-width space pasted from
        // the web) would make "city_code" a different name that looks the same; they are dropped.
        let header = raw.map(CellText.key)
        /// The header for a hint: at most 300 characters, so a 1 MB line does not become a 1 MB message.
        let shown = CatalogueReport.truncate(header.joined(separator: ","), 300)
        let lower = header.map { $0.lowercased() }
        width = header.count
        func at(_ column: Int) -> SourceLocation { SourceLocation(file: file, line: 1, column: column + 1) }
        func quoted(_ name: String) -> (Language) -> [String: String] {
            { ["column": CellText.shown(name, $0)] }
        }

        var seenHeaders: [String: Int] = [:]
        for (j, name) in lower.enumerated() where !name.isEmpty {
            if let first = seenHeaders[name] {
                throw InputError.localized(.columnTwice, { ["column": CellText.shown(header[j], $0), "first": String(first + 1)] }, at: at(j))
            }
            seenHeaders[name] = j
        }

        if let mapping = options.mapping {
            // A mapping file says what every column is: mapped to an indicator, one of the city or year
            // columns, or listed under `ignore:`. A column it does not mention is an error, never silently
            // dropped: a new column in next year's export is then noticed, not lost.
            layout = .wide
            self.mapping = mapping
            func column(_ name: String, _ role: TextKey) throws -> Int {
                guard let j = header.firstIndex(of: name) ?? lower.firstIndex(of: name.lowercased()) else {
                    throw InputError(.mappingColumnMissing, ["column": name, "role": Localizer(.en)(role)],
                                     at: SourceLocation(file: file, line: 1),
                                     hint: .mappingColumnMissingHint, hintArguments: ["columns": CatalogueReport.truncate(header.joined(separator: " | "), 300)])
                        .withIndonesianRole(role, column: name)
                }
                return j
            }
            cityName = try column(mapping.nameColumn, .mappingRoleCityName)
            province = try mapping.provinceColumn.map { try column($0, .mappingRoleProvince) }
            cityCode = try mapping.codeColumn.map { try column($0, .mappingRoleCityCode) }
            year = try mapping.yearColumn.map { try column($0, .mappingRoleYear) }
            fixedYear = mapping.year
            var used = Set([cityName, province, cityCode, year].compactMap { $0 })
            for entry in mapping.columns {
                let j = try column(entry.header, .mappingRoleIndicator)
                guard let position = catalogue.position(of: entry.code) else {
                    throw InputError(.mappingIndicatorUnknown, ["code": entry.code], at: at(j),
                                     hint: .mappingIndicatorUnknownHint, hintArguments: ["mapping": mapping.file])
                }
                indicatorColumns.append((j, position))
                used.insert(j)
            }
            for (j, name) in header.enumerated() where !used.contains(j) && !mapping.ignore.contains(name) && !name.isEmpty {
                throw InputError.localized(.mappingColumnUnmapped, { ["column": CellText.shown(name, $0), "mapping": mapping.file] }, at: at(j),
                                           hint: .mappingColumnUnmappedHint)
            }
            return
        }

        // From here on columns are known by what they mean, whatever the language of their name: `tahun`
        // is `year`. Two names of one column (`city_code` and `kode_wilayah`) would leave one unread.
        let meaning = header.map(ColumnNames.column(for:))
        var seenMeanings: [String: Int] = [:]
        // Columns the reader never reads (a unit, a note) may come twice: `catatan` and `keterangan` side by side
        // lose nothing.
        let neverRead: Set<String> = ["unit", "note"]
        for (j, column) in meaning.enumerated() {
            guard let column, !neverRead.contains(column) else { continue }
            if let first = seenMeanings[column] {
                let (name, firstName) = (header[j], header[first])
                throw InputError.localized(.headerSameColumnTwice, { ["column": CellText.shown(name, $0), "first": CellText.shown(firstName, $0),
                                                                     "position": String(first + 1), "meaning": column] },
                                           at: at(j), hint: .headerSameColumnTwiceHint)
            }
            seenMeanings[column] = j
        }
        func find(_ name: String) -> Int? { seenMeanings[name] }

        let detected: CSVLayout = options.layout ?? (find("indicator") != nil && find("value") != nil ? .long : .wide)
        layout = detected
        cityCode = find("city_code")
        cityName = find("city_name")
        year = find("year")
        province = find("province")
        type = find("type")
        source = find("source")
        let required = detected == .long ? ObservationFileReader.longColumns : ["city_code", "city_name", "year"]
        // A name alone is enough: each is resolved to its code in the region list, row by row.
        let missing = required.filter { find($0) == nil && !($0 == "city_code" && cityName != nil) }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw InputError.localized(missing.count == 1 ? .columnRequiredMissingOne : .columnRequiredMissingMany, { _ in ["columns": names] },
                                       at: SourceLocation(file: file, line: 1),
                                       hint: detected == .long ? .columnLongHeaderHint : .columnWideHeaderHint, hintArguments: { _ in ["found": shown] })
        }
        // A collection template's descriptive columns (indicator name, bounds, last value…) are skipped.
        let descriptive = CollectionTemplateColumn.descriptive

        /// A column the reader does not know: an error, or with --lenient a warning that it was ignored.
        /// Its values would otherwise be lost without a word.
        func unknown(_ j: Int, indicatorHint: Bool) throws {
            let name = header[j]
            let hint: TextKey, hintArguments: [String: String]
            // With --lenient, a header of thousands of unknown columns would compute thousands of edit
            // distances against the catalogue for hints nobody reads past the first hundred.
            if warnings.count >= 100 {
                (hint, hintArguments) = (indicatorHint ? .columnUnknownIndicatorHint : .columnUnknownLongHint, ["codes": "…"])
            } else if let near = Self.nearestKnownName(to: name) {
                (hint, hintArguments) = (.columnDidYouMeanHint, ["name": near])
            } else if detected == .long, catalogue.position(of: name) != nil {
                (hint, hintArguments) = (.columnIndicatorInLongHint, [:])
            } else if indicatorHint {
                (hint, hintArguments) = (.columnUnknownIndicatorHint, ["codes": catalogue.nearestCodes(to: name).joined(separator: ", ")])
            } else {
                (hint, hintArguments) = (.columnUnknownLongHint, [:])
            }
            let key: TextKey = options.lenient ? (indicatorHint ? .columnUnknownIndicatorIgnored : .columnUnknownIgnored)
                                               : (indicatorHint ? .columnUnknownIndicator : .columnUnknown)
            let error = InputError.localized(key, quoted(name), at: at(j), hint: hint, hintArguments: { _ in hintArguments })
            if options.lenient { warnings.append(error) } else { throw error }
        }

        if detected == .long {
            indicator = find("indicator")
            value = find("value")
            for (j, name) in lower.enumerated() where meaning[j] == nil && !descriptive.contains(name) {
                if name.isEmpty {
                    // Usually the trailing separator of a spreadsheet export, over empty cells; the rows
                    // check that it stays empty, since a value under no header would be lost.
                    unnamedColumns.append(j)
                } else {
                    try unknown(j, indicatorHint: false)
                }
            }
            return
        }
        // Wide: every column that is not a key or metadata column is an indicator code.
        let fixed = Set(["city_code", "city_name", "year"]).union(ObservationFileReader.metadataColumns)
        for (j, name) in header.enumerated() where !(meaning[j].map(fixed.contains) ?? false) && !descriptive.contains(lower[j]) {
            guard !name.isEmpty else {
                throw InputError(.columnNoHeader, ["column": String(j + 1)], at: at(j), hint: .columnNoHeaderHint)
            }
            guard let position = catalogue.position(of: name) else {
                try unknown(j, indicatorHint: true)
                continue
            }
            indicatorColumns.append((j, position))
        }
        if indicatorColumns.isEmpty {
            throw InputError(.columnNoIndicators, at: SourceLocation(file: file, line: 1), hint: .columnNoIndicatorsHint)
        }
    }
}

private extension InputError {
    /// The Indonesian message names the column's role in Indonesian.
    func withIndonesianRole(_ role: TextKey, column: String) -> InputError {
        var copy = self
        copy.messageID = Localizer(.id)(.mappingColumnMissing, ["column": column, "role": Localizer(.id)(role)])
        return copy
    }
}
