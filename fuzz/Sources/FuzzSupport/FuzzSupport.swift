import Foundation
import SmartScore

/// What every fuzz target shares: the repository's bundled files, loaded once, and a scratch file for
/// the readers that take a path.
public enum Fuzz {
    /// The repository root: `SMARTSCORE_ROOT`, or three levels above this file (fuzz/Sources/FuzzSupport).
    public static let root: String = {
        if let root = ProcessInfo.processInfo.environment["SMARTSCORE_ROOT"], !root.isEmpty { return root }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }()

    public static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// The bundled catalogue; a failure here is a set-up error, not a finding.
    public static let catalogue: Catalogue = {
        do { return try Catalogue.load(directory: path("indicators")) } catch {
            fatalError("fuzz set-up: cannot load the catalogue from \(path("indicators")): \(error)")
        }
    }()

    public static let regions: RegionRegistry = {
        do { return try RegionRegistry.load(path: path("datasets/regions/regions.csv")) } catch {
            fatalError("fuzz set-up: cannot load the regions: \(error)")
        }
    }()

    /// A folder of this process's own, for the scratch files.
    static let directory: String = {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("smartscore-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()

    /// Writes `bytes` to this process's scratch file named `name` and returns its path.
    public static func scratch(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let file = fopen(path, "wb") else { fatalError("fuzz set-up: cannot write \(path)") }
        if bytes.count > 0 { _ = fwrite(bytes.baseAddress, 1, bytes.count, file) }
        fclose(file)
        return path
    }

    /// Runs `body`: returning, or throwing `InputError`/`InputErrors` (a message for the user), is fine;
    /// any other error is a finding and traps, so that libFuzzer saves the input.
    public static func expectInputErrors(_ what: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch is InputError {
        } catch let errors as InputErrors {
            if errors.errors.isEmpty { fatalError("\(what): InputErrors with no error") }
        } catch {
            fatalError("\(what): an error that is not an InputError: \(type(of: error)): \(error)")
        }
    }
}
