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
}
