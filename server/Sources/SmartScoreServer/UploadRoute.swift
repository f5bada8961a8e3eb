import Foundation
import Hummingbird
import SmartScore

/// `POST /api/v1/datasets/{name}/import`, registered only with `--allow-import`: the body is one CSV or XLSX
/// file, imported as `smartscore import FILE --dataset NAME` imports it (every check, one transaction, all or
/// nothing). The bearer token is checked before the body is read; the body is bounded before it is written;
/// every attempt, accepted or refused, is one line of the audit log beside the store.
struct UploadRoute {
    let dashboard: Dashboard

    func add(to router: Router<BasicRequestContext>) {
        router.post("api/v1/datasets/:name/import") { request, context in
            try await self.upload(request, name: try APIRoutes.code(context, named: "name"))
        }
    }

    /// Where the audit lines go: `STORE.uploads.jsonl`, beside the store that `import` records its own imports in.
    var auditPath: String { dashboard.settings.storePath + ".uploads.jsonl" }

    func upload(_ request: Request, name: String) async throws -> Response {
        let settings = dashboard.settings
        var request = request
        do {
            try authorise(request)
        } catch let error as APIError {
            audit(["dataset": name, "status": error.status.code, "error": error.code])
            throw error
        }
        let limit = settings.uploadLimit
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            audit(["dataset": name, "status": 413, "error": TextKey.dashboardErrorTooLarge.rawValue, "bytes": length])
            throw APIError.tooLarge(limit: limit)
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch {
            audit(["dataset": name, "status": 413, "error": TextKey.dashboardErrorTooLarge.rawValue])
            throw APIError.tooLarge(limit: limit)
        }
        // One import at a time: a workbook unpacks to many times its size in memory, and imports into one store
        // wait for each other's write lock anyway. Another upload meanwhile is told to come back (503), not queued
        // with its body held in memory.
        guard dashboard.importing.claim() else {
            audit(["dataset": name, "status": 503, "error": TextKey.dashboardErrorUploadBusy.rawValue, "bytes": body.readableBytes])
            throw APIError(.serviceUnavailable, .dashboardErrorUploadBusy)
        }
        var handedOver = false
        defer { if !handedOver { dashboard.importing.release() } }
        let bytes = Array(body.readableBytesView)
        // A private folder per upload; the file's name says what import should read it as (a zip is a workbook).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        var folderHandedOver = false
        defer { if !folderHandedOver { try? FileManager.default.removeItem(at: folder) } }
        let isWorkbook = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let file = folder.appendingPathComponent(isWorkbook ? "upload.xlsx" : "upload.csv")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw APIError(.internalServerError, .dashboardErrorInternal)
        }
        let replace = try QueryParameters(request: request).text("replace") == "true"
        let workspace = dashboard.workspace, storePath = settings.storePath
        let outcome: ImportOutcome
        // The import may outlive its request (a 503 at the time limit): it removes its folder and lets the next
        // upload in when it ends, not when the client stops waiting.
        handedOver = true
        folderHandedOver = true
        do {
            outcome = try await TimeLimit.run(settings.requestTimeout) {
                defer {
                    try? FileManager.default.removeItem(at: folder)
                    dashboard.importing.release()
                }
                let outcome = try workspace.importFiles([file.path], csv: CSVSpec(), storePath: storePath, dataset: name, replace: replace,
                                                        dryRun: false)
                // What was loaded of the dataset is stale, even when the client stopped waiting before the end.
                dashboard.forget(name)
                return outcome
            }
        } catch {
            let code = (error as? InputError)?.code ?? (error as? InputErrors)?.errors.first?.code ?? (error as? APIError)?.code ?? "error"
            // The status the client was given: 400 for the file, 503 at the time limit.
            audit(["dataset": name, "status": (error as? APIError)?.status.code ?? 400, "error": code, "bytes": bytes.count])
            throw error
        }
        let inserted = outcome.files.reduce(0) { $0 + $1.inserted + $1.replaced }
        audit(["dataset": name, "status": 200, "bytes": bytes.count,
               "sha256": outcome.files.first?.sha256 ?? "", "values": inserted, "replace": replace])
        let l = RequestLanguage.of(request, default: settings.language)
        return Responses.json(ImportReport.render(outcome.files, dataset: name, store: (storePath as NSString).lastPathComponent, format: .json, language: l))
    }

    /// A bearer token equal to the token file's, compared in constant time; 401 without one, 403 for another.
    func authorise(_ request: Request) throws {
        guard let expected = dashboard.settings.token else { throw APIError(.forbidden, .dashboardErrorTokenWrong) }
        // The scheme's name is case-insensitive (RFC 9110 §11.1): "bearer" is "Bearer".
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError(.unauthorized, .dashboardErrorTokenMissing)
        }
        let given = header.dropFirst("Bearer ".count).trimmingCharacters(in: .whitespaces)
        guard Self.constantTimeEqual(Array(given.utf8), Array(expected.utf8)) else { throw APIError(.forbidden, .dashboardErrorTokenWrong) }
    }

    /// Equal bytes, in a time that depends on the lengths only, not on where the first difference is.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference: UInt8 = a.count == b.count ? 0 : 1
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }

    /// One JSON line per attempt, appended (the time first), with the client's address (null where there is
    /// no peer); a log that cannot be written is said on standard error, in the server's language.
    func audit(_ fields: [String: Any]) {
        var record = fields
        record["time"] = ISO8601DateFormatter().string(from: Date())
        record["client"] = ClientAddress.current ?? NSNull()
        guard let data = try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        AuditLog.append(String(decoding: data, as: UTF8.self), to: auditPath, language: dashboard.settings.language)
    }
}

/// Appends lines to the audit file, one writer at a time.
enum AuditLog {
    private static let lock = NSLock()

    /// Appends `line` and a line break; when the file cannot be opened, says so and the line on standard error.
    static func append(_ line: String, to path: String, language: Language) {
        lock.lock()
        defer { lock.unlock() }
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            FileHandle.standardError.write(Data((unwritableMessage(path: path, line: line, language: language) + "\n").utf8))
            return
        }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        try? handle.write(contentsOf: Data((line + "\n").utf8))
    }

    static func unwritableMessage(path: String, line: String, language: Language) -> String {
        Localizer(language)(.serveAuditLogUnwritable, ["path": path, "line": line])
    }
}
