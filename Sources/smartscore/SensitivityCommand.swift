import ArgumentParser
import SmartScore

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Monte Carlo uncertainty and sensitivity analysis of the ranking: rank intervals and Sobol indices.",
        discussion: """
        Each run redraws the uncertain inputs (--inputs; by default all but indicator-weights): weights (element \
        and dimension weights within ±--weight-spread), indicator-weights (every indicator's weight within its \
        element, within ±--weight-spread; named explicitly), normalisation (from --normalisations), aggregation (arithmetic or \
        geometric), missing (left out, or imputed with the peer median), drop (one indicator left out). Every \
        ranked city gets its median rank and 5th–95th percentile rank interval, and the mean and standard \
        deviation of its index; each input gets first-order and total Sobol indices (Saltelli design; Saltelli 2010 \
        first order, Jansen total, with bootstrap intervals) of the mean absolute rank shift. --samples counts model runs in all. The same seed gives the \
        same bytes whatever --threads.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(parsing: .unconditional, help: "Model runs in all.") var samples = 1000
    @Option(parsing: .unconditional, help: "The seed.") var seed: UInt64 = 1
    @Option(help: "Uncertain inputs, comma-separated: weights, indicator-weights, normalisation, aggregation, missing, drop (indicator-weights is drawn only when named).") var inputs = "weights,normalisation,aggregation,missing,drop"
    @Option(name: .customLong("weight-spread"), parsing: .unconditional, help: "Half-width of the weights' range, relative (0.25: ±25 %).") var weightSpread = 0.25
    @Option(help: "Normalisations to draw from, comma-separated.") var normalisations = "goalpost,minmax,rank"
    @Option(parsing: .unconditional, help: "Confidence level of the Sobol indices' bootstrap intervals.") var confidence = 0.95
    @Flag(name: .customLong("no-indices"), help: "Plain Monte Carlo rank intervals, without the Sobol design.") var noIndices = false
    @Option(help: FormatChoice.help(FormatChoice.tables)) var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        try FlagCheck.atLeast(samples, 1, "--samples")
        try FlagCheck.atMost(samples, FlagCheck.mostRuns, "--samples")
        // Half-open ranges: a spread of 1 could zero a weight, a confidence of 1 has no interval.
        try FlagCheck.within(weightSpread, 0...1, "--weight-spread", below: true)
        try FlagCheck.within(confidence, 0.5...1, "--confidence", below: true)
        try FlagCheck.notBlank(out, "--out")
        try FlagCheck.notBlank(normalisations, "--normalisations")
        _ = try asUsageError { try options(threads: 1) }
        guard format != .html else { throw FlagCheck.refuse(.outputHTMLIsReportVerb, ["example": "smartscore report --all --out FILE.html"]) }
        try FormatChoice.check(format, FormatChoice.tables)
    }

    func options(threads: Int) throws -> SensitivityOptions {
        SensitivityOptions(inputs: try SensitivitySpec.inputs(inputs), weightSpread: weightSpread,
                           normalisations: try SensitivitySpec.normalisations(normalisations),
                           samples: samples, seed: seed, indices: !noIndices, threads: threads, confidence: confidence)
    }

    func run() throws {
        let workspace = try global.workspace()
        let method = try methodOptions.spec()
        let analysis = try workspace.sensitivity(try source.source(), method: method, options: try options(threads: global.workerThreads()),
                                                 progress: ProgressBar.make(.progressSensitivity, language: global.lang))
        try Terminal.emit(SensitivityReport.render(analysis, format: format, language: global.lang, width: global.textWidth(out: out)), to: out, format: format)
    }
}
