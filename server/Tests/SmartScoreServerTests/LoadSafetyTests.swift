import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// What the red-team pass found: a filtered ranking redrawn in quadratic time, and uploads imported side by
/// side (each workbook unpacked in memory). Rows are now drawn hidden as they are written, and one import
/// runs at a time.
@Suite("Load safety: filtered pages in one pass, one import at a time")
struct LoadSafetyTests {
    @Test("a filtered ranking hides exactly the rows its filters leave out, and counts the rest")
    func filteredRows() async throws {
        let dashboard = APITests.dashboard
        let result = try dashboard.cohort("demo").result
        let inProvince = result.cities.filter { RegionRegistry.sameProvince($0.province, "Jawa Barat") }
        let kota = inProvince.filter { $0.type == "kota" }
        #expect(!kota.isEmpty && kota.count < result.cities.count)
        let (status, page) = try await DashboardServer.application(dashboard).test(.router) { client in
            try await client.execute(uri: "/?province=Jawa%20Barat&type=kota&lang=en", method: .get) { ($0.status, String(buffer: $0.body)) }
        }
        #expect(status == .ok)
        #expect(page.components(separatedBy: "<tr hidden=\"hidden\" data-code=").count - 1 == result.cities.count - kota.count)
        for city in kota { #expect(page.contains("<tr data-code=\"\(city.code)\""), "\(city.code) shown") }
        #expect(page.contains("Showing \(kota.count) of \(result.cities.count) regions."))
    }

    @Test("while an import runs, another upload is told to come back (503), audited, the store unchanged; then it goes in")
    func oneImportAtATime() async throws {
        let store = try TestStore.copy()
        let token = "upload-token-0123456789"
        let dashboard = try Dashboard(settings: TestStore.settings(store: store, allowImport: true, token: token))
        let app = DashboardServer.application(dashboard)
        let before = try TestStore.contents(store)
        let body = ByteBuffer(string: "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.1,4.5\n")
        func upload() async throws -> (HTTPResponse.Status, String) {
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/v1/datasets/later/import?lang=en", method: .post, headers: [.authorization: "Bearer \(token)"],
                                         body: body) { ($0.status, String(buffer: $0.body)) }
            }
        }
        #expect(dashboard.importing.claim())      // an import in progress
        let (busy, answer) = try await upload()
        #expect(busy == .serviceUnavailable)
        #expect(try APITests.error(answer).message == "another upload is being imported; try again once it is done")
        #expect(try TestStore.contents(store) == before)
        let audit = try String(contentsOfFile: store + ".uploads.jsonl", encoding: .utf8)
        #expect(audit.contains("\"status\":503") && audit.contains("dashboard.error_upload_busy"))
        dashboard.importing.release()
        // The scheme's name in any case (RFC 9110): a lower-case "bearer" is the same token.
        let (lower, _) = try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/datasets/lower/import", method: .post, headers: [.authorization: "bearer \(token)"],
                                     body: body) { ($0.status, String(buffer: $0.body)) }
        }
        #expect(lower == .ok)
        let (status, _) = try await upload()
        #expect(status == .ok)
        #expect(try dashboard.datasets().contains("later"))
        // The import let the gate go when it ended.
        #expect(dashboard.importing.claim())
        dashboard.importing.release()
    }

    @Test("HEAD answers as GET would, without the body: the same status and headers, Content-Length included")
    func head() async throws {
        let app = DashboardServer.application(APITests.dashboard)
        for uri in ["/", "/whatif", "/api/v1/rank", "/api/v1/city/72.71", "/assets/dashboard.js", "/nope"] {
            let (getStatus, getHeaders, getBody) = try await app.test(.router) { client in
                try await client.execute(uri: uri, method: .get) { ($0.status, $0.headers, $0.body) }
            }
            let (headStatus, headHeaders, headBody) = try await app.test(.router) { client in
                try await client.execute(uri: uri, method: .head) { ($0.status, $0.headers, $0.body) }
            }
            #expect(headStatus == getStatus, "\(uri)")
            #expect(headBody.readableBytes == 0, "\(uri)")
            #expect(headHeaders[.contentType] == getHeaders[.contentType], "\(uri)")
            #expect(headHeaders[.contentLength] == String(getBody.readableBytes), "\(uri)")
        }
    }
}
