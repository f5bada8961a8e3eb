import Foundation
import Testing
@testable import SmartScore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the text of elements by id and the rows of tables, from a report parsed as XML; and the
/// headings (h1, h2) in document order, and each section's text and class.
final class ReportReader: NSObject, XMLParserDelegate {
    var ids: [String] = []
    var texts: [String] = []
    var tableRows: [String: [[String]]] = [:]
    var svgCount = 0
    var headings: [(level: Int, classes: String, text: String)] = []
    var sectionTexts: [String: String] = [:]
    var sectionClasses: [String: String] = [:]
    private var currentTable: String?
    private var row: [String]?
    private var cell = ""
    private var inCell = false
    private var heading: (level: Int, classes: String, text: String)?
    private var sections: [(id: String, depth: Int)] = []
    private var depth = 0

    static func parse(_ html: String) throws -> ReportReader {
        let reader = ReportReader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? NSError(domain: "xml", code: 1) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        if let id = attributes["id"] { ids.append(id) }
        if name == "h1" || name == "h2" { heading = (name == "h1" ? 1 : 2, attributes["class"] ?? "", "") }
        if name == "section", let id = attributes["id"] {
            sections.append((id, depth)); sectionTexts[id] = ""; sectionClasses[id] = attributes["class"] ?? ""
        }
        if name == "svg" { svgCount += 1 }
        if name == "table" { currentTable = attributes["id"] ?? "table\(tableRows.count)"; tableRows[currentTable!] = [] }
        if name == "tr" { row = [] }
        if name == "td" || name == "th" { inCell = true; cell = "" }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "td" || name == "th" { row?.append(cell.trimmingCharacters(in: .whitespaces)); inCell = false }
        if name == "tr", let r = row, let t = currentTable { tableRows[t, default: []].append(r); row = nil }
        if name == "h1" || name == "h2", let h = heading { headings.append(h); heading = nil }
        if name == "section", sections.last?.depth == depth { sections.removeLast() }
        // Elements end a word: "<td>1</td><td>2</td>" must not read "12".
        for s in sections { sectionTexts[s.id, default: ""] += " " }
        depth -= 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inCell { cell += string }
        texts.append(string)
        heading?.text += string
        for s in sections { sectionTexts[s.id, default: ""] += string }
    }
}

@Suite("Reports: HTML that parses, numbers that match the engine, charts whose labels cannot overlap")
struct ReportTests {
    static let demo = try! Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)

    func cityReport(_ language: Language) throws -> (CityReport, ScoreResult, Int) {
        let result = try Bundled.engine.score(Self.demo, method: ScoringMethod())
        let k = try CityLookup.find("72.71", in: result.cities)
        let evaluation = CityEvaluation(result: result, cityIndex: k)
        let programmes = try ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue)
        let plan = CityPlan(model: try ImpactModel(programmes: programmes.programmes, result: result), city: k, options: QuickWinOptions())
        let sensitivity = try SensitivityAnalysis.run(result, options: SensitivityOptions(samples: 70, seed: 3))
        let report = CityReport(evaluation: evaluation, plan: plan, sensitivity: sensitivity, profile: [],
                                provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: ["abc"]), catalogue: Bundled.catalogue)
        return (report, result, k)
    }

    @Test("the city report parses as XML, has every section, and its numbers are the engine's")
    func cityReportContent() throws {
        let (report, result, k) = try cityReport(.id)
        let html = report.html(language: .id)
        let doc = try ReportReader.parse(html)
        // The books' order: Buku 1, Buku 2, the annex, and the executive summary last.
        #expect(doc.ids.starts(with: ["buku-1", "profil", "indeks", "dimensi", "elemen", "kesenjangan", "swot", "perkembangan",
                                      "buku-2", "strategi", "quickwins", "peta-jalan", "risiko"]))
        #expect(doc.ids.drop { $0 != "lampiran" }.starts(with: ["lampiran", "rincian-peta-jalan", "peringkat", "metode"]))
        #expect(doc.ids.last == "ringkasan")
        #expect(doc.svgCount >= 6)
        let json = EvaluateReport.json(report.evaluation).serialized()
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let index = (parsed["index"] as! [String: Any])["score"] as! Double
        #expect(abs(index - result.index[k]) < 1e-12)
        // Indonesian numbers: a decimal comma, and nowhere the English form of the same number.
        let id = NumberFormat.indonesian
        #expect(doc.texts.contains(id.score(index)) && id.score(index).contains(","))
        #expect(!doc.texts.contains(String(format: "%.1f", index)))
        #expect(doc.texts.contains("\(result.ranks[k]!) / 100"))
        // The gaps table lists the indicators that cost the most, in the engine's order, with its numbers.
        let gapRows = try #require(doc.tableRows.values.first { $0.first?.last == "Poin hilang" })
        let costly = report.evaluation.indicators.filter { ($0.cost ?? 0) > 0 }.prefix(12)
        #expect(gapRows.dropFirst().map { $0[0] } == costly.map(\.indicator.code))
        #expect(gapRows[1][5] == id.score(costly.first!.cost!, digits: 2))
        // Pillars and provenance.
        #expect(doc.texts.contains(id.score(result.pillarScores[k, 0])))
        #expect(html.contains(SmartScoreInfo.version) && html.contains(report.provenance.catalogueVersion))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count - 1 == html.components(separatedBy: "xmlns=\"http://").count - 1, "no network references")
    }

    @Test("the English report says the same numbers in English; Markdown carries them too")
    func languages() throws {
        let (report, result, k) = try cityReport(.en)
        let html = report.html(language: .en)
        #expect(html.contains("Readiness index") && html.contains("lang=\"en\""))
        #expect(html.contains("Opportunities (O) and threats (T)"))
        let md = report.markdown(language: .en)
        #expect(md.hasPrefix("# Kota Palu (72.71)") && md.contains(String(format: "%.1f", result.index[k])))
    }

    @Test("the cohort report lists every city with filters and a heat map row each")
    func cohortReport() throws {
        let result = try Bundled.engine.score(Self.demo, method: ScoringMethod())
        let sensitivity = try SensitivityAnalysis.run(result, options: SensitivityOptions(samples: 50, seed: 2, indices: false))
        let report = CohortReport(result: result, sensitivity: sensitivity, provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: []),
                                  catalogue: Bundled.catalogue)
        let doc = try ReportReader.parse(report.html(language: .en))
        let ranking = try #require(doc.tableRows["ranking"])
        #expect(ranking.count == 101)
        #expect(ranking[1][1] == result.cities[result.order[0]].code && ranking[1][4] == String(format: "%.1f", result.index[result.order[0]]))
        #expect(doc.tableRows["heatmap"]?.count == 101)
        #expect(doc.ids.contains("f-province") && doc.ids.contains("f-type"))
        #expect(report.markdown(language: .id).contains("| Peringkat |"))
    }

    @Test("radar: a value of 100 on the first axis sits at the top of the circle, 0 at the centre")
    func radarGeometry() {
        let svg = Charts.radar(axes: ["a", "b", "c", "d", "e", "f"], values: [100, 0, 0, 0, 0, 0], reference: Array(repeating: nil, count: 6),
                               label: "x", referenceLabel: "y", numbers: .english).rendered(label: "r")
        // Centre (280, 190), radius 120: the first point is (280, 70), the others the centre.
        #expect(svg.contains("points=\"280,70 280,190 280,190 280,190 280,190 280,190\""))
    }

    @Test("row charts: every row is taller than its font, so 100 labels never overlap; values keep their order")
    func rowCharts() {
        #expect(Charts.rowHeight >= Charts.rowFont + 3)
        let names = (1...100).map { "Kabupaten Nama Panjang Sekali \($0)" }
        let heat = Charts.heatMap(rows: names, columns: ["A", "B"], values: names.map { _ in [50, nil] }, numbers: .english)
        #expect(heat.height >= 100 * Charts.rowHeight)
        let svg = heat.rendered(label: "h")
        // 200 cells; the legend adds its 50 steps, its frame and the no-value swatch.
        #expect(svg.components(separatedBy: "<rect").count - 1 == 200 + 52)
        #expect(svg.contains("fill=\"\(ScoreColour.noValue)\""))  // a missing value is grey
        let bars = Charts.bars(labels: ["a", "b"], values: [25, 100], maximum: 100, barWidth: 200, numbers: .english).rendered(label: "b")
        #expect(bars.contains("width=\"50\"") && bars.contains("width=\"200\""))
        // A single word wider than the whole area is the one thing cut, and stays within it.
        let cut = Charts.wrapped(String(repeating: "x", count: 200), width: 100, size: 10)
        #expect(cut.count == 1 && cut[0].count < 20 && cut[0].hasSuffix("…"))
    }

    @Test("quadrant chart: points inside the plot, quick wins green, thresholds drawn")
    func quadrantChart() {
        let svg = Charts.quadrants(points: [(1, 1, 0.5, true), (2, 5, 0.01, false)], impactThreshold: 0.2, lowEffortMax: 2,
                                   labels: ("QW", "MP", "FI", "TL"), axis: ("effort", "impact"), numbers: .english,
                                   pointTitle: { "#\($0): \($1), \($2)" }).rendered(label: "q")
        #expect(svg.contains("fill=\"#1a9850\"") && svg.contains("stroke-dasharray=\"4 3\""))
        for label in ["QW", "MP", "FI", "TL"] { #expect(svg.contains(">\(label)<")) }
        // The tooltip's words are the caller's; its impact is in the caller's numbers.
        #expect(svg.contains("<title>#1: 1, 0.500</title>"))
    }

    @Test("score colours run light to dark and stay legible")
    func colours() {
        #expect(ScoreColour.fill(0) == "#ffffd9" && ScoreColour.fill(100) == "#081d58" && ScoreColour.fill(nil) == ScoreColour.noValue)
        #expect(ScoreColour.text(90) == "#ffffff" && ScoreColour.text(10) == "#111111")
    }
}
