import Foundation
import SmartScore
import Testing

/// Issue 15 at the command line: a damaged store, a read-only folder, a killed import, a bad --db. Each
/// bad input gives exit 1 and a message naming the file or flag, in both languages, and the store unchanged.
@Suite("CLI: store safety (damaged stores, read-only folders, kill -9, bad --db)")
struct CLIStoreSafetyTests {
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-safety-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit {
            chmod(url.path, 0o755)
            try? FileManager.default.removeItem(at: url)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func run(_ args: [String], environment: [String: String] = [:]) throws -> CLIResult {
            try CLI.run(args, environment: environment, in: CLI.root)
        }
    }

    static let small = "datasets/examples/long.csv"
    static let demo = "datasets/demo/demo_cohort.csv"

    // MARK: 3. Damaged stores

    @Test("a damaged store (a page overwritten, or the file cut short) is refused by import and by read verbs: exit 1, the file named, nothing written")
    func testDamagedStoreIsRefusedForImportAndRead() throws {
        let f = try Folder()
        let sound = f.path("sound.sqlite")
        #expect(try f.run(["import", Self.demo, "--dataset", "demo", "--db", sound]).status == 0)
        let size = try FileManager.default.attributesOfItem(atPath: sound)[.size] as! Int
        #expect(size > 20 * 4096)
        // Three whole pages of garbage in the middle (B-tree pages: SQLite has no checksum on a value's
        // bytes, so a page's structure is what a check can find broken); and the last half cut off.
        let overwritten = f.path("overwritten.sqlite"), truncated = f.path("truncated.sqlite")
        try FileManager.default.copyItem(atPath: sound, toPath: overwritten)
        try FileManager.default.copyItem(atPath: sound, toPath: truncated)
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: overwritten))
        try h.seek(toOffset: UInt64(size / 4096 / 2 * 4096))
        h.write(Data(repeating: 0xA5, count: 3 * 4096))
        try h.close()
        #expect(truncate(truncated, off_t(size / 2)) == 0)
        for damaged in [overwritten, truncated] {
            let before = try Data(contentsOf: URL(fileURLWithPath: damaged))
            for (args, lang) in [(["rank", "--dataset", "demo"], "en"), (["datasets", "list"], "id"), (["import", Self.small], "en"),
                                 (["import", Self.small, "--dry-run"], "id"), (["datasets", "delete", "demo"], "en")] {
                let r = try f.run(args + ["--db", damaged, "--lang", lang])
                #expect(r.status == 1, "\(args) on \(damaged): \(r.stderr)")
                #expect(r.stderr.contains("--db \(damaged)"))
                #expect(r.stderr.contains(lang == "en" ? "is damaged" : "rusak"), "\(r.stderr)")
                #expect(r.stderr.contains(lang == "en" ? "restore the store from a backup" : "pulihkan basis data dari cadangan"))
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: damaged)) == before)
        }
    }

    // MARK: 4. Read-only folders

    /// Runs the binary as user nobody (tests run as root here, and root may write in any folder).
    static func runAsNobody(_ args: [String]) throws -> CLIResult? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path] + args
        process.environment = CLI.environment(["SMARTSCORE_LANG": "en"])
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test("a store in a read-only folder serves the read verbs without making -wal or -shm files; an import there says the folder is not writable")
    func testReadOnlyFolderServesReadVerbs() throws {
        let f = try Folder()
        let made = f.path("made.sqlite")
        #expect(try f.run(["import", Self.small, "--dataset", "ex", "--db", made]).status == 0)
        let folder = f.path("readonly")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let store = folder + "/s.sqlite"
        try FileManager.default.copyItem(atPath: made, toPath: store)
        #expect(!FileManager.default.fileExists(atPath: made + "-wal"))   // the import merged its log before closing
        chmod(store, 0o444)
        chmod(folder, 0o555)
        chmod(f.url.path, 0o755)
        // Root ignores the folder's permissions, so the proof runs the binary as user nobody, for whom
        // 0555 is read-only. Without setpriv (or when not root, the plain run is that proof already).
        func asNobody(_ args: [String]) throws -> CLIResult? {
            if getuid() == 0 { return try Self.runAsNobody(args) }
            return try f.run(args)
        }
        guard let rank = try asNobody(["rank", "--dataset", "ex", "--db", store]) else {
            print("skipped: running as root without /usr/bin/setpriv, a read-only folder cannot be made here")
            return
        }
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.contains("Kota Palu"))
        let list = try asNobody(["datasets", "list", "--db", store])!
        #expect(list.status == 0 && list.stdout.contains("ex"), "\(list.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["s.sqlite"])
        let csv = CLI.root.appendingPathComponent(Self.small).path    // nobody runs in /
        let write = try asNobody(["import", csv, "--dataset", "more", "--db", store])!
        #expect(write.status == 1)
        #expect(write.stderr.contains("the folder of the store \(store), \(folder), is not writable"), "\(write.stderr)")
        let fresh = try asNobody(["import", csv, "--db", folder + "/new.sqlite"])!
        #expect(fresh.status == 1 && fresh.stderr.contains("is not writable"), "\(fresh.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["s.sqlite"])
    }

    // MARK: 5. Atomicity under kill -9

    /// Starts an import, kills it with SIGKILL after `delay` seconds (or lets it finish first).
    static func killedImport(_ args: [String], after delay: Double) throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = args
        process.environment = CLI.environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test("an import killed with SIGKILL at any moment leaves all of it or none of it, a sound store, and the next import works; a new store appears whole or not at all")
    func testKilledImportIsAllOrNothing() throws {
        let f = try Folder()
        let big = f.path("big.csv")
        let generated = try f.run(["datasets", "generate", "--cohort", "regions", "--years", "2021", "--out", big])
        #expect(generated.status == 0, "\(generated.stderr)")
        let base = f.path("base.sqlite")
        #expect(try f.run(["import", Self.small, "--dataset", "base", "--db", base]).status == 0)
        let before = try Store(path: base, readOnly: true).tableCounts()
        let complete = f.path("complete.sqlite")
        try FileManager.default.copyItem(atPath: base, toPath: complete)
        let started = Date()
        #expect(try f.run(["import", big, "--dataset", "big", "--db", complete]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let after = try Store(path: complete, readOnly: true).tableCounts()
        #expect(after["observation"]! > before["observation"]! + 100_000)
        // Early (reading the file), and through the writing, which comes last.
        let moments = [0.05, 0.15, 0.4, duration * 0.7, duration * 0.9]
        for (k, moment) in moments.enumerated() {
            let store = f.path("killed\(k).sqlite")
            try FileManager.default.copyItem(atPath: base, toPath: store)
            try Self.killedImport(["import", big, "--dataset", "big", "--db", store], after: moment)
            let opened = try Store(path: store, readOnly: true)
            let counts = try opened.tableCounts()
            #expect(counts == before || counts == after, "killed after \(moment) s: \(counts)")
            #expect(try opened.integrityProblems().isEmpty)
            #expect(try f.run(["import", Self.small, "--dataset", "next", "--db", store]).status == 0)
            // Into a new store: nothing at the target, or the whole store; the killed import's temporaries
            // do not stand in the way of the next one.
            let new = f.path("new\(k).sqlite")
            try Self.killedImport(["import", big, "--dataset", "big", "--db", new], after: moment)
            if FileManager.default.fileExists(atPath: new) {
                let made = try Store(path: new, readOnly: true)
                #expect(try made.tableCounts()["observation"] == after["observation"]! - before["observation"]!)
                #expect(try made.integrityProblems().isEmpty)
            }
            let next = try f.run(["import", Self.small, "--dataset", "next", "--db", new])
            #expect(next.status == 0, "\(next.stderr)")
        }
    }

    // MARK: 8. Paths that are no store file

    @Test("--db '' is an error naming --db (SQLite would use a temporary database); a FIFO or a folder as --db is refused at once")
    func testBadDbPathIsRefusedNamingTheFlag() throws {
        let f = try Folder()
        for (args, lang, words) in [(["import", Self.small], "en", "--db: error: --db is empty"), (["rank"], "id", "--db: kesalahan: --db kosong")] {
            let r = try f.run(args + ["--db", "", "--lang", lang])
            #expect(r.status == 1 && r.stderr.contains(words), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent("smartscore.sqlite").path))
        let fifo = f.path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        for args in [["rank"], ["import", Self.small], ["datasets", "list"]] {
            let started = Date()
            let r = try f.run(args + ["--db", fifo])
            #expect(r.status == 1 && r.stderr.contains("\(fifo) is a named pipe (FIFO), not a store file"), "\(r.stderr)")
            #expect(Date().timeIntervalSince(started) < 20)
        }
        let folder = try f.run(["import", Self.small, "--db", f.url.path, "--lang", "id"])
        #expect(folder.status == 1 && folder.stderr.contains("adalah sebuah folder, bukan berkas basis data"), "\(folder.stderr)")
    }

    // MARK: 1. Concurrent writers, at the command line

    @Test("SMARTSCORE_BUSY_TIMEOUT is the import's wait for another writer; a malformed value is an error naming it")
    func testBusyTimeoutVariable() throws {
        let f = try Folder()
        let store = f.path("s.sqlite")
        let bad = try f.run(["import", Self.small, "--db", store], environment: ["SMARTSCORE_BUSY_TIMEOUT": "soon"])
        #expect(bad.status == 1 && bad.stderr.contains("SMARTSCORE_BUSY_TIMEOUT: error: SMARTSCORE_BUSY_TIMEOUT=soon is not a number of seconds"), "\(bad.stderr)")
        #expect(try f.run(["import", Self.small, "--db", store], environment: ["SMARTSCORE_BUSY_TIMEOUT": "5"]).status == 0)
    }
}
