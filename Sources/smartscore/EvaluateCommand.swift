import ArgumentParser
import SmartScore

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate one city: readiness index, level, gaps, dimension, element and pillar scores, strengths and weaknesses against peers.",
        discussion: """
        The city is scored within its cohort (every city in the data), so that its standing among peers of \
        the same type (kota or kabupaten) can be given. Where the data has several years, the trend per \
        dimension is shown.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Region code (e.g. 72.71) or name of the city.") var city: String
    @Option(help: "Output format: table, json, csv (the indicator table), md, or html (the city's report page; needs --out).") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        if format == .html && out == nil { throw ValidationError("--format html writes a page: give --out FILE.html") }
    }

    func run() throws {
        let cohort = try ScoredCohort.load(global: global, source: source, methodOptions: methodOptions)
        if format == .html {
            // The city's report page, without the uncertainty analysis (`report --city` adds it).
            let report = try CityReportBuilder.build(cohort: cohort, city: city, sensitivity: nil, programmes: nil, budget: [:],
                                                     provenance: try source.provenance(catalogue: cohort.catalogue))
            try Terminal.emit(report.html(language: global.lang), to: out)
            return
        }
        let k = try cohort.findCity(city)
        let evaluation = CityEvaluation(result: cohort.result, cityIndex: k, history: try cohort.history())
        try Terminal.emit(EvaluateReport.render(evaluation, format: format, language: global.lang, catalogue: cohort.catalogue), to: out)
    }
}
