import Foundation

/// The charts of the reports, each a small function from numbers to an SVG. Layout constants are chosen so
/// that labels cannot overlap: every row of a row-based chart is at least `rowHeight` tall, taller than
/// its font, however many rows there are. The numbers a reader sees (labels, tooltips) come in the
/// report's `NumberFormat`; the geometry is the same in every language.
public enum Charts {
    public static let rowHeight = 14.0
    public static let rowFont = 10.0

    /// A radar of the six dimensions: the city's polygon over the cohort median's (dashed), on 0–100 axes.
    /// An axis with a label in `missing` (a dimension without a score: "tanpa data", or nulled by the coverage
    /// rule) keeps its place: grey and dashed, a hollow marker at its end, its label followed by that reason;
    /// the polygons skip it rather than drawing a score of 0 that nobody measured.
    public static func radar(axes: [String], values: [Double?], reference: [Double?], label: String, referenceLabel: String,
                             missing: [String?] = [], missingLegend: String = "", numbers: NumberFormat,
                             ringLabels: [String]? = nil, valueLabels: [String]? = nil) -> SVG {
        // Wide enough for the longest axis label on either side of the circle.
        let size = 360.0, width = 560.0, cx = width / 2, cy = size / 2 + 10, radius = 120.0
        let reason = axes.indices.map { $0 < missing.count ? missing[$0] : nil }
        let isMissing = reason.map { $0 != nil }
        let anyMissing = isMissing.contains(true)
        var svg = SVG(width: width, height: size + (anyMissing ? 46 : 30))
        let n = axes.count
        func point(_ k: Int, _ v: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(k) / Double(n)
            return (cx + radius * v / 100 * cos(angle), cy + radius * v / 100 * sin(angle))
        }
        // The rings at a quarter, half, three quarters and the whole scale, labelled in the values' own scale.
        for (k, ring) in [25.0, 50, 75, 100].enumerated() {
            svg.polygon((0..<n).map { point($0, ring) }, fill: "none", stroke: "#cccccc", opacity: 0)
            svg.text(ringLabels.map { k < $0.count ? $0[k] : "" } ?? String(Int(ring)), x: cx + 3, y: cy - radius * ring / 100 - 2, size: 8, fill: "#888888")
        }
        for k in 0..<n {
            let (x, y) = point(k, 100)
            let (lx, ly) = point(k, 118)
            let anchor: SVG.Anchor = abs(lx - cx) < 5 ? .middle : lx > cx ? .start : .end
            if isMissing[k] {
                svg.line(x1: cx, y1: cy, x2: x, y2: y, stroke: "#aaaaaa", dash: "3 3")
                // Two lines, the second under the name; the top axis lifts both clear of its marker.
                let top = anchor == .middle && ly < cy ? -13.0 : 0
                svg.text(axes[k], x: lx, y: ly + 4 + top, size: 11, anchor: anchor, fill: "#888888")
                svg.text("(\(reason[k] ?? ""))", x: lx, y: ly + 17 + top, size: 10, anchor: anchor, fill: "#888888")
            } else {
                svg.line(x1: cx, y1: cy, x2: x, y2: y, stroke: "#cccccc")
                svg.text(axes[k], x: lx, y: ly + 4, size: 11, anchor: anchor)
            }
        }
        let present = (0..<n).filter { !isMissing[$0] }
        let ref = present.map { point($0, reference[$0] ?? 0) }
        svg.polygon(ref, fill: "#999999", stroke: "#555555", opacity: 0.12, dash: "5 3")
        svg.polygon(present.map { point($0, values[$0] ?? 0) }, fill: "#2171b5", stroke: "#08306b", opacity: 0.35)
        for k in 0..<n {
            if isMissing[k] {
                let (x, y) = point(k, 100)
                svg.circle(cx: x, cy: y, r: 4, fill: "#ffffff", stroke: "#888888", title: "\(axes[k]): \(reason[k] ?? "")")
            } else {
                let (x, y) = point(k, values[k] ?? 0)
                svg.circle(cx: x, cy: y, r: 3, fill: "#08306b", title: "\(axes[k]): \(valueLabels.map { k < $0.count ? $0[k] : "" } ?? numbers.score(values[k]))")
            }
        }
        svg.rect(x: cx - 200, y: size + 8, width: 12, height: 10, fill: "#2171b5")
        svg.text(label, x: cx - 184, y: size + 17, size: 10)
        svg.line(x1: cx + 20, y1: size + 13, x2: cx + 34, y2: size + 13, stroke: "#555555", width: 1.5, dash: "5 3")
        svg.text(referenceLabel, x: cx + 40, y: size + 17, size: 10)
        if anyMissing {
            svg.circle(cx: cx - 194, cy: size + 30, r: 4, fill: "#ffffff", stroke: "#888888")
            svg.line(x1: cx - 186, y1: size + 30, x2: cx - 172, y2: size + 30, stroke: "#aaaaaa", dash: "3 3")
            svg.text(missingLegend, x: cx - 166, y: size + 34, size: 10, fill: "#555555")
        }
        return svg
    }

    /// A heat map: rows × columns of scores, each cell coloured and labelled with its number.
    public static func heatMap(rows: [String], columns: [String], values: [[Double?]], cellWidth: Double = 62, labelWidth: Double = 190,
                               numbers: NumberFormat) -> SVG {
        let header = 34.0
        var svg = SVG(width: labelWidth + cellWidth * Double(columns.count) + 4, height: header + rowHeight * Double(rows.count) + 4)
        for (j, column) in columns.enumerated() {
            svg.text(column, x: labelWidth + cellWidth * (Double(j) + 0.5), y: header - 8, size: rowFont, anchor: .middle, weight: "bold")
        }
        for (i, row) in rows.enumerated() {
            let y = header + rowHeight * Double(i)
            svg.text(truncated(row, to: labelWidth, size: rowFont), x: labelWidth - 6, y: y + rowHeight - 3.5, size: rowFont, anchor: .end)
            for j in columns.indices {
                let v = values[i][j]
                svg.rect(x: labelWidth + cellWidth * Double(j), y: y, width: cellWidth - 1, height: rowHeight - 1, fill: ScoreColour.fill(v),
                         title: "\(row) · \(columns[j]): \(numbers.score(v))")
                svg.text(numbers.score(v), x: labelWidth + cellWidth * (Double(j) + 0.5), y: y + rowHeight - 3.5, size: rowFont - 1,
                         anchor: .middle, fill: ScoreColour.text(v))
            }
        }
        return svg
    }

    /// Horizontal bars on 0–`maximum`, one row per label, the value printed after each bar.
    public static func bars(labels: [String], values: [Double?], maximum: Double = 100, digits: Int = 1, labelWidth: Double = 260,
                            barWidth: Double = 300, numbers: NumberFormat, colour: ((Double?) -> String)? = nil) -> SVG {
        var svg = SVG(width: labelWidth + barWidth + 50, height: rowHeight * Double(labels.count) + 6)
        for (i, label) in labels.enumerated() {
            let y = rowHeight * Double(i) + 2
            svg.text(truncated(label, to: labelWidth, size: rowFont), x: labelWidth - 6, y: y + rowHeight - 4, size: rowFont, anchor: .end)
            let v = values[i]
            let w = maximum > 0 ? barWidth * min(1, max(0, (v ?? 0) / maximum)) : 0
            svg.rect(x: labelWidth, y: y + 1, width: w, height: rowHeight - 3, fill: colour?(v) ?? "#2171b5", title: "\(label): \(numbers.score(v, digits: digits))")
            svg.text(numbers.score(v, digits: digits), x: labelWidth + w + 4, y: y + rowHeight - 4, size: rowFont - 1)
        }
        return svg
    }

    /// Impact (index points, y) against effort (1–5, x), with the quadrant lines at the thresholds and
    /// each programme numbered (the numbers key a table beside the chart, so labels never collide).
    /// `pointTitle` words a point's tooltip from its number, effort and impact (already formatted).
    public static func quadrants(points: [(number: Int, effort: Int, impact: Double, quickWin: Bool)], impactThreshold: Double,
                                 lowEffortMax: Int, labels: (quickWin: String, major: String, fillIn: String, thankless: String),
                                 axis: (effort: String, impact: String), numbers: NumberFormat,
                                 pointTitle: (_ number: String, _ effort: String, _ impact: String) -> String) -> SVG {
        let w = 520.0, h = 356.0, left = 56.0, bottom = 40.0, top = 32.0, right = 16.0
        let plotW = w - left - right, plotH = h - top - bottom
        var svg = SVG(width: w, height: h)
        let maxImpact = max(impactThreshold.isFinite ? impactThreshold * 1.5 : 0, points.map(\.impact).max() ?? 0, 1e-9) * 1.1
        func x(_ effort: Double) -> Double { left + (effort - 0.5) / 5 * plotW }
        func y(_ impact: Double) -> Double { top + plotH - impact / maxImpact * plotH }
        svg.rect(x: left, y: top, width: plotW, height: plotH, fill: "#fbfbfb", stroke: "#bbbbbb")
        let split = x(Double(lowEffortMax) + 0.5)
        if impactThreshold.isFinite {
            svg.line(x1: left, y1: y(impactThreshold), x2: left + plotW, y2: y(impactThreshold), stroke: "#888888", dash: "4 3")
        }
        svg.line(x1: split, y1: top, x2: split, y2: top + plotH, stroke: "#888888", dash: "4 3")
        svg.text(labels.quickWin, x: left + 6, y: top + 14, size: 11, fill: "#1a7a3a", weight: "bold")
        svg.text(labels.major, x: left + plotW - 6, y: top + 14, size: 11, anchor: .end, fill: "#555555", weight: "bold")
        svg.text(labels.fillIn, x: left + 6, y: top + plotH - 6, size: 11, fill: "#555555", weight: "bold")
        svg.text(labels.thankless, x: left + plotW - 6, y: top + plotH - 6, size: 11, anchor: .end, fill: "#999999", weight: "bold")
        for e in 1...5 {
            svg.text(String(e), x: x(Double(e)), y: top + plotH + 14, size: 10, anchor: .middle)
        }
        svg.text(axis.effort, x: left + plotW / 2, y: h - 6, size: 10, anchor: .middle)
        svg.text(axis.impact, x: left, y: top - 12, size: 10)
        for tick in 0...4 {
            let v = maxImpact * Double(tick) / 4
            svg.text(numbers.fixed(v, digits: 2), x: left - 4, y: y(v) + 3, size: 9, anchor: .end)
        }
        // Points at the same effort spread sideways so that none hides another.
        let byEffort = Dictionary(grouping: points.indices, by: { points[$0].effort })
        for effort in byEffort.keys.sorted() {                 // sorted: dictionary order varies by process
            let members = byEffort[effort]!
            for (k, p) in members.sorted(by: { points[$0].impact > points[$1].impact }).enumerated() {
                let point = points[p]
                // Alternate sides of the effort line, 15 px apart (a circle is 14 px wide).
                let step = Double((k + 1) / 2) * (k % 2 == 0 ? 1 : -1)
                let dx = max(-40, min(40, step * 15))
                let cx = x(Double(effort)) + dx, cy = y(point.impact)
                svg.circle(cx: cx, cy: cy, r: 7, fill: point.quickWin ? "#1a9850" : "#6baed6", stroke: "#ffffff",
                           title: pointTitle(String(point.number), String(point.effort), numbers.fixed(point.impact, digits: 3)))
                svg.text(String(point.number), x: cx, y: cy + 3, size: 8, anchor: .middle, fill: "#ffffff")
            }
        }
        return svg
    }

    /// One row per city: the nominal rank as a dot and its 5–95 % rank interval as a bar, on a shared axis.
    public static func rankIntervals(labels: [String], nominal: [Int], p05: [Double?], p95: [Double?], maximum: Int, labelWidth: Double = 210,
                                     plotWidth: Double = 380) -> SVG {
        let header = 18.0
        var svg = SVG(width: labelWidth + plotWidth + 20, height: header + rowHeight * Double(labels.count) + 6)
        func x(_ rank: Double) -> Double { labelWidth + (rank - 1) / Double(max(1, maximum - 1)) * plotWidth }
        for tick in Set([1, max(1, maximum / 4), max(1, maximum / 2), max(1, 3 * maximum / 4), maximum]).sorted() {
            svg.line(x1: x(Double(tick)), y1: header - 4, x2: x(Double(tick)), y2: header + rowHeight * Double(labels.count), stroke: "#e4e4e4")
            svg.text(String(tick), x: x(Double(tick)), y: header - 6, size: 9, anchor: .middle, fill: "#666666")
        }
        for (i, label) in labels.enumerated() {
            let y = header + rowHeight * Double(i)
            svg.text(truncated(label, to: labelWidth, size: rowFont), x: labelWidth - 8, y: y + rowHeight - 4, size: rowFont, anchor: .end)
            if let lo = p05[i], let hi = p95[i] {
                svg.rect(x: x(lo), y: y + 4, width: max(2, x(hi) - x(lo)), height: rowHeight - 8, fill: "#9ecae1")
            }
            svg.circle(cx: x(Double(nominal[i])), cy: y + rowHeight / 2, r: 3, fill: "#08306b")
        }
        return svg
    }

    /// A label cut to fit `width` at `size` (average glyph ≈ 0.58 em).
    static func truncated(_ s: String, to width: Double, size: Double) -> String {
        let fits = Int(width / (size * 0.58))
        return s.count <= fits ? s : String(s.prefix(max(1, fits - 1))) + "…"
    }
}
