import Foundation

/// `catalogue list` and `catalogue show` output: JSON (design.md's keys), CSV and a terminal table.
public enum CatalogueReport {
    /// One indicator as design.md's JSON object, followed by the extra fields smartscore adds.
    public static func json(_ i: Indicator) -> JSONValue {
        .object([
            ("code", .string(i.code)),
            ("standard", .string(i.standard)),
            ("clause", .string(i.clause)),
            ("theme", .string(i.theme)),
            ("name", .object([("en", .string(i.name.en)), ("id", .string(i.name.id))])),
            ("dimension", .string(i.dimension)),
            ("element", .string(i.element)),
            ("pillar", .string(i.pillar)),
            ("unit", .string(i.unit)),
            ("polarity", .string(i.polarity.rawValue)),
            ("goalposts", i.goalposts.map { g in
                .object([("worst", .number(g.worst)), ("best", .number(g.best)), ("basis", .string(g.basis))])
            } ?? .null),
            ("type", .string(i.kind.rawValue)),
            ("scored", .bool(i.isScored)),
            ("valid_range", .array([.number(i.validRange.min), .number(i.validRange.max)])),
            ("national_target", i.nationalTarget.map { t in
                .object([("value", .number(t.value)), ("year", t.year.map { .number(Double($0)) } ?? .null),
                         ("source", .string(t.source))])
            } ?? .null),
            ("source_confidence", .string(i.sourceConfidence)),
            ("source", .string(i.source)),
            ("note", .string(i.note)),
        ])
    }

    public static func list(_ indicators: [Indicator], format: OutputFormat, language: Language) -> String {
        switch format {
        case .json:
            return JSONValue.array(indicators.map(json)).serialized()
        case .csv:
            var csv = CSVTable(headers: ["code", "standard", "clause", "theme", "name_en", "name_id", "dimension", "element",
                                         "pillar", "unit", "polarity", "worst", "best", "type", "scored", "source_confidence"])
            for i in indicators {
                csv.append([i.code, i.standard, i.clause, i.theme, i.name.en, i.name.id, i.dimension, i.element, i.pillar,
                            i.unit, i.polarity.rawValue, CSVTable.number(i.goalposts?.worst),
                            CSVTable.number(i.goalposts?.best), i.kind.rawValue, i.isScored ? "true" : "false",
                            i.sourceConfidence])
            }
            return csv.rendered()
        case .md:
            var lines = ["| " + Labels.catalogueHeaders(language).joined(separator: " | ") + " |",
                         "|" + String(repeating: "---|", count: 7)]
            for i in indicators {
                lines.append("| " + row(i, language).map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
            return lines.joined(separator: "\n") + "\n"
        case .table, .html:
            var table = TextTable(headers: Labels.catalogueHeaders(language))
            for i in indicators { table.append(row(i, language)) }
            return table.rendered() + Labels.catalogueSummary(count: indicators.count,
                                                              scored: indicators.filter(\.isScored).count, language)
        }
    }

    private static func row(_ i: Indicator, _ language: Language) -> [String] {
        let goalposts = i.goalposts.map { "\(JSONValue.format($0.worst)) → \(JSONValue.format($0.best))" } ?? "—"
        return [i.code, truncate(i.name[language], 60), i.dimension, i.element, i.pillar, i.unit, goalposts]
    }

    /// One indicator in full, for `catalogue show`.
    public static func show(_ i: Indicator, catalogue: Catalogue, format: OutputFormat, language: Language) -> String {
        if format == .json { return json(i).serialized() }
        let dimension = catalogue.framework.dimension(i.dimension)
        let element = catalogue.framework.element(i.dimension, i.element)
        let pillar = catalogue.framework.pillar(i.pillar)
        var rows: [(String, String)] = [
            (Labels.text("code", language), i.code),
            (Labels.text("name", language), i.name[language]),
            (Labels.text("other_name", language), i.name[language == .id ? .en : .id]),
            (Labels.text("standard", language), i.standard == "local" ? "local" : "SNI ISO \(i.standard), \(i.clause) (\(i.theme))"),
            (Labels.text("dimension", language), "\(i.dimension) — \(dimension?.name[language] ?? "")"),
            (Labels.text("element", language), "\(i.element) — \(element?.name[language] ?? "")"),
            (Labels.text("pillar", language), "\(i.pillar) — \(pillar?.name[language] ?? "")"),
            (Labels.text("unit", language), i.unit),
            (Labels.text("polarity", language), i.polarity.rawValue),
            (Labels.text("type", language), i.kind.rawValue + (i.isScored ? "" : " (\(Labels.text("not_scored", language)))")),
        ]
        if let g = i.goalposts {
            rows.append((Labels.text("goalposts", language), "\(JSONValue.format(g.worst)) → \(JSONValue.format(g.best))"))
            rows.append((Labels.text("basis", language), g.basis))
        }
        let lo = i.validRange.min.map(JSONValue.format) ?? "−∞", hi = i.validRange.max.map(JSONValue.format) ?? "∞"
        rows.append((Labels.text("valid_range", language), "[\(lo), \(hi)]"))
        if let t = i.nationalTarget {
            rows.append((Labels.text("national_target", language),
                         "\(JSONValue.format(t.value))\(t.year.map { " (\($0))" } ?? "") — \(t.source)"))
        }
        rows.append((Labels.text("confidence", language), i.sourceConfidence))
        if let s = i.source { rows.append((Labels.text("source", language), s)) }
        if let n = i.note { rows.append((Labels.text("note", language), n)) }
        rows.append((Labels.text("defined_at", language), i.origin.description))
        if format == .md {
            return (["| | |", "|---|---|"] + rows.map { "| \($0.0) | \($0.1.replacingOccurrences(of: "|", with: "\\|")) |" })
                .joined(separator: "\n") + "\n"
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n") + "\n"
    }

    static func truncate(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }
}


extension CatalogueReport {
    /// `catalogue validate`: the files read, the count per standard, the scored indicators of every
    /// dimension, element and pillar; and the coverage problems, which make the catalogue invalid.
    public static func validation(_ catalogue: Catalogue, language lang: Language) -> (text: String, problems: [InputError]) {
        let coverage = CatalogueCoverage(catalogue)
        var lines: [String] = []
        for file in catalogue.files { lines.append((lang == .id ? "dibaca: " : "read: ") + file) }
        let byStandard = Dictionary(grouping: catalogue.indicators, by: \.standard)
        for standard in Catalogue.standards {
            let all = byStandard[standard] ?? []
            lines.append("\(standard): \(all.count) " + (lang == .id ? "indikator, \(all.filter(\.isScored).count) dinilai" : "indicators, \(all.filter(\.isScored).count) scored"))
        }
        for d in catalogue.framework.dimensions {
            let parts = d.elements.map { "\($0.id) \(coverage.perElement["\(d.id)/\($0.id)", default: 0])" }
            lines.append("\(d.id) \(coverage.perDimension[d.id, default: 0]): " + parts.joined(separator: ", "))
        }
        lines.append((lang == .id ? "pilar: " : "pillars: ")
                     + Framework.pillarIDs.map { "\($0) \(coverage.perPillar[$0, default: 0])" }.joined(separator: ", "))
        return (lines.joined(separator: "\n") + "\n", coverage.problems.map { InputError($0) })
    }
}
