import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end tests of `smartscore assessment`: the ministry's evaluation (Evaluasi Implementasi Kota Cerdas)
/// scored from a sheet, ranked from the published tables, compared across editions, reported, templated.
/// Every expected number comes from the published tables, the Malang sheet's README, or is worked out here.
@Suite("CLI: smartscore assessment")
struct CLIAssessmentTests {
    static let malang = "datasets/examples/assessment/kab_malang_2023.csv"
    static let table2022 = "datasets/evaluation/kominfo_evaluation_2022.csv"
    static let table2023 = "datasets/evaluation/kominfo_evaluation_2023.csv"
    static let shared2023 = "../shared/data/kominfo_evaluation_2023.csv"
    static let sharedPresent = FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent(shared2023).path)
    /// SMARTSCORE_LANG empty is the same as unset: the tool's default language (Indonesian).
    static let defaultLanguage = ["SMARTSCORE_LANG": ""]

    // MARK: - rank

    @Test("rank 2023 (our copy): 141 regions, 130 ranked, Malang 64th tied with Pekanbaru, every final within 0.005")
    func rank2023() throws {
        let json = try Self.json(try CLI.run(["assessment", "rank", Self.table2023, "--edition", "2023", "--format", "json"], in: CLI.root))
        #expect(Self.int(json["participants"]) == 130)
        #expect(Self.int(json["non_participants"]) == 11)
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.count == 141)
        try Self.checkRanking(json, regions: regions)
        let absent = regions.filter { ($0["participated"] as? Bool) == false }
        #expect(absent.count == 11)
        for region in absent {
            #expect(region["rank"] is NSNull, "\(region["code"] ?? "?") has a rank")
            #expect(Self.number(region["final_score"]) == nil, "\(region["code"] ?? "?") has a final")
        }
        #expect(regions.filter { ($0["participated"] as? Bool) == true }.count == 130)
    }

    @Test("rank 2023 (the shared folder's copy, no participated column): 130 ranked, Malang 64th tied with Pekanbaru",
          .enabled(if: CLIAssessmentTests.sharedPresent, "../shared/data is absent"))
    func rank2023Shared() throws {
        let json = try Self.json(try CLI.run(["assessment", "rank", Self.shared2023, "--edition", "2023", "--format", "json"], in: CLI.root))
        #expect(Self.int(json["participants"]) == 130)
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.count == 130)
        try Self.checkRanking(json, regions: regions)
        #expect(regions.allSatisfy { Self.int($0["rank"]) != nil })
    }

    /// What both 2023 tables must give: the keys of every region, unrounded finals that are the weighted sums
    /// of the printed components, each within the published tolerance, and Malang's shared 64th place.
    static func checkRanking(_ json: [String: Any], regions: [[String: Any]]) throws {
        for region in regions {
            for key in ["code", "final_score", "rank"] { #expect(region.keys.contains(key), "\(region["code"] ?? "?") lacks \(key)") }
        }
        let groups = try #require(json["groups"] as? [[String: Any]])
        let weights = Dictionary(uniqueKeysWithValues: groups.map { ($0["id"] as! String, ($0["weights"] as! [String: Any]).mapValues { number($0)! }) })
        let ranked = regions.filter { int($0["rank"]) != nil }
        #expect(ranked.count == 130)
        var offRounding = 0
        for region in ranked {
            let code = region["code"] as? String ?? "?"
            let final = try #require(number(region["final_score"]), "\(code)")
            let printed = try #require(number(region["printed_final"]), "\(code)")
            #expect(abs(final - printed) <= 0.005 + 1e-9, "\(code): \(final) against the printed \(printed)")
            // Unrounded: the weighted sum of the printed components with the row's group's weights.
            let w = try #require(weights[region["group"] as? String ?? ""], "\(code)")
            let components = try #require(region["components"] as? [String: Any], "\(code)")
            let sum = w.reduce(0.0) { $0 + $1.value * (number(components[$1.key]) ?? 0) }
            #expect(abs(final - sum) < 1e-9, "\(code): \(final) is not Σ weight × component = \(sum)")
            if abs(final * 100 - (final * 100).rounded()) > 1e-6 { offRounding += 1 }
        }
        #expect(offRounding > 50, "the finals look rounded: only \(offRounding) are off the 0.01 grid")
        let at64 = ranked.filter { int($0["rank"]) == 64 }.compactMap { $0["name"] as? String }.sorted()
        #expect(at64 == ["KAB. MALANG", "KOTA PEKANBARU"])
        let malang = try #require(regions.first { $0["code"] as? String == "35.07" })
        #expect(malang["name"] as? String == "KAB. MALANG" && int(malang["rank"]) == 64)
        #expect(int(malang["tied_with"]) == 2)
        #expect(abs((number(malang["final_score"]) ?? 0) - 2.941) < 1e-9)   // 0.1·3.6 + 0.2·(2.29 + 3.41 + 2.81 + 3.13) + 0.1·2.53
        // A shared rank skips the next (1, 2, 2, 4): nobody is 65th.
        #expect(!ranked.contains { int($0["rank"]) == 65 })
        #expect(Set(ranked.compactMap { int($0["rank"]) }).contains(66))
    }

    @Test("rank 2022: 38 ranked, 4 listed unranked, the largest gap to the printed finals 0.013")
    func rank2022() throws {
        let json = try Self.json(try CLI.run(["assessment", "rank", Self.table2022, "--edition", "2022", "--format", "json"], in: CLI.root))
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.count == 42)
        let ranked = regions.filter { Self.int($0["rank"]) != nil }
        #expect(ranked.count == 38)
        let unranked = regions.filter { $0["rank"] is NSNull }
        #expect(unranked.count == 4 && unranked.allSatisfy { ($0["participated"] as? Bool) == false })
        var largest = 0.0
        for region in ranked {
            let final = try #require(Self.number(region["final_score"]))
            let printed = try #require(Self.number(region["printed_final"]))
            largest = max(largest, abs(final - printed))
        }
        #expect(largest <= 0.013 + 1e-9 && largest > 0.012, "largest gap \(largest)")
        let check = try #require(json["check"] as? [String: Any])
        #expect(abs((Self.number(check["largest_difference"]) ?? -1) - largest) < 1e-12)
        #expect((check["outside_tolerance"] as? [Any])?.isEmpty == true)
    }

    // MARK: - score

    @Test("score Malang 2023: final 2.9406, each component the mean of its printed question scores; text in Indonesian and English")
    func scoreMalang() throws {
        let arguments = ["assessment", "score", Self.malang, "--edition", "2023", "--group", "kppn_ikn", "--region", "35.07"]
        let json = try Self.json(try CLI.run(arguments + ["--format", "json"], in: CLI.root))
        #expect(json["code"] as? String == "35.07")
        let final = try #require(Self.number(json["final_score"]))
        #expect(abs(final - 2.9406) < 5e-5, "final \(final)")
        let expected: [(String, Double, Int)] = [("baseline", 3.6, 5), ("output", 16.0 / 7, 7), ("outcome", 112.4 / 33, 33),
                                                 ("impact", 151.8 / 54, 54), ("quick_wins", 37.6 / 12, 12), ("collaboration", 15.2 / 6, 6)]
        let components = try Self.components(json)
        #expect(components.map(\.id) == expected.map(\.0))
        for (id, score, questions) in expected {
            let c = try #require(components.first { $0.id == id })
            #expect(abs(c.score - score) < 1e-9, "\(id): \(c.score), expected \(score)")
            #expect(c.questions == questions, "\(id)")
        }
        let weights: [String: Double] = ["baseline": 0.1, "output": 0.2, "outcome": 0.2, "impact": 0.2, "quick_wins": 0.2, "collaboration": 0.1]
        #expect(abs(final - expected.reduce(0) { $0 + weights[$1.0]! * $1.1 }) < 1e-12)

        let indonesian = try CLI.run(arguments, environment: Self.defaultLanguage, in: CLI.root)
        #expect(indonesian.status == 0, "\(indonesian.stderr)")
        #expect(indonesian.stdout.contains("2,9406") && !indonesian.stdout.contains("2.9406"))
        #expect(indonesian.stdout.contains("Nilai akhir"))
        let english = try CLI.run(arguments + ["--lang", "en"], environment: Self.defaultLanguage, in: CLI.root)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("2.9406") && !english.stdout.contains("2,9406"))
        #expect(english.stdout.contains("Final score"))
    }

    // MARK: - report

    @Test("report --cohort --out X.html: well-formed XHTML with the final 2,94, rank 64, weaknesses, strengths and recommendations")
    func reportHTML() throws {
        let dir = try Self.scratch("report")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("X.html").path
        let r = try CLI.run(["assessment", "report", Self.malang, "--edition", "2023", "--region", "35.07", "--cohort", Self.table2023, "--out", out],
                            environment: Self.defaultLanguage, in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let page = try AssessmentPageReader.parse(html)
        #expect(html.contains("2,94"))
        #expect(page.text["final-score"]?.contains("2,94") == true, "final-score: \(page.text["final-score"] ?? "absent")")
        let rank = page.text["rank"] ?? ""
        #expect(rank.trimmingCharacters(in: .whitespaces).hasPrefix("64"), "rank: \(rank)")
        #expect(rank.contains("64 / 130"), "rank: \(rank)")
        for section in ["weaknesses", "strengths", "recommendations"] {
            #expect(page.sectionIDs.contains(section), "no <section id=\"\(section)\">")
        }
        #expect(page.items["weaknesses", default: 0] >= 3, "weaknesses: \(page.items["weaknesses", default: 0]) items")
        #expect(page.items["recommendations", default: 0] >= 3, "recommendations: \(page.items["recommendations", default: 0]) items")
        #expect(page.items["strengths", default: 0] >= 1)
    }

    // MARK: - survey

    @Test("--survey, wide and long: impact is the mean of the 54 question means; fewer than 50 respondents is warned of")
    func survey() throws {
        let dir = try Self.scratch("survey")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The Malang sheet with every impact (D…) score cell left empty, everything else as printed.
        let sheet = Self.csvRows(try String(contentsOf: CLI.root.appendingPathComponent(Self.malang), encoding: .utf8))
        #expect(sheet.first == ["question", "component", "number", "text", "score", "evidence"])
        var emptied = [sheet[0]]
        var impactIDs: [String] = []
        for var row in sheet.dropFirst() {
            if row[0].hasPrefix("D") { row[4] = ""; impactIDs.append(row[0]) }
            emptied.append(row)
        }
        #expect(impactIDs.count == 54)
        try Self.writeCSV(emptied, to: dir.appendingPathComponent("no_impact.csv"))

        // Three respondents; answer(r, q) is a known 0–4 rating, or blank. Every question keeps 2 or 3 answers.
        func answer(_ r: Int, _ q: Int) -> Int? { (q + 2 * r) % 9 == 4 ? nil : (q * q + r * (q + 1) + r) % 5 }
        var means: [Double] = []
        for q in 0..<54 {
            let given = (0..<3).compactMap { answer($0, q) }
            #expect(given.count >= 2)
            means.append(Double(given.reduce(0, +)) / Double(given.count))
        }
        let impact = means.reduce(0, +) / 54
        #expect(abs(impact - 2.6697530864197527) < 1e-12)   // the same mean worked out apart, in Python
        #expect((0..<3).contains { r in (0..<54).contains { answer(r, $0) == nil } })

        var wide = "respondent," + impactIDs.joined(separator: ",") + "\n"
        var long = "respondent,question,answer\n"
        for r in 0..<3 {
            wide += "P\(r + 1)," + (0..<54).map { answer(r, $0).map(String.init) ?? "" }.joined(separator: ",") + "\n"
            for q in 0..<54 {
                if let a = answer(r, q) { long += "P\(r + 1),\(impactIDs[q]),\(a)\n" } else if q % 2 == 1 { long += "P\(r + 1),\(impactIDs[q]),\n" }
            }
        }
        try wide.write(to: dir.appendingPathComponent("wide.csv"), atomically: true, encoding: .utf8)
        try long.write(to: dir.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)

        let arguments = ["assessment", "score", "no_impact.csv", "--edition", "2023", "--group", "kppn_ikn", "--region", "35.07", "--format", "json"]
        var finals: [Double] = []
        for (layout, language) in [("wide", "en"), ("long", "id")] {
            let r = try CLI.run(arguments + ["--survey", "\(layout).csv", "--lang", language], in: dir)
            let json = try Self.json(r)
            let components = try Self.components(json)
            let scored = try #require(components.first { $0.id == "impact" })
            #expect(abs(scored.score - impact) < 1e-12, "\(layout): impact \(scored.score), expected \(impact)")
            #expect(scored.questions == 54)
            let final = try #require(Self.number(json["final_score"]))
            #expect(abs(final - (0.1 * 3.6 + 0.2 * (16.0 / 7 + 112.4 / 33 + impact + 37.6 / 12) + 0.1 * 15.2 / 6)) < 1e-12, "\(layout): final \(final)")
            finals.append(final)
            let answers = try #require(json["answers"] as? [[String: Any]])
            let d = answers.filter { ($0["id"] as? String)?.hasPrefix("D") == true }
            #expect(d.count == 54 && d.allSatisfy { $0["origin"] as? String == "survey" }, "\(layout)")
            for (q, id) in impactIDs.enumerated() {
                let row = try #require(d.first { $0["id"] as? String == id })
                #expect(abs((Self.number(row["score"]) ?? -1) - means[q]) < 1e-12, "\(layout) \(id)")
                #expect(Self.int(row["respondents"]) == (0..<3).compactMap { answer($0, q) }.count, "\(layout) \(id)")
            }
            if language == "en" {
                #expect(r.stderr.contains("wide.csv: warning:") && r.stderr.contains("fewer than 50 respondents"), "\(r.stderr)")
            } else {
                #expect(r.stderr.contains("long.csv: peringatan:") && r.stderr.contains("kurang dari 50 responden"), "\(r.stderr)")
            }
            #expect(r.stderr.contains("54"), "\(layout): the warning does not count the 54 questions: \(r.stderr)")
        }
        #expect(finals.count == 2 && finals[0] == finals[1])
    }

    // MARK: - errors

    @Test("input errors name file:line:column, exit 1, in Indonesian by default and English with --lang en; usage errors exit 2")
    func errors() throws {
        let dir = try Self.scratch("errors")
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = Self.csvRows(try String(contentsOf: CLI.root.appendingPathComponent(Self.malang), encoding: .utf8))
        func write(_ name: String, _ change: (inout [[String]]) -> Void) throws {
            var rows = sheet
            change(&rows)
            try Self.writeCSV(rows, to: dir.appendingPathComponent(name))
        }
        // Line 3 is A1-1.2.1, line 4 A1-1.3.1; column 5 is score, column 1 question.
        #expect(sheet[2][0] == "A1-1.2.1" && sheet[3][0] == "A1-1.3.1")
        try write("scale.csv") { $0[2][4] = "4.5" }
        try write("blank.csv") { $0[3][4] = "" }
        try write("unknown.csv") { $0[3][0] = "A1-1.3.9" }
        let malang = Self.absolute(Self.malang)
        let score = { (sheet: String) in ["assessment", "score", sheet, "--edition", "2023", "--group", "kppn_ikn", "--region", "35.07"] }

        try Self.expectError(score("scale.csv"), in: dir, at: "scale.csv:3:5",
                             id: ["4.5", "A1-1.2.1", "skala 0–4"], en: ["the score 4.5 of question A1-1.2.1 is outside the scale 0–4"])
        try Self.expectError(score("blank.csv"), in: dir, at: "blank.csv:4:5",
                             id: ["A1-1.3.1", "belum diberi nilai"], en: ["question A1-1.3.1 has no score"])
        let unknown = try Self.expectError(score("unknown.csv"), in: dir, at: "unknown.csv:4:1",
                                           id: ["'A1-1.3.9'", "rubrik edisi 2023"], en: ["the 2023 rubric has no question 'A1-1.3.9'"])
        #expect(unknown.id.contains("apakah yang dimaksud A1-1.3.1"), "\(unknown.id)")
        #expect(unknown.en.contains("did you mean A1-1.3.1"), "\(unknown.en)")

        // A survey answer of 5, wide (line 3 = the second respondent, column 3 = the second impact question) and long.
        let impactIDs = sheet.dropFirst().map { $0[0] }.filter { $0.hasPrefix("D") }
        #expect(impactIDs.count == 54)
        var noImpact = sheet
        for i in noImpact.indices.dropFirst() where noImpact[i][0].hasPrefix("D") { noImpact[i][4] = "" }
        try Self.writeCSV(noImpact, to: dir.appendingPathComponent("no_impact.csv"))
        var wide = "respondent," + impactIDs.joined(separator: ",") + "\n"
        wide += "P1," + Array(repeating: "3", count: 54).joined(separator: ",") + "\n"
        wide += "P2,2,5," + Array(repeating: "1", count: 52).joined(separator: ",") + "\n"
        try wide.write(to: dir.appendingPathComponent("answer5.csv"), atomically: true, encoding: .utf8)
        try "respondent,question,answer\nP1,\(impactIDs[0]),3\nP1,\(impactIDs[1]),5\n"
            .write(to: dir.appendingPathComponent("answer5_long.csv"), atomically: true, encoding: .utf8)
        let survey = { (file: String) in score("no_impact.csv") + ["--survey", file] }
        for file in ["answer5.csv", "answer5_long.csv"] {
            try Self.expectError(survey(file), in: dir, at: "\(file):3:3",
                                 id: ["'5'", "D1-4.1.2", "bilangan bulat 0–4"], en: ["the answer '5' to D1-4.1.2 must be a whole number 0–4"])
        }

        // A published table whose region code lost its trailing zero (12.10 read as a number).
        let table = try String(contentsOf: CLI.root.appendingPathComponent(Self.table2023), encoding: .utf8)
        var lines = table.components(separatedBy: "\n")
        #expect(lines[2].hasPrefix("2,32.04,KAB. BANDUNG,"))
        lines[2] = lines[2].replacingOccurrences(of: ",32.04,", with: ",12.1,")
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("table.csv"), atomically: true, encoding: .utf8)
        try Self.expectError(["assessment", "rank", "table.csv", "--edition", "2023"], in: dir, at: "table.csv:3:2",
                             id: ["kode daerah '12.1'", "514 kabupaten/kota", "12.10"],
                             en: ["the region code '12.1' is not in the list of 514 regencies and cities", "12.10"])
        try Self.expectError(["assessment", "report", malang, "--edition", "2023", "--region", "35.07", "--cohort", "table.csv", "--format", "md"],
                             in: dir, at: "table.csv:3:2", id: ["'12.1'"], en: ["the region code '12.1'"])

        // Usage errors: a missing --edition, a missing sheet.
        for arguments in [["assessment", "score", Self.malang, "--group", "kppn_ikn", "--region", "35.07"],
                          ["assessment", "rank", Self.table2023],
                          ["assessment", "template", "--group", "reguler"],
                          ["assessment", "score", "--edition", "2023", "--group", "kppn_ikn"]] {
            let r = try CLI.run(arguments, in: CLI.root)
            #expect(r.status == 2, "\(arguments): exit \(r.status), \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(arguments)")
            if !arguments.contains("--edition") { #expect(r.stderr.contains("--edition"), "\(arguments): \(r.stderr)") }
        }
    }

    /// Runs `arguments` twice, in the default language and with --lang en: each must exit 1 with nothing on
    /// stdout, and on stderr the location `at` followed by "kesalahan:" / "error:", and every fragment of
    /// `id` / `en`. (The Indonesian is checked by fragments: its wording is being edited.) Returns both stderrs.
    @discardableResult
    static func expectError(_ arguments: [String], in dir: URL, at location: String, id: [String], en: [String],
                            sourceLocation: SourceLocation = #_sourceLocation) throws -> (id: String, en: String) {
        let indonesian = try CLI.run(arguments, environment: defaultLanguage, in: dir)
        #expect(indonesian.status == 1, "\(arguments): exit \(indonesian.status), \(indonesian.stderr)", sourceLocation: sourceLocation)
        #expect(indonesian.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(indonesian.stderr.contains("\(location): kesalahan:"), "expected «\(location): kesalahan:» in: \(indonesian.stderr)",
                sourceLocation: sourceLocation)
        for fragment in id {
            #expect(indonesian.stderr.contains(fragment), "expected «\(fragment)» in: \(indonesian.stderr)", sourceLocation: sourceLocation)
        }
        let english = try CLI.run(arguments + ["--lang", "en"], environment: defaultLanguage, in: dir)
        #expect(english.status == 1, "\(arguments): exit \(english.status), \(english.stderr)", sourceLocation: sourceLocation)
        #expect(english.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(english.stderr.contains("\(location): error:"), "expected «\(location): error:» in: \(english.stderr)", sourceLocation: sourceLocation)
        for fragment in en {
            #expect(english.stderr.contains(fragment), "expected «\(fragment)» in: \(english.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!english.stderr.contains("kesalahan"), sourceLocation: sourceLocation)
        return (indonesian.stderr, english.stderr)
    }

    // MARK: - template

    @Test("template 2023 reguler: 111 questions (no collaboration); every score 2 gives every component 2 and a final of exactly 2")
    func template() throws {
        let dir = try Self.scratch("template")
        defer { try? FileManager.default.removeItem(at: dir) }
        let printed = try CLI.run(["assessment", "template", "--edition", "2023", "--group", "reguler"], in: CLI.root)
        #expect(printed.status == 0, "\(printed.stderr)")
        let out = dir.appendingPathComponent("blank.csv")
        let written = try CLI.run(["assessment", "template", "--edition", "2023", "--group", "reguler", "--out", out.path], in: CLI.root)
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text == printed.stdout)
        let rows = Self.csvRows(text)
        #expect(rows.first == ["question", "component", "number", "text", "score", "evidence"])
        let questions = Array(rows.dropFirst())
        #expect(questions.count == 111)
        #expect(questions.allSatisfy { $0.count == 6 && $0[4].isEmpty && !$0[3].isEmpty })
        #expect(Set(questions.map { $0[0] }).count == 111)
        var perComponent: [String: Int] = [:]
        for q in questions { perComponent[q[1], default: 0] += 1 }
        #expect(perComponent == ["baseline": 5, "output": 7, "outcome": 33, "impact": 54, "quick_wins": 12])
        #expect(!questions.contains { $0[0].hasPrefix("F") })

        var filled = [rows[0]]
        for var q in questions { q[4] = "2"; filled.append(q) }
        try Self.writeCSV(filled, to: dir.appendingPathComponent("twos.csv"))
        let json = try Self.json(try CLI.run(["assessment", "score", "twos.csv", "--edition", "2023", "--group", "reguler", "--format", "json"], in: dir))
        let components = try Self.components(json)
        #expect(components.map(\.id) == ["baseline", "output", "outcome", "impact", "quick_wins"])
        #expect(components.allSatisfy { $0.score == 2 }, "\(components)")
        #expect(Self.number(json["final_score"]) == 2)
    }

    // MARK: - compare

    @Test("compare 2022 → 2023: 32 regions in both, each improvement within 0.02 of the printed one")
    func compare() throws {
        let json = try Self.json(try CLI.run(["assessment", "compare", Self.table2022, Self.table2023,
                                              "--earlier-edition", "2022", "--later-edition", "2023", "--format", "json"], in: CLI.root))
        #expect(Self.int(json["matched"]) == 32)
        let regions = try #require(json["regions"] as? [[String: Any]])
        let both = regions.filter { Self.number($0["earlier_final"]) != nil && Self.number($0["later_final"]) != nil }
        #expect(both.count == 32)
        for region in both {
            let code = region["code"] as? String ?? "?"
            let improvement = try #require(Self.number(region["improvement"]), "\(code)")
            let earlier = Self.number(region["earlier_final"])!, later = Self.number(region["later_final"])!
            #expect(abs(improvement - (later - earlier)) < 1e-12, "\(code)")
            let printed = try #require(Self.number(region["improvement_printed"]), "\(code) has no printed improvement")
            #expect(abs(improvement - printed) <= 0.02, "\(code): \(improvement) against the printed \(printed)")
        }
        // Outside the 32 there is no improvement to compute.
        #expect(regions.filter { Self.number($0["improvement"]) != nil }.count == 32)
        let malang = try #require(both.first { $0["code"] as? String == "35.07" })
        #expect(abs(Self.number(malang["improvement"])! - (2.941 - (Self.number(malang["earlier_final"]) ?? 0))) < 1e-9)
    }

    // MARK: - helpers

    static func scratch(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-assessment-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func absolute(_ path: String) -> String { CLI.root.appendingPathComponent(path).path }

    static func json(_ r: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        #expect(r.status == 0, "exit \(r.status): \(r.stderr)", sourceLocation: sourceLocation)
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    }

    static func number(_ value: Any?) -> Double? {
        guard let n = value as? NSNumber, !(value is NSNull) else { return nil }
        return n.doubleValue
    }

    static func int(_ value: Any?) -> Int? {
        guard let n = number(value), n == n.rounded() else { return nil }
        return Int(n)
    }

    static func components(_ json: [String: Any]) throws -> [(id: String, score: Double, questions: Int)] {
        let list = try #require(json["components"] as? [[String: Any]])
        return try list.map { c in
            (try #require(c["id"] as? String), try #require(number(c["score"])), int(c["questions"]) ?? -1)
        }
    }

    /// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false; afterQuote = true }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": row.append(field); field = ""; afterQuote = false
            case "\r": break
            case "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func writeCSV(_ rows: [[String]], to url: URL) throws {
        let text = rows.map { row in
            row.map { f in f.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f }
                .joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    // MARK: - after the second red-team pass

    @Test("Flags that would be ignored or misread are refused: --data without --readiness, editions out of range, --previous-edition alone, html for score")
    func refusedFlags() throws {
        let cases: [([String], String)] = [
            (["assessment", "rank", Self.table2023, "--edition", "2023", "--data", "x.csv"], "--data"),
            (["assessment", "score", Self.malang, "--edition", "-9223372036854775808", "--group", "kppn_ikn"], "--edition"),
            (["assessment", "score", Self.malang, "--edition", "2023", "--group", "kppn_ikn", "--region", "35.07", "--previous-edition", "2022"], "--previous-edition"),
            (["assessment", "score", Self.malang, "--edition", "2023", "--group", "kppn_ikn", "--out", "x.html"], "assessment report"),
            (["assessment", "compare", Self.table2023, Self.table2023, "--earlier-edition", "2023", "--later-edition", "2023"], "2023"),
        ]
        for (arguments, expected) in cases {
            let r = try CLI.run(arguments + ["--lang", "en"], in: CLI.root)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains(expected), "\(arguments): \(r.stderr)")
        }
    }

    @Test("--previous: Malang's improvement on 2022 is +0.44 (the ministry's printed 0.44); a missing earlier rubric names --previous-edition; the tables' KAB. spelling is a region")
    func previous() throws {
        let base = ["assessment", "score", Self.malang, "--edition", "2023", "--group", "kppn_ikn", "--region", "KAB. MALANG", "--previous", Self.table2022]
        let json = try Self.json(try CLI.run(base + ["--format", "json"], in: CLI.root))
        let previous = try #require(json["previous"] as? [String: Any])
        let improvement = try #require(previous["improvement"] as? Double)
        #expect(abs(improvement - (2.9406 - 2.504)) < 0.0002)
        let text = try CLI.run(base + ["--lang", "en"], in: CLI.root)
        #expect(text.stdout.contains("Improvement on the 2022 evaluation: +0.44"), "\(text.stdout)")
        let missing = try CLI.run(base + ["--previous-edition", "2021", "--lang", "en"], in: CLI.root)
        #expect(missing.status == 1 && missing.stderr.hasPrefix("--previous-edition: error:"), "\(missing.stderr)")
    }

    @Test("A control character in a file name never reaches the HTML raw: the page stays well-formed")
    func controlCharacterInHTML() throws {
        let dir = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: CLI.root, create: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let previous = dir.appendingPathComponent("pr\u{1}ev.csv")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(Self.table2022), to: previous)
        let out = dir.appendingPathComponent("r.html").path
        let r = try CLI.run(["assessment", "report", Self.malang, "--edition", "2023", "--group", "kppn_ikn", "--region", "35.07", "--previous", previous.path, "--out", out], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let page = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(!page.contains(0x01))
        #expect(XMLParser(data: page).parse())
    }
}

/// Parses a report page as XML (it must be well-formed XHTML) and collects, for each element with an id, its
/// text and the number of <li> inside it, and the ids of its <section> elements.
private final class AssessmentPageReader: NSObject, XMLParserDelegate {
    var text: [String: String] = [:]
    var items: [String: Int] = [:]
    var sectionIDs: [String] = []
    private var open: [String?] = []

    static func parse(_ html: String) throws -> AssessmentPageReader {
        let reader = AssessmentPageReader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "xml", code: 1, userInfo: [NSLocalizedDescriptionKey: "line \(parser.lineNumber)"])
        }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let id = attributes["id"]
        if let id { text[id] = text[id] ?? "" }
        if name == "section", let id { sectionIDs.append(id) }
        if name == "li" { for case let id? in open { items[id, default: 0] += 1 } }
        open.append(id)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for case let id? in open { text[id, default: ""] += string }
    }
}
