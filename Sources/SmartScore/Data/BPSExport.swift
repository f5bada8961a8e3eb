import Foundation

/// A table export of the BPS website, read as it comes (`shared/data/bps_exports/README.md`): a first row
/// `Provinsi/Kabupaten/Kota,` or `Nama Wilayah,`, a second with the series title and unit, a third with the
/// year, then `name,value` rows. Province rows are in capitals and come before their regencies, a regency
/// carries its bare name (`Simeulue`), a city starts with `Kota`, `-` is no figure, the last row is
/// `INDONESIA`. Each row is resolved to a region code by its name within the province above it.
public struct BPSExport: Sendable {
    /// A row resolved to a region.
    public struct Value: Sendable {
        public let line: Int
        public let region: CityRecord
        public let value: Double
    }

    /// A row that names a regency or city the region list cannot place, and why.
    public struct Unresolved: Sendable {
        public enum Reason: Error, Sendable, Equatable {
            /// No region of that name in the province.
            case unknown
            /// Several regions of that name in the province.
            case ambiguous([String])
            /// A regency row above the first province row, or below INDONESIA.
            case outsideProvince
        }
        public let line: Int
        public let name: String
        public let province: String
        public let reason: Reason
    }

    public let file: String
    /// The series as the export titles it ("[Metode Baru] Indeks Pembangunan Manusia").
    public let title: String
    public let year: Int
    public let values: [Value]
    public let unresolved: [Unresolved]
    /// Rows with `-` (no figure) for a region, resolved or not.
    public let missing: Int
    /// Province rows and the national row, read and set aside.
    public let aggregates: Int
    public let sha256: String
}

extension BPSExport {
    /// The first cell of an export's first row.
    static let headings: Set<String> = ["provinsi/kabupaten/kota", "nama wilayah"]

    /// The four Papua provinces created in 2022: the region list keeps their regencies under the old ones.
    static let formerProvince: [String: String] = [
        "PAPUA SELATAN": "Papua", "PAPUA TENGAH": "Papua", "PAPUA PEGUNUNGAN": "Papua", "PAPUA BARAT DAYA": "Papua Barat",
    ]

    /// Whether the file at `path` starts like a BPS export (its first cell, byte-order mark and case aside).
    /// Only a regular file is looked into: opening a named pipe would wait for a writer, and reading the head
    /// of standard input would take it away from the reader that follows.
    public static func isExport(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        // Through the CSV reader, so that an export re-saved by Excel (UTF-16, Windows-1252, ';') is known too.
        var cells: [String] = []
        try? CSVReader(path: path, displayName: path, separator: nil).forEachRecord { record in
            cells = record.fields
            return false
        }
        // `Nama Wilayah,Tahun,Kode Indikator,Nilai` is the Indonesian header of an observation file, not an
        // export: a first row that names a column the observation reader knows is never an export's heading.
        return headings.contains(CellText.key(cells.first ?? "").lowercased())
            && !cells.dropFirst().contains { ColumnNames.column(for: CellText.key($0)) != nil }
    }

    /// Reads the export at `path`; `year` overrides (or stands for) the year row. The problems of the file's
    /// shape (no title, no year, a value that is not a number) are errors at file:line:column; a row the
    /// region list cannot place is reported in `unresolved`, not an error.
    public static func read(path: String, registry: RegionRegistry, aliases: RegionAliases = RegionAliases(), year given: Int? = nil) throws -> BPSExport {
        var records: [CSVRecord] = []
        // As the BPS website writes it: ',' and a decimal point. Re-saved by an Indonesian Excel: ';' and a
        // decimal comma (and the reader's transcoding of UTF-16 or Windows-1252).
        var decimal = CSVDialect.DecimalMark.point
        let reader = CSVReader(path: path, displayName: path, separator: nil)
        let pass = try reader.pass { record, separator in
            if separator == .semicolon { decimal = .comma }
            guard records.count < 100_000 else {
                throw InputError(.bpsExportTooLong, at: SourceLocation(file: path, line: record.line))
            }
            records.append(record)
            return true
        }
        func at(_ record: CSVRecord, _ column: Int) -> SourceLocation { SourceLocation(file: path, line: record.line, column: column + 1) }
        func cell(_ record: CSVRecord, _ i: Int) -> String { i < record.fields.count ? CellText.key(record.fields[i]) : "" }
        guard let heading = records.first, headings.contains(cell(heading, 0).lowercased()) else {
            throw InputError(.bpsExportNotAnExport, at: SourceLocation(file: path, line: 1, column: 1), hint: .bpsExportShapeHint)
        }
        guard records.count >= 3 else { throw InputError(.bpsExportNoRows, at: SourceLocation(file: path, line: heading.line + 1), hint: .bpsExportShapeHint) }
        let titleRow = records[1], yearRow = records[2]
        // The year row leaves its first cell empty (",2021"); a row with a name there is data, and the file has
        // no year row (then --year gives it), rather than its first province being taken for a year.
        let hasYearRow = cell(yearRow, 0).isEmpty || Int(cell(yearRow, 0)) != nil
        let dataStart = hasYearRow ? 3 : 2
        let title = titleRow.fields.map { CellText.text($0) }.first { !$0.isEmpty } ?? ""
        guard !title.isEmpty else { throw InputError(.bpsExportNoTitle, at: at(titleRow, 1), hint: .bpsExportShapeHint) }
        // One series per file: a second value column would be another series or year.
        let width = records.dropFirst(dataStart).map { row in row.fields.lastIndex { !CellText.key($0).isEmpty } ?? 0 }.max() ?? 1
        guard width <= 1 else {
            let row = records.dropFirst(dataStart).first { ($0.fields.lastIndex { !CellText.key($0).isEmpty } ?? 0) == width }!
            throw InputError(.bpsExportSeveralSeries, ["columns": String(width)], at: at(row, width), hint: .bpsExportSeveralSeriesHint)
        }
        let yearText = !hasYearRow ? "" : cell(yearRow, 1).isEmpty ? cell(yearRow, 0) : cell(yearRow, 1)
        let year: Int
        let written = Int(yearText).flatMap { ObservationYears.admitted.contains($0) ? $0 : nil }
        if let given, let written, given != written {
            // The file says its year: a --year that says another would store every value under the wrong year.
            throw InputError(.bpsExportYearContradicts, ["file": path, "written": String(written), "given": String(given)],
                             at: SourceLocation(parameter: .year))
        }
        if let given {
            year = given
        } else if let written {
            year = written
        } else {
            throw InputError(.bpsExportNoYear, ["text": yearText], at: at(yearRow, 1), hint: .bpsExportNoYearHint)
        }

        var province: String?
        var unknownProvince: InputError?
        // The region list's provinces by their folded name ("kepulauanbangkabelitung"), for the province rows.
        var provinces: [String: String] = [:]
        for region in registry.regions { if let p = region.province { provinces[RegionRegistry.foldProvince(p)] = p } }
        var values: [Value] = []
        var unresolved: [Unresolved] = []
        var problems = InputProblems()
        var missing = 0, aggregates = 0
        var firstLine: [String: (line: Int, value: Double)] = [:]
        for record in records.dropFirst(dataStart) {
            let name = CellText.text(record.fields.first ?? "")
            guard !name.isEmpty else { continue }
            if let control = CellText.firstControl(name) {
                problems.add(.localized(.readControlCharacter, { ["cell": CellText.shown(name, $0), "char": CellText.codePoint(control)] },
                                        at: at(record, 0), hint: .readControlCharacterHint))
                continue
            }
            let text = cell(record, 1)
            let value: Double?
            if ObservationFileReader.missingMarkers.contains(text.lowercased()) {
                value = nil
            } else if case let .number(x) = NumberParser.read(text, decimal: decimal) {
                value = x
            } else {
                problems.add(.localized(.bpsExportNotANumber, { ["value": CellText.shown(text, $0), "name": CellText.shown(name, $0)] }, at: at(record, 1)))
                continue
            }
            // Province rows (in capitals) open a block; INDONESIA closes the table. A province written in title
            // case ("Sumatera Utara") that no regency or city is called is a province row too.
            let titleCaseProvince = !isAggregate(name) && provinces[RegionRegistry.foldProvince(name)] != nil
                && registry.matches(name: name, province: nil, bareName: .either).isEmpty
            if isAggregate(name) || titleCaseProvince {
                aggregates += 1
                // Rows after INDONESIA belong to no province: matched nowhere rather than to the last one.
                province = name.uppercased() == "INDONESIA" ? nil : name
                // A province the region list does not know would lose all its regencies, one warning each: one
                // error at the province row says what is wrong, once a regency row follows it (a heading such as
                // PERKOTAAN with no regencies under it is set aside like INDONESIA).
                unknownProvince = nil
                let folded = RegionRegistry.foldProvince(name)
                if let province, provinces[folded] == nil, formerProvince[province.uppercased()] == nil {
                    // An abbreviation ("SUMUT", "KALTIM") keeps its letters in order: such provinces come first.
                    func abbreviates(_ full: String) -> Bool {
                        var rest = Substring(full)
                        for ch in folded { guard let k = rest.firstIndex(of: ch) else { return false }; rest = rest[rest.index(after: k)...] }
                        return true
                    }
                    let rank = Dictionary(provinces.map { ($0.value, (abbreviates($0.key) ? 0 : 1, EditDistance.between(folded, $0.key))) },
                                          uniquingKeysWith: { a, _ in a })
                    let nearest = rank.keys.sorted { (rank[$0]!.0, rank[$0]!.1, $0) < (rank[$1]!.0, rank[$1]!.1, $1) }
                    unknownProvince = .localized(.bpsExportUnknownProvince, { ["name": CellText.shown(name, $0), "nearest": nearest.prefix(3).joined(separator: ", ")] },
                                                 at: at(record, 0))
                }
                continue
            }
            if let pending = unknownProvince {
                problems.add(pending)
                unknownProvince = nil
            }
            guard let value else { missing += 1; continue }
            // A regency row above the first province row (or below INDONESIA) has no province to be looked up
            // in: bare names repeat across provinces, so matching it nationwide could place it anywhere.
            guard province != nil else {
                unresolved.append(Unresolved(line: record.line, name: name, province: "", reason: .outsideProvince))
                continue
            }
            switch resolve(name, province: province, registry: registry, aliases: aliases) {
            case let .success(region):
                if let first = firstLine[region.code] {
                    // A Papua regency listed under its old and its new province: the same figure twice is one.
                    // Two figures for one region: which is BPS's cannot be told, so neither is kept (as a long CSV refuses it).
                    if first.value != value {
                        problems.add(InputError(.bpsExportConflictingRow, ["name": name, "province": province ?? "", "first": String(first.line)],
                                                at: at(record, 1)))
                    }
                    continue
                }
                firstLine[region.code] = (record.line, value)
                values.append(Value(line: record.line, region: region, value: value))
            case let .failure(reason):
                unresolved.append(Unresolved(line: record.line, name: name, province: province ?? "", reason: reason))
            }
        }
        try problems.check()
        return BPSExport(file: path, title: title, year: year, values: values, unresolved: unresolved, missing: missing,
                         aggregates: aggregates, sha256: pass.sha256)
    }

    /// A province or the country: written in capitals ("ACEH", "KEP. BANGKA BELITUNG", "INDONESIA").
    static func isAggregate(_ name: String) -> Bool {
        name.contains(where: \.isLetter) && name == name.uppercased()
    }

    /// The region a row names within its province (`RegionRegistry.resolve`: aliases, spellings, the new
    /// Papua provinces); a bare name is the kabupaten, as BPS writes them.
    static func resolve(_ name: String, province: String?, registry: RegionRegistry, aliases: RegionAliases) -> Result<CityRecord, Unresolved.Reason> {
        registry.resolve(name, province: province, aliases: aliases, bareName: .regency)
    }

    /// The catalogue indicators of the series BPS titles this way (matched on the folded title), so that an
    /// export of one of them imports without --indicator.
    static let knownSeries: [(title: String, indicator: String)] = [
        ("indeks pembangunan manusia", "local:E.1"),
        ("pengeluaran per kapita disesuaikan", "local:E.2"),
        ("garis kemiskinan", "local:E.10"),
    ]

    /// The catalogue indicators of the known series the title names (two: a title that mixes series).
    public var indicatorsInTitle: [String] {
        let folded = title.lowercased()
        return Self.knownSeries.filter { folded.contains($0.title) }.map(\.indicator)
    }

    /// The catalogue indicator the title names, when exactly one known series matches it.
    public var indicatorFromTitle: String? {
        let found = indicatorsInTitle
        return found.count == 1 ? found[0] : nil
    }

    /// The values as observations of `indicator`, for the importer.
    public func batch(indicator: String) -> ObservationBatch {
        var batch = ObservationBatch()
        batch.reserveCapacity(values.count)
        for v in values { batch.add(city: v.region, indicator: indicator, year: year, value: v.value, source: "BPS: \(title)") }
        return batch
    }
}
