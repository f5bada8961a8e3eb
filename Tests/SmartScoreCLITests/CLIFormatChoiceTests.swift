import Foundation
import Testing

/// Issue 19: the `--format` values a verb takes are exactly those its `--help` lists. Each verb runs with
/// an input that does not exist, so that an accepted format gets past the command line (exit 1, the file)
/// and a refused one does not (exit 2, the flag), without the verb's work.
@Suite("CLI: each verb takes exactly the --format values its help lists")
struct CLIFormatChoiceTests {
    static let missing = "/nonexistent/smartscore-i19.csv"
    static let verbs: [[String]] = [
        ["rank", "--data", missing],
        ["evaluate", "--city", "Kota Palu", "--data", missing, "--out", "/nonexistent/out"],
        ["quickwins", "--city", "Kota Palu", "--data", missing],
        ["sensitivity", "--data", missing],
        ["audit", "--data", missing],
        ["catalogue", "list"],
        ["catalogue", "search", "air minum"],
        ["catalogue", "show", "37122:10.2"],
        ["regions", "list"],
        ["regions", "search", "Palu"],
        ["import", missing, "--dry-run", "--db", "/nonexistent/store.sqlite"],
        ["datasets", "list", "--db", "/nonexistent/store.sqlite"],
        ["datasets", "show", "default", "--db", "/nonexistent/store.sqlite"],
        ["assessment", "score", missing, "--edition", "2023"],
        ["assessment", "rank", missing, "--edition", "2023"],
        ["assessment", "compare", missing, missing, "--earlier-edition", "2022", "--later-edition", "2023"],
        ["assessment", "report", missing, "--edition", "2023"],
        ["report", "--all", "--data", missing, "--out", "/nonexistent/out"],
    ]

    /// The values after "Output format:" in the verb's help, whose lines ArgumentParser wraps.
    static func listedFormats(_ help: String) -> [String]? {
        let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let start = flat.range(of: "Output format: ") else { return nil }
        let rest = flat[start.upperBound...]
        let list = rest.prefix { $0 != "." && $0 != "(" }
        return list.replacingOccurrences(of: " or ", with: ", ").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test("the help's list is read as the help writes it")
    func parsesHelp() {
        #expect(Self.listedFormats("  --format <format>  Output format: table, json, csv or\n      md. (default: table)") == ["table", "json", "csv", "md"])
        #expect(Self.listedFormats("Output format: table or json. It applies") == ["table", "json"])
    }

    @Test("every listed value is accepted and the first unlisted one is refused at --format", arguments: verbs)
    func formatsMatchHelp(args: [String]) throws {
        let verb = Array(args.prefix { !$0.hasPrefix("-") && $0 != Self.missing && $0 != "air minum" && $0 != "37122:10.2" && $0 != "Palu" && $0 != "default" })
        let help = try CLI.run(verb + ["--help"], in: CLI.root)
        let listed = try #require(Self.listedFormats(help.stdout), "\(verb): no 'Output format:' in its help")
        #expect(!listed.isEmpty)
        for format in listed {
            let r = try CLI.run(args + ["--format", format], in: CLI.root)
            #expect(r.status != 2 && !r.stderr.contains("--format"), "\(verb) --format \(format): \(r.status) \(r.stderr)")
        }
        let unlisted = ["table", "json", "csv", "md", "html"].first { !listed.contains($0) } ?? "xml"
        let refused = try CLI.run(args + ["--format", unlisted], in: CLI.root)
        #expect(refused.status == 2, "\(verb) --format \(unlisted) is not in its help: \(refused.stderr)")
        #expect(refused.stderr.contains("--format"), "\(verb): the refusal names the flag: \(refused.stderr)")
    }
}
