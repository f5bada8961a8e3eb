import Foundation

/// The fixed parts of the Word package around the body: content types, relationships, styles, the bullet
/// numbering, settings and the document properties. Written by hand to ECMA-376 (transitional), with the
/// style ids and names Word knows as built-in ("heading 1", "caption", "List Bullet") so that the
/// navigation pane, a table of contents and the caption list work on them.
enum DocxParts {
    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
        + "xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\""

    /// A font every Word installation has; LibreOffice on Linux shows it as Liberation Sans, drawn to the
    /// same widths, so the pages break alike on both.
    static let font = "Arial"
    static let codeFont = "Courier New"

    /// A4 (210 × 297 mm) with 2 cm margins, in twips.
    static let section = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"

    static func document(body: String) -> String {
        xmlHeader + "<w:document \(namespaces)><w:body>" + body + section + "</w:body></w:document>"
    }

    static func contentTypes(hasPictures: Bool) -> String {
        xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + (hasPictures ? "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>" : "")
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>"
    }

    static let packageRelationships = xmlHeader
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    /// The document's relationships: its styles, numbering and settings, and two images per chart
    /// (`rIdPng<n>` → media/chart<n>.png, `rIdSvg<n>` → media/chart<n>.svg, as `DocxBody` names them).
    static func documentRelationships(pictures: Int) -> String {
        let image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
        var out = xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
        for n in stride(from: 1, through: pictures, by: 1) {
            out += "<Relationship Id=\"rIdPng\(n)\" Type=\"\(image)\" Target=\"media/chart\(n).png\"/>"
            out += "<Relationship Id=\"rIdSvg\(n)\" Type=\"\(image)\" Target=\"media/chart\(n).svg\"/>"
        }
        return out + "</Relationships>"
    }

    /// The title and language; no dates, so the same report is the same bytes.
    static func coreProperties(title: String, language: Language) -> String {
        xmlHeader + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>\(SVG.escape(title))</dc:title>"
            + "<dc:creator>smartscore</dc:creator><dc:language>\(languageTag(language))</dc:language></cp:coreProperties>"
    }

    /// The proofing language Word and LibreOffice check spelling in.
    static func languageTag(_ language: Language) -> String { language == .id ? "id-ID" : "en-GB" }

    static let settings = xmlHeader + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
        + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"

    /// One bullet list definition, nine levels deep, indented 0.63 cm a level as Word's own.
    static let numbering: String = {
        let bullets = ["•", "–", "▪"]
        let levels = (0..<9).map { level in
            "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(bullets[level % 3])\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(360 * (level + 1))\" w:hanging=\"360\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\"/></w:rPr></w:lvl>"
        }.joined()
        return xmlHeader + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>\(levels)</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    }()

    /// A paragraph style; sizes in half-points, spacing in twips.
    private static func paragraphStyle(_ id: String, name: String, basedOn: String? = "Normal", next: String? = nil, outline: Int? = nil,
                                       paragraph: String = "", run: String = "", extra: String = "") -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "") + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "") + extra
            + "<w:pPr>\(paragraph)\(outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "")</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    /// The styles, with the HTML page's colours: headings dark blue, captions and notes grey.
    static func styles(language: Language) -> String {
        let heading = { (level: Int, size: Int, before: Int) in
            paragraphStyle("Heading\(level)", name: "heading \(level)", next: "Normal", outline: level - 1,
                           paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/>",
                           run: "<w:b/><w:color w:val=\"\(level <= 2 ? "08306B" : "1B1B1B")\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>",
                           extra: "<w:uiPriority w:val=\"9\"/><w:qFormat/>")
        }
        let tag = languageTag(language)
        return xmlHeader + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
            + "<w:color w:val=\"1B1B1B\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"\(tag)\" w:eastAsia=\"\(tag)\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + heading(1, 40, 0) + heading(2, 28, 360) + heading(3, 22, 240) + heading(4, 20, 180)
            + paragraphStyle("Lead", name: "Lead", run: "<w:color w:val=\"444444\"/>")
            + paragraphStyle("Muted", name: "Muted", run: "<w:color w:val=\"666666\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
            + paragraphStyle("Warning", name: "Warning",
                             paragraph: "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"B15928\"/></w:pBdr><w:ind w:left=\"170\"/>")
            + paragraphStyle("Analyst", name: "Analyst",
                             paragraph: "<w:pBdr>" + ["top", "left", "bottom", "right"].map { "<w:\($0) w:val=\"dashed\" w:sz=\"8\" w:space=\"4\" w:color=\"999999\"/>" }.joined()
                                 + "</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FAFAFA\"/><w:ind w:left=\"113\" w:right=\"113\"/>",
                             run: "<w:color w:val=\"555555\"/>")
            + paragraphStyle("Caption", name: "caption", next: "Normal",
                             paragraph: "<w:spacing w:before=\"0\" w:after=\"200\"/>", run: "<w:i/><w:color w:val=\"555555\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>",
                             extra: "<w:uiPriority w:val=\"35\"/><w:qFormat/>")
            + paragraphStyle("Figure", name: "Figure", paragraph: "<w:keepNext/><w:spacing w:before=\"60\" w:after=\"60\"/>")
            + paragraphStyle("ListBullet", name: "List Bullet",
                             paragraph: "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>")
            + paragraphStyle("TableText", name: "Table Text", paragraph: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
                             run: "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>")
            + paragraphStyle("TableGap", name: "Table Gap", paragraph: "<w:spacing w:after=\"120\" w:line=\"120\" w:lineRule=\"exact\"/>",
                             run: "<w:sz w:val=\"8\"/>")
            + paragraphStyle("CardValue", name: "Card Value", paragraph: "<w:spacing w:before=\"60\" w:after=\"0\"/>",
                             run: "<w:b/><w:color w:val=\"08306B\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>")
            + paragraphStyle("CardLabel", name: "Card Label", paragraph: "<w:spacing w:after=\"60\"/>",
                             run: "<w:color w:val=\"555555\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
            + paragraphStyle("Summary", name: "Summary", next: "Normal", paragraph: "<w:keepNext/><w:spacing w:before=\"120\"/>",
                             run: "<w:b/><w:color w:val=\"08306B\"/>")
            + "<w:style w:type=\"character\" w:styleId=\"Code\"><w:name w:val=\"HTML Code\"/>"
            + "<w:rPr><w:rFonts w:ascii=\"\(codeFont)\" w:hAnsi=\"\(codeFont)\" w:cs=\"\(codeFont)\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/><w:tblPr>"
            + "<w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }
}
