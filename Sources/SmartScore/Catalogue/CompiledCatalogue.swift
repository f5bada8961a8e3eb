import Crypto
import Foundation

/// The indicator catalogue and the programme catalogue as loaded, kept compiled in a cache folder so that
/// a command does not parse half a megabyte of YAML (~0.15 s) before its own work: reading the compiled
/// form takes a few milliseconds.
///
/// The key is a SHA-256 of everything the result depends on: the cache format, the build that reads it
/// (a new smartscore may parse the same files differently), and the path and bytes of every file read
/// (framework, the four standards' files, owners, the user's own catalogue files, the programmes). Any
/// change to any of them is another key, so a stale entry is never read; an entry that does not read back
/// whole is ignored. Only a load that succeeded is kept: a broken file is parsed (and reported) every time.
public struct CompiledCatalogue: Sendable, Equatable {
    /// Bump when the byte layout (`CompiledCatalogue+Coding`) changes.
    static let formatVersion = 1
    static let magic: [UInt8] = Array("smartscore-catalogue\n".utf8)
    /// Entries kept in the folder; older ones are removed when a new one is written (each checkout, user
    /// catalogue and build has its own).
    static let keptEntries = 16

    public let folder: String
    /// What identifies the running build (the CLI passes its executable's size and modification time).
    public let build: String

    public init(folder: String, build: String) {
        self.folder = folder
        self.build = build
    }

    /// The key of the catalogue read from `files` (in reading order), nil when one cannot be read (the
    /// normal load then reports it).
    func key(files: [String]) -> String? {
        var hasher = SHA256()
        hasher.update(data: Data("format \(Self.formatVersion)\nbuild \(build)\n".utf8))
        for file in files {
            hasher.update(data: Data("file \(file)\n".utf8))
            if FileManager.default.fileExists(atPath: file) {
                guard let bytes = FileManager.default.contents(atPath: file) else { return nil }
                hasher.update(data: Data("\(bytes.count)\n".utf8))
                hasher.update(data: bytes)
            } else {
                hasher.update(data: Data("absent\n".utf8))
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    func entryPath(_ key: String) -> String {
        (folder as NSString).appendingPathComponent("catalogue-\(key).bin")
    }

    /// The compiled catalogue of `key`, when the folder has it whole.
    func load(key: String) -> (catalogue: Catalogue, programmes: ProgrammeCatalogue)? {
        guard let data = FileManager.default.contents(atPath: entryPath(key)) else { return nil }
        var reader = BinaryReader([UInt8](data))
        do {
            guard try reader.raw(Self.magic.count).elementsEqual(Self.magic), try reader.string() == key else { return nil }
            let catalogue = try reader.catalogue()
            let programmes = try reader.programmes()
            guard reader.isAtEnd else { return nil }
            return (catalogue, programmes)
        } catch {
            return nil
        }
    }

    /// Keeps the compiled catalogue under `key`: written to a temporary file and renamed, so that a reader
    /// (another smartscore at the same moment) sees the whole entry or none. A folder that cannot be
    /// written only costs the next command the parse.
    func store(key: String, catalogue: Catalogue, programmes: ProgrammeCatalogue) {
        var writer = BinaryWriter()
        writer.raw(Self.magic)
        writer.string(key)
        writer.catalogue(catalogue)
        writer.programmes(programmes)
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = (folder as NSString).appendingPathComponent(".catalogue-\(key)-\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard manager.createFile(atPath: temporary, contents: Data(writer.bytes)) else { return }
            if rename(temporary, entryPath(key)) != 0 { try? manager.removeItem(atPath: temporary) }
            prune()
        } catch {
            return
        }
    }

    /// Removes all but the newest `keptEntries` entries.
    private func prune() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        let entries = names.filter { $0.hasPrefix("catalogue-") && $0.hasSuffix(".bin") }.map { name -> (String, Date) in
            let path = (folder as NSString).appendingPathComponent(name)
            return (path, (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast)
        }
        guard entries.count > Self.keptEntries else { return }
        for (path, _) in entries.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.keptEntries) {
            try? manager.removeItem(atPath: path)
        }
    }
}
