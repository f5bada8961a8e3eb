import ArgumentParser
import SmartScore

/// `smartscore regions`: the 514 regencies and cities of the region list, searched by name or code.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Find region codes: search the list of 514 regencies and cities by name or code, or list them.",
        subcommands: [Search.self, List.self],
        defaultSubcommand: Search.self
    )

    /// The options both subcommands take.
    struct Options: ParsableArguments {
        @Option(help: "Only the regions of this province, e.g. \"Sulawesi Tengah\".")
        var province: String?
        @Option(help: FormatChoice.help(FormatChoice.regions))
        var format: OutputFormat = .table

        func validate() throws {
            try FlagCheck.notBlank(province, "--province")
            try FlagCheck.notTooLong(province, "--province")
            try FormatChoice.check(format, FormatChoice.regions)
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find regions by name (\"Palu\", \"Kab. Bandung\"; case, accents and small misspellings forgiven) or by code (72.71, 7271, or the province's 72).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: Options
        @Argument(help: "A name or a code, e.g. \"Kota Palu\", Bandung, 7271 or 72.")
        var text: String

        func validate() throws {
            try FlagCheck.notBlank(text, "TEXT")
            try FlagCheck.notTooLong(text, "TEXT")
        }

        func run() throws {
            let found = try global.workspace().searchRegions(text, province: options.province)
            if let note = RegionsReport.closeSpellingNote(found, language: global.lang) { Terminal.printError(note) }
            try Terminal.emit(RegionsReport.render(found.regions, search: found, format: options.format, language: global.lang, width: global.textWidth()),
                              to: nil, format: options.format)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every region, or those of --province, in code order.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: Options

        func run() throws {
            let regions = try global.workspace().listRegions(province: options.province)
            try Terminal.emit(RegionsReport.render(regions, format: options.format, language: global.lang, width: global.textWidth()), to: nil, format: options.format)
        }
    }
}
