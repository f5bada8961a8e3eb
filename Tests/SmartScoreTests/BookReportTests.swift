import Foundation
import Testing
@testable import SmartScore

@Suite("Reports as the books: Buku 1, Buku 2, the annex, the executive summary, the cohort overview")
struct BookReportTests {
    /// Kota Palu in the demo cohort, with a plan and a small sensitivity run.
    func palu(_ language: Language) throws -> (CityReport, ScoreResult, Int, CityPlan) {
        let result = try Bundled.engine.score(ReportTests.demo, method: ScoringMethod())
        let k = try CityLookup.find("72.71", in: result.cities)
        let evaluation = CityEvaluation(result: result, cityIndex: k)
        let programmes = try ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue)
        let plan = CityPlan(model: try ImpactModel(programmes: programmes.programmes, result: result), city: k, options: QuickWinOptions())
        let sensitivity = try SensitivityAnalysis.run(result, options: SensitivityOptions(samples: 70, seed: 3))
        let report = CityReport(evaluation: evaluation, plan: plan, sensitivity: sensitivity, profile: [],
                                provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: ["abc"]), catalogue: Bundled.catalogue)
        return (report, result, k, plan)
    }

    @Test("the city report's parts and sections: Buku 1 (1–7), Buku 2 (8–11), the annex (12–14), the summary last", arguments: Language.allCases)
    func structure(_ language: Language) throws {
        let (report, _, _, _) = try palu(language)
        let t = Localizer(language)
        let doc = try ReportReader.parse(report.html(language: language))
        let parts = doc.headings.filter { $0.level == 1 && $0.classes.contains("part") }.map(\.text)
        #expect(parts == [t(.bookPartOne), t(.bookPartTwo), t(.bookAnnex)])
        // Numbered sections run 1, 2, … 14 without a gap, each under its part.
        let numbered = doc.headings.filter { $0.level == 2 }.compactMap { h in Int(h.text.prefix { $0.isNumber }) }
        #expect(numbered == Array(1...14))
        let order = doc.headings.map { $0.level == 1 ? "#" + $0.text : String($0.text.prefix { $0.isNumber }) }
        #expect(order.firstIndex(of: "#" + t(.bookPartTwo))! == order.firstIndex(of: "8")! - 1)
        #expect(order.firstIndex(of: "#" + t(.bookAnnex))! == order.firstIndex(of: "12")! - 1)
        #expect(doc.headings.last?.text == t(.summaryHeading))
        #expect(doc.sectionClasses["ringkasan"] == "summary")
    }

    @Test("without a plan the sections are numbered 1–11 with no gap, and the summary says no plan was made")
    func withoutPlan() throws {
        let (full, _, _, _) = try palu(.id)
        let report = CityReport(evaluation: full.evaluation, plan: nil, sensitivity: full.sensitivity, profile: [], provenance: full.provenance,
                                catalogue: Bundled.catalogue)
        let doc = try ReportReader.parse(report.html(language: .id))
        let numbered = doc.headings.filter { $0.level == 2 }.compactMap { h in Int(h.text.prefix { $0.isNumber }) }
        #expect(numbered == Array(1...11))
        #expect(doc.sectionTexts["ringkasan"]?.contains(Localizer(.id)(.summaryNoPlan)) == true)
    }

    @Test("the executive summary says the index, the rank and its interval, the three costliest gaps and every dimension's quick win", arguments: Language.allCases)
    func executiveSummary(_ language: Language) throws {
        let (report, result, k, plan) = try palu(language)
        let n = language == .id ? NumberFormat.indonesian : NumberFormat.english, l = language
        let doc = try ReportReader.parse(report.html(language: language))
        let summary = try #require(doc.sectionTexts["ringkasan"])
        #expect(summary.contains(n.score(result.index[k])))
        let ranked = result.ranks.compactMap { $0 }.count
        let t = Localizer(language), words = ScoringWording.reader(language, framework: Bundled.catalogue.framework)
        #expect(summary.contains(t(.summaryHeadline, ["city": "Kota Palu", "index": n.score(result.index[k]), "level": words.qualifiedLevel(result, k)!,
                                                      "rank": n.integer(result.ranks[k]!), "ranked": n.integer(ranked), "year": String(result.input.year)])))
        let interval = try #require(report.interval)
        #expect(summary.contains(n.score(interval.rankP05, digits: 0)) && summary.contains(n.score(interval.rankP95, digits: 0)))
        // The costliest gaps, in order, and no more than three.
        let costly = report.evaluation.indicators.filter { ($0.cost ?? 0) > 0 }
        #expect(costly.count >= 3)
        let named = costly.prefix(3).map { summary.range(of: $0.indicator.name[l])?.lowerBound }
        #expect(named.allSatisfy { $0 != nil } && named.map { $0! } == named.map { $0! }.sorted())
        #expect(ExecutiveSummary(report, words: words).gaps == costly.prefix(3).map { ExecutiveSummary.gapLine($0, Localizer(language)) })
        // Every dimension's quick win, by name; a dimension without one says so.
        for dimension in plan.picks {
            for pick in dimension.picks { #expect(summary.contains(pick.programme.name[l]), "\(pick.programme.id)") }
            if dimension.picks.isEmpty { #expect(summary.contains(Localizer(language)(.summaryNoQuickWin))) }
        }
        // Year one's count and the index gain, as the roadmap has them.
        #expect(summary.contains(n.integer(plan.roadmap[.short]!.count) + " ") && summary.contains(n.points(plan.yearOne.indexGain)))
        // The same summary closes the Markdown.
        let md = report.markdown(language: language)
        let tail = try #require(md.range(of: "## " + Localizer(language)(.summaryHeading))).upperBound
        for pick in plan.picks.flatMap(\.picks) { #expect(md[tail...].contains(Format.md(pick.programme.name[l]))) }
    }

    @Test("strategy per dimension: lowest score first, each dimension's costliest indicators and its roadmap programmes")
    func strategy() throws {
        let (report, result, k, plan) = try palu(.id)
        let words = ScoringWording.reader(.id, framework: Bundled.catalogue.framework)
        let strategies = report.strategies(words)
        #expect(strategies.count == Bundled.catalogue.framework.dimensions.count)
        // Order: the dimensions' scores ascending, read back from the headings.
        let scores = result.dimensions.indices.map { result.dimensionScores[k, $0] }.sorted()
        let n = NumberFormat.indonesian
        for (s, score) in zip(strategies, scores) { #expect(s.heading.hasSuffix(n.score(score)), "\(s.heading)") }
        // The first (weakest) dimension lists its own costliest indicators, in order.
        let weakest = result.dimensions[result.dimensions.indices.min { result.dimensionScores[k, $0] < result.dimensionScores[k, $1] }!]
        let own = report.evaluation.indicators.filter { $0.indicator.dimension == weakest && ($0.cost ?? 0) > 0 }.prefix(3)
        #expect(strategies[0].indicators == own.map { ExecutiveSummary.gapLine($0, Localizer(.id)) })
        // Its roadmap line for year one names that dimension's year-one programmes.
        let yearOne = plan.roadmap[.short]!.filter { $0.programme.dimension == weakest }.map { $0.programme.name[.id] }
        if !yearOne.isEmpty {
            #expect(strategies[0].programmes.first == Localizer(.id).horizon(.short) + ": " + CityReport.shortList(yearOne, Localizer(.id)).joined(separator: "; "))
        }
    }

    @Test("a long roadmap cell lists the first three programmes and counts the rest")
    func shortList() {
        let t = Localizer(.id)
        #expect(CityReport.shortList(["a", "b", "c", "d"], t) == ["a", "b", "c", "d"])
        #expect(CityReport.shortList(["a", "b", "c", "d", "e", "f"], t) == ["a", "b", "c", t(.bookMoreProgrammes, ["count": "3"])])
    }

    @Test("the cohort overview: counts, spread, top and bottom ten, dimension medians, all from the engine's numbers")
    func cohortOverview() throws {
        let result = try Bundled.engine.score(ReportTests.demo, method: ScoringMethod())
        let report = CohortReport(result: result, sensitivity: nil, provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: ["abc"]),
                                  catalogue: Bundled.catalogue)
        let words = ScoringWording.reader(.id, framework: Bundled.catalogue.framework)
        let o = report.overview(words)
        let n = NumberFormat.indonesian
        let ranked = result.order.filter { result.ranks[$0] != nil }
        #expect(o.top.map { $0[1] } == ranked.prefix(10).map { result.cities[$0].name })
        #expect(o.bottom.map { $0[1] } == ranked.suffix(10).map { result.cities[$0].name })
        #expect(o.top.first?[0] == "1" && o.bottom.last?[0] == n.integer(ranked.count))
        // A median computed here, by sorting: the middle two's mean for an even count.
        let indices = result.index.filter(\.isFinite).sorted()
        let median = indices.count % 2 == 1 ? indices[indices.count / 2] : (indices[indices.count / 2 - 1] + indices[indices.count / 2]) / 2
        #expect(o.paragraphs.contains { $0.contains(n.score(median)) })
        for (j, row) in o.dimensions.enumerated() {
            let scores = result.cities.indices.map { result.dimensionScores[$0, j] }.filter { !$0.isNaN }.sorted()
            let m = scores.count % 2 == 1 ? scores[scores.count / 2] : (scores[scores.count / 2 - 1] + scores[scores.count / 2]) / 2
            #expect(row[1] == n.score(m) && row[2].hasPrefix(n.score(scores.first!)) && row[3].hasPrefix(n.score(scores.last!)))
        }
        // Its own page, first, in the HTML.
        let doc = try ReportReader.parse(report.html(language: .id))
        #expect(doc.sectionClasses["ikhtisar"] == "overview")
        #expect(doc.headings.dropFirst().first?.text == Localizer(.id)(.overviewHeading))
    }
}
