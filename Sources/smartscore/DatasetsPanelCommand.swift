import ArgumentParser
import SmartScore

extension DatasetsCommand {
    struct Panel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the real national panel (all 514 regencies and cities, every real BPS value bundled) as a long CSV.",
            discussion: """
            Reads datasets/bps/bps_kabkota_2021.csv through its mapping and the 40 series exports of \
            datasets/bps/exports (IPM 2010–2024, adjusted expenditure per capita 2015–2024, poverty line \
            2010–2024) as BPS writes them. Where the 2021 table and an export give the same value, the \
            export is kept and any difference is said. This is how datasets/panel/national_panel.csv is made.
            """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("The CSV file to write.", valueName: "path")) var out: String

        func validate() throws {
            try FlagCheck.notBlank(out, "--out")
        }

        func run() throws {
            let (panel, rows) = try global.workspace().writeNationalPanel(to: out)
            let t = Localizer(global.lang)
            Terminal.printError(t(.panelWritten, ["rows": t.numbers.integer(rows), "regions": String(panel.regionCount),
                                                  "differences": String(panel.disagreements.count), "path": out]))
        }
    }
}
