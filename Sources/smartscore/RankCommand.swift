import ArgumentParser
import SmartScore

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank many cities by their readiness index, with dimension scores, coverage and level.",
        discussion: "Ranks are over the whole cohort; --province, --type and --top only choose which cities are shown.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Show only this province.") var province: String?
    @Option(help: "Show only kota or kabupaten.") var type: String?
    @Option(parsing: .unconditional, help: "Show only the first N ranked cities.") var top: Int?
    @Option(help: FormatChoice.help(FormatChoice.tables)) var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Add each city's 5–95 % rank interval from N Monte Carlo runs (the default uncertain inputs of `sensitivity`: all but indicator-weights).", valueName: "N"))
    var uncertainty: Int?
    @Option(parsing: .unconditional, help: "The seed of --uncertainty.") var seed: UInt64 = 1

    func validate() throws {
        try FlagCheck.atLeast(top, 1, "--top")
        try FlagCheck.atLeast(uncertainty, 1, "--uncertainty")
        try FlagCheck.atMost(uncertainty, FlagCheck.mostRuns, "--uncertainty")
        try FlagCheck.notBlank(province, "--province")
        try FlagCheck.notTooLong(province, "--province")
        try FlagCheck.notBlank(out, "--out")
        if let type, !["kota", "kabupaten"].contains(type.lowercased()) { throw FlagCheck.choice("--type", ["kota", "kabupaten"]) }
        guard format != .html else { throw FlagCheck.refuse(.outputHTMLIsReportVerb, ["example": "smartscore report --all --out FILE.html"]) }
        try FormatChoice.check(format, FormatChoice.tables)
    }

    func run() throws {
        let workspace = try global.workspace()
        let method = try methodOptions.spec()
        let threads = try global.workerThreads()
        let ranking = try workspace.rank(try source.source(), method: method, filter: .init(province: province, type: type, top: top),
                                         uncertainty: uncertainty.map { UncertaintySpec(runs: $0, seed: seed, threads: threads) },
                                         progress: ProgressBar.make(.progressUncertainty, language: global.lang))
        try Terminal.emit(RankReport.render(ranking.cohort.result, filter: ranking.filter, format: format, language: global.lang,
                                            uncertainty: ranking.intervals, values: ranking.values, width: global.textWidth(out: out)), to: out, format: format)
    }
}
