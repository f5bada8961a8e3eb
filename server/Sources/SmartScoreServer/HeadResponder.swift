import HTTPTypes
import Hummingbird

/// HEAD as HTTP defines it: the headers a GET of the same address would send (its Content-Length too),
/// without its body. The routes are registered for GET only, and the router would call a HEAD not found;
/// health checks and link checkers ask with HEAD. A responder around the router, since routing happens
/// before any router middleware runs.
struct HeadResponder<Inner: HTTPResponder>: HTTPResponder {
    let inner: Inner

    func respond(to request: Request, context: Inner.Context) async throws -> Response {
        guard request.method == .head else { return try await inner.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        var response = try await inner.respond(to: Request(head: head, body: request.body), context: context)
        let length = response.body.contentLength
        response.body = ResponseBody(contentLength: length) { writer in try await writer.finish(nil) }
        return response
    }
}
