import ArgumentParser
import SmartScore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Statistical audit of the index: correlations, Cronbach's alpha, collinear pairs, influence against weight.",
        discussion: """
        The checks of a JRC/COINr audit of a composite indicator, on the scored year under the chosen method \
        (the same method flags as rank). Correlations are Pearson, pairwise-complete (each pair over the cities \
        that have both values, at least 3), on the normalised scores.

        It reports: the dimension × dimension correlation matrix and each dimension's correlation with the \
        index; Cronbach's alpha per dimension and per element (from the pairwise covariance matrix, as COINr's \
        get_cronbach); indicators negatively correlated with their own dimension; collinear pairs of indicators \
        (|r| above --collinear); and each indicator's and dimension's influence on the index — its main effect \
        estimated by r² with the index (Paruolo, Saisana & Saltelli 2013), as a share of the weighted parts' main effects — \
        beside its nominal weight, flagged when below half or above twice it.

        The table and Markdown list the findings; --format json carries everything (each dimension's \
        indicator × indicator matrix included), --format csv one row per indicator.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(parsing: .unconditional, help: ArgumentHelp("Report two indicators as collinear when |r| is above this (between 0 and 1).", valueName: "r"))
    var collinear = 0.9
    @Option(help: FormatChoice.help(FormatChoice.tables)) var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    var options: AuditOptions { AuditOptions(collinearThreshold: collinear) }

    func validate() throws {
        try FlagCheck.finite(collinear, "--collinear")
        try FlagCheck.notBlank(out, "--out")
        try asUsageError { try options.validate() }
        guard format != .html else { throw FlagCheck.refuse(.outputHTMLIsReportVerb, ["example": "smartscore report --all --out FILE.html"]) }
        try FormatChoice.check(format, FormatChoice.tables)
    }

    func run() throws {
        let workspace = try global.workspace()
        let audit = try workspace.audit(try source.source(), method: try methodOptions.spec(), options: options)
        try Terminal.emit(AuditReport.render(audit, format: format, language: global.lang, width: global.textWidth(out: out)), to: out, format: format)
    }
}
