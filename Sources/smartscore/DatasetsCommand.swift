import ArgumentParser
import Foundation
import SmartScore

struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List, show, export and delete the datasets in the SQLite store.",
        subcommands: [List.self, Show.self, Export.self, Delete.self, Generate.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the datasets with their size.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table

        func run() throws {
            let db = try Store(path: store.path, readOnly: true)
            let summaries = try db.datasetNames().map(db.summary)
            try Terminal.emit(ImportReport.datasets(summaries, format: format, language: global.lang), to: nil)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one dataset: size, years and its import log.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The dataset's name.") var name: String
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table

        func run() throws {
            let summary = try Store(path: store.path, readOnly: true).summary(of: name)
            try Terminal.emit(ImportReport.datasetDetail(summary, format: format, language: global.lang), to: nil)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a dataset as a long CSV that import reads back to the same values.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The dataset's name.") var name: String
        @Option(help: "Only this year.") var year: Int?
        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

        func run() throws {
            let batch = try Store(path: store.path, readOnly: true).observations(of: name, year: year)
            try Terminal.emit(ObservationExport.longCSV(batch), to: out)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a dataset, its observations and its import log.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The dataset's name.") var name: String

        func run() throws {
            try Store(path: store.path, mustExist: true).deleteDataset(name)
            Terminal.printError(global.lang == .id ? "dataset '\(name)' dihapus" : "deleted dataset '\(name)'")
        }
    }

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a seeded synthetic cohort as a long CSV: the demo cohort, all 514 regencies and cities, or the 80,534 villages.",
            discussion: """
            demo: the 100 regencies and cities of datasets/demo/cohort.csv; regions: all 514. Both use the \
            real BPS 2021 values (datasets/bps) for the indicators BPS measures, and seeded synthetic values \
            for the rest; the source column says which. villages: the 80,534 villages, all synthetic. The \
            same options and seed give the same bytes.
            """)
        enum Cohort: String, ExpressibleByArgument, CaseIterable { case demo, regions, villages }

        @OptionGroup var global: GlobalOptions
        @Option(help: "Which cohort: demo, regions or villages.") var cohort: Cohort = .demo
        @Option(help: "Years, as 2021 or a range 2015-2024.") var years = "2021"
        @Option(help: "Use only the first N scored indicators of the catalogue (default: all).") var indicators: Int?
        @Option(help: "The seed.") var seed: UInt64 = 2021
        @Option(help: "Mean share of unreported (city, indicator) pairs, 0–0.9.") var missing = 0.12
        @Option(help: ArgumentHelp("The CSV file to write.", valueName: "path")) var out: String

        func validate() throws {
            guard parsedYears() != nil else { throw ValidationError("--years must be a year (2021) or a range (2015-2024) within 1990–2100") }
            if let indicators, indicators < 1 { throw ValidationError("--indicators must be at least 1") }
            guard (0...0.9).contains(missing) else { throw ValidationError("--missing must be between 0 and 0.9") }
        }

        func parsedYears() -> [Int]? {
            let parts = years.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(parts.count), parts.allSatisfy({ $0 != nil && (1990...2100).contains($0!) }) else { return nil }
            let a = parts[0]!, b = parts.last!!
            return a <= b ? Array(a...b) : nil
        }

        func run() throws {
            let catalogue = try global.prepare()
            let data = try BundledData.locate(catalogue: catalogue)
            var scored = catalogue.scored
            if let indicators { scored = Array(scored.prefix(indicators)) }
            let cities: [CityRecord]
            var real: ObservationBatch?
            switch cohort {
            case .demo: cities = try data.demoCohort(); real = try data.bps2021()
            case .regions: cities = try data.regions().regions; real = try data.bps2021()
            case .villages: cities = try data.villages()
            }
            let generator = CohortGenerator(indicators: scored,
                                            options: .init(seed: seed, years: parsedYears()!, missingRate: missing), real: real)
            let rows = try CohortWriter.write(generator: generator, cities: cities, to: out)
            Terminal.printError(global.lang == .id ? "\(rows) baris untuk \(cities.count) wilayah ditulis ke \(out)"
                                                   : "wrote \(rows) rows for \(cities.count) regions to \(out)")
        }
    }
}
