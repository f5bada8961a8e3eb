import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// The year chosen in the page and the API (`year`), on the `years` dataset (2019–2021 full, 2022 sparse):
/// each route answers what its verb answers with `--year`, and a year the data does not hold is a 404 naming
/// the years it does.
@Suite("Years: the year chosen in the page and the API, as --year")
struct YearTests {
    static let dashboard = APITests.dashboard
    static var source: DataSource { .store(dashboard.store, dataset: "years") }

    static func get(_ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await DashboardServer.application(dashboard).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in (response.status, String(buffer: response.body)) }
        }
    }

    @Test("rank, whatif, city, quick wins and sensitivity with year=Y answer what their verbs answer with --year Y")
    func apiYear() async throws {
        let workspace = Self.dashboard.workspace
        for year in [2019, 2020] {
            let (status, body) = try await Self.get("/api/v1/rank?dataset=years&year=\(year)")
            #expect(status == .ok)
            let ranking = try workspace.rank(Self.source, method: MethodSpec(year: year))
            #expect(ranking.cohort.result.year == year)
            #expect(body == RankReport.render(ranking.cohort.result, format: .json, language: .id, values: ranking.values), "year \(year)")
        }
        // The default year differs from those: the answers above are not the default's.
        let (_, latest) = try await Self.get("/api/v1/rank?dataset=years")
        let (_, of2019) = try await Self.get("/api/v1/rank?dataset=years&year=2019")
        #expect(latest.contains("\"year\" : 2021") || latest.contains("\"year\": 2021"))
        #expect(latest != of2019)

        let folder = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask,
                                                 appropriateFor: URL(fileURLWithPath: TestStore.storePath), create: true)
        let file = folder.appendingPathComponent("weights.yaml")
        try "dimensions:\n  economy: 4\n".write(to: file, atomically: true, encoding: .utf8)
        let (whatIfStatus, whatIf) = try await Self.get("/api/v1/whatif?dataset=years&year=2019&economy=4")
        #expect(whatIfStatus == .ok)
        let weighted = try workspace.rank(Self.source, method: MethodSpec(year: 2019, weights: .file(file.path)))
        let expected = RankReport.render(weighted.cohort.result, format: .json, language: .id, values: weighted.values)
        #expect(whatIf == expected.replacingOccurrences(of: "\"file:\(file.path)\"", with: "\"what-if\""))

        let (cityStatus, city) = try await Self.get("/api/v1/city/72.71?dataset=years&year=2020")
        #expect(cityStatus == .ok)
        let evaluation = try workspace.evaluate(Self.source, method: MethodSpec(year: 2020), city: "72.71")
        #expect(city == EvaluateReport.render(evaluation, format: .json, language: .id, catalogue: workspace.catalogue))

        let (quickStatus, quick) = try await Self.get("/api/v1/quickwins/72.71?dataset=years&year=2020")
        #expect(quickStatus == .ok)
        guard case let .city(plan, model) = try workspace.quickWins(Self.source, method: MethodSpec(year: 2020), city: "72.71",
                                                                     options: QuickWinOptions()) else {
            Issue.record("quickwins of one city gave the cohort")
            return
        }
        #expect(quick == QuickWinsReport.city(plan, model: model, format: .json, language: .id))

        let (sensitivityStatus, sensitivity) = try await Self.get("/api/v1/sensitivity?dataset=years&year=2019&samples=20&seed=5")
        #expect(sensitivityStatus == .ok)
        let runs = try workspace.sensitivity(Self.source, method: MethodSpec(year: 2019),
                                             options: SensitivityOptions(samples: 20, seed: 5, indices: false, threads: 1))
        #expect(sensitivity == SensitivityReport.render(runs, format: .json, language: .id))
        let (intervalsStatus, intervals) = try await Self.get("/api/v1/rank?dataset=years&year=2019&uncertainty=20")
        let withIntervals = try workspace.rank(Self.source, method: MethodSpec(year: 2019),
                                               uncertainty: UncertaintySpec(runs: 20))
        #expect(intervalsStatus == .ok)
        #expect(intervals == RankReport.render(withIntervals.cohort.result, format: .json, language: .id, uncertainty: withIntervals.intervals,
                                               values: withIntervals.values))
    }

    @Test("a year the dataset does not hold is 404 naming its years; a year that is not a year is 400")
    func yearErrors() async throws {
        let (missing, body) = try await Self.get("/api/v1/rank?dataset=years&year=2015")
        #expect(missing == .notFound)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        #expect(json["error"] as? String == "dashboard.error_year")
        #expect(json["message"] as? String == "dataset years tidak memuat nilai untuk tahun 2015; tahun yang tersedia: 2019, 2020, 2021, 2022")
        let (_, english) = try await Self.get("/api/v1/city/72.71?dataset=years&year=2015&lang=en")
        #expect(english.contains("dataset years has no values for 2015; its years: 2019, 2020, 2021, 2022"))
        // The demo dataset holds 2021 only: the year is checked against the dataset asked for.
        let (otherDataset, _) = try await Self.get("/api/v1/whatif?dataset=demo&year=2019")
        #expect(otherDataset == .notFound)
        for bad in ["abc", "99", "20190", "2019.5", ""] {
            let (status, answer) = try await Self.get("/api/v1/rank?dataset=years&year=\(bad)")
            #expect(status == .badRequest, "year=\(bad)")
            #expect(answer.contains("\"dashboard.error_parameter\""), "year=\(bad)")
        }
        let (page, html) = try await Self.get("/?dataset=years&year=2015&lang=en")
        #expect(page == .notFound)
        #expect(html.contains("dataset years has no values for 2015"))
    }

    @Test("the ranking page chooses the year: the select lists the years (sparse ones said), links carry it on")
    func rankingPage() async throws {
        let (status, body) = try await Self.get("/?dataset=years&year=2019&lang=en")
        #expect(status == .ok)
        #expect(body.contains("<select name=\"year\" id=\"year\"><option value=\"2022\">2022 (sparse data)</option><option value=\"2021\">2021</option>"
            + "<option value=\"2020\">2020</option><option value=\"2019\" selected=\"selected\">2019</option></select>"))
        #expect(body.contains("Dataset years, year 2019;"))
        let cohort = try Self.dashboard.workspace.rank(Self.source, method: MethodSpec(year: 2019)).cohort.result
        let first = cohort.cities[cohort.order[0]]
        #expect(body.contains("<tr data-code=\"\(first.code)\""))
        #expect(body.contains("data-score=\"\(cohort.index[cohort.order[0]])\""))
        #expect(body.contains("href=\"/city/\(first.code)?dataset=years&amp;year=2019\""))
        #expect(body.contains("data-year=\"2019\""))
        // 2019 is a full year: no note on sparse years.
        #expect(!body.contains("scoring-note"))

        // Without a year: the latest full year, the sparse later one said in the page's own words, links without a year.
        let (_, latest) = try await Self.get("/?dataset=years")
        #expect(latest.contains("<option value=\"2021\" selected=\"selected\">2021</option>"))
        #expect(latest.contains("<option value=\"2022\">2022 (data terbatas)</option>"))
        #expect(latest.contains("Ditampilkan tahun 2021, tahun terakhir yang sebagian besar datanya sudah tersedia; tahun berikutnya (2022) baru memuat sedikit nilai."))
        #expect(!latest.contains("--year"))
        #expect(latest.contains("href=\"/city/\(first.code)?dataset=years\""))

        // A sparse year can still be asked for: its page says what the index rests on.
        let (sparseStatus, sparse) = try await Self.get("/?dataset=years&year=2022&lang=en")
        #expect(sparseStatus == .ok)
        #expect(sparse.contains("<option value=\"2022\" selected=\"selected\">2022 (sparse data)</option>"))
        #expect(sparse.contains("the index of 2022 rests on those alone"))
    }

    @Test("the what-if and city pages keep the year: base ranks, permalink and the way back")
    func otherPages() async throws {
        let (_, whatIf) = try await Self.get("/whatif?dataset=years&year=2020&economy=4&lang=en")
        let cohort = try Self.dashboard.cohort("years", year: 2020, WhatIfSpec(dimensions: ["economy": 4]))
        let base = try Self.dashboard.workspace.rank(Self.source, method: MethodSpec(year: 2020)).cohort.result
        let first = cohort.result.order[0]
        let code = cohort.result.cities[first].code
        let baseRank = try #require(base.cities.firstIndex { $0.code == code }.flatMap { base.ranks[$0] })
        #expect(whatIf.contains("<tr data-code=\"\(code)\""))
        #expect(whatIf.contains("data-base-rank=\"\(baseRank)\""))
        #expect(whatIf.contains("href=\"/whatif?dataset=years&amp;year=2020&amp;governance=1&amp;branding=1&amp;economy=4"))
        #expect(whatIf.contains("<a href=\"/whatif?dataset=years&amp;year=2020\">"))
        #expect(whatIf.contains("<option value=\"2020\" selected=\"selected\">2020</option>"))

        let (cityStatus, city) = try await Self.get("/city/72.71?dataset=years&year=2020&lang=en")
        #expect(cityStatus == .ok)
        #expect(city.contains("<a href=\"/?dataset=years&amp;year=2020\">"))
        let report = try Self.dashboard.workspace.cityReport(try Self.dashboard.cohort("years", year: 2020), city: "72.71", sensitivity: nil)
        #expect(city.contains(Pages.mainContent(report.html(language: .en))))
        let (_, latestCity) = try await Self.get("/city/72.71?dataset=years&lang=en")
        #expect(latestCity != city)
    }
}
