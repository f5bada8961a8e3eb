import Foundation

/// The ministry's view: each city's quick win on each dimension, and how many cities each programme serves.
public struct CohortQuickWins: Sendable {
    public struct CityPicks: Sendable {
        public let city: CityRecord
        /// One per framework dimension, in framework order.
        public let picks: [CityPlan.DimensionPicks]
    }

    public struct ProgrammeReach: Sendable {
        public let programme: Programme
        /// Cities that have the programme among their quick wins.
        public let citiesServed: Int
        /// Its impact summed over all cities it suits (index points).
        public let totalImpact: Double
    }

    public let cities: [CityPicks]
    /// Every programme, the most cities served first.
    public let programmes: [ProgrammeReach]
    /// The scored cohort the view was planned on (its year and method).
    public let result: ScoreResult
    public let options: QuickWinOptions
    /// Where the scored year's values came from (set by the use case, which has the observations).
    public var values: ValueProvenance?

    public init(model: ImpactModel, options: QuickWinOptions) {
        var served = [Int](repeating: 0, count: model.programmes.count)
        var totals = [Double](repeating: 0, count: model.programmes.count)
        var cities: [CityPicks] = []
        for c in model.result.order {
            let plan = CityPlan(model: model, city: c, options: options)
            for entry in plan.picks.flatMap(\.picks) { served[entry.index] += 1 }
            for entry in plan.entries { totals[entry.index] += entry.impact }
            cities.append(CityPicks(city: plan.city, picks: plan.picks))
        }
        self.cities = cities
        self.options = options
        result = model.result
        programmes = model.programmes.enumerated().map { p, programme in
            ProgrammeReach(programme: programme, citiesServed: served[p], totalImpact: totals[p])
        }.sorted {
            if $0.citiesServed != $1.citiesServed { return $0.citiesServed > $1.citiesServed }
            if $0.totalImpact != $1.totalImpact { return $0.totalImpact > $1.totalImpact }
            return $0.programme.id < $1.programme.id
        }
    }
}
