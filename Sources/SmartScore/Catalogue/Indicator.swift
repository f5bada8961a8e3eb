import Foundation

/// One indicator of the catalogue: an SNI ISO 37120 / 37122 / 37123 indicator, or a supplementary
/// `local` one, mapped to a dimension, an element and a readiness pillar.
public struct Indicator: Sendable, Equatable {
    public enum Polarity: String, Sendable, Codable, CaseIterable {
        case higherBetter = "higher_better"
        case lowerBetter = "lower_better"
        case neutral
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case core, supporting, indicator, profile
    }

    /// Goalposts in the indicator's raw unit: a value at `worst` scores 0, at `best` 100.
    public struct Goalposts: Sendable, Equatable {
        public let worst: Double
        public let best: Double
        public let basis: String
    }

    public struct NationalTarget: Sendable, Equatable {
        public let value: Double
        public let year: Int?
        public let source: String
    }

    /// `37122:5.1`, `37120:P.3`, `local:B.1`.
    public let code: String
    public let standard: String
    public let clause: String
    public let theme: String
    public let name: LocalizedText
    public let dimension: String
    public let element: String
    public let pillar: String
    public let unit: String
    public let polarity: Polarity
    public let kind: Kind
    public let goalposts: Goalposts?
    /// Bounds of a plausible value; `nil` means unbounded on that side.
    public let validRange: (min: Double?, max: Double?)
    public let nationalTarget: NationalTarget?
    /// How sure the code and title are: `verified`, `edition-2014`, `title-only`, `memory`, `national-statistics`.
    public let sourceConfidence: String
    public let source: String?
    public let note: String?
    /// The catalogue file and line this indicator was read from.
    public let origin: SourceLocation

    /// Whether the indicator takes part in scoring: not a profile indicator and not neutral.
    public var isScored: Bool { kind != .profile && polarity != .neutral }

    public static func == (a: Indicator, b: Indicator) -> Bool {
        a.code == b.code && a.standard == b.standard && a.clause == b.clause && a.theme == b.theme
            && a.name == b.name && a.dimension == b.dimension && a.element == b.element && a.pillar == b.pillar
            && a.unit == b.unit && a.polarity == b.polarity && a.kind == b.kind && a.goalposts == b.goalposts
            && a.validRange.min == b.validRange.min && a.validRange.max == b.validRange.max
            && a.nationalTarget == b.nationalTarget && a.sourceConfidence == b.sourceConfidence
            && a.source == b.source && a.note == b.note
    }

    /// The default plausible range for a unit: 0–100 for a percentage, non-negative otherwise.
    static func defaultRange(unit: String) -> (min: Double?, max: Double?) {
        unit.trimmingCharacters(in: .whitespaces) == "%" ? (0, 100) : (0, nil)
    }
}


extension Indicator: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
