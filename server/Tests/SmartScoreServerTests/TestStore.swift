import Foundation
import SmartScore
@testable import SmartScoreServer

/// A store made once for the tests: `demo` (the demo cohort's 2021 values), `xss` (four cities, one of
/// them named `<script>…`) and `years` (the demo cohort's 2019–2022, where 2022 holds only a few values),
/// written by the library's own import, as `smartscore import` writes it.
enum TestStore {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let paths = WorkspacePaths(indicators: root.appendingPathComponent("indicators").path,
                                      datasets: root.appendingPathComponent("datasets").path)
    static let hostileName = "<script>alert(1)</script>"

    /// The folder and store path, made on first use.
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-server-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = try! String(contentsOf: root.appendingPathComponent("datasets/demo/demo_cohort.csv"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let header = lines[0]
        let of2021 = lines.dropFirst().filter { $0.contains(",2021,") }
        try! ([header] + of2021).joined(separator: "\n").appending("\n").write(to: folder.appendingPathComponent("demo.csv"), atomically: true, encoding: .utf8)
        let few = of2021.filter { $0.hasPrefix("15.71,") || $0.hasPrefix("72.71,") || $0.hasPrefix("31.71,") }
        let hostile = of2021.filter { $0.hasPrefix("72.71,") }.map { $0.replacingOccurrences(of: "72.71,Kota Palu,", with: "99.99,\(hostileName),") }
        try! ([header] + few + hostile).joined(separator: "\n").appending("\n").write(to: folder.appendingPathComponent("xss.csv"), atomically: true, encoding: .utf8)
        // The third field is the year (the file quotes nothing).
        let years = lines.dropFirst().filter { (2019...2022).contains(Int($0.split(separator: ",", omittingEmptySubsequences: false)[2]) ?? 0) }
        try! ([header] + years).joined(separator: "\n").appending("\n").write(to: folder.appendingPathComponent("years.csv"), atomically: true, encoding: .utf8)
        let workspace = try! Workspace(paths: paths)
        let store = folder.appendingPathComponent("test.sqlite").path
        _ = try! workspace.importFiles([folder.appendingPathComponent("demo.csv").path], csv: CSVSpec(), storePath: store, dataset: "demo",
                                      replace: false, dryRun: false)
        _ = try! workspace.importFiles([folder.appendingPathComponent("xss.csv").path], csv: CSVSpec(), storePath: store, dataset: "xss",
                                      replace: false, dryRun: false)
        _ = try! workspace.importFiles([folder.appendingPathComponent("years.csv").path], csv: CSVSpec(), storePath: store, dataset: "years",
                                      replace: false, dryRun: false)
        return folder
    }()

    static var storePath: String { folder.appendingPathComponent("test.sqlite").path }

    /// A copy of the store, for a test that may write (the upload tests), in a folder of its own.
    static func copy() throws -> String {
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-server-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let path = other.appendingPathComponent("test.sqlite").path
        try FileManager.default.copyItem(atPath: storePath, toPath: path)
        return path
    }

    static func settings(store: String = storePath, allowImport: Bool = false, token: String? = nil, uploadLimit: Int = 16 << 20) -> ServerSettings {
        ServerSettings(storePath: store, dataset: "demo", allowImport: allowImport, token: token, language: .id, paths: paths, uploadLimit: uploadLimit)
    }

    /// The bytes of the store file and its WAL: what "the store is unchanged" compares.
    static func contents(_ store: String) throws -> [Data] {
        try ["", "-wal"].filter { FileManager.default.fileExists(atPath: store + $0) }.map { try Data(contentsOf: URL(fileURLWithPath: store + $0)) }
    }
}
