import ArgumentParser
import Foundation
import SmartScore

struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List, show, export and delete the datasets in the SQLite store.",
        subcommands: [List.self, Show.self, Export.self, Delete.self, Generate.self, Panel.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the datasets with their size.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Option(help: FormatChoice.help(FormatChoice.tableOrJSON)) var format: OutputFormat = .table

        func validate() throws {
            try FormatChoice.check(format, FormatChoice.tableOrJSON)
        }

        func run() throws {
            let db = try Store(path: store.path, readOnly: true)
            let summaries = try db.datasetNames().map(db.summary)
            try Terminal.emit(ImportReport.datasets(summaries, format: format, language: global.lang, width: global.textWidth()), to: nil, format: format)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one dataset: size, years and its import log.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The dataset's name.") var name: String
        @Option(help: FormatChoice.help(FormatChoice.tableOrJSON)) var format: OutputFormat = .table

        func validate() throws {
            try FlagCheck.notBlank(name, "NAME")
            try FormatChoice.check(format, FormatChoice.tableOrJSON)
        }

        func run() throws {
            let summary = try Store(path: store.path, readOnly: true).summary(of: name)
            try Terminal.emit(ImportReport.datasetDetail(summary, format: format, language: global.lang, width: global.textWidth()), to: nil, format: format)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a dataset as a long CSV that import reads back to the same values.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The dataset's name.") var name: String
        @Option(parsing: .unconditional, help: "Only this year.") var year: Int?
        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

        func validate() throws {
            try FlagCheck.notBlank(name, "NAME")
            try FlagCheck.notBlank(out, "--out")
        }

        func run() throws {
            let batch = try Store(path: store.path, readOnly: true).observations(of: name, year: year)
            try Terminal.emit(ObservationExport.longCSV(batch), to: out, format: .csv)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a dataset, its observations and its import log.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: "The dataset's name.") var name: String

        func validate() throws { try FlagCheck.notBlank(name, "NAME") }

        func run() throws {
            try Store(path: store.path, mustExist: true).deleteDataset(name)
            Terminal.printError(Localizer(global.lang)(.outputDatasetDeleted, ["name": name]))
        }
    }
}
