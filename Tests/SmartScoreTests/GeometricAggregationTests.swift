import Foundation
import Testing
@testable import SmartScore

/// Geometric aggregation on the demo cohort, checked against a plain loop written here from
/// Scoring/README.md §3 (not the engine's GEMM path): logs on [1, 100], weighted means per element,
/// read back on 0–100 and lifted again at each level.
@Suite("Geometric aggregation: a zero lowers but does not erase, and the engine matches a second computation")
struct GeometricAggregationTests {
    static let demo = try! Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)

    /// The weighted geometric mean on [1, 100] of the present (weight, score) pairs, on 0–100; nil if none.
    static func geometricMean(_ children: [(weight: Double, score: Double)]) -> Double? {
        let present = children.filter { !$0.score.isNaN }
        let total = present.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        let logMean = present.reduce(0) { $0 + $1.weight * log(1 + 0.99 * $1.score) } / total
        return (exp(logMean) - 1) / 0.99
    }

    @Test("no city with coverage of at least 50 % gets index 0 unless all its scores are 0; indices match the loop")
    func demoCohort() throws {
        let r = try Bundled.engine.score(Self.demo, method: ScoringMethod(aggregation: .geometric))
        let arithmetic = try Bundled.engine.score(Self.demo, method: ScoringMethod())
        #expect(r.rankedCount == arithmetic.rankedCount && r.rankedCount > 50)
        var zeros = 0, checked = 0
        for c in 0..<r.cities.count {
            let scores = (0..<r.indicators.count).map { r.indicatorScores[c, $0] }.filter { !$0.isNaN }
            if r.coverage[c] >= 0.5, r.index[c] == 0 { #expect(scores.allSatisfy { $0 == 0 }, "\(r.cities[c].name)") }
            if !r.index[c].isNaN, r.index[c] < 1e-9 { zeros += 1 }
            guard let rank = r.ranks[c] else { continue }
            // The second computation: element → dimension → index with equal weights, as loops.
            var dimensionScores: [Double] = []
            for d in r.dimensions {
                var elementScores: [(Double, Double)] = []
                for (e, element) in r.elements.enumerated() where element.dimension == d {
                    let children = r.indicators.indices.filter { r.indicators[$0].dimension == d && r.indicators[$0].element == element.element }
                        .map { (weight: 1.0, score: r.indicatorScores[c, $0]) }
                    let expected = Self.geometricMean(children) ?? .nan
                    #expect(expected.isNaN ? r.elementScores[c, e].isNaN : abs(r.elementScores[c, e] - expected) < 1e-9)
                    elementScores.append((1, expected))
                }
                dimensionScores.append(Self.geometricMean(elementScores) ?? .nan)
            }
            let expected = try #require(Self.geometricMean(dimensionScores.map { (1, $0) }))
            #expect(abs(r.index[c] - expected) < 1e-9, "\(r.cities[c].name): \(r.index[c]) vs \(expected)")
            #expect(r.index[c] <= arithmetic.index[c] + 1e-9)           // a geometric mean never exceeds the arithmetic one
            #expect(rank >= 1)
            checked += 1
        }
        #expect(zeros == 0 && checked == r.rankedCount)
        // Ties: the old rule (a zero erases) gave 39 of 100 cities index 0 and one shared rank.
        #expect(Set(r.ranks.compactMap { $0 }).count > r.rankedCount * 9 / 10)
    }
}
