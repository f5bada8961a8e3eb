import Foundation

/// `smartscore report --city`: the city's pages for the masterplan's books as one self-contained HTML page or
/// Markdown: Buku 1 (profile, readiness by pillar and dimension, gaps, the internal half of the SWOT, the
/// trend), Buku 2 (strategy per dimension, the quick win of each dimension, the roadmap, the risk register),
/// an annex (rank uncertainty, method) and the one-page executive summary.
public struct CityReport {
    public let evaluation: CityEvaluation
    public let plan: CityPlan?
    public let sensitivity: SensitivityResult?
    /// The city's values of indicators that describe rather than judge it (profile), from the same data.
    public let profile: [(indicator: Indicator, value: Double)]
    public let provenance: Provenance
    /// Where the scored year's values came from, when the caller knows.
    public var values: ValueProvenance?
    public let catalogue: Catalogue

    public init(evaluation: CityEvaluation, plan: CityPlan?, sensitivity: SensitivityResult?,
                profile: [(indicator: Indicator, value: Double)], provenance: Provenance, catalogue: Catalogue) {
        self.evaluation = evaluation
        self.plan = plan
        self.sensitivity = sensitivity
        self.profile = profile
        self.provenance = provenance
        self.catalogue = catalogue
    }

    var result: ScoreResult { evaluation.result }
    var c: Int { evaluation.cityIndex }
    var fw: Framework { catalogue.framework }

    /// The cohort median of each in-scope dimension (the radar's reference).
    func cohortMedian(_ d: Int) -> Double? {
        Statistics.median(result.dimensionScores.column(d))
    }

    /// The mean score of the city's indicators in each (dimension, pillar) cell.
    func dimensionPillarMeans() -> [[Double?]] {
        result.dimensions.map { d in
            Framework.pillarIDs.map { p in
                let scores = result.indicators.indices.filter { result.indicators[$0].dimension == d && result.indicators[$0].pillar == p }
                    .map { result.indicatorScores[c, $0] }.filter { !$0.isNaN }
                return scores.isEmpty ? nil : Statistics.mean(scores)
            }
        }
    }

    var interval: SensitivityResult.CityStats? { sensitivity?.cities.first { $0.city.code == evaluation.city.code } }

    // MARK: HTML

    public func html(language l: Language) -> String {
        let city = evaluation.city
        var page = HTMLPage(title: "\(city.name) — smartscore", language: l)
        page.numbersSections = true
        let words = ScoringWording.reader(l, framework: fw)
        let t = words.localizer, n = t.numbers
        let level = words.qualifiedLevel(result, c) ?? "—"
        let rankText = result.ranks[c].map { "\($0) / \(n.integer(result.ranks.compactMap { $0 }.count))" } ?? "—"
        let lead = "\(city.code) · \(city.province ?? "") · \(city.type ?? "") · " + t(.cityReportDataYear, ["year": String(result.input.year)])
        page.raw("<h1>\(HTMLPage.h(city.name))</h1><p class=\"lead\">\(HTMLPage.h(lead))</p>")
        if let values, values.syntheticShare > 0.5 { page.raw("<p class=\"analyst\"><strong>" + HTMLPage.h(t(.valuesMostlySynthetic)) + "</strong></p>") }
        // Whole dimensions without data come first, where nobody can miss them.
        let catalogue = evaluation.catalogueCoverage
        for line in words.withoutDataLines(catalogue, indexed: result.index[c].isFinite) {
            page.raw("<p class=\"analyst\"><strong>" + HTMLPage.h(line) + "</strong></p>")
        }
        page.raw("<p class=\"lead\">" + HTMLPage.h(t(.cityReportIntro)) + "</p>")

        // Buku 1: the strategic analysis.
        page.part("buku-1", t(.bookPartOne), t(.bookPartOneLead), newPage: false)

        // 1. Profile and coverage.
        let withValue = Int((result.coverage[c] * Double(result.indicators.count)).rounded())
        var profileBody = HTMLPage.table([t(.cityReportProfile), t(.value)], [
            [t(.province), city.province ?? "—"], [t(.type), city.type ?? "—"],
            [t(.cityReportIndicatorsWithValue), "\(n.integer(withValue)) / \(n.integer(result.indicators.count))"],
            [t(.cityReportDataCoverage), n.percent(result.coverage[c])],
            [t(.dataCoverageHeading), "\(n.integer(catalogue.overall.present)) / \(n.integer(catalogue.overall.catalogue)) (\(n.percent(catalogue.overall.share)))"],
        ] + profile.map { [$0.indicator.name[l], "\(n.value($0.value)) \(t.unit($0.indicator.unit))"] }, numeric: [1])
        profileBody += HTMLPage.figure(Charts.bars(labels: result.dimensions.map { fw.dimension($0)?.name[l] ?? $0 },
                                                   values: result.dimensions.indices.map { result.dimensionCoverage[c, $0] * 100 }, digits: 0,
                                                   numbers: n),
                                       label: t(.cityReportCoverageChart), caption: t(.cityReportCoverageCaption))
        profileBody += Self.catalogueCoverageTable(catalogue, framework: fw, words: words)
        page.section("profil", t(.cityReportSectionProfile), profileBody)

        // 2. Index and level.
        var cards = "<div class=\"cards\">"
        cards += card(n.score(result.index[c]), t(.cityReportCardIndex))
        cards += card(level, t(.cityReportCardLevel))
        cards += card(n.score(result.indexGap(c)), t(.cityReportCardGap, ["target": n.score(result.model.indexTarget)]))
        cards += card(rankText, t(.cityReportCardRank))
        if let s = interval {
            cards += card("\(n.score(s.rankP05, digits: 0))–\(n.score(s.rankP95, digits: 0))", t(.sensitivityRankInterval90))
        }
        cards += "</div>"
        if let reason = words.reasons(result.nullReasons[c]) { cards += "<p class=\"muted\">" + HTMLPage.h(t(.cityReportNoIndex) + reason) + "</p>" }
        page.section("indeks", t(.cityReportSectionIndex), cards)

        // 3. Radar and dimension × pillar heat map.
        // Every axis of the framework, a dimension without a score kept and marked with the reason: no data,
        // or a coverage below the method's minimum.
        let inScope = fw.dimensions.map { result.dimensions.firstIndex(of: $0.id) }
        let unscored = fw.dimensions.enumerated().map { k, d -> String? in
            if catalogue.dimensionsWithoutData.contains(d.id) { return t(.dataCoverageNoData) }
            guard let j = inScope[k], result.dimensionScores[c, j].isNaN else { return nil }
            return result.dimensionCoverage[c, j] < result.method.minCoverage
                ? t(.dataCoverageRadarBelowMinimum, ["coverage": n.percent(result.dimensionCoverage[c, j])]) : t(.dataCoverageNoData)
        }
        let radar = Charts.radar(axes: fw.dimensions.map { fw.plainName(of: $0.id, l) },
                                 values: inScope.map { $0.flatMap { optional(result.dimensionScores[c, $0]) } },
                                 reference: inScope.map { $0.flatMap(cohortMedian) },
                                 label: city.name, referenceLabel: t(.cityReportCohortMedian),
                                 missing: unscored, missingLegend: t(.dataCoverageRadarMissing), numbers: n)
        var body3 = HTMLPage.figure(radar, label: t(.cityReportRadar),
                                    caption: t(.cityReportRadarCaption, ["count": n.integer(result.cities.count)]))
        let heat = Charts.heatMap(rows: result.dimensions.map { fw.dimension($0)?.name[l] ?? $0 },
                                  columns: fw.pillars.map { $0.name[l] }, values: dimensionPillarMeans(), cellWidth: 110,
                                  legend: (t(.chartsScoreScale), t(.chartsNoValue)), numbers: n)
        body3 += "<h3>" + HTMLPage.h(t(.cityReportHeatHeading)) + "</h3>"
        body3 += HTMLPage.figure(heat, label: t(.cityReportHeat), caption: t(.cityReportHeatCaption))
        body3 += HTMLPage.table([t(.pillar), t(.score)],
                                fw.pillars.enumerated().map { [$0.element.name[l], n.score(result.pillarScores[c, $0.offset])] }, numeric: [1])
        page.section("dimensi", t(.cityReportSectionDimensions), body3)

        // 4. Elements.
        // Grouped by dimension, in the result's order of dimensions: each dimension's name, its elements beneath.
        let elementGroups = result.dimensions.map { d in
            let members = result.elements.indices.filter { result.elements[$0].dimension == d }
            return (heading: fw.dimension(d)?.name[l] ?? d,
                    labels: members.map { fw.name(of: "\(result.elements[$0].dimension)/\(result.elements[$0].element)", l) },
                    values: members.map { optional(result.elementScores[c, $0]) })
        }
        page.section("elemen", t(.cityReportSectionElements),
                     HTMLPage.figure(Charts.groupedBars(groups: elementGroups, numbers: n, colour: { ScoreColour.fill($0) }),
                                     label: t(.cityReportElementScores)))

        // 5. The gaps that cost the most.
        let costly = Array(evaluation.indicators.filter { ($0.cost ?? 0) > 0 }.prefix(12))
        var body5 = HTMLPage.figure(Charts.bars(labels: costly.map { "\($0.indicator.code) \($0.indicator.name[l])" }, values: costly.map(\.cost),
                                                maximum: costly.compactMap(\.cost).max() ?? 1, digits: 2, labelWidth: 330, barWidth: 230,
                                                numbers: n, colour: { _ in "#cb181d" }),
                                    label: t(.cityReportPointsLostChart), caption: t(.cityReportPointsLostCaption))
        body5 += HTMLPage.table([t(.code), t(.indicator), t(.value), t(.score), t(.gap), t(.pointsLost)],
                                costly.map { [$0.indicator.code, $0.indicator.name[l], "\(n.value($0.value)) \(t.unit($0.indicator.unit))", n.score($0.score),
                                              n.score($0.gap), n.score($0.cost, digits: 2)] }, numeric: [2, 3, 4, 5])
        page.section("kesenjangan", t(.cityReportSectionGaps), body5)

        // 6. SWOT, internal half, and the trend.
        func describe(_ s: CityEvaluation.Standing) -> [String] {
            [fw.name(of: s.id, l), n.score(s.score), n.score(s.percentile, digits: 0)]
        }
        let peers = n.integer(evaluation.dimensionStandings.first?.peers ?? 0)
        var body6 = "<p class=\"muted\">" + HTMLPage.h(t(.cityReportPeersNote, ["peers": peers, "type": city.type ?? ""])) + "</p>"
        body6 += "<h3>" + HTMLPage.h(t(.cityReportStrengths)) + "</h3>"
        body6 += HTMLPage.table([t(.dimensionOrElement), t(.score), t(.cityReportPercentile)], evaluation.strengths.map(describe), numeric: [1, 2])
        body6 += "<h3>" + HTMLPage.h(t(.cityReportWeaknesses)) + "</h3>"
        if !evaluation.peersAvailable {
            body6 += "<p class=\"muted\">" + HTMLPage.h(t(.peersTooFew, ["peers": n.integer(evaluation.peerCount), "type": city.type ?? "",
                                                                          "minimum": n.integer(evaluation.minimumPeers)])) + "</p>"
        }
        if evaluation.weaknessRule == .largestGaps {
            body6 += "<p class=\"muted\">" + HTMLPage.h(t(evaluation.peersAvailable ? .weaknessesLargestGaps : .weaknessesLargestGapsNoPeers, ["count": n.integer(evaluation.weaknesses.count)])) + "</p>"
        }
        body6 += HTMLPage.table([t(.dimensionOrElement), t(.score), t(.cityReportPercentile)], evaluation.weaknesses.map(describe), numeric: [1, 2])
        body6 += "<div class=\"analyst\"><strong>" + HTMLPage.h(t(.cityReportOpportunities)) + "</strong><br/>"
            + HTMLPage.h(t(.cityReportSwotExternal)) + "</div>"
        page.section("swot", t(.cityReportSectionSwot), body6)

        // 7. The trend and the series over the years (reusing the variable keeps this block as it was).
        body6 = ""
        if evaluation.trend.count > 1 {
            body6 += "<h3>" + HTMLPage.h(t(.trend)) + "</h3>"
            let trendYears = evaluation.trend.map { p in
                Charts.TrendYear(year: p.year, value: optional(p.index), median: p.cohortMedian, lowerQuartile: p.cohortLowerQuartile,
                                 upperQuartile: p.cohortUpperQuartile)
            }
            let trendChart = Charts.trend(years: trendYears, labels: (city.name, t(.cityReportCohortMedian), t(.chartsTrendCohortBand)),
                                          yTitle: t(.chartsTrendAxis), numbers: n)
            body6 += HTMLPage.figure(trendChart, label: t(.chartsTrendChart, ["city": city.name]),
                                     caption: t(.chartsTrendCaption, ["city": city.name]))
            // Years as columns and the index and dimensions as rows: short headers that do not wrap.
            let years = evaluation.trend
            body6 += HTMLPage.table([t(.chartsTrendRows)] + years.map { String($0.year) },
                                    [[t(.index)] + years.map { n.score($0.index) }]
                                    + result.dimensions.map { d in [fw.dimension(d)?.name[l] ?? d] + years.map { n.score($0.dimensions[d]) } },
                                    numeric: Set(1...years.count))
            var notes = [t(.trendNote, ["reference": String(result.referenceYear)])]
            notes += evaluation.trend.compactMap { p in words.reasons(p.nullReasons).map { t(.trendYearNull, ["year": String(p.year), "reasons": $0]) } }
            notes += evaluation.historyWarnings.map { t(.noteLabel) + words.warning($0) }
            body6 += notes.map { "<p class=\"muted\">" + HTMLPage.h($0) + "</p>" }.joined()
        }
        body6 += IndicatorSeriesReport.html(evaluation.series, referenceYear: result.referenceYear, t)
        page.section("perkembangan", t(.bookSectionTrend), body6)

        // Buku 2: the masterplan. 8. Strategy per dimension; 9. quick wins; 10. roadmap; 11. risks.
        page.part("buku-2", t(.bookPartTwo), t(.bookPartTwoLead))
        page.section("strategi", t(.bookSectionStrategy), strategyHTML(words))
        if let plan {
            page.section("quickwins", t(.bookSectionQuickWins), quickWins(plan, t))
            page.section("peta-jalan", t(.bookSectionRoadmap), roadmap(plan, t))
            page.section("risiko", t(.bookSectionRisks), risks(plan, t))
        } else {
            page.section("quickwins", t(.bookSectionQuickWins), "<p class=\"muted\">" + HTMLPage.h(t(.summaryNoPlan)) + "</p>")
        }

        // The annex: 12. the roadmap in full; 13. the rank's uncertainty; 14. the method and provenance.
        page.part("lampiran", t(.bookAnnex), t(plan == nil ? .bookAnnexLead : .bookAnnexLeadWithRoadmap))
        if let plan { page.section("rincian-peta-jalan", t(.bookSectionRoadmapDetails), roadmapDetails(plan, t)) }

        // 8. Rank and its uncertainty.
        var body8 = ""
        if let s = interval, let sensitivity {
            body8 += "<p>" + HTMLPage.h(t(.cityReportRankSentence, [
                "rank": String(s.nominalRank), "median": n.score(s.medianRank, digits: 0),
                "p05": n.score(s.rankP05, digits: 0), "p95": n.score(s.rankP95, digits: 0), "runs": n.integer(sensitivity.runs),
                "spread": n.percent(sensitivity.options.weightSpread), "mean": n.score(s.scoreMean), "sd": n.score(s.scoreSD),
            ])) + "</p>"
            if let m = s.modes {
                body8 += "<p class=\"warning\">" + HTMLPage.h(t(.cityReportRankBimodal, [
                    "first": n.score(m.modes[0], digits: 0), "firstShare": n.percent(m.shares[0]),
                    "second": n.score(m.modes[1], digits: 0), "secondShare": n.percent(m.shares[1]), "median": n.score(s.medianRank, digits: 0),
                ])) + "</p>"
            }
            let interval = t(.sensitivityInterval, ["level": n.percent(sensitivity.confidence)])
            body8 += HTMLPage.table([t(.sensitivityUncertainInput), t(.sensitivityFirstOrder), interval, t(.sensitivityTotal), interval],
                                    sensitivity.indices.map { [t.uncertainInput($0.input), n.score($0.index.firstOrder, digits: 3),
                                                               n.interval($0.index.firstOrderInterval, digits: 3), n.score($0.index.total, digits: 3),
                                                               n.interval($0.index.totalInterval, digits: 3)] },
                                    numeric: [1, 2, 3, 4])
            if !sensitivity.indices.isEmpty {
                body8 += SensitivityReport.notes(sensitivity, t).map { "<p class=\"muted\">" + HTMLPage.h($0) + "</p>" }.joined()
            }
        } else {
            body8 += "<p class=\"muted\">" + HTMLPage.h(t(.cityReportNoUncertainty)) + "</p>"
        }
        page.section("peringkat", t(.bookSectionRank), body8)

        // 9. Method and provenance.
        page.section("metode", t(.bookSectionMethod), provenanceTable(words) + HTMLPage.notes(result, words: words)
                     + MethodWeightsHTML.section(result, words: words))

        // The one page a head of region presents, last, as the coaching ends.
        page.section("ringkasan", t(.summaryHeading), ExecutiveSummary(self, words: words).html(t), classes: "summary", numbered: false)
        return page.rendered()
    }

    /// Catalogue coverage per framework dimension: indicators with a value, the catalogue's, the share;
    /// a dimension without data says so. Shared by the city and the cohort report.
    static func catalogueCoverageTable(_ coverage: CoverageAgainstCatalogue, framework fw: Framework, words: ScoringWording) -> String {
        let t = words.localizer, n = t.numbers, l = t.language
        let rows = fw.dimensions.map { d -> [String] in
            let part = coverage.dimensions[d.id]
            let name = fw.name(of: d.id, l) + (coverage.dimensionsWithoutData.contains(d.id) ? " (\(t(.dataCoverageNoData)))" : "")
            return [name, n.integer(part?.present ?? 0), n.integer(part?.catalogue ?? 0), n.percent(part?.share)]
        } + [[t(.dataCoverageTotal), n.integer(coverage.overall.present), n.integer(coverage.overall.catalogue), n.percent(coverage.overall.share)]]
        return "<h3>" + HTMLPage.h(t(.dataCoverageHeading)) + "</h3>"
            + HTMLPage.table([t(.dimension), t(.dataCoveragePresent), t(.dataCoverageCatalogue), t(.dataCoverageColumn)], rows, numeric: [1, 2, 3])
            + "<p class=\"muted\">" + HTMLPage.h(t(.dataCoverageLegend)) + "</p>"
    }

    func card(_ value: String, _ label: String) -> String {
        "<div class=\"card\"><div class=\"big\">\(HTMLPage.h(value))</div><div class=\"label\">\(HTMLPage.h(label))</div></div>"
    }

    func provenanceTable(_ words: ScoringWording) -> String {
        let m = result.method, t = words.localizer
        return HTMLPage.table([t(.item), t(.value)], [
            [t(.cityReportNormalisation), words.normalisation(m.normalisation)],
            [t(.cityReportAggregation), words.aggregation(m.aggregation)],
            [t(.cityReportWeights), words.weightsName(m.weights.name)],
            [t(.cityReportMinCoverage), t.numbers.percent(m.minCoverage)],
            [t(.cityReportTargets), words.targetsName(m.targets.name)],
            [t(.cityReportDataYearLabel), String(result.input.year)],
            [t(.referenceYear), String(result.referenceYear)],
            [t(.data), provenance.dataSource],
            [t(.cityReportDataHash), provenance.dataHashes.joined(separator: ", ")],
            [t(.catalogueVersion), "\(provenance.catalogueVersion) (\(provenance.catalogueFiles.joined(separator: ", ")))"],
            [t(.smartscoreVersion), provenance.smartscoreVersion],
        ] + (values.map { [[t(.valuesLabel), $0.unlabelledSentence(t)]] } ?? [])) + "<p class=\"muted\">" + HTMLPage.h(t(.cityReportMethodNote)) + "</p>"
    }
}

private func optional(_ x: Double) -> Double? { x.isNaN ? nil : x }
