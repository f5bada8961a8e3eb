import SmartScore

/// What every verb built on the engine starts from: the catalogue, the method, all the data, and the
/// cohort of the chosen year scored.
struct ScoredCohort {
    let catalogue: Catalogue
    let method: ScoringMethod
    let batch: ObservationBatch
    let engine: ScoringEngine
    let result: ScoreResult

    static func load(global: GlobalOptions, source: DataSourceOptions, methodOptions: MethodOptions) throws -> ScoredCohort {
        let catalogue = try global.prepare()
        let method = try methodOptions.method(catalogue: catalogue)
        let batch = try source.load(catalogue: catalogue)
        let engine = ScoringEngine(framework: catalogue.framework)
        let matrix = try IndicatorMatrix.build(from: batch, catalogue: catalogue, year: methodOptions.year)
        return ScoredCohort(catalogue: catalogue, method: method, batch: batch, engine: engine,
                            result: try engine.score(matrix, method: method))
    }

    /// The years before the scored one, scored the same way, for the trend.
    func history() throws -> [ScoreResult] {
        try engine.scoreEarlierYears(of: batch, catalogue: catalogue, method: method, before: result.input.year)
    }
}
