import Foundation
import SmartScore

/// What every route reads: the workspace (catalogue, regions, programmes), the store opened read-only,
/// and per dataset its observations, per dataset and year its what-if ranking: loaded on first use and kept
/// until an upload changes the dataset. Routes only adapt: every number comes from the library's use cases.
public final class Dashboard: @unchecked Sendable {
    public let settings: ServerSettings
    public let workspace: Workspace
    public let store: Store
    private var observations: [String: LoadedData] = [:]
    /// Per dataset and scored year (nil: the default year, as `rank` without `--year` chooses it); a village
    /// dataset's fitted cohort is tens of megabytes, so a few are kept, not one per year ever asked.
    private var rankings = RecentlyUsed<RankingKey, WhatIfRanking>(capacity: 6)
    /// Monte Carlo runs, per dataset, year, method, sample count and seed: a client asking seed after seed
    /// gets its answers, and the server keeps the last few.
    private var sensitivities = RecentlyUsed<SensitivityKey, SensitivityResult>(capacity: 8)
    private let lock = NSLock()
    /// One upload's import at a time.
    let importing = ImportGate()

    struct RankingKey: Hashable {
        let dataset: String
        let year: Int?
    }

    struct SensitivityKey: Hashable {
        let dataset: String
        let year: Int?
        let normalisation: ScoringMethod.Normalisation
        let aggregation: ScoringMethod.Aggregation
        let samples: Int
        let seed: UInt64
    }

    /// How many Monte Carlo results are kept (for the tests of the bound).
    var sensitivitiesKept: Int {
        lock.lock()
        defer { lock.unlock() }
        return sensitivities.count
    }

    public init(settings: ServerSettings) throws {
        self.settings = settings
        workspace = try Workspace(paths: settings.paths)
        // Read-only: the server never writes the store through this connection, not even a migration.
        store = try Store(path: settings.storePath, readOnly: true)
        _ = try defaultDataset()
    }

    /// The datasets of the store, in its order.
    func datasets() throws -> [String] { try store.datasetNames() }

    /// The dataset a request names, else the server's, else `default`, else the store's first.
    func dataset(named asked: String?) throws -> String {
        let names = try datasets()
        if let asked {
            guard names.contains(asked) else { throw APIError(.notFound, .dashboardErrorDataset, ["dataset": String(asked.prefix(100))]) }
            return asked
        }
        return try defaultDataset()
    }

    func defaultDataset() throws -> String {
        let names = try datasets()
        if let chosen = settings.dataset {
            guard names.contains(chosen) else {
                throw InputError("the store has no dataset '\(chosen)'", id: "basis data tidak memuat dataset '\(chosen)'",
                                 at: SourceLocation(parameter: .dataset), hint: "its datasets: \(names.joined(separator: ", "))",
                                 hintID: "dataset yang tersedia: \(names.joined(separator: ", "))")
            }
            return chosen
        }
        if names.contains("default") { return "default" }
        guard let first = names.first else {
            throw InputError("the store holds no dataset yet", id: "basis data belum memuat dataset apa pun", at: SourceLocation(parameter: .db),
                             hint: "import one first: smartscore import FILE --dataset NAME",
                             hintID: "impor data terlebih dahulu: smartscore import BERKAS --dataset NAMA")
        }
        return first
    }

    /// The dataset's observations, every year (read from the store once).
    func data(_ dataset: String) throws -> LoadedData {
        lock.lock()
        if let data = observations[dataset] { lock.unlock(); return data }
        lock.unlock()
        let data = try workspace.load(.store(store, dataset: dataset))
        lock.lock()
        defer { lock.unlock() }
        if let other = observations[dataset] { return other }
        observations[dataset] = data
        return data
    }

    /// The what-if ranking of a dataset's year (nil: the default year); each method is fitted once in it.
    func whatIf(_ dataset: String, year: Int? = nil) throws -> WhatIfRanking {
        let key = RankingKey(dataset: dataset, year: year)
        lock.lock()
        if let ranking = rankings.value(key) { lock.unlock(); return ranking }
        lock.unlock()
        let ranking = WhatIfRanking(workspace: workspace, data: try data(dataset), base: MethodSpec(year: year))
        lock.lock()
        defer { lock.unlock() }
        if let other = rankings.value(key) { return other }
        rankings.keep(ranking, for: key)
        return ranking
    }

    /// The dataset's year scored as `rank --db --dataset [--year]` scores it by default (goalpost, arithmetic,
    /// equal weights), or with the spec's method and dimension weights.
    func cohort(_ dataset: String, year: Int? = nil, _ spec: WhatIfSpec = WhatIfSpec()) throws -> ScoredCohort {
        try whatIf(dataset, year: year).rank(spec)
    }

    /// The years a dataset holds values for, and those of them an index is computed for by default (the
    /// others are sparse: few indicators or few cities).
    func years(_ dataset: String) throws -> (all: [Int], full: [Int]) {
        let panel = try cohort(dataset).panel
        return (panel.years, panel.scoringYears)
    }

    /// The year a request asks for, checked against the dataset's years: one it does not hold is not found.
    func year(_ asked: Int?, in dataset: String) throws -> Int? {
        guard let asked else { return nil }
        let years = try years(dataset).all
        guard years.contains(asked) else {
            throw APIError(.notFound, .dashboardErrorYear, ["dataset": dataset, "year": String(asked),
                                                            "years": years.map(String.init).joined(separator: ", ")])
        }
        return asked
    }

    /// The uncertainty runs of a dataset's cohort in a year, scored with the method's normalisation and
    /// aggregation (and the base weights: what-if dimension weights have no runs of their own), kept per
    /// method, sample count and seed (bounded by the settings).
    func sensitivity(_ dataset: String, year: Int? = nil, method: WhatIfSpec = WhatIfSpec(), samples: Int, seed: UInt64) throws -> SensitivityResult {
        let key = SensitivityKey(dataset: dataset, year: year, normalisation: method.normalisation, aggregation: method.aggregation,
                                 samples: samples, seed: seed)
        lock.lock()
        if let kept = sensitivities.value(key) { lock.unlock(); return kept }
        lock.unlock()
        let cohort = try whatIf(dataset, year: year).fittedCohort(normalisation: method.normalisation, aggregation: method.aggregation)
        var result = try SensitivityAnalysis.run(cohort.result, options: SensitivityOptions(samples: samples, seed: seed, indices: false, threads: 1))
        result.values = cohort.valueProvenance
        lock.lock()
        defer { lock.unlock() }
        sensitivities.keep(result, for: key)
        return result
    }

    /// Forgets what was loaded of a dataset, after an upload changed it.
    func forget(_ dataset: String) {
        lock.lock()
        defer { lock.unlock() }
        observations[dataset] = nil
        rankings.forget { $0.dataset == dataset }
        sensitivities.forget { $0.dataset == dataset }
    }
}
