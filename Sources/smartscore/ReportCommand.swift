import ArgumentParser
import SmartScore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report (HTML, Markdown, Word or PDF): a city's pages for the masterplan books, or the cohort ranking.",
        discussion: """
        --city: Buku 1 (profile and coverage; readiness index, level and rank; a radar of the six dimensions \
        against the cohort median and a dimension × pillar heat map; element scores; the gaps that cost the \
        most; strengths and weaknesses against peers, the external half of SWOT left to the analysts; the \
        trend), Buku 2 (the strategy per dimension, the quick win of each dimension with its impact in the \
        indicator's unit and the impact/effort chart, the 1-, 5- and 10-year roadmap, the risk register as a \
        likelihood × impact matrix), an annex (the roadmap in full, the rank's uncertainty, method and \
        provenance) and a one-page executive summary (Ringkasan Eksekutif). --all: a one-page overview for \
        the ministry, then the ranking with rank intervals and a dimension heat map of every city, filterable \
        by province and type; a cohort of more than 1,000 units (the villages) is summarised instead: the top and \
        bottom 25, then a table per regency or city and a searchable one per district (no chart per unit). HTML: one file, no network, print-ready on A4; Indonesian unless --lang en. \
        --format docx: the same content as a Word document to edit (Heading 1–4, tables with repeated header \
        rows, the charts as pictures drawn by rsvg-convert, from librsvg2-bin). --format pdf: the HTML page \
        printed by headless Chromium (chromium, chromium-browser or google-chrome on PATH). Without --format, \
        the --out file's extension chooses (.md, .docx, .pdf; anything else is HTML).
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var source: DataSourceOptions
    @OptionGroup var methodOptions: MethodOptions
    @Option(help: "Region code or name of the city.") var city: String?
    @Flag(help: "The cohort ranking instead of one city.") var all = false
    @Option(help: ArgumentHelp("The file to write (.html, .md, .docx or .pdf).", valueName: "path")) var out: String
    @Option(help: "Output format: html, md, docx or pdf. Without it, the --out file's extension chooses (.md, .docx, .pdf), else html.")
    var format: ReportFormat?
    @Option(parsing: .unconditional, help: "Monte Carlo runs for the rank intervals (0: none).") var samples = 300
    @Option(parsing: .unconditional, help: "The seed of the rank intervals.") var seed: UInt64 = 1
    @OptionGroup var plan: QuickWinPlanOptions
    @Option(name: .customLong("min-peers"), parsing: .unconditional, help: "Peers of the same type a percentile needs.") var minPeers = CityEvaluation.defaultMinimumPeers

    func validate() throws {
        guard (city == nil) != !all else { throw FlagCheck.refuse(.outputCityOrAll) }
        try FlagCheck.notBlank(city, "--city")
        try FlagCheck.notTooLong(city, "--city")
        try FlagCheck.notBlank(out, "--out")
        try plan.checkCohortReport(all: all)
        try FlagCheck.atLeast(samples, 0, "--samples")
        try FlagCheck.atMost(samples, FlagCheck.mostRuns, "--samples")
        try FlagCheck.atLeast(minPeers, 1, "--min-peers")
    }

    func run() throws {
        let spec = ReportSpec(samples: samples, seed: seed, threads: try global.workerThreads(), quickWins: try plan.options(),
                              criteria: plan.criteria, minimumPeers: minPeers)
        let workspace = try global.workspace(programmes: plan.programmes)
        let method = try methodOptions.spec()
        let progress = ProgressBar.make(.progressUncertainty, language: global.lang)
        let format = ReportFormat.resolved(self.format, out: out)
        // The flag that chose the format is the one a refusal names (--out when its extension chose).
        let parameter: Parameter = self.format == nil ? .out : .format
        // An output that cannot be written, or a program of the system that Word and PDF need and that is
        // missing, is refused before the scoring, not after it.
        _ = try OutputFile.target(out)
        if format == .pdf { try PDFPrinter.checkBrowser(parameter: parameter) }
        if format == .docx { try DocxReport.checkTools(parameter: parameter) }
        let markdown: () -> String, html: () -> String
        if let city {
            let report = try workspace.cityReport(try source.source(), method: method, city: city, spec: spec, progress: progress)
            (markdown, html) = ({ report.markdown(language: global.lang) }, { report.html(language: global.lang) })
        } else {
            let report = try workspace.cohortReport(try source.source(), method: method, spec: spec, progress: progress)
            // Writing the page is a step of its own on a large cohort: one tick per section.
            let pageProgress = ProgressBar.make(.progressReport, language: global.lang)
            (markdown, html) = ({ report.markdown(language: global.lang) }, { report.html(language: global.lang, progress: pageProgress) })
        }
        switch format {
        case .html: try Terminal.emit(html(), to: out, format: .html)
        case .md: try Terminal.emit(markdown(), to: out, format: .md)
        case .docx: try OutputFile.write(try DocxReport.document(fromXHTML: html(), language: global.lang, parameter: parameter), to: out)
        case .pdf: try OutputFile.write(try PDFPrinter.pdf(fromHTML: html(), parameter: parameter), to: out)
        }
        Terminal.printError(Localizer(global.lang)(.outputReportWritten, ["path": out]))
    }
}

extension ReportFormat: ExpressibleByArgument {}
