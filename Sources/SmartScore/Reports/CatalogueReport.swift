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

    /// `width`: the terminal's, which the table fits (nil: whole lines, names shortened to 60 characters as
    /// they always were; fitted, a name wraps at its spaces instead).
    public static func list(_ indicators: [Indicator], format: OutputFormat, language: Language, width: Int? = nil) -> String {
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
            // Names and units may come from the user's --catalogue files: every cell escaped (Format.md).
            let t = Localizer(language)
            return Format.markdownTable(listHeaders(t), indicators.map { row($0, t) })
        case .table, .html:
            let t = Localizer(language)
            var table = TextTable(headers: listHeaders(t))
            // Pillar and element are left out first, then the dimension (the filters name them all); code,
            // name, unit and goalposts say what an indicator measures.
            table.droppable = [4, 3, 2]
            table.unbreakable = [0, 6]
            for i in indicators { table.append(row(i, t, shortening: width == nil)) }
            let summary = t(.catalogueSummary, ["count": t.numbers.integer(indicators.count),
                                                "scored": t.numbers.integer(indicators.filter(\.isScored).count)])
            return table.rendered(width: width, language: language) + "\n" + TextWrap.fit(summary, width: width) + "\n"
        }
    }

    static func listHeaders(_ t: Localizer) -> [String] {
        [t(.code), t(.name), t(.dimension), t(.catalogueElement), t(.pillar), t(.catalogueUnit), t(.catalogueGoalpostsShort)]
    }

    /// One indicator's row of the list. Dimension, element and pillar stay ids: they are what the list's
    /// filters (`--dimension economy`) take.
    private static func row(_ i: Indicator, _ t: Localizer, shortening: Bool = true) -> [String] {
        [i.code, shortening ? truncate(i.name[t.language], 60) : i.name[t.language], i.dimension, i.element, i.pillar, t.unit(i.unit), goalposts(i, t.numbers) ?? "—"]
    }

    /// "12 → 2" in the reader's numbers.
    static func goalposts(_ i: Indicator, _ n: NumberFormat) -> String? {
        i.goalposts.map { "\(n.value($0.worst)) → \(n.value($0.best))" }
    }

    /// One indicator in full, for `catalogue show`.
    /// `width`: the terminal's, which long values wrap to (nil: whole lines).
    public static func show(_ i: Indicator, catalogue: Catalogue, format: OutputFormat, language: Language, width: Int? = nil) -> String {
        if format == .json { return json(i).serialized() }
        let dimension = catalogue.framework.dimension(i.dimension)
        let element = catalogue.framework.element(i.dimension, i.element)
        let pillar = catalogue.framework.pillar(i.pillar)
        let t = Localizer(language), n = t.numbers
        let standard = i.standard == "local" ? t(.catalogueStandardLocal)
            : t(.catalogueStandardSNI, ["standard": i.standard, "clause": i.clause, "theme": i.theme])
        var rows: [(String, String)] = [
            (t(.code), i.code),
            (t(.name), i.name[language]),
            (t(.catalogueOtherName), i.name[language == .id ? .en : .id]),
            (t(.catalogueStandard), standard),
            (t(.dimension), "\(i.dimension) — \(dimension?.name[language] ?? "")"),
            (t(.catalogueElement), "\(i.element) — \(element?.name[language] ?? "")"),
            (t(.pillar), "\(i.pillar) — \(pillar?.name[language] ?? "")"),
            (t(.catalogueUnit), t.unit(i.unit)),
            (t(.cataloguePolarity), t.polarity(i.polarity)),
            (t(.type), t.kind(i.kind) + (i.isScored ? "" : " (\(t(.catalogueNotScored)))")),
        ]
        if let g = i.goalposts, let range = goalposts(i, n) {
            rows.append((t(.catalogueGoalposts), range))
            rows.append((t(.catalogueBasis), g.basis))
        }
        let lo = i.validRange.min.map(n.value) ?? "−∞", hi = i.validRange.max.map(n.value) ?? "∞"
        // The list separator of a range: "[0; 100]" where the decimal mark is a comma, so "[0,5; 1]" is unambiguous.
        let separator = n.decimalMark == "," ? "; " : ", "
        rows.append((t(.catalogueValidRange), "[\(lo)\(separator)\(hi)]"))
        if let target = i.nationalTarget {
            rows.append((t(.catalogueNationalTarget), "\(n.value(target.value))\(target.year.map { " (\($0))" } ?? "") — \(target.source)"))
        }
        rows.append((t(.catalogueConfidence), t.confidence(i.sourceConfidence)))
        if let owner = catalogue.owners.owner(of: i.code) { rows.append((t(.catalogueOwner), "\(owner.id) — \(owner.name)")) }
        if let s = i.source { rows.append((t(.catalogueSource), s)) }
        if let note = i.note { rows.append((t(.catalogueNote), note)) }
        rows.append((t(.catalogueDefinedAt), i.origin.description))
        if format == .md {
            return (["| | |", "|---|---|"] + rows.map { "| \(Format.md($0.0)) | \(Format.md($0.1)) |" })
                .joined(separator: "\n") + "\n"
        }
        let labelWidth = rows.map(\.0.count).max() ?? 0
        // Fitted to a terminal, a long value (a basis, a note) wraps under itself, past the labels.
        return rows.map { label, value in
            let lines = width.map { TextWrap.lines(value, width: max($0 - labelWidth - 2, 20)) } ?? [value]
            let indent = "\n" + String(repeating: " ", count: labelWidth + 2)
            return label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  " + lines.joined(separator: indent)
        }.joined(separator: "\n") + "\n"
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
        let t = Localizer(lang), n = t.numbers
        var lines: [String] = []
        for file in catalogue.files { lines.append(t(.catalogueRead, ["file": file])) }
        let byStandard = Dictionary(grouping: catalogue.indicators, by: \.standard)
        for standard in Catalogue.standards {
            let all = byStandard[standard] ?? []
            lines.append(t(.catalogueStandardCount, ["standard": standard, "count": n.integer(all.count),
                                                     "scored": n.integer(all.filter(\.isScored).count)]))
        }
        // Ids, not names: the catalogue's authors read this, and the files say the ids.
        for d in catalogue.framework.dimensions {
            let parts = d.elements.map { "\($0.id) \(n.integer(coverage.perElement["\(d.id)/\($0.id)", default: 0]))" }
            lines.append("\(d.id) \(n.integer(coverage.perDimension[d.id, default: 0])): " + parts.joined(separator: ", "))
        }
        lines.append(t(.cataloguePillars, ["pillars": Framework.pillarIDs.map { "\($0) \(n.integer(coverage.perPillar[$0, default: 0]))" }
            .joined(separator: ", ")]))
        return (lines.joined(separator: "\n") + "\n", coverage.problems.map { InputError($0) })
    }
}
