import Foundation

/// A self-contained HTML page: inline CSS, inline SVG, no network; print-ready on A4. The markup is also
/// well-formed XML (every element closed, every text escaped, scripts in CDATA), so tests can parse it.
struct HTMLPage {
    let title: String
    let language: Language
    private(set) var parts: [String] = []

    init(title: String, language: Language) {
        self.title = title
        self.language = language
    }

    static func h(_ s: String) -> String { SVG.escape(s) }

    /// A paragraph of text, escaped; `muted` for the small grey notes.
    static func paragraph(_ s: String, muted: Bool = false) -> String { "<p\(muted ? " class=\"muted\"" : "")>" + h(s) + "</p>" }

    /// A bullet list of texts, each escaped.
    static func list(_ items: [String]) -> String { "<ul>" + items.map { "<li>" + h($0) + "</li>" }.joined() + "</ul>" }

    mutating func raw(_ html: String) { parts.append(html) }

    /// Rules this page alone needs (the heat map's colours), after the shared ones in its `<style>`.
    private(set) var ownCSS: [String] = []

    mutating func style(_ css: String) { ownCSS.append(css) }

    /// When set, sections are numbered as they are added (1, 2, …), whatever number their heading's text
    /// carries: a section left out (no plan, no roadmap) leaves no gap.
    var numbersSections = false
    private var sectionsNumbered = 0

    /// A heading without the number its text starts with ("8. Arah strategi" → "Arah strategi").
    static func unnumbered(_ heading: String) -> String {
        guard let range = heading.range(of: "^[0-9]+\\. ", options: .regularExpression) else { return heading }
        return String(heading[range.upperBound...])
    }

    /// `classes` style a section as a whole: "summary" and "overview" are pages of their own in print;
    /// `numbered: false` keeps a section out of the numbering (the executive summary).
    mutating func section(_ id: String, _ heading: String, _ body: String, classes: String? = nil, numbered: Bool = true) {
        let attribute = classes.map { " class=\"\(HTMLPage.h($0))\"" } ?? ""
        var title = heading
        if numbersSections {
            title = HTMLPage.unnumbered(heading)
            if numbered { sectionsNumbered += 1; title = "\(sectionsNumbered). " + title }
        }
        parts.append("<section id=\"\(HTMLPage.h(id))\"\(attribute)><h2>\(HTMLPage.h(title))</h2>\(body)</section>")
    }

    /// A part of the book (Buku 1, Buku 2, the annex): a top-level heading with one line on what it holds,
    /// each part starting a new printed page.
    mutating func part(_ id: String, _ heading: String, _ lead: String, newPage: Bool = true) {
        parts.append("<h1 class=\"part\(newPage ? " new-page" : "")\" id=\"\(HTMLPage.h(id))\">\(HTMLPage.h(heading))</h1><p class=\"lead\">\(HTMLPage.h(lead))</p>")
    }

    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = [], rowAttributes: [String]? = nil, id: String? = nil) -> String {
        var out = "<table\(id.map { " id=\"\(h($0))\"" } ?? "")><thead><tr>"
        out += headers.enumerated().map { "<th\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\(h($0.element))</th>" }.joined()
        out += "</tr></thead><tbody>"
        for (i, row) in rows.enumerated() {
            out += "<tr\(rowAttributes.map { $0[i].isEmpty ? "" : " " + $0[i] } ?? "")>"
            out += row.enumerated().map { "<td\(numeric.contains($0.offset) ? " class=\"num\"" : "")>\(h($0.element))</td>" }.joined()
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// What scoring warned of (the scored year chosen, outliers pulled in, weights that fell back…), one
    /// paragraph each, as the text and Markdown outputs give them after "Note:"; the catalogue-coverage
    /// warnings are left to the coverage lines that already say them.
    static func notes(_ result: ScoreResult, words: ScoringWording) -> String {
        result.warnings.filter { !$0.isSaidByCatalogueCoverage }
            .map { "<p class=\"warning\">" + h(words.localizer(.noteLabel) + words.warning($0)) + "</p>" }.joined()
    }

    static func figure(_ svg: SVG, label: String, caption: String? = nil) -> String {
        "<figure>\(svg.rendered(label: label))\(caption.map { "<figcaption>\(h($0))</figcaption>" } ?? "")</figure>"
    }

    /// `css` adds rules after the shared ones, for a page that needs its own (a large cohort's search box),
    /// as do the page's `style(_:)` rules; without either every page keeps the same bytes.
    func rendered(script: String? = nil, css: String? = nil) -> String {
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"/>"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>\(HTMLPage.h(title))</title>"
        out += "<style>\(HTMLPage.css)\(([css].compactMap { $0 } + ownCSS).map { "\n" + $0 }.joined())</style></head><body><main>"
        out += parts.joined(separator: "\n")
        out += "</main>"
        if let script { out += "<script>//<![CDATA[\n\(script)\n//]]></script>" }
        return out + "</body></html>\n"
    }

    /// The shared rules, then the risk matrix's severity colours (`CellColourRule`).
    static let css = baseCSS + "\n" + CityReport.severityColours.map(\.css).joined(separator: "\n")

    private static let baseCSS = """
    @page { size: A4; margin: 14mm 12mm; }
    body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; font-size: 10.5pt; line-height: 1.4; margin: 0; background: #fff; }
    main { max-width: 186mm; margin: 0 auto; padding: 8mm 4mm; }
    h1 { font-size: 20pt; margin: 0 0 2mm; color: #08306b; }
    h2 { font-size: 13.5pt; color: #08306b; border-bottom: 1.5px solid #c6dbef; padding-bottom: 1mm; margin: 7mm 0 3mm; }
    h3 { font-size: 11pt; margin: 4mm 0 2mm; }
    h2, h3 { break-after: avoid; page-break-after: avoid; }
    .lead { color: #444; margin: 0 0 4mm; }
    section { break-inside: auto; }
    figure { margin: 2mm 0 4mm; break-inside: avoid; }
    figure svg { max-width: 100%; height: auto; }
    figcaption { font-size: 8.5pt; color: #555; }
    table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
    th, td { border-bottom: 1px solid #e3e3e3; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
    th { background: #eff3ff; font-weight: bold; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr { break-inside: avoid; }
    .cards { display: flex; gap: 3mm; flex-wrap: wrap; margin: 2mm 0 4mm; }
    .card { border: 1px solid #c6dbef; border-radius: 2mm; padding: 2.5mm 4mm; min-width: 30mm; }
    .card .big { font-size: 22pt; font-weight: bold; color: #08306b; }
    .card .label { font-size: 8.5pt; color: #555; }
    .analyst { border: 1.5px dashed #999; border-radius: 2mm; padding: 3mm 4mm; color: #555; background: #fafafa; }
    .muted { color: #666; font-size: 9pt; }
    .warning { border-left: 3px solid #b15928; padding-left: 3mm; }
    .filters { margin: 2mm 0 3mm; }
    .filters select { margin-right: 4mm; }
    td.cell { text-align: center; font-size: 8.5pt; }
    code { font-size: 8.5pt; }
    h4 { font-size: 10pt; margin: 3mm 0 1.5mm; }
    tr.group td { font-weight: bold; background: #f7f9fc; }
    details { margin: 2mm 0 4mm; }
    summary { cursor: pointer; color: #08306b; font-weight: bold; }
    code.flag { white-space: nowrap; }
    @media print { .filters { display: none; } }
    h1.part { font-size: 16pt; margin: 6mm 0 1mm; padding-top: 2mm; border-top: 3px solid #08306b; }
    h1.new-page { break-before: page; page-break-before: always; }
    section.overview { break-after: page; page-break-after: always; }
    section.summary { break-before: page; page-break-before: always; }
    section.summary, section.overview { font-size: 9.5pt; line-height: 1.3; }
    section.summary h3, section.overview h3 { margin: 2.5mm 0 1mm; font-size: 10pt; }
    section.summary p, section.summary ul, section.overview p { margin: 1mm 0; }
    section.summary table, section.overview table { font-size: 8pt; margin: 1mm 0 2mm; }
    section.summary th, section.summary td { padding: 0.6mm 1.2mm; }
    section.overview th, section.overview td { padding: 0.3mm 1.2mm; line-height: 1.2; }
    section.overview h2 { margin-top: 4mm; }
    td.num { white-space: nowrap; }
    table.roadmap td { font-size: 8.5pt; }
    table.risk-matrix { width: auto; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    table.risk-matrix td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    table.risk-matrix td { min-width: 32mm; text-align: center; }
    #risk-register, #rincian-peta-jalan table { font-size: 8.5pt; }
    #risk-register td:nth-child(2) { width: 16%; }
    #risk-register td:nth-child(3) { width: 24%; }
    #risk-register td:nth-child(6) { width: 34%; }
    #risk-register td, #risk-register th { padding: 0.8mm 1.2mm; }
    .two-columns { display: flex; gap: 6mm; }
    .two-columns > div { flex: 1; }
    td.cell, td.cell.none { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    td.cell.none { background-image: repeating-linear-gradient(135deg, transparent 0 4px, #b4b4b4 4px 5px) !important; }
    th.heat { text-align: center; font-size: 8pt; hyphens: manual; }
    .axis-note { font-weight: normal; font-size: 7.5pt; color: #555; }
    figure svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    """
}
