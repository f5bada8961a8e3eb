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
    // Optional, with their defaults applied in `options()`, so that a flag a view ignores can be refused.
    @Option(name: .customLong("per-dimension"), parsing: .unconditional, help: "Quick wins chosen on each dimension, 1–5 (default: 1).") var perDimension: Int?
    @Option(help: ArgumentHelp("services (default): a quick win sharpens an existing service when one lifts the city, as the programme asks; any: services and infrastructure alike.", valueName: "services|any"))
    var prefer: QuickWinPreference?
    @Option(name: .customLong("year-one-max"), parsing: .unconditional, help: "At most this many programmes in year one; the rest wait for years 2–5 (default: 8).") var yearOneMax: Int?
    @Option(help: ArgumentHelp("A filled sheet (YAML or CSV) scoring the city's quick wins on the ministry's ten criteria, 0–4 per question; see datasets/examples/quickwin_criteria.yaml.", valueName: "file"))
    var criteria: String?

    func validate() throws {
        try FlagCheck.notBlank(programmes, "--programmes")
        try FlagCheck.notBlank(budget, "--budget")
        try FlagCheck.notBlank(criteria, "--criteria")
        if let perDimension, !(1...5).contains(perDimension) {
            throw FlagCheck.refuse(.outputFlagBetween, ["flag": "--per-dimension", "low": "1", "high": "5"])
        }
        if let yearOneMax { try FlagCheck.atLeast(yearOneMax, 1, "--year-one-max") }
        _ = try asUsageError { try BudgetSpec.parse(budget) }
    }

    /// The flags given, by name.
    var given: [String] {
        [("--programmes", programmes != nil), ("--budget", budget != nil), ("--per-dimension", perDimension != nil), ("--prefer", prefer != nil),
         ("--year-one-max", yearOneMax != nil), ("--criteria", criteria != nil)].filter(\.1).map(\.0)
    }

    /// `quickwins --all` shows every city's picks, not a roadmap: the flags of one city's roadmap are refused.
    func checkCohortQuickWins(all: Bool) throws {
        guard all else { return }
        if criteria != nil { throw FlagCheck.refuse(.quickwinsCriteriaNeedsCity) }
        if let flag = given.first(where: { ["--budget", "--year-one-max"].contains($0) }) { throw FlagCheck.refuse(.quickwinsFlagNeedsCity, ["flag": flag]) }
    }

    /// `report --all` has no quick-win section: every flag of this group is refused.
    func checkCohortReport(all: Bool) throws {
        if all, let flag = given.first { throw FlagCheck.refuse(.reportFlagNeedsCity, ["flag": flag]) }
    }

    func options(impactThreshold: Double? = nil, lowEffort: Int = 2) throws -> QuickWinOptions {
        let defaults = QuickWinOptions()
        return QuickWinOptions(impactThreshold: impactThreshold, lowEffortMax: lowEffort, budget: try BudgetSpec.parse(budget),
                               perDimension: perDimension ?? defaults.perDimension, servicesFirst: prefer.map { $0 == .services } ?? defaults.servicesFirst,
                               yearOneMax: yearOneMax ?? defaults.yearOneMax)
    }
}

/// `--prefer`: whether quick wins put services before infrastructure.
enum QuickWinPreference: String, ExpressibleByArgument, CaseIterable {
    case services, any
}
