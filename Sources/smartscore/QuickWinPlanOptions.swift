import ArgumentParser
import SmartScore

/// The flags that shape a city's quick wins and roadmap, shared by `quickwins` and `report` so that the
/// report's Buku 2 section is the plan `quickwins` shows.
struct QuickWinPlanOptions: ParsableArguments {
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
    @Option(name: .customLong("per-dimension"), parsing: .unconditional, help: "Quick wins chosen on each dimension (1–5).") var perDimension = 1
    @Option(help: ArgumentHelp("services: a quick win sharpens an existing service when one lifts the city (the programme's rule); any: services and infrastructure alike.", valueName: "services|any"))
    var prefer: QuickWinPreference = .services
    @Option(name: .customLong("year-one-max"), parsing: .unconditional, help: "At most this many programmes in year one; the rest wait for years 2–5.") var yearOneMax = 8
    @Option(help: ArgumentHelp("A filled sheet (YAML or CSV) scoring the city's quick wins on the ministry's ten criteria, 0–4 per question; see datasets/examples/quickwin_criteria.yaml.", valueName: "file"))
    var criteria: String?

    func validate() throws {
        try FlagCheck.notBlank(programmes, "--programmes")
        try FlagCheck.notBlank(budget, "--budget")
        try FlagCheck.notBlank(criteria, "--criteria")
        guard (1...5).contains(perDimension) else { throw FlagCheck.refuse(.outputFlagBetween, ["flag": "--per-dimension", "low": "1", "high": "5"]) }
        try FlagCheck.atLeast(yearOneMax, 1, "--year-one-max")
        _ = try asUsageError { try BudgetSpec.parse(budget) }
    }

    /// `--criteria` scores one city's quick wins: refused with `--all`.
    func checkCriteria(all: Bool) throws {
        if criteria != nil && all { throw FlagCheck.refuse(.quickwinsCriteriaNeedsCity) }
    }

    func options(impactThreshold: Double? = nil, lowEffort: Int = 2) throws -> QuickWinOptions {
        QuickWinOptions(impactThreshold: impactThreshold, lowEffortMax: lowEffort, budget: try BudgetSpec.parse(budget),
                        perDimension: perDimension, servicesFirst: prefer == .services, yearOneMax: yearOneMax)
    }
}

/// `--prefer`: whether quick wins put services before infrastructure.
enum QuickWinPreference: String, ExpressibleByArgument, CaseIterable {
    case services, any
}
