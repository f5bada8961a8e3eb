import Foundation
import HTTPTypes
import Hummingbird

/// The headers of every answer: a Content-Security-Policy that runs no inline script and loads nothing
/// from elsewhere, no sniffing, no framing, no referrer; and the `lang` cookie when `?lang=` asked for one.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[HTTPField.Name("Content-Security-Policy")!] = SecurityPolicy.contentSecurityPolicy
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        if let cookie = RequestLanguage.rememberedCookie(request) { response.setCookie(cookie) }
        return response
    }
}

enum SecurityPolicy {
    /// Scripts and style sheets only from this server's own files, and no inline style or script at all:
    /// no `<style>` or `<script>` element, no `style` attribute. The reports colour their cells by class
    /// (the risk matrix's `severity-N` rules are in /assets/report.css), so nothing needs inline style.
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
}
