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

    /// The city's row in the scored cohort; a city that is in the data but has no value in the scored year
    /// is told apart from one that is not in the data at all.
    func findCity(_ query: String) throws -> Int {
        do {
            return try CityLookup.find(query, in: result.cities)
        } catch let error as InputError {
            guard let k = try? CityLookup.find(query, in: batch.cities) else { throw error }
            let code = batch.cities[k].code
            let years = Set((0..<batch.count).filter { batch.city(atRow: $0).code == code }.map { Int(batch.years[$0]) }).sorted()
            throw InputError("\(code) has no values for \(result.input.year)", id: "\(code) tidak punya nilai untuk \(result.input.year)",
                             at: SourceLocation(flag: "--city"),
                             hint: "its years: \(years.map(String.init).joined(separator: ", ")); choose one with --year",
                             hintID: "tahunnya: \(years.map(String.init).joined(separator: ", ")); pilih dengan --year")
        }
    }

    /// The years before the scored one, scored the same way, for the trend.
    func history() throws -> [ScoreResult] {
        try engine.scoreEarlierYears(of: batch, catalogue: catalogue, method: method, before: result.input.year)
    }
}
