import Foundation

extension Workspace {
    /// One city's evaluation within its cohort, with its earlier years scored by the same fitted model.
    public func evaluate(_ source: DataSource, method: MethodSpec, city: String) throws -> CityEvaluation {
        try evaluate(score(source, method: method), city: city)
    }

    /// As `evaluate(_:method:city:)`, on a cohort already scored.
    public func evaluate(_ cohort: ScoredCohort, city: String) throws -> CityEvaluation {
        CityEvaluation(result: cohort.result, cityIndex: try cohort.findCity(city), history: try cohort.history())
    }
}
