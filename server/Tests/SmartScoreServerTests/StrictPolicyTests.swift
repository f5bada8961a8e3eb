import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// The Content-Security-Policy admits no inline style: no page may carry a `style` attribute, and the
/// cells the reports colour get their colours from /assets/report.css.
@Suite("Strict policy: no inline style anywhere, colours from the style sheet")
struct StrictPolicyTests {
    static func get(_ uri: String) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await DashboardServer.application(APITests.dashboard).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in (response.status, response.headers, String(buffer: response.body)) }
        }
    }

    @Test("the ranking, what-if and city pages have no style attribute, and the policy no 'unsafe-inline'")
    func noInlineStyle() async throws {
        for uri in ["/", "/?intervals=1", "/whatif", "/whatif?living=3&normalisation=minmax", "/city/72.71", "/city/72.71?lang=en"] {
            let (status, headers, body) = try await Self.get(uri)
            #expect(status == .ok, "\(uri)")
            #expect(!body.contains(" style="), "\(uri) carries a style attribute")
            let policy = try #require(headers[HTTPField.Name("Content-Security-Policy")!])
            #expect(!policy.contains("unsafe-inline"), "\(uri): \(policy)")
            #expect(policy.contains("style-src 'self'") && policy.contains("script-src 'self'"))
        }
    }

    @Test("the city page's risk matrix is coloured by its severity classes, whose rules /assets/report.css serves")
    func riskMatrixColours() async throws {
        let (_, _, city) = try await Self.get("/city/72.71")
        #expect(city.contains("<table class=\"risk-matrix\">"), "Kota Palu's quick wins give a risk matrix")
        let used = Set(city.matches(of: /<td class="(severity-[0-4])">/).map { String($0.1) })
        #expect(!used.isEmpty)
        let (status, headers, css) = try await Self.get("/assets/report.css")
        #expect(status == .ok && headers[.contentType]?.hasPrefix("text/css") == true)
        // The colours the cells' style attributes used to carry, green to red.
        let fills = ["#e5f5e0", "#e5f5e0", "#fff7bc", "#fdd0a2", "#fc9272"]
        for (severity, fill) in fills.enumerated() {
            #expect(css.contains("td.severity-\(severity) { background: \(fill); color: #1b1b1b; }"), "severity \(severity)")
        }
    }
}
