import Foundation

/// The sentences the quick-win outputs share (the `quickwins` table and Markdown, and the city report):
/// the rule that chose the quick wins, a pick's facts and gains, an indicator's move in its own unit, why a
/// dimension has no pick, and the risk matrix.
struct QuickWinsWording {
    let t: Localizer
    /// For the dimensions' names in prose ("Smart Governance", "Tata Kelola Cerdas"); tables keep the short ones.
    let framework: Framework
    var n: NumberFormat { t.numbers }
    var l: Language { t.language }

    /// Where the city stands: "Index 54.3 (level …); 45.7 points to the target of 100."
    func standing(_ plan: CityPlan) -> String {
        guard let index = plan.index, let gap = plan.indexGap else { return t(.quickwinsStandingNoIndex) }
        return t(.quickwinsStanding, ["index": n.score(index, digits: 1), "gap": n.score(gap, digits: 1), "target": n.score(index + gap, digits: 0)])
    }

    /// A risk as one entry: the programme, the risk, its likelihood and impact, the mitigation and the owner.
    func riskEntry(_ r: (programme: Programme, risk: Programme.Risk)) -> String {
        t(.quickwinsRiskEntry, ["programme": r.programme.name[l], "risk": r.risk.risk[l], "likelihood": t.riskLevel(r.risk.likelihood),
                                "impact": t.riskLevel(r.risk.impact), "mitigation": r.risk.mitigation[l], "owner": r.programme.owner])
    }

    /// How the quick wins were chosen.
    func rule(_ options: QuickWinOptions) -> String {
        t(options.servicesFirst ? .quickwinsRuleServicesFirst : .quickwinsRuleAnyKind, ["count": n.integer(options.perDimension)])
    }

    /// How the roadmap was filled, and whether a budget limited it.
    func roadmapRule(_ options: QuickWinOptions) -> String {
        t(options.budget.isEmpty ? .quickwinsRoadmapRuleNoBudget : .quickwinsRoadmapRuleBudget, ["max": n.integer(options.yearOneMax)])
    }

    /// A programme's quadrant; "quick win" only for one of 12 months or less, as the programme defines it.
    func quadrant(_ entry: CityPlan.Entry) -> String {
        entry.quadrant == .quickWin && entry.programme.horizon != .short ? t(.quadrantQuickWinLong) : t.quadrant(entry.quadrant)
    }

    /// The programmes no horizon's budget holds: "Left out … (12 programmes): A, B, C, D, E and 7 more."
    func outOfBudget(_ plan: CityPlan) -> String? {
        guard !plan.outOfBudget.isEmpty else { return nil }
        var names = plan.outOfBudget.prefix(5).map { $0.programme.name[l] }
        if plan.outOfBudget.count > 5 { names.append(t(.quickwinsAndMore, ["count": n.integer(plan.outOfBudget.count - 5)])) }
        return t(.quickwinsOutOfBudget, ["count": n.integer(plan.outOfBudget.count), "names": names.joined(separator: "; ")])
    }

    func kind(_ programme: Programme) -> String {
        t(programme.kind == .service ? .quickwinsKindService : .quickwinsKindInfrastructure)
    }

    /// "sharpens an existing service, citizens use it directly · 4 months · Rp 100–500 jt · effort 1 · Diskominfo".
    func facts(_ programme: Programme) -> String {
        t(.quickwinsPickFacts, ["kind": kind(programme),
                                "audience": t(programme.citizenFacing ? .quickwinsAudienceCitizens : .quickwinsAudienceInternal),
                                "months": n.integer(programme.months), "cost": n.rupiahRange(programme.cost.min, programme.cost.max),
                                "effort": String(programme.effort), "owner": programme.owner])
    }

    /// "Impact: index +0.28 points (0.6% of the city's index gap), Smart Governance +1.7 points".
    func gain(_ detail: ImpactDetail, dimension: String) -> String {
        var arguments = ["index": n.points(detail.indexGain), "dimension": dimensionName(dimension),
                         "dimension_gain": n.points(detail.dimensionGain(dimension))]
        guard let share = detail.gapShare else { return t(.quickwinsPickGainNoShare, arguments) }
        arguments["share"] = n.percent(share, digits: 1)
        return t(.quickwinsPickGain, arguments)
    }

    /// "Complaints followed up: 45.2 → ±72.6 %" — the value after is the model's, read back through the scale.
    func move(_ move: ImpactDetail.Move) -> String {
        let name = move.indicator.name[l]
        guard let after = move.rawAfter else {
            return t(.quickwinsMoveScore, ["indicator": name, "before": n.score(move.scoreBefore, digits: 1), "after": n.score(move.scoreAfter, digits: 1)])
        }
        let unit = t.unit(move.indicator.unit)
        // Three significant digits, more when a small move would otherwise read as no move ("4,09 → ±4,09").
        var digits = 3
        while digits < 7 && n.significant(move.rawBefore, digits: digits) == n.significant(after, digits: digits) { digits += 1 }
        return t(move.exact ? .quickwinsMove : .quickwinsMoveInterpolated,
                 ["indicator": name, "before": n.significant(move.rawBefore, digits: digits), "after": n.significant(after, digits: digits),
                  "unit": unit == "%" ? "%" : " " + unit])
    }

    /// The indicators a pick moves, the largest gain first, at most `limit` with a count of the rest.
    func moves(_ detail: ImpactDetail, limit: Int) -> [String] {
        var lines = detail.moves.prefix(limit).map(move)
        if detail.moves.count > limit { lines.append(t(.quickwinsMoreIndicators, ["count": n.integer(detail.moves.count - limit)])) }
        return lines
    }

    func dimensionName(_ id: String) -> String { framework.plainName(of: id, l) }

    /// Per dimension, the points year one adds: "Tata Kelola Cerdas +3,1 · Ekonomi Cerdas +1,2".
    func dimensionGains(_ detail: ImpactDetail) -> String {
        detail.dimensionGains.filter { $0.gain > 0 }.map { "\(dimensionName($0.dimension)) +\(n.points($0.gain))" }
            .joined(separator: " · ").ifEmpty("—")
    }

    /// Why a dimension has no quick win, in a sentence.
    func noPick(_ reason: CityPlan.NoPick, regionType: String?) -> String {
        switch reason {
        case .noData: return t(.quickwinsNoPickNoData)
        case .noCandidate: return t(.quickwinsNoPickNoCandidate, ["region": self.regionType(regionType)])
        case .noGap: return t(.quickwinsNoPickNoGap)
        }
    }

    /// The same in two words, for the cohort table's cells.
    func noPickShort(_ reason: CityPlan.NoPick) -> String {
        switch reason {
        case .noData: return t(.quickwinsNoPickShortNoData)
        case .noCandidate: return t(.quickwinsNoPickShortNoCandidate)
        case .noGap: return t(.quickwinsNoPickShortNoGap)
        }
    }

    func regionType(_ type: String?) -> String {
        switch type {
        case "kota": return t(.quickwinsRegionKota)
        case "kabupaten": return t(.quickwinsRegionKabupaten)
        default: return t(.quickwinsRegionOther)
        }
    }

    func deferral(_ reason: CityPlan.Deferral) -> String {
        t(reason == .yearOneFull ? .quickwinsDeferredFull : .quickwinsDeferredBudget)
    }

    /// The risk matrix: likelihood high → low down the side, impact low → high across, each cell the numbers
    /// (R1, R2, …) of the risks that fall in it; the numbers are the risk register's order.
    func riskMatrix(_ risks: [(programme: Programme, risk: Programme.Risk)]) -> (headers: [String], rows: [[String]]) {
        let levels: [Programme.Level] = [.low, .medium, .high]
        let headers = [t(.quickwinsRiskMatrixCorner)] + levels.map { t.riskLevel($0) }
        let rows = levels.reversed().map { likelihood in
            [t.riskLevel(likelihood)] + levels.map { impact in
                risks.enumerated().filter { $0.element.risk.likelihood == likelihood && $0.element.risk.impact == impact }
                    .map { "R\($0.offset + 1)" }.joined(separator: ", ").ifEmpty("·")
            }
        }
        return (headers, rows)
    }
}
