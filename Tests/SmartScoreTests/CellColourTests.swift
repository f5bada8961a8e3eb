import Foundation
import Testing
@testable import SmartScore

/// The risk matrix and the heat map coloured by class rules, not `style` attributes (the dashboard's
/// Content-Security-Policy draws no inline style): the same colours as before on the page, and in Word.
@Suite("Cell colours: risk matrix and heat map by class, same colours on the page and in Word")
struct CellColourTests {
    /// The risk matrix's colours by severity (likelihood + impact, 0–4) as the cells' `style` attributes drew them.
    static let severityFills = ["#e5f5e0", "#e5f5e0", "#fff7bc", "#fdd0a2", "#fc9272"]

    @Test("the risk matrix's cells carry only their severity class, whose rules in the shared style sheet are the old colours")
    func riskMatrix() throws {
        let (report, _, _) = try ReportTests().cityReport(.id)
        let html = report.html(language: .id)
        #expect(!html.contains(" style="))
        let matrix = try #require(html.range(of: "<table class=\"risk-matrix\">[\\s\\S]*?</table>", options: .regularExpression).map { String(html[$0]) })
        let used = Set(matrix.matches(of: /<td class="(severity-[0-4])">/).map { String($0.1) })
        #expect(used == Set((0...4).map { "severity-\($0)" }), "a 3 × 3 matrix has every severity")
        // The rules are in the style sheet the page embeds and the dashboard serves as /assets/report.css.
        let rules = CellColourRule.parse(ReportStyle.css)
        for (severity, fill) in Self.severityFills.enumerated() {
            #expect(rules["severity-\(severity)"] == CellColourRule(className: "severity-\(severity)", fill: fill, text: "#1b1b1b"))
        }
        #expect(html.contains(rules["severity-4"]!.css), "the standalone page embeds the same rules")
    }

    @Test("each heat-map cell's class has a rule in the page's own style: exactly ScoreColour's fill and text of its value")
    func heatMap() throws {
        let result = try Bundled.engine.score(ReportTests.demo, method: ScoringMethod())
        let report = CohortReport(result: result, sensitivity: nil, provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: []),
                                  catalogue: Bundled.catalogue)
        let html = report.html(language: .en)
        #expect(!html.contains(" style="))
        let style = try #require(html.range(of: "<style>[\\s\\S]*?</style>", options: [.regularExpression]).map { String(html[$0]) })
        let rules = CellColourRule.parse(style)
        let classes = html.matches(of: /<td class="cell(?: none)? (heat-[0-9a-f]{6}-[0-9a-f]{6})">/).map { String($0.1) }
        var expected: [(String, String)] = []
        for k in result.order {
            for d in result.dimensions.indices {
                let v = result.dimensionScores[k, d]
                expected.append((ScoreColour.fill(v.isNaN ? nil : v), ScoreColour.text(v.isNaN ? nil : v)))
            }
        }
        #expect(classes.count == expected.count && classes.count == result.cities.count * result.dimensions.count)
        for (name, colours) in zip(classes, expected) {
            let rule = try #require(rules[name], "\(name) has a rule")
            #expect(rule.fill == colours.0 && rule.text == colours.1)
        }
        #expect(Set(expected.map(\.0)).count > 20, "the ramp is continuous: many distinct colours")
        #expect(report.html(language: .en) == html, "the rules come in a fixed order")
    }

    @Test("Word shades a cell by its class's rule in the page's style, as it does by a style attribute")
    func wordReadsClassRules() throws {
        let xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title><style>td.num { text-align: right; }
        \(CityReport.severityColours[4].css)
        td.heat-2474b7-ffffff { background: #2474b7; color: #ffffff; }</style></head><body>
        <table><tbody><tr><td class="severity-4">R1</td><td class="cell heat-2474b7-ffffff">70</td><td class="num">3</td></tr></tbody></table></body></html>
        """
        let docx = try DocxPackageReader(try DocxReport.document(fromXHTML: xhtml, language: .en))
        let document = try #require(docx.text("word/document.xml"))
        #expect(document.contains("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FC9272\"/>") && document.contains("<w:color w:val=\"1B1B1B\"/>"))
        #expect(document.contains("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"2474B7\"/>") && document.contains("<w:color w:val=\"FFFFFF\"/>"))
        #expect(document.components(separatedBy: "<w:shd ").count - 1 == 2, "a class without a colour rule shades nothing")
    }
}
