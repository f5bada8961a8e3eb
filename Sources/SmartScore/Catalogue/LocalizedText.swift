import Foundation

/// The languages smartscore speaks to people in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case id
    case en
}

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
