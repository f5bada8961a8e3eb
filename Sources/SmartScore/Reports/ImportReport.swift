import Foundation

/// What `import` and `datasets` print.
public enum ImportReport {
    public static func render(_ outcomes: [ImportedFile], dataset: String, store: String, format: OutputFormat, language: Language,
                              width: Int? = nil) -> String {
        if format == .json {
            return JSONValue.object([
                ("store", .string(store)),
                ("dataset", .string(dataset)),
                ("files", .array(outcomes.map { o in
                    // A workbook's sheet is said; a CSV file's entry stays as it was.
                    .object([
                        ("file", .string(o.file)),
                    ] + (o.result.sheet.map { [("sheet", JSONValue.string($0))] } ?? []) + [
                        ("sha256", .string(o.sha256)),
                        ("layout", .string(o.result.layout.rawValue)),
                        ("separator", .string(o.result.dialect.separator.label)),
                        ("decimal", .string(o.result.dialect.decimal.rawValue)),
                        ("rows", .number(Double(o.result.dataRows))),
                        ("already_imported", .bool(o.alreadyImported)),
                        ("inserted", .number(Double(o.inserted))),
                        ("unchanged", .number(Double(o.unchanged))),
                        ("replaced", .number(Double(o.replaced))),
                        ("empty_cells", .number(Double(o.result.emptyCells))),
                        ("skipped_rows", .number(Double(o.result.skippedRows))),
                        ("skipped", .array(o.result.skipped.map { .string($0.description) })),
                    ])
                })),
            ]).serialized()
        }
        let t = Localizer(language), n = t.numbers
        var table = TextTable(headers: [t(.importFile), t(.importLayout), t(.importRows), t(.importNew), t(.importUnchanged),
                                        t(.importReplaced), t(.importSkipped), t(.importEmpty)],
                              alignments: [.left, .left, .right, .right, .right, .right, .right, .right])
        for o in outcomes {
            // The layout, separator and decimal mark as the flags (--layout, --separator, --decimal) name them.
            let layout = o.result.sheet.map { "\(o.result.layout.rawValue), " + t(.workbookSheetLabel, ["sheet": $0]) }
                ?? "\(o.result.layout.rawValue) '\(o.result.dialect.separator.label)' '\(o.result.dialect.decimal.rawValue)'"
            table.append([o.file, o.alreadyImported ? t(.importAlreadyImported) : layout,
                          n.integer(o.result.dataRows), n.integer(o.inserted), n.integer(o.unchanged), n.integer(o.replaced),
                          n.integer(o.result.skippedRows), n.integer(o.result.emptyCells)])
        }
        let total = outcomes.reduce(0) { $0 + $1.inserted + $1.replaced }
        return table.rendered(width: width, language: language) + "\n"
            + TextWrap.fit(t(.importWritten, ["values": valueCount(total, t), "dataset": dataset, "store": store]), width: width) + "\n"
    }

    public static func datasets(_ summaries: [DatasetSummary], format: OutputFormat, language: Language, width: Int? = nil) -> String {
        if format == .json { return JSONValue.array(summaries.map(json)).serialized() }
        let t = Localizer(language), n = t.numbers
        var table = TextTable(headers: [t(.datasetsDataset), t(.datasetsValues), t(.datasetsRegions), t(.datasetsIndicators), t(.datasetsYears),
                                        t(.datasetsImports), t(.datasetsCreated)],
                              alignments: [.left, .right, .right, .right, .left, .right, .left])
        for s in summaries {
            table.append([s.name, n.integer(s.observations), n.integer(s.cities), n.integer(s.indicators), yearRange(s.years),
                          n.integer(s.imports.count), s.createdAt])
        }
        return table.rendered(width: width, language: language)
    }

    public static func datasetDetail(_ s: DatasetSummary, format: OutputFormat, language: Language, width: Int? = nil) -> String {
        if format == .json { return json(s).serialized() }
        var out = datasets([s], format: .table, language: language, width: width) + "\n"
        let t = Localizer(language), n = t.numbers
        var table = TextTable(headers: [t(.importFile), "SHA-256", t(.datasetsTime), t(.importRows), t(.datasetsValues), t(.importReplaced)],
                              alignments: [.left, .left, .left, .right, .right, .right])
        for i in s.imports {
            table.append([i.file, String(i.sha256.prefix(12)), i.importedAt, n.integer(i.rows), n.integer(i.observations), n.integer(i.replaced)])
        }
        out += table.rendered(width: width, language: language)
        return out
    }

    static func json(_ s: DatasetSummary) -> JSONValue {
        .object([
            ("name", .string(s.name)), ("created_at", .string(s.createdAt)),
            ("observations", .number(Double(s.observations))), ("cities", .number(Double(s.cities))),
            ("indicators", .number(Double(s.indicators))), ("years", .array(s.years.map { .number(Double($0)) })),
            ("imports", .array(s.imports.map { i in
                .object([("file", .string(i.file)), ("sha256", .string(i.sha256)), ("imported_at", .string(i.importedAt)),
                         ("rows", .number(Double(i.rows))), ("observations", .number(Double(i.observations))),
                         ("replaced", .number(Double(i.replaced)))])
            })),
        ])
    }

    static func yearRange(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "—" }
        return first == last ? String(first) : "\(first)–\(last)"
    }
}

extension ImportReport {
    /// What an import says on standard error: the files' warnings, the rows it skipped, and (dry run)
    /// what it would have imported.
    public static func messages(_ outcome: ImportOutcome, language l: Language) -> (warnings: String, skipped: String, summary: String) {
        let warnings = outcome.warnings.map { $0.rendered(as: "warning", language: l) }.joined(separator: "\n")
        let skipped = outcome.skipped.map { $0.rendered(as: "skipped", language: l) }.joined(separator: "\n")
        let t = Localizer(l), files = outcome.fileCount
        let summary = t(files == 1 ? .importDryRunOne : .importDryRunMany,
                        ["values": valueCount(outcome.values, t), "files": t.numbers.integer(files)])
        return (warnings, skipped, summary)
    }

    /// "1 value", "24,517 values" (Indonesian has no plural: "1 nilai", "24.517 nilai").
    static func valueCount(_ count: Int, _ t: Localizer) -> String {
        t(count == 1 ? .importValuesOne : .importValuesMany, ["count": t.numbers.integer(count)])
    }
}
