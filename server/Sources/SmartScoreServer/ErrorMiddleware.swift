import Foundation
import HTTPTypes
import Hummingbird
import Logging
import SmartScore

/// Turns every failure into the client's answer: `{"error", "message"}` in the request's language for the
/// API, a short page for the pages. The library's input errors are 400 (404 for a city or an indicator not
/// found); anything unexpected is a 500 whose details go to the server's log only.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let language: Language
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let failure = classify(error, request: request)
            let l = RequestLanguage.of(request, default: language)
            if request.uri.path.hasPrefix("/api/") {
                return Responses.json(failure.json(l), status: failure.status)
            }
            return Responses.html(Layout.errorPage(failure, language: l), status: failure.status)
        }
    }

    func classify(_ error: any Error, request: Request) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as InputError:
            return APIError(error.location?.parameter == .city ? .notFound : .badRequest, input: error)
        case let error as InputErrors: return APIError(.badRequest, inputs: error)
        case let error as HTTPError:
            switch error.status {
            case .notFound: return APIError.notFound(String(request.uri.path.prefix(200)))
            case .contentTooLarge: return APIError(.contentTooLarge, .dashboardErrorTooLarge, ["limit": "?"])
            case .methodNotAllowed:
                return APIError(.methodNotAllowed, .dashboardErrorMethod, ["method": request.method.rawValue, "path": String(request.uri.path.prefix(200))])
            default:
                logger.error("HTTP error \(error.status.code) for \(request.method) \(request.uri.path)")
                return APIError(error.status, .dashboardErrorBody, ["reason": error.status.reasonPhrase])
            }
        default:
            logger.error("request \(request.method) \(request.uri.path) failed: \(String(describing: error))")
            return APIError(.internalServerError, .dashboardErrorInternal)
        }
    }
}

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
    /// Scripts and style sheets only from this server's own files. The report builders colour the heat map
    /// and the risk matrix with `style` attributes (computed colours, never a user's text), so attributes
    /// alone may carry inline style; `<style>` and `<script>` elements may not.
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
        + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
}

/// Bounds what a client waits for: the work runs in a task of its own, and the request is answered 503 when
/// the limit passes first. The work itself is bounded too (sample counts, upload size), so an abandoned run
/// ends on its own.
enum TimeLimit {
    static func run<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        let once = Once()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            Task.detached {
                let outcome = Result { try work() }
                if once.claim() { continuation.resume(with: outcome) }
            }
            Task.detached {
                try? await Task.sleep(for: limit)
                if once.claim() {
                    continuation.resume(throwing: APIError(.serviceUnavailable, .dashboardErrorTimeout, ["seconds": String(limit.components.seconds)]))
                }
            }
        }
    }

    /// True for the first caller only: the continuation is resumed exactly once.
    final class Once: @unchecked Sendable {
        private var claimed = false
        private let lock = NSLock()
        func claim() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if claimed { return false }
            claimed = true
            return true
        }
    }
}
