import Foundation
import ArgumentParser
import SmartScore

/// `smartscore assessment`: the ministry's yearly evaluation (Evaluasi Implementasi Kota Cerdas).
struct AssessmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessment",
        abstract: "The ministry's yearly smart-city evaluation: score a region's self-assessment, rank a cohort, compare years, report.",
        discussion: """
        The rubric of each edition is in indicators/evaluation/<edition>.yaml (2022, 2023): components (Baseline, \
        Output, Outcome, Impact, Quick Wins, Kolaborasi), their questions with unique ids such as C1-3.10.2 \
        (component letter, indicator number, printed question number), the 0–4 scale, and the weights of each \
        group (2023: reguler 10/20/30/20/20; kppn_ikn 10/20/20/20/20 + Kolaborasi 10). A component's score is the \
        mean of its question scores; the final is the weighted sum (a 0 stays in the sum).

        Inputs (CSV; `,`, `;` or tab; UTF-8 or Windows-1252):
          sheet      question,score,evidence — one row per question (component, number and text columns \
        are for reference); write a blank one with `assessment template`.
          survey     respondent,<impact question ids>… one row per respondent, or respondent,question,answer; \
        whole answers 0–4, an empty cell is not answered; each impact question's score is the mean.
          table      the published results: region_code,region_name,group,baseline,output,outcome,impact,\
        quick_wins,collaboration[,final_score,improvement,participated] (datasets/evaluation/).
        """,
        subcommands: [AssessmentScoreCommand.self, AssessmentRankCommand.self, AssessmentCompareCommand.self,
                      AssessmentReportCommand.self, AssessmentTemplateCommand.self])
}

/// The edition and, optionally, a rubric file of the user's own.
struct RubricOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "The evaluation's edition (year): 2022 or 2023.") var edition: Int
    @Option(help: ArgumentHelp("A rubric file to use instead of indicators/evaluation/<edition>.yaml.", valueName: "file")) var rubric: String?

    /// The editions a rubric may have: the programme's evaluations began in 2018.
    static let editions = 2017...2100

    func validate() throws {
        try FlagCheck.notBlank(rubric, "--rubric")
        try Self.checkEdition(edition, "--edition")
    }

    static func checkEdition(_ edition: Int?, _ flag: String) throws {
        guard let edition else { return }
        guard editions.contains(edition) else {
            throw FlagCheck.refuse(.outputFlagBetween, ["flag": flag, "low": String(editions.lowerBound), "high": String(editions.upperBound)])
        }
    }

    var spec: RubricSpec { RubricSpec(edition: edition, file: rubric) }
}

/// What a region's sheet is read with.
struct SheetOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The region's sheet (CSV).", valueName: "sheet")) var sheet: String
    @Option(help: ArgumentHelp("Raw survey answers for the impact questions (CSV), averaged per question.", valueName: "file")) var survey: String?
    @Option(help: "The cohort group whose weights apply (2023: reguler or kppn_ikn).") var group: String?
    @Option(help: "The region: its code (35.07) or name, from the region list.") var region: String?
    @Option(help: ArgumentHelp("The previous edition's results table (CSV), for the improvement (needs --region).", valueName: "table")) var previous: String?
    @Option(name: .customLong("previous-edition"), parsing: .unconditional, help: "The previous table's edition (default: the edition before --edition).")
    var previousEdition: Int?

    func validate() throws {
        try FlagCheck.notBlank(sheet, "SHEET")
        try FlagCheck.notBlank(survey, "--survey")
        try FlagCheck.notBlank(group, "--group")
        try FlagCheck.notBlank(region, "--region")
        try FlagCheck.notTooLong(region, "--region")
        try FlagCheck.notBlank(previous, "--previous")
        try RubricOptions.checkEdition(previousEdition, "--previous-edition")
        if previousEdition != nil && previous == nil { throw FlagCheck.refuse(.assessmentPreviousEditionAlone) }
    }

    /// The previous evaluation to compare with (its edition, by default, the one before the edition scored).
    var previousSpec: PreviousSpec? { previous.map { PreviousSpec(file: $0, edition: previousEdition) } }
}

struct AssessmentScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "score", abstract: "Score one region's self-assessment sheet: its component scores and final.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubric: RubricOptions
    @OptionGroup var sheet: SheetOptions
    @Option(help: FormatChoice.help(FormatChoice.tables, "Default: the --out file's extension, else table.")) var format: OutputFormat?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    var chosen: OutputFormat { AssessmentReportCommand.format(format, out: out) }

    func validate() throws {
        try FlagCheck.notBlank(out, "--out")
        guard chosen != .html else { throw FlagCheck.refuse(.assessmentHTMLVerbs) }
        try FormatChoice.check(format, FormatChoice.tables)
    }

    func run() throws {
        let workspace = try global.workspace()
        let result = try workspace.scoreAssessment(sheet: sheet.sheet, survey: sheet.survey, rubric: rubric.spec, group: sheet.group, region: sheet.region,
                                                   previous: sheet.previousSpec)
        Terminal.warn(result.warnings, language: global.lang)
        try Terminal.emit(AssessmentReport.score(result.score, rubric: result.rubric, previous: result.previous, format: chosen, language: global.lang),
                          to: out, format: chosen)
    }
}

struct AssessmentRankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank a cohort from a published (component-level) results table, recomputing every final.",
        discussion: """
        The rank is taken on the final rounded to the published decimals, so regions printed alike share a rank; \
        the JSON gives every region's unrounded final_score. Regions marked participated=false are listed, not ranked. \
        With --readiness, the finals are set against smartscore's readiness index of the same regions (--data, \
        --dataset or the store) with Spearman's rank correlation.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubric: RubricOptions
    @Argument(help: ArgumentHelp("The results table (CSV), laid out like datasets/evaluation/kominfo_evaluation_2023.csv.", valueName: "table")) var table: String
    @Flag(help: "Relate the finals to the readiness index of the same regions.") var readiness = false
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(parsing: .unconditional, help: "Show only the first N rows of the table (text and Markdown).") var top: Int?
    @Option(help: FormatChoice.help(FormatChoice.tablesAndHTML, "Default: the --out file's extension, else table.")) var format: OutputFormat?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        try FlagCheck.notBlank(table, "TABLE")
        try source.requireReadiness(readiness)
        try FlagCheck.notBlank(out, "--out")
        try FlagCheck.atLeast(top, 1, "--top")
    }

    func run() throws {
        let workspace = try global.workspace()
        let readinessSource = readiness ? (try source.source(), try methodOptions.spec()) : nil
        let view = try workspace.rankAssessment(table, rubric: rubric.spec, readiness: readinessSource)
        Terminal.warn(view.warnings, language: global.lang)
        let chosen = AssessmentReportCommand.format(format, out: out)
        try Terminal.emit(AssessmentReport.rank(view, format: chosen, language: global.lang, top: top), to: out, format: chosen)
    }
}

struct AssessmentCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two editions' results tables: each region's improvement (later final − earlier final) and change of rank.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The earlier edition's results table (CSV).", valueName: "earlier")) var earlier: String
    @Argument(help: ArgumentHelp("The later edition's results table (CSV).", valueName: "later")) var later: String
    @Option(name: .customLong("earlier-edition"), parsing: .unconditional, help: "The earlier table's edition (e.g. 2022).") var earlierEdition: Int
    @Option(name: .customLong("later-edition"), parsing: .unconditional, help: "The later table's edition (e.g. 2023).") var laterEdition: Int
    @Option(parsing: .unconditional, help: "Show only the first N rows of the table (text and Markdown).") var top: Int?
    @Option(help: FormatChoice.help(FormatChoice.tables, "Default: the --out file's extension, else table.")) var format: OutputFormat?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    var chosen: OutputFormat { AssessmentReportCommand.format(format, out: out) }

    func validate() throws {
        try FlagCheck.notBlank(earlier, "EARLIER")
        try FlagCheck.notBlank(later, "LATER")
        try FlagCheck.notBlank(out, "--out")
        try FlagCheck.atLeast(top, 1, "--top")
        try RubricOptions.checkEdition(earlierEdition, "--earlier-edition")
        try RubricOptions.checkEdition(laterEdition, "--later-edition")
        // An improvement runs forward in time: the same edition twice, or the two swapped, would read backwards.
        guard earlierEdition < laterEdition else {
            throw FlagCheck.refuse(.assessmentEditionsOrder, ["earlier": String(earlierEdition), "later": String(laterEdition)])
        }
        guard chosen != .html else { throw FlagCheck.refuse(.assessmentHTMLVerbs) }
        try FormatChoice.check(format, FormatChoice.tables)
    }

    func run() throws {
        let workspace = try global.workspace()
        let comparison = try workspace.compareAssessments(earlier: earlier, earlierRubric: RubricSpec(edition: earlierEdition),
                                                          later: later, laterRubric: RubricSpec(edition: laterEdition))
        try Terminal.emit(AssessmentReport.compare(comparison, format: chosen, language: global.lang, top: top), to: out, format: chosen)
    }
}

struct AssessmentReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A region's evaluation report: components against the cohort, weaknesses, strengths and recommendations.",
        discussion: """
        Weaknesses (Kelemahan) are the lowest-scoring questions, strengths (Kekuatan) the highest; each weakness \
        gets a recommendation (Rekomendasi): the rubric's advice, what raising the question to 4 adds to the final, \
        and where the question rests on a catalogue indicator, with --readiness, the region's value and gap and the \
        quick-win candidates that move it. --cohort places the region in a published results table (its own \
        score replacing its row). HTML (--format html or an --out ending in .html), Markdown, JSON or text.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubric: RubricOptions
    @OptionGroup var sheet: SheetOptions
    @Option(help: ArgumentHelp("The cohort's results table (CSV) to rank the region in.", valueName: "table")) var cohort: String?
    @Option(parsing: .unconditional, help: "How many weaknesses and strengths to list.") var findings = AssessmentFindings.defaultCount
    @Flag(help: "Add the catalogue indicators and quick-win candidates from the readiness data (--data, --dataset or the store).") var readiness = false
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: FormatChoice.help(FormatChoice.tablesAndHTML, "csv holds the component scores. Default: the --out file's extension, else table.")) var format: OutputFormat?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        try FlagCheck.notBlank(cohort, "--cohort")
        try source.requireReadiness(readiness)
        try FlagCheck.notBlank(out, "--out")
        try FlagCheck.atLeast(findings, 1, "--findings")
        try FlagCheck.atMost(findings, 50, "--findings")
    }

    var resolvedFormat: OutputFormat { Self.format(format, out: out) }

    /// The format asked for; without one, the one the --out file's extension names (.html, .htm, .json, .csv,
    /// .md), else a terminal table.
    static func format(_ format: OutputFormat?, out: String?) -> OutputFormat {
        if let format { return format }
        switch ((out ?? "") as NSString).pathExtension.lowercased() {
        case "html", "htm": return .html
        case "json": return .json
        case "csv": return .csv
        case "md", "markdown": return .md
        default: return .table
        }
    }

    func run() throws {
        let workspace = try global.workspace()
        let readinessSource = readiness ? (try source.source(), try methodOptions.spec()) : nil
        let report = try workspace.assessmentReport(sheet: sheet.sheet, survey: sheet.survey, rubric: rubric.spec, group: sheet.group,
                                                    region: sheet.region, cohort: cohort, findings: findings, readiness: readinessSource,
                                                    previous: sheet.previousSpec)
        Terminal.warn(report.warnings, language: global.lang)
        try Terminal.emit(AssessmentRegionReport.render(report, format: resolvedFormat, language: global.lang), to: out, format: resolvedFormat)
    }
}

struct AssessmentTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a blank self-assessment sheet (CSV) for an edition and group: one row per question to score.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var rubric: RubricOptions
    @Option(help: "The cohort group (2023: reguler or kppn_ikn; without one, the edition's only group).") var group: String?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

    func validate() throws {
        try FlagCheck.notBlank(group, "--group")
        try FlagCheck.notBlank(out, "--out")
    }

    func run() throws {
        let workspace = try global.workspace()
        let rubricValue = try workspace.rubric(rubric.spec)
        let chosen = try workspace.group(group, in: rubricValue)
        try Terminal.emit(AssessmentReport.template(rubricValue, group: chosen, language: global.lang), to: out, format: .csv)
    }
}

extension DataSourceOptions {
    /// The data flags name the readiness data of `assessment rank` and `report`: without --readiness they would be ignored.
    func requireReadiness(_ readiness: Bool) throws {
        guard !readiness else { return }
        for (value, flag) in [(data, "--data"), (dataset, "--dataset"), (store.db, "--db"), (csv.mapping, "--mapping")] where value != nil {
            throw FlagCheck.refuse(.assessmentReadinessNeedsFlag, ["flag": flag])
        }
    }
}
