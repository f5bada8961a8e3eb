import ArgumentParser
import SmartScore

/// Options every verb takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the text people read: id (Indonesian) or en (English); default $SMARTSCORE_LANG, else id.")
    var lang: Language = .fromEnvironment

    @Option(name: .long, help: "BLAS threads (default: $SMARTSCORE_THREADS, else OpenBLAS's choice).")
    var threads: Int?

    @Option(name: .long, help: ArgumentHelp("Your own indicator file (YAML) that adds or overrides catalogue entries. Repeatable.", valueName: "path"))
    var catalogue: [String] = []

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// Applies the thread setting (flag over environment) and loads the catalogue.
    func prepare() throws -> Catalogue {
        do {
            try BLASThreads.applyEnvironment()
        } catch let error as BLASThreads.ThreadSettingError {
            throw InputError(error.description, at: SourceLocation(flag: BLASThreads.environmentVariable),
                             hint: "set it to a positive whole number, or unset it")
        }
        if let threads { BLASThreads.set(threads) }
        return try Catalogue.load(directory: ResourceLocator.locate(.indicators), userFiles: catalogue)
    }
}

extension Language: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
