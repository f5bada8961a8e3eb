import Foundation

extension Charts {
    /// The average advance of a DejaVu Sans glyph, in ems. Its real average over Indonesian text is about
    /// 0.55; 0.6 errs on the wide side, so an estimated line never runs past the space given to it.
    static let glyphWidth = 0.6

    /// The estimated width of `s` set at `size`.
    static func textWidth(_ s: String, size: Double) -> Double {
        Double(s.count) * size * glyphWidth
    }

    /// `s` broken at spaces into lines no wider than `width` at `size`, at most `maxLines` of them. Words are
    /// never cut: a label that needs more lines than allowed keeps its first words whole and ends in "…";
    /// only a single word wider than the whole width is cut, and ends in "…". Why not cut mid-word: a
    /// reader cannot guess "Smart Gover…", and a printed page cannot be hovered for the rest.
    static func wrapped(_ s: String, width: Double, size: Double, maxLines: Int = 3) -> [String] {
        let fits = max(1, Int(width / (size * glyphWidth)))
        func shortened(_ word: String) -> String { word.count <= fits ? word : String(word.prefix(max(1, fits - 1))) + "…" }
        var lines: [String] = []
        var current = ""
        for word in s.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let joined = current.isEmpty ? word : current + " " + word
            if joined.count <= fits {
                current = joined
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = shortened(word)
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines.isEmpty ? [""] : lines }
        // Too many lines: keep the first ones, and end the last kept line with "…" after a whole word.
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while last.count + 1 > fits, let space = last.lastIndex(of: " ") { last = String(last[..<space]) }
        kept[maxLines - 1] = last.hasSuffix("…") ? last : last + "…"
        return kept
    }
}

extension SVG {
    /// Lines of text one under another, the first's baseline at `y`, `leading` apart.
    mutating func textLines(_ lines: [String], x: Double, y: Double, size: Double, leading: Double, anchor: Anchor = .start,
                            fill: String = "#222", weight: String? = nil) {
        for (k, line) in lines.enumerated() {
            text(line, x: x, y: y + Double(k) * leading, size: size, anchor: anchor, fill: fill, weight: weight)
        }
    }
}
