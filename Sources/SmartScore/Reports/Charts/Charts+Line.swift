import Foundation

extension Charts {
    /// A value over the years: a line through one point per year (dashed across years without a value),
    /// year ticks along the bottom and round value ticks on the left, the title above the plot; every point
    /// titled with its year and value for a hover. The value axis spans the data, not zero: an IPM moving
    /// from 60 to 72 must show its movement.
    public static func line(points: [(year: Int, value: Double)], yTitle: String, numbers: NumberFormat, digits: Int = 2) -> SVG {
        let width = 560.0, height = 230.0, left = 72.0, right = 16.0, top = 26.0, bottom = 30.0
        let plotW = width - left - right, plotH = height - top - bottom
        var svg = SVG(width: width, height: height)
        svg.text(yTitle, x: left, y: 14, size: 10, anchor: .start)
        svg.rect(x: left, y: top, width: plotW, height: plotH, fill: "#ffffff", stroke: "#bbbbbb")
        guard let first = points.first?.year, let last = points.last?.year,
              let low = points.map(\.value).min(), let high = points.map(\.value).max() else { return svg }
        let ticks = roundTicks(low: low, high: high)
        let yLow = min(low, ticks.values.first!), yHigh = max(high, ticks.values.last!)
        func px(_ year: Int) -> Double { last > first ? left + 8 + Double(year - first) / Double(last - first) * (plotW - 16) : left + plotW / 2 }
        func py(_ y: Double) -> Double { yHigh > yLow ? top + 6 + (plotH - 12) * (1 - (y - yLow) / (yHigh - yLow)) : top + plotH / 2 }
        let step = max(1, (last - first + 7) / 8)
        for year in stride(from: first, through: last, by: step) {
            svg.line(x1: px(year), y1: top, x2: px(year), y2: top + plotH, stroke: "#eeeeee")
            svg.text(String(year), x: px(year), y: top + plotH + 14, size: 9, anchor: .middle, fill: "#555555")
        }
        for y in ticks.values {
            svg.line(x1: left, y1: py(y), x2: left + plotW, y2: py(y), stroke: "#eeeeee")
            svg.text(numbers.fixed(y, digits: ticks.digits), x: left - 6, y: py(y) + 3, size: 9, anchor: .end, fill: "#555555")
        }
        for (a, b) in zip(points, points.dropFirst()) {
            // Years without a value are bridged by a dashed line, so a gap is not read as a measured change.
            svg.line(x1: px(a.year), y1: py(a.value), x2: px(b.year), y2: py(b.value), stroke: "#2171b5", width: 2,
                     dash: b.year - a.year > 1 ? "4 3" : nil)
        }
        for p in points {
            svg.circle(cx: px(p.year), cy: py(p.value), r: 3.5, fill: "#6baed6", stroke: "#2171b5",
                       title: "\(p.year): \(numbers.fixed(p.value, digits: digits))")
        }
        return svg
    }

    /// Three to six ticks on round steps (1, 2, 2.5 or 5 times a power of ten) covering `low`…`high`, and
    /// the decimals they need.
    static func roundTicks(low: Double, high: Double) -> (values: [Double], digits: Int) {
        let span = high > low ? high - low : max(abs(high), 1)
        let raw = span / 4
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let start = floor((high > low ? low : low - span / 2) / step) * step
        let end = ceil((high > low ? high : high + span / 2) / step) * step
        var values: [Double] = []
        var y = start
        while y <= end + step / 2 && values.count < 12 { values.append(y); y += step }
        // 2.5 × 10^k needs one decimal more than 10^k (0.25 two, 2.5 one) but none from 25 up.
        let digits = max(0, Int(-floor(log10(step) + 1e-9)) + (step / magnitude == 2.5 ? 1 : 0))
        return (values, min(digits, 6))
    }
}
