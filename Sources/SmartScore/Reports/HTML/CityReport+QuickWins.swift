import Foundation

/// Section 7 of the city report: the impact/effort chart, the programmes it numbers, the roadmap by
/// horizon and the first year's risk register.
extension CityReport {
    func quickWins(_ plan: CityPlan, _ t: Localizer) -> String {
        let l = t.language, n = t.numbers
        let shown = Array(plan.entries.filter { $0.impact > 1e-12 }.prefix(20))
        let chart = Charts.quadrants(points: shown.enumerated().map { ($0.offset + 1, $0.element.programme.effort, $0.element.impact, $0.element.quadrant == .quickWin) },
                                     impactThreshold: plan.impactThreshold, lowEffortMax: plan.options.lowEffortMax,
                                     labels: (t.quadrant(.quickWin).sentenceCased, t.quadrant(.majorProject).sentenceCased,
                                              t.quadrant(.fillIn).sentenceCased, t.quadrant(.thankless).sentenceCased),
                                     axis: (t(.cityReportQuadrantEffort), t(.cityReportQuadrantImpact)), numbers: n,
                                     pointTitle: { t(.cityReportQuadrantPoint, ["number": $0, "effort": $1, "impact": $2]) })
        let lowEffort = String(plan.options.lowEffortMax)
        var body = HTMLPage.figure(chart, label: t(.cityReportQuadrantChart),
                                   caption: t(.cityReportQuadrantCaption, ["threshold": n.score(plan.impactThreshold, digits: 3), "low_effort": lowEffort]))
        body += HTMLPage.table(["#", t(.quickwinsProgramme), t(.dimension), t(.quickwinsImpact), t(.quickwinsEffort),
                                t(.quickwinsQuadrant), t(.quickwinsMonths), t(.quickwinsCost)],
                               shown.enumerated().map { k, e in
                                   [String(k + 1), e.programme.name[l], t.dimensionShort(e.programme.dimension), n.score(e.impact, digits: 3),
                                    String(e.programme.effort), t.quadrant(e.quadrant), n.integer(e.programme.months),
                                    n.rupiahRange(e.programme.cost.min, e.programme.cost.max)]
                               }, numeric: [0, 3, 4, 6])
        body += "<h3>" + HTMLPage.h(t(.cityReportRoadmapHeading)) + "</h3>"
        // One row per chosen programme, grouped by horizon, each horizon closed by its gain.
        var roadmapRows: [[String]] = []
        for h in Horizon.allCases {
            let chosen = plan.roadmap[h]!
            for e in chosen {
                roadmapRows.append([t.horizon(h), e.programme.name[l], n.integer(e.programme.months),
                                    n.rupiahRange(e.programme.cost.min, e.programme.cost.max), n.score(e.impact, digits: 3)])
            }
            let spent = n.rupiah(chosen.reduce(0) { $0 + $1.programme.cost.max })
            let total = plan.options.budget[h].map { t(.cityReportRoadmapTotalBudget, ["count": n.integer(chosen.count), "cost": spent, "budget": n.rupiah($0)]) }
                ?? t(.cityReportRoadmapTotalUnlimited, ["count": n.integer(chosen.count), "cost": spent])
            roadmapRows.append([t.horizon(h), total, "", "", "+" + n.score(plan.gains[h], digits: 2)])
        }
        body += HTMLPage.table([t(.quickwinsHorizon), t(.quickwinsProgramme), t(.quickwinsMonths), t(.quickwinsCost), t(.cityReportRoadmapGain)],
                               roadmapRows, numeric: [2, 4])
        body += "<p class=\"muted\">" + HTMLPage.h(t(.cityReportRoadmapNote)) + "</p>"
        body += "<h3>" + HTMLPage.h(t(.quickwinsRiskRegister)) + "</h3>"
        body += HTMLPage.table([t(.quickwinsProgramme), t(.quickwinsRisk), t(.quickwinsLikelihood), t(.quickwinsImpact),
                                t(.quickwinsMitigation), t(.quickwinsOwner)],
                               plan.risks.map { [$0.programme.name[l], $0.risk.risk[l], t.riskLevel($0.risk.likelihood), t.riskLevel($0.risk.impact),
                                                 $0.risk.mitigation[l], "\($0.programme.owner) (\(t.dimensionShort($0.programme.dimension)))"] })
        return body
    }
}

extension String {
    /// The first letter in capitals: a quadrant's name as a chart's label ("proyek besar" → "Proyek besar").
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
