import Foundation

extension Charts {
    /// A scatter of two scores with axes, ticks and titles: one point per region, the highlighted ones
    /// (the report's region) drawn larger and labelled, every point titled with its label for a hover.
    public static func scatter(points: [(x: Double, y: Double, label: String, highlighted: Bool)], xRange: ClosedRange<Double>,
                               yRange: ClosedRange<Double>, xTitle: String, yTitle: String, xTicks: [Double], yTicks: [Double],
                               numbers: NumberFormat, xDigits: Int = 0, yDigits: Int = 1) -> SVG {
        let width = 560.0, height = 340.0, left = 56.0, right = 16.0, top = 12.0, bottom = 46.0
        let plotW = width - left - right, plotH = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * plotW }
        func py(_ y: Double) -> Double { top + plotH - (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * plotH }
        var svg = SVG(width: width, height: height)
        svg.rect(x: left, y: top, width: plotW, height: plotH, fill: "#ffffff", stroke: "#bbbbbb")
        for t in xTicks {
            svg.line(x1: px(t), y1: top, x2: px(t), y2: top + plotH, stroke: "#eeeeee")
            svg.text(numbers.fixed(t, digits: xDigits), x: px(t), y: top + plotH + 14, size: 9, anchor: .middle, fill: "#555555")
        }
        for t in yTicks {
            svg.line(x1: left, y1: py(t), x2: left + plotW, y2: py(t), stroke: "#eeeeee")
            svg.text(numbers.fixed(t, digits: yDigits), x: left - 6, y: py(t) + 3, size: 9, anchor: .end, fill: "#555555")
        }
        svg.text(xTitle, x: left + plotW / 2, y: height - 8, size: 10, anchor: .middle)
        svg.text(yTitle, x: 12, y: top + 10, size: 10, anchor: .start)
        for p in points where !p.highlighted {
            svg.circle(cx: px(p.x), cy: py(p.y), r: 3.2, fill: "#6baed6", stroke: "#2171b5", title: p.label)
        }
        for p in points where p.highlighted {
            svg.circle(cx: px(p.x), cy: py(p.y), r: 6, fill: "#e6550d", stroke: "#7f2704", title: p.label)
            let anchor: SVG.Anchor = px(p.x) > left + plotW * 0.7 ? .end : .start
            svg.text(p.label, x: px(p.x) + (anchor == .end ? -9 : 9), y: py(p.y) + 4, size: 10, anchor: anchor, fill: "#7f2704")
        }
        return svg
    }
}
