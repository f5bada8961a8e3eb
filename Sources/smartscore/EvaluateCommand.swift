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
    @Option(help: "Output format: table, json, csv (the indicator table) or md.") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        guard format != .html else { throw ValidationError("--format html is the report verb's: smartscore report --city CITY --out FILE.html") }
    }

    func run() throws {
        let cohort = try ScoredCohort.load(global: global, source: source, methodOptions: methodOptions)
        let k = try CityLookup.find(city, in: cohort.result.cities)
        let evaluation = CityEvaluation(result: cohort.result, cityIndex: k, history: try cohort.history())
        try Terminal.emit(EvaluateReport.render(evaluation, format: format, language: global.lang, catalogue: cohort.catalogue), to: out)
    }
}
