import Foundation

/// A candidate programme for a city's masterplan: what it moves (a share of the city's gap on each
/// indicator), what it takes (effort, cost, months) and what can go wrong. A class: every city's plan holds
/// every programme, and a reference is one retain where a struct of texts and lists is many.
public final class Programme: Sendable {
    public init(id: String, name: LocalizedText, dimension: String, element: String, description: LocalizedText, kind: Kind,
                citizenFacing: Bool, regionTypes: Set<RegionType> = Set(RegionType.allCases), effects: [Effect], effort: Int,
                cost: (min: Double, max: Double), months: Int, risk: Level, risks: [Risk], owner: String, idea: IdeaSource? = nil,
                origin: SourceLocation) {
        self.id = id; self.name = name; self.dimension = dimension; self.element = element; self.description = description
        self.kind = kind; self.citizenFacing = citizenFacing; self.regionTypes = regionTypes; self.effects = effects
        self.effort = effort; self.cost = cost; self.months = months; self.risk = risk; self.risks = risks; self.owner = owner
        self.idea = idea; self.origin = origin
    }

    public enum Level: String, Sendable, CaseIterable { case low, medium, high }

    /// What the programme does to get its effect. The programme asks quick wins to sharpen a service that
    /// already exists (a procedure, a channel, an application, a campaign) rather than to build.
    public enum Kind: String, Sendable, CaseIterable {
        /// Sharpens a service that already exists: new procedures, channels, software on existing hardware.
        case service
        /// Builds or buys physical assets (networks, plants, vehicles, buildings, sensors).
        case infrastructure
    }

    /// The kinds of region a programme suits (a bus rapid transit line suits a city, not a highland regency).
    public enum RegionType: String, Sendable, CaseIterable {
        case kota, kabupaten
    }

    /// Where the idea comes from: a national programme, a regulation or a city that runs it.
    public struct IdeaSource: Sendable {
        public let name: String
        public let url: String?
        public init(name: String, url: String?) {
            self.name = name
            self.url = url
        }
    }

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
    /// The framework element of `dimension` the programme serves.
    public let element: String
    public let description: LocalizedText
    public let kind: Kind
    /// Whether citizens meet the programme themselves (a counter, an app, a bus), not only officials.
    public let citizenFacing: Bool
    public let regionTypes: Set<RegionType>
    public let effects: [Effect]
    /// 1 (light) … 5 (heavy).
    public let effort: Int
    /// IDR.
    public let cost: (min: Double, max: Double)
    public let months: Int
    public let risk: Level
    public let risks: [Risk]
    public let owner: String
    public let idea: IdeaSource?
    public let origin: SourceLocation

    /// Whether the programme suits a region of this type (`kota`, `kabupaten`); any other or unknown type
    /// (villages, a cohort built in code) takes every programme.
    public func suits(regionType: String?) -> Bool {
        guard let type = regionType.flatMap(RegionType.init(rawValue:)) else { return true }
        return regionTypes.contains(type)
    }

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
