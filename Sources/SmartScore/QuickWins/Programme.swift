import Foundation

/// A candidate programme for a city's masterplan: what it moves (a share of the city's gap on each
/// indicator), what it takes (effort, cost, months) and what can go wrong.
public struct Programme: Sendable {
    public init(id: String, name: LocalizedText, dimension: String, description: LocalizedText, effects: [Effect], effort: Int,
                cost: (min: Double, max: Double), months: Int, risk: Level, risks: [Risk], owner: String, origin: SourceLocation) {
        self.id = id; self.name = name; self.dimension = dimension; self.description = description; self.effects = effects
        self.effort = effort; self.cost = cost; self.months = months; self.risk = risk; self.risks = risks; self.owner = owner
        self.origin = origin
    }

    public enum Level: String, Sendable, CaseIterable { case low, medium, high }

    public struct Effect: Sendable {
        public let indicator: String
        /// The share of the city's gap on the indicator the programme closes, in (0, 1].
        public let effect: Double
        public init(indicator: String, effect: Double) {
            self.indicator = indicator
            self.effect = effect
        }
    }

    public struct Risk: Sendable {
        public let risk: LocalizedText
        public let likelihood: Level
        public let impact: Level
        public let mitigation: LocalizedText
    }

    public let id: String
    public let name: LocalizedText
    public let dimension: String
    public let description: LocalizedText
    public let effects: [Effect]
    /// 1 (light) … 5 (heavy).
    public let effort: Int
    /// IDR.
    public let cost: (min: Double, max: Double)
    public let months: Int
    public let risk: Level
    public let risks: [Risk]
    public let owner: String
    public let origin: SourceLocation

    /// The masterplan horizon the programme's first service falls in.
    public var horizon: Horizon { Horizon(months: months) }
}

/// Buku 2's horizons: 1 year (short, ≤ 12 months — where quick wins live), 5 years (medium, ≤ 60), 10+ years (long).
public enum Horizon: String, Sendable, CaseIterable {
    case short, medium, long

    public init(months: Int) {
        self = months <= 12 ? .short : months <= 60 ? .medium : .long
    }
}
