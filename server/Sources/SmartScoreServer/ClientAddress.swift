import Hummingbird
import NIOCore

/// The address of the client whose request is being answered, for what the server writes down about it
/// (the upload audit log). The routes take Hummingbird's `BasicRequestContext`, which carries no address;
/// giving every route a context type of its own would touch every route file. Instead the application's
/// context (`ConnectionRequestContext`) reads the connection's remote address, and `ClientAddressResponder`
/// answers through the router with a basic context, the address set as a task-local value for the request.
enum ClientAddress {
    /// The client's IP address (a socket path for a Unix socket); nil where there is no peer (the router tests).
    @TaskLocal static var current: String?

    static func describe(_ address: SocketAddress?) -> String? {
        guard let address else { return nil }
        return address.ipAddress ?? address.pathname
    }
}

/// What the application makes for each request: the router's basic context, as the application would have
/// made it from the same source, and the address of the connection's peer.
struct ConnectionRequestContext: InitializableFromSource {
    let basic: BasicRequestContext
    let clientAddress: String?

    init(source: ApplicationRequestContextSource) {
        basic = BasicRequestContext(source: source)
        clientAddress = ClientAddress.describe(source.channel.remoteAddress)
    }
}

/// The router's responder, with `ClientAddress.current` set while it answers.
struct ClientAddressResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == BasicRequestContext {
    let inner: Inner

    func respond(to request: Request, context: ConnectionRequestContext) async throws -> Response {
        try await ClientAddress.$current.withValue(context.clientAddress) {
            try await inner.respond(to: request, context: context.basic)
        }
    }
}
