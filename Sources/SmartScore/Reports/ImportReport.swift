import Foundation

/// What `import` and `datasets` print.
public enum ImportReport {
    public static func render(_ outcomes: [ImportedFile], dataset: String, store: String, format: OutputFormat, language: Language) -> String {
        if format == .json {
            return JSONValue.object([
                ("store", .string(store)),
                ("dataset", .string(dataset)),
                ("files", .array(outcomes.map { o in
                    .object([
                        ("file", .string(o.file)),
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
        let id = language == .id
        var table = TextTable(headers: id ? ["Berkas", "Tata letak", "Baris", "Baru", "Sama", "Diganti", "Dilewati", "Kosong"]
                                          : ["File", "Layout", "Rows", "New", "Unchanged", "Replaced", "Skipped", "Empty"],
                              alignments: [.left, .left, .right, .right, .right, .right, .right, .right])
        for o in outcomes {
            let layout = "\(o.result.layout.rawValue) '\(o.result.dialect.separator.label)' '\(o.result.dialect.decimal.rawValue)'"
            table.append([o.file, o.alreadyImported ? (id ? "sudah diimpor" : "already imported") : layout,
                          String(o.result.dataRows), String(o.inserted), String(o.unchanged), String(o.replaced),
                          String(o.result.skippedRows), String(o.result.emptyCells)])
        }
        let total = outcomes.reduce(0) { $0 + $1.inserted + $1.replaced }
        return table.rendered() + (id ? "\n\(total) nilai ditulis ke dataset '\(dataset)' di \(store).\n"
                                      : "\n\(total) values written to dataset '\(dataset)' in \(store).\n")
    }

    public static func datasets(_ summaries: [DatasetSummary], format: OutputFormat, language: Language) -> String {
        if format == .json { return JSONValue.array(summaries.map(json)).serialized() }
        let id = language == .id
        var table = TextTable(headers: id ? ["Dataset", "Nilai", "Kota", "Indikator", "Tahun", "Impor", "Dibuat"]
                                          : ["Dataset", "Values", "Cities", "Indicators", "Years", "Imports", "Created"],
                              alignments: [.left, .right, .right, .right, .left, .right, .left])
        for s in summaries {
            table.append([s.name, String(s.observations), String(s.cities), String(s.indicators), yearRange(s.years),
                          String(s.imports.count), s.createdAt])
        }
        return table.rendered()
    }

    public static func datasetDetail(_ s: DatasetSummary, format: OutputFormat, language: Language) -> String {
        if format == .json { return json(s).serialized() }
        var out = datasets([s], format: .table, language: language) + "\n"
        var table = TextTable(headers: language == .id ? ["Berkas", "SHA-256", "Waktu", "Baris", "Nilai", "Diganti"]
                                                       : ["File", "SHA-256", "Time", "Rows", "Values", "Replaced"],
                              alignments: [.left, .left, .left, .right, .right, .right])
        for i in s.imports {
            table.append([i.file, String(i.sha256.prefix(12)), i.importedAt, String(i.rows), String(i.observations), String(i.replaced)])
        }
        out += table.rendered()
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
        let n = outcome.fileCount
        let summary = l == .id ? "valid: \(outcome.values) nilai dari \(n) berkas; tidak ada yang ditulis (--dry-run)"
                               : "valid: \(outcome.values) values in \(n) file\(n == 1 ? "" : "s"); nothing written (--dry-run)"
        return (warnings, skipped, summary)
    }
}
