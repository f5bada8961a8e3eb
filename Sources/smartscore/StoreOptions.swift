import ArgumentParser
import SmartScore

/// `--db PATH`: the SQLite store (default `$SMARTSCORE_DB`, else `./smartscore.sqlite`).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite store (default: $SMARTSCORE_DB, else ./smartscore.sqlite).", valueName: "path"))
    var db: String?

    /// The store's path. `--db ''` stays empty, so that the store refuses it naming --db, rather than
    /// falling back to another store the user did not name.
    var path: String {
        _ = StoreOptions.busyTimeoutApplied
        return db == "" ? "" : Launch.current.storePath(flag: db)
    }

    /// `SMARTSCORE_BUSY_TIMEOUT` (seconds an import waits for another; default 30) handed to the library
    /// once, before the first store is opened: every command that opens a store asks for its path first.
    /// A malformed value is kept as its error, which opening the store reports.
    static let busyTimeoutApplied: Void = {
        guard let raw = Launch.current.environment["SMARTSCORE_BUSY_TIMEOUT"] else { return }
        if let seconds = Double(raw.trimmingCharacters(in: .whitespaces)), seconds >= 0, seconds.isFinite {
            Store.frontEndBusyTimeout = .success(seconds)
        } else {
            Store.frontEndBusyTimeout = .failure(InputError(.storeBusyTimeoutInvalid, ["value": raw], at: SourceLocation(flag: "SMARTSCORE_BUSY_TIMEOUT"),
                                                            hint: .storeBusyTimeoutInvalidHint))
        }
    }()
}

/// How to read an observation CSV: shared by `import` and every verb that takes `--data FILE`.
struct CSVOptions: ParsableArguments {
    @Option(help: "Field separator: comma, semicolon or tab (default: detected from the header).")
    var separator: CSVDialect.Separator?
    @Option(help: "Decimal mark: point or comma (default: detected from the values).")
    var decimal: CSVDialect.DecimalMark?
    @Option(help: "Layout: long (city_code,city_name,year,indicator,value) or wide (city_code,city_name,year,<code>…) (default: detected).")
    var layout: CSVLayout?
    @Option(help: ArgumentHelp("A mapping file (YAML) from a spreadsheet export's columns to indicator codes.", valueName: "path"))
    var mapping: String?

    func validate() throws {
        try FlagCheck.notBlank(mapping, "--mapping")
    }

    func spec(lenient: Bool = false) -> CSVSpec {
        var spec = CSVSpec(separator: separator, decimal: decimal, layout: layout, mapping: mapping, lenient: lenient)
        // A large file shows how far its reading has come, on a terminal only.
        spec.progress = ProgressBar.make(.progressReadingFile, language: Launch.current.requestedLanguage)
        return spec
    }
}

extension CSVDialect.Separator: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\\t", "\t", "tab": self = .tab
        default: return nil
        }
    }
    public static var allValueStrings: [String] { ["comma", "semicolon", "tab"] }
}

extension CSVDialect.DecimalMark: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case ".", "point": self = .point
        case ",", "comma": self = .comma
        default: return nil
        }
    }
    public static var allValueStrings: [String] { ["point", "comma"] }
}

extension CSVLayout: ExpressibleByArgument {}
