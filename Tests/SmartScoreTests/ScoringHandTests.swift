import Foundation
import Testing
@testable import SmartScore

/// Small cases worked by hand: each number in an expectation is computed in the comment beside it.
@Suite("Scoring: hand-computed normalisation, aggregation, coverage, ties, levels and gaps")
struct ScoringHandTests {
    typealias T = TinyCohort

    func normalise(_ x: [Double], _ method: ScoringMethod.Normalisation, polarity: Indicator.Polarity = .higherBetter,
                   worst: Double = 0, best: Double = 100) -> [Double] {
        Normaliser.normaliseColumn(x, indicator: T.indicator("local:Z.1", polarity: polarity, worst: worst, best: best), method: method)
    }

    @Test("goalpost: 100 × clamp((x − worst)/(best − worst)), both polarities")
    func goalpost() {
        // worst 10, best 60: 35 → 100·25/50 = 50; 70 → clamp 1.2 → 100; 0 → clamp −0.2 → 0; missing stays missing.
        let n = normalise([35, 70, 0, .nan], .goalpost, worst: 10, best: 60)
        #expect(n[0] == 50 && n[1] == 100 && n[2] == 0 && n[3].isNaN)
        // lower is better, worst 20, best 5: 8 → 100·(8 − 20)/(5 − 20) = 100·12/15 = 80; 25 → 0.
        let l = normalise([8, 25, 5], .goalpost, polarity: .lowerBetter, worst: 20, best: 5)
        #expect(abs(l[0] - 80) < 1e-12 && l[1] == 0 && l[2] == 100)
    }

    @Test("minmax: over the cohort, flipped for lower-is-better, a constant column scores 100")
    func minmax() {
        #expect(normalise([2, 4, 6, .nan], .minmax)[0...2] == [0, 50, 100])
        #expect(normalise([2, 4, 6], .minmax, polarity: .lowerBetter) == [100, 50, 0])
        #expect(normalise([5, 5, .nan], .minmax)[0...1] == [100, 100])
    }

    @Test("zscore: sample standard deviation, sign flipped for lower-is-better, constant or single value scores 0")
    func zscore() {
        // 2, 4, 6: mean 4, sample variance (4 + 0 + 4)/2 = 4, sd 2 → −1, 0, 1.
        #expect(normalise([2, 4, 6], .zscore) == [-1, 0, 1])
        #expect(normalise([2, 4, 6], .zscore, polarity: .lowerBetter) == [1, 0, -1])
        #expect(normalise([3, 3], .zscore) == [0, 0])
        #expect(normalise([.nan, 7], .zscore)[1] == 0)
    }

    @Test("rank: percentile of the mean rank, ties share it, one value scores 50")
    func rank() {
        // 10, 20, 20, 40 → ranks 1, 2.5, 2.5, 4 → 100·(r − 1)/3 = 0, 50, 50, 100.
        #expect(normalise([10, 20, 20, 40], .rank) == [0, 50, 50, 100])
        // lower is better: 10 is best → 100.
        #expect(normalise([10, 20, 40], .rank, polarity: .lowerBetter) == [100, 50, 0])
        #expect(normalise([.nan, 9], .rank)[1] == 50)
    }

    /// Two indicators in one element, a third in another element of the same dimension, and one
    /// indicator in each of the other five dimensions, so every dimension is in scope.
    func sixDimensionCohort(_ rows: [[Double]]) -> IndicatorMatrix {
        var c = T()
        c.indicators = [
            T.indicator("local:Z.1", dimension: "economy", element: "community_welfare"),
            T.indicator("local:Z.2", dimension: "economy", element: "community_welfare"),
            T.indicator("local:Z.3", dimension: "economy", element: "industry_ecosystem"),
            T.indicator("local:Z.4", dimension: "governance", element: "public_services", pillar: "suprastructure"),
            T.indicator("local:Z.5", dimension: "branding", element: "city_appearance", pillar: "infrastructure"),
            T.indicator("local:Z.6", dimension: "living", element: "health"),
            T.indicator("local:Z.7", dimension: "society", element: "security"),
            T.indicator("local:Z.8", dimension: "environment", element: "waste_management", pillar: "infrastructure"),
        ]
        c.cities = T.cities(rows.count)
        c.rows = rows
        return c.matrix()
    }

    @Test("arithmetic: missing values are left out and the rest renormalised, level by level")
    func arithmetic() throws {
        // City 1: community_welfare = mean(30, 60) = 45; industry_ecosystem = 90; economy = mean(45, 90) = 67.5.
        // City 2: Z.2 missing → community_welfare = 40; economy = mean(40, 80) = 60.
        // Index city 1 = mean(67.5, 50, 50, 50, 50, 50) = 317.5/6; city 2 = mean(60, 50, …) = 310/6.
        let m = sixDimensionCohort([[30, 60, 90, 50, 50, 50, 50, 50], [40, .nan, 80, 50, 50, 50, 50, 50]])
        let r = try Bundled.engine.score(m, method: ScoringMethod(minCoverage: 0))
        let economy = r.dimensions.firstIndex(of: "economy")!
        #expect(r.dimensionScores[0, economy] == 67.5)
        #expect(r.dimensionScores[1, economy] == 60)
        #expect(abs(r.index[0] - 317.5 / 6) < 1e-12 && abs(r.index[1] - 310.0 / 6) < 1e-12)
        // Pillars: structure = mean of Z.1, Z.2, Z.3, Z.6, Z.7 = (30 + 60 + 90 + 50 + 50)/5 = 56 for city 1.
        #expect(abs(r.pillarScores[0, 0] - 56) < 1e-12)
        // Effective weights of city 2: Z.1 carries its element (1/1) × half the dimension × 1/6.
        let w = try #require(r.effectiveWeights)
        #expect(abs(w[1, 0] - 1.0 / 12) < 1e-15 && w[1, 1] == 0 && abs(w[0, 0] - 1.0 / 24) < 1e-15)
    }

    @Test("geometric: a weighted geometric mean on [1, 100] read back on 0–100; a zero lowers but does not erase")
    func geometric() throws {
        // On [1, 100]: s' = 1 + 0.99 s. City 1: community_welfare' = √(25.75 · 100); economy' = √(welfare' · 50.5).
        // City 2: Z.1 = 0 → 1, so community_welfare' = √(1 · 100) = 10 → (10 − 1)/0.99 = 9.0909…, not 0;
        // economy' = √(10 · 50.5); the index' = (economy' · 50.5⁵)^(1/6). Each read back as (g' − 1)/0.99.
        let m = sixDimensionCohort([[25, 100, 50, 50, 50, 50, 50, 50], [0, 100, 50, 50, 50, 50, 50, 50], [0, 0, 0, 0, 0, 0, 0, 0]])
        let r = try Bundled.engine.score(m, method: ScoringMethod(aggregation: .geometric, minCoverage: 0))
        let economy = r.dimensions.firstIndex(of: "economy")!
        let welfare = r.elements.firstIndex { $0.dimension == "economy" && $0.element == "community_welfare" }!
        func back(_ g: Double) -> Double { (g - 1) / 0.99 }
        let welfare1 = (25.75 * 100.0).squareRoot(), economy1 = (welfare1 * 50.5).squareRoot()
        #expect(abs(r.elementScores[0, welfare] - back(welfare1)) < 1e-12)
        #expect(abs(r.dimensionScores[0, economy] - back(economy1)) < 1e-12)
        #expect(abs(r.index[0] - back(pow(economy1 * pow(50.5, 5), 1.0 / 6))) < 1e-12)
        let economy2 = (10 * 50.5).squareRoot()
        #expect(abs(r.elementScores[1, welfare] - 9 / 0.99) < 1e-12)
        #expect(abs(r.dimensionScores[1, economy] - back(economy2)) < 1e-12)
        #expect(abs(r.index[1] - back(pow(economy2 * pow(50.5, 5), 1.0 / 6))) < 1e-12)
        #expect(r.index[1] > 40)                                  // one zero lowers the index, it does not erase it
        #expect(abs(r.index[2]) < 1e-12)                          // all zeros: 0
        #expect(r.effectiveWeights == nil)
    }

    @Test("coverage: a dimension under the minimum is null, and so is the index, with the reason")
    func coverageRule() throws {
        // Economy has 3 in-scope indicators; city 2 has 1 of them: coverage 1/3 < 0.5 → null.
        let m = sixDimensionCohort([[30, 60, 90, 50, 50, 50, 50, 50], [30, .nan, .nan, 50, 50, 50, 50, 50]])
        let r = try Bundled.engine.score(m, method: ScoringMethod())
        let economy = r.dimensions.firstIndex(of: "economy")!
        #expect(abs(r.dimensionCoverage[1, economy] - 1.0 / 3) < 1e-15)
        #expect(r.dimensionScores[1, economy].isNaN && r.index[1].isNaN && r.ranks[1] == nil)
        #expect(r.nullReasons[1] == [.coverageBelowMinimum(dimension: "economy", coverage: 1.0 / 3, minimum: 0.5)])
        #expect(ScoringWording.machine.reasons(r.nullReasons[1]) == "economy coverage 33 % is below 50 %")
        #expect(abs(r.coverage[1] - 6.0 / 8) < 1e-15)
        // The same city passes with a lower minimum.
        let relaxed = try Bundled.engine.score(m, method: ScoringMethod(minCoverage: 1.0 / 3))
        #expect(!relaxed.index[1].isNaN)
    }

    @Test("a dimension with no in-scope indicator is left out of the index, with a warning")
    func dimensionOutOfScope() throws {
        var c = T()
        c.indicators = [T.indicator("local:Z.1", dimension: "economy"), T.indicator("local:Z.2", dimension: "living", element: "health")]
        c.cities = T.cities(1)
        c.rows = [[40, 80]]
        let r = try Bundled.engine.score(c.matrix(), method: ScoringMethod())
        #expect(r.dimensions == ["economy", "living"])
        #expect(r.index[0] == 60)
        #expect(r.warnings.count == 4 && r.warnings[0] == .dimensionOutOfScope(dimension: "governance"))
        #expect(ScoringWording.machine.warning(r.warnings[0]) == "dimension governance has no in-scope indicator in the data and is left out of the index")
    }

    @Test("ranks: within 1e-9 share the lower number and the next skips; ties listed by code; nulls last")
    func ranking() {
        let (ranks, order) = Ranking.rank([80, 70, 70 + 5e-10, .nan, 60], codes: ["a", "c", "b", "0", "d"])
        #expect(ranks == [1, 2, 2, nil, 4])
        #expect(order == [0, 2, 1, 4, 3])
        let (apart, _) = Ranking.rank([70, 70 + 2e-9], codes: ["a", "b"])
        #expect(apart == [2, 1])
    }

    @Test("levels: the SPBE bands at their edges")
    func levels() {
        let bands = LevelBands.spbe
        #expect(bands.level(35.999) == .kurang && bands.level(36) == .cukup && bands.level(51.9) == .cukup)
        #expect(bands.level(52) == .baik && bands.level(70) == .sangatBaik && bands.level(83.99) == .sangatBaik)
        #expect(bands.level(84).predicate == "Memuaskan" && ScoringWording.reader(.en, framework: Bundled.catalogue.framework).level(bands.level(100)) == "Excellent")
    }

    @Test("gaps: 100 − score by default; a raw-unit target is normalised like a value")
    func gaps() throws {
        // Z.1 worst 0 best 100: value 40 → score 40; default gap 60. Raw target 70 → score target 70 → gap 30.
        let m = sixDimensionCohort([[40, 60, 90, 50, 50, 50, 50, 50]])
        let plain = try Bundled.engine.score(m, method: ScoringMethod())
        #expect(plain.gap(score: plain.indicatorScores[0, 0], target: plain.indicatorTargets[0]) == 60)
        let targeted = try Bundled.engine.score(m, method: ScoringMethod(targets: Targets(name: "t", indicators: ["local:Z.1": 70], dimensions: ["economy": 80])))
        #expect(targeted.indicatorTargets[0] == 70)
        #expect(targeted.gap(score: 40, target: targeted.indicatorTargets[0]) == 30)
        #expect(targeted.dimensionTargets[targeted.dimensions.firstIndex(of: "economy")!] == 80)
        #expect(plain.gap(score: 120) == 0)
    }

    @Test("z-scores have no levels or gaps, and refuse geometric aggregation")
    func zscoreUnbounded() throws {
        let m = sixDimensionCohort([[30, 60, 90, 50, 50, 50, 50, 50], [40, 50, 80, 50, 50, 50, 50, 60]])
        let r = try Bundled.engine.score(m, method: ScoringMethod(normalisation: .zscore))
        #expect(r.level(ofIndex: 0) == nil && r.gap(score: r.index[0]) == nil)
        #expect(throws: InputError.self) { try Bundled.engine.score(m, method: ScoringMethod(normalisation: .zscore, aggregation: .geometric)) }
    }

    @Test("winsorising: a skewed, heavy-tailed column has its extreme value pulled in")
    func winsorise() {
        // 20 values of 1…20 and one outlier at 1000: skew > 2 and kurtosis > 3.5 → the outlier becomes 20.
        var column = (1...20).map(Double.init) + [1000]
        let replaced = Winsoriser.treat(&column, polarity: .higherBetter)
        #expect(replaced >= 1 && column.max()! <= 20)
        var flat = [1.0, 2, 3, 4, 5, 6]
        #expect(Winsoriser.treat(&flat, polarity: .higherBetter) == 0)
    }
}
