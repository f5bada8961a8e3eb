import Foundation

/// Finds the bundled catalogue folder (`indicators/`) at run time.
///
/// In order: `$SMARTSCORE_INDICATORS`; an `indicators/` folder beside or above the executable (a build
/// inside the repository: `.build/release/smartscore`); an installed copy under
/// `<prefix>/share/smartscore/indicators` (`make install`); `./indicators`.
public enum CatalogueLocator {
    public static let environmentVariable = "SMARTSCORE_INDICATORS"

    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments.first ?? ""
    ) throws -> String {
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            guard isCatalogue(explicit) else {
                throw InputError("\(environmentVariable)=\(explicit) does not hold framework.yaml",
                                 hint: "point it at the catalogue folder (the repository's indicators/)")
            }
            return explicit
        }
        var candidates: [String] = []
        let exeURL = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var dir = exeURL.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("indicators").path)
            candidates.append(dir.appendingPathComponent("share/smartscore/indicators").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/indicators")
        if let found = candidates.first(where: isCatalogue) { return found }
        throw InputError("cannot find the indicator catalogue",
                         hint: "set \(environmentVariable) to the folder that holds framework.yaml")
    }

    static func isCatalogue(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("framework.yaml"))
    }
}
