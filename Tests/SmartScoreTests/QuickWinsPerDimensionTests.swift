import Foundation
import Testing
@testable import SmartScore

@Suite("Quick wins per dimension: services first, impact in real units, roadmap by priority")
struct QuickWinsPerDimensionTests {
    typealias P = QuickWinsTests

    /// Z.1: days to answer a complaint (lower is better, goalposts 30 → 2); Z.2 a share; both economy.
    /// Z.3 governance. One city: Z.1 = 16 days, Z.2 = 80, Z.3 = 70.
    func result(type: String = "kota") throws -> ScoreResult {
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1", polarity: .lowerBetter, worst: 30, best: 2), TinyCohort.indicator("local:Z.2"),
                        TinyCohort.indicator("local:Z.3", dimension: "governance", element: "public_services")]
        c.cities = TinyCohort.cities(1, type: type)
        c.rows = [[16, 80, 70]]
        return try Bundled.engine.score(c.matrix(), method: ScoringMethod())
    }

    /// A service that halves the complaint time's gap (effort 2), infrastructure that closes Z.2 (effort 1,
    /// higher priority), and a governance programme too long for a quick win.
    var programmes: [Programme] {
        [P.programme("eco-service", effects: [("local:Z.1", 0.5)], effort: 2),
         P.programme("eco-build", kind: .infrastructure, effects: [("local:Z.2", 1)], effort: 1),
         P.programme("gov-long", dimension: "governance", element: "public_services", effects: [("local:Z.3", 0.5)], months: 18)]
    }

    @Test("a pick's move in raw units, its dimension and index gains and its share of the gap, worked by hand")
    func pickByHand() throws {
        let result = try result()
        let model = try ImpactModel(programmes: programmes, result: result)
        let plan = CityPlan(model: model, city: 0, options: QuickWinOptions())
        // Z.1 scores 100 × (16 − 30)/(2 − 30) = 50; the gap is 50; closing half of it scores 75, which on the
        // goalposts is 30 + 0.75 × (2 − 30) = 9 days. Z.1 weighs 1/2 (economy) × 1/2 (of its element) = 1/4 of
        // the index: the index gains 1/4 × 0.5 × 50 = 6.25 points, economy 6.25 / (1/2) = 12.5 points.
        // The index is (economy (50 + 80)/2 = 65 + governance 70)/2 = 67.5, its gap 32.5: 6.25/32.5 = 5/26 closed.
        let economy = try #require(plan.picks.first { $0.dimension == "economy" })
        #expect(economy.picks.map(\.programme.id) == ["eco-service"] && !economy.infrastructureOnly)
        let detail = economy.details[0]
        let move = try #require(detail.moves.first)
        #expect(detail.moves.count == 1 && move.indicator.code == "local:Z.1")
        #expect(move.rawBefore == 16 && close(move.scoreBefore, 50) && close(move.scoreAfter, 75) && close(move.rawAfter, 9) && move.exact)
        #expect(close(detail.indexGain, 6.25) && close(detail.dimensionGain("economy"), 12.5) && close(detail.gapShare, 5.0 / 26))
        #expect(detail.dimensionGain("governance") == 0)
        // A second computation through the engine: score the city again with Z.1 at 9 days.
        var improved = result.input.values
        improved[0, 0] = try #require(move.rawAfter)
        let after = try Bundled.engine.score(IndicatorMatrix(year: 2021, cities: result.cities, indicators: result.indicators, values: improved),
                                             method: ScoringMethod())
        #expect(close(after.index[0] - result.index[0], detail.indexGain, tolerance: 1e-12))
        #expect(close(after.dimensionScores[0, after.dimensions.firstIndex(of: "economy")!] - result.dimensionScores[0, result.dimensions.firstIndex(of: "economy")!],
                      12.5, tolerance: 1e-12))
        // The words: Indonesian decimal comma, "±" before the model's value.
        // (Markdown, whose lines a terminal's width does not break.)
        let text = QuickWinsReport.city(plan, model: model, format: .md, language: .id)
        #expect(text.contains("local:Z.1: 16 → ±9%"))
        #expect(text.contains("indeks naik 6,25 poin (19,2% dari kesenjangan indeks daerah), skor Ekonomi Cerdas naik 12,50 poin"))
    }

    @Test("services come before infrastructure unless --prefer any; every dimension has a pick or a reason")
    func servicesFirstAndReasons() throws {
        let model = try ImpactModel(programmes: programmes, result: try result())
        let first = CityPlan(model: model, city: 0, options: QuickWinOptions())
        let economy = first.picks.first { $0.dimension == "economy" }!
        // eco-build has the higher priority (5 against 6.25/2 = 3.125) but builds; the service is chosen.
        #expect(economy.picks.map(\.programme.id) == ["eco-service"])
        let any = CityPlan(model: model, city: 0, options: QuickWinOptions(servicesFirst: false))
        #expect(any.picks.first { $0.dimension == "economy" }!.picks.map(\.programme.id) == ["eco-build"])
        let two = CityPlan(model: model, city: 0, options: QuickWinOptions(perDimension: 2))
        #expect(two.picks.first { $0.dimension == "economy" }!.picks.map(\.programme.id) == ["eco-service", "eco-build"])
        #expect(first.picks.map(\.dimension) == Framework.dimensionIDs)
        let reasons = Dictionary(uniqueKeysWithValues: first.picks.map { ($0.dimension, $0.reason) })
        #expect(reasons["governance"] == .noCandidate)     // its only programme takes 18 months
        for d in ["branding", "living", "society", "environment"] { #expect(reasons[d] == .noData) }
        // Only infrastructure lifts the city on Z.2 once the service is gone: the pick says it builds.
        let onlyBuild = CityPlan(model: try ImpactModel(programmes: [programmes[1]], result: try result()), city: 0, options: QuickWinOptions())
        #expect(onlyBuild.picks.first { $0.dimension == "economy" }!.infrastructureOnly)
        // A city already at the best on everything a candidate moves has no gap to close.
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.2"), TinyCohort.indicator("local:Z.3", dimension: "governance", element: "public_services")]
        c.cities = TinyCohort.cities(1)
        c.rows = [[100, 70]]
        let perfect = try Bundled.engine.score(c.matrix(), method: ScoringMethod())
        let noGap = CityPlan(model: try ImpactModel(programmes: [programmes[1]], result: perfect), city: 0, options: QuickWinOptions())
        #expect(noGap.picks.first { $0.dimension == "economy" }!.reason == .noGap)
    }

    @Test("a programme for cities only is not offered to a regency, and the output says how many were left out")
    func regionTypes() throws {
        let cityOnly = Programme(id: "eco-brt", name: .init(id: "BRT", en: "BRT"), dimension: "economy", element: "community_welfare",
                                 description: .init(id: "", en: ""), kind: .service, citizenFacing: true, regionTypes: [.kota],
                                 effects: [.init(indicator: "local:Z.1", effect: 0.9)], effort: 1, cost: (1, 2), months: 6, risk: .low, risks: [],
                                 owner: "Dishub", origin: SourceLocation(file: "test"))
        let forRegency = CityPlan(model: try ImpactModel(programmes: [cityOnly] + programmes, result: try result(type: "kabupaten")), city: 0,
                                  options: QuickWinOptions())
        #expect(!forRegency.entries.contains { $0.programme.id == "eco-brt" } && forRegency.unsuited.map(\.id) == ["eco-brt"])
        #expect(QuickWinsReport.city(forRegency, model: try ImpactModel(programmes: [cityOnly], result: try result(type: "kabupaten")),
                                     format: .table, language: .en).contains("1 programmes of the catalogue were left out because they do not suit a regency."))
        let forCity = CityPlan(model: try ImpactModel(programmes: [cityOnly] + programmes, result: try result()), city: 0, options: QuickWinOptions())
        #expect(forCity.picks.first { $0.dimension == "economy" }!.picks.first?.programme.id == "eco-brt")
    }

    @Test("year one: quick wins first, then by priority up to the cap and the budget; the rest wait for years 2–5")
    func roadmap() throws {
        var c = TinyCohort()
        c.indicators = (1...6).map { TinyCohort.indicator("local:Z.\($0)") }
        c.cities = TinyCohort.cities(1)
        c.rows = [[10, 20, 30, 40, 50, 60]]
        let result = try Bundled.engine.score(c.matrix(), method: ScoringMethod())
        // Six economy programmes of ≤ 12 months, the best-priority one builds; one with no gap to close.
        let list = [P.programme("eco-a", kind: .infrastructure, effects: [("local:Z.1", 0.9)], cost: 4e9),
                    P.programme("eco-b", effects: [("local:Z.2", 0.5)], cost: 1e9),
                    P.programme("eco-c", effects: [("local:Z.3", 0.5)], cost: 1e9),
                    P.programme("eco-d", effects: [("local:Z.4", 0.5)], cost: 1e9),
                    P.programme("eco-e", effects: [("local:Z.5", 0.5)], cost: 1e9, months: 24)]
        let model = try ImpactModel(programmes: list, result: result)
        let capped = CityPlan(model: model, city: 0, options: QuickWinOptions(yearOneMax: 2))
        // The quick win (the best service, eco-b) comes first even though eco-a has the higher priority.
        #expect(capped.roadmap[.short]!.map(\.programme.id) == ["eco-b", "eco-a"])
        #expect(capped.deferred.map(\.entry.programme.id) == ["eco-c", "eco-d"] && capped.deferred.allSatisfy { $0.reason == .yearOneFull })
        // Years 2–5 hold the deferred and the 24-month programme, by priority.
        #expect(capped.roadmap[.medium]!.map(\.programme.id) == ["eco-c", "eco-d", "eco-e"])
        let budget = CityPlan(model: model, city: 0, options: QuickWinOptions(budget: [.short: 2.5e9]))
        #expect(budget.roadmap[.short]!.map(\.programme.id) == ["eco-b", "eco-c"])
        #expect(budget.deferred.map(\.reason) == [.overBudget, .overBudget])
        // Year one together: the index gains what the engine says when the values move.
        let together = capped.yearOne
        #expect(close(together.indexGain, model.combinedGain(of: capped.roadmap[.short]!.map(\.index), city: 0)))
        let words = QuickWinsReport.city(capped, model: model, format: .table, language: .en)
        #expect(words.contains("No budget limit was applied (use --budget). Year one is capped at 2 programmes"))
        #expect(words.contains("eco-c (deferred from year one: year one is full)"))
    }

    @Test("on the demo cohort, Kota Palu has a pick or a reason on each of the six dimensions, and its moves hold in the engine")
    func demoCity() throws {
        let (model, result) = try demo()
        let c = try #require(result.cityIndex(code: "72.71"))
        let plan = CityPlan(model: model, city: c, options: QuickWinOptions())
        let json = QuickWinsReport.cityJSON(plan, model: model).serialized()
        let picks = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["picks"] as? [[String: Any]])
        #expect(picks.map { $0["dimension"] as? String } == Framework.dimensionIDs)
        for pick in picks { #expect(!((pick["quick_wins"] as? [Any]) ?? []).isEmpty || pick["reason"] is String) }
        // Every pick's values after, scored again by the engine, give the index gain the plan states.
        for dimension in plan.picks {
            for detail in dimension.details {
                var improved = result.input.values
                for move in detail.moves {
                    let i = result.indicators.firstIndex { $0.code == move.indicator.code }!
                    improved[c, i] = try #require(move.rawAfter)
                }
                let after = try Bundled.engine.score(IndicatorMatrix(year: result.year, cities: result.cities, indicators: result.indicators, values: improved),
                                                     method: ScoringMethod())
                #expect(close(after.index[c] - result.index[c], detail.indexGain, tolerance: 1e-9))
            }
        }
    }

    @Test("on the demo cohort, --all uses at least 25 programmes over the 100 cities and every dimension")
    func demoCohort() throws {
        let (model, _) = try demo()
        let view = CohortQuickWins(model: model, options: QuickWinOptions())
        let picks = view.cities.flatMap { $0.picks.flatMap(\.picks) }
        #expect(view.cities.count == 100)
        #expect(Set(picks.map(\.programme.id)).count >= 25)
        #expect(Set(picks.map(\.programme.dimension)) == Set(Framework.dimensionIDs))
        #expect(view.programmes.reduce(0) { $0 + $1.citiesServed } == picks.count)
        // The impacts through each dimension add up to the impact (the dimensions partition the indicators).
        for p in stride(from: 0, to: model.programmes.count, by: 7) {
            for c in stride(from: 0, to: 100, by: 9) {
                let parts = model.impactThroughDimension.reduce(0) { $0 + $1[p, c] }
                #expect(close(parts, model.impact[p, c], tolerance: 1e-12))
            }
        }
    }

    @Test("people's formats name programmes, never their ids (city and cohort, both languages)")
    func noIDsForPeople() throws {
        let (model, result) = try demo()
        let ids = model.programmes.map(\.id)
        let plan = CityPlan(model: model, city: result.cityIndex(code: "72.71")!, options: QuickWinOptions(perDimension: 2))
        let view = CohortQuickWins(model: model, options: QuickWinOptions())
        for language in Language.allCases {
            for format in [OutputFormat.table, .md] {
                let outputs = [QuickWinsReport.city(plan, model: model, format: format, language: language),
                               QuickWinsReport.cohort(view, format: format, language: language)]
                for output in outputs { #expect(!ids.contains { output.contains($0) }) }
            }
        }
        #expect(QuickWinsReport.city(plan, model: model, format: .json, language: .id).contains(plan.picks[0].picks[0].programme.id))
    }

    @Test("a value already the best a rank scale knows has no gap, though ties at the top score below 100")
    func rankTopHasNoGap() throws {
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1"), TinyCohort.indicator("local:Z.2")]
        c.cities = TinyCohort.cities(3)
        c.rows = [[100, 10], [100, 20], [50, 30]]
        let result = try Bundled.engine.score(c.matrix(), method: ScoringMethod(normalisation: .rank))
        // Cities 1 and 2 tie at the top of Z.1: mean rank 2.5 of 3 scores 75, not 100.
        #expect(close(result.indicatorScores[0, 0], 75) && close(result.indicatorScores[2, 0], 0))
        let model = try ImpactModel(programmes: [P.programme("eco-z1", effects: [("local:Z.1", 0.5)])], result: result)
        #expect(model.weightedGaps[0, 0] == 0 && model.weightedGaps[1, 0] == 0 && model.weightedGaps[2, 0] > 0)
        #expect(model.impact[0, 0] == 0 && model.impact[0, 2] > 0)
    }

    @Test("a dimension's quick win raises that dimension: a programme that moves only another dimension is not its pick")
    func ownDimension() throws {
        let elsewhere = P.programme("eco-elsewhere", effects: [("local:Z.3", 0.9)])     // an economy programme moving governance only
        let model = try ImpactModel(programmes: [elsewhere], result: try result())
        let plan = CityPlan(model: model, city: 0, options: QuickWinOptions())
        #expect(plan.entries.first?.impact ?? 0 > 0)
        #expect(plan.picks.first { $0.dimension == "economy" }!.reason == .noGap)
        let governance = try #require(try result().dimensions.firstIndex(of: "governance"))
        #expect(close(model.impact(of: 0, city: 0, throughDimension: governance), plan.entries[0].impact))
    }

    @Test("programmes no horizon's budget holds are listed, and said")
    func outOfBudget() throws {
        let model = try ImpactModel(programmes: programmes, result: try result())
        let plan = CityPlan(model: model, city: 0, options: QuickWinOptions(budget: [.short: 0, .medium: 0, .long: 0]))
        let planned = plan.roadmap.values.reduce(0) { $0 + $1.count }
        #expect(planned == 0)
        #expect(Set(plan.outOfBudget.map(\.programme.id)) == ["eco-service", "eco-build", "gov-long"])
        let text = QuickWinsReport.city(plan, model: model, format: .md, language: .en)
        #expect(text.contains("Left out of the roadmap as over budget (3 programmes): "))
        #expect(CityPlan(model: model, city: 0, options: QuickWinOptions()).outOfBudget.isEmpty)
    }

    @Test("a small move keeps the digits that show it; a typed budget is said back as typed; criteria round halves up")
    func numbersThatDoNotMislead() throws {
        let w = QuickWinsWording(t: Localizer(.id), framework: Bundled.catalogue.framework)
        let indicator = TinyCohort.indicator("local:Z.1")
        let move = ImpactDetail.Move(indicator: indicator, share: 0.01, scoreBefore: 4.09, scoreAfter: 4.0912, rawBefore: 4.09, rawAfter: 4.0912,
                                     exact: true, indexGain: 0.001)
        #expect(w.move(move) == "local:Z.1: 4,09 → ±4,091%")
        let id = NumberFormat.indonesian, en = NumberFormat.english
        #expect(id.rupiahAmount(1.5e6) == "Rp 1,5 jt" && id.rupiahAmount(2.25e9) == "Rp 2,25 M" && id.rupiahAmount(1_234_567) == "Rp 1.234.567")
        #expect(id.rupiahAmount(999.9e6) == "Rp 999.900.000" && en.rupiahAmount(3.5e6) == "IDR 3.5 mn" && id.rupiah(999.9e6) == "Rp 1,0 M")
        #expect(id.halfUp(2.775, digits: 2) == "2,78" && id.halfUp(2.525, digits: 2) == "2,53" && id.halfUp(37.6 / 12, digits: 2) == "3,13")
        #expect(id.points(0.0031) == "0,0031" && id.points(0.28) == "0,28" && id.points(0) == "0,00")
    }

    /// The demo cohort scored once for the suite (a debug build takes seconds per scoring).
    static let demoModel = Result { () throws -> (ImpactModel, ScoreResult) in
        let catalogue = try ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue)
        let result = try Bundled.engine.score(Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path),
                                              method: ScoringMethod())
        return (try ImpactModel(programmes: catalogue.programmes, result: result), result)
    }

    func demo() throws -> (ImpactModel, ScoreResult) { try Self.demoModel.get() }
}
