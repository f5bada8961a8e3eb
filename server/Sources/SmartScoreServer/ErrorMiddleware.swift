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
    /// The largest request body, in bytes (the uploads' limit), said in a 413.
    let uploadLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            // `lang` is read by every route; a value that is neither language is a mistake, said once here.
            if let lang = request.uri.queryParameters["lang"], Language(rawValue: String(lang)) == nil {
                throw APIError.parameter("lang", String(lang))
            }
            return try await next(request, context)
        } catch {
            let failure = classify(error, request: request)
            let l = RequestLanguage.of(request, default: language)
            var response = request.uri.path.hasPrefix("/api/") ? Responses.json(failure.json(l), status: failure.status)
                                                               : Responses.html(Layout.errorPage(failure, language: l), status: failure.status)
            // A 405 says which methods the path takes (RFC 9110).
            if failure.status == .methodNotAllowed { response.headers[HTTPField.Name("Allow")!] = "GET, HEAD" }
            return response
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
            case .notFound:
                // A path that exists for GET, asked with another method: 405, as HTTP says.
                if request.method != .get, request.method != .head, ReadRoutes.paths.contains(where: { request.uri.path.range(of: $0, options: .regularExpression) != nil }) {
                    return APIError(.methodNotAllowed, .dashboardErrorMethod, ["method": request.method.rawValue, "path": String(request.uri.path.prefix(200))])
                }
                return APIError.notFound(String(request.uri.path.prefix(200)))
            case .contentTooLarge: return APIError.tooLarge(limit: uploadLimit)
            case .methodNotAllowed:
                return APIError(.methodNotAllowed, .dashboardErrorMethod, ["method": request.method.rawValue, "path": String(request.uri.path.prefix(200))])
            default:
                logger.error("HTTP error \(error.status.code) for \(request.method) \(request.uri.path)")
                // The status's number, not its English reason phrase, inside a message that may be Indonesian.
                return APIError(error.status, .dashboardErrorBody, ["reason": "HTTP \(error.status.code)"])
            }
        default:
            logger.error("request \(request.method) \(request.uri.path) failed: \(String(describing: error))")
            return APIError(.internalServerError, .dashboardErrorInternal)
        }
    }
}

/// The paths of the GET routes (the pages, the assets, the API's reads), for the 405 of another method.
enum ReadRoutes {
    static let paths = ["^/$", "^/whatif$", "^/evaluation$", "^/api/v1/evaluation$", "^/city/[^/]+$", "^/assets/[^/]+$",
                        "^/api/v1/(datasets|rank|whatif|sensitivity|catalogue)$", "^/api/v1/(city|quickwins|catalogue)/[^/]+$"]
}
