import Foundation

/// A city's plan for people (table and Markdown): the quick win of each dimension with what it changes in
/// real units, every programme by priority, the roadmap with year one's total, and the risk register.
extension QuickWinsReport {
    static func cityText(_ plan: CityPlan, markdown md: Bool, language l: Language, width: Int? = nil, top: Int? = nil) -> String {
        let t = Localizer(l), n = t.numbers, w = QuickWinsWording(t: t, framework: plan.framework)
        func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment], droppable: [Int] = [], whole: [Int] = []) -> String {
            Format.table(h, rows, a, markdown: md, width: width, language: l, droppable: droppable, whole: whole)
        }
        // Whole lines keep the 100 columns prose always had; a terminal has its own width.
        let proseWidth = width ?? 100
        func heading(_ s: String) -> String { Format.heading(s, markdown: md) }
        // Everything here may quote the user's data (city and programme names from a --programmes file): escaped in
        // Markdown; in a terminal, wrapped so that a sentence does not run off the screen.
        func prose(_ s: String, indent: Int = 0) -> String {
            md ? Format.md(s) : Format.wrap(s, width: proseWidth - indent).replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: indent))
        }
        func bullet(_ s: String, level: Int = 1) -> String {
            md ? String(repeating: "  ", count: level - 1) + "- " + prose(s) + "\n"
               : String(repeating: "  ", count: level) + "- " + prose(s, indent: 2 * level + 2) + "\n"
        }
        var out = (md ? "# " : "") + prose(t(.quickwinsTitle, ["city": plan.city.name, "code": plan.city.code])) + "\n"
        out += "\n" + prose(w.standing(plan)) + "\n"

        out += heading(t(.quickwinsPerDimensionHeading))
        out += prose(w.rule(plan.options)) + "\n"
        if !plan.unsuited.isEmpty {
            out += prose(t(.quickwinsUnsuited, ["count": n.integer(plan.unsuited.count), "region": w.regionType(plan.city.type)])) + "\n"
        }
        for dimension in plan.picks {
            let name = w.dimensionName(dimension.dimension)
            guard let reason = dimension.reason else {
                for (pick, detail) in zip(dimension.picks, dimension.details) {
                    out += "\n" + (md ? "**" : "") + prose("\(name): \(pick.programme.name[l])") + (md ? "**" : "") + "\n"
                    out += bullet(w.facts(pick.programme))
                    out += bullet(w.gain(detail, dimension: dimension.dimension))
                    for line in w.moves(detail, limit: 4) { out += bullet(line, level: 2) }
                }
                if dimension.infrastructureOnly { out += bullet(t(.quickwinsInfrastructureOnly)) }
                if dimension.picks.count < plan.options.perDimension {
                    out += bullet(t(.quickwinsFewerPicks, ["count": n.integer(dimension.picks.count)]))
                }
                continue
            }
            out += "\n" + prose("\(name): " + w.noPick(reason, regionType: plan.city.type)) + "\n"
        }
        out += "\n" + prose(t(.quickwinsModelNote)) + "\n"

        if let assessment = plan.assessment { out += criteriaText(plan, assessment, markdown: md, t) }

        out += heading(t(.quickwinsByPriority))
        let lifting = plan.entries.filter { $0.impact > CityPlan.lifts }
        // The list is by priority: a terminal shows the first `top`, and says so.
        let shown = top.map { Array(lifting.prefix($0)) } ?? lifting
        // Names are whole: a pipe or Markdown has the room, and a terminal wraps them between words.
        // Kind, quadrant and months are left out first: the roadmap and the quadrant note say them again.
        out += table([t(.quickwinsProgramme), t(.dimension), t(.quickwinsKind), t(.quickwinsImpact), t(.quickwinsEffort), t(.quickwinsPriority),
                      t(.quickwinsQuadrant), t(.quickwinsMonths), t(.quickwinsCost)],
                     shown.map { e in
                         [e.programme.name[l],
                          t.dimensionShort(e.programme.dimension), w.kind(e.programme),
                          n.points(e.impact), String(e.programme.effort), n.points(e.priority), w.quadrant(e),
                          n.integer(e.programme.months), n.rupiahRange(e.programme.cost.min, e.programme.cost.max)]
                     }, [.left, .left, .left, .right, .right, .right, .left, .right, .left], droppable: [7, 2, 6, 4], whole: [8])
        if shown.isEmpty { out += t(.quickwinsNoProgramme) + "\n" }
        if shown.count < lifting.count {
            out += prose(t(.terminalProgrammesShown, ["shown": n.integer(shown.count), "total": n.integer(lifting.count)])) + "\n"
        }
        out += "\n" + t(.quickwinsQuadrantNote, ["threshold": n.score(plan.impactThreshold, digits: 2),
                                                 "low_effort": String(plan.options.lowEffortMax)]) + "\n"

        out += heading(t(.quickwinsRoadmap))
        out += prose(w.roadmapRule(plan.options)) + "\n\n"
        let deferred = Dictionary(plan.deferred.map { ($0.entry.index, $0.reason) }, uniquingKeysWith: { a, _ in a })
        var rows: [[String]] = []
        for h in Horizon.allCases {
            // Year one is bounded (--year-one-max); the later horizons hold every other programme, so a
            // terminal lists their first `top` by priority and counts the rest. The total counts them all.
            let all = plan.roadmap[h]!
            let listed = h == .short ? all : top.map { Array(all.prefix($0)) } ?? all
            for e in listed {
                let note = h == .medium ? deferred[e.index].map { " (" + w.deferral($0) + ")" } ?? "" : ""
                rows.append([t.horizon(h), e.programme.name[l] + note, n.rupiahRange(e.programme.cost.min, e.programme.cost.max),
                             "+" + n.points(e.impact)])
            }
            if listed.count < all.count {
                rows.append([t.horizon(h), t(.terminalRoadmapMore, ["count": n.integer(all.count - listed.count)]), "", ""])
            }
            let chosen = all
            let spent = n.rupiah(chosen.reduce(0) { $0 + $1.programme.cost.max })
            let total = plan.options.budget[h].map { t(.cityReportRoadmapTotalBudget, ["count": n.integer(chosen.count), "cost": spent, "budget": n.rupiahAmount($0)]) }
                ?? t(.cityReportRoadmapTotalUnlimited, ["count": n.integer(chosen.count), "cost": spent])
            rows.append([t.horizon(h), total, "", "+" + n.points(plan.gains[h] ?? 0)])
        }
        out += table([t(.quickwinsHorizon), t(.quickwinsProgramme), t(.quickwinsCost), t(.cityReportRoadmapGain)], rows, [.left, .left, .left, .right], whole: [2])
        out += "\n" + prose(t(.cityReportRoadmapNote)) + "\n"
        if let left = w.outOfBudget(plan) { out += prose(left) + "\n" }
        out += "\n" + (md ? "**" : "") + t(.quickwinsYearOneHeading) + (md ? "**" : "") + "\n"
        out += bullet(yearOneGain(plan.yearOne, t))
        out += bullet(t(.quickwinsYearOneDimensions, ["dimensions": w.dimensionGains(plan.yearOne)]))
        for line in w.moves(plan.yearOne, limit: 10) { out += bullet(line, level: 2) }

        out += heading(t(.quickwinsRiskRegister))
        if plan.risks.isEmpty {
            out += t(.quickwinsNoRisks) + "\n"
        } else {
            let matrix = w.riskMatrix(plan.risks)
            out += t(.quickwinsRiskMatrixHeading) + "\n\n"
            out += table(matrix.headers, matrix.rows, [.left, .left, .left, .left])
            out += "\n"
            if md {
                out += table(["#", t(.quickwinsProgramme), t(.quickwinsRisk), t(.quickwinsLikelihood), t(.quickwinsImpact), t(.quickwinsMitigation), t(.quickwinsOwner)],
                             plan.risks.enumerated().map { k, r in
                                 ["R\(k + 1)", r.programme.name[l], r.risk.risk[l], t.riskLevel(r.risk.likelihood), t.riskLevel(r.risk.impact),
                                  r.risk.mitigation[l], r.programme.owner]
                             }, [.left, .left, .left, .left, .left, .left, .left])
            } else {
                // A table of sentences would be hundreds of columns wide: one entry per risk instead.
                for (k, r) in plan.risks.enumerated() { out += "R\(k + 1)  " + prose(w.riskEntry(r), indent: 4) + "\n" }
            }
        }
        if let values = plan.values { out += "\n" + prose(values.sentence(t)) + "\n" }
        return out
    }

    /// "Index +1.23 points (2.7% of the city's index gap)".
    static func yearOneGain(_ detail: ImpactDetail, _ t: Localizer) -> String {
        let n = t.numbers
        guard let share = detail.gapShare else { return t(.quickwinsYearOneGainNoShare, ["index": n.points(detail.indexGain)]) }
        return t(.quickwinsYearOneGain, ["index": n.points(detail.indexGain), "share": n.percent(share, digits: 1)])
    }
}
