import Foundation

/// A table cell's colours by class, written as the CSS rule `td.NAME { background: #rrggbb; color: #rrggbb; }`:
/// the risk matrix's severities in the shared style sheet, the heat map's colours in the cohort page's own
/// `<style>`. A class and a rule, never a `style` attribute, so that the dashboard's Content-Security-Policy
/// (no inline style at all) draws the cells; the Word document reads the same rules back
/// (`CellColourRule.parse`, `DocxBody`) to shade its cells alike.
struct CellColourRule: Equatable {
    let className: String
    /// `#rrggbb`, lower case, as `ScoreColour` writes colours.
    let fill: String
    let text: String

    var css: String { "td.\(className) { background: \(fill); color: \(text); }" }

    /// The colours of every rule of the form `td.NAME { background: #rrggbb; color: #rrggbb; }` in a style
    /// sheet, by class name; other rules are not cell colours and are skipped.
    static func parse(_ styleSheet: String) -> [String: CellColourRule] {
        var rules: [String: CellColourRule] = [:]
        for block in styleSheet.split(separator: "}") {
            let parts = block.split(separator: "{", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard parts.count == 2, parts[0].hasPrefix("td."), parts[0].dropFirst(3).allSatisfy(isClassNameCharacter) else { continue }
            var colours: [String: String] = [:]
            for declaration in parts[1].split(separator: ";") {
                let pair = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2, isHexColour(pair[1]) { colours[pair[0].lowercased()] = pair[1].lowercased() }
            }
            guard let fill = colours["background"], let text = colours["color"] else { continue }
            let name = String(parts[0].dropFirst(3))
            rules[name] = CellColourRule(className: name, fill: fill, text: text)
        }
        return rules
    }

    private static func isClassNameCharacter(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") }

    private static func isHexColour(_ s: String) -> Bool { s.count == 7 && s.hasPrefix("#") && s.dropFirst().allSatisfy(\.isHexDigit) }
}

/// The heat map's cells: one class per distinct pair of colours the page uses, named after the colours
/// (`heat-2474b7-ffffff`), and the page's rules for them in a fixed order, so the same cohort gives the
/// same bytes. The colours stay exactly `ScoreColour.fill` and `ScoreColour.text` of each cell's value.
struct HeatMapColours {
    private var rules: [String: CellColourRule] = [:]

    /// The class of a cell holding `score`, remembering its rule.
    mutating func className(_ score: Double?) -> String {
        let fill = ScoreColour.fill(score), text = ScoreColour.text(score)
        let name = "heat-" + fill.dropFirst() + "-" + text.dropFirst()
        if rules[name] == nil { rules[name] = CellColourRule(className: name, fill: fill, text: text) }
        return name
    }

    /// The rules of every class handed out, sorted by name; nil when there are none.
    var css: String? {
        rules.isEmpty ? nil : rules.keys.sorted().map { rules[$0]!.css }.joined(separator: "\n")
    }
}
