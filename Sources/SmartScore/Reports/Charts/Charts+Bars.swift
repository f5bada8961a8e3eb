import Foundation

extension Charts {
    /// Horizontal bars on 0–`maximum`, one row per label (wrapped at word boundaries, the row growing to
    /// fit), the value printed at each bar's end, over an axis with round ticks and light gridlines.
    public static func bars(labels: [String], values: [Double?], maximum: Double = 100, digits: Int = 1, labelWidth: Double = 260,
                            barWidth: Double = 300, numbers: NumberFormat, colour: ((Double?) -> String)? = nil) -> SVG {
        groupedBars(groups: [(heading: "", labels: labels, values: values)], maximum: maximum, digits: digits, labelWidth: labelWidth,
                    barWidth: barWidth, numbers: numbers, colour: colour)
    }

    /// Bars in groups: each group's heading (bold, across the label column) and its bars beneath it, all on
    /// one axis. A group with an empty heading has none (`bars` is one such group).
    public static func groupedBars(groups: [(heading: String, labels: [String], values: [Double?])], maximum: Double = 100, digits: Int = 1,
                                   labelWidth: Double = 260, barWidth: Double = 300, numbers: NumberFormat,
                                   colour: ((Double?) -> String)? = nil) -> SVG {
        let leading = rowFont + 2, axisHeight = 22.0, headingHeight = rowHeight + 6
        let top = maximum > 0 ? barAxisTicks(maximum: maximum) : (values: [0.0], digits: 0)
        let scaleMax = max(maximum, top.values.last ?? maximum)
        // Lay every row out first: its lines and height, and where its top is.
        var rows: [(y: Double, height: Double, lines: [String], label: String, value: Double?)] = []
        var headings: [(y: Double, text: String)] = []
        var y = 2.0
        for group in groups {
            if !group.heading.isEmpty {
                headings.append((y, group.heading))
                y += headingHeight
            }
            for (label, value) in zip(group.labels, group.values) {
                let lines = wrapped(label, width: labelWidth - 10, size: rowFont, maxLines: 3)
                let h = max(rowHeight, Double(lines.count) * leading + 3)
                rows.append((y, h, lines, label, value))
                y += h
            }
        }
        let plotBottom = y
        var svg = SVG(width: labelWidth + barWidth + 56, height: plotBottom + axisHeight)
        func x(_ v: Double) -> Double { labelWidth + barWidth * min(1, max(0, v / scaleMax)) }
        for tick in top.values {
            svg.line(x1: x(tick), y1: 2, x2: x(tick), y2: plotBottom, stroke: "#e6e6e6")
        }
        for heading in headings {
            svg.text(heading.text, x: 4, y: heading.y + rowHeight, size: rowFont + 0.5, fill: "#08306b", weight: "bold")
            svg.line(x1: 4, y1: heading.y + rowHeight + 3, x2: labelWidth + barWidth, y2: heading.y + rowHeight + 3, stroke: "#c6dbef")
        }
        for row in rows {
            let textTop = row.y + (row.height - Double(row.lines.count) * leading) / 2 + rowFont - 1
            svg.textLines(row.lines, x: labelWidth - 6, y: textTop, size: rowFont, leading: leading, anchor: .end)
            let w = scaleMax > 0 ? x(row.value ?? 0) - labelWidth : 0
            let barY = row.y + (row.height - (rowHeight - 3)) / 2
            svg.rect(x: labelWidth, y: barY, width: w, height: rowHeight - 3, fill: colour?(row.value) ?? "#2171b5",
                     title: "\(row.label): \(numbers.score(row.value, digits: digits))")
            svg.text(numbers.score(row.value, digits: digits), x: labelWidth + w + 4, y: barY + rowHeight - 6, size: rowFont - 1)
        }
        svg.line(x1: labelWidth, y1: plotBottom, x2: labelWidth + barWidth, y2: plotBottom, stroke: "#888888")
        for tick in top.values {
            svg.line(x1: x(tick), y1: plotBottom, x2: x(tick), y2: plotBottom + 4, stroke: "#888888")
            svg.text(numbers.fixed(tick, digits: top.digits), x: x(tick), y: plotBottom + 14, size: 8.5, anchor: .middle, fill: "#555555")
        }
        return svg
    }

    /// The ticks of a bar axis from 0: quarters for a 0–100 score, round steps otherwise.
    static func barAxisTicks(maximum: Double) -> (values: [Double], digits: Int) {
        if maximum == 100 { return ([0, 25, 50, 75, 100], 0) }
        let round = roundTicks(low: 0, high: maximum)
        return (round.values.filter { $0 >= 0 }, round.digits)
    }
}
