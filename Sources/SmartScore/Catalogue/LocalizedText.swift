/// The languages smartscore speaks to people in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case id
    case en

    /// `SMARTSCORE_LANG` when it names a language, else Indonesian.
    public static var fromEnvironment: Language {
        ProcessInfo.processInfo.environment["SMARTSCORE_LANG"].flatMap { Language(rawValue: $0.lowercased()) } ?? .id
    }

    /// The language a command line asks for (`--lang en`, `--lang=en`), else `fromEnvironment`: for messages
    /// printed before, or instead of, the command's own parsing.
    public static func requested(by arguments: [String]) -> Language {
        for (k, a) in arguments.enumerated() {
            if a == "--lang", k + 1 < arguments.count, let l = Language(rawValue: arguments[k + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
        }
        return fromEnvironment
    }
}

import Foundation

/// A text in Indonesian and English.
public struct LocalizedText: Sendable, Equatable, Codable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .id ? id : en
    }
}
