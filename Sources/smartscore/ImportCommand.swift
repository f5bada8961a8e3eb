import ArgumentParser
import SmartScore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import indicator CSV files (long or wide, ',' or ';', '.' or ',' decimals) into the SQLite store, validated, in one transaction.",
        discussion: """
        Every file is read and validated before anything is written; on any error nothing is written and \
        every error is listed (file:line:column, with a hint). Importing the same file twice is a no-op; a \
        value that differs from one already stored needs --replace. --lenient skips bad rows instead, \
        listing each.

        BPS table exports are read as the BPS website writes them (title rows, provinces in capitals, bare \
        regency names, '-' for no figure): each row is matched to a region by its name within its province \
        (datasets/regions/aliases.yaml for renamed regions), every row that cannot be matched is listed, and \
        --indicator names the catalogue indicator of the series (e.g. local:E.1 for the IPM); --year when the \
        file does not say it.

        Excel workbooks (.xlsx) are read directly: the first sheet, or --sheet NAME, with the same checks as \
        CSV; numbers as stored, dates in the year column as their year, errors at file:sheet:cell \
        (data.xlsx:Sheet1:D17). A value given by two files of one import with different numbers is refused, \
        naming both places.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var csv: CSVOptions
    @Argument(help: ArgumentHelp("CSV files to import.", valueName: "file")) var files: [String]
    @Option(help: "The dataset to import into (created when new).") var dataset = "default"
    @Flag(help: "Skip bad rows (each is reported) instead of refusing the file.") var lenient = false
    @Flag(help: "Overwrite stored values that differ from the file's.") var replace = false
    @Flag(name: .customLong("dry-run"), help: "Read and validate the files, report what would be imported, write nothing.") var dryRun = false
    @Option(help: FormatChoice.help(FormatChoice.tableOrJSON, "It applies to the summary of what was imported.")) var format: OutputFormat = .table
    @Option(help: ArgumentHelp("The catalogue indicator a BPS table export measures (e.g. local:E.1 for the IPM).", valueName: "code")) var indicator: String?
    @Option(parsing: .unconditional, help: "The year of a BPS table export that does not say it.") var year: Int?
    @Option(help: ArgumentHelp("The sheet of the Excel workbooks (.xlsx) to read (default: the first).", valueName: "name")) var sheet: String?

    func validate() throws {
        guard !files.isEmpty else { throw FlagCheck.refuse(.outputNoImportFiles) }
        try FlagCheck.notBlank(files, "FILE")
        try FlagCheck.notBlank(dataset, "--dataset")
        try FlagCheck.notTooLong(dataset, "--dataset")
        try FormatChoice.check(format, FormatChoice.tableOrJSON)
        try FlagCheck.notBlank(indicator, "--indicator")
        try FlagCheck.notBlank(sheet, "--sheet")
        if let year, !ObservationYears.admitted.contains(year) {
            throw FlagCheck.refuse(.outputFlagBetween, ["flag": "--year", "low": String(ObservationYears.admitted.lowerBound),
                                                        "high": String(ObservationYears.admitted.upperBound)])
        }
    }

    func run() throws {
        let outcome = try global.workspace().importFiles(files, csv: csv.spec(lenient: lenient), storePath: store.path, dataset: dataset,
                                                         replace: replace, dryRun: dryRun, exports: BPSExportSpec(indicator: indicator, year: year),
                                                         sheet: sheet, storing: ProgressBar.make(.progressImporting, language: global.lang))
        let messages = ImportReport.messages(outcome, language: global.lang)
        if !messages.warnings.isEmpty { Terminal.printError(messages.warnings) }
        if outcome.dryRun { return Terminal.printError(messages.summary) }
        let summary = ImportReport.render(outcome.files, dataset: dataset, store: store.path, format: format, language: global.lang,
                                          width: global.textWidth())
        do {
            try Terminal.writeStandardOutput(format == .table ? TerminalText.visible(summary, keepingNewlines: true) : summary)
        } catch {
            // The transaction is committed: the data is in the store and a second run would be a no-op. Exit
            // status 0, because what the user asked for (the import) was done; a script that retried on a
            // non-zero status would gain nothing. What was lost (the summary) is said on standard error.
            summaryLost(outcome)
        }
        if !messages.skipped.isEmpty { Terminal.printError(messages.skipped) }
    }

    func summaryLost(_ outcome: ImportOutcome) {
        let t = Localizer(global.lang)
        let count = outcome.files.reduce(0) { $0 + $1.inserted + $1.replaced }
        Terminal.printError(t(.diagnosticWarning) + ": " + t(.outputImportSummaryLost, ["count": t.numbers.integer(count), "dataset": dataset,
                                                                                     "store": store.path]))
    }
}
