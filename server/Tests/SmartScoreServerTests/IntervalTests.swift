import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// Rank intervals under the method chosen in the page or the API: the Monte Carlo runs of the cohort scored
/// with that normalisation and aggregation, as `rank --normalise … --aggregate … --uncertainty N` draws them.
@Suite("Intervals: rank intervals under the chosen method, as rank --uncertainty")
struct IntervalTests {
    static let dashboard = APITests.dashboard
    static var source: DataSource { .store(dashboard.store, dataset: "demo") }

    static func get(_ uri: String) async throws -> (HTTPResponse.Status, String) {
        try await DashboardServer.application(dashboard).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in (response.status, String(buffer: response.body)) }
        }
    }

    @Test("rank and sensitivity with another normalisation or aggregation run that method, not the default")
    func apiMethod() async throws {
        let workspace = Self.dashboard.workspace
        for (query, method) in [("normalisation=minmax", MethodSpec(normalisation: .minmax)),
                                ("normalisation=rank&aggregation=geometric", MethodSpec(normalisation: .rank, aggregation: .geometric))] {
            let (status, body) = try await Self.get("/api/v1/rank?\(query)&uncertainty=20")
            #expect(status == .ok, "\(query)")
            let ranking = try workspace.rank(Self.source, method: method, uncertainty: UncertaintySpec(runs: 20))
            #expect(body == RankReport.render(ranking.cohort.result, format: .json, language: .id, uncertainty: ranking.intervals,
                                              values: ranking.values), "\(query)")
            let (sensitivityStatus, sensitivity) = try await Self.get("/api/v1/sensitivity?\(query)&samples=20&seed=4")
            #expect(sensitivityStatus == .ok, "\(query)")
            let runs = try workspace.sensitivity(Self.source, method: method, options: SensitivityOptions(samples: 20, seed: 4, indices: false, threads: 1))
            #expect(sensitivity == SensitivityReport.render(runs, format: .json, language: .id), "\(query)")
        }
        // The default method's intervals differ from those: the runs above were not the default's.
        let (_, defaultRuns) = try await Self.get("/api/v1/sensitivity?samples=20&seed=4")
        let (_, minmaxRuns) = try await Self.get("/api/v1/sensitivity?normalisation=minmax&samples=20&seed=4")
        #expect(defaultRuns != minmaxRuns)
    }

    @Test("what-if dimension weights have no runs of their own (400); the what-if route without weights has")
    func whatIfWeights() async throws {
        let (refused, body) = try await Self.get("/api/v1/whatif?living=2&uncertainty=20")
        #expect(refused == .badRequest)
        #expect(body.contains("\"dashboard.error_uncertainty_what_if\""))
        let (status, plain) = try await Self.get("/api/v1/whatif?normalisation=minmax&uncertainty=20")
        #expect(status == .ok && plain.contains("\"rank_p95\""))
    }

    @Test("the ranking page shows intervals under the method chosen in it")
    func rankingPage() async throws {
        let (status, page) = try await Self.get("/?normalisation=minmax&intervals=1&lang=en")
        #expect(status == .ok)
        let ranking = try Self.dashboard.workspace.rank(Self.source, method: MethodSpec(normalisation: .minmax), uncertainty: UncertaintySpec(runs: 100))
        let result = ranking.cohort.result
        let intervals = try #require(ranking.intervals)
        let first = result.order[0]
        let interval = try #require(intervals[first])
        let numbers = Localizer(.en).numbers
        // The first row's interval cell: the median as its sort value, 5–95 % as its text.
        #expect(page.contains("data-key=\"interval\""))
        #expect(page.contains("<td class=\"num\" data-value=\"\(interval.median)\">\(numbers.score(interval.p05, digits: 0))–\(numbers.score(interval.p95, digits: 0))</td>"))
        #expect(page.contains("name=\"intervals\" value=\"1\" checked=\"checked\""))
    }
}
