import Foundation

/// What every scoring use case starts from: the data (all its years, as a panel), the model fitted on
/// the reference year, and the scored year's cohort.
public struct ScoredCohort: Sendable {
    public let catalogue: Catalogue
    public let data: LoadedData
    public let panel: IndicatorPanel
    public let model: ScoringModel
    public let result: ScoreResult

    public var method: ScoringMethod { model.method }

    /// The city's row in the scored cohort; a city that is in the data but has no value in the scored year
    /// is told apart from one that is not in the data at all.
    public func findCity(_ query: String) throws -> Int {
        do {
            return try CityLookup.find(query, in: result.cities)
        } catch let error as InputError {
            guard let k = try? CityLookup.find(query, in: panel.cities) else { throw error }
            let code = panel.cities[k].code
            let years = panel.years(of: code).map(String.init).joined(separator: ", ")
            throw InputError("\(code) has no values for \(result.year)", id: "\(code) tidak punya nilai untuk \(result.year)",
                             at: SourceLocation(parameter: .city),
                             hint: "its years: \(years); choose one with the year", hintID: "tahunnya: \(years); pilih salah satu sebagai tahun")
        }
    }

    /// The years before the scored one, scored by the same fitted model (so a change is the city's, not
    /// the scale's), for the trend.
    /// Only the years that hold most of the data (`IndicatorPanel.scoringYears`): an index of a year with
    /// two series would rest on them alone.
    public func history() throws -> [ScoreResult] {
        try panel.scoringYears.filter { $0 < result.year }.map { try model.apply(to: panel.matrix(year: $0)) }
    }

    /// Every year of the data but the scored one, scored by the same fitted model, for the city's series
    /// over the years; a year the model cannot score at all (no indicator it has a scale for) is left out.
    public func everyOtherYear() -> [ScoreResult] {
        panel.years.filter { $0 != result.year }.compactMap { year in
            guard let matrix = try? panel.matrix(year: year), !matrix.indicators.isEmpty else { return nil }
            return try? model.apply(to: matrix)
        }
    }
}

extension Workspace {
    /// Loads the source, fits the method on the reference year (default: the scored year) and scores
    /// the scored year (default: the latest).
    /// A store's page check (a store opened read-only checks every page beside its reads) runs on beside the
    /// scoring; nothing is given back, not even an error of the scoring's, before it has passed.
    public func score(_ source: DataSource, method spec: MethodSpec) throws -> ScoredCohort {
        let method = try spec.method(in: self)
        let data = try load(source, pagesChecked: false)
        let scored = Result { try score(data, method: method, year: spec.year, referenceYear: spec.referenceYear) }
        if case let .store(store, _) = source { try store.pagesChecked() }
        return try scored.get()
    }

    /// As `score(_:method:)`, on data already loaded.
    public func score(_ data: LoadedData, method: ScoringMethod, year: Int? = nil, referenceYear: Int? = nil) throws -> ScoredCohort {
        let panel = IndicatorPanel(batch: data.batch, catalogue: catalogue)
        let scored = try panel.matrix(year: year)
        let reference: IndicatorMatrix
        if let referenceYear, referenceYear != scored.year {
            do { reference = try panel.matrix(year: referenceYear) } catch var error as InputError {
                error.location = SourceLocation(parameter: .referenceYear)
                throw error
            }
        } else {
            reference = scored
        }
        let model = try ScoringModel.fit(method, reference: reference, framework: framework, catalogue: catalogue.indicators)
        var result = try model.apply(to: scored)
        if year == nil, let last = panel.years.last, last > scored.year {
            result.warnings.append(.laterYearsSparse(scored: scored.year, later: panel.years.filter { $0 > scored.year }))
        } else if !panel.scoringYears.contains(scored.year),
                  let fullest = panel.scoringYears.max(by: { panel.size(ofYear: $0).values < panel.size(ofYear: $1).values }) {
            let here = panel.size(ofYear: scored.year), there = panel.size(ofYear: fullest)
            result.warnings.append(.scoredYearSparse(year: scored.year, values: here.values, cities: here.cities, fullest: fullest,
                                                     fullestValues: there.values, fullestCities: there.cities))
        }
        return ScoredCohort(catalogue: catalogue, data: data, panel: panel, model: model, result: result)
    }
}
