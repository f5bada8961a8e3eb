import Foundation
import Testing
@testable import SmartScore

/// The ministry's evaluation computed as the ministry computes it (shared/reference/evaluation.md §6): Kabupaten
/// Malang's question scores give every printed component mean and the final 2.9406; the published 2023 table
/// is reproduced to 0.005 on all 130 rows and the 2022 table to 0.013; ties, ranks, quartiles and the rank
/// correlation are checked against second computations written out here.
@Suite("Evaluation scoring: Malang 2023/2022 by hand, the published tables, ties, quartiles, Spearman")
struct AssessmentScoringTests {
    static let rubric2023 = try! Rubric.bundled(edition: 2023, in: TestPaths.indicators, catalogue: Bundled.catalogue)
    static let rubric2022 = try! Rubric.bundled(edition: 2022, in: TestPaths.indicators, catalogue: Bundled.catalogue)
    static func path(_ relative: String) -> String { TestPaths.root.appendingPathComponent(relative).path }
    static let shared2023 = TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/data/kominfo_evaluation_2023.csv").path
    static let table2023 = path("datasets/evaluation/kominfo_evaluation_2023.csv")
    static let table2022 = path("datasets/evaluation/kominfo_evaluation_2022.csv")

    static func ranking(_ file: String, _ rubric: Rubric) throws -> AssessmentRanking {
        AssessmentRanking(rubric: rubric, regions: try PublishedResults.read(file, rubric: rubric, registry: Bundled.regions).regions, file: file)
    }

    static func malang2023() throws -> RegionScore {
        let group = try #require(rubric2023.group("kppn_ikn"))
        let sheet = try SelfAssessment.read(sheet: path("datasets/examples/assessment/kab_malang_2023.csv"), survey: nil, rubric: rubric2023, group: group)
        return AssessmentScoring.score(sheet, rubric: rubric2023, group: group, code: "35.07", name: "Kabupaten Malang")
    }

    @Test("Kabupaten Malang 2023 from its 117 question scores: every component mean and the final 2.9406")
    func malang2023Worked() throws {
        let region = try Self.malang2023()
        // The sums of the printed question scores (evaluation.md §6.1), divided by the question counts.
        let expected: [(String, Double, Int)] = [("baseline", 18.0, 5), ("output", 16.0, 7), ("outcome", 112.4, 33),
                                                 ("impact", 151.8, 54), ("quick_wins", 37.6, 12), ("collaboration", 15.2, 6)]
        for (id, sum, count) in expected {
            let component = try #require(region.component(id))
            #expect(component.questions == count, "\(id)")
            #expect(abs(component.score - sum / Double(count)) < 1e-9, "\(id): \(component.score)")
        }
        // The printed Rata-rata rows: 3,60 2,29 3,41 2,81 3,13 2,53.
        #expect(region.components.map { Self.rubric2023.printed($0.score) } == [3.60, 2.29, 3.41, 2.81, 3.13, 2.53])
        // A second computation of the final, with the KPPN&IKN weights written out.
        let final = 0.1 * 18.0 / 5 + 0.2 * 16.0 / 7 + 0.2 * 112.4 / 33 + 0.2 * 151.8 / 54 + 0.2 * 37.6 / 12 + 0.1 * 15.2 / 6
        let computed = try #require(region.final)
        #expect(abs(computed - final) < 1e-12)
        #expect(abs(computed - 2.9406) < 0.00005, "\(computed)")
        #expect(Self.rubric2023.printed(computed) == 2.94)
    }

    @Test("Kabupaten Malang 2022 from its 59 question scores: 1.40, 1.5357, 2.9194, 2.5625, 3.0833 and 2.5042 (printed 2.51, §8)")
    func malang2022Worked() throws {
        let group = Self.rubric2022.groups[0]
        let sheet = try SelfAssessment.read(sheet: Self.path("datasets/examples/assessment/kab_malang_2022.csv"), survey: nil, rubric: Self.rubric2022, group: group)
        let region = AssessmentScoring.score(sheet, rubric: Self.rubric2022, group: group, code: "35.07", name: "Kabupaten Malang")
        let sums: [Double] = [7.0, 10.75, 90.5, 10.25, 37.0], counts = [5, 7, 31, 4, 12]
        for (k, c) in region.components.enumerated() {
            #expect(c.questions == counts[k])
            #expect(abs(c.score - sums[k] / Double(counts[k])) < 1e-9, "\(c.component.id)")
        }
        let final = 0.1 * 1.4 + 0.2 * 10.75 / 7 + 0.3 * 90.5 / 31 + 0.1 * 2.5625 + 0.3 * 37.0 / 12
        #expect(abs((region.final ?? 0) - final) < 1e-12)
        #expect(abs((region.final ?? 0) - 2.5042) < 0.00005)
    }

    @Test("The 2023 published table: all 130 finals within 0.005, the published rounding reproduced, ranks consistent with the printed finals")
    func published2023() throws {
        for file in [Self.shared2023, Self.table2023] where FileManager.default.fileExists(atPath: file) {
            let ranking = try Self.ranking(file, Self.rubric2023)
            #expect(ranking.entries.count == 130)
            #expect(ranking.entries.filter { $0.region.group.id == "reguler" }.count == 72)
            #expect(ranking.entries.filter { $0.region.group.id == "kppn_ikn" }.count == 58)
            for e in ranking.entries {
                let printed = try #require(e.region.printedFinal)
                #expect(abs(e.final - printed) <= 0.005 + 1e-9, "\(e.region.name): \(e.final) vs \(printed)")
                #expect(e.shown == printed, "\(e.region.name)")
            }
            // A better printed final never ranks below a worse one; equal printed finals share a rank.
            for a in ranking.entries {
                for b in ranking.entries where a.region.printedFinal! > b.region.printedFinal! {
                    #expect(a.rank < b.rank, "\(a.region.name) \(b.region.name)")
                }
                for b in ranking.entries where a.region.printedFinal! == b.region.printedFinal! { #expect(a.rank == b.rank) }
            }
            #expect(ranking.outsideTolerance.isEmpty)
        }
        // Our copy lists the 11 regions that did not take part: listed, never ranked.
        let ours = try Self.ranking(Self.table2023, Self.rubric2023)
        #expect(ours.nonParticipants.count == 11)
        #expect(ours.nonParticipants.map(\.name).contains("KAB. DAIRI"))
    }

    @Test("The 2022 published table: all 38 finals within 0.013 (the document's own gap), 4 non-participants unranked")
    func published2022() throws {
        let ranking = try Self.ranking(Self.table2022, Self.rubric2022)
        #expect(ranking.entries.count == 38)
        #expect(ranking.nonParticipants.map(\.name) == ["KAB. HALMAHERA TIMUR", "KAB. KUTAI BARAT", "KAB. NGADA", "KAB. WAKATOBI"])
        let largest = try #require(ranking.largestDifference)
        #expect(largest <= 0.013 + 1e-9)
        #expect(largest > 0.012, "the README's largest gap is KAB. LOMBOK UTARA's 0.013")
        let lombok = try #require(ranking.entry("52.08"))
        #expect(abs(lombok.final - 2.527) < 1e-9)
        #expect(ranking.outsideTolerance.isEmpty)
        // Malang: 12th of 38 in the ministry's printed order, tied with KAB. MANGGARAI TIMUR at 2.51 (§7); on the
        // recomputed finals (2.504 → 2.50 against 2.511) it is 13th, and the ranking says so.
        let malang = try #require(ranking.entry("35.07"))
        let manggarai = try #require(ranking.entries.first { $0.region.name == "KAB. MANGGARAI TIMUR" })
        #expect(malang.printedRank == 12 && manggarai.printedRank == 12)
        #expect(malang.rank == 13 && manggarai.rank == 12)
        #expect(ranking.rankedDifferentlyWhenPrinted.contains { $0.region.code == "35.07" })
        // In 2023 every final is reproduced, so the two orders agree.
        #expect(try Self.ranking(Self.table2023, Self.rubric2023).rankedDifferentlyWhenPrinted.isEmpty)
    }

    @Test("Test vectors of §9: each weighted sum to 3 decimals")
    func testVectors() throws {
        let cases: [(edition: Int, group: String, scores: [Double], expected: Double)] = [
            (2023, "reguler", [3.52, 2.97, 3.08, 3.14, 2.35], 2.968), (2023, "reguler", [3.96, 3.89, 3.68, 3.77, 3.98], 3.828),
            (2023, "kppn_ikn", [4, 3.8, 3.68, 3.13, 3.7, 3], 3.562), (2023, "kppn_ikn", [1.92, 1.63, 2.29, 2.8, 1.73, 0], 1.882),
            (2023, "kppn_ikn", [3.6, 2.29, 3.41, 2.81, 3.13, 2.53], 2.941), (2022, "kppn_ikn", [3.3, 2.96, 3.27, 2.94, 3.21], 3.160),
            (2022, "kppn_ikn", [2.45, 2.07, 3.11, 3.69, 3.02], 2.867),
        ]
        for c in cases {
            let rubric = c.edition == 2023 ? Self.rubric2023 : Self.rubric2022
            let group = try #require(rubric.group(c.group))
            let components = zip(rubric.components(of: group), c.scores).map {
                ComponentScore(component: $0.component, weight: $0.weight, score: $1, questions: nil)
            }
            #expect(abs(AssessmentScoring.final(components) - c.expected) < 0.0005, "\(c)")
        }
        // A Kolaborasi of 0 stays in the sum: KAB. BUTON's 1.882, not the 2.09 a renormalised sum would give.
        let group = try #require(Self.rubric2023.group("kppn_ikn"))
        let buton = zip(Self.rubric2023.components(of: group), [1.92, 1.63, 2.29, 2.8, 1.73, 0]).map {
            ComponentScore(component: $0.component, weight: $0.weight, score: $1, questions: nil)
        }
        #expect(Self.rubric2023.printed(AssessmentScoring.final(buton)) == 1.88)
        #expect(abs(AssessmentScoring.final(buton) / 0.9 - 2.09) < 0.005, "the renormalised figure the ministry did not use")
    }

    @Test("Ties: Kabupaten Malang 2023 is 64th of 130 with KOTA PEKANBARU, and 22nd of 58 KPPN&IKN (evaluation.md §7)")
    func malangRank() throws {
        let ranking = try Self.ranking(Self.table2023, Self.rubric2023)
        let malang = try #require(ranking.entry("35.07"))
        let pekanbaru = try #require(ranking.entries.first { $0.region.name == "KOTA PEKANBARU" })
        #expect(malang.rank == 64 && pekanbaru.rank == 64 && malang.tiedWith == 2)
        #expect(malang.groupRank == 22 && malang.groupSize == 58)
        // The next rank after a two-way tie skips one (competition ranking, 1 2 2 4).
        let next = try #require(ranking.entries.first { $0.rank > 64 })
        #expect(next.rank == 66)
        // The region's own sheet in place of its row gives the same place.
        let report = AssessmentRanking(rubric: Self.rubric2023, regions: try PublishedResults.read(Self.table2023, rubric: Self.rubric2023, registry: Bundled.regions)
            .regions.filter { $0.code != "35.07" } + [try Self.malang2023()])
        #expect(report.entries.first { $0.region.code == "35.07" }?.rank == 64)
    }

    @Test("Improvement 2022 → 2023: the 32 regions in both, each within the two documents' rounding of the printed value")
    func improvement() throws {
        let comparison = AssessmentComparison(earlier: try Self.ranking(Self.table2022, Self.rubric2022), later: try Self.ranking(Self.table2023, Self.rubric2023))
        #expect(comparison.matched.count == 32)
        #expect(comparison.tolerance == 0.010)
        for row in comparison.matched {
            let printed = try #require(row.printedImprovement, "\(row.name)")
            let recomputed = try #require(row.improvement)
            // Second computation: later minus earlier weighted sums, from the rows themselves.
            #expect(abs(recomputed - ((row.later?.final ?? 0) - (row.earlier?.final ?? 0))) < 1e-12)
            #expect(abs(recomputed - printed) <= 0.010, "\(row.name): \(recomputed) vs \(printed)")
        }
        let malang = try #require(comparison.matched.first { $0.code == "35.07" })
        #expect(abs((malang.improvement ?? 0) - (2.9406 - 2.504)) < 0.002)
        // KUTAI BARAT did not take part in 2022: no improvement, as the ministry prints "-".
        let kutai = try #require(comparison.rows.first { $0.code == "64.02" })
        #expect(kutai.improvement == nil && kutai.printedImprovement == nil)
    }

    @Test("Quartiles by hand (QUARTILE.INC) and Spearman with ties by hand")
    func statistics() throws {
        let spread = try #require(AssessmentRanking.Spread([4, 1, 3, 2, 5]))
        #expect(spread.median == 3 && spread.lowerQuartile == 2 && spread.upperQuartile == 4)
        let even = try #require(AssessmentRanking.Spread([1, 2, 3, 4]))
        // h = 0.25 × 3 = 0.75 → 1 + 0.75 × 1 = 1.75; median 2.5; h = 2.25 → 3.25.
        #expect(even.lowerQuartile == 1.75 && even.median == 2.5 && even.upperQuartile == 3.25)
        #expect(RankCorrelation.midRanks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
        // x ranks 1..5, y = [5,6,7,8,7] ranks 1,2,3.5,5,3.5: d² = 0+0+0.25+1+2.25, but with ties use Pearson of ranks.
        let rho = try #require(RankCorrelation.spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]))
        let rx: [Double] = [1, 2, 3, 4, 5], ry: [Double] = [1, 2, 3.5, 5, 3.5]
        let mx = 3.0, my = 3.0
        let sxy = zip(rx, ry).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = rx.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = ry.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        #expect(abs(rho - sxy / (sxx * syy).squareRoot()) < 1e-12)
        #expect(abs(rho - 0.8208) < 0.0001)
        #expect(RankCorrelation.spearman([1, 2], [2, 1]) == nil)
        #expect(RankCorrelation.spearman([1, 1, 1], [1, 2, 3]) == nil)
    }
}
