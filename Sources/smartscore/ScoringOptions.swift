import ArgumentParser
import Foundation
import SmartScore

/// Where the observations come from: `--data FILE` (no store needed) or `--db PATH --dataset NAME`.
struct DataSourceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read observations from this CSV file instead of the store.", valueName: "file"))
    var data: String?
    @OptionGroup var store: StoreOptions
    @Option(help: "The dataset in the store (default: default).") var dataset: String?
    @OptionGroup var csv: CSVOptions

    func validate() throws {
        if data != nil && (dataset != nil || store.db != nil) {
            throw ValidationError("give either --data FILE or --db/--dataset, not both")
        }
    }

    /// All years of the chosen data (the engine picks one; evaluate uses the others for the trend).
    func load(catalogue: Catalogue) throws -> ObservationBatch {
        if let data {
            let reader = ObservationFileReader(catalogue: catalogue, regions: try? BundledData.locate(catalogue: catalogue).regions())
            return try reader.read(path: data, options: csv.readOptions(catalogue: catalogue)).batch
        }
        return try Store(path: store.path, readOnly: true).observations(of: dataset ?? "default")
    }

    /// Where the data came from, with the SHA-256 of each file, for a report's provenance.
    func provenance(catalogue: Catalogue) throws -> Provenance {
        if let data {
            return Provenance(catalogue: catalogue, dataSource: data, dataHashes: [try Store.sha256(ofFile: data)])
        }
        let name = dataset ?? "default"
        return Provenance(catalogue: catalogue, dataSource: "\(store.path), dataset \(name)",
                          dataHashes: try Store(path: store.path, readOnly: true).summary(of: name).imports.map(\.sha256))
    }
}

/// The method flags of `rank`, `evaluate` and the verbs built on them.
struct MethodOptions: ParsableArguments {
    @Option(help: "The year to score (default: the latest in the data).") var year: Int?
    @Option(help: "Normalisation: goalpost, minmax, zscore or rank.") var normalise: ScoringMethod.Normalisation = .goalpost
    @Option(help: "Aggregation: arithmetic or geometric.") var aggregate: ScoringMethod.Aggregation = .arithmetic
    @Option(help: ArgumentHelp("Weights: equal, entropy, pca, ahp:FILE (pairwise matrices) or FILE (a weights file).", valueName: "weights"))
    var weights = "equal"
    @Flag(name: .customLong("allow-inconsistent"), help: "Use AHP judgements even when their consistency ratio exceeds 0.1.")
    var allowInconsistent = false
    @Option(name: .customLong("min-coverage"), help: "A dimension covered below this share has a null score (0–1).")
    var minCoverage = 0.5
    @Option(help: ArgumentHelp("A targets file: raw-unit indicator targets and dimension score targets.", valueName: "file"))
    var targets: String?
    @Flag(help: "Winsorise skewed columns before minmax or zscore normalisation.") var winsorise = false

    func validate() throws {
        guard (0...1).contains(minCoverage) else { throw ValidationError("--min-coverage must be between 0 and 1") }
    }

    func method(catalogue: Catalogue) throws -> ScoringMethod {
        let weightSet: WeightSet
        switch weights {
        case "equal": weightSet = .equal
        case "entropy": weightSet = .entropy
        case "pca": weightSet = .pca
        case "ahp:":
            throw InputError("ahp: needs the path of a pairwise-comparison file, as ahp:FILE", at: SourceLocation(flag: "--weights"))
        case let w where w.hasPrefix("ahp:"):
            weightSet = try AHPFile.load(path: String(w.dropFirst(4)), framework: catalogue.framework, allowInconsistent: allowInconsistent).0
        default:
            guard FileManager.default.fileExists(atPath: weights) else {
                throw InputError("'\(weights)' is neither a weighting (equal, entropy, pca, ahp:FILE) nor a file", at: SourceLocation(flag: "--weights"))
            }
            weightSet = try WeightsFile.load(path: weights, catalogue: catalogue)
        }
        let method = ScoringMethod(normalisation: normalise, aggregation: aggregate, weights: weightSet, minCoverage: minCoverage,
                                   targets: try targets.map { try TargetsFile.load(path: $0, catalogue: catalogue) } ?? .default,
                                   winsorise: winsorise)
        try method.validate()
        return method
    }
}

extension ScoringMethod.Normalisation: ExpressibleByArgument {}
extension ScoringMethod.Aggregation: ExpressibleByArgument {}
