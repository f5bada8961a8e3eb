import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// The pages, and what the issue asks of security: strings escaped, a strict policy, no path traversal,
/// bounded uploads, tokens, and the store unchanged by anything refused.
@Suite("Pages and security: escaping, CSP, static paths, uploads and tokens")
struct PageAndSecurityTests {
    static let dashboard = APITests.dashboard

    static func request(_ app: some ApplicationProtocol, _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:],
                        body: ByteBuffer? = nil) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                (response.status, response.headers, String(buffer: response.body))
            }
        }
    }

    static func get(_ uri: String) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await request(DashboardServer.application(dashboard), uri)
    }

    @Test("every page answers 200 with the policy, loads only this server's script and styles, and has no inline script or style element")
    func pages() async throws {
        for uri in ["/", "/?province=Jawa%20Barat&type=kota&q=bandung", "/?level=Baik&province=", "/?intervals=1", "/?normalisation=rank&aggregation=geometric",
                    "/whatif", "/whatif?living=3&normalisation=minmax", "/city/72.71", "/city/72.71?lang=en", "/?dataset=xss",
                    "/evaluation", "/evaluation?edition=2022&lang=en"] {
            let (status, headers, body) = try await Self.get(uri)
            #expect(status == .ok, "\(uri)")
            #expect(headers[.contentType] == "text/html; charset=utf-8")
            let policy = try #require(headers[HTTPField.Name("Content-Security-Policy")!])
            #expect(policy.contains("default-src 'self'") && policy.contains("script-src 'self'") && !policy.contains("unsafe-eval"))
            #expect(!policy.contains("script-src 'self' 'unsafe-inline'"))
            #expect(headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            // Scripts only by src, no <style> element, no event-handler attribute.
            #expect(body.components(separatedBy: "<script").count - 1 == body.components(separatedBy: "<script src=\"/assets/dashboard.js\"").count - 1, "\(uri)")
            #expect(!body.contains("<style"), "\(uri)")
            #expect(body.range(of: " on[a-z]+=\"", options: .regularExpression) == nil, "\(uri)")
            // Nothing loaded from elsewhere (the SVG namespace is a name, not a load).
            #expect(body.range(of: "(src|href)=\"(https?:)?//", options: .regularExpression) == nil, "\(uri): no external address")
        }
        let (_, _, english) = try await Self.get("/?lang=en")
        #expect(english.contains("<html lang=\"en\"") && english.contains("Ranking"))
        let (_, _, indonesian) = try await Self.get("/")
        #expect(indonesian.contains("<html lang=\"id\"") && indonesian.contains("Peringkat"))
        let (_, headers, _) = try await Self.get("/?lang=en")
        #expect(headers[.setCookie]?.hasPrefix("lang=en") == true)
    }

    @Test("the what-if page draws the engine's ranking for its weights, and its permalink reproduces them")
    func whatIfPage() async throws {
        let (_, _, body) = try await Self.get("/whatif?living=3&governance=0.5&normalisation=minmax&lang=en")
        let cohort = try Self.dashboard.cohort("demo", WhatIfSpec(dimensions: ["living": 3, "governance": 0.5], normalisation: .minmax))
        let first = cohort.result.order[0]
        #expect(body.contains("data-code=\"\(cohort.result.cities[first].code)\""))
        #expect(body.contains("data-score=\"\(cohort.result.index[first])\""))
        #expect(body.contains("governance=0.5&amp;branding=1&amp;economy=1&amp;living=3&amp;society=1&amp;environment=1&amp;normalisation=minmax"))
        #expect(body.contains("id=\"w-living\" name=\"living\" min=\"0\" max=\"10\" step=\"0.5\" value=\"3\""))
    }

    @Test("a city named <script> is text on every page, never markup")
    func hostileName() async throws {
        for uri in ["/?dataset=xss", "/city/99.99?dataset=xss", "/whatif?dataset=xss", "/?dataset=xss&q=%3Cscript%3E"] {
            let (status, _, body) = try await Self.get(uri)
            #expect(status == .ok, "\(uri)")
            #expect(!body.contains(TestStore.hostileName), "\(uri)")
            #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
        }
        let (_, _, json) = try await Self.get("/api/v1/rank?dataset=xss")
        #expect(json.contains("\"<script>alert(1)</script>\""))   // JSON carries the name as a JSON string
        // A hostile query is escaped where a page echoes it.
        let (_, _, echoed) = try await Self.get("/?q=%22%3E%3Cimg%20src%3Dx%3E")
        #expect(!echoed.contains("\"><img src=x>") && echoed.contains("&quot;&gt;&lt;img src=x&gt;"))
    }

    @Test("static files come from a fixed table: ../ and encoded dots are not found")
    func staticPaths() async throws {
        for (uri, type) in [("/assets/dashboard.js", "text/javascript"), ("/assets/dashboard.css", "text/css"), ("/assets/report.css", "text/css")] {
            let (status, headers, body) = try await Self.get(uri)
            #expect(status == .ok && headers[.contentType]?.hasPrefix(type) == true && !body.isEmpty, "\(uri)")
        }
        for uri in ["/assets/../Package.swift", "/assets/..%2F..%2FPackage.swift", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/",
                    "/assets/dashboard.js/../../Package.swift", "/../../etc/passwd", "/assets/..", "/assets/DASHBOARD.JS", "/assets/dashboard.js%00.css"] {
            let (status, _, body) = try await Self.get(uri)
            #expect(status == .notFound, "\(uri)")
            #expect(!body.contains("swift-tools-version") && !body.contains("root:x:"), "\(uri)")
        }
    }

    static let token = "a-test-token-of-32-characters-xx"
    static let upload: String = {
        let demo = try! String(contentsOfFile: TestStore.folder.appendingPathComponent("demo.csv").path, encoding: .utf8).split(separator: "\n")
        return ([demo[0]] + demo.dropFirst().filter { $0.hasPrefix("72.71,") }.prefix(20)).joined(separator: "\n") + "\n"
    }()

    @Test("without --allow-import there is no write route: 404, and the store is unchanged")
    func noWriteRoute() async throws {
        let store = try TestStore.copy()
        let dashboard = try Dashboard(settings: TestStore.settings(store: store))
        let before = try TestStore.contents(store)
        for uri in ["/api/v1/datasets/demo/import", "/api/v1/datasets/new/import"] {
            let (status, _, body) = try await Self.request(DashboardServer.application(dashboard), uri, method: .post,
                                                           headers: [.authorization: "Bearer \(Self.token)"], body: ByteBuffer(string: Self.upload))
            #expect(status == .notFound || status == .methodNotAllowed, "\(uri)")
            _ = try APITests.error(body)
        }
        #expect(try TestStore.contents(store) == before)
        #expect(!FileManager.default.fileExists(atPath: store + ".uploads.jsonl"))
    }

    @Test("uploads: 401 without a token, 403 with a wrong one, 413 above the limit, 400 for a bad file — the store unchanged each time; then one that works")
    func uploads() async throws {
        let store = try TestStore.copy()
        let dashboard = try Dashboard(settings: TestStore.settings(store: store, allowImport: true, token: Self.token, uploadLimit: 4096))
        let before = try TestStore.contents(store)
        let app = DashboardServer.application(dashboard)
        let uri = "/api/v1/datasets/uploaded/import"
        let body = ByteBuffer(string: Self.upload)
        let refusals: [(HTTPFields, ByteBuffer, HTTPResponse.Status)] = [
            ([:], body, .unauthorized),
            ([.authorization: "Basic \(Self.token)"], body, .unauthorized),
            ([.authorization: "Bearer wrong-token-wrong-token-wrong-to"], body, .forbidden),
            ([.authorization: "Bearer \(Self.token)x"], body, .forbidden),
            ([.authorization: "Bearer "], body, .unauthorized),     // an empty token is no token
            ([.authorization: "Bearer \(Self.token)"], ByteBuffer(string: String(repeating: Self.upload, count: 20)), .contentTooLarge),
            ([.authorization: "Bearer \(Self.token)"], ByteBuffer(string: "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.1,abc\n"), .badRequest),
            ([.authorization: "Bearer \(Self.token)"], ByteBuffer(string: "not,a,known,header\n1,2,3,4\n"), .badRequest),
        ]
        for (k, (headers, payload, expected)) in refusals.enumerated() {
            let (status, _, answer) = try await Self.request(app, uri, method: .post, headers: headers, body: payload)
            #expect(status == expected, "refusal \(k)")
            let error = try APITests.error(answer)
            #expect(!error.message.contains(FileManager.default.temporaryDirectory.path), "refusal \(k) names no server path")
            #expect(try TestStore.contents(store) == before, "refusal \(k) left the store unchanged")
        }
        let (status, _, answer) = try await Self.request(app, uri + "?lang=en", method: .post, headers: [.authorization: "Bearer \(Self.token)"], body: body)
        #expect(status == .ok, "\(answer)")
        #expect(answer.contains("\"dataset\": \"uploaded\""))
        #expect(try dashboard.datasets().contains("uploaded"))
        let (rankStatus, _, _) = try await Self.request(app, "/api/v1/rank?dataset=uploaded")
        #expect(rankStatus == .ok)
        // One audit line per attempt, each a JSON object with its status.
        let lines = try String(contentsOfFile: store + ".uploads.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == refusals.count + 1)
        let statuses = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["status"] as? Int }
        #expect(statuses == refusals.map { Int($0.2.code) } + [200])
    }

    @Test("the constant-time comparison is equality")
    func constantTime() {
        #expect(UploadRoute.constantTimeEqual(Array("abc".utf8), Array("abc".utf8)))
        #expect(!UploadRoute.constantTimeEqual(Array("abc".utf8), Array("abd".utf8)))
        #expect(!UploadRoute.constantTimeEqual(Array("abc".utf8), Array("abcd".utf8)))
        #expect(!UploadRoute.constantTimeEqual([], Array("a".utf8)))
    }
}
