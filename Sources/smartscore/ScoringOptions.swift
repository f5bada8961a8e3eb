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
            throw FlagCheck.refuse(.outputDataOrStore)
        }
        try FlagCheck.notBlank(data, "--data")
        try FlagCheck.notBlank(dataset, "--dataset")
        try FlagCheck.notTooLong(dataset, "--dataset")
    }

    /// The data source; the store, when it is one, opened once here for the whole command.
    func source() throws -> DataSource {
        if let data { return .file(data, csv.spec()) }
        return .store(try Store(path: store.path, readOnly: true), dataset: dataset ?? "default")
    }
}

/// The method flags of `rank`, `evaluate` and the verbs built on them.
struct MethodOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "The year to score (default: the latest year holding at least half as many values and regions as the fullest year).") var year: Int?
    @Option(name: .customLong("reference-year"), parsing: .unconditional,
            help: "The year the scoring model is fitted on: its normalisation scales and data-driven weights (default: the scored year). Earlier years and the trend are scored by the same model.")
    var referenceYear: Int?
    @Option(help: "Normalisation: goalpost, minmax, zscore or rank.") var normalise: ScoringMethod.Normalisation = .goalpost
    @Option(help: "Aggregation: arithmetic or geometric.") var aggregate: ScoringMethod.Aggregation = .arithmetic
    @Option(help: ArgumentHelp("Weights: equal, entropy, pca, ahp:FILE (pairwise matrices) or FILE (a weights file).",
                               discussion: Self.weightsFormats, valueName: "weights"))
    var weights = "equal"
    @Flag(name: .customLong("allow-inconsistent"), help: "Use AHP judgements even when their consistency ratio exceeds 0.1.")
    var allowInconsistent = false
    @Flag(name: .customLong("allow-small-pca"), help: "Derive PCA weights even in an element with no more cities than indicators (a singular correlation matrix).")
    var allowSmallPCA = false
    @Option(name: .customLong("min-coverage"), parsing: .unconditional, help: "A dimension covered below this share has a null score (0–1).")
    var minCoverage = 0.5
    @Option(help: ArgumentHelp("A targets file: raw-unit indicator targets and dimension score targets.",
                               discussion: Self.targetsFormat, valueName: "file"))
    var targets: String?
    @Flag(help: "Winsorise skewed columns before minmax or zscore normalisation.") var winsorise = false

    // The file formats in brief, where a user looks first; Scoring/README.md §11 has them in full.
    static let weightsFormats = """
        A weights file (example: datasets/examples/weights.yaml): relative \
        weights from 0 to 1e6; one not given is 1; each group is renormalised.
          dimensions: {governance: 2, living: 2}
          elements: {economy: {community_welfare: 2}}
          indicators: {"37120:13.2": 2}
        An AHP file (example: datasets/examples/ahp.yaml): pairwise matrices \
        on Saaty's scale 1/9 ... 9, diagonal 1, a_ji = 1/a_ij.
          dimensions:
            order: [governance, branding, economy,
                    living, society, environment]
            matrix: [[1, 3, 2, 1, 1, 2], [1/3, 1, 1/2, 1/3, 1/2, 1/2], ...]
          elements:
            governance:
              order: [public_services, bureaucratic_management, public_policy]
              matrix: [[1, 2, 3], [1/2, 1, 2], [1/3, 1/2, 1]]
        A block with consistency ratio CR > 0.1 is refused unless \
        --allow-inconsistent. Unknown ids are errors. In full: \
        Sources/SmartScore/Scoring/README.md section 11.
        """
    static let targetsFormat = """
        Example: datasets/examples/targets.yaml. A target not given is 100.
          indicators: {"37120:5.1": 4}    raw units (scored indicators only)
          dimensions: {governance: 80}    score targets, 0 to 100
        """

    func validate() throws {
        try FlagCheck.within(minCoverage, 0...1, "--min-coverage")
        try FlagCheck.notBlank(weights, "--weights")
        try FlagCheck.notBlank(targets, "--targets")
    }

    func spec() throws -> MethodSpec {
        MethodSpec(year: year, referenceYear: referenceYear, normalisation: normalise, aggregation: aggregate,
                   weights: try WeightsSpec(parsing: weights), allowInconsistent: allowInconsistent, minCoverage: minCoverage,
                   targets: targets, winsorise: winsorise, allowSmallPCA: allowSmallPCA)
    }
}

extension ScoringMethod.Normalisation: ExpressibleByArgument {}
extension ScoringMethod.Aggregation: ExpressibleByArgument {}
