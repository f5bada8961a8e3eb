import Foundation

/// Tables: the HTML table's rows as they are, the header rows repeated on every page, numeric columns
/// (`class="num"`) right-aligned, a heat map's cell colours kept; and the report's key-figure cards.
extension DocxBody {
    /// A table's borders: light rules as on the HTML page, every cell boxed so a pasted table stays legible.
    static let borders = "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"]
        .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BFBFBF\"/>" }.joined() + "</w:tblBorders>"

    struct Row {
        var cells: [XHTMLNode]
        var header: Bool
        var group: Bool
    }

    /// The rows of a table in order, from thead, tbody, tfoot or the table itself; a row in thead (or made
    /// only of th cells) is a header row.
    static func rows(_ table: XHTMLNode) -> [Row] {
        var rows: [Row] = []
        for part in table.children {
            switch part.name {
            case "tr":
                let cells = part.children.filter { $0.name == "td" || $0.name == "th" }
                rows.append(Row(cells: cells, header: cells.allSatisfy { $0.name == "th" } && !cells.isEmpty, group: part.classes.contains("group")))
            case "thead", "tbody", "tfoot":
                for tr in part.children where tr.name == "tr" {
                    let cells = tr.children.filter { $0.name == "td" || $0.name == "th" }
                    rows.append(Row(cells: cells, header: part.name == "thead", group: tr.classes.contains("group")))
                }
            default: continue
            }
        }
        return rows
    }

    static func span(_ cell: XHTMLNode) -> Int { max(1, min(Int(cell.attributes["colspan"] ?? "") ?? 1, 63)) }

    /// About one character of the tables' 8.5 pt Arial, and a cell's padding, in twips.
    static let characterTwips = 100.0
    static let cellPaddingTwips = 180.0

    /// Column widths in twips, as a browser lays out an automatic table: each column at least as wide as
    /// its longest word (a chart: its width), the rest of the text width shared by how much more each
    /// column's longest text wants, so that a name column is wide and "Skor" keeps its "37,7" on one line.
    static func columnWidths(_ rows: [Row], columns: Int) -> [Int] {
        var least = [Double](repeating: 4 * characterTwips + cellPaddingTwips, count: columns)
        var wanted = least
        for row in rows {
            var column = 0
            for cell in row.cells {
                let span = Self.span(cell)
                defer { column += span }
                guard span == 1, column < columns else { continue }
                let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
                let chart = cell.all("svg").compactMap { Double($0.attributes["width"] ?? "") }.reduce(0, +) * Double(emuPerPixel) / Double(emuPerTwip)
                // A header's bold letters are wider.
                let word = Double(text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0) * (row.header ? 1.2 : 1)
                // A chart and the words beside it share the line (a rank interval and its "5–7").
                least[column] = max(least[column], chart + min(word, 30) * characterTwips + cellPaddingTwips)
                wanted[column] = max(wanted[column], chart + min(Double(text.count), 60) * characterTwips + cellPaddingTwips, least[column])
            }
        }
        let total = Double(textWidthTwips), floor = least.reduce(0, +)
        var widths: [Double]
        if floor >= total {
            widths = least.map { $0 * total / floor }
        } else {
            let flex = zip(wanted, least).map { $0 - $1 }, flexTotal = flex.reduce(0, +)
            widths = least.indices.map { least[$0] + (total - floor) * (flexTotal > 0 ? flex[$0] / flexTotal : 1 / Double(columns)) }
        }
        var rounded = widths.map { Int($0.rounded(.down)) }
        rounded[rounded.count - 1] += textWidthTwips - rounded.reduce(0, +)
        return rounded
    }

    mutating func table(_ node: XHTMLNode, _ context: Context) {
        let rows = Self.rows(node)
        let columns = rows.map { $0.cells.map(Self.span).reduce(0, +) }.max() ?? 0
        guard columns > 0 else { return }
        let widths = Self.columnWidths(rows, columns: columns)
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>" + Self.borders
            + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        out += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += out
        for row in rows {
            // The header rows repeat at the top of every page; no row is split across two pages.
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (row.header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            var column = 0
            for cell in row.cells {
                let span = Self.span(cell)
                let width = widths[min(column, columns - 1)..<min(column + span, columns)].reduce(0, +)
                column += span
                self.cell(cell, width: width, span: span, header: row.header || cell.name == "th", group: row.group, context)
            }
            // Word wants every row to fill the grid: a short row gets empty cells.
            for missing in column..<max(column, columns) {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[missing])\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        // Two tables in a row would merge into one in Word: a paragraph keeps them apart.
        xml += "<w:p><w:pPr><w:pStyle w:val=\"TableGap\"/></w:pPr></w:p>"
    }

    private mutating func cell(_ cell: XHTMLNode, width: Int, span: Int, header: Bool, group: Bool, _ context: Context) {
        var style = Self.inlineStyle(cell.attributes["style"] ?? "")
        // A class with a colour rule in the page's style sheet colours the cell as a style attribute would.
        if style.isEmpty, let rule = cell.classes.sorted().compactMap({ cellColours[$0] }).first {
            style = Self.inlineStyle("background:\(rule.fill);color:\(rule.text)")
        }
        var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>" + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")
        if let fill = style["background"] ?? (header ? "EFF3FF" : group ? "F7F9FC" : nil) {
            properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>"
        }
        xml += "<w:tc><w:tcPr>\(properties)</w:tcPr>"
        var inner = context
        inner.inTable = true
        inner.style = nil
        inner.listLevel = nil
        inner.run.bold = header || group
        inner.run.colour = style["color"]
        if cell.classes.contains("num") { inner.alignment = "right" } else if cell.classes.contains("cell") { inner.alignment = "center" }
        let before = xml.utf8.count
        blocks(cell.children, inner)
        // A cell must end with a paragraph, even an empty one.
        if xml.utf8.count == before || xml.hasSuffix("</w:tbl>") || xml.hasSuffix("TableGap\"/></w:pPr></w:p>") {
            xml += "<w:p>" + Self.paragraphProperties(inner) + "</w:p>"
        }
        xml += "</w:tc>"
    }

    /// `background:#2474b7;color:#ffffff` as hex colours by property (the heat map's cells); anything but
    /// a six-digit hex colour is ignored.
    static func inlineStyle(_ style: String) -> [String: String] {
        var out: [String: String] = [:]
        for declaration in style.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[1].hasPrefix("#") else { continue }
            let hex = String(parts[1].dropFirst()).uppercased()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit) else { continue }
            out[parts[0].lowercased() == "background-color" ? "background" : parts[0].lowercased()] = hex
        }
        return out
    }

    /// The key-figure cards (index, level, gap, rank…) as a borderless table, at most five to a row.
    mutating func cards(_ cards: [XHTMLNode], _ context: Context) {
        guard !cards.isEmpty else { return }
        let perRow = min(cards.count, 5), width = Self.textWidthTwips / perRow
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>" + Self.borders.replacingOccurrences(of: "BFBFBF", with: "C6DBEF")
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: perRow) + "</w:tblGrid>"
        for start in stride(from: 0, to: cards.count, by: perRow) {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            var row: [XHTMLNode] = Array(cards[start..<min(start + perRow, cards.count)])
            // The last row is filled with empty cards to the grid's width.
            let empty = XHTMLNode.element(name: "div", attributes: [:], children: [])
            row += [XHTMLNode](repeating: empty, count: perRow - row.count)
            for card in row {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                var inner = context
                inner.inTable = true
                let before = xml.utf8.count
                blocks(card.children, inner)
                if xml.utf8.count == before { xml += "<w:p/>" }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"TableGap\"/></w:pPr></w:p>"
    }
}
