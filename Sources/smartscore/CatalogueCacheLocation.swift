import Foundation
import SmartScore

/// Where the compiled catalogues are kept (see `CompiledCatalogue`), resolved at the entry point as every
/// other path is: `SMARTSCORE_CACHE` (a folder; `off` keeps none), else `$XDG_CACHE_HOME/smartscore`,
/// else `~/.cache/smartscore`. The build is told apart by its executable's path, size and modification
/// time, so that a rebuilt smartscore never reads what an older one compiled.
enum CatalogueCacheLocation {
    static let environmentVariable = "SMARTSCORE_CACHE"

    static func resolve(launch: Launch = Launch.current) -> CompiledCatalogue? {
        let environment = launch.environment
        let folder: String
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            guard explicit != "off" else { return nil }
            folder = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            folder = xdg + "/smartscore"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            folder = home + "/.cache/smartscore"
        } else {
            return nil
        }
        // The running binary itself, however it was started (a bare name found on PATH included).
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: launch.executable).resolvingSymlinksInPath().path
        var info = stat()
        guard stat(executable, &info) == 0 else { return nil }
        let build = "\(executable) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        return CompiledCatalogue(folder: folder, build: build)
    }
}
