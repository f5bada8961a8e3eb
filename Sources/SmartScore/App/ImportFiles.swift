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
        let imported = try Self.importIntoStore(at: storePath) { store in
            try store.importFiles(results, dataset: dataset, replace: replace)
        }
        return ImportOutcome(files: imported, warnings: warnings, skipped: imported.flatMap(\.result.skipped), values: values,
                             fileCount: results.count, dryRun: false)
    }

    /// Runs `body` on the store at `path`. A store that does not exist yet is built beside it under a
    /// temporary name and published with `link(2)`, which fails when another process made the store
    /// meanwhile: then the import goes into that store instead. So a failed import never leaves a new store
    /// behind, and never removes a store that someone else created.
    static func importIntoStore<T>(at path: String, _ body: (Store) throws -> T) throws -> T {
        if FileManager.default.fileExists(atPath: path) { return try body(Store(path: path)) }
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
            throw InputError("cannot create the store \(path): \(String(cString: strerror(errno)))",
                             id: "basis data \(path) tidak dapat dibuat: \(String(cString: strerror(errno)))", at: SourceLocation(file: path, parameter: .db))
        }
        return try body(Store(path: path))
    }
}
