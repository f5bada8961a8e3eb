import Foundation
import PropertyBased
import Testing
@testable import SmartScore

@Suite("Quick wins: impact, quadrants, roadmap within budget, risks")
struct QuickWinsTests {
    static func programme(_ id: String, dimension: String = "economy", element: String = "community_welfare", kind: Programme.Kind = .service,
                          effects: [(String, Double)], effort: Int = 1, cost: Double = 1e9, months: Int = 6) -> Programme {
        Programme(id: id, name: LocalizedText(id: id, en: id), dimension: dimension, element: element, description: LocalizedText(id: "", en: ""),
                  kind: kind, citizenFacing: true,
                  effects: effects.map { .init(indicator: $0.0, effect: $0.1) }, effort: effort, cost: (cost / 2, cost), months: months,
                  risk: .low, risks: [.init(risk: LocalizedText(id: "r", en: "r"), likelihood: .low, impact: .medium,
                                            mitigation: LocalizedText(id: "m", en: "m"))],
                  owner: "Bappeda", origin: SourceLocation(file: "test"))
    }

    /// Two economy indicators in one element, one governance indicator: two dimensions in scope.
    func cohort(_ rows: [[Double]]) -> IndicatorMatrix {
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1"), TinyCohort.indicator("local:Z.2"),
                        TinyCohort.indicator("local:Z.3", dimension: "governance", element: "public_services")]
        c.cities = TinyCohort.cities(rows.count)
        c.rows = rows
        return c.matrix()
    }

    @Test("impact equals Σ effect × effective weight × gap, worked by hand")
    func impactByHand() throws {
        // City 1: Z.1 = 40, Z.2 = 80, Z.3 = 70. Weights: Z.1 and Z.2 each 1/2 × 1/2 = 1/4; Z.3 1/2.
        // Gaps: 60, 20, 30. Programme A closes 50 % of Z.1 and 10 % of Z.3:
        // impact = 0.5 × 1/4 × 60 + 0.1 × 1/2 × 30 = 7.5 + 1.5 = 9 index points.
        // Programme B closes 100 % of Z.2: 1/4 × 20 = 5. Effort 2 for A: priority 4.5; B effort 1: priority 5.
        let result = try Bundled.engine.score(cohort([[40, 80, 70]]), method: ScoringMethod())
        let a = Self.programme("eco-a", effects: [("local:Z.1", 0.5), ("local:Z.3", 0.1)], effort: 2)
        let b = Self.programme("eco-b", effects: [("local:Z.2", 1)])
        let model = try ImpactModel(programmes: [a, b], result: result)
        #expect(abs(model.impact[0, 0] - 9) < 1e-12 && abs(model.impact[1, 0] - 5) < 1e-12)
        let plan = CityPlan(model: model, city: 0, options: QuickWinOptions())
        #expect(plan.entries.map(\.programme.id) == ["eco-b", "eco-a"])
        #expect(abs(plan.entries[1].priority - 4.5) < 1e-12)
        // Adding both closes what each closes: they share no indicator, so the gain is 9 + 5 = 14,
        // exactly what the index would gain (the index is linear in the indicator scores).
        #expect(abs(plan.gains[.short]! - 14) < 1e-12)
        var improved = result.input.values
        improved[0, 0] = 40 + 0.5 * 60; improved[0, 1] = 100; improved[0, 2] = 70 + 0.1 * 30
        let after = try Bundled.engine.score(IndicatorMatrix(year: 2021, cities: result.cities, indicators: result.indicators, values: improved), method: ScoringMethod())
        #expect(abs(after.index[0] - result.index[0] - 14) < 1e-12)
    }

    @Test("two programmes on one indicator close 1 − (1 − a)(1 − b) of its gap together")
    func combinedGain() throws {
        let result = try Bundled.engine.score(cohort([[40, 80, 70]]), method: ScoringMethod())
        let model = try ImpactModel(programmes: [Self.programme("eco-a", effects: [("local:Z.1", 0.5)]),
                                                 Self.programme("eco-b", effects: [("local:Z.1", 0.5)])], result: result)
        // Each alone: 0.5 × 1/4 × 60 = 7.5; together 0.75 × 15 = 11.25, not 15.
        #expect(abs(model.combinedGain(of: [0, 1], city: 0) - 11.25) < 1e-12)
    }

    @Test("a programme on indicators with no gap has zero impact; a city at 100 everywhere gets no quick wins")
    func noGapNoImpact() throws {
        let result = try Bundled.engine.score(cohort([[100, 100, 100], [40, 100, 70]]), method: ScoringMethod())
        let onZ2 = Self.programme("eco-z2", effects: [("local:Z.2", 0.8)])
        let onZ1 = Self.programme("eco-z1", effects: [("local:Z.1", 0.8)])
        let model = try ImpactModel(programmes: [onZ2, onZ1], result: result)
        #expect(model.impact[0, 0] == 0 && model.impact[0, 1] == 0)
        let perfect = CityPlan(model: model, city: 0, options: QuickWinOptions())
        #expect(perfect.quickWins.isEmpty && perfect.roadmap.values.allSatisfy(\.isEmpty) && perfect.risks.isEmpty)
        #expect(perfect.gains.values.allSatisfy { $0 == 0 })
        let other = CityPlan(model: model, city: 1, options: QuickWinOptions())
        #expect(other.quickWins.map(\.programme.id) == ["eco-z1"])
    }

    @Test("quadrants follow the thresholds: impact ≥ threshold is high, effort ≤ low-effort is low")
    func quadrants() throws {
        let result = try Bundled.engine.score(cohort([[40, 80, 70]]), method: ScoringMethod())
        let model = try ImpactModel(programmes: [
            Self.programme("eco-big-easy", effects: [("local:Z.1", 0.5)], effort: 1),
            Self.programme("eco-big-hard", effects: [("local:Z.1", 0.5)], effort: 4),
            Self.programme("eco-small-easy", effects: [("local:Z.2", 0.1)], effort: 2),
            Self.programme("eco-small-hard", effects: [("local:Z.2", 0.1)], effort: 3),
        ], result: result)
        let plan = CityPlan(model: model, city: 0, options: QuickWinOptions(impactThreshold: 1))
        let quadrant = Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.programme.id, $0.quadrant) })
        #expect(quadrant == ["eco-big-easy": .quickWin, "eco-big-hard": .majorProject, "eco-small-easy": .fillIn, "eco-small-hard": .thankless])
        // With the default threshold (the median positive impact, here (7.5 + 0.5)/2 = 4) the result is the same.
        #expect(CityPlan(model: model, city: 0, options: QuickWinOptions()).impactThreshold == 4)
    }

    @Test("the roadmap never exceeds a horizon's budget, for any budget")
    func budgetNeverExceeded() async throws {
        let catalogue = try ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue)
        let result = try Bundled.engine.score(Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path),
                                              method: ScoringMethod())
        let model = try ImpactModel(programmes: catalogue.programmes, result: result)
        await propertyCheck(count: 50, input: Gen.int(in: 0..<result.cities.count), Gen.double(in: 0...5e10)) { c, budget in
            let plan = CityPlan(model: model, city: c, options: QuickWinOptions(budget: [.short: budget, .medium: budget * 3, .long: budget * 10]))
            for (h, limit) in [(Horizon.short, budget), (.medium, budget * 3), (.long, budget * 10)] {
                #expect(plan.roadmap[h]!.reduce(0) { $0 + $1.programme.cost.max } <= limit)
                // Years 2–5 also hold the ≤ 12-month programmes that did not fit in year one.
                let deferred = Set(plan.deferred.map(\.entry.programme.id))
                #expect(plan.roadmap[h]!.allSatisfy { ($0.programme.horizon == h || h == .medium && deferred.contains($0.programme.id)) && $0.impact > 0 })
            }
            #expect(plan.risks.count == plan.roadmap[.short]!.reduce(0) { $0 + $1.programme.risks.count })
        }
    }

    @Test("the bundled programme catalogue loads: ≥ 40 programmes over all six dimensions")
    func bundledCatalogue() throws {
        let catalogue = try ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue)
        #expect(catalogue.programmes.count >= 40)
        #expect(Set(catalogue.programmes.map(\.dimension)) == Set(Framework.dimensionIDs))
        #expect(catalogue.programmes.contains { $0.horizon == .short } && catalogue.programmes.contains { $0.horizon == .long })
    }

    /// A valid programme entry, for tests that break it one way at a time (here and in HardeningTests).
    static let entry = """
      - id: eco-test
        name: {id: Uji, en: Test}
        dimension: economy
        element: community_welfare
        kind: service
        citizen_facing: true
        description: {id: Uji, en: Test}
        effects:
          - {indicator: "37120:5.1", effect: 0.3}
        effort: 2
        cost: {min: 1000000, max: 2000000}
        months: 6
        risk: low
        risks: []
        owner: Bappeda

    """

    /// The error loading `programmes:` + `body` gives, or nil when it loads.
    static func programmeError(_ body: String) throws -> InputError? {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("p.yaml").path
        try ("programmes:\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
        do { _ = try ProgrammeCatalogue.load(path: path, catalogue: Bundled.catalogue); return nil } catch let e as InputError { return e }
    }

    @Test("a broken programme file is refused at the line at fault")
    func brokenProgrammes() throws {
        // One valid entry (`Self.entry`), broken one way at a time.
        let entry = Self.entry
        func error(_ body: String) throws -> InputError? { try Self.programmeError(body) }
        #expect(try error(entry) == nil)
        let unknown = try error(entry.replacingOccurrences(of: "37120:5.1", with: "37120:5.l"))
        #expect(unknown?.message == "unknown indicator code '37120:5.l'" && unknown?.location?.line == 10)
        #expect(try error(entry.replacingOccurrences(of: "effect: 0.3", with: "effect: 1.5"))?.message == "an effect is the share of the gap closed, in (0, 1]; found 1.5")
        #expect(try error(entry.replacingOccurrences(of: "37120:5.1", with: "37120:P.1"))?.message.contains("is not scored") == true)
        #expect(try error(entry.replacingOccurrences(of: "effort: 2", with: "effort: 7"))?.message == "effort is 1 (light) to 5 (heavy); found 7")
        #expect(try error(entry.replacingOccurrences(of: "min: 1000000", with: "min: 3000000"))?.message.hasPrefix("the cost of programme eco-test needs 0 < min ≤ max") == true)
        #expect(try error(entry.replacingOccurrences(of: "id: eco-test", with: "id: gov-test"))?.message == "programme id 'gov-test' must be kebab-case and start with 'eco-' (its dimension)")
        #expect(try error(entry + entry)?.message == "duplicate programme id 'eco-test'")
        #expect(try error(entry.replacingOccurrences(of: "element: community_welfare", with: "element: health"))?.message
                == "'health' is not an element of the economy dimension")
        #expect(try error(entry.replacingOccurrences(of: "kind: service", with: "kind: building"))?.message == "'building' is not a programme kind")
        #expect(try error(entry.replacingOccurrences(of: "citizen_facing: true", with: "citizen_facing: yes"))?.message == "'yes' is not true or false")
        #expect(try error(entry.replacingOccurrences(of: "owner: Bappeda", with: "owner: Bappeda\n    regions: [desa]"))?.message == "'desa' is not a region type")
        #expect(try error(entry.replacingOccurrences(of: "owner: Bappeda", with: "owner: Bappeda\n    regions: []"))?.message.hasPrefix("regions must not be empty") == true)
        let url = try error(entry.replacingOccurrences(of: "owner: Bappeda", with: "owner: Bappeda\n    idea_source: {name: LAPOR, url: www.lapor.go.id}"))
        #expect(url?.message == "'www.lapor.go.id' is not a web address (it must start with https:// or http://)" && url?.location?.line == 17)
        #expect(try error(entry.replacingOccurrences(of: "owner: Bappeda", with: "owner: Bappeda\n    idea_source: {name: LAPOR, url: \"https://www.lapor.go.id\"}")) == nil)
    }

    @Test("quick wins refuse geometric aggregation and z-scores, naming the flag")
    func refusals() throws {
        let m = cohort([[40, 80, 70]])
        let geometric = try Bundled.engine.score(m, method: ScoringMethod(aggregation: .geometric))
        #expect(throws: InputError.self) { try ImpactModel(programmes: [], result: geometric) }
        let z = try Bundled.engine.score(m, method: ScoringMethod(normalisation: .zscore))
        #expect(throws: InputError.self) { try ImpactModel(programmes: [], result: z) }
    }
}
