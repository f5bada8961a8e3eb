import PropertyBased
import Testing
@testable import SmartScore

/// Properties that hold for any cohort: each check draws a seed and builds a random cohort from it.
@Suite("Scoring: properties on random cohorts")
struct ScoringPropertyTests {
    /// A random cohort: 12 indicators over all six dimensions (both polarities), 8 cities, ~15 % missing.
    static func cohort(seed: Int) -> IndicatorMatrix {
        var g = SeededGenerator(seed: UInt64(seed))
        let fw = Bundled.catalogue.framework
        var c = TinyCohort()
        for k in 0..<12 {
            let d = fw.dimensions[k % 6]
            let lower = k % 3 == 2
            c.indicators.append(TinyCohort.indicator("local:Z.\(k + 1)", dimension: d.id, element: d.elements[k % 2].id,
                                                     pillar: Framework.pillarIDs[k % 3], polarity: lower ? .lowerBetter : .higherBetter,
                                                     worst: lower ? 90 : 10, best: lower ? 10 : 90))
        }
        c.cities = TinyCohort.cities(8)
        c.rows = (0..<8).map { _ in (0..<12).map { _ in g.nextUniform() < 0.15 ? .nan : 100 * g.nextUniform() } }
        return c.matrix()
    }

    static let methods: [ScoringMethod] = [
        ScoringMethod(minCoverage: 0), ScoringMethod(aggregation: .geometric, minCoverage: 0),
        ScoringMethod(normalisation: .minmax, minCoverage: 0), ScoringMethod(normalisation: .rank, minCoverage: 0),
    ]

    @Test("raising one indicator of one city (in its good direction) never lowers that city's index", arguments: methods.indices)
    func monotone(methodIndex: Int) async {
        let method = Self.methods[methodIndex]
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...7), Gen.int(in: 0...11)) { seed, city, indicator in
            let base = Self.cohort(seed: seed)
            guard !base.values[city, indicator].isNaN else { return }
            var raised = base.values
            let step = 5 + Double(seed % 20)
            raised[city, indicator] += base.indicators[indicator].polarity == .lowerBetter ? -step : step
            let before = try! Bundled.engine.score(base, method: method)
            let after = try! Bundled.engine.score(IndicatorMatrix(year: 2021, cities: base.cities, indicators: base.indicators, values: raised), method: method)
            if !before.index[city].isNaN {
                #expect(after.index[city] >= before.index[city] - 1e-9)
            }
            for d in 0..<before.dimensions.count where !before.dimensionScores[city, d].isNaN {
                #expect(after.dimensionScores[city, d] >= before.dimensionScores[city, d] - 1e-9)
            }
        }
    }

    @Test("permuting cities or indicators in the input changes no result", arguments: methods.indices)
    func permutation(methodIndex: Int) async {
        let method = Self.methods[methodIndex]
        await propertyCheck(count: 30, input: Gen.int(in: 0...1_000_000)) { seed in
            let base = Self.cohort(seed: seed)
            var g = SeededGenerator(seed: UInt64(seed) &+ 1)
            let rowOrder = Array(0..<base.cities.count).shuffled(using: &g)
            let columnOrder = Array(0..<base.indicators.count).shuffled(using: &g)
            let permuted = IndicatorMatrix(year: 2021, cities: rowOrder.map { base.cities[$0] },
                                           indicators: columnOrder.map { base.indicators[$0] },
                                           values: base.values.selectingRows(rowOrder).selectingColumns(columnOrder))
            let a = try! Bundled.engine.score(base, method: method)
            let b = try! Bundled.engine.score(permuted, method: method)
            #expect(a.order.map { a.cities[$0].code } == b.order.map { b.cities[$0].code })
            for (k, city) in base.cities.enumerated() {
                let j = b.cityIndex(code: city.code)!
                #expect(a.ranks[k] == b.ranks[j])
                #expect(close(optional(a.index[k]), optional(b.index[j]), tolerance: 1e-12))
                for d in 0..<a.dimensions.count {
                    #expect(close(optional(a.dimensionScores[k, d]), optional(b.dimensionScores[j, d]), tolerance: 1e-12))
                }
                for (i, indicator) in base.indicators.enumerated() {
                    let i2 = b.indicators.firstIndex { $0.code == indicator.code }!
                    #expect(close(optional(a.indicatorScores[k, i]), optional(b.indicatorScores[j, i2]), tolerance: 1e-12))
                }
            }
        }
    }

    @Test("with equal weights every level is the plain mean of the level below")
    func equalWeightsArePlainMeans() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...1_000_000)) { seed in
            let m = Self.cohort(seed: seed)
            let r = try! Bundled.engine.score(m, method: ScoringMethod(minCoverage: 0))
            func mean(_ xs: [Double]) -> Double? {
                let present = xs.filter { !$0.isNaN }
                return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
            }
            for c in 0..<m.cities.count {
                for (e, pair) in r.elements.enumerated() {
                    let members = m.indicators.indices.filter { m.indicators[$0].dimension == pair.dimension && m.indicators[$0].element == pair.element }
                    #expect(close(optional(r.elementScores[c, e]), mean(members.map { r.indicatorScores[c, $0] }), tolerance: 1e-12))
                }
                for (d, id) in r.dimensions.enumerated() {
                    let members = r.elements.indices.filter { r.elements[$0].dimension == id }
                    #expect(close(optional(r.dimensionScores[c, d]), mean(members.map { r.elementScores[c, $0] }), tolerance: 1e-12))
                }
                if !r.index[c].isNaN {
                    #expect(close(r.index[c], mean(r.dimensions.indices.map { r.dimensionScores[c, $0] }), tolerance: 1e-12))
                }
            }
        }
    }

    @Test("the same input gives the same bytes of JSON")
    func deterministic() throws {
        let m = Self.cohort(seed: 42)
        let a = RankReport.render(try Bundled.engine.score(m, method: ScoringMethod()), format: .json, language: .en)
        let b = RankReport.render(try Bundled.engine.score(m, method: ScoringMethod()), format: .json, language: .en)
        #expect(a == b)
    }
}
