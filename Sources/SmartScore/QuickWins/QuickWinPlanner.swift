import Foundation

/// How programmes are sorted into the impact/effort quadrants and chosen for the roadmap.
public struct QuickWinOptions: Sendable {
    /// A programme is high-impact when its impact is positive and at least this many index points;
    /// `nil` uses the median of the city's positive impacts (so half the useful programmes are "high").
    public var impactThreshold: Double?
    /// A programme is low-effort when its effort (1–5) is at most this.
    public var lowEffortMax: Int = 2
    /// Budget per horizon in IDR (a programme counts at its maximum cost); a missing horizon is unlimited.
    public var budget: [Horizon: Double] = [:]
    /// How many quick wins each city lists in the cohort view.
    public var top: Int = 5

    public init(impactThreshold: Double? = nil, lowEffortMax: Int = 2, budget: [Horizon: Double] = [:], top: Int = 5) {
        self.impactThreshold = impactThreshold
        self.lowEffortMax = lowEffortMax
        self.budget = budget
        self.top = top
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

/// One city's quick wins: its programmes ranked by priority, their quadrants, the roadmap over the three
/// horizons within the budget, the index points each horizon adds, and the risk register of the first year.
public struct CityPlan: Sendable {
    public struct Entry: Sendable {
        public let programme: Programme
        /// Index into the model's programmes.
        public let index: Int
        public let impact: Double
        public let priority: Double
        public let quadrant: Quadrant
    }

    public let city: CityRecord
    public let entries: [Entry]
    public let impactThreshold: Double
    public let roadmap: [Horizon: [Entry]]
    /// Index points each horizon adds on top of the earlier ones.
    public let gains: [Horizon: Double]
    /// Risks of the programmes chosen for the first year.
    public let risks: [(programme: Programme, risk: Programme.Risk)]
    public let options: QuickWinOptions
    /// Where the scored year's values came from (set by the use case, which has the observations).
    public var values: ValueProvenance?

    public var quickWins: [Entry] { entries.filter { $0.quadrant == .quickWin } }

    public init(model: ImpactModel, city c: Int, options: QuickWinOptions) {
        self.city = model.result.cities[c]
        self.options = options
        let impacts = (0..<model.programmes.count).map { model.impact[$0, c] }
        let positive = impacts.filter { $0 > 1e-12 }.sorted()
        let threshold = options.impactThreshold
            ?? Statistics.median(sorted: positive) ?? .infinity
        impactThreshold = threshold
        entries = model.programmes.enumerated().map { p, programme in
            let impact = max(0, impacts[p])
            let high = impact > 1e-12 && impact >= threshold
            let low = programme.effort <= options.lowEffortMax
            let quadrant: Quadrant = high ? (low ? .quickWin : .majorProject) : (low ? .fillIn : .thankless)
            return Entry(programme: programme, index: p, impact: impact, priority: impact / Double(programme.effort), quadrant: quadrant)
        }.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.programme.id < $1.programme.id }

        // The roadmap: by priority within each horizon, while the horizon's budget holds.
        var roadmap: [Horizon: [Entry]] = [:]
        for horizon in Horizon.allCases {
            var spent = 0.0
            var chosen: [Entry] = []
            for entry in entries where entry.programme.horizon == horizon && entry.impact > 1e-12 {
                let cost = entry.programme.cost.max
                if let budget = options.budget[horizon], spent + cost > budget { continue }
                spent += cost
                chosen.append(entry)
            }
            roadmap[horizon] = chosen
        }
        self.roadmap = roadmap
        var gains: [Horizon: Double] = [:]
        var sofar: [Int] = []
        var before = 0.0
        for horizon in Horizon.allCases {
            sofar += roadmap[horizon]!.map(\.index)
            let total = model.combinedGain(of: sofar, city: c)
            gains[horizon] = total - before
            before = total
        }
        self.gains = gains
        risks = roadmap[.short]!.flatMap { entry in entry.programme.risks.map { (entry.programme, $0) } }
    }
}

/// The ministry's view: each city's top quick wins, and which programmes would lift the most cities the most.
public struct CohortQuickWins: Sendable {
    public struct CityTop: Sendable {
        public let city: CityRecord
        public let top: [CityPlan.Entry]
    }

    public struct ProgrammeReach: Sendable {
        public let programme: Programme
        /// Cities that have the programme among their top quick wins.
        public let citiesLifted: Int
        /// Its impact summed over all cities (index points).
        public let totalImpact: Double
    }

    public let cities: [CityTop]
    public let programmes: [ProgrammeReach]
    /// The scored cohort the view was planned on (its year and method).
    public let result: ScoreResult
    /// Where the scored year's values came from (set by the use case, which has the observations).
    public var values: ValueProvenance?

    /// A city's top quick wins are its first-year programmes (≤ 12 months) with positive impact, by priority.
    public init(model: ImpactModel, options: QuickWinOptions) {
        var lifted = [Int](repeating: 0, count: model.programmes.count)
        var tops: [CityTop] = []
        for c in model.result.order {
            let plan = CityPlan(model: model, city: c, options: options)
            let top = Array(plan.entries.filter { $0.programme.horizon == .short && $0.impact > 1e-12 }.prefix(options.top))
            for entry in top { lifted[entry.index] += 1 }
            tops.append(CityTop(city: plan.city, top: top))
        }
        cities = tops
        result = model.result
        let totals = model.impact.rowSums()
        programmes = model.programmes.enumerated().map { p, programme in
            ProgrammeReach(programme: programme, citiesLifted: lifted[p], totalImpact: totals[p])
        }.sorted {
            if $0.citiesLifted != $1.citiesLifted { return $0.citiesLifted > $1.citiesLifted }
            if $0.totalImpact != $1.totalImpact { return $0.totalImpact > $1.totalImpact }
            return $0.programme.id < $1.programme.id
        }
    }
}
