import Foundation

/// What `quickwins` answers: one city's plan, or the ministry's view of every city.
public enum QuickWinsOutcome: Sendable {
    case city(CityPlan, ImpactModel)
    case cohort(CohortQuickWins)
}

extension Workspace {
    /// The impact of every programme for every city of the cohort (arithmetic aggregation on 0–100 only).
    public func impactModel(for cohort: ScoredCohort) throws -> ImpactModel {
        try ImpactModel(programmes: programmes().programmes, result: cohort.result)
    }

    /// Quick wins for `city`, or for every city when `city` is nil.
    public func quickWins(_ source: DataSource, method: MethodSpec, city: String?, options: QuickWinOptions) throws -> QuickWinsOutcome {
        let cohort = try score(source, method: method)
        let model = try impactModel(for: cohort)
        guard let city else {
            var view = CohortQuickWins(model: model, options: options)
            view.values = cohort.valueProvenance
            return .cohort(view)
        }
        var plan = CityPlan(model: model, city: try cohort.findCity(city), options: options)
        plan.values = cohort.valueProvenance
        return .city(plan, model)
    }
}
