import Foundation
import Testing

/// Issue 19: what people read in a terminal fits its width (`COLUMNS` here: the tests run through pipes),
/// and what programs read (a pipe without `COLUMNS`, `--wide`, JSON, CSV, Markdown) keeps whole lines.
@Suite("CLI: terminal width — tables and text fit COLUMNS; pipes, --wide and data formats keep whole lines")
struct CLITerminalWidthTests {
    static let demo = ["--data", "datasets/demo/demo_cohort.csv"]
    static let verbs: [[String]] = [["rank"] + demo, ["evaluate", "--city", "Kota Palu"] + demo,
                                    ["quickwins", "--city", "Kota Palu"] + demo, ["catalogue", "list"]]

    /// Runs with `COLUMNS` set (an empty value: a pipe with no width, whole lines) in the given language.
    func run(_ args: [String], columns: String, lang: String = "id") throws -> CLIResult {
        let r = try CLI.run(args, environment: ["COLUMNS": columns, "SMARTSCORE_LANG": lang], in: CLI.root)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return r
    }

    /// The widest line in terminal columns: Characters, so that "–", "…", "÷", "≥" and accents count one.
    func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

    @Test("with COLUMNS=80 and 120 no line of rank, evaluate, quickwins or catalogue list is wider, in Indonesian and English",
          arguments: ["80", "120"])
    func fitsColumns(columns: String) throws {
        for args in Self.verbs {
            for lang in ["id", "en"] {
                let out = try run(args, columns: columns, lang: lang).stdout
                #expect(widest(out) <= Int(columns)!, "\(args) --lang \(lang): \(widest(out)) columns")
                #expect(widest(out) > 40, "\(args): the output is not empty")
            }
        }
    }

    @Test("--wide, and a pipe without COLUMNS, print the same whole lines, wider than the terminal")
    func wideKeepsWholeLines() throws {
        for args in Self.verbs {
            let piped = try run(args, columns: "").stdout
            let wide = try run(args + ["--wide"], columns: "80").stdout
            #expect(wide == piped, "\(args)")
            #expect(widest(wide) > 120, "\(args): whole lines are wider than the terminal (\(widest(wide)))")
        }
    }

    @Test("rank at 80 columns leaves dimension columns out, the last first, and says so, naming them and --wide")
    func announcesDroppedColumns() throws {
        // Indonesian dimension names are long: all six go. English ones are short: "Gov" still fits.
        let id = try run(["rank"] + Self.demo, columns: "80", lang: "id").stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(id.contains("Kolom yang tidak ditampilkan karena layar terlalu sempit: Tata Kelola, Branding, Ekonomi, Kehidupan, Masyarakat, Lingkungan. Gunakan opsi --wide untuk menampilkan seluruh kolom."))
        let out = try run(["rank"] + Self.demo, columns: "80", lang: "en").stdout
        let joined = out.replacingOccurrences(of: "\n", with: " ")
        #expect(joined.contains("Columns left out to fit the terminal: Brand, Econ, Living, Society, Env. Use --wide to show every column."))
        #expect(out.hasPrefix("Rank  Code   Name                    Index  Level      Coverage  Catalogue   Gov\n"))
        // The cities are all still there, rank and name whole.
        let wide = try run(["rank"] + Self.demo, columns: "").stdout
        #expect(out.contains("Kota Palu") && wide.contains("Kota Palu"))
        #expect(out.split(separator: "\n").filter { $0.contains("Kota ") || $0.contains("Kabupaten ") }.count
                >= wide.split(separator: "\n").filter { $0.contains("Kota ") || $0.contains("Kabupaten ") }.count)
    }

    @Test("a wrapped indicator name keeps every word whole: each word of every name appears as a word of the fitted list")
    func wordsStayWhole() throws {
        let json = try run(["catalogue", "list", "--format", "json"], columns: "80").stdout
        let indicators = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let names = indicators.compactMap { ($0["name"] as? [String: Any])?["id"] as? String }
        #expect(names.count > 300)
        let fitted = try run(["catalogue", "list"], columns: "80").stdout
        let words = Set(fitted.split(whereSeparator: \.isWhitespace).map(String.init))
        let missing = names.flatMap { $0.split(separator: " ").map(String.init) }.filter { !words.contains($0) }
        #expect(missing.isEmpty, "words cut or lost: \(missing.prefix(10))")
        #expect(!fitted.contains("…"), "no name needs shortening at 80 columns")
        // The wrapping did happen: a long name spreads over several lines.
        #expect(fitted.split(separator: "\n").count > indicators.count + 100)
    }

    @Test("evaluate in a terminal shows the 10 costliest indicators and says how to see all; --top 0 and a pipe show all")
    func evaluateTop() throws {
        let args = ["evaluate", "--city", "Kota Palu"] + Self.demo
        let csv = try run(args + ["--format", "csv"], columns: "80").stdout
        let total = csv.split(separator: "\n").count - 1
        #expect(total > 200)
        let fitted = try run(args, columns: "80", lang: "en").stdout
        #expect(fitted.replacingOccurrences(of: "\n", with: " ").contains("Showing 10 of \(total) indicators, those losing the most index points first; --top 0 shows them all."))
        for all in [try run(args + ["--top", "0"], columns: "80", lang: "en").stdout, try run(args, columns: "", lang: "en").stdout] {
            #expect(!all.contains("Showing 10 of"))
            #expect(all.split(separator: "\n").count > total)
        }
        let three = try run(args + ["--top", "3"], columns: "", lang: "en").stdout
        #expect(three.contains("Showing 3 of \(total) indicators"))
    }

    @Test("quickwins --city in a terminal lists 15 programmes by priority and 15 per later roadmap horizon, counting the rest; a pipe lists all")
    func quickwinsTop() throws {
        let args = ["quickwins", "--city", "Kota Palu"] + Self.demo
        // Words only: the roadmap's note wraps inside its column, under the horizon's.
        let fitted = try run(args, columns: "80", lang: "en").stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(fitted.range(of: #"Showing 15 of [0-9]+ programmes, the highest priority first; --top 0 shows them all\."#, options: .regularExpression) != nil)
        #expect(fitted.range(of: #"… and [0-9]+ more programmes by priority \(--top 0 shows them all\)"#, options: .regularExpression) != nil)
        for all in [try run(args, columns: "", lang: "en").stdout, try run(args + ["--top", "0"], columns: "80", lang: "en").stdout] {
            #expect(!all.contains("Showing 15 of") && !all.contains("more programmes by priority"))
        }
        // --all numbers every programme for its cities' table: --top would break the numbering, and is refused.
        let refused = try CLI.run(["quickwins", "--all", "--top", "3"] + Self.demo, environment: ["SMARTSCORE_LANG": "en"], in: CLI.root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--top goes with --city"))
    }

    @Test("the indicator table of evaluate has a unit column, in the reader's language")
    func unitColumn() throws {
        let args = ["evaluate", "--city", "Kota Palu", "--top", "0"] + Self.demo
        let id = try run(args, columns: "", lang: "id").stdout
        let en = try run(args, columns: "", lang: "en").stdout
        #expect(id.contains("Satuan") && en.contains("Unit"))
        // local:E.9, PAD per capita: its unit as each language writes it, on its row.
        let idRow = try #require(id.split(separator: "\n").first { $0.hasPrefix("local:E.9 ") })
        let enRow = try #require(en.split(separator: "\n").first { $0.hasPrefix("local:E.9 ") })
        #expect(idRow.contains("ribu rupiah per kapita per tahun"))
        #expect(enRow.contains("thousand IDR per capita per year"))
    }

    @Test("JSON, CSV and Markdown are the same bytes whatever COLUMNS says")
    func dataFormatsIgnoreWidth() throws {
        for args in Self.verbs {
            for format in ["json", "csv", "md"] {
                let narrow = try run(args + ["--format", format], columns: "80").stdout
                let whole = try run(args + ["--format", format], columns: "").stdout
                #expect(narrow == whole, "\(args) --format \(format)")
            }
        }
    }

    @Test("--out writes whole lines whatever COLUMNS says")
    func outFileKeepsWholeLines() throws {
        let folder = try FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-i19-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rank.txt").path
        _ = try run(["rank", "--out", file] + Self.demo, columns: "80")
        let piped = try run(["rank"] + Self.demo, columns: "").stdout
        #expect(try String(contentsOfFile: file, encoding: .utf8) == piped)
    }
}
