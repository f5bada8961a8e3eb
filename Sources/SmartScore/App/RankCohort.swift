import Foundation

/// A ranking as a front end shows it: the scored cohort, which cities to show, and (when asked) each
/// city's rank interval from the uncertainty analysis.
public struct CohortRanking: Sendable {
    public let cohort: ScoredCohort
    public let filter: RankReport.Filter
    /// Per city of the cohort (by row), its 5–95 % rank interval; nil when not asked for.
    public let intervals: [RankInterval?]?
    /// Where the scored year's values came from.
    public var values: ValueProvenance { cohort.valueProvenance }
}

/// How many Monte Carlo runs a ranking's intervals take, and how they are drawn.
public struct UncertaintySpec: Sendable, Equatable {
    public var runs: Int
    public var seed: UInt64
    public var threads: Int

    public init(runs: Int, seed: UInt64 = 1, threads: Int = 1) {
        self.runs = runs
        self.seed = seed
        self.threads = threads
    }
}

extension Workspace {
    /// Scores and ranks the cohort; the filter only chooses which cities are shown (ranks are the whole
    /// cohort's). A province the data does not have is an error naming the provinces it has.
    public func rank(_ source: DataSource, method: MethodSpec, filter: RankReport.Filter = .init(),
                     uncertainty: UncertaintySpec? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> CohortRanking {
        let cohort = try score(source, method: method)
        let result = cohort.result
        if let province = filter.province, !result.cities.contains(where: { RegionRegistry.sameProvince($0.province, province) }) {
            let known = Array(Set(result.cities.compactMap(\.province))).sorted().joined(separator: ", ")
            throw InputError("no city of province '\(province)' in the data", id: "tidak ada wilayah provinsi '\(province)' dalam data",
                             at: SourceLocation(parameter: .province), hint: "the data's provinces: \(known)",
                             hintID: "provinsi dalam data: \(known)")
        }
        var intervals: [RankInterval?]?
        if let uncertainty {
            let options = SensitivityOptions(samples: uncertainty.runs, seed: uncertainty.seed, indices: false, threads: uncertainty.threads)
            do {
                intervals = SensitivityReport.intervals(try SensitivityAnalysis.run(result, options: options, progress: progress))
            } catch var error as InputError where error.location?.parameter == .samples {
                error.location?.parameter = .uncertainty      // the runs were asked for as the ranking's uncertainty
                throw error
            }
        }
        return CohortRanking(cohort: cohort, filter: filter, intervals: intervals)
    }
}
