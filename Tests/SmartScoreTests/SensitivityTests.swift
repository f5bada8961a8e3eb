import Foundation
import Testing
@testable import SmartScore

@Suite("Sensitivity: exact runs, zero perturbation, Sobol indices of a known model, thread independence")
struct SensitivityTests {
    static let fixture = try! Bundled.matrix(TestPaths.fixture("scoring/cohort.csv").path)

    /// One scenario through the block evaluator, for the nominal result's ranked cities.
    func evaluate(_ scenario: Scenario, nominal r: ScoreResult) throws -> [Double] {
        let h = r.model.hierarchy
        let ranked = r.order.filter { r.ranks[$0] != nil }
        let v = try ScoreVariant(key: scenario.variantKey, raw: r.input.values, indicators: r.indicators,
                                 cityTypes: r.cities.map(\.type), rows: ranked, hierarchy: h,
                                 perIndicatorWeights: scenario.indicatorMultipliers != nil)
        return try BlockEvaluator.indexScores([scenario], variant: v, hierarchy: h)
    }

    func nominalScenario(_ r: ScoreResult) -> Scenario {
        let h = r.model.hierarchy
        return Scenario(normalisation: r.method.normalisation, aggregation: r.method.aggregation, impute: false, drop: nil,
                        elementWeights: Array(repeating: 1, count: h.elements.count), dimensionWeights: Array(repeating: 1, count: h.dimensions.count))
    }

    func ranked(_ r: ScoreResult) -> [Int] { r.order.filter { r.ranks[$0] != nil } }

    @Test("a run with the nominal choices reproduces the engine's index, both aggregations", arguments: [ScoringMethod.Aggregation.arithmetic, .geometric])
    func nominalRunIsExact(aggregation: ScoringMethod.Aggregation) throws {
        let r = try Bundled.engine.score(Self.fixture, method: ScoringMethod(aggregation: aggregation))
        let got = try evaluate(nominalScenario(r), nominal: r)
        for (k, c) in ranked(r).enumerated() { #expect(close(got[k], r.index[c], tolerance: 1e-12)) }
    }

    @Test("dropping an indicator equals scoring without that column", arguments: [ScoringMethod.Aggregation.arithmetic, .geometric])
    func dropIsExact(aggregation: ScoringMethod.Aggregation) throws {
        let r = try Bundled.engine.score(Self.fixture, method: ScoringMethod(aggregation: aggregation, minCoverage: 0))
        for i in [0, 5, 11, r.indicators.count - 1] {
            var scenario = nominalScenario(r)
            scenario.drop = i
            let got = try evaluate(scenario, nominal: r)
            let keep = r.indicators.indices.filter { $0 != i }
            let without = IndicatorMatrix(year: 2021, cities: r.cities, indicators: keep.map { r.indicators[$0] },
                                          values: r.input.values.selectingColumns(keep))
            let want = try Bundled.engine.score(without, method: ScoringMethod(aggregation: aggregation, minCoverage: 0))
            for (k, c) in ranked(r).enumerated() where want.dimensions.count == r.dimensions.count {
                #expect(close(optional(got[k]), optional(want.index[c]), tolerance: 1e-9), "drop \(r.indicators[i].code), city \(r.cities[c].code)")
            }
        }
    }

    @Test("perturbed weights equal the engine with those weights; imputation equals scoring the imputed data")
    func weightsAndImputation() throws {
        let r = try Bundled.engine.score(Self.fixture, method: ScoringMethod(minCoverage: 0))
        let h = r.model.hierarchy
        var scenario = nominalScenario(r)
        scenario.elementWeights = h.elements.indices.map { 0.8 + 0.05 * Double($0 % 7) }
        scenario.dimensionWeights = [1.2, 0.9, 1.1, 0.75, 1.0, 1.25].prefix(h.dimensions.count).map { $0 }
        var set = WeightSet(kind: .file, name: "t")
        for (e, pair) in h.elements.enumerated() { set.elements["\(pair.dimension)/\(pair.element)"] = scenario.elementWeights[e] }
        for (d, id) in h.dimensions.enumerated() { set.dimensions[id] = scenario.dimensionWeights[d] }
        let want = try Bundled.engine.score(Self.fixture, method: ScoringMethod(weights: set, minCoverage: 0))
        let got = try evaluate(scenario, nominal: r)
        for (k, c) in ranked(r).enumerated() { #expect(close(got[k], want.index[c], tolerance: 1e-12)) }

        var imputed = nominalScenario(r)
        imputed.impute = true
        let rows = ranked(r)
        let filled = ScoreVariant.imputePeerMedians(r.input.values.selectingRows(rows), types: rows.map { r.cities[$0].type })
        #expect(!filled.hasMissing)
        let wantImputed = try Bundled.engine.score(IndicatorMatrix(year: 2021, cities: rows.map { r.cities[$0] }, indicators: r.indicators, values: filled),
                                                   method: ScoringMethod(minCoverage: 0))
        let gotImputed = try evaluate(imputed, nominal: r)
        for k in rows.indices { #expect(close(gotImputed[k], wantImputed.index[k], tolerance: 1e-12)) }
    }

    @Test("perturbed indicator weights (with a dropped indicator too) equal the engine with those weights, both aggregations",
          arguments: [ScoringMethod.Aggregation.arithmetic, .geometric])
    func indicatorWeights(aggregation: ScoringMethod.Aggregation) throws {
        let r = try Bundled.engine.score(Self.fixture, method: ScoringMethod(aggregation: aggregation, minCoverage: 0))
        var scenario = nominalScenario(r)
        let multipliers = r.indicators.indices.map { 0.75 + 0.5 * Double(($0 * 7) % 11) / 10 }
        scenario.indicatorMultipliers = multipliers
        scenario.elementWeights = r.model.hierarchy.elements.indices.map { 0.9 + 0.03 * Double($0 % 5) }
        // The second computation: the engine with a weights file of those indicator and element weights.
        var set = WeightSet(kind: .file, name: "t")
        for (i, indicator) in r.indicators.enumerated() { set.indicators[indicator.code] = multipliers[i] }
        for (e, pair) in r.model.hierarchy.elements.enumerated() { set.elements["\(pair.dimension)/\(pair.element)"] = scenario.elementWeights[e] }
        let want = try Bundled.engine.score(Self.fixture, method: ScoringMethod(aggregation: aggregation, weights: set, minCoverage: 0))
        let got = try evaluate(scenario, nominal: r)
        for (k, c) in ranked(r).enumerated() { #expect(close(got[k], want.index[c], tolerance: 1e-12), "city \(r.cities[c].code)") }

        // And with an indicator dropped in the same run: its weight 0, as scoring without its column.
        let i = 5
        scenario.drop = i
        set.indicators[r.indicators[i].code] = 0
        let keep = r.indicators.indices.filter { $0 != i }
        let without = IndicatorMatrix(year: 2021, cities: r.cities, indicators: keep.map { r.indicators[$0] },
                                      values: r.input.values.selectingColumns(keep))
        set.indicators.removeValue(forKey: r.indicators[i].code)
        let wantDropped = try Bundled.engine.score(without, method: ScoringMethod(aggregation: aggregation, weights: set, minCoverage: 0))
        let gotDropped = try evaluate(scenario, nominal: r)
        for (k, c) in ranked(r).enumerated() where wantDropped.dimensions.count == r.dimensions.count {
            #expect(close(optional(gotDropped[k]), optional(wantDropped.index[c]), tolerance: 1e-9), "city \(r.cities[c].code)")
        }
    }

    @Test("zero perturbation gives every run the nominal ranks")
    func zeroPerturbation() throws {
        let r = try Bundled.engine.score(Self.fixture, method: ScoringMethod())
        for options in [SensitivityOptions(inputs: [], samples: 50, indices: false),
                        SensitivityOptions(inputs: [.weights], weightSpread: 0, samples: 60),
                        SensitivityOptions(inputs: [.indicatorWeights, .weights], weightSpread: 0, samples: 80)] {
            let s = try SensitivityAnalysis.run(r, options: options)
            #expect(s.meanRankShift == 0)
            for city in s.cities {
                #expect(city.medianRank == Double(city.nominalRank) && city.rankP05 == city.medianRank && city.rankP95 == city.medianRank)
                #expect(close(city.scoreMean, city.nominalScore, tolerance: 1e-12) && city.scoreSD < 1e-9)
            }
        }
    }

    @Test("the estimators recover the Sobol indices of an additive model: S_j = S_Tj = a_j² / Σ a²")
    func additiveModel() {
        // Y = 4 X1 + 2 X2 + 1 X3 + 0 X4, X ~ U(0, 1): variances a²/12, so S = 16/21, 4/21, 1/21, 0.
        let a = [4.0, 2, 1, 0]
        let design = SaltelliDesign(groupSizes: [1, 1, 1, 1], baseSamples: 20_000, seed: 11)
        let y = (0..<design.runCount).map { r in zip(a, design.run(r)).reduce(0) { $0 + $1.0 * $1.1 } }
        let indices = design.indices(outputs: y, seed: 1)
        let want = a.map { $0 * $0 / 21 }
        for (j, index) in indices.enumerated() {
            #expect(abs(index.firstOrder - want[j]) < 0.03, "S_\(j + 1) = \(index.firstOrder), want \(want[j])")
            #expect(abs(index.total - want[j]) < 0.03, "S_T\(j + 1) = \(index.total), want \(want[j])")
        }
        // A group of two inputs: Y = X1 + X2 + X3 with groups {X1, X2}, {X3}: S = 2/3, 1/3.
        let grouped = SaltelliDesign(groupSizes: [2, 1], baseSamples: 20_000, seed: 12)
        let yg = (0..<grouped.runCount).map { grouped.run($0).reduce(0, +) }
        let ig = grouped.indices(outputs: yg, seed: 1)
        #expect(abs(ig[0].total - 2.0 / 3) < 0.03 && abs(ig[1].firstOrder - 1.0 / 3) < 0.03)
    }

    @Test("results are the same bytes for 1 and 2 threads")
    func threadIndependent() throws {
        let demo = try Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)
        let r = try Bundled.engine.score(demo, method: ScoringMethod())
        var one = SensitivityOptions(samples: 210, seed: 5, threads: 1)
        one.blockBytes = 40_000          // many small blocks, so two workers really share them
        var two = one
        two.threads = 2
        let a = try SensitivityAnalysis.run(r, options: one), b = try SensitivityAnalysis.run(r, options: two)
        let ja = SensitivityReport.render(a, format: .json, language: .en), jb = SensitivityReport.render(b, format: .json, language: .en)
        #expect(ja == jb)
        #expect(a.meanRankShift > 0 && a.indices.count == 5)
        #expect(a.cities.allSatisfy { $0.rankP05 <= $0.medianRank && $0.medianRank <= $0.rankP95 })
    }
}
