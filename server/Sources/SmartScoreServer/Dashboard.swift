import Foundation
import SmartScore

/// What every route reads: the workspace (catalogue, regions, programmes), the store opened read-only,
/// and per dataset its observations and what-if ranking, loaded on first use and kept until an upload
/// changes the dataset. Routes only adapt: every number comes from the library's use cases.
public final class Dashboard: @unchecked Sendable {
    public let settings: ServerSettings
    public let workspace: Workspace
    public let store: Store
    private var loaded: [String: WhatIfRanking] = [:]
    private var sensitivities: [String: SensitivityResult] = [:]
    private let lock = NSLock()

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

    /// The dataset's what-if ranking (its observations read once, each method fitted once).
    func whatIf(_ dataset: String) throws -> WhatIfRanking {
        lock.lock()
        if let ranking = loaded[dataset] { lock.unlock(); return ranking }
        lock.unlock()
        let data = try workspace.load(.store(store, dataset: dataset))
        let ranking = WhatIfRanking(workspace: workspace, data: data)
        lock.lock()
        defer { lock.unlock() }
        if let other = loaded[dataset] { return other }
        loaded[dataset] = ranking
        return ranking
    }

    /// The dataset scored as `rank --db --dataset` scores it by default (goalpost, arithmetic, equal weights),
    /// or with the spec's method and dimension weights.
    func cohort(_ dataset: String, _ spec: WhatIfSpec = WhatIfSpec()) throws -> ScoredCohort {
        try whatIf(dataset).rank(spec)
    }

    /// The uncertainty runs of a dataset's default cohort, kept per sample count and seed (bounded by the settings).
    func sensitivity(_ dataset: String, samples: Int, seed: UInt64) throws -> SensitivityResult {
        let key = "\(dataset)\u{0}\(samples)\u{0}\(seed)"
        lock.lock()
        if let kept = sensitivities[key] { lock.unlock(); return kept }
        lock.unlock()
        let cohort = try cohort(dataset)
        var result = try SensitivityAnalysis.run(cohort.result, options: SensitivityOptions(samples: samples, seed: seed, indices: false, threads: 1))
        result.values = cohort.valueProvenance
        lock.lock()
        defer { lock.unlock() }
        sensitivities[key] = result
        return result
    }

    /// Forgets what was loaded of a dataset, after an upload changed it.
    func forget(_ dataset: String) {
        lock.lock()
        defer { lock.unlock() }
        loaded[dataset] = nil
        sensitivities = sensitivities.filter { !$0.key.hasPrefix(dataset + "\u{0}") }
    }
}
