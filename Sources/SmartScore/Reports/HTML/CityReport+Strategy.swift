import Foundation

/// Buku 2's strategy per dimension, drawn from the data: for each dimension, lowest score first, where the
/// city stands against the cohort, its weakest elements, the indicators that cost its index the most, and
/// the roadmap's programmes of that dimension by horizon. The vision and the policy direction themselves
/// are the city's to write; the section says so rather than inventing them.
extension CityReport {
    /// How many elements and indicators a dimension's block names.
    static let strategyElementsShown = 2
    static let strategyIndicatorsShown = 3

    struct DimensionStrategy {
        let heading: String
        let lines: [String]
        let indicators: [String]
        let programmes: [String]
    }

    func strategies(_ words: ScoringWording) -> [DimensionStrategy] {
        let t = words.localizer, n = t.numbers, l = t.language
        let standings = Dictionary(uniqueKeysWithValues: evaluation.dimensionStandings.map { ($0.id, $0) })
        let score: (String) -> Double? = { id in
            result.dimensions.firstIndex(of: id).flatMap { j in result.dimensionScores[c, j].isNaN ? nil : result.dimensionScores[c, j] }
        }
        // Lowest score first; dimensions without a score last, in the framework's order.
        let order = fw.dimensions.enumerated().sorted { a, b in
            switch (score(a.element.id), score(b.element.id)) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        return order.map { d in
            let name = fw.plainName(of: d.id, l)
            guard let s = score(d.id), let j = result.dimensions.firstIndex(of: d.id) else {
                let noData = evaluation.catalogueCoverage.dimensionsWithoutData.contains(d.id)
                return DimensionStrategy(heading: t(.bookStrategyDimensionNoScore, ["dimension": name]),
                                         lines: [noData ? t(.bookStrategyNoData) : words.reasons(result.nullReasons[c]) ?? t(.bookStrategyNoData)],
                                         indicators: [], programmes: [])
            }
            var lines = [t(.bookStrategyStanding, ["median": n.score(cohortMedian(j)), "gap": n.score(standings[d.id]?.gap ?? max(0, 100 - s))])]
            let weak = evaluation.elementStandings.filter { $0.id.hasPrefix(d.id + "/") }
                .sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }.prefix(Self.strategyElementsShown)
            if !weak.isEmpty {
                lines.append(t(.bookStrategyWeakElements, ["elements": weak.map { "\(fw.name(of: $0.id, l)) (\(n.score($0.score)))" }
                                                                         .joined(separator: ", ")]))
            }
            // Without an index there are no index points to lose: the costliest indicators are then not named.
            let costly = result.index[c].isFinite
                ? evaluation.indicators.filter { $0.indicator.dimension == d.id && ($0.cost ?? 0) > 0 }.prefix(Self.strategyIndicatorsShown) : []
            var programmes: [String] = []
            if let plan {
                for h in Horizon.allCases {
                    let names = Self.shortList((plan.roadmap[h] ?? []).filter { $0.programme.dimension == d.id }.map { $0.programme.name[l] }, t)
                    if !names.isEmpty { programmes.append(t.horizon(h) + ": " + names.joined(separator: "; ")) }
                }
                if programmes.isEmpty { programmes.append(t(.bookStrategyNoProgramme)) }
            }
            return DimensionStrategy(heading: t(.bookStrategyDimensionHeading, ["dimension": name, "score": n.score(s)]), lines: lines,
                                     indicators: !result.index[c].isFinite ? [] : costly.isEmpty ? [t(.bookStrategyNoGap)] : costly.map { ExecutiveSummary.gapLine($0, t) },
                                     programmes: programmes)
        }
    }

    func strategyHTML(_ words: ScoringWording) -> String {
        let t = words.localizer
        var body = HTMLPage.paragraph(t(.bookStrategyLead))
        body += "<div class=\"analyst\">" + HTMLPage.h(t(.bookStrategyVision)) + "</div>"
        for s in strategies(words) {
            body += "<h3>" + HTMLPage.h(s.heading) + "</h3>" + s.lines.map { HTMLPage.paragraph($0) }.joined()
            if !s.indicators.isEmpty { body += HTMLPage.paragraph(t(.bookStrategyPriorityIndicators)) + HTMLPage.list(s.indicators) }
            if !s.programmes.isEmpty { body += HTMLPage.paragraph(t(.bookStrategyProgrammes)) + HTMLPage.list(s.programmes) }
        }
        return body
    }

    func strategyMarkdown(_ words: ScoringWording) -> String {
        let t = words.localizer
        var out = "\n## " + Format.md(HTMLPage.unnumbered(t(.bookSectionStrategy))) + "\n\n" + Format.md(t(.bookStrategyLead)) + "\n\n> " + Format.md(t(.bookStrategyVision)) + "\n"
        for s in strategies(words) {
            out += "\n### " + Format.md(s.heading) + "\n\n" + s.lines.map(Format.md).joined(separator: " ") + "\n"
            if !s.indicators.isEmpty {
                out += "\n" + Format.md(t(.bookStrategyPriorityIndicators)) + "\n\n" + s.indicators.map { "- " + Format.md($0) }.joined(separator: "\n") + "\n"
            }
            if !s.programmes.isEmpty {
                out += "\n" + Format.md(t(.bookStrategyProgrammes)) + "\n\n" + s.programmes.map { "- " + Format.md($0) }.joined(separator: "\n") + "\n"
            }
        }
        return out
    }
}
