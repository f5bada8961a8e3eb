import Foundation

/// `smartscore quickwins`: a city's ranked programmes, quadrants, roadmap and risks; or the cohort view.
public enum QuickWinsReport {
    public static func city(_ plan: CityPlan, model: ImpactModel?, format: OutputFormat, language l: Language) -> String {
        switch format {
        case .json: return model.map { cityJSON(plan, model: $0).serialized() } ?? ""
        case .csv:
            var t = CSVTable(headers: ["id", "dimension", "impact", "effort", "priority", "quadrant", "horizon", "cost_min", "cost_max", "months", "in_roadmap"])
            let chosen = Set(plan.roadmap.values.flatMap { $0.map(\.programme.id) })
            for e in plan.entries {
                t.append([e.programme.id, e.programme.dimension, CSVTable.number(e.impact), String(e.programme.effort), CSVTable.number(e.priority),
                          e.quadrant.rawValue, e.programme.horizon.rawValue, CSVTable.number(e.programme.cost.min),
                          CSVTable.number(e.programme.cost.max), String(e.programme.months), chosen.contains(e.programme.id) ? "true" : "false"])
            }
            return t.rendered()
        default:
            return cityText(plan, markdown: format == .md, language: l)
        }
    }

    /// A city's plan for people: the language's words and numbers.
    static func cityText(_ plan: CityPlan, markdown md: Bool, language l: Language) -> String {
        let t = Localizer(l), n = t.numbers
        func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment]) -> String { Format.table(h, rows, a, markdown: md) }
        func heading(_ s: String) -> String { Format.heading(s, markdown: md) }
        // Prose quotes the user's data (names): escaped as a whole in Markdown.
        func prose(_ s: String) -> String { md ? Format.md(s) : s }
        var out = (md ? "# " : "") + prose(t(.quickwinsTitle, ["city": plan.city.name, "code": plan.city.code])) + "\n"
        out += heading(t(.quickwinsByPriority))
        let shown = plan.entries.filter { $0.impact > 1e-12 }
        out += table([t(.quickwinsProgramme), t(.dimension), t(.quickwinsImpact), t(.quickwinsEffort), t(.quickwinsPriority),
                      t(.quickwinsQuadrant), t(.quickwinsHorizon), t(.quickwinsCost), t(.quickwinsMonths)],
                     shown.map { e in
                         [CatalogueReport.truncate(e.programme.name[l], 48), t.dimensionShort(e.programme.dimension), n.score(e.impact, digits: 2),
                          String(e.programme.effort), n.score(e.priority, digits: 2), t.quadrant(e.quadrant),
                          t.horizon(e.programme.horizon), n.rupiahRange(e.programme.cost.min, e.programme.cost.max), n.integer(e.programme.months)]
                     }, [.left, .left, .right, .right, .right, .left, .left, .left, .right])
        if shown.isEmpty { out += t(.quickwinsNoProgramme) + "\n" }
        out += "\n" + t(.quickwinsQuadrantNote, ["threshold": n.score(plan.impactThreshold, digits: 2),
                                                 "low_effort": String(plan.options.lowEffortMax)]) + "\n"
        out += heading(t(.quickwinsRoadmap))
        out += table([t(.quickwinsHorizon), t(.quickwinsProgrammes), t(.quickwinsMaxCost), t(.quickwinsBudget), t(.quickwinsIndexGain)],
                     Horizon.allCases.map { h in
                         let chosen = plan.roadmap[h]!
                         return [t.horizon(h), chosen.map(\.programme.id).joined(separator: ", ").ifEmpty("—"),
                                 n.rupiah(chosen.reduce(0) { $0 + $1.programme.cost.max }),
                                 plan.options.budget[h].map(n.rupiah) ?? t(.quickwinsUnlimited),
                                 "+" + n.score(plan.gains[h], digits: 2)]
                     }, [.left, .left, .right, .right, .right])
        out += heading(t(.quickwinsRiskRegister))
        out += table([t(.quickwinsProgramme), t(.quickwinsRisk), t(.quickwinsLikelihood), t(.quickwinsImpact), t(.quickwinsMitigation), t(.quickwinsOwner)],
                     plan.risks.map { r in
                         [r.programme.id, r.risk.risk[l], t.riskLevel(r.risk.likelihood), t.riskLevel(r.risk.impact), r.risk.mitigation[l],
                          "\(r.programme.owner) (\(t.dimensionShort(r.programme.dimension)))"]
                     }, [.left, .left, .left, .left, .left, .left])
        if let values = plan.values { out += "\n" + prose(values.sentence(t)) + "\n" }
        return out
    }

    public static func cityJSON(_ plan: CityPlan, model: ImpactModel) -> JSONValue {
        let r = model.result
        let k = r.cityIndex(code: plan.city.code)!
        let programmes: [JSONValue] = plan.entries.map { e in
            .object([
                ("id", .string(e.programme.id)),
                ("name", .object([("en", .string(e.programme.name.en)), ("id", .string(e.programme.name.id))])),
                ("dimension", .string(e.programme.dimension)),
                ("impact", .number(e.impact)),
                ("effort", .number(Double(e.programme.effort))),
                ("priority", .number(e.priority)),
                ("quadrant", .string(e.quadrant.rawValue)),
                ("horizon", .string(e.programme.horizon.rawValue)),
                ("cost", .object([("min", .number(e.programme.cost.min)), ("max", .number(e.programme.cost.max))])),
                ("months", .number(Double(e.programme.months))),
            ])
        }
        let roadmap: JSONValue = .object(Horizon.allCases.map { h in (h.rawValue, .array(plan.roadmap[h]!.map { .string($0.programme.id) })) }
            + [("gain", .object(Horizon.allCases.map { ($0.rawValue, .number(plan.gains[$0])) }))])
        let risks: [JSONValue] = plan.risks.map { item in
            .object([
                ("programme", .string(item.programme.id)),
                ("risk", .object([("en", .string(item.risk.risk.en)), ("id", .string(item.risk.risk.id))])),
                ("likelihood", .string(item.risk.likelihood.rawValue)),
                ("impact", .string(item.risk.impact.rawValue)),
                ("mitigation", .object([("en", .string(item.risk.mitigation.en)), ("id", .string(item.risk.mitigation.id))])),
                ("owner", .string(item.programme.owner)),
                ("dimension", .string(item.programme.dimension)),
            ])
        }
        let fields: [(String, JSONValue)] = [
            ("city", .object([("code", .string(plan.city.code)), ("name", .string(plan.city.name))])),
            ("year", .number(Double(r.input.year))),
            ("method", r.methodJSON),
            ("index", .number(r.index[k])),
            ("impact_threshold", .number(plan.impactThreshold)),
            ("low_effort_max", .number(Double(plan.options.lowEffortMax))),
            ("programmes", .array(programmes)),
            ("roadmap", roadmap),
            ("risks", .array(risks)),
        ] + (plan.values.map { [("values", $0.json)] } ?? [])
        return .object(fields)
    }

    public static func cohort(_ view: CohortQuickWins, format: OutputFormat, language l: Language) -> String {
        switch format {
        case .json:
            let cities: [JSONValue] = view.cities.map { c in
                .object([("code", .string(c.city.code)), ("name", .string(c.city.name)),
                         ("top", .array(c.top.map { e in .object([("id", .string(e.programme.id)), ("impact", .number(e.impact)), ("priority", .number(e.priority))]) }))])
            }
            let programmes: [JSONValue] = view.programmes.map { p in
                .object([("id", .string(p.programme.id)), ("cities_lifted", .number(Double(p.citiesLifted))), ("total_impact", .number(p.totalImpact))])
            }
            return JSONValue.object([("year", .number(Double(view.result.input.year))), ("method", view.result.methodJSON),
                                     ("cities", .array(cities)), ("programmes", .array(programmes))]
                                    + (view.values.map { [("values", $0.json)] } ?? [])).serialized()
        case .csv:
            var t = CSVTable(headers: ["id", "dimension", "cities_lifted", "total_impact"])
            for p in view.programmes { t.append([p.programme.id, p.programme.dimension, String(p.citiesLifted), CSVTable.number(p.totalImpact)]) }
            return t.rendered()
        default:
            return cohortText(view, markdown: format == .md, language: l)
        }
    }

    /// The cohort view for people: the language's words and numbers.
    static func cohortText(_ view: CohortQuickWins, markdown md: Bool, language l: Language) -> String {
        let t = Localizer(l), n = t.numbers
        func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment]) -> String { Format.table(h, rows, a, markdown: md) }
        var out = (md ? "# " : "") + t(.quickwinsCohortTitle) + "\n\n"
        let headers = [t(.quickwinsProgramme), t(.dimension), t(.quickwinsCitiesLifted), t(.quickwinsTotalImpact)]
        let rows = view.programmes.filter { $0.totalImpact > 0 }.map { p in
            [CatalogueReport.truncate(p.programme.name[l], 50), t.dimensionShort(p.programme.dimension), n.integer(p.citiesLifted),
             n.score(p.totalImpact, digits: 1)]
        }
        out += table(headers, rows, [.left, .left, .right, .right])
        out += "\n" + t(.quickwinsEachCityTop) + "\n\n"
        let cityRows = view.cities.map { c in
            [c.city.code, c.city.name, c.top.map { "\($0.programme.id) (+\(n.score($0.impact, digits: 2)))" }.joined(separator: ", ").ifEmpty("—")]
        }
        out += table([t(.code), t(.name), t(.quickwinsTopColumn)], cityRows, [.left, .left, .left])
        if let values = view.values { out += "\n" + (md ? Format.md(values.sentence(t)) : values.sentence(t)) + "\n" }
        return out
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
