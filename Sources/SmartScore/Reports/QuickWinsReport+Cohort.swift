import Foundation

/// The cohort view: every city's quick win on each dimension, and the programmes numbered by how many cities
/// they serve. The text table refers to programmes by their number so that six dimensions fit on a line.
extension QuickWinsReport {
    static func cohortJSON(_ view: CohortQuickWins) -> JSONValue {
        let cities: [JSONValue] = view.cities.map { c in
            .object([("code", .string(c.city.code)), ("name", .string(c.city.name)),
                     ("picks", .array(c.picks.map { d in
                         .object([("dimension", .string(d.dimension)), ("reason", d.reason.map { .string($0.rawValue) } ?? .null),
                                  ("quick_wins", .array(zip(d.picks, d.details).map { e, detail in
                                      .object([("id", .string(e.programme.id)), ("impact", .number(e.impact)), ("priority", .number(e.priority)),
                                               ("dimension_gain", .number(detail.dimensionGain(d.dimension))),
                                               ("gap_share", detail.gapShare.map(JSONValue.number) ?? .null)])
                                  }))])
                     }))])
        }
        let programmes: [JSONValue] = view.programmes.map { p in
            .object([("id", .string(p.programme.id)), ("dimension", .string(p.programme.dimension)), ("kind", .string(p.programme.kind.rawValue)),
                     ("cities_served", .number(Double(p.citiesServed))), ("total_impact", .number(p.totalImpact))])
        }
        return .object([("year", .number(Double(view.result.input.year))), ("method", view.result.methodJSON),
                         ("options", optionsJSON(view.options)), ("cities", .array(cities)), ("programmes", .array(programmes))]
                        + (view.values.map { [("values", $0.json)] } ?? []))
    }

    /// One row per city, dimension and pick (a dimension without a pick has one row with its reason).
    static func cohortCSV(_ view: CohortQuickWins) -> String {
        var t = CSVTable(headers: ["city_code", "city_name", "dimension", "pick", "id", "impact", "priority", "dimension_gain", "gap_share", "reason"])
        for c in view.cities {
            for d in c.picks {
                if let reason = d.reason {
                    t.append([c.city.code, c.city.name, d.dimension, "", "", "", "", "", "", reason.rawValue])
                }
                for (k, (e, detail)) in zip(d.picks, d.details).enumerated() {
                    t.append([c.city.code, c.city.name, d.dimension, String(k + 1), e.programme.id, CSVTable.number(e.impact), CSVTable.number(e.priority),
                              CSVTable.number(detail.dimensionGain(d.dimension)), detail.gapShare.map(CSVTable.number) ?? "", ""])
                }
            }
        }
        return t.rendered()
    }

    static func cohortText(_ view: CohortQuickWins, markdown md: Bool, language l: Language, width: Int? = nil) -> String {
        let t = Localizer(l), n = t.numbers, w = QuickWinsWording(t: t, framework: view.result.framework)
        func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment], droppable: [Int] = []) -> String {
            Format.table(h, rows, a, markdown: md, width: width, language: l, droppable: droppable)
        }
        func prose(_ s: String) -> String { md ? Format.md(s) : s }
        var out = (md ? "# " : "") + t(.quickwinsCohortTitle) + "\n\n"
        out += prose(w.rule(view.options)) + "\n"
        out += Format.heading(t(.quickwinsCohortProgrammes), markdown: md)
        let served = view.programmes.filter { $0.citiesServed > 0 }
        var number: [String: Int] = [:]
        for (k, p) in served.enumerated() { number[p.programme.id] = k + 1 }
        out += table(["#", t(.quickwinsProgramme), t(.dimension), t(.quickwinsKind), t(.quickwinsCitiesServed), t(.quickwinsTotalImpact)],
                     served.enumerated().map { k, p in
                         [String(k + 1), p.programme.name[l], t.dimensionShort(p.programme.dimension), w.kind(p.programme),
                          n.integer(p.citiesServed), n.score(p.totalImpact, digits: 1)]
                     }, [.right, .left, .left, .left, .right, .right], droppable: [3])
        let unused = view.programmes.count - served.count
        if unused > 0 { out += "\n" + t(.quickwinsCohortUnused, ["count": n.integer(unused)]) + "\n" }
        out += Format.heading(t(.quickwinsCohortCities), markdown: md)
        let dimensions = view.cities.first?.picks.map(\.dimension) ?? []
        let rows = view.cities.map { c in
            [c.city.code, c.city.name] + c.picks.map { d in
                d.reason.map(w.noPickShort) ?? d.picks.compactMap { number[$0.programme.id].map(String.init) }.joined(separator: ", ")
            }
        }
        out += table([t(.code), t(.name)] + dimensions.map(t.dimensionShort), rows, [.left, .left] + dimensions.map { _ in .right })
        out += "\n" + t(.quickwinsCohortCellsNote) + "\n"
        if let values = view.values { out += "\n" + prose(values.sentence(t)) + "\n" }
        return out
    }
}
