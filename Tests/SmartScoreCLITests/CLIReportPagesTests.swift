import Foundation
import Testing

/// Issue 19: the reports as they print on A4 through headless Chromium (`report --format pdf`), read back
/// page by page with poppler's pdftotext. The executive summary is one page, the last; the cohort overview
/// is the first page; the city report's first page carries its first section, not a half-empty title page.
@Suite("CLI: the printed reports' pages")
struct CLIReportPagesTests {
    /// The text of each page of a PDF, in order.
    static func pages(_ pdf: String) throws -> [String] {
        let pdftotext = try #require(CLITemplateTests.which("pdftotext"), "no pdftotext: run scripts/install-deps.sh (poppler-utils)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = ["-layout", pdf, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // pdftotext ends every page with a form feed.
        var pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    static func printed(_ arguments: [String]) throws -> [String] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("report.pdf").path
        let r = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--format", "pdf", "--out", pdf, "--samples", "70"] + arguments, in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        return try pages(pdf)
    }

    static func firstLine(_ page: String) -> String {
        page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? ""
    }

    @Test("the city report: section 1 on the first page, the books' parts each open a page, the Ringkasan Eksekutif is the whole last page",
          arguments: [("id", "Ringkasan Eksekutif", "Buku 2 — Masterplan", "Lampiran"), ("en", "Executive summary", "Book 2 — Masterplan", "Annex")])
    func city(_ language: String, _ summary: String, _ partTwo: String, _ annex: String) throws {
        let pages = try Self.printed(["--city", "Kota Palu", "--lang", language])
        #expect(pages.count > 10)
        #expect(pages[0].contains("1. ") && pages[0].contains("Kota Palu"))
        // The summary starts a page and ends the document: it fits one page.
        #expect(Self.firstLine(pages.last!) == summary, "last page starts: \(Self.firstLine(pages.last!))")
        #expect(pages.filter { $0.contains(summary) }.count == 1)
        // Buku 2 and the annex each start a page of their own.
        #expect(pages.contains { Self.firstLine($0) == partTwo })
        #expect(pages.contains { Self.firstLine($0) == annex })
    }

    @Test("the cohort report: the overview is the first page, whole, and the ranking follows on the next")
    func cohort() throws {
        let pages = try Self.printed(["--all", "--lang", "id"])
        #expect(pages.count >= 3)
        #expect(pages[0].contains("Ikhtisar Penilaian") && pages[0].contains("Peringkat teratas") && pages[0].contains("Peringkat terbawah"))
        // The overview's last line is on the first page, and the second page begins the ranking's sections.
        #expect(pages[0].contains("halaman berikutnya"))
        #expect(!pages[1].contains("Ikhtisar Penilaian"))
    }
}

/// A city whose data give it no index: its summary and strategy say so and name no index points.
@Suite("CLI: the report of a city without an index")
struct CLIReportWithoutIndexTests {
    @Test("no index: the summary says why and claims no points lost or gained; the strategy names no costs")
    func withoutIndex() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-noindex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Kota Palu keeps only its local indicators (BPS series), too few for any dimension's coverage.
        let csv = try String(contentsOf: CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv"), encoding: .utf8)
        let kept = csv.split(separator: "\n").filter { !$0.hasPrefix("72.71,") || $0.contains(",local:") }
        let data = dir.appendingPathComponent("noindex.csv").path
        try kept.joined(separator: "\n").write(toFile: data, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("palu.md").path
        let r = try CLI.run(["report", "--data", data, "--city", "Kota Palu", "--format", "md", "--samples", "0", "--out", out, "--lang", "id"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOfFile: out, encoding: .utf8)
        let summary = try #require(md.range(of: "## Ringkasan Eksekutif").map { String(md[$0.upperBound...]) })
        #expect(summary.contains("belum memperoleh indeks kesiapan"))
        #expect(!summary.contains("menurunkan indeks") && !summary.contains("indeks naik"), "\(summary)")
        let strategy = try #require(md.range(of: "## Arah strategi per dimensi").map { String(md[$0.upperBound...]) })
        #expect(!strategy.components(separatedBy: "## Ringkasan").first!.contains("menurunkan indeks sebesar"))
    }
}
