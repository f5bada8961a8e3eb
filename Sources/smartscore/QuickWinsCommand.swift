import ArgumentParser
import SmartScore

struct QuickWinsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quickwins",
        abstract: "Rank candidate programmes by impact and effort for a city (or every city): quick wins, roadmap, risks.",
        discussion: """
        impact[p, c] = Σ_i effect[p, i] × w_ic × gap_ic: the index points programme p would add to city c \
        (w: the indicator's effective weight in c's index; gap: score points to the target). priority = \
        impact / effort. Quadrants: quick win (high impact, low effort), major project (high, high), fill-in \
        (low, low), thankless (low, high). The roadmap takes programmes by priority within each horizon's budget: \
        1 year (≤ 12 months), 5 years (≤ 60), 10+ years.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Region code or name of the city.") var city: String?
    @Flag(help: "The ministry's view: every city's top quick wins, and the programmes that lift the most cities.") var all = false
    @Option(help: ArgumentHelp("A programme catalogue (YAML) instead of the bundled one.", valueName: "file")) var programmes: String?
    @Option(help: ArgumentHelp("Budget per horizon in IDR: one amount for every horizon, or short=…,medium=…,long=….", valueName: "IDR"))
    var budget: String?
    @Option(name: .customLong("impact-threshold"), help: "Index points from which a programme counts as high-impact (default: the median of the city's positive impacts).")
    var impactThreshold: Double?
    @Option(name: .customLong("low-effort"), help: "Efforts up to this (1–5) count as low.") var lowEffort = 2
    @Option(help: "Quick wins per city in the --all view.") var top = 5
    @Option(help: "Output format: table, json, csv or md.") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        guard (city == nil) != !all else { throw ValidationError("give --city CITY or --all") }
        guard (1...5).contains(lowEffort) else { throw ValidationError("--low-effort must be 1–5") }
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        if let impactThreshold, !(impactThreshold >= 0 && impactThreshold.isFinite) { throw ValidationError("--impact-threshold must be a number ≥ 0") }
        guard format != .html else { throw ValidationError("--format html is the report verb's: smartscore report --city CITY --out FILE.html") }
        _ = try asUsageError { try BudgetSpec.parse(budget) }
    }

    func run() throws {
        let options = QuickWinOptions(impactThreshold: impactThreshold, lowEffortMax: lowEffort, budget: try BudgetSpec.parse(budget), top: top)
        let workspace = try global.workspace(programmes: programmes)
        let method = try methodOptions.spec()
        switch try workspace.quickWins(try source.source(), method: method, city: city, options: options) {
        case let .city(plan, model):
            try Terminal.emit(QuickWinsReport.city(plan, model: model, format: format, language: global.lang), to: out)
        case let .cohort(view):
            try Terminal.emit(QuickWinsReport.cohort(view, format: format, language: global.lang), to: out)
        }
    }
}
