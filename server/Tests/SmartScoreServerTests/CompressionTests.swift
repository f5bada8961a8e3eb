import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SmartScore
import Testing
@testable import SmartScoreServer

/// gzip of the large text answers, by the client's Accept-Encoding; checked against gzip(1), not the
/// library that compressed.
@Suite("Compression: gzip for large text answers when the client accepts it")
struct CompressionTests {
    static func get(_ uri: String, method: HTTPRequest.Method = .get, acceptEncoding: String? = nil) async throws -> (HTTPResponse.Status, HTTPFields, Data) {
        let headers: HTTPFields = acceptEncoding.map { [.acceptEncoding: $0] } ?? [:]
        return try await DashboardServer.application(APITests.dashboard).test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: headers) { response in
                (response.status, response.headers, Data(response.body.readableBytesView))
            }
        }
    }

    /// The bytes gzip(1) makes of `data` when decompressing it.
    static func gunzip(_ data: Data) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-gzip-\(UUID().uuidString).gz")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process(), output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file.path]
        process.standardOutput = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "gzip -dc failed")
        return bytes
    }

    @Test("a page asked with gzip comes back gzip, with its length and Vary, and decompresses to exactly the plain answer",
          arguments: ["/", "/whatif", "/city/72.71", "/api/v1/rank", "/assets/report.css", "/assets/dashboard.js"])
    func compressed(_ uri: String) async throws {
        let (status, plainHeaders, plain) = try await Self.get(uri)
        #expect(status == .ok && plain.count > CompressionMiddleware<BasicRequestContext>.minimumSize)
        #expect(plainHeaders[.contentEncoding] == nil, "no Accept-Encoding, no compression")
        #expect(plainHeaders[values: .vary].contains("Accept-Encoding"), "the plain answer says it varies too")
        let (gzipStatus, headers, compressed) = try await Self.get(uri, acceptEncoding: "gzip, deflate, br")
        #expect(gzipStatus == .ok)
        #expect(headers[.contentEncoding] == "gzip")
        #expect(headers[values: .vary].contains("Accept-Encoding"))
        #expect(headers[.contentLength] == String(compressed.count))
        #expect(headers[.contentType] == plainHeaders[.contentType])
        #expect(compressed.count < plain.count)
        #expect(try Self.gunzip(compressed) == plain, "\(uri)")
    }

    @Test("gzip;q=0, identity, another coding only: the answer is not compressed; '*' and x-gzip accept gzip")
    func acceptEncoding() async throws {
        for header in ["gzip;q=0", "identity", "br, deflate", "gzip; q=0.0, *;q=1", "*;q=0"] {
            let (_, headers, body) = try await Self.get("/", acceptEncoding: header)
            #expect(headers[.contentEncoding] == nil, "\(header)")
            #expect(String(decoding: body.prefix(15), as: UTF8.self) == "<!DOCTYPE html>", "\(header)")
        }
        for header in ["*", "x-gzip", "deflate, GZIP;q=0.5", "identity;q=1, gzip;q=0.1"] {
            let (_, headers, _) = try await Self.get("/", acceptEncoding: header)
            #expect(headers[.contentEncoding] == "gzip", "\(header)")
        }
    }

    @Test("a small answer is not compressed, and says no Vary")
    func smallAnswer() async throws {
        let (status, headers, body) = try await Self.get("/api/v1/no-such-thing", acceptEncoding: "gzip")
        #expect(status == .notFound && body.count < CompressionMiddleware<BasicRequestContext>.minimumSize)
        #expect(headers[.contentEncoding] == nil && !headers[values: .vary].contains("Accept-Encoding"))
        _ = try APITests.error(String(decoding: body, as: UTF8.self))
    }

    @Test("a HEAD answer is not compressed: its headers are those of the plain answer, Vary included")
    func head() async throws {
        // The dashboard routes no HEAD (405), so a router of its own answers HEAD with a large page.
        let router = Router()
        router.add(middleware: CompressionMiddleware())
        let page = String(repeating: "<p>baris</p>", count: 500)
        router.on("page", method: .head) { _, _ in Responses.html(page) }
        let headers = try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/page", method: .head, headers: [.acceptEncoding: "gzip"]) { $0.headers }
        }
        #expect(headers[.contentEncoding] == nil)
        #expect(headers[.contentLength] == String(page.utf8.count))
        #expect(headers[values: .vary].contains("Accept-Encoding"))
    }

    @Test("the media type is read before its parameters, in any case")
    func mediaType() {
        #expect(CompressionMiddleware<BasicRequestContext>.mediaType("Text/HTML; charset=utf-8") == "text/html")
        #expect(CompressionMiddleware<BasicRequestContext>.compressibleTypes.contains(CompressionMiddleware<BasicRequestContext>.mediaType("application/json")))
        #expect(!CompressionMiddleware<BasicRequestContext>.compressibleTypes.contains("image/png"))
    }
}
