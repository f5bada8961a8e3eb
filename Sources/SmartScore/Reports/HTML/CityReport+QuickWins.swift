import Foundation

/// Sections 9–11 of the city report (Buku 2): the quick win of each dimension with what it changes in real
/// units, the impact/effort chart and the programmes it numbers; the roadmap by horizon with year one's
/// total; and the risk register of year one as a likelihood × impact matrix.
extension CityReport {
    func quickWins(_ plan: CityPlan, _ t: Localizer) -> String {
        let l = t.language, n = t.numbers, w = QuickWinsWording(t: t, framework: plan.framework)

        // The section's own heading names it; no subheading repeats it.
        var body = ""
        body += HTMLPage.paragraph(w.standing(plan)) + HTMLPage.paragraph(w.rule(plan.options), muted: true)
        if !plan.unsuited.isEmpty {
            body += HTMLPage.paragraph(t(.quickwinsUnsuited, ["count": n.integer(plan.unsuited.count), "region": w.regionType(plan.city.type)]), muted: true)
        }
        for dimension in plan.picks {
            let name = w.dimensionName(dimension.dimension)
            guard dimension.reason == nil else {
                body += "<h4>" + HTMLPage.h(name) + "</h4>" + HTMLPage.paragraph(w.noPick(dimension.reason!, regionType: plan.city.type), muted: true)
                continue
            }
            for (pick, detail) in zip(dimension.picks, dimension.details) {
                body += "<h4>" + HTMLPage.h("\(name): \(pick.programme.name[l])") + "</h4>"
                body += HTMLPage.paragraph(pick.programme.description[l]) + HTMLPage.paragraph(w.facts(pick.programme), muted: true)
                body += HTMLPage.paragraph(w.gain(detail, dimension: dimension.dimension))
                body += HTMLPage.list(w.moves(detail, limit: 6))
            }
            if dimension.infrastructureOnly { body += HTMLPage.paragraph(t(.quickwinsInfrastructureOnly), muted: true) }
            if dimension.picks.count < plan.options.perDimension {
                body += HTMLPage.paragraph(t(.quickwinsFewerPicks, ["count": n.integer(dimension.picks.count)]), muted: true)
            }
        }
        body += HTMLPage.paragraph(t(.quickwinsModelNote), muted: true)
        if let assessment = plan.assessment { body += criteria(plan, assessment, t) }

        let shown = Array(plan.entries.filter { $0.impact > CityPlan.lifts }.prefix(20))
        let chart = Charts.quadrants(points: shown.enumerated().map { ($0.offset + 1, $0.element.programme.effort, $0.element.impact, $0.element.quadrant == .quickWin) },
                                     impactThreshold: plan.impactThreshold, lowEffortMax: plan.options.lowEffortMax,
                                     labels: (t.quadrant(.quickWin).sentenceCased, t.quadrant(.majorProject).sentenceCased,
                                              t.quadrant(.fillIn).sentenceCased, t.quadrant(.thankless).sentenceCased),
                                     axis: (t(.chartsQuadrantEffortAxis), t(.chartsQuadrantImpactAxis)), numbers: n,
                                     pointTitle: { t(.cityReportQuadrantPoint, ["number": $0, "effort": $1, "impact": $2]) })
        let lowEffort = String(plan.options.lowEffortMax)
        body += "<h3>" + HTMLPage.h(t(.quickwinsByPriority)) + "</h3>"
        body += HTMLPage.figure(chart, label: t(.cityReportQuadrantChart),
                                caption: t(.cityReportQuadrantCaption, ["threshold": n.score(plan.impactThreshold, digits: 3), "low_effort": lowEffort]))
        body += HTMLPage.table(["#", t(.quickwinsProgramme), t(.dimension), t(.quickwinsKind), t(.quickwinsImpact), t(.quickwinsEffort),
                                t(.quickwinsQuadrant), t(.quickwinsMonths), t(.quickwinsCost)],
                               shown.enumerated().map { k, e in
                                   [String(k + 1), e.programme.name[l], t.dimensionShort(e.programme.dimension), w.kind(e.programme),
                                    n.points(e.impact), String(e.programme.effort), w.quadrant(e), n.integer(e.programme.months),
                                    n.rupiahRange(e.programme.cost.min, e.programme.cost.max)]
                               }, numeric: [0, 4, 5, 7, 8])
        return body
    }

    /// Section 10: the programmes by horizon (1, 5 and 10+ years), each horizon closed by its cost and gain,
    /// and what year one changes.
    func roadmap(_ plan: CityPlan, _ t: Localizer) -> String {
        let l = t.language, n = t.numbers, w = QuickWinsWording(t: t, framework: plan.framework)
        var body = HTMLPage.paragraph(w.roadmapRule(plan.options), muted: true)
        // Each horizon in one row: how many programmes, what they cost at most, what they add to the index.
        body += HTMLPage.table([t(.quickwinsHorizon), t(.bookRoadmapProgrammes), t(.quickwinsCost), t(.cityReportRoadmapGain)],
                               Horizon.allCases.map { h in
                                   let chosen = plan.roadmap[h] ?? []
                                   let spent = n.rupiah(chosen.reduce(0) { $0 + $1.programme.cost.max })
                                   let cost = plan.options.budget[h].map { t(.bookRoadmapCostOfBudget, ["cost": spent, "budget": n.rupiahAmount($0)]) } ?? spent
                                   return [t.horizon(h), n.integer(chosen.count), cost, "+" + n.points(plan.gains[h] ?? 0)]
                               }, numeric: [1, 2, 3])
        // The roadmap as the books draw it: each dimension's programmes by horizon, highest priority first.
        body += "<h3>" + HTMLPage.h(t(.bookRoadmapByDimension)) + "</h3>"
        var matrix = "<table class=\"roadmap\"><thead><tr><th>" + HTMLPage.h(t(.dimension)) + "</th>"
        matrix += Horizon.allCases.map { "<th>" + HTMLPage.h(t.horizon($0)) + "</th>" }.joined() + "</tr></thead><tbody>"
        for d in plan.framework.dimensions {
            matrix += "<tr><td>" + HTMLPage.h(w.dimensionName(d.id)) + "</td>"
            for h in Horizon.allCases {
                let names = CityReport.shortList((plan.roadmap[h] ?? []).filter { $0.programme.dimension == d.id }.map { $0.programme.name[l] }, t)
                matrix += "<td>" + (names.isEmpty ? "—" : names.map(HTMLPage.h).joined(separator: "<br/>")) + "</td>"
            }
            matrix += "</tr>"
        }
        body += matrix + "</tbody></table>"
        body += "<h4>" + HTMLPage.h(t(.quickwinsYearOneHeading)) + "</h4>"
        body += HTMLPage.list([QuickWinsReport.yearOneGain(plan.yearOne, t), t(.quickwinsYearOneDimensions, ["dimensions": w.dimensionGains(plan.yearOne)])]
                     + w.moves(plan.yearOne, limit: 10))
        body += HTMLPage.paragraph(t(.cityReportRoadmapNote), muted: true)
        if let left = w.outOfBudget(plan) { body += HTMLPage.paragraph(left, muted: true) }
        body += HTMLPage.paragraph(t(.bookRoadmapDetailsInAnnex), muted: true)
        return body
    }

    /// Green to red by likelihood + impact (0–4), light enough for black text: the rules of the classes
    /// `severity-0` … `severity-4`, in the shared style sheet (`HTMLPage.css`).
    static let severityColours = ["#e5f5e0", "#e5f5e0", "#fff7bc", "#fdd0a2", "#fc9272"].enumerated().map {
        CellColourRule(className: "severity-\($0.offset)", fill: $0.element, text: "#1b1b1b")
    }

    /// A cell of the roadmap lists the highest-priority programmes and counts the rest, which the annex lists.
    static let programmesShown = 4

    static func shortList(_ names: [String], _ t: Localizer) -> [String] {
        guard names.count > programmesShown else { return names }
        return Array(names.prefix(programmesShown - 1)) + [t(.bookMoreProgrammes, ["count": t.numbers.integer(names.count - programmesShown + 1)])]
    }

    /// The annex's roadmap in full: one row per chosen programme, grouped by horizon, each horizon closed by
    /// its total and its gain; a programme the budget pushed to the medium term says so.
    func roadmapDetails(_ plan: CityPlan, _ t: Localizer) -> String {
        let l = t.language, n = t.numbers, w = QuickWinsWording(t: t, framework: plan.framework)
        let deferred = Dictionary(plan.deferred.map { ($0.entry.index, $0.reason) }, uniquingKeysWith: { a, _ in a })
        var roadmapRows: [[String]] = []
        for h in Horizon.allCases {
            let chosen = plan.roadmap[h]!
            for e in chosen {
                let note = h == .medium ? deferred[e.index].map { " (" + w.deferral($0) + ")" } ?? "" : ""
                roadmapRows.append([t.horizon(h), e.programme.name[l] + note, t.dimensionShort(e.programme.dimension), n.integer(e.programme.months),
                                    n.rupiahRange(e.programme.cost.min, e.programme.cost.max), n.points(e.impact)])
            }
            let spent = n.rupiah(chosen.reduce(0) { $0 + $1.programme.cost.max })
            let total = plan.options.budget[h].map { t(.cityReportRoadmapTotalBudget, ["count": n.integer(chosen.count), "cost": spent, "budget": n.rupiahAmount($0)]) }
                ?? t(.cityReportRoadmapTotalUnlimited, ["count": n.integer(chosen.count), "cost": spent])
            roadmapRows.append([t.horizon(h), total, "", "", "", "+" + n.points(plan.gains[h] ?? 0)])
        }
        return HTMLPage.table([t(.quickwinsHorizon), t(.quickwinsProgramme), t(.dimension), t(.quickwinsMonths), t(.quickwinsCost), t(.cityReportRoadmapGain)],
                              roadmapRows, numeric: [3, 4, 5])
    }

    /// Section 11: the risk register of year one's programmes as a likelihood × impact matrix, then each
    /// risk with its mitigation and owner.
    func risks(_ plan: CityPlan, _ t: Localizer) -> String {
        let l = t.language, w = QuickWinsWording(t: t, framework: plan.framework)
        var body = ""
        guard !plan.risks.isEmpty else { return body + HTMLPage.paragraph(t(.quickwinsNoRisks)) }
        let matrix = w.riskMatrix(plan.risks)
        body += HTMLPage.paragraph(t(.quickwinsRiskMatrixHeading), muted: true)
        // The matrix coloured by severity (likelihood + impact), the way a risk-management plan draws it; the
        // cells keep their text, so the matrix still reads in greyscale.
        var grid = "<table class=\"risk-matrix\"><thead><tr>" + matrix.headers.map { "<th>" + HTMLPage.h($0) + "</th>" }.joined() + "</tr></thead><tbody>"
        for (r, row) in matrix.rows.enumerated() {
            grid += "<tr><th>" + HTMLPage.h(row[0]) + "</th>"
            for (k, cell) in row.dropFirst().enumerated() {
                // Rows run from high likelihood down; columns from low impact up.
                // Coloured by its class's rule, which the Word document reads too (`CellColourRule`).
                let severity = (2 - r) + k
                grid += "<td class=\"\(Self.severityColours[severity].className)\">" + HTMLPage.h(cell) + "</td>"
            }
            grid += "</tr>"
        }
        body += grid + "</tbody></table>"
        body += HTMLPage.table(["#", t(.quickwinsProgramme), t(.quickwinsRisk), t(.quickwinsLikelihood), t(.quickwinsImpact),
                                t(.quickwinsMitigation), t(.quickwinsOwner)],
                               plan.risks.enumerated().map { k, r in
                                   ["R\(k + 1)", r.programme.name[l], r.risk.risk[l], t.riskLevel(r.risk.likelihood), t.riskLevel(r.risk.impact),
                                    r.risk.mitigation[l], "\(r.programme.owner) (\(t.dimensionShort(r.programme.dimension)))"]
                               }, id: "risk-register")
        return body
    }
}

extension CityReport {
    /// The ministry's ten criteria beside impact and effort (`quickwins --criteria`, `report --criteria`).
    func criteria(_ plan: CityPlan, _ assessment: QuickWinAssessment, _ t: Localizer) -> String {
        let n = t.numbers, l = t.language
        var body = "<h3>" + HTMLPage.h(t(.quickwinsCriteriaHeading)) + "</h3>"
        body += "<p class=\"muted\">" + HTMLPage.h(t(.quickwinsCriteriaSource, ["file": assessment.file])) + "</p>"
        body += HTMLPage.table([t(.quickwinsProgramme), t(.dimension), t(.quickwinsCriteriaScore), t(.quickwinsImpact), t(.quickwinsEffort), t(.quickwinsCriteriaChosen)],
                               QuickWinsReport.criteriaRows(plan, assessment).map { row in
                                   [row.programme.name[l], t.dimensionShort(row.programme.dimension),
                                    row.entry.map { n.halfUp($0.score, digits: 2) } ?? t(.quickwinsCriteriaNotAssessed),
                                    row.impact.map(n.points) ?? "—", String(row.programme.effort), t(row.chosen ? .quickwinsYes : .quickwinsNo)]
                               }, numeric: [2, 3, 4])
        body += "<p>" + HTMLPage.h(QuickWinsReport.componentSentence(assessment, t)) + "</p>"
        body += HTMLPage.table([t(.quickwinsCriterion), t(.quickwinsCriteriaScore)],
                               assessment.criterionScores.map { ["\($0.criterion.number). " + $0.criterion.name(l), n.halfUp($0.score, digits: 2)] },
                               numeric: [1])
        return body
    }
}

extension String {
    /// The first letter in capitals: a quadrant's name as a chart's label ("proyek besar" → "Proyek besar").
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
