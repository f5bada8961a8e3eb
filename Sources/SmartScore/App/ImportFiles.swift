import Foundation

/// What an import did, or (dry run) would do.
public struct ImportOutcome: Sendable {
    /// Per file, in order; empty for a dry run.
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
    public func importFiles(_ paths: [String], csv: CSVSpec, storePath: String, dataset: String,
                            replace: Bool, dryRun: Bool) throws -> ImportOutcome {
        let reader = ObservationFileReader(catalogue: catalogue, regions: try requireRegions())
        let options = try csv.readOptions(catalogue: catalogue)
        var results: [(path: String, result: ReadResult)] = []
        var errors: [InputError] = []
        for path in paths {
            do {
                results.append((path, try reader.read(path: path, options: options)))
            } catch let error as InputErrors {
                errors += error.errors
                if error.omitted > 0 {
                    errors.append(InputError("… and \(error.omitted) more errors in this file", id: "… dan \(error.omitted) kesalahan lain di berkas ini",
                                             at: SourceLocation(file: path)))
                }
            }
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        let warnings = results.flatMap(\.result.warnings)
        let values = results.reduce(0) { $0 + $1.result.batch.count }
        if dryRun {
            return ImportOutcome(files: [], warnings: warnings, skipped: results.flatMap(\.result.skipped), values: values,
                                 fileCount: results.count, dryRun: true)
        }
        let existed = FileManager.default.fileExists(atPath: storePath)
        do {
            let imported = try Store(path: storePath).importFiles(results, dataset: dataset, replace: replace)
            return ImportOutcome(files: imported, warnings: warnings, skipped: imported.flatMap(\.result.skipped), values: values,
                                 fileCount: results.count, dryRun: false)
        } catch {
            if !existed { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) } }
            throw error
        }
    }
}
