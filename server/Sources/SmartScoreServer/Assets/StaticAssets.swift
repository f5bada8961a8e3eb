import Foundation
import Hummingbird
import SmartScore

/// The files the server serves: a fixed table, compiled in. A path that is not a key of the table (`../`,
/// an encoded dot, anything else) is not found; nothing is read from the file system.
enum StaticAssets {
    static let table: [String: (contentType: String, body: String)] = [
        "dashboard.js": ("text/javascript; charset=utf-8", DashboardScript.source),
        "dashboard.css": ("text/css; charset=utf-8", DashboardStyle.source),
        "report.css": ("text/css; charset=utf-8", ReportStyle.css),
    ]

    static func add(to router: Router<BasicRequestContext>) {
        router.get("assets/:name") { request, context in
            let name = context.parameters.get("name") ?? ""
            guard let asset = table[name] else { throw APIError.notFound(String(request.uri.path.prefix(200))) }
            return Responses.bytes(asset.body, contentType: asset.contentType)
        }
    }
}
