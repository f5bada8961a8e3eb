import Foundation

/// What an import did, or (dry run) would do.
public struct ImportOutcome: Sendable {
    /// Per file, in order; empty for a dry run (whose checks ran, and were undone).
    public let files: [ImportedFile]
    /// Per file, what reading it found worth telling (codes not in the region list, …).
    public let warnings: [InputError]
    /// Rows skipped in lenient mode, with why.
    public let skipped: [InputError]
    /// Values read from all files.
    public let values: Int
    public let fileCount: Int
    public let dryRun: Bool
}

extension Workspace {
    /// Reads and validates every file before touching the store, then imports them all in one
    /// transaction. On any error nothing is written: not a row, and not even a new store file.
    /// A dry run does the same import and rolls it back (into an empty store in memory when there is
    /// none yet), so that it refuses what the import would refuse and writes nothing.
    /// `storing` is told the rows stored so far and in all (the front end's progress line).
    public func importFiles(_ paths: [String], csv: CSVSpec, storePath: String, dataset: String,
                            replace: Bool, dryRun: Bool, exports: BPSExportSpec = BPSExportSpec(), sheet: String? = nil,
                            storing: (@Sendable (Int, Int) -> Void)? = nil) throws -> ImportOutcome {
        // A bad --db or --dataset is said before the files are read, and before any of them is found wrong.
        _ = try Store.checkPath(storePath)
        let dataset = try Store.datasetName(dataset)
        let reader = ObservationFileReader(catalogue: catalogue, regions: try requireRegions())
        let options = try csv.readOptions(catalogue: catalogue)
        var results: [(path: String, result: ReadResult)] = []
        var errors: [InputError] = []
        for path in paths {
            do {
                // A BPS table export as it comes: one series, its regions found by name within their province.
                // An Excel workbook, known by its zip signature whatever its name says (a ".csv" saved as
                // .xlsx, a workbook renamed): its first sheet or --sheet, read with the same checks as CSV.
                if Workbook.looksLikeZip(path: path) || path.lowercased().hasSuffix(".xlsx") {
                    if exports.indicator != nil {
                        throw InputError(.bpsExportIndicatorWithoutExport, ["file": path], at: SourceLocation(parameter: .indicator))
                    }
                    results.append((path, try reader.read(workbookPath: path, sheet: sheet, options: options)))
                } else if Workbook.looksLikeLegacyExcel(path: path) {
                    throw InputError(.workbookLegacyXLS, at: SourceLocation(file: path), hint: .workbookLegacyXLSHint)
                } else if sheet != nil {
                    throw InputError(.workbookSheetWithoutWorkbook, ["file": path], at: SourceLocation(parameter: .sheet))
                } else if BPSExport.isExport(path) {
                    results.append((path, try readExport(path, spec: exports)))
                } else {
                    if exports.indicator != nil {
                        throw InputError(.bpsExportIndicatorWithoutExport, ["file": path], at: SourceLocation(parameter: .indicator))
                    }
                    results.append((path, try reader.read(path: path, options: options)))
                }
            } catch let error as InputError {
                errors.append(error)
            } catch let error as InputErrors {
                errors += error.errors
                if error.omitted > 0 {
                    errors.append(InputError(.storeMoreErrorsInFile, ["count": String(error.omitted)], at: SourceLocation(file: path)))
                }
            }
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        try Self.requireAgreement(results)
        let warnings = results.flatMap(\.result.warnings)
        let values = results.reduce(0) { $0 + $1.result.batch.count }
        if dryRun {
            let store: Store
            if try Store.checkPath(storePath) {
                // Not migrated on opening: a store an older smartscore wrote is converted inside the dry run's
                // transaction and rolled back with it, so that the dry run writes nothing.
                store = try Store(path: storePath, mustExist: true, migrating: false)
            } else {
                // The real import would make the store in this folder: refuse where it would.
                try Store.requireWritable(storePath, exists: false)
                store = try Store(inMemoryStandingFor: storePath)
            }
            let checked = try store.importFiles(results, dataset: dataset, replace: replace, dryRun: true, progress: storing)
            return ImportOutcome(files: [], warnings: warnings + checked.flatMap(\.warnings), skipped: results.flatMap(\.result.skipped),
                                 values: values, fileCount: results.count, dryRun: true)
        }
        let imported = try Self.importIntoStore(at: storePath) { store in
            try store.importFiles(results, dataset: dataset, replace: replace, progress: storing)
        }
        return ImportOutcome(files: imported, warnings: warnings + imported.flatMap(\.warnings), skipped: imported.flatMap(\.result.skipped),
                             values: values, fileCount: results.count, dryRun: false)
    }

    /// Runs `body` on the store at `path`. A store that does not exist yet is built beside it under a
    /// temporary name and published with `link(2)`, which fails when another process made the store
    /// meanwhile: then the import goes into that store instead. So a failed import never leaves a new store
    /// behind, and never removes a store that someone else created. A process killed half-way leaves at
    /// most its `.new-…` temporaries, never a store at `path`; each import names its own, so they never
    /// stand in the way of the next (they are not removed: one may be another import's, still running).
    static func importIntoStore<T>(at path: String, _ body: (Store) throws -> T) throws -> T {
        if try Store.checkPath(path) { return try body(Store(path: path)) }
        try Store.requireWritable(path, exists: false)
        let temporary = path + ".new-\(UUID().uuidString)"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) } }
        let result: T = try {
            let store = try Store(path: temporary)     // closed when this closure returns
            let result = try body(store)
            try store.checkpoint()                     // everything in the main file before it is linked
            return result
        }()
        if link(temporary, path) == 0 { return result }
        guard errno == EEXIST else {
            throw InputError(.storeCannotCreate, ["path": path, "reason": String(cString: strerror(errno))], at: SourceLocation(file: path, parameter: .db),
                             hint: .storeFolderNotWritableHint)
        }
        return try body(Store(path: path))
    }
}

/// What `import` needs to read BPS table exports: the catalogue indicator the series measures, and the year
/// when a file does not say it.
public struct BPSExportSpec: Sendable {
    public var indicator: String?
    public var year: Int?

    public init(indicator: String? = nil, year: Int? = nil) {
        self.indicator = indicator
        self.year = year
    }
}

extension Workspace {
    /// The aliases of the region list (`datasets/regions/aliases.yaml`).
    public func regionAliases() throws -> RegionAliases {
        guard let directory = paths.datasets else { return RegionAliases() }
        return try RegionAliases.bundled(in: directory, registry: try requireRegions())
    }

    /// A BPS export read for import: its values checked against the indicator's valid range; every row the
    /// region list cannot place said as a warning at its line (the summary table counts the rest).
    func readExport(_ path: String, spec: BPSExportSpec) throws -> ReadResult {
        let export = try BPSExport.read(path: path, registry: try requireRegions(), aliases: try regionAliases(), year: spec.year)
        let titleAt = SourceLocation(file: path, line: 2, column: 2)
        // A title that names two known series ("IPM dan Garis Kemiskinan") says no one of them is the file's.
        let named = export.indicatorsInTitle
        if named.count > 1 {
            throw InputError(.bpsExportTitleSeveralSeries, ["title": export.title, "codes": named.joined(separator: ", ")], at: titleAt,
                             hint: .bpsExportSeveralSeriesHint)
        }
        guard let code = spec.indicator ?? export.indicatorFromTitle else {
            throw InputError(.bpsExportNeedsIndicator, ["file": path, "title": export.title], at: SourceLocation(parameter: .indicator),
                             hint: .bpsExportNeedsIndicatorHint)
        }
        guard let indicator = catalogue[code] else {
            throw InputError(.bpsExportIndicatorUnknown, ["code": code], at: SourceLocation(parameter: .indicator), hint: .loaderDidYouMeanHint,
                             hintArguments: ["codes": catalogue.nearestCodes(to: code).joined(separator: ", ")])
        }
        // A title that names a known series and an --indicator that names another would store one series as the other.
        if let given = spec.indicator, let titled = export.indicatorFromTitle, given != titled {
            throw InputError(.bpsExportIndicatorContradicts, ["file": path, "title": export.title, "code": given, "titled": titled],
                             at: SourceLocation(parameter: .indicator))
        }
        var problems = InputProblems()
        for v in export.values {
            let low = indicator.validRange.min ?? -.infinity, high = indicator.validRange.max ?? .infinity
            if v.value < low || v.value > high {
                // "576.505" read as 576.505: a thousands point, which BPS's own exports never write.
                let thousands = v.value != v.value.rounded() && v.value < 1000 && (v.value * 1000).rounded() == v.value * 1000
                let range = indicator.validRange
                problems.add(.localized(.bpsExportOutOfRange, { l in
                    let n = NumberFormat.of(l)
                    return ["value": JSONValue.format(v.value), "name": v.region.name, "code": code,
                            "range": "\(range.min.map(n.value) ?? "−∞")–\(range.max.map(n.value) ?? "∞")"]
                }, at: SourceLocation(file: path, line: v.line, column: 2), hint: thousands ? .bpsExportThousandsPointHint : nil,
                   hintArguments: { _ in ["whole": JSONValue.format((v.value * 1000).rounded())] }))
            }
        }
        try problems.check()
        var warnings = export.unresolved.map { row -> InputError in
            let at = SourceLocation(file: path, line: row.line, column: 1)
            switch row.reason {
            case .unknown:
                return InputError(.bpsExportUnknownRegion, ["name": row.name, "province": row.province], at: at, hint: .bpsExportUnknownRegionHint)
            case let .ambiguous(codes):
                return InputError(.bpsExportAmbiguousRegion, ["name": row.name, "province": row.province, "codes": codes.joined(separator: ", ")],
                                  at: at, hint: .bpsExportUnknownRegionHint)
            case .outsideProvince:
                return InputError(.bpsExportOutsideProvince, ["name": row.name], at: at, hint: .bpsExportShapeHint)
            }
        }
        // A file none of whose rows could be placed imports nothing: an error, with the first rows that say why.
        if export.values.isEmpty {
            throw InputErrors([InputError(.bpsExportNothingPlaced, ["file": path, "count": String(export.unresolved.count)],
                                          at: SourceLocation(file: path), hint: .bpsExportShapeHint)] + warnings.prefix(10))
        }
        // Thousands of unplaced rows (a wrong province list, a foreign file) would bury the summary: the first
        // fifty, then how many more.
        if warnings.count > 50 {
            let more = warnings.count - 50
            warnings = Array(warnings.prefix(50)) + [InputError(.bpsExportMoreUnplaced, ["count": String(more)], at: SourceLocation(file: path))]
        }
        if spec.indicator == nil {
            warnings.insert(.localized(.bpsExportIndicatorFromTitle, { ["title": export.title, "code": code, "name": indicator.name[$0]] },
                                       at: titleAt), at: 0)
        } else if export.indicatorFromTitle == nil, !Self.title(export.title, names: indicator) {
            // An unknown title is the user's to vouch for; a title that does not name the indicator is worth a look.
            warnings.insert(.localized(.bpsExportTitleUnrecognised, { ["title": export.title, "code": code, "name": indicator.name[$0]] },
                                       at: titleAt), at: 0)
        }
        var result = ReadResult(batch: export.batch(indicator: code), dialect: CSVDialect(separator: .comma, decimal: .point), layout: .long,
                                dataRows: export.values.count + export.missing + export.unresolved.count, emptyCells: export.missing,
                                skipped: [], skippedRows: export.unresolved.count, sha256: export.sha256)
        result.warnings = warnings
        return result
    }

    /// Whether an export's title names the indicator: its Indonesian or English name, folded, appears in it.
    static func title(_ title: String, names indicator: Indicator) -> Bool {
        let folded = RegionRegistry.fold(title)
        return [indicator.name.id, indicator.name.en].contains { name in
            let n = RegionRegistry.fold(name.replacingOccurrences(of: "\\s*\\(.*\\)", with: "", options: .regularExpression))
            return !n.isEmpty && folded.contains(n)
        }
    }
}

extension Workspace {
    /// Files imported together (the workbooks several departments returned) must agree: a value given by two
    /// files with different numbers is an error naming both places, whatever `--replace` says (it replaces
    /// what an earlier import stored, and cannot tell which of two new files is right). The same number twice
    /// is fine, and stored once.
    static func requireAgreement(_ results: [(path: String, result: ReadResult)], maxErrors: Int = 50) throws {
        guard results.count > 1 else { return }
        struct Key: Hashable { let city: String, year: Int16, indicator: String }
        func location(_ file: Int, _ row: Int) -> SourceLocation {
            let (path, result) = results[file]
            let line = result.batch.line(atRow: row)
            // CSV rows are named by line, as the store's conflicts are; a workbook's by sheet and cell.
            return SourceLocation(file: path, sheet: result.sheet, line: line > 0 ? line : nil,
                                  column: result.sheet == nil ? nil : result.batch.column(atRow: row))
        }
        var first: [Key: (file: Int, row: Int)] = [:]
        var conflicts: [InputError] = []
        var omitted = 0
        for (file, entry) in results.enumerated() {
            let batch = entry.result.batch
            for row in 0..<batch.count {
                let key = Key(city: batch.city(atRow: row).code, year: batch.years[row], indicator: batch.indicator(atRow: row))
                guard let earlier = first[key] else { first[key] = (file, row); continue }
                let other = results[earlier.file].result.batch.values[earlier.row]
                guard other != batch.values[row] else { continue }
                guard conflicts.count < maxErrors else { omitted += 1; continue }
                let (value, first) = (batch.values[row], location(earlier.file, earlier.row).description)
                // Each number in full (4.5 and 4.500001 differ), with the language's decimal mark.
                func shown(_ x: Double, _ language: Language) -> String {
                    language == .id ? JSONValue.format(x).replacingOccurrences(of: ".", with: ",") : JSONValue.format(x)
                }
                conflicts.append(.localized(.importValueGivenTwice, { ["city": key.city, "year": String(key.year), "indicator": key.indicator,
                                                                       "value": shown(value, $0), "other": shown(other, $0), "first": first] },
                                            at: location(file, row), hint: .importValueGivenTwiceHint))
            }
        }
        if !conflicts.isEmpty { throw InputErrors(conflicts, omitted: omitted) }
    }
}
