import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's output goes, written so that nothing is half-written and nothing but the target is
/// touched: a regular file (or a new one) is written beside itself and renamed over the old one in one
/// step; a symlink is followed to its target; a device or FIFO (`/dev/stdout`, a pipe) is written to
/// directly, never replaced; a directory is refused.
public enum OutputFile {
    public enum Target {
        /// Write to `temporary`, then `commit()` renames it onto `final`.
        case atomic(temporary: URL, final: URL)
        case direct(URL)
    }

    public static func target(_ path: String, parameter: Parameter = .out) throws -> Target {
        guard !path.isEmpty else {
            throw InputError("the output path is empty", id: "jalur keluaran kosong", at: SourceLocation(parameter: parameter))
        }
        let url = resolveLinks(URL(fileURLWithPath: path))
        var info = stat()
        if stat(url.path, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                throw InputError("\(path) is a folder", id: "\(path) adalah folder", at: SourceLocation(file: path, parameter: parameter),
                                 hint: "name a file inside it", hintID: "sebutkan nama berkas di dalamnya")
            }
            if kind != S_IFREG { return .direct(url) }
            // The output must not replace what the command reads, nor any SQLite store.
            if FilesRead.contains(url.path) {
                throw InputError(.outputIsInput, ["path": path], at: SourceLocation(file: path, parameter: parameter), hint: .outputIsInputHint)
            }
            if FilesRead.isDatabase(url.path) {
                throw InputError(.outputIsDatabase, ["path": path], at: SourceLocation(file: path, parameter: parameter), hint: .outputIsInputHint)
            }
        } else if url.path.hasSuffix("-wal") || url.path.hasSuffix("-shm"), FilesRead.isDatabase(url.path) {
            throw InputError(.outputIsDatabase, ["path": path], at: SourceLocation(file: path, parameter: parameter), hint: .outputIsInputHint)
        }
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
              FileManager.default.isWritableFile(atPath: folder.path) else {
            throw cannotWrite(path, parameter: parameter)
        }
        return .atomic(temporary: folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial"), final: url)
    }

    /// Follows symbolic links (even to a target that does not exist yet), at most 16 deep.
    static func resolveLinks(_ url: URL) -> URL {
        var current = url.standardizedFileURL
        for _ in 0..<16 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else { break }
            current = (destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                       : current.deletingLastPathComponent().appendingPathComponent(destination)).standardizedFileURL
        }
        return current
    }

    /// Writes the whole of `data` to `path`.
    public static func write(_ data: Data, to path: String, parameter: Parameter = .out) throws {
        switch try target(path, parameter: parameter) {
        case let .direct(url):
            guard let handle = try? FileHandle(forWritingTo: url) else { throw cannotWrite(path, parameter: parameter) }
            defer { try? handle.close() }
            do { try handle.write(contentsOf: data) } catch { throw cannotWrite(path, parameter: parameter) }
        case let .atomic(temporary, final):
            do { try data.write(to: temporary) } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw cannotWrite(path, parameter: parameter)
            }
            try commit(temporary: temporary, final: final, path: path, parameter: parameter)
        }
    }

    /// Renames a finished temporary file onto the final one (one step: a reader sees the old or the new file).
    /// The file replaced keeps its permission bits and, where the process may set them, its owner and group:
    /// a report kept private (0600) must not become readable by everyone because it was rewritten. A new
    /// file keeps the mode the umask gave it.
    public static func commit(temporary: URL, final: URL, path: String, parameter: Parameter = .out) throws {
        var old = stat()
        if stat(final.path, &old) == 0, old.st_mode & S_IFMT == S_IFREG {
            // Owner first: chown may clear set-id bits, which chmod then puts back.
            _ = chown(temporary.path, old.st_uid, old.st_gid)
            guard chmod(temporary.path, old.st_mode & 0o7777) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                throw cannotWrite(path, parameter: parameter)
            }
        }
        guard rename(temporary.path, final.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw cannotWrite(path, parameter: parameter)
        }
    }

    static func cannotWrite(_ path: String, parameter: Parameter) -> InputError {
        InputError("cannot write the output file", id: "berkas keluaran tidak dapat ditulis", at: SourceLocation(file: path, parameter: parameter),
                   hint: "check that its folder exists and is writable, and that the disk has room",
                   hintID: "periksa bahwa foldernya ada dan dapat ditulisi, dan disk masih lega")
    }
}
