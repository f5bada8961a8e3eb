import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// The upload audit log's lines name the client's address; its complaint on standard error is in the
/// server's language.
@Suite("Audit log: the client's address, and its error in both languages")
struct AuditAddressTests {
    static func auditLines(_ store: String) throws -> [[String: Any]] {
        try String(contentsOfFile: store + ".uploads.jsonl", encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("over a real connection, each audit line (refused or accepted) carries the client's address")
    func liveAddress() async throws {
        let store = try TestStore.copy()
        let dashboard = try Dashboard(settings: TestStore.settings(store: store, allowImport: true, token: PageAndSecurityTests.token))
        let uri = "/api/v1/datasets/uploaded/import"
        let statuses = try await DashboardServer.application(dashboard).test(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for headers: HTTPFields in [[:], [.authorization: "Bearer \(PageAndSecurityTests.token)"]] {
                statuses.append(try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: PageAndSecurityTests.upload)) { $0.status })
            }
            return statuses
        }
        #expect(statuses == [.unauthorized, .ok])
        let lines = try Self.auditLines(store)
        #expect(lines.map { $0["status"] as? Int } == [401, 200])
        for line in lines { #expect(line["client"] as? String == "127.0.0.1", "\(line)") }
    }

    @Test("without a peer (the router tests) the address is there, as null")
    func noPeer() async throws {
        let store = try TestStore.copy()
        let dashboard = try Dashboard(settings: TestStore.settings(store: store, allowImport: true, token: PageAndSecurityTests.token))
        let status = try await DashboardServer.application(dashboard).test(.router) { client in
            try await client.execute(uri: "/api/v1/datasets/uploaded/import", method: .post, body: ByteBuffer(string: "x")) { $0.status }
        }
        #expect(status == .unauthorized)
        let lines = try Self.auditLines(store)
        #expect(lines.count == 1 && lines[0]["client"] is NSNull)
    }

    @Test("the message for an audit file that cannot be written names the file and the line, in each language")
    func unwritableMessage() {
        let line = "{\"dataset\":\"demo\",\"status\":401}"
        let indonesian = AuditLog.unwritableMessage(path: "/nowhere/x.jsonl", line: line, language: .id)
        let english = AuditLog.unwritableMessage(path: "/nowhere/x.jsonl", line: line, language: .en)
        for message in [indonesian, english] { #expect(message.contains("/nowhere/x.jsonl") && message.hasSuffix(line)) }
        #expect(indonesian.contains("tidak dapat ditulis") && english.contains("cannot be written"))
    }
}
