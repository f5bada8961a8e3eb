import Foundation

/// The words of one language: every text a person reads comes from `LanguageTable` through a localizer,
/// with its `{placeholders}` filled, and every number through its `NumberFormat`.
public struct Localizer: Sendable {
    public let language: Language
    public let numbers: NumberFormat

    public init(_ language: Language) {
        self.language = language
        numbers = .of(language)
    }

    /// The text of `key`, placeholders `{name}` replaced by `arguments[name]`.
    public func callAsFunction(_ key: TextKey, _ arguments: [String: String] = [:]) -> String {
        Self.fill(LanguageTable.text(key)[language], arguments)
    }

    /// The text of `key` with its placeholders, as written in the table.
    public func template(_ key: TextKey) -> String { LanguageTable.text(key)[language] }

    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var out = ""
        out.reserveCapacity(template.count)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The placeholders a template uses, for the table's test.
    static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
