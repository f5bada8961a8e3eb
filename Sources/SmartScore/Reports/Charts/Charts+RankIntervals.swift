import Foundation

extension Charts {
    /// One row per city: the nominal rank as a dot and its 5–95 % rank interval as a bar, on a shared rank
    /// axis (1 … `maximum`, ticks and gridlines) drawn above and below the rows, so a long list still shows
    /// it on every printed page it spans. Names wrap at word boundaries.
    public static func rankIntervals(labels: [String], nominal: [Int], p05: [Double?], p95: [Double?], maximum: Int, labelWidth: Double = 210,
                                     plotWidth: Double = 380, numbers: NumberFormat) -> SVG {
        let header = 20.0, leading = rowFont + 2
        let lines = labels.map { wrapped($0, width: labelWidth - 12, size: rowFont, maxLines: 2) }
        let heights = lines.map { max(rowHeight, Double($0.count) * leading + 3) }
        let bottom = header + heights.reduce(0, +)
        var svg = SVG(width: labelWidth + plotWidth + 24, height: bottom + 20)
        func x(_ rank: Double) -> Double { labelWidth + (rank - 1) / Double(max(1, maximum - 1)) * plotWidth }
        for tick in rankTicks(maximum: maximum) {
            svg.line(x1: x(Double(tick)), y1: header - 4, x2: x(Double(tick)), y2: bottom + 4, stroke: "#e4e4e4")
            svg.text(numbers.integer(tick), x: x(Double(tick)), y: header - 7, size: 9, anchor: .middle, fill: "#555555")
            svg.text(numbers.integer(tick), x: x(Double(tick)), y: bottom + 15, size: 9, anchor: .middle, fill: "#555555")
        }
        svg.line(x1: x(1), y1: header - 4, x2: x(Double(maximum)), y2: header - 4, stroke: "#888888")
        svg.line(x1: x(1), y1: bottom + 4, x2: x(Double(maximum)), y2: bottom + 4, stroke: "#888888")
        var y = header
        for (i, label) in lines.enumerated() {
            let h = heights[i]
            svg.textLines(label, x: labelWidth - 8, y: y + (h - Double(label.count) * leading) / 2 + rowFont - 1, size: rowFont, leading: leading,
                          anchor: .end)
            if let lo = p05[i], let hi = p95[i] {
                svg.rect(x: x(lo), y: y + h / 2 - 3, width: max(2, x(hi) - x(lo)), height: 6, fill: "#9ecae1")
            }
            svg.circle(cx: x(Double(nominal[i])), cy: y + h / 2, r: 3, fill: "#08306b")
            y += h
        }
        return svg
    }

    /// Rank ticks: 1, the maximum, and round steps between them (about five in all).
    static func rankTicks(maximum: Int) -> [Int] {
        guard maximum > 1 else { return [1] }
        let raw = Double(maximum - 1) / 4
        let magnitude = pow(10, floor(log10(raw)))
        let step = max(1, Int(([1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude).rounded()))
        var ticks = [1] + stride(from: step, to: maximum, by: step).filter { $0 > 1 }
        // A round tick too close to the last would print over it.
        if let last = ticks.last, last != 1, Double(maximum - last) < Double(step) * 0.4 { ticks.removeLast() }
        return ticks + [maximum]
    }
}
