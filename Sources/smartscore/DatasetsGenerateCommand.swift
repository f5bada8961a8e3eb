import ArgumentParser
import SmartScore

extension DatasetsCommand {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a seeded synthetic cohort as a long CSV: the demo cohort, all 514 regencies and cities, or the 80,534 villages.",
            discussion: """
            demo: the 100 regencies and cities of datasets/demo/cohort.csv; regions: all 514. Both use the \
            real BPS 2021 values (datasets/bps) for the indicators BPS measures, and seeded synthetic values \
            for the rest; the source column says which. villages: the 80,534 villages, all synthetic. The \
            same options and seed give the same bytes.
            """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "Which cohort: demo, regions or villages.") var cohort: CohortKind = .demo
        @Option(help: "Years, as 2021 or a range 2015-2024.") var years = "2021"
        @Option(parsing: .unconditional, help: "Use only the first N scored indicators of the catalogue (default: all).") var indicators: Int?
        @Option(parsing: .unconditional, help: "The seed.") var seed: UInt64 = 2021
        @Option(parsing: .unconditional, help: "Mean share of unreported (city, indicator) pairs, 0–0.9.") var missing = 0.12
        @Option(help: ArgumentHelp("The CSV file to write.", valueName: "path")) var out: String

        func validate() throws {
            _ = try asUsageError { try YearsSpec.parse(years) }
            try FlagCheck.notBlank(out, "--out")
            try FlagCheck.atLeast(indicators, 1, "--indicators")
            try FlagCheck.within(missing, 0...0.9, "--missing")
        }

        func run() throws {
            let options = CohortGenerator.Options(seed: seed, years: try YearsSpec.parse(years), missingRate: missing)
            // The villages take some 15 s: a terminal sees how far, by cities (the rows' total comes out only at the end).
            let written = try global.workspace().generateCohort(cohort, options: options, indicatorLimit: indicators, to: out,
                                                                progress: ProgressBar.make(.progressGeneratingCities, language: global.lang))
            let t = Localizer(global.lang)
            Terminal.printError(t(.outputCohortWritten, ["rows": String(written.rows), "cities": String(written.cities), "path": out]))
        }
    }
}

extension CohortKind: ExpressibleByArgument {}
