import Foundation

extension Workspace {
    /// One city's evaluation within its cohort, with its earlier years scored by the same fitted model.
    /// Percentiles need `minimumPeers` peers of the same type with a score.
    public func evaluate(_ source: DataSource, method: MethodSpec, city: String,
                         minimumPeers: Int = CityEvaluation.defaultMinimumPeers) throws -> CityEvaluation {
        try evaluate(score(source, method: method), city: city, minimumPeers: minimumPeers)
    }

    /// As `evaluate(_:method:city:)`, on a cohort already scored.
    public func evaluate(_ cohort: ScoredCohort, city: String, minimumPeers: Int = CityEvaluation.defaultMinimumPeers) throws -> CityEvaluation {
        guard minimumPeers >= 1 else {
            throw InputError("the minimum peer group must be at least 1", id: "kelompok pembanding minimum harus paling sedikit 1",
                             at: SourceLocation(parameter: .minPeers))
        }
        let history = try cohort.history()
        var evaluation = CityEvaluation(result: cohort.result, cityIndex: try cohort.findCity(city), history: history,
                                        minimumPeers: minimumPeers)
        evaluation.values = cohort.valueProvenance
        let trendYears = Set(history.map(\.year))
        let leftOut = cohort.panel.years.filter { $0 < cohort.result.year && !trendYears.contains($0) }
        if !leftOut.isEmpty { evaluation.historyWarnings.append(.trendYearsLeftOut(years: leftOut)) }
        let indexYears = Set(history.map(\.year) + [cohort.result.year])
        evaluation.series = IndicatorSeries.of(city: evaluation.city.code, results: cohort.everyOtherYear() + [cohort.result], indexYears: indexYears,
                                                order: cohort.panel.indicators.map(\.code))
        return evaluation
    }
}
