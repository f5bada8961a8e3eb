import Foundation
import Hummingbird
import SmartScore

/// The language a request is answered in: `?lang=` (which the answer then remembers in a cookie), else the
/// `lang` cookie, else the server's default (Indonesian unless `--lang en`).
enum RequestLanguage {
    static let cookieName = "lang"

    static func of(_ request: Request, default fallback: Language) -> Language {
        if let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) { return asked }
        if let remembered = request.cookies[cookieName].flatMap({ Language(rawValue: $0.value) }) { return remembered }
        return fallback
    }

    /// The cookie that remembers a language asked for in the query, for a year.
    static func rememberedCookie(_ request: Request) -> Cookie? {
        guard let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) else { return nil }
        return Cookie(name: cookieName, value: asked.rawValue, maxAge: 365 * 24 * 3600, path: "/", secure: false, httpOnly: true,
                      sameSite: .lax)
    }
}
