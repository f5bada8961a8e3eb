import ArgumentParser
import SmartScore

struct QuickWinsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quickwins",
        abstract: "Choose a city's quick wins on each of the six dimensions, with their impact in real units, the roadmap and the risks (or every city's).",
        discussion: """
        impact[p, c] = Σ_i effect[p, i] × w_ic × gap_ic: the index points programme p would add to city c \
        (w: the indicator's effective weight in c's index; gap: score points to the target). priority = \
        impact / effort. A quick win serves citizens within 12 months and raises the index; on each dimension the \
        --per-dimension programmes of highest priority are chosen, those that sharpen an existing service before \
        those that build infrastructure (--prefer any ranks both alike). Each pick shows the indicators it moves \
        from their value to the value after in their own unit (the catalogue's relative effects read back through \
        the indicator's scale), and the points the dimension and the index gain. The roadmap: year one holds the \
        quick wins, then other programmes of ≤ 12 months by priority, up to --year-one-max and the budget; \
        5 years (≤ 60 months) and 10+ years by priority within their budgets. Quadrants: quick win (high impact, \
        low effort), major project (high, high), fill-in (low, low), thankless (low, high).
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Region code or name of the city.") var city: String?
    @Flag(help: "The ministry's view: every city's quick win on each dimension, and how many cities each programme serves.") var all = false
    @OptionGroup var plan: QuickWinPlanOptions
    @Option(name: .customLong("impact-threshold"), parsing: .unconditional, help: "Index points from which a programme counts as high-impact (default: the median of the city's positive impacts).")
    var impactThreshold: Double?
    @Option(name: .customLong("low-effort"), parsing: .unconditional, help: "Efforts up to this (1–5) count as low.") var lowEffort = 2
    @Option(help: FormatChoice.help(FormatChoice.tables)) var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("With --city: show the N programmes of highest priority in the list by priority and in each roadmap horizon after year one (table and md; json and csv hold all). Default: \(QuickWinsCommand.terminalTop) when the table is fitted to a terminal, else all; 0: all.", valueName: "N"))
    var top: Int?

    /// The programmes a terminal shows unless told: the quick wins and the roadmap above already name the
    /// ones that matter; the list by priority is for looking further.
    static let terminalTop = 15

    func validate() throws {
        guard (city == nil) != !all else { throw FlagCheck.refuse(.outputCityOrAll) }
        try FlagCheck.notBlank(city, "--city")
        try FlagCheck.notTooLong(city, "--city")
        try plan.checkCohortQuickWins(all: all)
        try FlagCheck.notBlank(out, "--out")
        try FlagCheck.atLeast(top, 0, "--top")
        if all && top != nil { throw FlagCheck.refuse(.terminalTopNeedsCity) }
        guard (1...5).contains(lowEffort) else { throw FlagCheck.refuse(.outputFlagBetween, ["flag": "--low-effort", "low": "1", "high": "5"]) }
        try FlagCheck.within(impactThreshold, 0...Double.greatestFiniteMagnitude, "--impact-threshold")
        guard format != .html else { throw FlagCheck.refuse(.outputHTMLIsReportVerb, ["example": "smartscore report --city CITY --out FILE.html"]) }
        try FormatChoice.check(format, FormatChoice.tables)
    }

    func run() throws {
        let options = try plan.options(impactThreshold: impactThreshold, lowEffort: lowEffort)
        let workspace = try global.workspace(programmes: plan.programmes)
        let method = try methodOptions.spec()
        let width = format == .table ? global.textWidth(out: out) : nil
        switch try workspace.quickWins(try source.source(), method: method, city: city, options: options, criteria: plan.criteria) {
        case let .city(cityPlan, model):
            Terminal.warn(cityPlan.assessment?.warnings ?? [], language: global.lang)
            let shown = top.map { $0 == 0 ? nil : $0 } ?? (width == nil ? nil : Self.terminalTop)
            try Terminal.emit(QuickWinsReport.city(cityPlan, model: model, format: format, language: global.lang, width: width, top: shown),
                              to: out, format: format)
        case let .cohort(view):
            try Terminal.emit(QuickWinsReport.cohort(view, format: format, language: global.lang, width: width), to: out, format: format)
        }
    }
}

