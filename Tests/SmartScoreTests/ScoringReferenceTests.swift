import Foundation
import Testing
@testable import SmartScore

/// The engine against an independent second computation: `scripts/reference_scoring.py`, a plain-Python
/// implementation of Scoring/README.md, run on the fixture cohort (Fixtures/scoring/README.md says which
/// row tests which rule, and works one city by hand).
@Suite("Scoring: the engine matches the independent Python reference on the fixture cohort")
struct ScoringReferenceTests {
    static let cases: [(file: String, method: ScoringMethod)] = [
        ("expected-goalpost-arithmetic.json", ScoringMethod()),
        ("expected-goalpost-geometric.json", ScoringMethod(aggregation: .geometric)),
        ("expected-minmax-arithmetic.json", ScoringMethod(normalisation: .minmax)),
        ("expected-zscore-arithmetic.json", ScoringMethod(normalisation: .zscore)),
        ("expected-rank-arithmetic.json", ScoringMethod(normalisation: .rank)),
        ("expected-goalpost-arithmetic-mincov0.75.json", ScoringMethod(minCoverage: 0.75)),
    ]

    @Test("every score, coverage, level, rank and effective weight agrees to 1e-9", arguments: cases.indices)
    func matchesReference(caseIndex: Int) throws {
        let (file, method) = Self.cases[caseIndex]
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: TestPaths.fixture("scoring/\(file)"))) as! [String: Any]
        let input = try Bundled.matrix(TestPaths.fixture("scoring/cohort.csv").path)
        let result = try Bundled.engine.score(input, method: method)

        #expect(result.indicators.map(\.code) == expected["in_scope"] as! [String])
        #expect(result.dimensions == expected["dimensions_in_scope"] as! [String])
        let cities = expected["cities"] as! [[String: Any]]
        #expect(result.order.map { result.cities[$0].code } == cities.map { $0["code"] as! String }, "display order")

        for want in cities {
            let code = want["code"] as! String
            let c = try #require(result.cityIndex(code: code))
            #expect(result.ranks[c] == want["rank"] as? Int, "\(code) rank")
            #expect(close(optional(result.index[c]), want["index"] as? Double), "\(code) index \(result.index[c])")
            #expect(result.level(ofIndex: c)?.predicate == want["level"] as? String, "\(code) level")
            #expect(close(result.coverage[c], want["coverage"] as? Double), "\(code) coverage")
            let dimensions = want["dimensions"] as! [String: Any]
            let coverage = want["dimension_coverage"] as! [String: Any]
            for (d, id) in result.dimensions.enumerated() {
                #expect(close(optional(result.dimensionScores[c, d]), dimensions[id] as? Double), "\(code) \(id)")
                #expect(close(result.dimensionCoverage[c, d], coverage[id] as? Double), "\(code) \(id) coverage")
            }
            let elements = want["elements"] as! [String: Any]
            for (e, pair) in result.elements.enumerated() {
                #expect(close(optional(result.elementScores[c, e]), elements["\(pair.dimension)/\(pair.element)"] as? Double),
                        "\(code) \(pair.dimension)/\(pair.element)")
            }
            let pillars = want["pillars"] as! [String: Any]
            for (p, id) in Framework.pillarIDs.enumerated() {
                #expect(close(optional(result.pillarScores[c, p]), pillars[id] as? Double), "\(code) pillar \(id)")
            }
            let scores = want["indicator_scores"] as! [String: Any]
            for (i, indicator) in result.indicators.enumerated() {
                #expect(close(optional(result.indicatorScores[c, i]), scores[indicator.code] as? Double), "\(code) \(indicator.code)")
            }
            if let weights = want["effective_weights"] as? [String: Any], let w = result.effectiveWeights {
                for (i, indicator) in result.indicators.enumerated() {
                    #expect(close(w[c, i], weights[indicator.code] as? Double), "\(code) weight \(indicator.code)")
                }
                // For arithmetic aggregation the index is the effective-weighted sum of indicator scores.
                let sum = (0..<result.indicators.count).reduce(0.0) { acc, i in
                    w[c, i] == 0 ? acc : acc + w[c, i] * result.indicatorScores[c, i]
                }
                #expect(close(sum, optional(result.index[c])), "\(code) Σ w·n")
            }
        }
    }

    @Test("the fixture exercises what its README says: a tie, a null index, coverage at 0.5, clamping")
    func fixtureCoversTheRules() throws {
        let result = try Bundled.engine.score(Bundled.matrix(TestPaths.fixture("scoring/cohort.csv").path), method: ScoringMethod())
        let pekalongan = result.cityIndex(code: "33.75")!, probolinggo = result.cityIndex(code: "35.74")!
        #expect(result.ranks[pekalongan] == 4 && result.ranks[probolinggo] == 4)
        #expect(result.ranks.compactMap { $0 }.sorted() == [1, 2, 3, 4, 4, 6])
        let ppu = result.cityIndex(code: "64.09")!
        #expect(result.ranks[ppu] == nil && result.index[ppu].isNaN)
        #expect(ScoringWording.machine.reasons(result.nullReasons[ppu])?.contains("branding coverage 25 %") == true)
        let makassar = result.cityIndex(code: "73.71")!, branding = result.dimensions.firstIndex(of: "branding")!
        #expect(result.dimensionCoverage[makassar, branding] == 0.5)
        #expect(!result.dimensionScores[makassar, branding].isNaN)
        #expect(result.order.last == ppu)
    }
}
