import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SmartScore

/// The region's report in the ministry's form and the link with readiness, on real inputs: Kabupaten Malang's
/// 2023 sheet in the published cohort, and the real BPS 2021 values of all 130 participants.
@Suite("Evaluation report: Malang in its cohort, weaknesses with recommendations, HTML that parses, readiness on real BPS data")
struct AssessmentReportTests {
    static let workspace = try! Workspace(paths: WorkspacePaths(indicators: TestPaths.indicators, datasets: TestPaths.root.appendingPathComponent("datasets").path))
    static func path(_ relative: String) -> String { TestPaths.root.appendingPathComponent(relative).path }
    static let bps: DataSource = .file(path("datasets/bps/bps_kabkota_2021.csv"), CSVSpec(mapping: path("datasets/bps/bps_kabkota_2021.mapping.yaml")))

    static func malang(readiness: Bool) throws -> RegionAssessmentReport {
        try workspace.assessmentReport(sheet: path("datasets/examples/assessment/kab_malang_2023.csv"), survey: nil, rubric: RubricSpec(edition: 2023),
                                       group: nil, region: "35.07", cohort: path("datasets/evaluation/kominfo_evaluation_2023.csv"),
                                       readiness: readiness ? (bps, MethodSpec()) : nil)
    }

    @Test("Malang's report: its group taken from the cohort table, rank 64 of 130, five weaknesses lowest first, strengths highest first")
    func findings() throws {
        let report = try Self.malang(readiness: false)
        #expect(report.region.group.id == "kppn_ikn")
        #expect(report.entry?.rank == 64 && report.entry?.groupRank == 22)
        let weak = report.findings.weaknesses.map(\.answer.score)
        #expect(weak.count == 5 && weak == weak.sorted())
        // The three questions scored 1.00 (APBD share, non-APBD funding, LKPPD) come first, the heavier Output ones before Outcome's.
        #expect(report.findings.weaknesses.prefix(3).map(\.answer.question.id) == ["B3-2.1.1", "B3-2.2.1", "C1-3.3.1"])
        // One point on an Output question is worth 0.2 / 7 of the final; raising 1.00 to 4 adds 3 × that.
        #expect(abs(report.findings.weaknesses[0].gain - 3 * 0.2 / 7) < 1e-12)
        let strong = report.findings.strengths.map(\.answer.score)
        #expect(strong.count == 5 && strong.allSatisfy { $0 == 4 })
        #expect(Set(report.findings.weaknesses.map(\.answer.question.id)).isDisjoint(with: report.findings.strengths.map(\.answer.question.id)))
        // Every weakness is behind exactly one recommendation; equal advice is one recommendation, ordered by gain.
        #expect(report.findings.recommendations.flatMap { $0.findings.map(\.answer.question.id) }.sorted()
                == report.findings.weaknesses.map(\.answer.question.id).sorted())
        let gains = report.findings.recommendations.map(\.gain)
        #expect(gains == gains.sorted(by: >))
        #expect(report.findings.recommendations.count >= 3)
    }

    @Test("The HTML report parses as XML, shows the final 2,94 and the rank 64 / 130, and lists weaknesses and recommendations")
    func html() throws {
        let report = try Self.malang(readiness: false)
        let page = AssessmentRegionReport.render(report, format: .html, language: .id)
        let parser = XMLParser(data: Data(page.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(page.contains(">2,94<") && page.contains("64 / 130"))
        for section in ["weaknesses", "strengths", "recommendations"] { #expect(page.contains("id=\"\(section)\"")) }
        let weaknesses = try #require(page.range(of: "id=\"weaknesses\"")).upperBound
        let strengths = try #require(page.range(of: "id=\"strengths\"")).lowerBound
        #expect(page[weaknesses..<strengths].components(separatedBy: "<li>").count - 1 == 5)
        let recommendations = try #require(page.range(of: "id=\"recommendations\"")).upperBound
        #expect(page[recommendations...].components(separatedBy: "<li>").count - 1 >= 3)
        // English, with English number formatting.
        let english = AssessmentRegionReport.render(report, format: .html, language: .en)
        #expect(english.contains(">2.94<") && english.contains("Weaknesses"))
    }

    @Test("Readiness on the real BPS 2021 values: all 130 participants matched, Spearman as a second computation gives it")
    func readiness() throws {
        let view = try Self.workspace.rankAssessment(Self.path("datasets/evaluation/kominfo_evaluation_2023.csv"), rubric: RubricSpec(edition: 2023),
                                                     readiness: (Self.bps, MethodSpec()))
        let agreement = try #require(view.agreement)
        #expect(agreement.pairs.count == 130 && agreement.unmatched == 0)
        #expect(agreement.values?.syntheticShare == 0)
        // Second computation: ranks by counting (ties at their mean), then Pearson of the ranks.
        func ranks(_ v: [Double]) -> [Double] {
            v.map { x in Double(v.filter { $0 < x }.count) + (Double(v.filter { $0 == x }.count) + 1) / 2 }
        }
        let a = ranks(agreement.pairs.map(\.entry.final)), b = ranks(agreement.pairs.map(\.index))
        let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
        let cov = zip(a, b).reduce(0) { $0 + ($1.0 - ma) * ($1.1 - mb) }
        let va = a.reduce(0) { $0 + ($1 - ma) * ($1 - ma) }, vb = b.reduce(0) { $0 + ($1 - mb) * ($1 - mb) }
        let rho = try #require(agreement.spearman)
        #expect(abs(rho - cov / (va * vb).squareRoot()) < 1e-12)
        // Places: the best final is place 1.
        let best = try #require(agreement.pairs.max { $0.entry.final < $1.entry.final })
        #expect(best.finalPlace == 1)
    }

    @Test("With readiness data, a recommendation reads the region's indicator and ranks quick wins by the region's own impact")
    func recommendationsWithReadiness() throws {
        let report = try Self.malang(readiness: true)
        #expect(report.agreement?.pairs.count == 130)
        // The scatter: 130 points, the region's own drawn larger (r = 6) and titled with its name.
        let page = AssessmentRegionReport.render(report, format: .html, language: .id)
        let section = try #require(page.range(of: "id=\"readiness\"")).upperBound
        #expect(page[section...].components(separatedBy: "<circle").count - 1 == 130)
        #expect(page[section...].contains("r=\"6\"") && page[section...].contains("<title>Kabupaten Malang: 2,94"))
        // Some recommendation ranks its quick wins by Malang's own impact on the BPS data; each named programme exists.
        let ids = Set(try Self.workspace.programmes().programmes.map(\.id))
        #expect(report.findings.recommendations.contains { $0.rankedByImpact && !$0.programmes.isEmpty })
        // The SPBE question's indicator (local:G.1) has no BPS value: the reading says so rather than showing a 0.
        let spbe = report.findings.recommendations.first { $0.findings.contains { $0.answer.question.id == "C1-3.3.2" } }
        if let spbe { #expect(spbe.readings.allSatisfy { $0.value == nil }) }
        #expect(report.findings.recommendations.allSatisfy { $0.programmes.allSatisfy { ids.contains($0.id) } })
    }

    @Test("The cohort placement is said: a region added to the table, one listed as not taking part; a group other than the table's is refused")
    func placement() throws {
        let sheet = Self.path("datasets/examples/assessment/kab_malang_2023.csv"), cohort = Self.path("datasets/evaluation/kominfo_evaluation_2023.csv")
        func report(_ region: String, group: String? = nil) throws -> RegionAssessmentReport {
            try Self.workspace.assessmentReport(sheet: sheet, survey: nil, rubric: RubricSpec(edition: 2023), group: group ?? "kppn_ikn",
                                                region: region, cohort: cohort)
        }
        #expect(try report("35.07").placement == .replaced)
        // Without --region the sheet's own row could not be told apart: refused, naming --region.
        do {
            _ = try Self.workspace.assessmentReport(sheet: sheet, survey: nil, rubric: RubricSpec(edition: 2023), group: nil, region: nil, cohort: cohort)
            Issue.record("a cohort without a region was accepted")
        } catch let error as InputError {
            #expect(error.code == TextKey.assessmentCohortNeedsRegion.rawValue && error.location?.parameter == .region)
        }
        let added = try report("31.71")
        #expect(added.placement == .added && added.cohort?.entries.count == 131)
        let dairi = try report("12.10")
        #expect(dairi.placement == .wasNonParticipant)
        #expect(AssessmentRegionReport.render(dairi, format: .table, language: .en).contains("as not taking part"))
        do {
            _ = try report("35.07", group: "reguler")
            Issue.record("a reguler Malang was ranked")
        } catch let error as InputError {
            #expect(error.code == TextKey.assessmentCohortGroupDiffers.rawValue && error.location?.parameter == .group)
        }
        // Ties are named: Malang shares 64th with Kota Pekanbaru.
        let text = AssessmentRegionReport.render(try report("35.07"), format: .table, language: .en)
        #expect(text.contains("Rank 64 of 130 participants, tied with KOTA PEKANBARU;"))
    }

    @Test("Malang 2022 in its cohort: 13th on the recomputed finals, 12th in the ministry's printed order (2.51), and the report says both")
    func malang2022() throws {
        let report = try Self.workspace.assessmentReport(sheet: Self.path("datasets/examples/assessment/kab_malang_2022.csv"), survey: nil,
                                                         rubric: RubricSpec(edition: 2022), group: nil, region: "35.07",
                                                         cohort: Self.path("datasets/evaluation/kominfo_evaluation_2022.csv"))
        let entry = try #require(report.entry)
        #expect(entry.rank == 13 && entry.printedRank == 12 && entry.region.printedFinal == 2.51)
        let text = AssessmentRegionReport.render(report, format: .table, language: .en)
        #expect(text.contains("On the printed finals (this region's: 2.51) it ranks 12."))
    }

    @Test("Weights keep the decimals they need; a score on the median reads 'at the median'")
    func wording() throws {
        let n = NumberFormat.of(.id)
        #expect(AssessmentReport.weight(0.1, n) == "10%" && AssessmentReport.weight(0.125, n) == "12,5%" && AssessmentReport.weight(0.0025, n) == "0,25%")
        let spread = try #require(AssessmentRanking.Spread([1, 2, 3]))
        #expect(AssessmentRegionReport.quartileKey(2, spread, digits: 2) == .assessmentAtMedian)
        #expect(AssessmentRegionReport.quartileKey(2.5, spread, digits: 2) == .assessmentAboveMedian)
        #expect(AssessmentRegionReport.quartileKey(1, spread, digits: 2) == .assessmentBottomQuarter)
        // Judged as shown: 2.2857 prints 2,29 like a median of 2.285 (2,29 half up), so it is at the median.
        let close = try #require(AssessmentRanking.Spread([2.28, 2.285, 2.29]))
        #expect(AssessmentRegionReport.quartileKey(16.0 / 7, close, digits: 2) == .assessmentAtMedian)
    }

    @Test("The improvement against the previous evaluation: Malang 2.9406 − 2.504 (its 2022 row) = +0.437, printed +0.44; none for a 2022 non-participant")
    func improvement() throws {
        let sheet = Self.path("datasets/examples/assessment/kab_malang_2023.csv")
        let previous = PreviousSpec(file: Self.path("datasets/evaluation/kominfo_evaluation_2022.csv"), edition: 2022)
        let malang = try Self.workspace.scoreAssessment(sheet: sheet, survey: nil, rubric: RubricSpec(edition: 2023), group: "kppn_ikn",
                                                        region: "35.07", previous: previous)
        // 2022 row: 0.1·1.40 + 0.2·1.54 + 0.3·2.92 + 0.1·2.56 + 0.3·3.08 = 2.504.
        let earlier = 0.1 * 1.40 + 0.2 * 1.54 + 0.3 * 2.92 + 0.1 * 2.56 + 0.3 * 3.08
        let improvement = try #require(malang.previous?.improvement)
        #expect(abs(improvement - ((malang.score.final ?? 0) - earlier)) < 1e-12)
        #expect(AssessmentReport.score(malang.score, rubric: malang.rubric, previous: malang.previous, format: .table, language: .id).contains("+0,44"))
        let kutai = try Self.workspace.scoreAssessment(sheet: sheet, survey: nil, rubric: RubricSpec(edition: 2023), group: "kppn_ikn",
                                                       region: "64.02", previous: previous)
        #expect(kutai.previous != nil && kutai.previous?.improvement == nil)
        #expect(throws: InputError.self) {
            try Self.workspace.scoreAssessment(sheet: sheet, survey: nil, rubric: RubricSpec(edition: 2023), group: "kppn_ikn", region: nil, previous: previous)
        }
    }
}
