import Foundation
import SmartScore
import Testing

/// `report --format docx|pdf` through the real binary: the format chosen by the flag or by the --out
/// file's extension, and every refusal made before the scoring, naming the flag that chose the format.
@Suite("CLI: smartscore report as Word and PDF")
struct CLIReportDocxTests {
    static let data = ["--data", "datasets/demo/demo_cohort.csv"]

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A zip holding a Word document's main parts (the library's tests open it part by part).
    static func isWordDocument(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.starts(with: [0x50, 0x4B, 0x03, 0x04]) && data.range(of: Data("word/document.xml".utf8)) != nil
            && data.range(of: Data("[Content_Types].xml".utf8)) != nil && data.range(of: Data("word/media/chart1.png".utf8)) != nil
    }

    @Test("the Word document is the same bytes in every time zone (its zip dates are one fixed instant)")
    func sameBytesEverywhere() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var documents: [Data] = []
        for zone in ["UTC", "Asia/Jakarta", "America/Los_Angeles"] {
            let out = dir.appendingPathComponent("palu-\(documents.count).docx").path
            let r = try CLI.run(["report"] + Self.data + ["--city", "Kota Palu", "--samples", "0", "--out", out], environment: ["TZ": zone], in: CLI.root)
            #expect(r.status == 0, "\(r.stderr)")
            documents.append(try #require(FileManager.default.contents(atPath: out)))
        }
        #expect(documents.count == 3 && documents.allSatisfy { $0 == documents[0] })
    }

    @Test("--out palu.docx writes the city's Word document in Indonesian; --all --format docx --lang en the ranking's")
    func writes() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let palu = dir.appendingPathComponent("palu.docx").path
        let city = try CLI.run(["report"] + Self.data + ["--city", "Kota Palu", "--samples", "0", "--out", palu],
                               environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(city.status == 0, "\(city.stderr)")
        #expect(city.stderr.contains("laporan disimpan ke \(palu)"))
        #expect(Self.isWordDocument(palu))
        let ranking = dir.appendingPathComponent("ranking.word").path
        let all = try CLI.run(["report"] + Self.data + ["--all", "--format", "docx", "--samples", "0", "--lang", "en", "--out", ranking], in: CLI.root)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(Self.isWordDocument(ranking))
        // Nothing but the two documents: no temporary left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["palu.docx", "ranking.word"])
    }

    @Test("the help lists exactly the formats report accepts, and each is accepted")
    func formats() throws {
        let help = try CLI.run(["report", "--help"], in: CLI.root)
        #expect(help.status == 0)
        #expect(help.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
                    .contains("(values: html, md, docx, pdf"), "\(help.stdout)")
        for format in ReportFormat.allCases {
            // Accepted as a value (a usage error would be 2): refused only at the folder that does not exist.
            let r = try CLI.run(["report"] + Self.data + ["--city", "Kota Palu", "--format", format.rawValue, "--out", "/nonexistent/dir/x"], in: CLI.root)
            #expect(r.status == 1 && r.stderr.contains("--out"), "\(format): \(r.stderr)")
        }
        let table = try CLI.run(["report"] + Self.data + ["--city", "Kota Palu", "--format", "table", "--out", "x.txt"], in: CLI.root)
        #expect(table.status == 2 && table.stderr.contains("--format"))
    }

    @Test("refused before scoring, naming the flag: PDF without Chromium, Word without rsvg-convert, a missing folder")
    func refusals() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bare = ["PATH": dir.path]
        let pdf = dir.appendingPathComponent("palu.pdf").path
        let explicit = try CLI.run(["report"] + Self.data + ["--city", "Kota Palu", "--format", "pdf", "--out", pdf], environment: bare, in: CLI.root)
        #expect(explicit.status == 1)
        #expect(explicit.stderr.contains("--format: error:") && explicit.stderr.contains("chromium") && explicit.stderr.contains("--format docx"),
                "\(explicit.stderr)")
        let implied = try CLI.run(["report"] + Self.data + ["--city", "Kota Palu", "--out", pdf], environment: bare.merging(["SMARTSCORE_LANG": "id"]) { $1 },
                                  in: CLI.root)
        #expect(implied.status == 1)
        #expect(implied.stderr.contains("--out: kesalahan:") && implied.stderr.contains("pasang Chromium"), "\(implied.stderr)")
        let docx = dir.appendingPathComponent("palu.docx").path
        let noRaster = try CLI.run(["report"] + Self.data + ["--all", "--out", docx], environment: bare, in: CLI.root)
        #expect(noRaster.status == 1 && noRaster.stderr.contains("--out: error:") && noRaster.stderr.contains("librsvg2-bin"), "\(noRaster.stderr)")
        let missing = try CLI.run(["report"] + Self.data + ["--all", "--out", "/nonexistent/dir/palu.docx"], in: CLI.root)
        #expect(missing.status == 1 && missing.stderr.contains("--out"), "\(missing.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing written")
    }

    @Test("--out palu.pdf prints the report through Chromium")
    func printsPDF() throws {
        // scripts/install-deps.sh installs Debian's chromium: printing is tested wherever the tests run.
        try #require(PDFPrinter.browserAvailable(), "no chromium on PATH: run scripts/install-deps.sh")
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("palu.pdf").path
        let r = try CLI.run(["report"] + Self.data + ["--city", "Kota Palu", "--samples", "0", "--out", pdf], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.contents(atPath: pdf)?.starts(with: Array("%PDF-".utf8)) == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["palu.pdf"])
    }
}
