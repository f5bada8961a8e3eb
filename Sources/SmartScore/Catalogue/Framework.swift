import Foundation

/// The programme's framework: six dimensions of three elements each, and three readiness pillars.
/// Loaded from `indicators/framework.yaml`; the dimension and pillar ids are a contract (design.md).
public struct Framework: Sendable, Equatable {
    public struct Element: Sendable, Equatable {
        public let id: String
        public let name: LocalizedText
        public let description: LocalizedText
    }

    public struct Dimension: Sendable, Equatable {
        public let id: String
        public let name: LocalizedText
        public let description: LocalizedText
        public let elements: [Element]
    }

    public struct Pillar: Sendable, Equatable {
        public let id: String
        public let name: LocalizedText
        public let description: LocalizedText
    }

    /// The dimension ids, in the order every output lists them.
    public static let dimensionIDs = ["governance", "branding", "economy", "living", "society", "environment"]
    /// The pillar ids, in the order every output lists them.
    public static let pillarIDs = ["structure", "infrastructure", "suprastructure"]

    public let dimensions: [Dimension]
    public let pillars: [Pillar]

    public func dimension(_ id: String) -> Dimension? { dimensions.first { $0.id == id } }
    public func element(_ dimension: String, _ element: String) -> Element? {
        self.dimension(dimension)?.elements.first { $0.id == element }
    }

    /// The name of `dimension` or `dimension/element` (ids as the scores and standings carry them).
    public func name(of path: String, _ language: Language) -> String {
        let parts = path.split(separator: "/").map(String.init)
        if parts.count == 2 { return element(parts[0], parts[1])?.name[language] ?? path }
        return dimension(path)?.name[language] ?? path
    }
    public func pillar(_ id: String) -> Pillar? { pillars.first { $0.id == id } }

    /// The name without its parenthesised gloss ("Tata Kelola Cerdas (Smart Governance)" → "Tata Kelola
    /// Cerdas"), for prose and chart axes.
    public func plainName(of path: String, _ language: Language) -> String {
        let full = name(of: path, language)
        guard full.hasSuffix(")"), let open = full.range(of: " (", options: .backwards) else { return full }
        return String(full[..<open.lowerBound])
    }

    /// Every element with its dimension, in framework order.
    public var elements: [(dimension: String, element: Element)] {
        dimensions.flatMap { d in d.elements.map { (d.id, $0) } }
    }
}
