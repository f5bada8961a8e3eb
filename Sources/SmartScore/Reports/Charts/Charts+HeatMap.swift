import Foundation

extension Charts {
    /// A heat map: rows × columns of scores, each cell coloured on the score ramp and labelled with its
    /// number, the text dark or white for contrast; a cell without a value grey with a diagonal stroke.
    /// Row and column names wrap at word boundaries (the map grows to fit); the legend under the map shows
    /// the scale at 0, 25, 50, 75 and 100 and the mark of "no value".
    public static func heatMap(rows: [String], columns: [String], values: [[Double?]], cellWidth: Double = 62, labelWidth: Double = 190,
                               legend: (scale: String, noValue: String) = ("", ""), numbers: NumberFormat) -> SVG {
        let leading = rowFont + 2
        let headerLines = columns.map { wrapped($0, width: cellWidth - 6, size: rowFont, maxLines: 3) }
        let header = Double(headerLines.map(\.count).max() ?? 1) * leading + 8
        let rowLines = rows.map { wrapped($0, width: labelWidth - 10, size: rowFont, maxLines: 3) }
        // Every row as tall as the tallest: cells of one size read as a grid, not as bars of different weight.
        let rowH = max(rowHeight, Double(rowLines.map(\.count).max() ?? 1) * leading + 3)
        let heights = rowLines.map { _ in rowH }
        let mapHeight = heights.reduce(0, +)
        let width = max(labelWidth + cellWidth * Double(columns.count) + 4, legendWidth + 8)
        var svg = SVG(width: width, height: header + mapHeight + 8 + legendHeight)
        for (j, lines) in headerLines.enumerated() {
            // Bottom-aligned, so that the last line of every column name sits just above its cells.
            let first = header - 6 - Double(lines.count - 1) * leading
            svg.textLines(lines, x: labelWidth + cellWidth * (Double(j) + 0.5), y: first, size: rowFont, leading: leading, anchor: .middle, weight: "bold")
        }
        var y = header
        for (i, row) in rows.enumerated() {
            let h = heights[i]
            let lines = rowLines[i]
            let top = y + (h - Double(lines.count) * leading) / 2 + rowFont - 1
            svg.textLines(lines, x: labelWidth - 6, y: top, size: rowFont, leading: leading, anchor: .end)
            for j in columns.indices {
                let v = values[i][j]
                let x = labelWidth + cellWidth * Double(j)
                svg.rect(x: x, y: y, width: cellWidth - 1, height: h - 1, fill: ScoreColour.fill(v),
                         title: "\(row) · \(columns[j]): \(numbers.score(v))")
                if v == nil || !(v!.isFinite) {
                    svg.line(x1: x + 2, y1: y + h - 3, x2: x + cellWidth - 3, y2: y + 1, stroke: ScoreColour.noValueMark)
                }
                svg.text(numbers.score(v), x: x + cellWidth / 2, y: y + h / 2 + 3.5, size: rowFont - 1, anchor: .middle, fill: ScoreColour.text(v))
            }
            y += h
        }
        svg.scoreLegend(x: 4, y: header + mapHeight + 8, title: legend.scale, noValue: legend.noValue, numbers: numbers)
        return svg
    }

    static let legendWidth = 420.0
    static let legendHeight = 40.0

    /// The legend of the score ramp on its own (for a heat map drawn as an HTML table).
    public static func scoreLegend(title: String, noValue: String, numbers: NumberFormat) -> SVG {
        var svg = SVG(width: legendWidth + 8, height: legendHeight)
        svg.scoreLegend(x: 4, y: 0, title: title, noValue: noValue, numbers: numbers)
        return svg
    }
}

extension SVG {
    /// The score ramp as a strip of 50 steps from 0 to 100 with ticks at 0, 25, 50, 75 and 100, its
    /// title above, and beside it the swatch of "no value" with its words.
    mutating func scoreLegend(x: Double, y: Double, title: String, noValue: String, numbers: NumberFormat) {
        let stripX = x, stripY = y + 14, stripW = 200.0, stripH = 10.0
        if !title.isEmpty { text(title, x: stripX, y: y + 10, size: 9, fill: "#444444") }
        for k in 0..<50 {
            let score = (Double(k) + 0.5) * 2
            rect(x: stripX + stripW * Double(k) / 50, y: stripY, width: stripW / 50 + 0.3, height: stripH, fill: ScoreColour.fill(score))
        }
        rect(x: stripX, y: stripY, width: stripW, height: stripH, fill: "none", stroke: "#888888")
        for tick in [0.0, 25, 50, 75, 100] {
            let tx = stripX + stripW * tick / 100
            line(x1: tx, y1: stripY + stripH, x2: tx, y2: stripY + stripH + 3, stroke: "#666666")
            text(numbers.fixed(tick, digits: 0), x: tx, y: stripY + stripH + 12, size: 8, anchor: .middle, fill: "#444444")
        }
        let swatchX = stripX + stripW + 24
        rect(x: swatchX, y: stripY, width: 18, height: stripH, fill: ScoreColour.noValue, stroke: "#888888")
        line(x1: swatchX + 1, y1: stripY + stripH - 1, x2: swatchX + 17, y2: stripY + 1, stroke: ScoreColour.noValueMark)
        text(noValue, x: swatchX + 24, y: stripY + 9, size: 9, fill: "#444444")
    }
}
