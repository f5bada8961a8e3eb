import Foundation

/// Every city's ranks over the runs as counts per bin of ranks, filled block by block as the runs finish:
/// memory is cities × bins counts whatever the number of runs (the villages kept 3.2 GB of ranks for
/// 10,000 runs when every run's rank was kept).
///
/// The bins are as narrow as `budgetBytes` allows: one rank each while cities² counts fit (514 regencies
/// and cities: 1 MB, every statistic exact), else `width` ranks each. Counts are integers, so the order in
/// which the workers add their blocks does not matter: the result is the same for any thread count.
final class RankHistogram: @unchecked Sendable {
    let cities: Int
    let width: Int
    let bins: Int
    private let counts: UnsafeMutableBufferPointer<UInt32>
    private let lowest: UnsafeMutableBufferPointer<Int32>
    private let highest: UnsafeMutableBufferPointer<Int32>
    private let lock = NSLock()

    /// The bin width for `cities` ranks within `budgetBytes` of 4-byte counts (at least one bin per city).
    static func width(cities: Int, budgetBytes: Int) -> Int {
        guard cities > 0 else { return 1 }
        let bins = max(1, min(cities, budgetBytes / (cities * MemoryLayout<UInt32>.size)))
        return (cities + bins - 1) / bins
    }

    init(cities: Int, budgetBytes: Int) {
        self.cities = cities
        width = Self.width(cities: cities, budgetBytes: budgetBytes)
        bins = max(1, (cities + width - 1) / width)
        counts = .allocate(capacity: cities * bins)
        counts.initialize(repeating: 0)
        lowest = .allocate(capacity: cities)
        lowest.initialize(repeating: .max)
        highest = .allocate(capacity: cities)
        highest.initialize(repeating: .min)
    }

    deinit {
        counts.deallocate(); lowest.deallocate(); highest.deallocate()
    }

    /// Adds a block's ranks, run-major (`ranks[k * cities + c]`, ranks from 1).
    func add(_ ranks: UnsafeBufferPointer<Int32>) {
        let runs = ranks.count / max(1, cities)
        lock.lock(); defer { lock.unlock() }
        for k in 0..<runs {
            let run = ranks.baseAddress! + k * cities
            for c in 0..<cities {
                let r = run[c]
                let bin = width == 1 ? Int(r) - 1 : (Int(r) - 1) / width
                counts[c * bins + bin] += 1
                if r < lowest[c] { lowest[c] = r }
                if r > highest[c] { highest[c] = r }
            }
        }
    }

    /// City `c`'s distribution over the runs added.
    func distribution(_ c: Int) -> RankDistribution {
        RankDistribution(first: 1, width: width, counts: Array(counts[(c * bins)..<((c + 1) * bins)]),
                         lowest: Int(lowest[c]), highest: Int(highest[c]))
    }
}
