import Foundation
import Hummingbird
import SmartScore

/// An error the client is told of: an HTTP status, a stable code and a message in the request's language.
/// Nothing else of the failure (no stack, no path of the server's) reaches the client.
struct APIError: Error, Sendable {
    let status: HTTPResponse.Status
    let code: String
    /// The message per language.
    let text: LocalizedText

    init(_ status: HTTPResponse.Status, _ key: TextKey, _ arguments: [String: String] = [:]) {
        self.status = status
        code = key.rawValue
        text = LocalizedText(id: Localizer(.id)(key, arguments), en: Localizer(.en)(key, arguments))
    }

    init(_ status: HTTPResponse.Status, input error: InputError) {
        self.status = status
        code = error.code
        // The message and hint without the location's file path (a server's temp file means nothing to the client).
        var safe = error
        if safe.location?.file != nil { safe.location?.file = "upload" }
        text = LocalizedText(id: safe.rendered(language: .id, naming: Self.parameterName), en: safe.rendered(language: .en, naming: Self.parameterName))
    }

    init(_ status: HTTPResponse.Status, inputs errors: InputErrors) {
        self.status = status
        code = errors.errors.first?.code ?? "input"
        var safe = errors
        for k in safe.errors.indices where safe.errors[k].location?.file != nil { safe.errors[k].location?.file = "upload" }
        text = LocalizedText(id: safe.rendered(language: .id, naming: Self.parameterName), en: safe.rendered(language: .en, naming: Self.parameterName))
    }

    /// The API names a parameter as its query parameter.
    static func parameterName(_ parameter: Parameter) -> String { parameter.rawValue }

    /// 413: a body over `limit` bytes, the limit written in each language's numbers.
    static func tooLarge(limit: Int) -> APIError {
        APIError(.contentTooLarge, code: TextKey.dashboardErrorTooLarge.rawValue,
                 text: LocalizedText(id: Localizer(.id)(.dashboardErrorTooLarge, ["limit": Localizer(.id).numbers.integer(limit)]),
                                     en: Localizer(.en)(.dashboardErrorTooLarge, ["limit": Localizer(.en).numbers.integer(limit)])))
    }

    init(_ status: HTTPResponse.Status, code: String, text: LocalizedText) {
        self.status = status
        self.code = code
        self.text = text
    }

    static func notFound(_ path: String) -> APIError { APIError(.notFound, .dashboardErrorNotFound, ["path": path]) }
    static func parameter(_ name: String, _ value: String) -> APIError {
        APIError(.badRequest, .dashboardErrorParameter, ["name": name, "value": String(value.prefix(100))])
    }

    /// `{"error": code, "message": text}`, the one shape of every 4xx and 5xx answer of the API.
    func json(_ language: Language) -> String {
        JSONValue.object([("error", .string(code)), ("message", .string(text[language]))]).serialized()
    }
}
