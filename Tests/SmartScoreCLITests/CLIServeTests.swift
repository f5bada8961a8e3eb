import Foundation
import Testing

/// `smartscore serve` checks what it can before it starts the server (issue 21): the flags, the store, the
/// token file; each mistake is said in the user's language with the usual exit status. (The server itself
/// is a package of its own, tested by `swift test --package-path server` and scripts/test-server.sh.)
@Suite("CLI: serve refuses bad flags, a missing store and a missing or short token before starting anything")
struct CLIServeTests {
    @Test("usage errors exit 2; a missing store or token file exits 1, in Indonesian or English")
    func refusals() throws {
        let folder = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: CLI.root, create: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["serve", "--port", "0"], in: folder).status == 2)
        #expect(try CLI.run(["serve", "--port", "70000"], in: folder).status == 2)
        #expect(try CLI.run(["serve", "--host", " "], in: folder).status == 2)
        let missing = try CLI.run(["serve", "--db", folder.appendingPathComponent("none.sqlite").path], in: folder)
        #expect(missing.status == 1 && missing.stderr.contains("none.sqlite"))
        let store = folder.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["import", CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path, "--db", store, "--dataset", "demo"], in: folder).status == 0)
        let noToken = try CLI.run(["serve", "--db", store, "--allow-import", "--lang", "id"], in: folder)
        #expect(noToken.status == 1 && noToken.stderr.contains("--token-file"))
        #expect(noToken.stderr.contains("harus disertai"))
        let english = try CLI.run(["serve", "--db", store, "--allow-import", "--lang", "en"], in: folder)
        #expect(english.stderr.contains("needs --token-file"))
        let short = folder.appendingPathComponent("token.txt")
        try "short\n".write(to: short, atomically: true, encoding: .utf8)
        let shortToken = try CLI.run(["serve", "--db", store, "--allow-import", "--token-file", short.path, "--lang", "en"], in: folder)
        #expect(shortToken.status == 1 && shortToken.stderr.contains("shorter than 16 characters"))
    }
}
