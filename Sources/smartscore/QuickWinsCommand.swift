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
    @Option(help: ArgumentHelp("A programme catalogue (YAML) instead of the bundled one.", valueName: "file")) var programmes: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Budget per horizon in rupiah: one amount for every horizon, or short=…;medium=…;long=… (unnamed horizons have no limit).",
        discussion: """
        Amounts as written in Indonesia or in English: Rp 2 miliar, 500 juta, 2 M, 1,5 M, 2.000.000.000, \
        2.500.000,50, 2,000,000,000, 2 billion, 5e9. Scale words: ribu/rb, juta/jt, miliar/M (uppercase M \
        only), triliun/T; thousand, million, billion/bn, trillion/tn. Horizon keys: short/pendek/1, \
        medium/menengah/5, long/panjang/10, separated by ';' (or by ',' before the next key). Refused: one \
        mark before exactly three digits (2.000: write 2000 or 2), a lowercase m (write juta or miliar), \
        two scale words, other words, negative amounts, and amounts above 0 below Rp 1 juta.
        """, valueName: "IDR"))
    var budget: String?
    @Option(name: .customLong("impact-threshold"), parsing: .unconditional, help: "Index points from which a programme counts as high-impact (default: the median of the city's positive impacts).")
    var impactThreshold: Double?
    @Option(name: .customLong("low-effort"), parsing: .unconditional, help: "Efforts up to this (1–5) count as low.") var lowEffort = 2
    @Option(name: .customLong("per-dimension"), parsing: .unconditional, help: "Quick wins chosen on each dimension (1–5).") var perDimension = 1
    @Option(help: ArgumentHelp("services: a quick win sharpens an existing service when one lifts the city (the programme's rule); any: services and infrastructure alike.", valueName: "services|any"))
    var prefer: QuickWinPreference = .services
    @Option(name: .customLong("year-one-max"), parsing: .unconditional, help: "At most this many programmes in year one; the rest wait for years 2–5.") var yearOneMax = 8
    @Option(help: ArgumentHelp("A filled sheet (YAML or CSV) scoring the city's quick wins on the ministry's ten criteria, 0–4 per question; see datasets/examples/quickwin_criteria.yaml.", valueName: "file"))
    var criteria: String?
    @Option(help: "Output format: table, json, csv or md.") var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        guard (city == nil) != !all else { throw FlagCheck.refuse(.outputCityOrAll) }
        try FlagCheck.notBlank(city, "--city")
        try FlagCheck.notTooLong(city, "--city")
        try FlagCheck.notBlank(programmes, "--programmes")
        try FlagCheck.notBlank(budget, "--budget")
        try FlagCheck.notBlank(criteria, "--criteria")
        if criteria != nil && all { throw FlagCheck.refuse(.quickwinsCriteriaNeedsCity) }
        try FlagCheck.notBlank(out, "--out")
        guard (1...5).contains(lowEffort) else { throw FlagCheck.refuse(.outputFlagBetween, ["flag": "--low-effort", "low": "1", "high": "5"]) }
        guard (1...5).contains(perDimension) else { throw FlagCheck.refuse(.outputFlagBetween, ["flag": "--per-dimension", "low": "1", "high": "5"]) }
        try FlagCheck.atLeast(yearOneMax, 1, "--year-one-max")
        try FlagCheck.within(impactThreshold, 0...Double.greatestFiniteMagnitude, "--impact-threshold")
        guard format != .html else { throw FlagCheck.refuse(.outputHTMLIsReportVerb, ["example": "smartscore report --city CITY --out FILE.html"]) }
        _ = try asUsageError { try BudgetSpec.parse(budget) }
    }

    func run() throws {
        let options = QuickWinOptions(impactThreshold: impactThreshold, lowEffortMax: lowEffort, budget: try BudgetSpec.parse(budget),
                                      perDimension: perDimension, servicesFirst: prefer == .services, yearOneMax: yearOneMax)
        let workspace = try global.workspace(programmes: programmes)
        let method = try methodOptions.spec()
        switch try workspace.quickWins(try source.source(), method: method, city: city, options: options, criteria: criteria) {
        case let .city(plan, model):
            if let warnings = plan.assessment?.warnings, !warnings.isEmpty {
                Terminal.printError(warnings.map { $0.rendered(as: "warning", language: global.lang) }.joined(separator: "\n"))
            }
            try Terminal.emit(QuickWinsReport.city(plan, model: model, format: format, language: global.lang), to: out, format: format)
        case let .cohort(view):
            try Terminal.emit(QuickWinsReport.cohort(view, format: format, language: global.lang), to: out, format: format)
        }
    }
}

/// `--prefer`: whether quick wins put services before infrastructure.
enum QuickWinPreference: String, ExpressibleByArgument, CaseIterable {
    case services, any
}
