import ArgumentParser
import SmartScore

struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "List, show, search and validate the SNI indicator catalogue.",
        subcommands: [List.self, Show.self, Search.self, Validate.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List catalogue indicators, optionally filtered.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: Filters

        func run() throws {
            let catalogue = try global.workspace().catalogue
            try Terminal.emit(CatalogueReport.list(filters.filter().select(from: catalogue), format: filters.format, language: global.lang, width: global.textWidth()), to: nil, format: filters.format)
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Find indicators whose code, name (id or en), theme or unit contain every word of TEXT.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: Filters
        @Argument(help: "Words to look for, e.g. \"air minum\" or broadband.")
        var text: String

        func validate() throws {
            try FlagCheck.notBlank(text, "TEXT")
            try FlagCheck.notTooLong(text, "TEXT")
        }

        func run() throws {
            let catalogue = try global.workspace().catalogue
            try Terminal.emit(CatalogueReport.list(filters.filter(text: text).select(from: catalogue), format: filters.format, language: global.lang, width: global.textWidth()), to: nil, format: filters.format)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one indicator in full: mapping, goalposts and their basis, source confidence.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The indicator code, e.g. 37120:5.1.")
        var code: String
        @Option(help: FormatChoice.help(FormatChoice.catalogueShow))
        var format: OutputFormat = .table

        func validate() throws {
            try FlagCheck.notBlank(code, "CODE")
            try FlagCheck.notTooLong(code, "CODE")
            // Not .outputHTMLNotForCatalogue: it offers csv, which `show` does not write.
            try FormatChoice.check(format, FormatChoice.catalogueShow)
        }

        func run() throws {
            let catalogue = try global.workspace().catalogue
            let indicator = try catalogue.require(code)
            try Terminal.emit(CatalogueReport.show(indicator, catalogue: catalogue, format: format, language: global.lang, width: global.textWidth()), to: nil, format: format)
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the catalogue (and any --catalogue files): every field, every mapping, and coverage of each element and dimension.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let validation = CatalogueReport.validation(try global.workspace().catalogue, language: global.lang)
            try Terminal.emit(TextWrap.fit(validation.text, width: global.textWidth()), to: nil)
            guard validation.problems.isEmpty else { throw InputErrors(validation.problems) }
            Terminal.printError(Localizer(global.lang)(.outputCatalogueValid))
        }
    }
}
