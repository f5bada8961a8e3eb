import Foundation

/// How to read an observation CSV: the options `import` and every `--data FILE` share.
public struct CSVSpec: Sendable, Equatable {
    public var separator: CSVDialect.Separator?
    public var decimal: CSVDialect.DecimalMark?
    public var layout: CSVLayout?
    /// A mapping file (YAML) from a spreadsheet export's columns to indicator codes.
    public var mapping: String?
    /// Skip bad rows (reporting each) instead of refusing the file.
    public var lenient: Bool
    /// Told how far reading the file has come (`ReadOptions.progress`); not part of what the spec means.
    public var progress: ReadProgress?

    public init(separator: CSVDialect.Separator? = nil, decimal: CSVDialect.DecimalMark? = nil, layout: CSVLayout? = nil,
                mapping: String? = nil, lenient: Bool = false) {
        self.separator = separator
        self.decimal = decimal
        self.layout = layout
        self.mapping = mapping
        self.lenient = lenient
    }

    func readOptions(catalogue: Catalogue) throws -> ReadOptions {
        var options = ReadOptions(separator: separator, decimal: decimal, layout: layout, lenient: lenient,
                                  mapping: try mapping.map { try ColumnMapping.load(path: $0, catalogue: catalogue) })
        options.progress = progress
        return options
    }

    /// Two specs read a file alike when their options are the same; who is told of the progress does not matter.
    public static func == (a: CSVSpec, b: CSVSpec) -> Bool {
        a.separator == b.separator && a.decimal == b.decimal && a.layout == b.layout && a.mapping == b.mapping && a.lenient == b.lenient
    }
}

/// Where a use case's observations come from: a CSV file, or a dataset of an open store.
public enum DataSource: Sendable {
    case file(String, CSVSpec)
    case store(Store, dataset: String)
}

/// The observations of a data source (all its years), and where they came from.
public struct LoadedData: Sendable {
    public let batch: ObservationBatch
    public let source: DataSource
    let catalogue: Catalogue
    /// The SHA-256 of exactly the bytes a file source was read from (not of the file as it is now: it may
    /// have been edited since, or be standard input). Set by `load` for every file source.
    var fileHash: String? = nil

    /// Where the numbers come from, with the SHA-256 of each file.
    public func provenance() throws -> Provenance {
        switch source {
        case let .file(path, _):
            return Provenance(catalogue: catalogue, dataSource: path, dataHashes: fileHash.map { [$0] } ?? [])
        case let .store(store, dataset):
            return Provenance(catalogue: catalogue, dataSource: "\(store.path), dataset \(dataset)",
                              dataHashes: try store.summary(of: dataset).imports.map(\.sha256))
        }
    }
}

extension Workspace {
    /// Reads every year of the source. `pagesChecked: false` (scoring only): a store's rows come back before
    /// its page check has passed, and the caller waits for it (`Store.pagesChecked()`) before giving anything back.
    public func load(_ source: DataSource, pagesChecked: Bool = true) throws -> LoadedData {
        switch source {
        case let .file(path, spec):
            let reader = ObservationFileReader(catalogue: catalogue, regions: regions)
            let result = try reader.read(path: path, options: spec.readOptions(catalogue: catalogue))
            return LoadedData(batch: result.batch, source: source, catalogue: catalogue, fileHash: result.sha256)
        case let .store(store, dataset):
            return LoadedData(batch: try store.observations(of: dataset, pagesChecked: pagesChecked), source: source, catalogue: catalogue)
        }
    }
}
