import ArgumentParser
import Foundation
import SmartScore

/// `smartscore serve`: the web dashboard (issue 21). The server is a package of its own (`server/`, so the
/// main build never compiles Hummingbird); this verb checks the flags as every verb does, then replaces
/// itself with the `smartscore-server` binary, passing them on with the folders and store it resolved.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web dashboard: the ranking, a city's pages, what-if weights and a JSON API under /api/v1/.",
        discussion: """
        Loopback and read-only by default; SIGINT or SIGTERM stops it cleanly. Uploads into datasets exist only \
        with --allow-import, guarded by the bearer token of --token-file. Build the server first: make serve, \
        or swift build -c release --package-path server.
        """)

    @Option(name: .long, help: ArgumentHelp("The language of pages and messages unless a page asks for the other: id or en (default $SMARTSCORE_LANG, else id).", valueName: "lang"))
    var lang: Language = Launch.current.language
    @OptionGroup var store: StoreOptions
    @Option(help: "The dataset shown by default (default: default, else the store's first).") var dataset: String?
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(parsing: .unconditional, help: "The port to listen on.") var port = 8080
    @Flag(help: "Allow uploads into datasets (POST /api/v1/datasets/NAME/import) with the token of --token-file.") var allowImport = false
    @Option(help: ArgumentHelp("A file whose first line is the uploaders' bearer token (16 characters or more).", valueName: "path"))
    var tokenFile: String?

    func validate() throws {
        try FlagCheck.atLeast(port, 1, "--port")
        try FlagCheck.atMost(port, 65535, "--port")
        try FlagCheck.notBlank(host, "--host")
        try FlagCheck.notBlank(dataset, "--dataset")
        try FlagCheck.notTooLong(dataset, "--dataset")
        try FlagCheck.notBlank(tokenFile, "--token-file")
    }

    func run() throws {
        if allowImport {
            guard let tokenFile else { throw InputError(.serveTokenFileNeeded, at: SourceLocation(flag: "--token-file")) }
            guard UploadToken.read(path: tokenFile) != nil else {
                throw InputError(.serveTokenFileUnreadable, ["path": tokenFile], at: SourceLocation(flag: "--token-file"))
            }
        }
        // The store is opened as the server will open it, so that a missing or foreign store is said here.
        let storePath = store.path
        _ = try Store(path: storePath, readOnly: true)
        let indicators = try ResourceLocator.locate(.indicators)
        let datasets = try? ResourceLocator.locate(.datasets)
        let server = try Self.serverBinary(indicators: indicators)
        var arguments = [server, "--db", storePath, "--host", host, "--port", String(port), "--lang", lang.rawValue, "--indicators", indicators]
        if let datasets { arguments += ["--datasets", datasets] }
        if let dataset { arguments += ["--dataset", dataset] }
        if allowImport, let tokenFile { arguments += ["--allow-import", "--token-file", tokenFile] }
        let argv = arguments.map { strdup($0) } + [nil]
        execv(server, argv)
        // execv returns only when it failed.
        throw InputError(.serveStartFailed, ["path": server, "reason": String(cString: strerror(errno))])
    }

    /// `smartscore-server` beside this executable (an installed pair), else the server package's release or
    /// debug build in the repository the catalogue folder belongs to.
    static func serverBinary(indicators: String) throws -> String {
        let beside = URL(fileURLWithPath: Launch.current.executable).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("smartscore-server").path
        let repository = URL(fileURLWithPath: indicators).deletingLastPathComponent()
        let places = [beside] + ["release", "debug"].map { repository.appendingPathComponent("server/.build/\($0)/smartscore-server").path }
        if let found = places.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        throw InputError(.serveServerMissing, ["places": places.joined(separator: ", ")], hint: .serveServerMissingHint)
    }
}
