import Foundation
import Testing
@testable import SmartScore

/// The quick-win assessment sheet: the ministry's twelve questions as data, both sheet formats, the scores
/// worked by hand (shared/reference/evaluation.md §4.5, §5, §6.1), and every refusal at its file:line:column.
@Suite("Quick-win criteria: the twelve questions, YAML and CSV sheets, scores by hand, refusals at file:line:column")
struct QuickWinAssessmentTests {
    static let programmes = try! ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue).programmes
    static func example(_ name: String) -> String { TestPaths.root.appendingPathComponent("datasets/examples/\(name)").path }

    /// Writes `text` to a fresh temporary file called `name`.
    static func write(_ text: String, _ name: String) throws -> String {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The problems a load reports, whether one (`InputError`) or several (`InputErrors`).
    static func problems(_ path: String) -> [InputError] {
        do {
            _ = try QuickWinAssessment.load(path: path, programmes: programmes)
            Issue.record("\(path) was accepted")
            return []
        } catch let error as InputError {
            return [error]
        } catch let errors as InputErrors {
            return errors.errors
        } catch {
            Issue.record("unexpected \(error)")
            return []
        }
    }

    /// The one problem a load reports.
    static func problem(_ path: String) -> InputError? {
        let all = problems(path)
        #expect(all.count == 1, "\(all)")
        return all.first
    }

    /// One YAML entry: `  - programme: …` (line 1 of the entry), `    scores:` (line 2), then one line per
    /// question (lines 3–14), the key at column 7 and the value two columns after the key.
    static func yamlEntry(_ programme: String, _ values: [String] = Array(repeating: "3", count: 12),
                          keys: [String] = QuickWinCriteria.keys) -> String {
        "  - programme: \(programme)\n    scores:\n" + zip(keys, values).map { "      \($0): \($1)\n" }.joined()
    }

    static let csvHeader = "programme," + QuickWinCriteria.keys.joined(separator: ",")

    // MARK: the questions

    @Test("twelve questions with stable unique keys, ten criteria, the numbers as printed, texts in both languages")
    func questions() {
        let q = QuickWinCriteria.questions
        #expect(q.map(\.key) == ["formulation", "appeal", "benefit", "uniqueness", "partnership", "development", "continuity", "resources",
                                 "risk_identification", "risk_mitigation", "sustainability_running", "sustainability_new"])
        #expect(q.map(\.criterion) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 10])
        // 5.1.1 ten times, as printed (evaluation.md §4.5); 5.2.1 is risk mitigation, 5.1.2 the new quick wins.
        #expect(q.map(\.number) == Array(repeating: "5.1.1", count: 9) + ["5.2.1", "5.1.1", "5.1.2"])
        #expect(QuickWinCriteria.criteria.map(\.number) == Array(1...10))
        #expect(QuickWinCriteria.criteria.map { $0.questions.count } == [1, 1, 1, 1, 1, 1, 1, 1, 2, 2])
        #expect(QuickWinCriteria.criteria[8].key == "risk_management" && QuickWinCriteria.criteria[9].key == "sustainability")
        #expect(QuickWinCriteria.criteria[8].name(.id) == "Manajemen risiko" && QuickWinCriteria.criteria[9].name(.id) == "Keberlanjutan")
        #expect(QuickWinCriteria.criteria[6].name(.id) == "Keberlangsungan" && QuickWinCriteria.criteria[6].name(.en) == "Continuity")
        for language in Language.allCases {
            let texts = q.map { $0.text(language) }
            #expect(Set(texts).count == 12 && texts.allSatisfy { $0.hasSuffix("?") }, "\(language)")
        }
        #expect(QuickWinCriteria.question("risk_mitigation")?.text(.id) == "Sejauh mana pemerintah daerah telah menyusun rencana mitigasi atas risiko tersebut?")
        #expect(QuickWinCriteria.question("Risk_Mitigation") == nil)
    }

    // MARK: the example sheets, by hand

    @Test("the example YAML sheet: each quick win's score and the component score, by hand")
    func exampleYAML() throws {
        let sheet = try QuickWinAssessment.load(path: Self.example("quickwin_criteria.yaml"), programmes: Self.programmes)
        #expect(sheet.format == .yaml && sheet.city == "Kota Palu" && sheet.year == 2024 && sheet.warnings.isEmpty)
        #expect(sheet.entries.map(\.programme.id) == ["gov-lapor-complaints", "eco-qris-pasar", "liv-stunting-monitoring", "env-waste-bank"])
        // gov-lapor-complaints: 3.6 + 3.2 + 3.4 + 2.4 + 2.8 + 3.0 + 3.4 + 3.0 + 3.2 + 2.8 + 4.0 + 2.6 = 37.4; 37.4 / 12 = 3.11666…
        #expect(abs(sheet.score(of: "gov-lapor-complaints")! - 37.4 / 12) < 1e-12)
        // eco-qris-pasar: 3.2 + 3.6 + 3.4 + 3.0 + 4.0 + 3.6 + 3.0 + 3.2 + 2.8 + 2.6 + 3.6 + 3.0 = 39.0; 39.0 / 12 = 3.25
        #expect(abs(sheet.score(of: "eco-qris-pasar")! - 3.25) < 1e-12)
        // liv-stunting-monitoring: 4.0 + 3.0 + 3.6 + 3.2 + 2.6 + 3.4 + 3.8 + 2.8 + 3.6 + 3.4 + 3.0 + 3.4 = 39.8; 39.8 / 12 = 3.31666…
        #expect(abs(sheet.score(of: "liv-stunting-monitoring")! - 39.8 / 12) < 1e-12)
        // env-waste-bank: 2.8 + 3.4 + 3.2 + 2.6 + 3.0 + 3.2 + 2.4 + 2.2 + 2.0 + 1.8 + 2.4 + 3.6 = 32.6; 32.6 / 12 = 2.71666…
        #expect(abs(sheet.score(of: "env-waste-bank")! - 32.6 / 12) < 1e-12)
        #expect(sheet.score(of: "gov-e-licensing") == nil)
        // Component: all 48 answers, (37.4 + 39.0 + 39.8 + 32.6) / 48 = 148.8 / 48 = 3.1,
        // the same as the mean of the four quick-win scores, (3.11666… + 3.25 + 3.31666… + 2.71666…) / 4 = 3.1.
        #expect(abs(sheet.componentScore - 3.1) < 1e-12)
        #expect(abs(sheet.entries.map(\.score).reduce(0, +) / 4 - 3.1) < 1e-12)
        let lapor = try #require(sheet.entry(for: "gov-lapor-complaints"))
        #expect(lapor.score("uniqueness") == 2.4 && lapor.score("sustainability_running") == 4.0 && lapor.score("nonsense") == nil)
        #expect(lapor.written == "gov-lapor-complaints" && lapor.notes.count == 4)
        #expect(lapor.notes["sustainability_running"] == "Berjalan sejak 2019; 1.240 aduan ditindaklanjuti sepanjang 2023.")
        #expect(lapor.note?.hasPrefix("Bukti: Keputusan Wali Kota") == true)
        // Risk management of gov-lapor-complaints: (3.2 + 2.8) / 2 = 3.0.
        #expect(abs(lapor.criterionScore(9)! - 3.0) < 1e-12 && lapor.criterionScore(11) == nil)
    }

    @Test("per criterion across the quick wins, by hand; their plain mean is not the component score")
    func criteria() throws {
        let sheet = try QuickWinAssessment.load(path: Self.example("quickwin_criteria.yaml"), programmes: Self.programmes)
        // Formulation (3.6 + 3.2 + 4.0 + 2.8) / 4 = 13.6 / 4 = 3.4; appeal 13.2 / 4 = 3.3; benefit 13.6 / 4 = 3.4;
        // uniqueness 11.2 / 4 = 2.8; partnership 12.4 / 4 = 3.1; development 13.2 / 4 = 3.3; continuity 12.6 / 4 = 3.15;
        // resources 11.2 / 4 = 2.8;
        // risk management (3.2 + 2.8 + 2.8 + 2.6 + 3.6 + 3.4 + 2.0 + 1.8) / 8 = 22.2 / 8 = 2.775;
        // sustainability (4.0 + 2.6 + 3.6 + 3.0 + 3.0 + 3.4 + 2.4 + 3.6) / 8 = 25.6 / 8 = 3.2.
        let expected = [3.4, 3.3, 3.4, 2.8, 3.1, 3.3, 3.15, 2.8, 2.775, 3.2]
        let scores = sheet.criterionScores
        #expect(scores.map(\.criterion.number) == Array(1...10))
        for (s, e) in zip(scores, expected) { #expect(abs(s.score - e) < 1e-12, "\(s.criterion.key): \(s.score) vs \(e)") }
        // The ten criteria's plain mean, 31.225 / 10 = 3.1225, is not the component score 3.1: risk management
        // and sustainability weigh 2/12 each: (25.25 + 2 × 2.775 + 2 × 3.2) / 12 = 37.2 / 12 = 3.1.
        let plain = scores.map(\.score).reduce(0, +) / 10
        #expect(abs(plain - 3.1225) < 1e-12 && abs(sheet.componentScore - 3.1) < 1e-12)
        // Question means: risk mitigation (2.8 + 2.6 + 3.4 + 1.8) / 4 = 10.6 / 4 = 2.65; their mean is the component.
        let questions = sheet.questionScores
        #expect(questions.map(\.question.key) == QuickWinCriteria.keys)
        #expect(abs(questions[9].score - 2.65) < 1e-12)
        #expect(abs(questions.map(\.score).reduce(0, +) / 12 - sheet.componentScore) < 1e-12)
    }

    @Test("the example CSV sheet gives exactly what the YAML sheet gives; a programme named by its Indonesian name")
    func csvEqualsYAML() throws {
        let yaml = try QuickWinAssessment.load(path: Self.example("quickwin_criteria.yaml"), programmes: Self.programmes)
        let csv = try QuickWinAssessment.load(path: Self.example("quickwin_criteria.csv"), programmes: Self.programmes)
        #expect(csv.format == .csv && csv.city == nil && csv.year == nil && csv.warnings.isEmpty)
        #expect(csv.entries.map(\.programme.id) == yaml.entries.map(\.programme.id))
        #expect(csv.entries.map(\.scores) == yaml.entries.map(\.scores))
        #expect(csv.entries.map(\.score) == yaml.entries.map(\.score))
        #expect(csv.componentScore == yaml.componentScore)
        #expect(csv.criterionScores == yaml.criterionScores && csv.questionScores == yaml.questionScores)
        #expect(csv.entries[1].written == "Pembayaran nontunai QRIS di pasar rakyat" && csv.entries[1].programme.id == "eco-qris-pasar")
        #expect(csv.entries[0].location == SourceLocation(file: Self.example("quickwin_criteria.csv"), line: 2, column: 1))
        #expect(csv.entries[3].note == "Bukti: data DLH tentang jumlah nasabah dan tonase sampah terpilah; pengelola sebagian besar relawan.")
        // Hand check on the CSV alone: env-waste-bank 32.6 / 12, component 148.8 / 48 = 3.1.
        #expect(abs(csv.score(of: "env-waste-bank")! - 32.6 / 12) < 1e-12 && abs(csv.componentScore - 3.1) < 1e-12)
    }

    @Test("Kabupaten Malang 2023: twelve question scores summing to 37.6 give the printed Quick Win 3.13")
    func malang2023() throws {
        // evaluation.md §4.5 and §8: 3.80 3.00 3.00 3.00 2.40 2.60 2.80 3.00 3.80 4.00 3.00 3.20.
        // Sum: 3.8 + 3 + 3 + 3 + 2.4 + 2.6 + 2.8 + 3 + 3.8 + 4 + 3 + 3.2 = 37.6; 37.6 / 12 = 3.1333…, printed 3,13 (§6.1).
        let values = ["3.80", "3.00", "3.00", "3.00", "2.40", "2.60", "2.80", "3.00", "3.80", "4.00", "3.00", "3.20"]
        let path = try Self.write("city: Kabupaten Malang\nyear: 2023\nquick_wins:\n" + Self.yamlEntry("gov-lapor-complaints", values), "malang.yaml")
        let sheet = try QuickWinAssessment.load(path: path, programmes: Self.programmes)
        #expect(abs(sheet.componentScore - 37.6 / 12) < 1e-12)
        #expect(abs(sheet.componentScore - 3.1333333333333333) < 1e-12)
        #expect((sheet.componentScore * 100).rounded() / 100 == 3.13)
        // The mean of the ten criteria, 30.6 / 10 = 3.06 (risk management (3.8 + 4) / 2 = 3.9, sustainability
        // (3 + 3.2) / 2 = 3.1), is what the ministry does not print (§6.1's "mean of indicators" column).
        let criteria = sheet.criterionScores.map(\.score)
        #expect(abs(criteria[8] - 3.9) < 1e-12 && abs(criteria[9] - 3.1) < 1e-12)
        #expect(abs(criteria.reduce(0, +) / 10 - 3.06) < 1e-12)
        // The same in CSV, with Indonesian Excel's `;` and decimal commas.
        let csv = try Self.write(Self.csvHeader.replacingOccurrences(of: ",", with: ";") + "\ngov-lapor-complaints;"
                                 + values.map { $0.replacingOccurrences(of: ".", with: ",") }.joined(separator: ";") + "\n", "malang.csv")
        let fromCSV = try QuickWinAssessment.load(path: csv, programmes: Self.programmes)
        #expect(fromCSV.componentScore == sheet.componentScore && fromCSV.entries[0].scores == sheet.entries[0].scores)
    }

    // MARK: reading

    @Test("programmes by id or exact Indonesian or English name, in any case; CSV columns in any order, BOM, CRLF, note optional")
    func reading() throws {
        let yaml = try Self.write("quick_wins:\n" + Self.yamlEntry("GOV-LAPOR-COMPLAINTS") + Self.yamlEntry("waste banks in every village and ward")
                                  + Self.yamlEntry("Aplikasi pemantauan percepatan penurunan stunting by name by address"), "names.yaml")
        let sheet = try QuickWinAssessment.load(path: yaml, programmes: Self.programmes)
        #expect(sheet.entries.map(\.programme.id) == ["gov-lapor-complaints", "env-waste-bank", "liv-stunting-monitoring"])
        #expect(sheet.city == nil && sheet.year == nil && abs(sheet.componentScore - 3) < 1e-12)

        let keys = QuickWinCriteria.keys.reversed()
        let values = (0..<12).map { String(Double($0) / 5) }       // 0, 0.2, …, 2.2 for sustainability_new … formulation
        let csv = try Self.write("\u{FEFF}note," + keys.joined(separator: ",") + ",programme\r\n"
                                 + "\"ada, koma\"," + values.joined(separator: ",") + ",eco-qris-pasar\r\n", "order.csv")
        let entry = try QuickWinAssessment.load(path: csv, programmes: Self.programmes).entries[0]
        #expect(entry.programme.id == "eco-qris-pasar" && entry.note == "ada, koma")
        #expect(entry.score("sustainability_new") == 0 && entry.score("formulation") == 2.2)
        // (0 + 0.2 + … + 2.2) / 12 = 13.2 / 12 = 1.1.
        #expect(abs(entry.score - 1.1) < 1e-12)
    }

    // MARK: refusals, YAML

    @Test("YAML: an unknown question key, at the key, with the nearest key")
    func yamlUnknownQuestion() throws {
        var keys = QuickWinCriteria.keys
        keys[9] = "risk_mitigaton"
        let path = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints", keys: keys), "q.yaml")
        let all = Self.problems(path)
        // The misspelt key, and with it the real key is missing.
        #expect(all.map(\.code) == ["quickwin_criteria.unknown_question", "quickwin_criteria.missing_question"])
        #expect(all[0].location == SourceLocation(file: path, line: 13, column: 7))
        #expect(all[0].message == "unknown question 'risk_mitigaton'" && all[0].hint?.hasPrefix("did you mean 'risk_mitigation'?") == true)
        #expect(all[0].rendered(language: .id).contains("pertanyaan 'risk_mitigaton' tidak dikenal"))
        #expect(all[1].message == "gov-lapor-complaints has no score for risk_mitigation")
    }

    @Test("YAML: a missing question, at the scores mapping, naming every missing key")
    func yamlMissingQuestion() throws {
        let keys = QuickWinCriteria.keys.filter { $0 != "appeal" && $0 != "sustainability_new" }
        let path = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints", keys: keys), "m.yaml")
        let e = try #require(Self.problem(path))
        #expect(e.code == "quickwin_criteria.missing_question")
        #expect(e.location == SourceLocation(file: path, line: 4, column: 7))
        #expect(e.message == "gov-lapor-complaints has no score for appeal, sustainability_new")
        #expect(e.rendered(language: .id) == """
            \(path):4:7: kesalahan: gov-lapor-complaints belum diberi skor untuk appeal, sustainability_new
              saran: setiap quick win harus diberi skor 0–4 untuk ke-12 pertanyaan
            """)
        // An entry without `scores:` at all.
        let none = try Self.write("quick_wins:\n  - programme: gov-lapor-complaints\n", "none.yaml")
        let n = try #require(Self.problem(none))
        #expect(n.code == "loader.missing_key" && n.location == SourceLocation(file: none, line: 2, column: 5))
        #expect(n.message == "a quick-win entry has no 'scores'" && n.messageID == "entri quick win tidak memiliki kunci 'scores'")
    }

    @Test("YAML: a score outside 0–4 and a score that is not a number, at the value")
    func yamlScores() throws {
        var values = Array(repeating: "3", count: 12)
        values[2] = "4.2"
        values[4] = "-0.2"
        values[7] = "tiga"
        values[8] = "\"3,4\""
        let path = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints", values), "s.yaml")
        let all = Self.problems(path)
        #expect(all.map(\.code) == ["quickwin_criteria.score_range", "quickwin_criteria.score_range",
                                    "quickwin_criteria.not_a_number", "quickwin_criteria.not_a_number"])
        // benefit at line 6, value at column 7 + 7 + 2 = 16; partnership line 8 column 20; resources line 11
        // column 18; risk_identification line 12 column 28.
        #expect(all.map(\.location) == [SourceLocation(file: path, line: 6, column: 16), SourceLocation(file: path, line: 8, column: 20),
                                        SourceLocation(file: path, line: 11, column: 18), SourceLocation(file: path, line: 12, column: 28)])
        #expect(all[0].message == "the score 4.2 of benefit is outside 0–4")
        #expect(all[0].messageID == "skor 4.2 untuk benefit berada di luar rentang 0–4")
        #expect(all[2].message == "'tiga' is not a number (the score of resources)")
        #expect(all[3].message == "'3,4' is not a number (the score of risk_identification)")
        // Quoted numbers are numbers; 0 and 4 are on the scale.
        values = Array(repeating: "\"2.6\"", count: 12)
        values[0] = "0"
        values[1] = "4"
        let fine = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints", values), "fine.yaml")
        // (0 + 4 + 10 × 2.6) / 12 = 30 / 12 = 2.5.
        #expect(abs(try QuickWinAssessment.load(path: fine, programmes: Self.programmes).componentScore - 2.5) < 1e-12)
    }

    @Test("YAML: the same programme twice (by id, then by name), at the second, pointing at the first")
    func yamlDuplicate() throws {
        let path = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints")
                                  + Self.yamlEntry("Public complaints channel SP4N-LAPOR!"), "d.yaml")
        let e = try #require(Self.problem(path))
        #expect(e.code == "quickwin_criteria.duplicate_programme")
        #expect(e.location == SourceLocation(file: path, line: 16, column: 16))
        #expect(e.message == "the quick win gov-lapor-complaints is assessed twice")
        #expect(e.hint == "it is first assessed at \(path):2:16; give each quick win one entry")
    }

    @Test("YAML: an unknown programme, at its name, with the nearest ids")
    func yamlUnknownProgramme() throws {
        let path = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaint"), "p.yaml")
        let e = try #require(Self.problem(path))
        #expect(e.code == "quickwin_criteria.unknown_programme" && e.location == SourceLocation(file: path, line: 2, column: 16))
        #expect(e.message == "the programme 'gov-lapor-complaint' is not in the programme catalogue")
        #expect(e.hint?.contains("did you mean gov-lapor-complaints,") == true)
        #expect(e.rendered(language: .id).contains("program 'gov-lapor-complaint' tidak terdapat dalam katalog program"))
        // A part of an id or name: the programmes that contain it come first.
        let part = try Self.write("quick_wins:\n" + Self.yamlEntry("lapor"), "part.yaml")
        #expect(Self.problem(part)?.hint?.contains("did you mean gov-lapor-complaints, ") == true)
    }

    @Test("YAML: an empty sheet, an unknown field, a year out of range")
    func yamlSheet() throws {
        for (text, line, column) in [("quick_wins: []\n", 1, 13), ("city: Kota Palu\nquick_wins:\n", 2, 12)] {
            let path = try Self.write(text, "e.yaml")
            let e = try #require(Self.problem(path))
            #expect(e.code == "quickwin_criteria.empty" && e.location == SourceLocation(file: path, line: line, column: column), "\(e)")
            #expect(e.messageID == "lembar penilaian tidak memuat satu pun quick win")
        }
        let missing = try Self.write("city: Kota Palu\n", "nolist.yaml")
        #expect(Self.problem(missing)?.message == "a quick-win assessment sheet has no 'quick_wins'")
        let field = try Self.write("kota: Palu\nquick_wins:\n" + Self.yamlEntry("gov-lapor-complaints"), "f.yaml")
        let f = try #require(Self.problem(field))
        #expect(f.code == "loader.unknown_field" && f.location == SourceLocation(file: field, line: 1, column: 1))
        #expect(f.messageID == "kunci 'kota' tidak dikenal dalam lembar penilaian quick win")
        let entryField = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints") + "    score: 3\n", "g.yaml")
        #expect(Self.problem(entryField)?.location == SourceLocation(file: entryField, line: 16, column: 5))
        let year = try Self.write("year: 23\nquick_wins:\n" + Self.yamlEntry("gov-lapor-complaints"), "y.yaml")
        #expect(Self.problem(year)?.location == SourceLocation(file: year, line: 1, column: 7))
    }

    @Test("YAML: an unknown question key among the notes, at the key")
    func yamlNotes() throws {
        let path = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints") + "    notes:\n      risk: \"x\"\n", "n.yaml")
        let e = try #require(Self.problem(path))
        #expect(e.code == "quickwin_criteria.unknown_question" && e.location == SourceLocation(file: path, line: 17, column: 7))
        // A note on several lines is kept on one.
        let block = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints") + "    notes:\n      risk_mitigation: |\n        satu\n        dua\n", "b.yaml")
        #expect(try QuickWinAssessment.load(path: block, programmes: Self.programmes).entries[0].notes == ["risk_mitigation": "satu dua"])
    }

    @Test("YAML: every bad entry is reported, not only the first")
    func yamlSeveral() throws {
        var values = Array(repeating: "3", count: 12)
        values[0] = "5"
        let path = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints", values) + Self.yamlEntry("gov-nothing"), "several.yaml")
        let all = Self.problems(path)
        #expect(all.map(\.code) == ["quickwin_criteria.score_range", "quickwin_criteria.unknown_programme"])
        #expect(all.map { $0.location?.line } == [4, 16])
    }

    // MARK: refusals, CSV

    static func csvRow(_ programme: String, _ values: [String] = Array(repeating: "3", count: 12)) -> String {
        ([programme] + values).joined(separator: ",") + "\n"
    }

    @Test("CSV: an unknown column, a column twice, a missing question column and no programme column, at the header cell")
    func csvHeader() throws {
        let unknown = try Self.write(Self.csvHeader + ",remarks\n" + Self.csvRow("gov-lapor-complaints", Array(repeating: "3", count: 12) + ["x"]), "u.csv")
        let u = try #require(Self.problem(unknown))
        #expect(u.code == "quickwin_criteria.unknown_column" && u.location == SourceLocation(file: unknown, line: 1, column: 14))
        #expect(u.message == "unknown column 'remarks'" && u.hint?.hasPrefix("the columns are programme, formulation,") == true)
        let twice = try Self.write(Self.csvHeader + ",appeal\n" + Self.csvRow("gov-lapor-complaints", Array(repeating: "3", count: 13)), "t.csv")
        let t = try #require(Self.problem(twice))
        #expect(t.code == "quickwin_criteria.duplicate_column" && t.location == SourceLocation(file: twice, line: 1, column: 14))
        #expect(t.message == "the column 'appeal' appears twice in the header (first as column 3)")
        let header = Self.csvHeader.replacingOccurrences(of: ",uniqueness", with: "")
        let missing = try Self.write(header + "\n" + Self.csvRow("gov-lapor-complaints", Array(repeating: "3", count: 11)), "m.csv")
        let m = try #require(Self.problem(missing))
        #expect(m.code == "quickwin_criteria.missing_columns" && m.location == SourceLocation(file: missing, line: 1, column: 1))
        #expect(m.message == "the header has no column for uniqueness")
        let noProgramme = try Self.write(Self.csvHeader.replacingOccurrences(of: "programme,", with: "name,") + "\n", "np.csv")
        #expect(Self.problems(noProgramme).map(\.code) == ["quickwin_criteria.unknown_column", "quickwin_criteria.no_programme_column"])
    }

    @Test("CSV: an empty score cell is a missing question, at the cell")
    func csvMissing() throws {
        var values = Array(repeating: "3", count: 12)
        values[5] = ""
        values[11] = " "
        let path = try Self.write(Self.csvHeader + "\n" + Self.csvRow("eco-qris-pasar", values), "m.csv")
        let e = try #require(Self.problem(path))
        #expect(e.code == "quickwin_criteria.missing_question" && e.location == SourceLocation(file: path, line: 2, column: 7))
        #expect(e.message == "eco-qris-pasar has no score for development, sustainability_new")
    }

    @Test("CSV: a score outside 0–4 and a score that is not a number, at the cell")
    func csvScores() throws {
        var values = Array(repeating: "3", count: 12)
        values[0] = "4.4"
        values[3] = "baik"
        let path = try Self.write(Self.csvHeader + "\n" + Self.csvRow("eco-qris-pasar") + Self.csvRow("env-waste-bank", values), "s.csv")
        let all = Self.problems(path)
        #expect(all.map(\.code) == ["quickwin_criteria.score_range", "quickwin_criteria.not_a_number"])
        #expect(all.map(\.location) == [SourceLocation(file: path, line: 3, column: 2), SourceLocation(file: path, line: 3, column: 5)])
        #expect(all[1].message == "'baik' is not a number (the score of uniqueness)")
        #expect(all[1].hint == "write the score as a number from 0 to 4, such as 3 or 3.4; this file's decimal mark is '.'")
        #expect(all[1].hintID == "tulis skornya sebagai angka 0–4, misalnya 3 atau 3.4; tanda desimal berkas ini '.'")
    }

    @Test("CSV: the same programme twice, an unknown programme, an empty programme cell, at the cell")
    func csvProgrammes() throws {
        let path = try Self.write(Self.csvHeader + "\n" + Self.csvRow("env-waste-bank") + Self.csvRow("\"Waste banks in every village and ward\"")
                                  + Self.csvRow("env-waste-banks") + Self.csvRow(""), "p.csv")
        let all = Self.problems(path)
        #expect(all.map(\.code) == ["quickwin_criteria.duplicate_programme", "quickwin_criteria.unknown_programme",
                                    "quickwin_criteria.programme_empty"])
        #expect(all.map { $0.location?.line } == [3, 4, 5] && all.allSatisfy { $0.location?.column == 1 })
        #expect(all[0].hint == "it is first assessed at \(path):2:1; give each quick win one entry")
        #expect(all[1].hint?.contains("did you mean env-waste-bank,") == true)
    }

    @Test("CSV: a header and no row is an empty sheet, at line 2; an empty file at line 1; a ragged row at its extra field")
    func csvEmpty() throws {
        let headerOnly = try Self.write(Self.csvHeader + "\n,,,,,,,,,,,,\n", "h.csv")
        let h = try #require(Self.problem(headerOnly))
        #expect(h.code == "quickwin_criteria.empty" && h.location == SourceLocation(file: headerOnly, line: 2))
        #expect(h.hint == "write one row per quick win below the header programme,formulation,appeal,…")
        let empty = try Self.write("", "empty.csv")
        #expect(Self.problem(empty)?.location == SourceLocation(file: empty, line: 1, column: 1))
        let ragged = try Self.write(Self.csvHeader + "\n" + Self.csvRow("env-waste-bank", Array(repeating: "3", count: 12) + ["3,4"]), "r.csv")
        let r = try #require(Self.problem(ragged))
        #expect(r.code == "quickwin_criteria.ragged" && r.location == SourceLocation(file: ragged, line: 2, column: 14))
        #expect(r.message == "the row has 15 fields, the header has 13")
    }

    @Test("a file that is neither .yaml, .yml nor .csv is refused by its name")
    func format() throws {
        let path = try Self.write("quick_wins: []\n", "sheet.txt")
        let e = try #require(Self.problem(path))
        #expect(e.code == "quickwin_criteria.format" && e.location == SourceLocation(file: path))
        #expect(e.rendered(language: .id) == """
            \(path): kesalahan: jenis lembar penilaian tidak dapat dikenali dari nama berkasnya
              saran: beri nama berkas berakhiran .yaml atau .yml (YAML), atau .csv (CSV)
            """)
        // The extension's case does not matter.
        let upper = try Self.write("quick_wins:\n" + Self.yamlEntry("gov-lapor-complaints"), "SHEET.YML")
        #expect(try QuickWinAssessment.load(path: upper, programmes: Self.programmes).format == .yaml)
    }
}
