import ArgumentParser
import SmartScore

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate one city: readiness index, level, gaps, dimension, element and pillar scores, strengths and weaknesses against peers.",
        discussion: """
        The city is scored within its cohort (every city in the data), so that its standing among peers of \
        the same type (kota or kabupaten) can be given. Where the data has several years, the trend per \
        dimension is shown, every year scored by the model fitted on the reference year (--reference-year, \
        default the scored year).
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Region code (e.g. 72.71) or name of the city.") var city: String
    @Option(name: .customLong("min-peers"), parsing: .unconditional, help: "Peers of the same type (kota or kabupaten) a percentile needs; fewer: no percentiles.")
    var minPeers = CityEvaluation.defaultMinimumPeers
    @Option(help: FormatChoice.help(FormatChoice.tablesAndHTML, "csv is the indicator table; html the city's report page, and needs --out.")) var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Show the N indicators losing the most index points (table and md; json and csv hold all). Default: \(EvaluateCommand.terminalTop) when the table is fitted to a terminal, else all; 0: all.", valueName: "N"))
    var top: Int?

    /// The indicators a terminal shows unless told: a reader acts on the costliest gaps, not on 300 lines.
    static let terminalTop = 10

    func validate() throws {
        try FlagCheck.notBlank(city, "--city")
        try FlagCheck.notTooLong(city, "--city")
        try FlagCheck.notBlank(out, "--out")
        try FormatChoice.check(format, FormatChoice.tablesAndHTML)
        if format == .html && out == nil { throw FlagCheck.refuse(.outputHTMLNeedsOut) }
        try FlagCheck.atLeast(minPeers, 1, "--min-peers")
        try FlagCheck.atLeast(top, 0, "--top")
    }

    func run() throws {
        let workspace = try global.workspace()
        let method = try methodOptions.spec()
        if format == .html {
            // The city's report page, without the uncertainty analysis (`report --city` adds it).
            let report = try workspace.cityReport(try source.source(), method: method, city: city, spec: ReportSpec(samples: 0, minimumPeers: minPeers))
            return try Terminal.emit(report.html(language: global.lang), to: out, format: format)
        }
        let evaluation = try workspace.evaluate(try source.source(), method: method, city: city, minimumPeers: minPeers)
        let width = format == .table ? global.textWidth(out: out) : nil
        let shown = top.map { $0 == 0 ? nil : $0 } ?? (width == nil ? nil : Self.terminalTop)
        try Terminal.emit(EvaluateReport.render(evaluation, format: format, language: global.lang, catalogue: workspace.catalogue,
                                                width: width, top: shown), to: out, format: format)
    }
}
