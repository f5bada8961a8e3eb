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
    /// How many consecutive ranks share a bin of the rank counts: 1 (every statistic of the ranks exact)
    /// unless the cohort is too large for one count per rank and city (see `RankHistogram`); then each
    /// percentile and mode is within (width − 1) / 2 ranks of the exact one.
    public let rankBinWidth: Int
    public let nominal: ScoreResult
    /// Where the scored year's values came from (set by the use case, which has the observations).
    public var values: ValueProvenance?
}

/// Where the workers put their results. Every slot of `shifts` is written by exactly one worker (runs are
/// partitioned) and nothing is read until all have finished, so it needs no lock; the ranks go into the
/// shared histogram (integer counts, any order), and the score moments are merged in block order as the
/// blocks arrive. A worker more than `maximumAhead` blocks ahead of the merge waits for it (`awaitTurn`),
/// so that however unevenly the workers are scheduled, at most that many blocks' moments wait (one per
/// block for 10,000 runs of the villages would be gigabytes: measured 2.6 GB with one worker starved).
final class RunOutputs: @unchecked Sendable {
    /// Blocks' moments that may wait for an earlier block (2 MB each for the villages).
    static let maximumAhead = 32
    let shifts: UnsafeMutableBufferPointer<Double>
    let histogram: RankHistogram
    private let lock = NSCondition()
    private var done = 0
    private var waiting: [Int: ScoreMoments] = [:]
    private var nextBlock = 0
    private(set) var moments: ScoreMoments
    private(set) var failure: Error?

    init(cities: Int, runs: Int, histogramBytes: Int) {
        shifts = .allocate(capacity: runs)
        shifts.initialize(repeating: 0)
        histogram = RankHistogram(cities: cities, budgetBytes: histogramBytes)
        moments = ScoreMoments(cities: cities)
    }

    deinit {
        shifts.deallocate()
    }

    /// Block `block`'s score moments: merged now if every earlier block's are, else kept until they are.
    func deliver(_ partial: ScoreMoments, block: Int) {
        lock.lock(); defer { lock.unlock() }
        waiting[block] = partial
        while let next = waiting.removeValue(forKey: nextBlock) {
            moments.merge(next)
            nextBlock += 1
        }
        lock.broadcast()
    }

    /// Waits until `block` is at most `maximumAhead` blocks past the next one to merge. The block being
    /// merged next is held by a worker that has delivered all its earlier blocks and so never waits here;
    /// after a failure nobody waits (that block will never arrive).
    func awaitTurn(block: Int) {
        lock.lock(); defer { lock.unlock() }
        while block > nextBlock + Self.maximumAhead && failure == nil { lock.wait() }
    }

    func finished(_ runs: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        done += runs
        return done
    }

    func fail(_ error: Error) {
        lock.lock(); defer { lock.unlock() }
        if failure == nil { failure = error }
        lock.broadcast()
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
        let shared = RunOutputs(cities: cities, runs: runCount, histogramBytes: options.rankHistogramBytes)
        let runBlocks = blocks
        // Every BLAS call of the analysis runs single-threaded (see `run`), so no sum depends on the thread
        // count; the parallelism is over blocks of runs.
        for (key, range) in variantBlocks {
        let variant = try ScoreVariant(key: key, raw: raw, indicators: result.indicators, cityTypes: types, rows: ranked, hierarchy: hierarchy,
                                       reference: reference, derivedWeights: result.method.weights.isDataDriven ? result.method.weights : nil,
                                       framework: result.framework, perIndicatorWeights: inputs.contains(.indicatorWeights))
        let workers = max(1, min(options.threads, range.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let kernel = RankKernel(capacity: cities)
            var blockRanks = [Int32]()
            for b in stride(from: range.lowerBound + worker, to: range.upperBound, by: workers) {
                shared.awaitTurn(block: b)
                do {
                    let block = runBlocks[b]
                    let scores = try BlockEvaluator.indexScores(block.map { scenarios[$0] }, variant: variant, hierarchy: hierarchy)
                    var moments = ScoreMoments(cities: cities)
                    blockRanks.removeAll(keepingCapacity: true)
                    blockRanks.append(contentsOf: repeatElement(0, count: block.count * cities))
                    scores.withUnsafeBufferPointer { all in
                        blockRanks.withUnsafeMutableBufferPointer { ranks in
                            for (k, run) in block.enumerated() {
                                let column = UnsafeBufferPointer(rebasing: all[(k * cities)..<((k + 1) * cities)])
                                let runRanks = UnsafeMutableBufferPointer(rebasing: ranks[(k * cities)..<((k + 1) * cities)])
                                moments.add(column)
                                kernel.rank(column, into: runRanks)
                                var shift = 0.0
                                for c in 0..<cities { shift += Double(abs(runRanks[c] - nominalRanks[c])) }
                                shared.shifts[run] = shift / Double(cities)
                            }
                        }
                    }
                    blockRanks.withUnsafeBufferPointer { shared.histogram.add($0) }
                    shared.deliver(moments, block: b)
                    progress?(shared.finished(block.count), runCount)
                } catch {
                    shared.fail(error)
                }
            }
        }
        if let failure = shared.failure { throw failure }
        }
        let shifts = Array(shared.shifts), total = shared.moments, histogram = shared.histogram

        // Each city's rank distribution from its counts (exact when a bin holds one rank).
        var stats: [SensitivityResult.CityStats] = []
        for c in 0..<cities {
            let ranks = histogram.distribution(c)
            let k = ranked[c]
            stats.append(.init(city: result.cities[k], nominalRank: Int(nominalRanks[c]), nominalScore: result.index[k],
                               medianRank: ranks.percentile(0.5), rankP05: ranks.percentile(0.05),
                               rankP95: ranks.percentile(0.95), scoreMean: total.mean(c), scoreSD: total.sd(c),
                               modes: RankModes.detect(ranks)))
        }
        let sobol = design.map { d in Array(zip(inputs, d.indices(outputs: shifts, confidence: options.confidence, seed: options.seed))) } ?? []
        return SensitivityResult(runs: runCount, options: options, cities: stats, indices: sobol.map { (input: $0.0, index: $0.1) },
                                 bootstrapResamples: SobolEstimates.defaultResamples, confidence: options.confidence,
                                 baseSamples: design?.baseSamples ?? 0,
                                 meanRankShift: shifts.isEmpty ? 0 : Statistics.mean(shifts), rankBinWidth: histogram.width, nominal: result)
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

    mutating func add(_ scores: UnsafeBufferPointer<Double>) {
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
