import Foundation
import SmartScore

/// Finds the folders smartscore ships beside its code (`indicators/`, `datasets/`) at run time.
///
/// In order: the folder's environment variable (`SMARTSCORE_INDICATORS`, `SMARTSCORE_DATASETS`); a
/// folder of that name beside or above the executable (a build inside the repository:
/// `.build/release/smartscore`); an installed copy under `<prefix>/share/smartscore/`; `./<name>`.
enum ResourceLocator {
    enum Resource: String, Sendable {
        case indicators, datasets

        var environmentVariable: String { "SMARTSCORE_\(rawValue.uppercased())" }
        /// A file that must be in the folder for it to count.
        var marker: String { self == .indicators ? "framework.yaml" : "regions/regions.csv" }
    }

    static func locate(_ resource: Resource, launch: Launch = Launch.current) throws -> String {
        let environment = launch.environment, executable = launch.executable
        if let explicit = environment[resource.environmentVariable], !explicit.isEmpty {
            guard holds(explicit, resource) else {
                throw InputError("\(resource.environmentVariable)=\(explicit) does not hold \(resource.marker)",
                                 id: "\(resource.environmentVariable)=\(explicit) tidak memuat \(resource.marker)",
                                 at: SourceLocation(flag: resource.environmentVariable),
                                 hint: "point it at the repository's \(resource.rawValue)/ folder",
                                 hintID: "arahkan ke folder \(resource.rawValue)/ milik repositori")
            }
            return explicit
        }
        var candidates: [String] = []
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent(resource.rawValue).path)
            candidates.append(dir.appendingPathComponent("share/smartscore/\(resource.rawValue)").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(launch.workingDirectory + "/\(resource.rawValue)")
        if let found = candidates.first(where: { holds($0, resource) }) { return found }
        throw InputError("cannot find smartscore's \(resource.rawValue)/ folder", id: "folder \(resource.rawValue)/ milik smartscore tidak ditemukan",
                         hint: "set \(resource.environmentVariable) to the folder that holds \(resource.marker)",
                         hintID: "isi \(resource.environmentVariable) dengan folder yang memuat \(resource.marker)")
    }

    static func holds(_ path: String, _ resource: Resource) -> Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(resource.marker))
    }
}
