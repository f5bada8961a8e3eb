import Foundation
import Testing
@testable import SmartScore

/// The Word document made from the report's XHTML: a package Word and LibreOffice open, carrying the
/// page's headings, tables, charts and numbers.
@Suite("DOCX: the report as a Word document, the report printed to PDF")
struct DocxReportTests {
    /// Kota Palu's report, its page and its document, made once for the suite.
    struct Palu {
        let report: CityReport
        let result: ScoreResult
        let k: Int
        let html: String
        let docx: Data
    }

    // Read-only once made; the suite's tests only read it.
    nonisolated(unsafe) static let palu: Palu = {
        let (report, result, k) = try! ReportTests().cityReport(.id)
        let html = report.html(language: .id)
        return Palu(report: report, result: result, k: k, html: html, docx: try! DocxReport.document(fromXHTML: html, language: .id))
    }()

    /// The whitespace-collapsed text a reader sees, charts left out.
    static func visible(_ node: XHTMLNode) -> String {
        func text(_ node: XHTMLNode) -> String {
            switch node {
            case let .text(t): return t
            case let .element(name, _, children): return name == "svg" ? " " : (name == "br" ? " " : "") + children.map(text).joined()
            }
        }
        return squeeze(text(node))
    }

    static func squeeze(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Runs a program with a deadline; its status, or nil when it had to be stopped.
    static func run(_ arguments: [String], timeout: TimeInterval = 180) throws -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        guard done.wait(timeout: .now() + timeout) == .success else { process.terminate(); return nil }
        return process.terminationStatus
    }

    static func which(_ name: String) -> String? {
        ExternalProgram.find([name])?.path
    }

    @Test("the package: every part the content types list exists, every part has a type, XML parses, relationships resolve")
    func package() throws {
        let docx = try DocxPackageReader(Self.palu.docx)
        #expect(docx.order.first == "[Content_Types].xml")
        #expect(docx.unparsableParts().isEmpty, "\(docx.unparsableParts())")
        let overrides = docx.attributes("Override", "PartName", in: "[Content_Types].xml")
        let defaults = Set(docx.attributes("Default", "Extension", in: "[Content_Types].xml"))
        #expect(overrides.count == 5)
        for part in overrides { #expect(docx.parts[String(part.dropFirst())] != nil, "\(part) listed but missing") }
        for path in docx.parts.keys where !overrides.contains("/" + path) {
            #expect(defaults.contains(String(path.split(separator: ".").last ?? "")), "\(path) has no content type")
        }
        // Relationships resolve against their source part's folder.
        for rels in docx.parts.keys where rels.hasSuffix(".rels") {
            let folder = rels == "_rels/.rels" ? "" : String(rels.prefix(upTo: rels.range(of: "_rels/")!.lowerBound))
            for target in docx.attributes("Relationship", "Target", in: rels) {
                #expect(docx.parts[folder + target] != nil, "\(rels): \(target) does not resolve")
            }
        }
        // Every picture's blip names a relationship of the document: a PNG, and an SVG as Word's extension.
        let ids = docx.attributes("Relationship", "Id", in: "word/_rels/document.xml.rels")
        let targets = Dictionary(uniqueKeysWithValues: zip(ids, docx.attributes("Relationship", "Target", in: "word/_rels/document.xml.rels")))
        let body = try docx.body()
        #expect(!body.embeds.isEmpty && body.embeds.count == body.svgEmbeds.count)
        for id in body.embeds { #expect(targets[id]?.hasSuffix(".png") == true) }
        for id in body.svgEmbeds { #expect(targets[id]?.hasSuffix(".svg") == true) }
        for (path, data) in docx.parts where path.hasSuffix(".png") { #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47])) }
        #expect(Set(body.docPrIDs).count == body.docPrIDs.count, "drawing ids are unique")
        #expect(docx.text("word/styles.xml")?.contains("<w:lang w:val=\"id-ID\"") == true)
        #expect(docx.text("word/document.xml")?.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") == true, "A4")
    }

    @Test("the document carries the index, the rank and every quick win of Kota Palu, in Indonesian numbers, under Heading styles")
    func content() throws {
        let palu = Self.palu
        let body = try DocxPackageReader(palu.docx).body()
        let texts = body.paragraphs.map(\.text) + body.tables.flatMap { $0.rows.flatMap(\.cells) }
        let id = NumberFormat.indonesian
        let index = id.score(palu.result.index[palu.k])
        #expect(index.contains(","))
        let all = texts.joined(separator: "\n")
        // In the key figures, and in the sentence that opens the quick wins.
        #expect(all.contains(index + "\nIndeks kesiapan") && all.contains("Indeks daerah ini sebesar \(index),"), "the index \(index)")
        #expect(all.contains("\(palu.result.ranks[palu.k]!) / 100"))
        let plan = try #require(palu.report.plan)
        let names = plan.picks.flatMap { $0.picks.map { $0.programme.name[.id] } }
        #expect(!names.isEmpty)
        for name in names { #expect(all.contains(name), "quick win \(name)") }
        // Every heading of the page is a Heading paragraph of its level, with its text, in order.
        let page = try XHTMLNode.parse(palu.html)
        for level in 1...4 {
            let html = page.all("h\(level)").map(Self.visible)
            let word = body.paragraphs.filter { $0.style == "Heading\(level)" }.map(\.text)
            #expect(!html.isEmpty && html == word, "h\(level)")
        }
        // The bullet lists: one list paragraph per item.
        #expect(body.paragraphs.filter { $0.style == "ListBullet" }.count == page.all("li").count)
        // Figure captions are Caption paragraphs.
        #expect(body.paragraphs.filter { $0.style == "Caption" }.map(\.text) == page.all("figcaption").map(Self.visible))
    }

    @Test("every table has the page's rows and cells, its header row repeated on each page, numeric cells right-aligned")
    func tables() throws {
        let palu = Self.palu
        let docx = try DocxPackageReader(palu.docx)
        let body = try docx.body()
        let page = try XHTMLNode.parse(palu.html)
        let htmlTables = page.all("table")
        let wordTables = body.tables.filter { $0.style == "ReportTable" }
        #expect(htmlTables.count >= 10 && wordTables.count == htmlTables.count)
        for (html, word) in zip(htmlTables, wordTables) {
            let rows = html.all("tr")
            #expect(rows.count == word.rows.count)
            for (hr, wr) in zip(rows, word.rows) {
                let cells = hr.children.filter { $0.name == "td" || $0.name == "th" }.map(Self.visible)
                #expect(cells == wr.cells.map(Self.squeeze))
            }
            let headerRows = html.all("thead").flatMap { $0.all("tr") }.count
            #expect(word.rows.map(\.header) == (0..<rows.count).map { $0 < headerRows })
        }
        // Each cell of class "num" is one right-aligned paragraph, and nothing else is.
        let numeric = (page.all("td") + page.all("th")).filter { $0.classes.contains("num") }.count
        let right = try #require(docx.text("word/document.xml")).components(separatedBy: "<w:jc w:val=\"right\"/>").count - 1
        #expect(numeric > 100 && right == numeric)
        // The key figures (index, level, gap, rank, interval) are a table of cards.
        let cards = try #require(body.tables.first { $0.style == nil })
        #expect(cards.rows.count == 1 && cards.rows[0].cells.count == 5)
        #expect(cards.rows[0].cells[0] == NumberFormat.indonesian.score(palu.result.index[palu.k]) + "\nIndeks kesiapan (0–100)")
    }

    @Test("one picture per SVG chart of the page, a PNG of it and the SVG itself; the same report is the same bytes")
    func picturesAndDeterminism() throws {
        let palu = Self.palu
        let docx = try DocxPackageReader(palu.docx)
        let body = try docx.body()
        let svgs = try XHTMLNode.parse(palu.html).all("svg")
        #expect(svgs.count >= 6 && body.pictures == svgs.count)
        #expect(docx.parts.keys.filter { $0.hasPrefix("word/media/") && $0.hasSuffix(".png") }.count == Set(svgs.map(\.xml)).count)
        // The chart's SVG is stored as the page has it (same elements, same numbers).
        let first = try #require(docx.text("word/media/chart1.svg"))
        #expect(first == svgs[0].xml && first.contains("Tata Kelola Cerdas"))
        #expect(try DocxReport.document(fromXHTML: palu.html, language: .id) == palu.docx)
    }

    @Test("the cohort ranking: 101 rows, one picture per rank interval, the browser-only filters left out")
    func cohort() throws {
        let result = try Bundled.engine.score(ReportTests.demo, method: ScoringMethod())
        let sensitivity = try SensitivityAnalysis.run(result, options: SensitivityOptions(samples: 50, seed: 2, indices: false))
        let report = CohortReport(result: result, sensitivity: sensitivity, provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: []),
                                  catalogue: Bundled.catalogue)
        let html = report.html(language: .en)
        let body = try DocxPackageReader(try DocxReport.document(fromXHTML: html, language: .en)).body()
        let page = try XHTMLNode.parse(html)
        // One picture per rank interval (100), plus the charts' own axis and legend.
        #expect(body.pictures == page.all("svg").count && body.pictures >= 101)
        let ranking = try #require(body.tables.first { $0.rows.count == 101 && $0.rows[0].cells.first == "Rank" })
        #expect(ranking.rows[1].cells[1] == result.cities[result.order[0]].code)
        #expect(ranking.rows[1].cells[4] == String(format: "%.1f", result.index[result.order[0]]))
        // The filters: a label, then a menu of every province; none of it reaches the document.
        let options = page.all("option").map(Self.visible)
        #expect(options.count > 3)
        let texts = (body.paragraphs.map(\.text) + body.tables.flatMap { $0.rows.flatMap(\.cells) }).map(Self.squeeze).joined(separator: "\n")
        #expect(!texts.contains(options[0...2].joined(separator: " ")), "the filters' menus are not in the document")
    }

    @Test("any element is handled: lists nest, line breaks break, scripts and filters go, an unknown element keeps its text")
    func genericElements() throws {
        let xhtml = """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="id"><head><title>Uji</title><style>p { color: red; }</style></head><body><main>
        <h1>Judul</h1><section id="s"><h2>Bagian</h2><p>satu   <strong>dua</strong><br/> tiga <code>kode</code></p>
        <ul><li>a<ul><li>b</li></ul></li></ul>
        <div class="filters"><label>Provinsi</label><select><option>Aceh</option></select></div>
        <blink>tetap</blink><script>//<![CDATA[
        var x = 1;
        //]]></script>
        <table><thead><tr><th>Nama</th><th class="num">Nilai</th></tr></thead><tbody><tr class="group"><td>A</td><td class="num" style="background:#2474b7;color:#ffffff">1,5</td></tr></tbody></table>
        <details><summary>Rincian</summary><p class="muted">isi</p></details>
        </section></main></body></html>
        """
        let docx = try DocxPackageReader(try DocxReport.document(fromXHTML: xhtml, language: .id))
        let body = try docx.body()
        typealias P = DocxPackageReader.Paragraph
        #expect(body.paragraphs == [
            P(style: "Heading1", text: "Judul"), P(style: "Heading2", text: "Bagian"), P(style: nil, text: "satu dua\ntiga kode"),
            P(style: "ListBullet", text: "a", listLevel: 0), P(style: "ListBullet", text: "b", listLevel: 1), P(style: nil, text: "tetap"),
            P(style: "TableGap", text: ""), P(style: "Summary", text: "Rincian"), P(style: "Muted", text: "isi"),
        ])
        #expect(body.tables.count == 1 && body.tables[0].rows.map(\.cells) == [["Nama", "Nilai"], ["A", "1,5"]])
        #expect(body.tables[0].rows.map(\.header) == [true, false])
        let document = try #require(docx.text("word/document.xml"))
        #expect(document.contains("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"2474B7\"/>") && document.contains("<w:color w:val=\"FFFFFF\"/>"))
        #expect(document.contains("<w:rStyle w:val=\"Code\"/>"))
        #expect(!document.contains("Provinsi") && !document.contains("Aceh") && !document.contains("var x"))
        #expect(body.pictures == 0 && docx.parts.keys.allSatisfy { !$0.hasPrefix("word/media/") })
        #expect(docx.text("docProps/core.xml")?.contains("<dc:title>Uji</dc:title>") == true)
    }

    @Test("refusals: a page that is not XML, no rsvg-convert, no browser, a browser that fails or hangs, a rasteriser that fails")
    func refusals() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nothing = ["PATH": dir.path]
        #expect { try DocxReport.document(fromXHTML: "<html><p>open", language: .id) } throws: { ($0 as? InputError)?.code == "docx.report_not_xml" }
        let chart = "<html><body><figure><svg width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg></figure></body></html>"
        do {
            _ = try DocxReport.document(fromXHTML: chart, language: .id, parameter: .out, environment: nothing)
            Issue.record("no rsvg-convert, yet a document")
        } catch let error as InputError {
            #expect(error.code == "docx.rasteriser_missing" && error.location?.parameter == .out)
            #expect(error.rendered(language: .id).contains("librsvg2-bin") && error.rendered(language: .en).contains("rsvg-convert"))
        }
        #expect { try PDFPrinter.pdf(fromHTML: "<html/>", environment: nothing) } throws: { ($0 as? InputError)?.code == "docx.pdf_browser_missing" }
        #expect(!PDFPrinter.browserAvailable(environment: nothing))
        // Stand-ins on PATH: a browser that fails, one that hangs, a rasteriser that fails.
        func script(_ name: String, _ body: String) throws {
            let url = dir.appendingPathComponent(name)
            try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        try script("chromium", "echo 'cannot open display' >&2; exit 3")
        #expect { try PDFPrinter.pdf(fromHTML: "<html/>", environment: nothing) } throws: {
            ($0 as? InputError)?.code == "docx.pdf_browser_failed" && ($0 as? InputError)?.message.contains("cannot open display") == true
        }
        try script("chromium", "exec sleep 30")
        let start = Date()
        #expect { try PDFPrinter.pdf(fromHTML: "<html/>", timeout: 1, environment: nothing) } throws: { ($0 as? InputError)?.code == "docx.pdf_browser_timed_out" }
        #expect(Date().timeIntervalSince(start) < 15, "the deadline stops the browser")
        try script("chromium", "exit 0")
        #expect { try PDFPrinter.pdf(fromHTML: "<html/>", environment: nothing) } throws: { ($0 as? InputError)?.code == "docx.pdf_browser_failed" }
        try script("rsvg-convert", "exit 1")
        #expect { try DocxReport.document(fromXHTML: chart, language: .id, environment: nothing) } throws: { ($0 as? InputError)?.code == "docx.rasteriser_failed" }
    }

    @Test("LibreOffice opens the document and prints it: the PDF's text holds the index and a quick win")
    func libreOffice() throws {
        let palu = Self.palu
        let soffice = try #require(Self.which("soffice"), "LibreOffice Writer (scripts/install-deps.sh: libreoffice-writer-nogui) is needed")
        let pdftotext = try #require(Self.which("pdftotext"), "pdftotext (scripts/install-deps.sh: poppler-utils) is needed")
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = dir.appendingPathComponent("palu.docx")
        try palu.docx.write(to: docx)
        let status = try Self.run([soffice, "-env:UserInstallation=file://" + dir.appendingPathComponent("profile").path, "--headless",
                                   "--convert-to", "pdf", "--outdir", dir.path, docx.path])
        #expect(status == 0)
        let pdf = dir.appendingPathComponent("palu.pdf"), text = dir.appendingPathComponent("palu.txt")
        #expect(try Self.run([pdftotext, pdf.path, text.path]) == 0)
        let printed = Self.squeeze(try String(contentsOf: text, encoding: .utf8))
        #expect(printed.contains(NumberFormat.indonesian.score(palu.result.index[palu.k])))
        let first = try #require(palu.report.plan?.picks.first { !$0.picks.isEmpty }?.picks.first?.programme.name[.id])
        #expect(printed.contains(first), "\(first)")
    }

    @Test("Chromium prints the HTML page to a PDF holding the index")
    func chromium() throws {
        // scripts/install-deps.sh installs Debian's chromium: printing is tested wherever the tests run.
        try #require(PDFPrinter.browserAvailable(), "no chromium on PATH: run scripts/install-deps.sh")
        let palu = Self.palu
        let pdf = try PDFPrinter.pdf(fromHTML: palu.html)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let pdftotext = try #require(Self.which("pdftotext"))
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try pdf.write(to: dir.appendingPathComponent("palu.pdf"))
        #expect(try Self.run([pdftotext, dir.appendingPathComponent("palu.pdf").path, dir.appendingPathComponent("palu.txt").path]) == 0)
        let printed = Self.squeeze(try String(contentsOf: dir.appendingPathComponent("palu.txt"), encoding: .utf8))
        #expect(printed.contains(NumberFormat.indonesian.score(palu.result.index[palu.k])))
    }
}
