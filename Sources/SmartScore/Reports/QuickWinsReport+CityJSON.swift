import Foundation

/// A city's plan for machines: JSON with every programme, the picks per dimension with their moves in real
/// units, the roadmap and the risks; CSV with one row per programme.
extension QuickWinsReport {
    static func text(_ text: LocalizedText) -> JSONValue { .object([("en", .string(text.en)), ("id", .string(text.id))]) }

    static func programmeFields(_ p: Programme) -> [(String, JSONValue)] {
        [("id", .string(p.id)), ("name", text(p.name)), ("dimension", .string(p.dimension)), ("element", .string(p.element)),
         ("kind", .string(p.kind.rawValue)), ("citizen_facing", .bool(p.citizenFacing)),
         ("effort", .number(Double(p.effort))), ("months", .number(Double(p.months))), ("horizon", .string(p.horizon.rawValue)),
         ("cost", .object([("min", .number(p.cost.min)), ("max", .number(p.cost.max))])), ("owner", .string(p.owner))]
            + (p.idea.map { [("idea_source", .object([("name", .string($0.name))] + ($0.url.map { [("url", .string($0))] } ?? [])))] } ?? [])
    }

    static func detailJSON(_ d: ImpactDetail) -> JSONValue {
        .object([
            ("index_gain", .number(d.indexGain)),
            ("gap_share", d.gapShare.map(JSONValue.number) ?? .null),
            ("dimension_gains", .object(d.dimensionGains.map { ($0.dimension, .number($0.gain)) })),
            ("indicators", .array(d.moves.map { m in
                .object([("code", .string(m.indicator.code)), ("name", text(m.indicator.name)), ("unit", .string(m.indicator.unit)),
                         ("share_of_gap_closed", .number(m.share)),
                         ("score_before", .number(m.scoreBefore)), ("score_after", .number(m.scoreAfter)),
                         ("value_before", .number(m.rawBefore)), ("value_after", m.rawAfter.map(JSONValue.number) ?? .null),
                         ("value_after_exact", .bool(m.exact)), ("index_gain", .number(m.indexGain))])
            })),
        ])
    }

    static func entryJSON(_ e: CityPlan.Entry) -> JSONValue {
        .object(programmeFields(e.programme) + [("impact", .number(e.impact)), ("priority", .number(e.priority)), ("quadrant", .string(e.quadrant.rawValue))])
    }

    static func picksJSON(_ dimension: CityPlan.DimensionPicks) -> JSONValue {
        .object([
            ("dimension", .string(dimension.dimension)),
            ("reason", dimension.reason.map { .string($0.rawValue) } ?? .null),
            ("infrastructure_only", .bool(dimension.infrastructureOnly)),
            ("quick_wins", .array(zip(dimension.picks, dimension.details).map { e, d in
                .object([("id", .string(e.programme.id)), ("name", text(e.programme.name)), ("kind", .string(e.programme.kind.rawValue)),
                         ("impact", .number(e.impact)), ("priority", .number(e.priority)), ("effect", detailJSON(d))])
            })),
        ])
    }

    static func optionsJSON(_ o: QuickWinOptions) -> JSONValue {
        .object([("per_dimension", .number(Double(o.perDimension))), ("services_first", .bool(o.servicesFirst)),
                 ("year_one_max", .number(Double(o.yearOneMax))), ("low_effort_max", .number(Double(o.lowEffortMax))),
                 ("budget", o.budget.isEmpty ? .null : .object(Horizon.allCases.compactMap { h in o.budget[h].map { (h.rawValue, .number($0)) } })),
                 ("effects_model", .string("relative: each programme closes a fixed share of the city's gap on each indicator it moves"))])
    }

    public static func cityJSON(_ plan: CityPlan, model: ImpactModel) -> JSONValue {
        let r = model.result
        let k = r.cityIndex(code: plan.city.code)!
        let deferred = Dictionary(plan.deferred.map { ($0.entry.index, $0.reason) }, uniquingKeysWith: { a, _ in a })
        let roadmap: JSONValue = .object(Horizon.allCases.map { h in
            (h.rawValue, .array(plan.roadmap[h]!.map { e in
                .object([("id", .string(e.programme.id)), ("impact", .number(e.impact))]
                        + (h == .medium ? deferred[e.index].map { [("deferred_from_year_one", .string($0.rawValue))] } ?? [] : []))
            }))
        } + [("gain", .object(Horizon.allCases.map { ($0.rawValue, .number(plan.gains[$0])) })),
             ("year_one", detailJSON(plan.yearOne)),
             ("budget_applied", .bool(!plan.options.budget.isEmpty)),
             ("out_of_budget", .array(plan.outOfBudget.map { .string($0.programme.id) }))])
        let risks: [JSONValue] = plan.risks.enumerated().map { k, item in
            .object([
                ("number", .string("R\(k + 1)")),
                ("programme", .string(item.programme.id)),
                ("risk", text(item.risk.risk)),
                ("likelihood", .string(item.risk.likelihood.rawValue)),
                ("impact", .string(item.risk.impact.rawValue)),
                ("mitigation", text(item.risk.mitigation)),
                ("owner", .string(item.programme.owner)),
                ("dimension", .string(item.programme.dimension)),
            ])
        }
        let fields: [(String, JSONValue)] = [
            ("city", .object([("code", .string(plan.city.code)), ("name", .string(plan.city.name)),
                              ("type", plan.city.type.map(JSONValue.string) ?? .null)])),
            ("year", .number(Double(r.input.year))),
            ("method", r.methodJSON),
            ("index", r.index[k].isFinite ? .number(r.index[k]) : .null),
            ("index_gap", r.indexGap(k).map(JSONValue.number) ?? .null),
            ("options", optionsJSON(plan.options)),
            ("impact_threshold", .number(plan.impactThreshold)),
            ("picks", .array(plan.picks.map(picksJSON))),
            ("programmes", .array(plan.entries.map(entryJSON))),
            ("unsuited", .array(plan.unsuited.map { .string($0.id) })),
            ("roadmap", roadmap),
            ("risks", .array(risks)),
        ] + (plan.assessment.map { [("criteria", criteriaJSON(plan, $0))] } ?? []) + (plan.values.map { [("values", $0.json)] } ?? [])
        return .object(fields)
    }

    static func cityCSV(_ plan: CityPlan) -> String {
        var t = CSVTable(headers: ["id", "dimension", "element", "kind", "citizen_facing", "impact", "effort", "priority", "quadrant", "horizon",
                                   "cost_min", "cost_max", "months", "quick_win", "roadmap", "deferred_from_year_one"])
        let picked = Set(plan.picks.flatMap(\.picks).map(\.index))
        var horizonOf: [Int: Horizon] = [:]
        for h in Horizon.allCases { for e in plan.roadmap[h]! { horizonOf[e.index] = h } }
        let deferred = Dictionary(plan.deferred.map { ($0.entry.index, $0.reason) }, uniquingKeysWith: { a, _ in a })
        for e in plan.entries {
            t.append([e.programme.id, e.programme.dimension, e.programme.element, e.programme.kind.rawValue, e.programme.citizenFacing ? "true" : "false",
                      CSVTable.number(e.impact), String(e.programme.effort), CSVTable.number(e.priority), e.quadrant.rawValue, e.programme.horizon.rawValue,
                      CSVTable.number(e.programme.cost.min), CSVTable.number(e.programme.cost.max), String(e.programme.months),
                      picked.contains(e.index) ? "true" : "false", horizonOf[e.index]?.rawValue ?? "", deferred[e.index]?.rawValue ?? ""])
        }
        return t.rendered()
    }
}
