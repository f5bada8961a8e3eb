import ArgumentParser
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

    /// The data source; the store, when it is one, opened once here for the whole command.
    func source() throws -> DataSource {
        if let data { return .file(data, csv.spec()) }
        return .store(try Store(path: store.path, readOnly: true), dataset: dataset ?? "default")
    }
}

/// The method flags of `rank`, `evaluate` and the verbs built on them.
struct MethodOptions: ParsableArguments {
    @Option(help: "The year to score (default: the latest in the data).") var year: Int?
    @Option(name: .customLong("reference-year"),
            help: "The year the scoring model is fitted on: its normalisation scales and data-driven weights (default: the scored year). Earlier years and the trend are scored by the same model.")
    var referenceYear: Int?
    @Option(help: "Normalisation: goalpost, minmax, zscore or rank.") var normalise: ScoringMethod.Normalisation = .goalpost
    @Option(help: "Aggregation: arithmetic or geometric.") var aggregate: ScoringMethod.Aggregation = .arithmetic
    @Option(help: ArgumentHelp("Weights: equal, entropy, pca, ahp:FILE (pairwise matrices) or FILE (a weights file).", valueName: "weights"))
    var weights = "equal"
    @Flag(name: .customLong("allow-inconsistent"), help: "Use AHP judgements even when their consistency ratio exceeds 0.1.")
    var allowInconsistent = false
    @Flag(name: .customLong("allow-small-pca"), help: "Derive PCA weights even in an element with fewer cities than indicators.")
    var allowSmallPCA = false
    @Option(name: .customLong("min-coverage"), help: "A dimension covered below this share has a null score (0–1).")
    var minCoverage = 0.5
    @Option(help: ArgumentHelp("A targets file: raw-unit indicator targets and dimension score targets.", valueName: "file"))
    var targets: String?
    @Flag(help: "Winsorise skewed columns before minmax or zscore normalisation.") var winsorise = false

    func validate() throws {
        guard (0...1).contains(minCoverage) else { throw ValidationError("--min-coverage must be between 0 and 1") }
    }

    func spec() throws -> MethodSpec {
        MethodSpec(year: year, referenceYear: referenceYear, normalisation: normalise, aggregation: aggregate,
                   weights: try WeightsSpec(parsing: weights), allowInconsistent: allowInconsistent, minCoverage: minCoverage,
                   targets: targets, winsorise: winsorise, allowSmallPCA: allowSmallPCA)
    }
}

extension ScoringMethod.Normalisation: ExpressibleByArgument {}
extension ScoringMethod.Aggregation: ExpressibleByArgument {}
