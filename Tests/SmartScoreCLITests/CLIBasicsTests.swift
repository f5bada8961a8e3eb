import Foundation
import Testing

@Suite("CLI: help, version, exit statuses")
struct CLIBasicsTests {
    @Test("--help lists every verb of design.md with a one-line purpose")
    func help() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for verb in ["catalogue", "import", "datasets", "evaluate", "rank", "quickwins", "sensitivity", "report"] {
            #expect(result.stdout.contains("  \(verb) "), "\(verb) missing from --help")
        }
        for verb in ["catalogue", "import", "evaluate", "rank", "quickwins", "sensitivity", "report"] {
            let sub = try CLI.run([verb, "--help"])
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("OVERVIEW:"))
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("a usage error exits 2 and names the flag")
    func usageErrors() throws {
        let format = try CLI.run(["catalogue", "list", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("--format"))
        let threads = try CLI.run(["catalogue", "list", "--threads", "0"])
        #expect(threads.status == 2)
        #expect(threads.stderr.contains("--threads must be at least 1"))
        let unknown = try CLI.run(["frobnicate"])
        #expect(unknown.status == 2)
    }

    @Test("a malformed SMARTSCORE_THREADS is bad input: exit 1 with the variable named")
    func badThreadEnvironment() throws {
        let result = try CLI.run(["catalogue", "list"], environment: ["SMARTSCORE_THREADS": "many"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("SMARTSCORE_THREADS=many"))
        #expect(result.stdout.isEmpty)
    }
}
