import Foundation

extension Charts {
    /// A value over the years: a line through one point per year, with year ticks along the bottom and
    /// four value ticks; every point titled with its year and value for a hover. The value axis spans the
    /// data (with a margin), not zero: an IPM moving from 60 to 72 must show its movement.
    public static func line(points: [(year: Int, value: Double)], yTitle: String, numbers: NumberFormat, digits: Int = 2) -> SVG {
        let width = 560.0, height = 220.0, left = 64.0, right = 16.0, top = 14.0, bottom = 30.0
        let plotW = width - left - right, plotH = height - top - bottom
        var svg = SVG(width: width, height: height)
        svg.rect(x: left, y: top, width: plotW, height: plotH, fill: "#ffffff", stroke: "#bbbbbb")
        guard let first = points.first?.year, let last = points.last?.year,
              let low = points.map(\.value).min(), let high = points.map(\.value).max() else { return svg }
        let margin = high > low ? (high - low) * 0.1 : max(abs(high) * 0.05, 1)
        let yLow = low - margin, yHigh = high + margin
        func px(_ year: Int) -> Double { last > first ? left + Double(year - first) / Double(last - first) * plotW : left + plotW / 2 }
        func py(_ y: Double) -> Double { top + plotH - (y - yLow) / (yHigh - yLow) * plotH }
        let step = max(1, (last - first + 7) / 8)
        for year in stride(from: first, through: last, by: step) {
            svg.line(x1: px(year), y1: top, x2: px(year), y2: top + plotH, stroke: "#eeeeee")
            svg.text(String(year), x: px(year), y: top + plotH + 14, size: 9, anchor: .middle, fill: "#555555")
        }
        for k in 0...3 {
            let y = yLow + (yHigh - yLow) * (0.1 + 0.8 * Double(k) / 3)
            svg.line(x1: left, y1: py(y), x2: left + plotW, y2: py(y), stroke: "#eeeeee")
            svg.text(numbers.fixed(y, digits: digits), x: left - 6, y: py(y) + 3, size: 9, anchor: .end, fill: "#555555")
        }
        svg.text(yTitle, x: left + 4, y: top + 11, size: 10, anchor: .start)
        for (a, b) in zip(points, points.dropFirst()) {
            svg.line(x1: px(a.year), y1: py(a.value), x2: px(b.year), y2: py(b.value), stroke: "#2171b5", width: 2)
        }
        for p in points {
            svg.circle(cx: px(p.year), cy: py(p.value), r: 3.5, fill: "#6baed6", stroke: "#2171b5",
                       title: "\(p.year): \(numbers.fixed(p.value, digits: digits))")
        }
        return svg
    }
}
