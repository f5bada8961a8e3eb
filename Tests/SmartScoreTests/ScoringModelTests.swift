import Foundation
import Testing
@testable import SmartScore

/// Fit, then apply: one fitted model scores several years on one scale. Every expected number is
/// worked by hand in the comment beside it.
@Suite("Scoring model: fitted once, applied to any year on the same scale")
struct ScoringModelTests {
    typealias T = TinyCohort

    /// Two economy indicators (one higher-is-better, one lower-is-better), three cities, two years.
    /// Kota A's raw values are the same in both years; B and C change.
    static let up = T.indicator("local:Z.1", worst: 0, best: 100)
    static let down = T.indicator("local:Z.2", polarity: .lowerBetter, worst: 20, best: 0)
    static let catalogue = Catalogue(framework: Bundled.catalogue.framework, indicators: [up, down])
    static let cities = T.cities(3)

    static func panel() -> IndicatorPanel {
        var batch = ObservationBatch()
        // 2020: Z.1 = 50, 10, 90; Z.2 = 5, 9, 1.   2021: Z.1 = 50, 30, 110; Z.2 = 5, 0, 3.
        let values: [Int: [[Double]]] = [2020: [[50, 5], [10, 9], [90, 1]], 2021: [[50, 5], [30, 0], [110, 3]]]
        for (year, rows) in values.sorted(by: { $0.key < $1.key }) {
            for (k, row) in rows.enumerated() {
                batch.add(city: cities[k], indicator: up.code, year: year, value: row[0])
                batch.add(city: cities[k], indicator: down.code, year: year, value: row[1])
            }
        }
        return IndicatorPanel(batch: batch, catalogue: catalogue)
    }

    @Test("min-max fitted on 2020 and applied to 2021: an unchanged city keeps its score, the others move on the 2020 scale")
    func minmaxAcrossYears() throws {
        let panel = Self.panel()
        let model = try ScoringModel.fit(ScoringMethod(normalisation: .minmax, minCoverage: 0), reference: panel.matrix(year: 2020),
                                         framework: Self.catalogue.framework)
        #expect(model.referenceYear == 2020)
        #expect(model.scales[0].kind == .minmax(min: 10, max: 90) && model.scales[1].kind == .minmax(min: 1, max: 9))
        let y2020 = try model.apply(to: panel.matrix(year: 2020))
        let y2021 = try model.apply(to: panel.matrix(year: 2021))
        // 2020, A: Z.1 100·(50 − 10)/80 = 50; Z.2 (lower is better) 100·(9 − 5)/8 = 50; index (50 + 50)/2 = 50.
        #expect(y2020.indicatorScores[0, 0] == 50 && y2020.indicatorScores[0, 1] == 50 && y2020.index[0] == 50)
        // 2021, A: the same raw values on the same scale: the same scores, bit for bit.
        #expect(y2021.indicatorScores[0, 0] == 50 && y2021.indicatorScores[0, 1] == 50 && y2021.index[0] == y2020.index[0])
        // 2021, B: Z.1 100·(30 − 10)/80 = 25; Z.2 = 0 is better than the 2020 best 1, so it scores as 1: 100; index 62.5.
        #expect(y2021.indicatorScores[1, 0] == 25 && y2021.indicatorScores[1, 1] == 100 && y2021.index[1] == 62.5)
        // 2021, C: Z.1 = 110 beyond the 2020 best 90: 100; Z.2 100·(9 − 3)/8 = 75; index 87.5.
        #expect(y2021.indicatorScores[2, 0] == 100 && y2021.indicatorScores[2, 1] == 75 && y2021.index[2] == 87.5)
        #expect(y2021.year == 2021 && y2021.referenceYear == 2020)

        // Each year on its own scale would move A although A did not change: 2021 Z.1 spans 30–110, so
        // A's 50 scores 100·(50 − 30)/80 = 25 there.
        let own = try Bundled.engine.score(panel.matrix(year: 2021), method: ScoringMethod(normalisation: .minmax, minCoverage: 0))
        #expect(own.indicatorScores[0, 0] == 25 && own.index[0] != y2020.index[0])
    }

    @Test("rank and z-score scales are frozen too: a value between reference values takes the rank it would share")
    func rankAndZScoreScales() throws {
        let panel = Self.panel()
        let reference = try panel.matrix(year: 2020)
        let rank = try ScoringModel.fit(ScoringMethod(normalisation: .rank, minCoverage: 0), reference: reference, framework: Self.catalogue.framework)
        let y2021 = try rank.apply(to: panel.matrix(year: 2021))
        // Z.1 reference 10, 50, 90 (m = 3). 50 ties with the reference 50: mean rank 2 → 100·(2 − 1)/2 = 50.
        // 30 lies between 10 and 50: one worse value, no equal one, rank 1 + 1/2 = 1.5 → 25. 110 is above all: rank 3.5,
        // held at 3 → 100.
        #expect(y2021.indicatorScores[0, 0] == 50 && y2021.indicatorScores[1, 0] == 25 && y2021.indicatorScores[2, 0] == 100)
        let z = try ScoringModel.fit(ScoringMethod(normalisation: .zscore, minCoverage: 0), reference: reference, framework: Self.catalogue.framework)
        // Z.1 reference mean 50, sample sd √((1600 + 0 + 1600)/2) = 40: 2021's 30 → −0.5, 110 → 1.5.
        let zy = try z.apply(to: panel.matrix(year: 2021))
        #expect(zy.indicatorScores[1, 0] == -0.5 && zy.indicatorScores[2, 0] == 1.5)
    }

    @Test("an indicator the reference year lacks is left out with a warning; one the scored year lacks lowers coverage")
    func differentIndicatorSets() throws {
        var batch = ObservationBatch()
        for (k, city) in Self.cities.enumerated() {
            batch.add(city: city, indicator: Self.up.code, year: 2020, value: Double(10 + 40 * k))
            batch.add(city: city, indicator: Self.down.code, year: 2021, value: Double(1 + 4 * k))
        }
        let panel = IndicatorPanel(batch: batch, catalogue: Self.catalogue)
        let model = try ScoringModel.fit(ScoringMethod(minCoverage: 0), reference: panel.matrix(year: 2020), framework: Self.catalogue.framework)
        #expect(model.indicators.map(\.code) == [Self.up.code])
        let y2021 = try model.apply(to: panel.matrix(year: 2021))
        #expect(y2021.indicators.map(\.code) == [Self.up.code])
        #expect(y2021.warnings.contains(.indicatorsOutsideModel(year: 2021, referenceYear: 2020, codes: [Self.down.code])))
        // Z.1 has no value in 2021: every city's coverage is 0 and no index is computed.
        #expect(y2021.coverage == [0, 0, 0] && y2021.index.allSatisfy(\.isNaN))
        #expect(ScoringWording.machine.warning(y2021.warnings.last!) ==
                "1 indicator(s) with values in 2021 were not in scope in the reference year 2020 and are left out: local:Z.2")
    }

    @Test("a model fitted on the demo cohort scores it as direct formulas do: min-max and mean-rank percentiles, column by column")
    func fittedScalesMatchDirectFormulas() throws {
        let demo = try Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)
        let framework = Bundled.catalogue.framework
        let minmax = try ScoringModel.fit(ScoringMethod(normalisation: .minmax), reference: demo, framework: framework).apply(to: demo)
        let rank = try ScoringModel.fit(ScoringMethod(normalisation: .rank), reference: demo, framework: framework).apply(to: demo)
        for (j, indicator) in demo.indicators.enumerated() {
            let column = demo.values.column(j), present = column.filter { !$0.isNaN }
            let lo = present.min()!, hi = present.max()!, lower = indicator.polarity == .lowerBetter
            for (i, x) in column.enumerated() where !x.isNaN {
                // min-max: 100 (x − min)/(max − min), flipped for lower-is-better; a constant column scores 100.
                let want = hi == lo ? 100 : (lower ? 100 * (hi - x) / (hi - lo) : 100 * (x - lo) / (hi - lo))
                #expect(abs(minmax.indicatorScores[i, j] - want) <= 1e-12, "\(indicator.code) minmax")
                // rank: worse values + (equal values + 1)/2, as a percentile over m − 1.
                let worse = Double(present.filter { lower ? $0 > x : $0 < x }.count), equal = Double(present.filter { $0 == x }.count)
                let r = worse + (equal + 1) / 2
                let wantRank = present.count == 1 ? 50 : 100 * (r - 1) / Double(present.count - 1)
                #expect(abs(rank.indicatorScores[i, j] - wantRank) <= 1e-12, "\(indicator.code) rank")
            }
        }
    }

    @Test("winsorising bounds only the tail it treated; a constant min-max reference scores every value 100")
    func winsorisedTailsAndConstantColumns() throws {
        var batch = ObservationBatch()
        let cities = T.cities(8)
        // 2020: one high outlier (100) among 1…7: the upper tail is pulled in, the lower one is not.
        for (k, x) in [1.0, 2, 3, 4, 5, 6, 7, 100].enumerated() { batch.add(city: cities[k], indicator: Self.up.code, year: 2020, value: x) }
        // 2021: city 1 falls far below anything seen in 2020; city 8 stays far above.
        for (k, x) in [-1000.0, 2, 3, 4, 5, 6, 7, 500].enumerated() { batch.add(city: cities[k], indicator: Self.up.code, year: 2021, value: x) }
        // A constant column: every 2020 value is 9000.
        for k in 0..<8 { batch.add(city: cities[k], indicator: Self.down.code, year: 2020, value: 9000) }
        for (k, x) in [8000.0, 8500, 9000, 9500, 9000, 9000, 9000, 9000].enumerated() { batch.add(city: cities[k], indicator: Self.down.code, year: 2021, value: x) }
        let panel = IndicatorPanel(batch: batch, catalogue: Self.catalogue)
        let framework = Self.catalogue.framework
        let z = try ScoringModel.fit(ScoringMethod(normalisation: .zscore, minCoverage: 0, winsorise: true), reference: panel.matrix(year: 2020), framework: framework)
        let bounds = try #require(z.scales[0].winsorBounds)
        #expect(bounds.lower == nil && bounds.upper != nil && bounds.upper! < 100)
        guard case let .zscore(mean, sd) = z.scales[0].kind else { Issue.record("not a z-score scale"); return }
        let y2021 = try z.apply(to: panel.matrix(year: 2021))
        // Below: not held at the treated column's minimum; (−1000 − mean)/sd. Above: held at the treated maximum.
        #expect(y2021.indicatorScores[0, 0] == (-1000 - mean) / sd)
        #expect(y2021.indicatorScores[7, 0] == (bounds.upper! - mean) / sd)
        let minmax = try ScoringModel.fit(ScoringMethod(normalisation: .minmax, minCoverage: 0), reference: panel.matrix(year: 2020), framework: framework)
        let m2021 = try minmax.apply(to: panel.matrix(year: 2021))
        #expect(m2021.indicatorScores.column(1) == Array(repeating: 100, count: 8))
    }

    @Test("targets: a raw-unit target beyond the scale is held at its end on every bounded scale; dimension targets move the index gap")
    func targetsRule() throws {
        let panel = Self.panel()
        let reference = try panel.matrix(year: 2020)
        let framework = Self.catalogue.framework
        // Z.1 in 2020 spans 10–90: a target of 200 is beyond the best value, held at 90 → 100 (it was 237.5 unheld);
        // a target of 50 → 50. Z.2 (lower is better, 1–9): a target of −5 is beyond the best → 100.
        let targets = Targets(name: "t", indicators: [Self.up.code: 200, Self.down.code: -5], dimensions: ["economy": 80])
        let minmax = try ScoringModel.fit(ScoringMethod(normalisation: .minmax, minCoverage: 0, targets: targets), reference: reference, framework: framework)
        #expect(minmax.indicatorTargets == [100, 100])
        let rank = try ScoringModel.fit(ScoringMethod(normalisation: .rank, minCoverage: 0, targets: targets), reference: reference, framework: framework)
        #expect(rank.indicatorTargets == [100, 100])
        let goalpost = try ScoringModel.fit(ScoringMethod(minCoverage: 0, targets: targets), reference: reference, framework: framework)
        #expect(goalpost.indicatorTargets == [100, 100])
        // One dimension in scope (economy, target 80): the index target is 80, and A's index 50 has a gap of 30.
        let r = try minmax.apply(to: reference)
        #expect(minmax.indexTarget == 80 && r.index[0] == 50 && r.indexGap(0) == 30)
        // C's 2020 index is (100 + 100)/2 = 100, above the target: gap 0.
        #expect(r.indexGap(2) == 0)
    }
}
