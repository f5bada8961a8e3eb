import Foundation

/// `smartscore report --format docx`: the report as a Word document a city's team edits and pastes into
/// its masterplan books. It is made from the report's own XHTML page (`CityReport.html`,
/// `CohortReport.html`), so the document always carries exactly the page's content and structure.
public enum DocxReport {
    /// Refuses now, before the scoring, when the charts could not be drawn.
    public static func checkTools(parameter: Parameter = .format, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        _ = try SVGRasteriser.program(parameter: parameter, environment: environment)
    }

    /// The .docx bytes of an XHTML report page. Charts are drawn to PNG by rsvg-convert, found on the PATH
    /// of `environment`; without it the document is refused at `parameter` (the flag that asked for DOCX).
    public static func document(fromXHTML xhtml: String, language: Language, parameter: Parameter = .format,
                                environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Data {
        let page = try XHTMLNode.parse(xhtml)
        var body = DocxBody()
        body.cellColours = CellColourRule.parse(page.all("style").map(\.text).joined(separator: "\n"))
        body.blocks(page.children, DocxBody.Context())
        let title = page.all("title").first?.text ?? "smartscore"
        let pngs = try SVGRasteriser.png(body.pictures.map(\.svg), environment: environment, parameter: parameter)
        var parts: [(path: String, data: Data)] = [
            ("[Content_Types].xml", Data(DocxParts.contentTypes(hasPictures: !body.pictures.isEmpty).utf8)),
            ("_rels/.rels", Data(DocxParts.packageRelationships.utf8)),
            ("docProps/core.xml", Data(DocxParts.coreProperties(title: title, language: language).utf8)),
            ("word/document.xml", Data(DocxParts.document(body: body.xml).utf8)),
            ("word/_rels/document.xml.rels", Data(DocxParts.documentRelationships(pictures: body.pictures.count).utf8)),
            ("word/styles.xml", Data(DocxParts.styles(language: language).utf8)),
            ("word/numbering.xml", Data(DocxParts.numbering.utf8)),
            ("word/settings.xml", Data(DocxParts.settings.utf8)),
        ]
        for (index, picture) in body.pictures.enumerated() {
            parts.append(("word/media/chart\(index + 1).png", pngs[index]))
            parts.append(("word/media/chart\(index + 1).svg", Data(picture.svg.utf8)))
        }
        return try DocxPackage.zip(parts)
    }
}
