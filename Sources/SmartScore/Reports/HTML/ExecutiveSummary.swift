import Foundation

/// The one-page executive summary (Ringkasan Eksekutif) that closes the city report: what a head of region
/// presents after the coaching. Built once from the city's evaluation and plan, then written as HTML (its
/// own printed page) or Markdown, so both say the same thing. Every figure is the report's own, shortened:
/// the index with its level and rank, the rank's interval when known, the data it rests on, the three
/// strongest and weakest parts, the three costliest gaps, each dimension's quick win with the change it
/// brings in the indicator's unit, year one's gain, the risks and the method.
struct ExecutiveSummary {
    var paragraphs: [String] = []
    var strengths: [String] = []
    var weaknesses: [String] = []
    var gaps: [String] = []
    var quickWinHeaders: [String] = []
    var quickWinRows: [[String]] = []
    var closing: [String] = []

    /// Three of each list: the page must stay one page.
    static let listed = 3

    init(_ report: CityReport, words: ScoringWording) {
        let t = words.localizer, n = t.numbers, l = t.language
        let result = report.result, c = report.c, fw = report.fw, evaluation = report.evaluation
        let city = evaluation.city.name, year = String(result.input.year)

        if result.index[c].isFinite {
            let level = words.qualifiedLevel(result, c) ?? "—"
            let ranked = result.ranks.compactMap { $0 }.count
            if let rank = result.ranks[c] {
                paragraphs.append(t(.summaryHeadline, ["city": city, "index": n.score(result.index[c]), "level": level,
                                                       "rank": n.integer(rank), "ranked": n.integer(ranked), "year": year]))
            } else {
                paragraphs.append(t(.summaryHeadlineUnranked, ["city": city, "index": n.score(result.index[c]), "level": level, "year": year]))
            }
        } else {
            paragraphs.append(t(.summaryNoIndex, ["city": city, "year": year, "reason": words.reasons(result.nullReasons[c]) ?? "—"]))
        }
        if let s = report.interval, let sensitivity = report.sensitivity {
            // Name what the runs varied: weights by how much, and each other input in words.
            let inputs = sensitivity.options.inputs.map { $0 == .weights ? "\(t.uncertainInput($0)) ±\(n.percent(sensitivity.options.weightSpread))" : t.uncertainInput($0) }
            paragraphs.append(t(s.rankP05 == s.rankP95 ? .summaryIntervalFixed : .summaryInterval, ["inputs": Self.list(inputs, t), "runs": n.integer(sensitivity.runs),
                                                   "p05": n.score(s.rankP05, digits: 0), "p95": n.score(s.rankP95, digits: 0)]))
        }
        let coverage = evaluation.catalogueCoverage
        var basis = t(.summaryBasis, ["present": n.integer(coverage.overall.present), "catalogue": n.integer(coverage.overall.catalogue),
                                      "share": n.percent(coverage.overall.share)])
        // The full provenance is in the annex; here only what changes how far the numbers can be trusted.
        if let values = report.values, values.syntheticShare > 0 {
            basis += " " + t(.summarySynthetic, ["share": n.percent(values.syntheticShare)])
            if values.syntheticShare > 0.5 { basis += " " + t(.valuesMostlySynthetic) }
        }
        paragraphs.append(basis)
        paragraphs += words.withoutDataLines(coverage, indexed: result.index[c].isFinite)

        func standing(_ s: CityEvaluation.Standing) -> String {
            let name = fw.plainName(of: s.id, l)
            guard let percentile = s.percentile else { return t(.summaryStandingNoPercentile, ["name": name, "score": n.score(s.score)]) }
            return t(.summaryStanding, ["name": name, "score": n.score(s.score), "percentile": n.score(percentile, digits: 0)])
        }
        strengths = evaluation.strengths.prefix(Self.listed).map(standing)
        weaknesses = evaluation.weaknesses.prefix(Self.listed).map(standing)
        // Points an index loses or gains mean nothing when the city has no index: then neither is said.
        let indexed = result.index[c].isFinite
        if indexed { gaps = evaluation.indicators.filter { ($0.cost ?? 0) > 0 }.prefix(Self.listed).map { Self.gapLine($0, t) } }

        guard let plan = report.plan else {
            closing.append(t(.summaryNoPlan))
            closing.append(Self.method(result, words))
            return
        }
        let w = QuickWinsWording(t: t, framework: plan.framework)
        quickWinHeaders = [t(.dimension), t(.quickwinsProgramme), t(.summaryExpectedChange), t(.quickwinsMonths), t(.quickwinsCost)]
        for dimension in plan.picks {
            let name = w.dimensionName(dimension.dimension)
            guard dimension.reason == nil, !dimension.picks.isEmpty else {
                quickWinRows.append([name, t(.summaryNoQuickWin), dimension.reason.map(w.noPickShort) ?? "—", "", ""])
                continue
            }
            for (pick, detail) in zip(dimension.picks, dimension.details) {
                let change = detail.moves.first.map(w.move) ?? w.gain(detail, dimension: dimension.dimension)
                quickWinRows.append([name, pick.programme.name[l], change, n.integer(pick.programme.months),
                                     n.rupiahRange(pick.programme.cost.min, pick.programme.cost.max)])
            }
        }
        let yearOne = plan.roadmap[.short] ?? []
        if indexed {
            let gain = QuickWinsReport.yearOneGain(plan.yearOne, t)
            closing.append(t(.summaryYearOne, ["count": n.integer(yearOne.count),
                                               "cost": n.rupiah(yearOne.reduce(0) { $0 + $1.programme.cost.max }),
                                               "gain": gain.prefix(1).lowercased() + gain.dropFirst()]))
        }
        if plan.risks.isEmpty {
            closing.append(t(.summaryNoRisks))
        } else {
            let high = plan.risks.filter { $0.risk.likelihood == .high && $0.risk.impact == .high }.count
            closing.append(t(high > 0 ? .summaryRisks : .summaryRisksNoneHigh, ["count": n.integer(plan.risks.count), "high": n.integer(high)]))
        }
        closing.append(Self.method(result, words))
    }

    /// "Share of services online: 45,2% (score 37,7); costs the index 0,87 points".
    static func gapLine(_ line: CityEvaluation.IndicatorLine, _ t: Localizer) -> String {
        let n = t.numbers
        return t(.bookStrategyIndicatorGap, ["indicator": line.indicator.name[t.language], "value": valueWithUnit(line.value, line.indicator.unit, t),
                                             "score": n.score(line.score), "cost": n.score(line.cost, digits: 2)])
    }

    /// A value with its unit, the way the rest of the report writes it: "45,2%", "3,1 hari".
    static func valueWithUnit(_ value: Double, _ unit: String, _ t: Localizer) -> String {
        let u = t.unit(unit)
        return t.numbers.value(value) + (u.isEmpty ? "" : u == "%" ? "%" : " " + u)
    }

    /// "a, b, dan c" as PUEBI writes a list; "a, b and c" in English.
    static func list(_ items: [String], _ t: Localizer) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = t(.listAnd)
        if items.count == 2 { return items[0] + " " + and + " " + items[1] }
        return items.dropLast().joined(separator: ", ") + (t.language == .id ? ", " : " ") + and + " " + items.last!
    }

    static func method(_ result: ScoreResult, _ words: ScoringWording) -> String {
        let m = result.method
        return words.localizer(.summaryMethod, ["normalisation": words.normalisation(m.normalisation), "aggregation": words.aggregation(m.aggregation),
                                                "weights": words.weightsName(m.weights.name)])
    }

    /// Its own printed page (`section.summary` breaks before it).
    func html(_ t: Localizer) -> String {
        func list(_ heading: String, _ items: [String]) -> String { "<div><h3>" + HTMLPage.h(heading) + "</h3>" + HTMLPage.list(items) + "</div>" }
        var body = paragraphs.map { HTMLPage.paragraph($0) }.joined()
        if !strengths.isEmpty || !weaknesses.isEmpty {
            body += "<div class=\"two-columns\">" + list(t(.summaryStrengths), strengths.ifEmpty(["—"]))
                + list(t(.summaryWeaknesses), weaknesses.ifEmpty(["—"])) + "</div>"
        }
        if !gaps.isEmpty { body += list(t(.summaryGaps), gaps) }
        if !quickWinRows.isEmpty {
            body += "<h3>" + HTMLPage.h(t(.summaryQuickWins)) + "</h3>" + HTMLPage.table(quickWinHeaders, quickWinRows, numeric: [3, 4])
        }
        body += closing.map { HTMLPage.paragraph($0) }.joined()
        return body
    }

    /// Every line quotes names the user gave (the city, the programmes): escaped with `Format.md`.
    func markdown(_ t: Localizer) -> String {
        var out = "\n## " + t(.summaryHeading) + "\n\n" + paragraphs.map(Format.md).joined(separator: "\n\n") + "\n"
        func list(_ heading: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            out += "\n**" + Format.md(heading) + "**\n\n" + items.map { "- " + Format.md($0) }.joined(separator: "\n") + "\n"
        }
        list(t(.summaryStrengths), strengths)
        list(t(.summaryWeaknesses), weaknesses)
        list(t(.summaryGaps), gaps)
        if !quickWinRows.isEmpty {
            out += "\n**" + Format.md(t(.summaryQuickWins)) + "**\n\n" + Format.markdownTable(quickWinHeaders, quickWinRows)
        }
        out += "\n" + closing.map(Format.md).joined(separator: "\n\n") + "\n"
        return out
    }
}

private extension Array where Element == String {
    func ifEmpty(_ other: [String]) -> [String] { isEmpty ? other : self }
}
