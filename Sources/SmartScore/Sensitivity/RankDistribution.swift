import Foundation

/// One city's ranks over the runs, as counts per bin of `width` consecutive ranks: what the analysis
/// keeps instead of every run's rank (see `RankHistogram`).
///
/// With `width` 1 every rank has its own bin and every statistic here is exactly the one of the sorted
/// ranks: an order statistic is the rank of its bin, and sums run over the ranks in ascending order as a
/// loop over the sorted array would. With a wider bin, an order statistic is the middle of its bin's
/// ranks (clipped to the lowest and highest rank the city really had), so it lies within
/// (width − 1) / 2 ranks of the exact one, and so does a percentile (a weighted mean of two of them).
struct RankDistribution {
    /// The rank of bin 0's first rank, and how many ranks a bin holds.
    let first: Int
    let width: Int
    let counts: [UInt32]
    /// The lowest and highest rank the city had (exact whatever the width).
    let lowest: Int
    let highest: Int
    /// Runs up to the end of each bin: `cumulative[b + 1]` runs are in bins 0...b.
    private let cumulative: [Int]

    init(first: Int, width: Int, counts: [UInt32], lowest: Int, highest: Int) {
        self.first = first
        self.width = width
        self.counts = counts
        self.lowest = lowest
        self.highest = highest
        var running = 0
        cumulative = [0] + counts.map { running += Int($0); return running }
    }

    /// Exact (width 1) from ranks sorted ascending.
    init(sorted: [Int32]) {
        guard let low = sorted.first, let high = sorted.last else {
            self.init(first: 1, width: 1, counts: [], lowest: 1, highest: 0)
            return
        }
        var counts = [UInt32](repeating: 0, count: Int(high - low) + 1)
        for r in sorted { counts[Int(r - low)] += 1 }
        self.init(first: Int(low), width: 1, counts: counts, lowest: Int(low), highest: Int(high))
    }

    var count: Int { cumulative.last ?? 0 }
    var isExact: Bool { width == 1 }

    /// The rank that stands for bin `b`: its rank when exact, else the middle of its ranks that the city had.
    func value(ofBin b: Int) -> Double {
        let start = first + b * width
        if width == 1 { return Double(start) }
        let low = max(start, lowest), high = min(start + width - 1, highest)
        return Double(low + high) / 2
    }

    /// The `k`-th smallest rank (0-based) as its bin's value.
    func orderStatistic(_ k: Int) -> Double {
        // The first bin whose cumulative count passes k.
        var lo = 0, hi = counts.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid + 1] > k { hi = mid } else { lo = mid + 1 }
        }
        return value(ofBin: lo)
    }

    /// Linear interpolation between order statistics (type 7, numpy's and R's default), as `Percentile.of`.
    func percentile(_ p: Double) -> Double {
        let n = count
        guard n > 0 else { return .nan }
        let h = Double(n - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(n - 1, lo + 1)
        let a = orderStatistic(lo), b = orderStatistic(hi)
        return a + (h - Double(lo)) * (b - a)
    }

    /// The bins that hold runs, ascending, with their values.
    func occupied() -> [(value: Double, count: Int)] {
        counts.indices.compactMap { counts[$0] > 0 ? (value(ofBin: $0), Int(counts[$0])) : nil }
    }
}
