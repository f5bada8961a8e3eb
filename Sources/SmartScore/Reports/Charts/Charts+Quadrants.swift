import Foundation

extension Charts {
    /// Where a numbered marker of the impact/effort chart is drawn, in the chart's pixels.
    struct QuadrantMarker: Equatable {
        let number: Int
        let x: Double
        let y: Double
    }

    /// The quadrant chart's marker radius; a marker's box (its number inside) is twice that wide and tall.
    static let quadrantMarkerRadius = 7.0

    /// Impact (y, the rise of the region's index in points) against effort (x, 1–5), the quadrant lines at
    /// the thresholds, each programme a numbered marker (the numbers key the table under the chart).
    /// No marker is moved across a threshold: markers sharing an effort stay inside that effort's column
    /// (the low-effort line is a column boundary), at their own height when there is room, else stacked
    /// just above or below on their own side of the impact line; no two markers overlap.
    /// `pointTitle` words a point's tooltip from its number, effort and impact (already formatted).
    public static func quadrants(points: [(number: Int, effort: Int, impact: Double, quickWin: Bool)], impactThreshold: Double,
                                 lowEffortMax: Int, labels: (quickWin: String, major: String, fillIn: String, thankless: String),
                                 axis: (effort: String, impact: String), numbers: NumberFormat,
                                 pointTitle: (_ number: String, _ effort: String, _ impact: String) -> String) -> SVG {
        let g = QuadrantGeometry(points: points, impactThreshold: impactThreshold)
        var svg = SVG(width: g.width, height: g.height)
        svg.text(axis.impact, x: 8, y: 14, size: 10, fill: "#333333", weight: "bold")
        svg.rect(x: g.left, y: g.top, width: g.plotW, height: g.plotH, fill: "#fbfbfb", stroke: "#bbbbbb")
        for tick in g.ticks.values {
            svg.line(x1: g.left, y1: g.y(tick), x2: g.left + g.plotW, y2: g.y(tick), stroke: "#eeeeee")
            svg.text(numbers.fixed(tick, digits: g.ticks.digits), x: g.left - 5, y: g.y(tick) + 3, size: 9, anchor: .end, fill: "#555555")
        }
        let split = g.x(Double(lowEffortMax) + 0.5)
        if impactThreshold.isFinite {
            svg.line(x1: g.left, y1: g.y(impactThreshold), x2: g.left + g.plotW, y2: g.y(impactThreshold), stroke: "#666666", dash: "4 3")
        }
        svg.line(x1: split, y1: g.top, x2: split, y2: g.top + g.plotH, stroke: "#666666", dash: "4 3")
        // The quadrants' names just outside the plot's corners, where no marker can cover them.
        svg.text(labels.quickWin, x: g.left + 2, y: g.top - 6, size: 11, fill: "#1a7a3a", weight: "bold")
        svg.text(labels.major, x: g.left + g.plotW - 2, y: g.top - 6, size: 11, anchor: .end, fill: "#555555", weight: "bold")
        svg.text(labels.fillIn, x: g.left + 2, y: g.top + g.plotH + 32, size: 11, fill: "#555555", weight: "bold")
        svg.text(labels.thankless, x: g.left + g.plotW - 2, y: g.top + g.plotH + 32, size: 11, anchor: .end, fill: "#888888", weight: "bold")
        for e in 1...5 {
            svg.line(x1: g.x(Double(e)), y1: g.top + g.plotH, x2: g.x(Double(e)), y2: g.top + g.plotH + 4, stroke: "#888888")
            svg.text(numbers.integer(e), x: g.x(Double(e)), y: g.top + g.plotH + 15, size: 10, anchor: .middle)
        }
        svg.text(axis.effort, x: g.left + g.plotW / 2, y: g.height - 8, size: 10, anchor: .middle, fill: "#333333", weight: "bold")
        let markers = quadrantLayout(points: points, impactThreshold: impactThreshold, geometry: g)
        for (point, marker) in zip(points, markers) {
            svg.circle(cx: marker.x, cy: marker.y, r: quadrantMarkerRadius, fill: point.quickWin ? "#1a9850" : "#2171b5", stroke: "#ffffff",
                       title: pointTitle(String(point.number), String(point.effort), numbers.fixed(point.impact, digits: 3)))
            svg.text(String(point.number), x: marker.x, y: marker.y + 3, size: 8, anchor: .middle, fill: "#ffffff", weight: "bold")
        }
        return svg
    }

    /// The plot's size and scales: effort 1–5 as five equal columns, impact from 0 to a round top.
    struct QuadrantGeometry {
        let width = 540.0, height = 410.0, left = 56.0, right = 16.0, top = 46.0, bottom = 62.0
        var plotW: Double { width - left - right }
        var plotH: Double { height - top - bottom }
        let ticks: (values: [Double], digits: Int)
        let maxImpact: Double

        init(points: [(number: Int, effort: Int, impact: Double, quickWin: Bool)], impactThreshold: Double) {
            let high = max(impactThreshold.isFinite ? impactThreshold * 1.5 : 0, points.map(\.impact).max() ?? 0, 1e-9) * 1.1
            ticks = Charts.roundTicks(low: 0, high: high)
            maxImpact = max(high, ticks.values.last ?? high)
        }

        func x(_ effort: Double) -> Double { left + (effort - 0.5) / 5 * plotW }
        func y(_ impact: Double) -> Double { top + plotH - max(0, impact) / maxImpact * plotH }
        /// The horizontal room of an effort's column, a marker's radius in from its boundaries.
        func column(_ effort: Int) -> ClosedRange<Double> {
            x(Double(effort) - 0.5) + Charts.quadrantMarkerRadius + 1...x(Double(effort) + 0.5) - Charts.quadrantMarkerRadius - 1
        }
    }

    /// Each point's marker, in the order of `points`. Highest impact first, each marker takes the free slot
    /// nearest its data: its own height and column centre, then sideways within the column, then one
    /// marker higher or lower, never past the impact line nor out of the plot.
    static func quadrantLayout(points: [(number: Int, effort: Int, impact: Double, quickWin: Bool)], impactThreshold: Double,
                               geometry g: QuadrantGeometry? = nil) -> [QuadrantMarker] {
        let g = g ?? QuadrantGeometry(points: points, impactThreshold: impactThreshold)
        let box = 2 * quadrantMarkerRadius + 1
        var placed: [Int: QuadrantMarker] = [:]
        let order = points.indices.sorted { (points[$0].impact, points[$1].number) > (points[$1].impact, points[$0].number) }
        for p in order {
            let point = points[p]
            let effort = min(5, max(1, point.effort))
            let column = g.column(effort), centre = g.x(Double(effort))
            let y0 = g.y(point.impact)
            // The band the marker may move in vertically: its side of the impact line, inside the plot.
            var lowY = g.top + quadrantMarkerRadius, highY = g.top + g.plotH - quadrantMarkerRadius
            if impactThreshold.isFinite {
                let line = g.y(impactThreshold)
                if point.impact >= impactThreshold { highY = min(highY, line - 1) } else { lowY = max(lowY, line + 1) }
            }
            let dxs = alternating(12, step: box), dys = alternating(40, step: box)
            var chosen: QuadrantMarker?
            search: for dy in dys {
                let cy = min(highY, max(lowY, y0)) + dy
                guard cy >= lowY - 0.01, cy <= highY + 0.01 else { continue }
                for dx in dxs {
                    let cx = centre + dx
                    guard column.contains(cx) else { continue }
                    if placed.values.allSatisfy({ abs($0.x - cx) >= box || abs($0.y - cy) >= box }) {
                        chosen = QuadrantMarker(number: point.number, x: cx, y: cy)
                        break search
                    }
                }
            }
            // Only when a column's side is full (more markers than fit) is one drawn over another.
            placed[p] = chosen ?? QuadrantMarker(number: point.number, x: centre, y: min(highY, max(lowY, y0)))
        }
        return points.indices.map { placed[$0]! }
    }

    /// 0, +step, −step, +2·step, −2·step, … (`count` + 1 offsets): the candidate offsets nearest first.
    static func alternating(_ count: Int, step: Double) -> [Double] {
        (0...count).map { (k: Int) -> Double in
            let distance = Double((k + 1) / 2) * step
            return k % 2 == 0 ? distance : -distance
        }
    }
}
