import SmartScore

/// Builds a city's report (HTML or Markdown) from a scored cohort: used by `report --city` and by
/// `evaluate --format html`.
enum CityReportBuilder {
    static func build(cohort: ScoredCohort, city: String, sensitivity: SensitivityResult?, programmes: String?,
                      budget: [Horizon: Double], provenance: Provenance) throws -> CityReport {
        let result = cohort.result, catalogue = cohort.catalogue
        let k = try cohort.findCity(city)
        let evaluation = CityEvaluation(result: result, cityIndex: k, history: try cohort.history())
        var plan: CityPlan?
        if cohort.method.aggregation == .arithmetic && cohort.method.isBounded {
            let programmeCatalogue = try programmes.map { try ProgrammeCatalogue.load(path: $0, catalogue: catalogue) }
                ?? ProgrammeCatalogue.bundled(catalogue: catalogue)
            let model = try ImpactModel(programmes: programmeCatalogue.programmes, result: result)
            plan = CityPlan(model: model, city: k, options: QuickWinOptions(budget: budget))
        }
        return CityReport(evaluation: evaluation, plan: plan, sensitivity: sensitivity,
                          profile: profile(of: result.cities[k].code, batch: cohort.batch, year: result.input.year, catalogue: catalogue),
                          provenance: provenance, catalogue: catalogue)
    }

    /// The city's values of indicators that are not scored (profile, neutral), for the report's profile.
    static func profile(of code: String, batch: ObservationBatch, year: Int, catalogue: Catalogue) -> [(indicator: Indicator, value: Double)] {
        (0..<batch.count).compactMap { row -> (Indicator, Double)? in
            guard Int(batch.years[row]) == year, batch.city(atRow: row).code == code,
                  let indicator = catalogue[batch.indicator(atRow: row)], !indicator.isScored else { return nil }
            return (indicator, batch.values[row])
        }.sorted { $0.0.code < $1.0.code }
    }
}
