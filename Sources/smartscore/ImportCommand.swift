import ArgumentParser
import Foundation
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
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var csv: CSVOptions
    @Argument(help: ArgumentHelp("CSV files to import.", valueName: "file")) var files: [String]
    @Option(help: "The dataset to import into (created when new).") var dataset = "default"
    @Flag(help: "Skip bad rows (each is reported) instead of refusing the file.") var lenient = false
    @Flag(help: "Overwrite stored values that differ from the file's.") var replace = false
    @Flag(name: .customLong("dry-run"), help: "Read and validate the files, report what would be imported, write nothing.") var dryRun = false
    @Option(help: "Output format of the summary: table or json.") var format: OutputFormat = .table

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one CSV file to import") }
        guard format == .table || format == .json else { throw ValidationError("--format must be table or json for import") }
    }

    func run() throws {
        let catalogue = try global.prepare()
        let regions = try RegionRegistry.bundled()
        let reader = ObservationFileReader(catalogue: catalogue, regions: regions)
        let options = try csv.readOptions(catalogue: catalogue, lenient: lenient)
        // Validate every file before touching the store: a bad file leaves no trace, not even a new store.
        var results: [(path: String, result: ReadResult)] = []
        var errors: [InputError] = []
        for file in files {
            do {
                results.append((file, try reader.read(path: file, options: options)))
            } catch let error as InputErrors {
                errors += error.errors
                if error.omitted > 0 {
                    errors.append(InputError("… and \(error.omitted) more errors in this file", id: "… dan \(error.omitted) galat lain di berkas ini",
                                             at: SourceLocation(file: file)))
                }
            }
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        for (_, result) in results where !result.warnings.isEmpty {
            Terminal.printError(result.warnings.map { $0.rendered(as: "warning", language: global.lang) }.joined(separator: "\n"))
        }
        if dryRun {
            let rows = results.reduce(0) { $0 + $1.result.batch.count }
            Terminal.printError(global.lang == .id ? "valid: \(rows) nilai dari \(results.count) berkas; tidak ada yang ditulis (--dry-run)"
                                                   : "valid: \(rows) values in \(results.count) file\(results.count == 1 ? "" : "s"); nothing written (--dry-run)")
            return
        }
        // A store this import creates is removed again if the import fails: nothing half-written.
        let existed = FileManager.default.fileExists(atPath: store.path)
        let outcomes: [ImportedFile]
        do {
            outcomes = try Store(path: store.path).importFiles(results, dataset: dataset, replace: replace)
        } catch {
            if !existed { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store.path + suffix) } }
            throw error
        }
        try Terminal.emit(ImportReport.render(outcomes, dataset: dataset, store: store.path, format: format, language: global.lang), to: nil)
        for outcome in outcomes where !outcome.result.skipped.isEmpty {
            Terminal.printError(outcome.result.skipped.map { $0.rendered(as: "skipped", language: global.lang) }.joined(separator: "\n"))
        }
    }
}
