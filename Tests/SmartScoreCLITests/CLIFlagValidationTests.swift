import Foundation
import Testing

/// Issue 15, finding 6: every flag's bad value is refused (exit 2, the usage error) with a message that
/// names the flag, before any work is done.
@Suite("CLI: flag validation — negative, zero, NaN, infinite, huge, empty and overlong values")
struct CLIFlagValidationTests {
    static let demo = "datasets/demo/demo_cohort.csv"

    /// (arguments, the flag the message must name).
    static let refusals: [([String], String)] = [
        (["sensitivity", "--samples", "-1"], "--samples"),
        (["sensitivity", "--samples", "0"], "--samples"),
        (["sensitivity", "--samples", "99999999999"], "--samples"),
        (["sensitivity", "--weight-spread", "-0.5"], "--weight-spread"),
        (["sensitivity", "--weight-spread", "inf"], "--weight-spread"),
        (["sensitivity", "--confidence", "nan"], "--confidence"),
        (["sensitivity", "--confidence", "-1"], "--confidence"),
        (["sensitivity", "--seed", "-1"], "--seed"),
        (["sensitivity", "--inputs", ""], "--inputs"),
        (["sensitivity", "--inputs", " , "], "--inputs"),
        (["sensitivity", "--normalisations", ""], "--normalisations"),
        (["rank", "--uncertainty", "1e12"], "--uncertainty"),
        (["rank", "--uncertainty", "-5"], "--uncertainty"),
        (["rank", "--uncertainty", "0"], "--uncertainty"),
        (["rank", "--uncertainty", "99999999999"], "--uncertainty"),
        (["rank", "--top", "-1"], "--top"),
        (["rank", "--top", "0"], "--top"),
        (["rank", "--dataset", ""], "--dataset"),
        (["rank", "--province", "  "], "--province"),
        (["rank", "--out", ""], "--out"),
        (["rank", "--weights", ""], "--weights"),
        (["rank", "--min-coverage", "nan"], "--min-coverage"),
        (["rank", "--min-coverage", "-0.1"], "--min-coverage"),
        (["rank", "--threads", "-2"], "--threads"),
        (["rank", "--threads", "0"], "--threads"),
        (["rank", "--year", "1e3"], "--year"),
        (["evaluate", "--city", ""], "--city"),
        (["evaluate", "--city", String(repeating: "a", count: 30_000)], "--city"),
        (["evaluate", "--city", "72.71", "--min-peers", "-3"], "--min-peers"),
        (["evaluate", "--city", "72.71", "--top", "-1"], "--top"),
        (["quickwins", "--city", "72.71", "--top", "-1"], "--top"),
        (["quickwins", "--city", "72.71", "--low-effort", "-1"], "--low-effort"),
        (["quickwins", "--city", "72.71", "--impact-threshold", "-1"], "--impact-threshold"),
        (["quickwins", "--city", "72.71", "--impact-threshold", "inf"], "--impact-threshold"),
        (["quickwins", "--city", "72.71", "--budget", ""], "--budget"),
        (["report", "--all", "--out", "x.html", "--samples", "-1"], "--samples"),
        (["report", "--all", "--out", ""], "--out"),
        (["audit", "--collinear", "nan"], "--collinear"),
        (["audit", "--collinear", "-0.5"], "--collinear"),
        (["datasets", "generate", "--out", "x.csv", "--missing", "-0.1"], "--missing"),
        (["datasets", "generate", "--out", "x.csv", "--indicators", "-1"], "--indicators"),
        (["datasets", "generate", "--out", ""], "--out"),
        (["datasets", "export", ""], "NAME"),
        (["catalogue", "list", "--dimension", ""], "--dimension"),
    ]

    @Test("each bad value: usage error, naming its flag, in English and Indonesian", arguments: refusals)
    func refused(_ arguments: [String], _ flag: String) throws {
        for lang in ["en", "id"] {
            let data = ["datasets", "catalogue"].contains(arguments[0]) ? [] : ["--data", Self.demo]
            let r = try CLI.run(arguments + data + ["--lang", lang], in: CLI.root)
            #expect(r.status == 2, "\(arguments.prefix(3)) \(lang): \(r.status) \(r.stderr.prefix(300))")
            #expect(r.stderr.contains(flag), "\(arguments.prefix(3)) \(lang): \(r.stderr.prefix(300))")
            #expect(!r.stderr.contains("Missing value"), "\(arguments.prefix(3)): read as a missing value")
            #expect(r.stderr.count < 2_000, "\(arguments.prefix(3)): the value echoed whole")
        }
    }

    @Test("an AHP judgement outside 1/9 … 9 is refused at its file:line:column")
    func ahpRange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-ahp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: CLI.root.appendingPathComponent("datasets/examples/ahp.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "    - [1,    3,     2,    1,     1,      2]      # governance",
                                         with: "    - [1,    12,    2,    1,     1,      2]      # governance")
            .replacingOccurrences(of: "    - [1/3,  1,     1/2,  1/3,   1/2,    1/2]    # branding",
                                  with: "    - [1/12, 1,     1/2,  1/3,   1/2,    1/2]    # branding")
        let file = folder.appendingPathComponent("ahp.yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["rank", "--data", Self.demo, "--weights", "ahp:" + file], in: CLI.root)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("\(file):18:14"), "\(r.stderr)")
    }

    @Test("--city at 200 characters is looked up quickly; beyond, it is refused without being echoed")
    func longCity() throws {
        let start = Date()
        let r = try CLI.run(["evaluate", "--data", Self.demo, "--city", String(repeating: "x", count: 200)], in: CLI.root)
        #expect(r.status == 1 && r.stderr.contains("--city"), "\(r.stderr)")
        #expect(Date().timeIntervalSince(start) < 30)
    }
}

/// Issue 15, finding 7: with `--lang id`, ArgumentParser's errors and our own refusals are Indonesian.
@Suite("CLI: usage errors in the user's language")
struct UserLanguageTests {
    static let cases: [([String], String, String)] = [
        (["rank", "--top"], "belum diisi", "Missing value"),
        (["rank", "--bogus"], "tidak dikenal", "Unknown option"),
        (["rank", "extra"], "berlebih", "Unexpected argument"),
        (["rank", "--top", "many"], "tidak sah untuk '--top", "is invalid for"),
        (["datasets", "show"], "argumen wajib", "Missing expected argument"),
        (["sensitivity", "--samples", "-1"], "--samples harus paling sedikit 1", "must be at least"),
        (["rank", "--dataset", ""], "--dataset kosong", "is empty"),
        (["rank", "--data", "a.csv", "--db", "b.sqlite"], "jangan keduanya", "not both"),
        (["rank", "--format", "html"], "hanya untuk perintah report", "the report verb's"),
        (["quickwins"], "gunakan --city", "give --city"),
        (["sensitivity", "--inputs", ""], "tentukan paling sedikit satu masukan", "name at least one input"),
        (["rank", "--threads", "0"], "--threads harus paling sedikit 1", "must be at least"),
    ]

    @Test("each bad invocation with --lang id: the Indonesian wording, none of the English", arguments: cases)
    func indonesian(_ arguments: [String], _ indonesian: String, _ english: String) throws {
        // By the environment: `--top --lang id` would give --top the value "--lang" (numeric options take
        // the next word whatever it is, so that -1 is read as a number).
        let r = try CLI.run(arguments, environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(r.status == 2, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(indonesian), "\(arguments): \(r.stderr)")
        #expect(!r.stderr.contains(english), "\(arguments): \(r.stderr)")
        #expect(!r.stderr.contains("Usage:") && !r.stderr.contains("for more information") && r.stderr.contains("Penggunaan:"))
    }

    @Test("the same invocations in English keep ArgumentParser's words")
    func english() throws {
        let r = try CLI.run(["rank", "--top"], in: CLI.root)
        #expect(r.status == 2 && r.stderr.contains("Missing value for '--top <top>'") && r.stderr.contains("Usage:"))
    }
}
