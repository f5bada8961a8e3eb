import Foundation

/// Monte Carlo uncertainty and variance-based sensitivity analysis of the ranking.
///
/// Every run redraws the uncertain inputs and recomputes the index of every ranked city exactly as the
/// engine would (same hierarchy, same renormalisation of missing values). Runs are grouped by their
/// discrete choices (normalisation, aggregation, missing-value treatment) and processed in blocks: a
/// block's dimension scores for all its runs are two or three GEMMs, cities × elements times elements ×
/// (dimensions × runs), with the per-run element and dimension weights in the right-hand matrix; dropping
/// an indicator corrects one element column of its run. Each block's BLAS calls run single-threaded and
/// blocks are spread over the worker threads, so results are the same bytes for any thread count.
public struct SensitivityResult: Sendable {
    public struct CityStats: Sendable {
        public let city: CityRecord
        public let nominalRank: Int
        public let nominalScore: Double
        public let medianRank: Double
        public let rankP05: Double
        public let rankP95: Double
        public let scoreMean: Double
        public let scoreSD: Double
        /// Set when the runs split into two clear groups of ranks: the median then misleads.
        public let modes: RankModes?
    }

    public let runs: Int
    public let options: SensitivityOptions
    /// Ranked cities, in nominal rank order.
    public let cities: [CityStats]
    /// Per input (in the options' order): first-order and total Sobol indices of the mean absolute rank
    /// shift, with bootstrap intervals.
    public let indices: [(input: UncertainInput, index: SobolIndex)]
    /// The bootstrap behind the intervals: resamples of the base samples and the confidence level.
    public let bootstrapResamples: Int
    public let confidence: Double
    /// Base samples of the design (runs ÷ (inputs + 2)); 0 without indices.
    public let baseSamples: Int
    /// Mean over runs of the mean absolute rank shift.
    public let meanRankShift: Double
    public let nominal: ScoreResult
    /// Where the scored year's values came from (set by the use case, which has the observations).
    public var values: ValueProvenance?
}

/// Where the workers put their results. Every slot of `ranks`, `shifts` and `partials` is written by
/// exactly one worker (runs and blocks are partitioned), and nothing is read until all have finished, so
/// the buffers need no lock; the progress count and the first failure do.
final class RunOutputs: @unchecked Sendable {
    let ranks: UnsafeMutableBufferPointer<Int32>
    let shifts: UnsafeMutableBufferPointer<Double>
    let partials: UnsafeMutableBufferPointer<ScoreMoments>
    private let lock = NSLock()
    private var done = 0
    private(set) var failure: Error?

    init(cities: Int, runs: Int, blocks: Int) {
        ranks = .allocate(capacity: cities * runs)
        ranks.initialize(repeating: 0)
        shifts = .allocate(capacity: runs)
        shifts.initialize(repeating: 0)
        partials = .allocate(capacity: blocks)
        partials.initialize(repeating: ScoreMoments(cities: 0))
    }

    deinit {
        ranks.deallocate()
        shifts.deallocate()
        partials.deinitialize()
        partials.deallocate()
    }

    func finished(_ runs: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        done += runs
        return done
    }

    func fail(_ error: Error) {
        lock.lock(); defer { lock.unlock() }
        if failure == nil { failure = error }
    }
}

public enum SensitivityAnalysis {
    /// Runs the analysis around the nominal `result` (its method is the centre of every perturbation).
    /// OpenBLAS runs on one thread for the process (`BLASThreads`); the runs are spread over
    /// `options.threads` workers in fixed blocks, so the result is the same bytes for any count.
    public static func run(_ result: ScoreResult, options: SensitivityOptions,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> SensitivityResult {
        try options.validate(cities: result.ranks.compactMap { $0 }.count,
                             weights: 24 + (options.inputs.contains(.indicatorWeights) ? result.indicators.count : 0))
        if result.method.normalisation == .zscore && options.inputs.contains(.aggregation) && !options.inputs.contains(.normalisation) {
            throw InputError("the aggregation input would aggregate z-scores geometrically, which the engine refuses",
                             id: "masukan aggregation akan mengagregasi skor z secara geometrik, yang ditolak oleh mesin",
                             at: SourceLocation(parameter: .inputs), hint: "drop 'aggregation' from --inputs, or add 'normalisation' (its set has no z-scores)",
                             hintID: "hapus 'aggregation' dari --inputs, atau tambahkan 'normalisation' (kumpulannya tanpa skor z)")
        }
        let hierarchy = result.model.hierarchy
        let ranked = result.order.filter { result.ranks[$0] != nil }
        guard !ranked.isEmpty else {
            throw InputError(.outputNoCityToRank, hint: .outputNoCityToRankHint)
        }
        let nominal = Scenario(normalisation: result.method.normalisation, aggregation: result.method.aggregation, impute: false, drop: nil,
                               elementWeights: hierarchy.elementWeights,
                               dimensionWeights: hierarchy.dimensionWeights)
        let inputs = options.inputs
        let groupSizes = Scenario.groupSizes(inputs, elements: hierarchy.elements.count, dimensions: hierarchy.dimensions.count,
                                             indicators: result.indicators.count)
        // The scenarios: a Saltelli design (runs = N·(k + 2)) or plain Monte Carlo draws.
        let design: SaltelliDesign?
        let scenarios: [Scenario]
        if options.indices && !inputs.isEmpty {
            let d = SaltelliDesign(groupSizes: groupSizes, baseSamples: options.samples / (inputs.count + 2), seed: options.seed)
            design = d
            scenarios = (0..<d.runCount).map { Scenario.decode(d.run($0), inputs: inputs, options: options, nominal: nominal, indicatorCount: result.indicators.count) }
        } else {
            design = nil
            var g = SeededGenerator(seed: options.seed)
            let width = groupSizes.reduce(0, +)
            scenarios = (0..<options.samples).map { _ in
                Scenario.decode((0..<width).map { _ in g.nextUniform() }, inputs: inputs, options: options, nominal: nominal,
                                indicatorCount: result.indicators.count)
            }
        }

        // Only the ranked cities are ranked, but normalisation and imputation see the whole cohort.
        let raw = result.input.values
        let types = result.cities.map(\.type)
        // A model fitted on another cohort (another year) normalises every variant on that cohort's scales.
        let reference = result.model.isFitted(on: result.input) ? nil : result.model.reference.values

        // Blocks: runs of one variant, at most `blockBytes` of dimension sums each, grouped by variant so
        // that one variant's element scores are alive at a time.
        let cities = ranked.count, dimensions = hierarchy.dimensions.count
        let perBlock = max(1, min(1024, options.blockBytes / max(1, cities * dimensions * 8 * 3)))
        var blocks: [[Int]] = []
        var variantBlocks: [(key: VariantKey, blocks: Range<Int>)] = []
        let byVariant = Dictionary(grouping: scenarios.indices, by: { scenarios[$0].variantKey })
        for key in byVariant.keys.sorted(by: { "\($0)" < "\($1)" }) {
            let runs = byVariant[key]!
            let first = blocks.count
            for start in stride(from: 0, to: runs.count, by: perBlock) { blocks.append(Array(runs[start..<Swift.min(start + perBlock, runs.count)])) }
            variantBlocks.append((key, first..<blocks.count))
        }

        let nominalRanks = ranked.map { Int32(result.ranks[$0]!) }
        let runCount = scenarios.count
        let shared = RunOutputs(cities: cities, runs: runCount, blocks: blocks.count)
        let runBlocks = blocks
        // Every BLAS call of the analysis runs single-threaded (see `run`), so no sum depends on the thread
        // count; the parallelism is over blocks of runs.
        for (key, range) in variantBlocks {
        let variant = try ScoreVariant(key: key, raw: raw, indicators: result.indicators, cityTypes: types, rows: ranked, hierarchy: hierarchy,
                                       reference: reference, derivedWeights: result.method.weights.isDataDriven ? result.method.weights : nil,
                                       framework: result.framework, perIndicatorWeights: inputs.contains(.indicatorWeights))
        let workers = max(1, min(options.threads, range.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for b in stride(from: range.lowerBound + worker, to: range.upperBound, by: workers) {
                do {
                    let block = runBlocks[b]
                    let scores = try BlockEvaluator.indexScores(block.map { scenarios[$0] }, variant: variant, hierarchy: hierarchy)
                    var moments = ScoreMoments(cities: cities)
                    var order = [Int](repeating: 0, count: cities)
                    var runRanks = [Int32](repeating: 0, count: cities)
                    for (k, run) in block.enumerated() {
                        let column = Array(scores[(k * cities)..<((k + 1) * cities)])
                        moments.add(column)
                        RankKernel.rank(column, order: &order, ranks: &runRanks)
                        var shift = 0.0
                        for c in 0..<cities {
                            shared.ranks[c * runCount + run] = runRanks[c]
                            shift += Double(abs(runRanks[c] - nominalRanks[c]))
                        }
                        shared.shifts[run] = shift / Double(cities)
                    }
                    shared.partials[b] = moments
                    progress?(shared.finished(block.count), runCount)
                } catch {
                    shared.fail(error)
                }
            }
        }
        if let failure = shared.failure { throw failure }
        }
        let ranks = shared.ranks, shifts = Array(shared.shifts), partials = Array(shared.partials)

        // Merge score moments in block order (deterministic), then each city's rank distribution.
        var total = ScoreMoments(cities: cities)
        for p in partials { total.merge(p) }
        var stats: [SensitivityResult.CityStats] = []
        var sortedRanks = [Int32](repeating: 0, count: runCount)
        for c in 0..<cities {
            for r in 0..<runCount { sortedRanks[r] = ranks[c * runCount + r] }
            sortedRanks.sort()
            let k = ranked[c]
            stats.append(.init(city: result.cities[k], nominalRank: Int(nominalRanks[c]), nominalScore: result.index[k],
                               medianRank: Percentile.of(sortedRanks, 0.5), rankP05: Percentile.of(sortedRanks, 0.05),
                               rankP95: Percentile.of(sortedRanks, 0.95), scoreMean: total.mean(c), scoreSD: total.sd(c),
                               modes: RankModes.detect(sortedRanks)))
        }
        let sobol = design.map { d in Array(zip(inputs, d.indices(outputs: shifts, confidence: options.confidence, seed: options.seed))) } ?? []
        return SensitivityResult(runs: runCount, options: options, cities: stats, indices: sobol.map { (input: $0.0, index: $0.1) },
                                 bootstrapResamples: SobolEstimates.defaultResamples, confidence: options.confidence,
                                 baseSamples: design?.baseSamples ?? 0,
                                 meanRankShift: shifts.isEmpty ? 0 : Statistics.mean(shifts), nominal: result)
    }
}

/// Percentiles of a sorted sample by linear interpolation between order statistics (type 7, as R and
/// numpy compute them by default).
enum Percentile {
    static func of(_ sorted: [Int32], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(sorted.count - 1, lo + 1)
        return Double(sorted[lo]) + (h - Double(lo)) * Double(sorted[hi] - sorted[lo])
    }

    static func of(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(sorted.count - 1, lo + 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}

/// Per-city running mean and sum of squared deviations (Welford), mergeable (Chan et al.).
struct ScoreMoments: Sendable {
    var count: [Double]
    var mean: [Double]
    var m2: [Double]

    init(cities: Int) {
        count = Array(repeating: 0, count: cities)
        mean = count
        m2 = count
    }

    mutating func add(_ scores: [Double]) {
        for c in scores.indices where !scores[c].isNaN {
            count[c] += 1
            let d = scores[c] - mean[c]
            mean[c] += d / count[c]
            m2[c] += d * (scores[c] - mean[c])
        }
    }

    mutating func merge(_ other: ScoreMoments) {
        for c in count.indices where other.count.indices.contains(c) && other.count[c] > 0 {
            let n = count[c] + other.count[c]
            let d = other.mean[c] - mean[c]
            mean[c] += d * other.count[c] / n
            m2[c] += other.m2[c] + d * d * count[c] * other.count[c] / n
            count[c] = n
        }
    }

    func mean(_ c: Int) -> Double { count[c] > 0 ? mean[c] : .nan }
    func sd(_ c: Int) -> Double { count[c] > 1 ? (m2[c] / (count[c] - 1)).squareRoot() : 0 }
}

/// Competition ranks of one run's scores, descending, ties within 1e-9 sharing the lower number; a NaN
/// score (a city that lost a whole dimension in this run) ranks after every number.
enum RankKernel {
    static func rank(_ scores: [Double], order: inout [Int], ranks: inout [Int32]) {
        let n = scores.count
        for i in 0..<n { order[i] = i }
        order.sort { a, b in
            let x = scores[a], y = scores[b]
            if x.isNaN != y.isNaN { return !x.isNaN }
            if x != y && !x.isNaN { return x > y }
            return a < b
        }
        var position = 0
        while position < n {
            var end = position + 1
            let first = scores[order[position]]
            while end < n {
                let next = scores[order[end]], previous = scores[order[end - 1]]
                let tied = first.isNaN ? next.isNaN : (!next.isNaN && abs(previous - next) <= Ranking.tolerance)
                if !tied { break }
                end += 1
            }
            for k in position..<end { ranks[order[k]] = Int32(position + 1) }
            position = end
        }
    }
}
