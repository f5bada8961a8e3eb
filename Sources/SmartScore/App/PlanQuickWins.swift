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

    /// Quick wins for `city`, or for every city when `city` is nil. `criteria`: a filled sheet of the
    /// ministry's ten quick-win criteria (YAML or CSV) for the city's quick wins, shown beside their impact.
    public func quickWins(_ source: DataSource, method: MethodSpec, city: String?, options: QuickWinOptions,
                          criteria: String? = nil) throws -> QuickWinsOutcome {
        // The sheet first: a mistake in it is found before the cohort is scored.
        let assessment = try criteriaSheet(criteria)
        let cohort = try score(source, method: method)
        let model = try impactModel(for: cohort)
        guard let city else {
            var view = CohortQuickWins(model: model, options: options)
            view.values = cohort.valueProvenance
            return .cohort(view)
        }
        return .city(try cityPlan(cohort, model: model, city: try cohort.findCity(city), options: options, assessment: assessment), model)
    }

    /// The criteria sheet at `path`, read against the workspace's programmes.
    func criteriaSheet(_ path: String?) throws -> QuickWinAssessment? {
        try path.map { try QuickWinAssessment.load(path: $0, programmes: programmes().programmes) }
    }

    /// City `c`'s plan with its provenance and its criteria sheet (which, when it names its region, must name this one).
    func cityPlan(_ cohort: ScoredCohort, model: ImpactModel, city c: Int, options: QuickWinOptions,
                  assessment: QuickWinAssessment?) throws -> CityPlan {
        // A neighbour's sheet would score the wrong quick wins.
        if let assessment, let named = assessment.city, (try? CityLookup.find(named, in: cohort.result.cities)) != c {
            throw InputError(.quickwinsCriteriaOtherCity, ["sheet": named, "city": cohort.result.cities[c].name],
                             at: SourceLocation(file: assessment.file))
        }
        var plan = CityPlan(model: model, city: c, options: options)
        plan.values = cohort.valueProvenance
        plan.assessment = assessment
        return plan
    }
}
