import Foundation
import Testing
@testable import SmartScore

/// Strengths and weaknesses against peers: a minimum peer group, and a weaknesses list that is never
/// silently empty while something falls short.
@Suite("Peers: minimum peer group, weaknesses by bottom quartile or largest gaps")
struct PeerTests {
    typealias T = TinyCohort

    /// Two economy elements (community welfare, industry ecosystem) and `n` cities of one type.
    func cohort(_ rows: [[Double]]) throws -> ScoreResult {
        var c = T()
        c.indicators = [T.indicator("local:Z.1"), T.indicator("local:Z.2", element: "industry_ecosystem")]
        c.cities = T.cities(rows.count)
        c.rows = rows
        return try Bundled.engine.score(c.matrix(), method: ScoringMethod())
    }

    @Test("below the minimum peer group there are no percentiles, and it says how many peers there are")
    func minimumPeerGroup() throws {
        // Four cities of one type: each has 3 peers, fewer than the default 5.
        let r = try cohort([[10, 90], [20, 80], [30, 70], [40, 60]])
        let e = CityEvaluation(result: r, cityIndex: 0)
        #expect(!e.peersAvailable && e.peerCount == 3 && e.minimumPeers == 5)
        #expect(e.dimensionStandings.allSatisfy { $0.percentile == nil } && e.strengths.isEmpty)
        // City 1: community welfare 10 (gap 90), industry ecosystem 90 (gap 10): largest gap first.
        #expect(e.weaknessRule == .largestGaps && e.weaknesses.map(\.id) == ["economy/community_welfare", "economy/industry_ecosystem"])
        let text = EvaluateReport.render(e, format: .table, language: .id, catalogue: Bundled.catalogue)
        #expect(text.contains("Persentil tidak ditampilkan: hanya ada 3 kota lain dalam data, kurang dari batas minimum 5."))
        // With a minimum of 3 the percentiles are given: city 1's welfare 10 is below all 3 peers → 0.
        let three = CityEvaluation(result: r, cityIndex: 0, minimumPeers: 3)
        #expect(three.peersAvailable && three.elementStandings.first { $0.id == "economy/community_welfare" }?.percentile == 0)
        #expect(three.weaknessRule == .bottomQuartile && three.weaknesses.map(\.id).contains("economy/community_welfare"))
    }

    @Test("Kota Palu has no element in the bottom quartile: its weaknesses are its three largest element gaps, and the rule is named")
    func paluWeaknesses() throws {
        let demo = try Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)
        let r = try Bundled.engine.score(demo, method: ScoringMethod())
        let k = try #require(r.cityIndex(code: "72.71"))
        let e = CityEvaluation(result: r, cityIndex: k)
        #expect(e.peersAvailable && e.weaknessRule == .largestGaps && e.weaknesses.count == 3)
        // Independently: the elements by 100 − score, largest first.
        let byGap = r.elements.indices.filter { !r.elementScores[k, $0].isNaN }
            .sorted { r.elementScores[k, $0] < r.elementScores[k, $1] }.prefix(3)
            .map { "\(r.elements[$0].dimension)/\(r.elements[$0].element)" }
        #expect(e.weaknesses.map(\.id) == Array(byGap))
        let json = EvaluateReport.json(e).serialized()
        #expect(json.contains("\"weakness_rule\":\"largest_gaps\"") || json.contains("\"weakness_rule\": \"largest_gaps\""))
        let en = EvaluateReport.render(e, format: .md, language: .en, catalogue: Bundled.catalogue)
        #expect(en.contains("Weaknesses (no element is in the bottom quartile of peers, so the 3 elements furthest from target are shown):"))
        #expect(en.contains("\n- Public policy: 59.9 (percentile 49 among 59 other kota)"))
    }
}
