import Foundation

/// What a report adds to the scoring: the uncertainty runs behind its rank intervals, and the budget
/// of its roadmap.
public struct ReportSpec: Sendable, Equatable {
    /// Monte Carlo runs for the rank intervals (0: none).
    public var samples: Int
    public var seed: UInt64
    public var threads: Int
    /// How the Buku 2 section chooses quick wins and fills the roadmap (as `quickwins`).
    public var quickWins: QuickWinOptions
    /// A filled sheet of the ministry's quick-win criteria for the city's quick wins.
    public var criteria: String?
    /// Peers of the same type a percentile needs.
    public var minimumPeers: Int

    public init(samples: Int = 300, seed: UInt64 = 1, threads: Int = 1, quickWins: QuickWinOptions = QuickWinOptions(), criteria: String? = nil,
                minimumPeers: Int = CityEvaluation.defaultMinimumPeers) {
        self.minimumPeers = minimumPeers
        self.samples = samples
        self.seed = seed
        self.threads = threads
        self.quickWins = quickWins
        self.criteria = criteria
    }
}

extension Workspace {
    /// A city's Buku 1 chapter (and Buku 2 quick wins): evaluation with its history, quick wins where
    /// the method allows them, rank interval, profile and provenance.
    public func cityReport(_ source: DataSource, method: MethodSpec, city: String, spec: ReportSpec,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> CityReport {
        let assessment = try criteriaSheet(spec.criteria)
        let cohort = try score(source, method: method)
        return try cityReport(cohort, city: city, sensitivity: try sensitivity(for: cohort, spec: spec, progress: progress), quickWins: spec.quickWins,
                              assessment: assessment, minimumPeers: spec.minimumPeers)
    }

    /// As `cityReport(_:method:city:spec:)` on a scored cohort, with the uncertainty analysis given (or none).
    public func cityReport(_ cohort: ScoredCohort, city: String, sensitivity: SensitivityResult?, quickWins: QuickWinOptions = QuickWinOptions(),
                           assessment: QuickWinAssessment? = nil, minimumPeers: Int = CityEvaluation.defaultMinimumPeers) throws -> CityReport {
        let evaluation = try evaluate(cohort, city: city, minimumPeers: minimumPeers)
        var plan: CityPlan?
        if cohort.method.aggregation == .arithmetic && cohort.method.isBounded {
            plan = try cityPlan(cohort, model: try impactModel(for: cohort), city: evaluation.cityIndex, options: quickWins, assessment: assessment)
        }
        var report = CityReport(evaluation: evaluation, plan: plan, sensitivity: sensitivity,
                                profile: Self.profile(of: evaluation.city.code, batch: cohort.data.batch, year: cohort.result.year, catalogue: catalogue),
                                provenance: try cohort.data.provenance(), catalogue: catalogue)
        report.values = cohort.valueProvenance
        return report
    }

    /// The cohort's ranking report with rank intervals and a heat map of every city.
    public func cohortReport(_ source: DataSource, method: MethodSpec, spec: ReportSpec,
                             progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> CohortReport {
        let cohort = try score(source, method: method)
        var report = CohortReport(result: cohort.result, sensitivity: try sensitivity(for: cohort, spec: spec, progress: progress),
                                  provenance: try cohort.data.provenance(), catalogue: catalogue)
        report.values = cohort.valueProvenance
        if report.summarises { report.areaNames = try areaNames() }
        return report
    }

    /// The names a summarised cohort report gives its regencies and districts: the region list, and the
    /// districts of `datasets/villages/` when the bundled data is there (without it, areas show their codes).
    func areaNames() throws -> CohortAreaNames {
        let districts = paths.datasets == nil ? [:] : try bundledData().districtNames()
        return CohortAreaNames(regions: regions, districts: districts)
    }

    /// The rank intervals of a report: none for `samples == 0` or a cohort without a ranked city;
    /// Sobol indices from 70 runs on (ten base samples of the design, each of inputs + 2 runs).
    func sensitivity(for cohort: ScoredCohort, spec: ReportSpec, progress: (@Sendable (Int, Int) -> Void)?) throws -> SensitivityResult? {
        guard spec.samples > 0, cohort.result.ranks.contains(where: { $0 != nil }) else { return nil }
        return try SensitivityAnalysis.run(cohort.result, options: SensitivityOptions(samples: spec.samples, seed: spec.seed,
                                                                                      indices: spec.samples >= SensitivityOptions.leastSamplesForIndices(UncertainInput.defaults),
                                                                                      threads: spec.threads),
                                           progress: progress)
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
