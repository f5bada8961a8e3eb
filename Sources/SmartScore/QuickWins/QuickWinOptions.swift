import Foundation

/// How programmes are sorted into the impact/effort quadrants and chosen as quick wins and for the roadmap.
public struct QuickWinOptions: Sendable, Equatable {
    /// A programme is high-impact when its impact is positive and at least this many index points;
    /// `nil` uses the median of the city's positive impacts (so half the useful programmes are "high").
    public var impactThreshold: Double?
    /// A programme is low-effort when its effort (1–5) is at most this.
    public var lowEffortMax: Int = 2
    /// Budget per horizon in IDR (a programme counts at its maximum cost); a missing horizon is unlimited.
    public var budget: [Horizon: Double] = [:]
    /// Quick wins chosen on each dimension.
    public var perDimension: Int = 1
    /// Whether a quick win must sharpen an existing service when one can (the programme's rule); false
    /// ranks services and infrastructure alike.
    public var servicesFirst: Bool = true
    /// At most this many programmes in the first year (the quick wins first); the rest wait for years 2–5.
    public var yearOneMax: Int = 8

    public init(impactThreshold: Double? = nil, lowEffortMax: Int = 2, budget: [Horizon: Double] = [:], perDimension: Int = 1,
                servicesFirst: Bool = true, yearOneMax: Int = 8) {
        self.impactThreshold = impactThreshold
        self.lowEffortMax = lowEffortMax
        self.budget = budget
        self.perDimension = perDimension
        self.servicesFirst = servicesFirst
        self.yearOneMax = yearOneMax
    }
}

public enum Quadrant: String, Sendable, CaseIterable {
    /// High impact, low effort.
    case quickWin = "quick_win"
    /// High impact, high effort.
    case majorProject = "major_project"
    /// Low impact, low effort.
    case fillIn = "fill_in"
    /// Low impact, high effort.
    case thankless
}
