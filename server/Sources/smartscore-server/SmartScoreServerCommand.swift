import ArgumentParser
import Foundation
import Logging
import SmartScore
import SmartScoreServer

/// `smartscore-server`: the dashboard's process, which `smartscore serve` starts with the same flags (it
/// checks them first and passes them on). It may be run on its own too: `make serve` does.
@main
struct SmartScoreServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smartscore-server",
        abstract: "The smartscore web dashboard: the ranking, a city's pages, what-if weights and the JSON API, on the store read-only.")

    @Option(help: ArgumentHelp("The SQLite store (default: $SMARTSCORE_DB, else ./smartscore.sqlite).", valueName: "path")) var db: String?
    @Option(help: "The dataset shown by default (default: default, else the store's first).") var dataset: String?
    @Option(help: "The address to listen on (loopback by default).") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Flag(help: "Allow uploads into datasets (POST /api/v1/datasets/NAME/import), guarded by --token-file.") var allowImport = false
    @Option(help: ArgumentHelp("A file whose first line is the uploaders' bearer token (16 characters or more).", valueName: "path")) var tokenFile: String?
    @Option(help: "The language of pages and messages unless a request asks for the other: id or en (default: $SMARTSCORE_LANG, else id).") var lang: String?
    @Option(help: ArgumentHelp("The catalogue folder (default: $SMARTSCORE_INDICATORS, else found above this executable).", valueName: "path")) var indicators: String?
    @Option(help: ArgumentHelp("The bundled data folder (default: $SMARTSCORE_DATASETS, else found above this executable).", valueName: "path")) var datasets: String?
    @Option(help: "The largest upload in MiB.") var uploadLimit = 16

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let language = Language(rawValue: (lang ?? environment["SMARTSCORE_LANG"] ?? "id").lowercased()) ?? .id
        do {
            let settings = try settings(environment: environment, language: language)
            let dashboard = try Dashboard(settings: settings)
            var logger = Logger(label: "smartscore-server")
            logger.logLevel = .warning
            try await DashboardServer.application(dashboard, logger: logger).runService()
        } catch let error as InputError {
            FileHandle.standardError.write(Data((error.rendered(language: language, naming: { "--" + $0.rawValue.replacingOccurrences(of: "_", with: "-") }) + "\n").utf8))
            throw ExitCode(1)
        } catch let error as InputErrors {
            FileHandle.standardError.write(Data((error.rendered(language: language) + "\n").utf8))
            throw ExitCode(1)
        }
    }

    func settings(environment: [String: String], language: Language) throws -> ServerSettings {
        guard (1...65535).contains(port) else {
            throw InputError("--port must be between 1 and 65535, not \(port)", id: "--port harus antara 1 dan 65535, bukan \(port)", at: SourceLocation(flag: "--port"))
        }
        guard (1...1024).contains(uploadLimit) else {
            throw InputError("--upload-limit must be between 1 and 1024 MiB", id: "--upload-limit harus antara 1 dan 1024 MiB", at: SourceLocation(flag: "--upload-limit"))
        }
        var token: String?
        if allowImport {
            guard let tokenFile else { throw InputError(.serveTokenFileNeeded, at: SourceLocation(flag: "--token-file")) }
            guard let read = UploadToken.read(path: tokenFile) else {
                throw InputError(.serveTokenFileUnreadable, ["path": tokenFile], at: SourceLocation(flag: "--token-file"))
            }
            token = read
        }
        let store = db ?? environment["SMARTSCORE_DB"] ?? "smartscore.sqlite"
        let paths = WorkspacePaths(indicators: try Self.locate("indicators", marker: "framework.yaml", flag: indicators, environment: environment),
                                   datasets: try? Self.locate("datasets", marker: "regions/regions.csv", flag: datasets, environment: environment))
        return ServerSettings(storePath: store, dataset: dataset, host: host, port: port, allowImport: allowImport, token: token,
                              language: language, paths: paths, uploadLimit: uploadLimit << 20)
    }

    /// A folder the repository ships: the flag, else its environment variable, else the first of the
    /// executable's ancestors that holds it (a build in `server/.build/release` finds the repository's).
    static func locate(_ name: String, marker: String, flag: String?, environment: [String: String]) throws -> String {
        if let given = flag ?? environment["SMARTSCORE_\(name.uppercased())"], !given.isEmpty { return given }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(marker).path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        let here = FileManager.default.currentDirectoryPath + "/" + name
        if FileManager.default.fileExists(atPath: here + "/" + marker) { return here }
        throw InputError("cannot find smartscore's \(name)/ folder", id: "folder \(name)/ milik smartscore tidak ditemukan",
                         at: SourceLocation(flag: "--\(name)"))
    }
}
