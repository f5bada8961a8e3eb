import ArgumentParser
import SmartScore

/// Options every verb takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the text people read: id (Indonesian) or en (English); default $SMARTSCORE_LANG, else id.")
    var lang: Language = Launch.current.language

    @Option(name: .long, parsing: .unconditional, help: "Worker threads of the analyses (default: $SMARTSCORE_THREADS, else the machine's cores). Results are the same bytes for any count.")
    var threads: Int?

    @Option(name: .long, help: ArgumentHelp("Your own indicator file (YAML) that adds or overrides catalogue entries. Repeatable.", valueName: "path"))
    var catalogue: [String] = []

    @Flag(name: .long, help: "Whole lines: no fitting of tables and text to the terminal's width ($COLUMNS, else the terminal's own; a file, or a pipe without $COLUMNS, gets whole lines).")
    var wide = false

    func validate() throws {
        try FlagCheck.atLeast(threads, 1, "--threads")
        try FlagCheck.notBlank(catalogue, "--catalogue")
    }

    /// The workspace: the catalogue folder found beside the binary (or named by the environment), the
    /// datasets folder when there is one, the user's catalogue files and programme file.
    func workspace(programmes: String? = nil) throws -> Workspace {
        _ = try workerThreads()     // a malformed SMARTSCORE_THREADS is bad input for every verb
        // The datasets folder is optional (a --data run needs no region list), unless the user named one.
        let named = Launch.current.environment[ResourceLocator.Resource.datasets.environmentVariable].map { !$0.isEmpty } ?? false
        let datasets = named ? try ResourceLocator.locate(.datasets) : try? ResourceLocator.locate(.datasets)
        return try Workspace(paths: WorkspacePaths(indicators: ResourceLocator.locate(.indicators), datasets: datasets,
                                            userCatalogues: catalogue, programmes: programmes,
                                            compiledCatalogue: CatalogueCacheLocation.resolve()))
    }

    /// Worker threads, flag over environment over the machine's cores.
    func workerThreads() throws -> Int { try Launch.current.workerThreads(flag: threads) }
}

extension Language: ExpressibleByArgument {}
/// The values are not listed by ArgumentParser: it would list every case on every verb, and each verb takes
/// its own few (its help says which, from `FormatChoice`).
extension OutputFormat: ExpressibleByArgument {
    public static var allValueStrings: [String] { [] }
}
