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
    @Option(help: "Output format: table, json, csv (the indicator table), md, or html (the city's report page; needs --out).") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        try FlagCheck.notBlank(city, "--city")
        try FlagCheck.notTooLong(city, "--city")
        try FlagCheck.notBlank(out, "--out")
        if format == .html && out == nil { throw FlagCheck.refuse(.outputHTMLNeedsOut) }
        try FlagCheck.atLeast(minPeers, 1, "--min-peers")
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
        try Terminal.emit(EvaluateReport.render(evaluation, format: format, language: global.lang, catalogue: workspace.catalogue), to: out, format: format)
    }
}
