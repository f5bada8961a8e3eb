import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// What a client can make the server compute is kept within bounds: the last few results, not one per
/// seed, year or method ever asked.
@Suite("Kept results: bounded, the most recently used kept")
struct RecentlyUsedTests {
    @Test("the cache keeps the values used last, up to its capacity")
    func cache() {
        var kept = RecentlyUsed<Int, String>(capacity: 3)
        for k in 1...3 { kept.keep("v\(k)", for: k) }
        #expect(kept.value(1) == "v1")          // 1 is now the most recent: 2 goes first
        kept.keep("v4", for: 4)
        #expect(kept.count == 3)
        #expect(kept.value(2) == nil)
        #expect(kept.value(1) == "v1" && kept.value(3) == "v3" && kept.value(4) == "v4")
        kept.keep("w4", for: 4)                 // a value kept again replaces, it does not add
        #expect(kept.count == 3 && kept.value(4) == "w4")
        kept.forget { $0 % 2 == 1 }
        #expect(kept.count == 1 && kept.value(4) == "w4" && kept.value(1) == nil)
    }

    @Test("a client asking seed after seed gets each answer, and the server keeps eight")
    func seeds() async throws {
        let dashboard = try Dashboard(settings: TestStore.settings())
        let app = DashboardServer.application(dashboard)
        var first = ""
        for seed in 1...12 {
            let (status, body) = try await app.test(.router) { client in
                try await client.execute(uri: "/api/v1/sensitivity?samples=10&seed=\(seed)", method: .get) { ($0.status, String(buffer: $0.body)) }
            }
            #expect(status == .ok)
            if seed == 1 { first = body }
        }
        #expect(dashboard.sensitivitiesKept == 8)
        // Seed 1 was forgotten; asked again, it is computed again, to the same bytes.
        let again = try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/sensitivity?samples=10&seed=1", method: .get) { String(buffer: $0.body) }
        }
        #expect(again == first)
    }
}
