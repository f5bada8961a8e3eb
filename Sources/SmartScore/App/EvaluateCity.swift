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
        var evaluation = CityEvaluation(result: cohort.result, cityIndex: try cohort.findCity(city), history: try cohort.history(),
                                        minimumPeers: minimumPeers)
        evaluation.values = cohort.valueProvenance
        return evaluation
    }
}
