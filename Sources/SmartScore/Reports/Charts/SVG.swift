import Foundation

/// A minimal SVG writer: elements as text, every attribute and text escaped, numbers with two decimals,
/// so that a chart is small, deterministic and well-formed XML.
public struct SVG {
    public let width: Double
    public let height: Double
    private(set) var body: [String] = []

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Text for HTML and SVG: markup characters as entities, and control characters (a file name's ESC, a
    /// cell's NUL; XML allows none of them) shown as `\u{1B}`, as the terminal shows them, never passed raw.
    public static func escape(_ s: String) -> String {
        TerminalText.visible(s, keepingNewlines: true, keepingTabs: true)
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func n(_ x: Double) -> String {
        let s = String(format: "%.2f", x)
        return s.hasSuffix(".00") ? String(s.dropLast(3)) : s
    }

    /// An element wrapped with a tooltip (`<g><title>…</title>…</g>`) when `title` is given.
    mutating func element(_ name: String, _ attributes: [(String, String)], title: String?) {
        guard let title else { return element(name, attributes) }
        body.append("<g><title>\(SVG.escape(title))</title>")
        element(name, attributes)
        body.append("</g>")
    }

    mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
        let attrs = attributes.map { " \($0.0)=\"\(SVG.escape($0.1))\"" }.joined()
        if let text { body.append("<\(name)\(attrs)>\(SVG.escape(text))</\(name)>") } else { body.append("<\(name)\(attrs)/>") }
    }

    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        var attrs = [("x", SVG.n(x)), ("y", SVG.n(y)), ("width", SVG.n(width)), ("height", SVG.n(height)), ("fill", fill)]
        if let stroke { attrs.append(("stroke", stroke)) }
        element("rect", attrs, title: title)
    }

    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var attrs = [("x1", SVG.n(x1)), ("y1", SVG.n(y1)), ("x2", SVG.n(x2)), ("y2", SVG.n(y2)), ("stroke", stroke), ("stroke-width", SVG.n(width))]
        if let dash { attrs.append(("stroke-dasharray", dash)) }
        element("line", attrs)
    }

    public mutating func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        var attrs = [("cx", SVG.n(cx)), ("cy", SVG.n(cy)), ("r", SVG.n(r)), ("fill", fill)]
        if let stroke { attrs.append(("stroke", stroke)) }
        element("circle", attrs, title: title)
    }

    public mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String, opacity: Double = 1, dash: String? = nil) {
        var attrs = [("points", points.map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " ")),
                     ("fill", fill), ("fill-opacity", SVG.n(opacity)), ("stroke", stroke), ("stroke-width", "1.5")]
        if let dash { attrs.append(("stroke-dasharray", dash)) }
        element("polygon", attrs)
    }

    public enum Anchor: String { case start, middle, end }

    public mutating func text(_ s: String, x: Double, y: Double, size: Double = 10, anchor: Anchor = .start, fill: String = "#222",
                              weight: String? = nil) {
        var attrs = [("x", SVG.n(x)), ("y", SVG.n(y)), ("font-size", SVG.n(size)), ("text-anchor", anchor.rawValue), ("fill", fill)]
        if let weight { attrs.append(("font-weight", weight)) }
        element("text", attrs, text: s)
    }

    /// The chart as an inline `<svg>` element.
    public func rendered(label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" width=\"\(SVG.n(width))\" height=\"\(SVG.n(height))\" role=\"img\" aria-label=\"\(SVG.escape(label))\" font-family=\"DejaVu Sans, Arial, sans-serif\">"
            + body.joined() + "</svg>"
    }
}

/// Colours for scores 0–100: ColorBrewer's yellow–green–blue ramp, whose lightness falls steadily from 0
/// (pale yellow) to 100 (dark blue), so that a higher score is always a darker cell, on screen, printed in
/// grey and for colour-blind readers (the relative luminance is strictly decreasing; a test checks it). A
/// cell without a value is not a colour of the ramp: light grey, hatched where the chart can draw it.
public enum ScoreColour {
    static let stops: [(Double, (Double, Double, Double))] = [
        (0, (255, 255, 217)), (12.5, (237, 248, 177)), (25, (199, 233, 180)), (37.5, (127, 205, 187)), (50, (65, 182, 196)),
        (62.5, (29, 145, 192)), (75, (34, 94, 168)), (87.5, (37, 52, 148)), (100, (8, 29, 88)),
    ]
    /// The fill of "no value", outside the ramp (which has no grey).
    public static let noValue = "#e6e6e6"
    public static let noValueMark = "#9a9a9a"

    public static func fill(_ score: Double?) -> String {
        guard let score, score.isFinite else { return noValue }
        let s = min(100, max(0, score))
        var k = 0
        while k < stops.count - 2 && s > stops[k + 1].0 { k += 1 }
        let (a, ca) = stops[k], (b, cb) = stops[k + 1]
        let t = (s - a) / (b - a)
        func mix(_ x: Double, _ y: Double) -> Int { Int((x + (y - x) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(ca.0, cb.0), mix(ca.1, cb.1), mix(ca.2, cb.2))
    }

    /// Dark text on light cells and white on dark ones: whichever contrasts more with the cell (WCAG's
    /// contrast ratio), so the printed number stays legible all along the ramp.
    public static func text(_ score: Double?) -> String {
        guard let score, score.isFinite else { return "#444444" }
        let l = luminance(fill(score))
        return (1.05) / (l + 0.05) > (l + 0.05) / (luminance("#111111") + 0.05) ? "#ffffff" : "#111111"
    }

    /// The relative luminance (WCAG 2) of a `#rrggbb` colour.
    public static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return 0 }
        func channel(_ k: Int) -> Double {
            let c = Double(Int(String(digits[2 * k..<2 * k + 2]), radix: 16) ?? 0) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    }
}
