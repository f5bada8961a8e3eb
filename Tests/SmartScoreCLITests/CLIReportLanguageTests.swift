import Foundation
import Testing

/// Issue 19: an Indonesian report is Indonesian throughout. Every text a reader sees in the city and the
/// cohort report (HTML, charts included, and Markdown) is scanned for a number written with a decimal
/// point ("4.258 m² per kapita" reads as four thousand) and for English words a translation missed (units,
/// risk levels, method names, labels).
@Suite("CLI: the Indonesian reports hold no decimal point and no English word")
struct CLIReportLanguageTests {
    /// Words that would betray an English string in an Indonesian report. The dimensions' official names
    /// ("Tata Kelola Cerdas (Smart Governance)") and the programme's own loanwords (quick win, branding) are
    /// Indonesian usage and are removed before the scan.
    static let englishWords = [
        "day", "days", "hour", "hours", "minute", "minutes", "month", "months", "year", "years", "per capita", "thousand", "million", "billion",
        "high", "medium", "low", "goalpost", "arithmetic", "geometric", "equal", "entropy", "weights", "weight",
        "governance", "economy", "living", "society", "environment", "index points", "points", "score", "scores", "rank", "ranking",
        "coverage", "percentile", "quadrant", "effort", "impact", "strengths", "weaknesses", "gap", "gaps", "trend", "cohort",
        "none", "unknown", "null", "nan", "inf", "n/a", "and", "the", "with", "without", "not", "data year",
        "summary", "roadmap", "risk", "risks", "likelihood", "mitigation", "owner", "cost", "programme", "programmes", "dimension",
    ]
    static let officialNames = try! NSRegularExpression(pattern: "\\(?Smart\\s+(Governance|Branding|Economy|Living|Society|Environment)\\)?")
    /// Digits, a point, digits: a decimal point unless it is a thousands group ("14.545") or a code.
    static let pointed = try! NSRegularExpression(pattern: "(?<![\\w.:/-])(\\d+)\\.(\\d+)(?![\\w.])")

    /// What a reader sees of an HTML page: the text of every element, SVG labels included; not the style
    /// sheet or the script.
    static func visibleText(html: String) -> String {
        var s = html
        for pattern in ["(?s)<style>.*?</style>", "(?s)<script>.*?</script>"] {
            s = s.replacingOccurrences(of: pattern, with: "\n", options: [.regularExpression])
        }
        s = s.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        return s
    }

    /// Markdown as a reader sees it: without the backslashes that escape its marks.
    static func visibleText(markdown: String) -> String {
        markdown.replacingOccurrences(of: "\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])", with: "$1", options: .regularExpression)
    }

    /// Numbers written with a decimal point, with some context; region codes ("72.71") are not numbers.
    static func decimalPoints(_ text: String, codes: Set<String>) -> [String] {
        let ns = text as NSString
        return pointed.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let whole = ns.substring(with: m.range), integer = ns.substring(with: m.range(at: 1)), fraction = ns.substring(with: m.range(at: 2))
            if codes.contains(whole) { return nil }
            // A thousands group: one to three digits, not a leading zero, then exactly three ("14.545", "100.000").
            if fraction.count == 3 && integer.count <= 3 && !(integer.hasPrefix("0")) { return nil }
            let from = max(0, m.range.location - 40), to = min(ns.length, m.range.location + m.range.length + 30)
            return ns.substring(with: NSRange(location: from, length: to - from)).replacingOccurrences(of: "\n", with: " ")
        }
    }

    static func englishFound(_ text: String) -> [String] {
        let ns = NSMutableString(string: text)
        officialNames.replaceMatches(in: ns, range: NSRange(location: 0, length: ns.length), withTemplate: " ")
        let cleaned = (ns as String).lowercased()
        return englishWords.filter { word in
            let pattern = "(?<![\\p{L}\\d_./-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\d_/-])"
            return cleaned.range(of: pattern, options: .regularExpression) != nil
        }.map { word in
            let range = cleaned.range(of: "(?<![\\p{L}\\d_./-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\d_/-])", options: .regularExpression)!
            let from = cleaned.index(range.lowerBound, offsetBy: -40, limitedBy: cleaned.startIndex) ?? cleaned.startIndex
            let to = cleaned.index(range.upperBound, offsetBy: 30, limitedBy: cleaned.endIndex) ?? cleaned.endIndex
            return "\(word): …\(cleaned[from..<to].replacingOccurrences(of: "\n", with: " "))…"
        }
    }

    static func codes() throws -> Set<String> {
        let csv = try String(contentsOfFile: CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path, encoding: .utf8)
        return Set(csv.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) })
    }

    @Test("the city and the cohort report, HTML and Markdown, in Indonesian", arguments: [
        (["--city", "Kota Palu"], "html"), (["--city", "Kota Palu"], "md"), (["--city", "Kabupaten Jayawijaya"], "html"),
        (["--all"], "html"), (["--all"], "md"),
    ])
    func indonesian(_ target: [String], _ format: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.\(format)").path
        let r = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--format", format, "--out", out, "--samples", "70", "--lang", "id"] + target,
                            in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let raw = try String(contentsOfFile: out, encoding: .utf8)
        let text = format == "html" ? Self.visibleText(html: raw) : Self.visibleText(markdown: raw)
        // The scan must have something to find: the report is long and full of numbers with decimals.
        #expect(text.count > 5_000 && text.contains(","))
        let points = Self.decimalPoints(text, codes: try Self.codes())
        #expect(points.isEmpty, "\(points.count) numbers with a decimal point: \(points.prefix(10))")
        let english = Self.englishFound(text)
        #expect(english.isEmpty, "English words: \(english.prefix(15))")
    }

    @Test("the scan finds what it looks for: an English number, a unit and a level in a sample")
    func scanFinds() throws {
        let sample = "Luas ruang terbuka 4.258 m² per capita · 0.87 poin · 1234.567 · risiko high · 14.545 orang · kode 72.71 · Tata Kelola Cerdas (Smart Governance)"
        // "4.258" reads as a thousands group, as Indonesian writes 4.258; an English decimal of three places
        // cannot be told from it by its look, so the numbers' own tests cover the formatter.
        #expect(Self.decimalPoints(sample, codes: ["72.71"]).count == 2)
        #expect(Set(Self.englishFound(sample).map { String($0.prefix { $0 != ":" }) }) == ["per capita", "high"])
        #expect(Self.visibleText(html: "<p>a &amp; b</p><style>p{x:1.5}</style><svg><text>2.5 days</text></svg>").contains("2.5 days"))
    }
}
