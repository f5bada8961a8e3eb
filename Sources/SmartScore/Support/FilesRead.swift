import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files this process has read its input from (data files, YAML files, the store), by device and
/// inode, so that `--out` can refuse to replace one of them: `rank --data g.csv --out g.csv` or
/// `datasets export --db s.sqlite --out s.sqlite` would otherwise destroy the input with exit 0. By inode,
/// not by name, so that a symlink, `./g.csv` or another spelling of the path is the same file.
public enum FilesRead {
    /// A file as the system knows it. The change time is part of it because an inode is reused: a file read
    /// and deleted (a workbook's temporary copy) must not make a new file with its old inode "read" too.
    struct Identity: Hashable { let device: UInt64; let inode: UInt64; let changed: Int64; let changedNanoseconds: Int64 }

    private final class Registry: @unchecked Sendable {
        let lock = NSLock()
        var files: Set<Identity> = []
    }
    private static let registry = Registry()

    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let changed = info.st_ctimespec
        #else
        let changed = info.st_ctim
        #endif
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                        changed: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec))
    }

    /// Records that `path` is read by this process (nothing when it does not exist).
    public static func record(_ path: String) {
        guard let id = identity(of: path) else { return }
        registry.lock.lock(); defer { registry.lock.unlock() }
        registry.files.insert(id)
    }

    /// Whether `path` names a file this process has read.
    public static func contains(_ path: String) -> Bool {
        guard let id = identity(of: path) else { return false }
        registry.lock.lock(); defer { registry.lock.unlock() }
        return registry.files.contains(id)
    }

    /// Whether `path` is an SQLite database (its first 16 bytes are SQLite's header) or one of the
    /// -wal, -shm or -journal files beside one: a report must never be written over a store.
    static func isDatabase(_ path: String) -> Bool {
        for suffix in ["-wal", "-shm", "-journal"] where path.hasSuffix(suffix) {
            if isDatabase(String(path.dropLast(suffix.count))) { return true }
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }
}
