import Foundation

/// Turns the report's XHTML into the body of `word/document.xml`, element by element, knowing nothing of
/// the report's sections: headings become Heading 1–4, paragraphs and list items paragraphs, tables Word
/// tables, SVG charts pictures. The element set is closed (see README.md): what carries no content for
/// paper (scripts, styles, the filter controls) is skipped, and an element not in the set is passed
/// through as its content, so no text of the report is ever lost.
struct DocxBody {
    /// A chart met in the page: its SVG, its size in EMU, and its label (the picture's alt text).
    struct Picture {
        var svg: String
        var width: Int
        var height: Int
        var label: String
    }

    /// The width of the text on the page (A4 less two 2 cm margins), in twentieths of a point and in EMU.
    static let textWidthTwips = 9638
    static let emuPerTwip = 635
    static let emuPerPixel = 9525

    /// The body so far (the table writer in DocxBody+Table.swift appends to it too).
    var xml = ""
    /// Distinct charts, in order of first appearance; `pictureIndex` finds a repeated one.
    private(set) var pictures: [Picture] = []
    private var pictureIndex: [String: Int] = [:]
    /// The `wp:docPr` ids, unique in the document as Word requires.
    private var drawings = 0
    /// The page's cell colours by class (the risk matrix's severities, the heat map's colours), read from
    /// its `<style>`: the page colours those cells by class, not by a `style` attribute (`CellColourRule`).
    var cellColours: [String: CellColourRule] = [:]

    /// Elements that carry nothing for a printed or edited document.
    static let skipped: Set<String> = ["head", "script", "style", "title", "meta", "link", "noscript", "template", "select", "option",
                                       "label", "input", "button", "form"]
    /// Elements whose content flows inside a paragraph.
    static let inline: Set<String> = ["strong", "b", "em", "i", "code", "br", "span", "a", "small", "sub", "sup", "abbr", "svg", "#text"]
    /// HTML classes that have a paragraph style of their own (the rest read as Normal).
    static let classStyles: [(cls: String, style: String)] = [("lead", "Lead"), ("muted", "Muted"), ("warning", "Warning"),
                                                            ("analyst", "Analyst"), ("big", "CardValue"), ("label", "CardLabel")]
    /// Classes of containers left out: the cohort page's province/type filters only work in a browser, and
    /// what a large cohort's page shows on screen only (its 7,000-row district table) is no page of a document.
    static let skippedClasses: Set<String> = ["filters", "screen-only"]

    /// What a paragraph inherits from where it stands: its style, list level, alignment and run look.
    struct Context {
        var style: String?
        var listLevel: Int?
        var alignment: String?
        var run = RunLook()
        var inTable = false
    }

    struct RunLook: Equatable {
        var bold = false
        var italic = false
        var code = false
        var colour: String?
    }

    private enum Token {
        case text(String, RunLook)
        case lineBreak
        case picture(Int)
    }

    // MARK: Blocks

    /// Writes `nodes` as block content: runs of inline nodes become one paragraph each.
    mutating func blocks(_ nodes: [XHTMLNode], _ context: Context) {
        var pending: [XHTMLNode] = []
        func flush(_ body: inout DocxBody) {
            if !pending.isEmpty { body.paragraph(pending, context) }
            pending = []
        }
        for node in nodes {
            if Self.isInline(node) { pending.append(node); continue }
            flush(&self)
            block(node, context)
        }
        flush(&self)
    }

    static func isInline(_ node: XHTMLNode) -> Bool {
        guard let name = node.name else { return true }
        if inline.contains(name) { return true }
        // An unknown element holding only inline content reads as inline (its text is kept).
        return !known.contains(name) && node.children.allSatisfy(isInline)
    }

    /// Every element the converter knows as such; others are passed through.
    static let known: Set<String> = skipped.union(inline).union(["html", "body", "main", "section", "article", "header", "footer", "nav",
        "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
        "figure", "figcaption", "details", "summary", "blockquote", "pre", "hr"])

    private mutating func block(_ node: XHTMLNode, _ context: Context) {
        guard case let .element(name, _, children) = node else { return }
        if Self.skipped.contains(name) || !node.classes.isDisjoint(with: Self.skippedClasses) { return }
        var inner = context
        if let style = Self.classStyles.first(where: { node.classes.contains($0.cls) })?.style { inner.style = style }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = min(Int(String(name.last!))!, 4)
            inner.style = "Heading\(level)"
            paragraph(children, inner)
        case "p", "pre", "blockquote":
            paragraph(children, inner)
        case "summary":
            inner.style = "Summary"
            paragraph(children, inner)
        case "figcaption":
            inner.style = "Caption"
            paragraph(children, inner)
        case "ul", "ol":
            let level = context.listLevel.map { $0 + 1 } ?? 0
            for item in children where item.name == "li" {
                var itemContext = inner
                itemContext.style = "ListBullet"
                itemContext.listLevel = level
                blocks(item.children, itemContext)
            }
        case "table":
            table(node, context)
        case "figure":
            // The chart stands in a paragraph of its own, kept with its caption below it.
            inner.style = "Figure"
            blocks(children, inner)
        case "hr":
            xml += "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"C6DBEF\"/></w:pBdr></w:pPr></w:p>"
        case "div" where node.classes.contains("cards"):
            cards(children.filter { $0.name != nil }, context)
        default:
            // html, body, main, section, details, div and any unknown container: their content, in order.
            blocks(children, inner)
        }
    }

    /// One paragraph of inline content; nothing is written when it holds no text and no picture.
    private mutating func paragraph(_ nodes: [XHTMLNode], _ context: Context, keepEmpty: Bool = false) {
        var tokens: [Token] = []
        for node in nodes { collect(node, context.run, into: &tokens) }
        let runs = Self.runs(Self.trimmed(tokens), pictureXML: { pictureRun($0) })
        guard !runs.isEmpty || keepEmpty else { return }
        xml += "<w:p>" + Self.paragraphProperties(context) + runs + "</w:p>"
    }

    static func paragraphProperties(_ context: Context) -> String {
        var out = ""
        if let style = context.style { out += "<w:pStyle w:val=\"\(style)\"/>" } else if context.inTable { out += "<w:pStyle w:val=\"TableText\"/>" }
        if let level = context.listLevel { out += "<w:numPr><w:ilvl w:val=\"\(min(level, 8))\"/><w:numId w:val=\"1\"/></w:numPr>" }
        if let alignment = context.alignment { out += "<w:jc w:val=\"\(alignment)\"/>" }
        return out.isEmpty ? "" : "<w:pPr>\(out)</w:pPr>"
    }

    // MARK: Inline content

    private mutating func collect(_ node: XHTMLNode, _ look: RunLook, into tokens: inout [Token]) {
        switch node {
        case let .text(text):
            tokens.append(.text(text, look))
        case let .element(name, _, children):
            if Self.skipped.contains(name) { return }
            var look = look
            switch name {
            case "br": tokens.append(.lineBreak); return
            case "svg": tokens.append(.picture(picture(node))); return
            case "strong", "b", "th", "summary": look.bold = true
            case "em", "i": look.italic = true
            case "code": look.code = true
            default: break
            }
            // A block met inside inline content (a div inside a cell's paragraph) starts a new line.
            if !Self.isInline(node), !tokens.isEmpty { tokens.append(.lineBreak) }
            for child in children { collect(child, look, into: &tokens) }
        }
    }

    /// HTML's white-space rule: runs of spaces and line breaks are one space, none at the paragraph's ends
    /// or next to a line break.
    private static func trimmed(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        var spaceBefore = true
        for token in tokens {
            guard case let .text(text, look) = token else {
                if case .lineBreak = token, case let .text(last, lastLook)? = out.last, last.hasSuffix(" ") {
                    out[out.count - 1] = .text(String(last.dropLast()), lastLook)
                }
                out.append(token)
                spaceBefore = { if case .lineBreak = token { return true } else { return false } }()
                continue
            }
            var collapsed = ""
            for character in text {
                if character.isWhitespace {
                    if !spaceBefore { collapsed.append(" ") }
                    spaceBefore = true
                } else {
                    collapsed.append(character)
                    spaceBefore = false
                }
            }
            if !collapsed.isEmpty { out.append(.text(collapsed, look)) }
        }
        if case let .text(last, look)? = out.last, last.hasSuffix(" ") { out[out.count - 1] = .text(String(last.dropLast()), look) }
        return out.filter { if case let .text(text, _) = $0 { return !text.isEmpty } else { return true } }
    }

    private static func runs(_ tokens: [Token], pictureXML: (Int) -> String) -> String {
        tokens.map { token in
            switch token {
            case .lineBreak: return "<w:r><w:br/></w:r>"
            case let .picture(index): return pictureXML(index)
            case let .text(text, look):
                var properties = ""
                if look.code { properties += "<w:rStyle w:val=\"Code\"/>" }
                if look.bold { properties += "<w:b/>" }
                if look.italic { properties += "<w:i/>" }
                if let colour = look.colour { properties += "<w:color w:val=\"\(colour)\"/>" }
                return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
                    + "<w:t xml:space=\"preserve\">\(SVG.escape(text))</w:t></w:r>"
            }
        }.joined()
    }

    // MARK: Pictures

    /// The index of the chart `node` among the document's pictures (a chart drawn twice is stored once).
    private mutating func picture(_ node: XHTMLNode) -> Int {
        let svg = node.xml
        if let known = pictureIndex[svg] { return known }
        let attributes = node.attributes
        let box = (attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        let width = Double(attributes["width"] ?? "") ?? (box.count == 4 ? box[2] : 600)
        let height = Double(attributes["height"] ?? "") ?? (box.count == 4 ? box[3] : 300)
        // A chart wider than the text is shrunk to it, keeping its proportions.
        let scale = min(1, Double(Self.textWidthTwips * Self.emuPerTwip) / (width * Double(Self.emuPerPixel)))
        let label = attributes["aria-label"] ?? node.all("title").first?.text ?? ""
        pictures.append(Picture(svg: svg, width: Int((width * Double(Self.emuPerPixel) * scale).rounded()),
                                height: Int((height * Double(Self.emuPerPixel) * scale).rounded()), label: label))
        pictureIndex[svg] = pictures.count - 1
        return pictures.count - 1
    }

    /// An inline picture: the PNG as the blip Word and LibreOffice show, the SVG as Word's vector extension.
    /// The relationship ids are `DocxPackage`'s: rIdPng<n> and rIdSvg<n>.
    private mutating func pictureRun(_ index: Int) -> String {
        drawings += 1
        let p = pictures[index], id = drawings, label = SVG.escape(p.label)
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(p.width)\" cy=\"\(p.height)\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"Chart \(id)\" descr=\"\(label)\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"chart\(index + 1).png\" descr=\"\(label)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"rIdPng\(index + 1)\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
            + "<asvg:svgBlip r:embed=\"rIdSvg\(index + 1)\"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(p.width)\" cy=\"\(p.height)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }
}
