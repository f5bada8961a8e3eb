import Foundation

/// A city's rank distribution over the runs when it splits into two clear groups: a median between them
/// would name a rank the city almost never has (e.g. median 30 for runs at about 9 and about 62).
public struct RankModes: Sendable, Equatable {
    /// The rank at the peak of each group, better group first.
    public let modes: [Double]
    /// The share of runs in each group.
    public let shares: [Double]

    /// The smallest share a group must hold to count, and how deep the valley between two groups must be
    /// (its density at most this fraction of the lower peak) for the split to be clear.
    public static let minimumShare = 0.1
    public static let maximumValley = 0.5

    /// Detects two groups in `sorted` (a city's ranks over the runs, ascending). The distribution is
    /// smoothed by a Gaussian kernel (Silverman's bandwidth, at least one rank; binned into at most 256 bins
    /// so villages stay cheap); every valley of the smoothed density between two peaks is a candidate split,
    /// and the deepest valley whose two sides each hold at least 10 % of the runs and whose density is at
    /// most half the lower of the two sides' peaks makes the city bimodal. Silverman's bandwidth
    /// oversmooths a two-group distribution, so the test errs towards "one group".
    public static func detect(_ sorted: [Int32]) -> RankModes? {
        detect(RankDistribution(sorted: sorted))
    }

    /// The same from a city's counts of ranks: with bins of one rank, exactly the result for its sorted
    /// ranks (each sum runs over the ranks in ascending order, one term per run, as the sorted loop did);
    /// with wider bins, every run of a bin stands at the bin's value.
    static func detect(_ distribution: RankDistribution) -> RankModes? {
        let n = distribution.count
        let occupied = distribution.occupied()
        guard n >= 20, let first = occupied.first?.value, let last = occupied.last?.value, last > first else { return nil }
        // Sums of whole ranks (or half ranks) are exact in a Double, so their order does not matter.
        let mean = occupied.reduce(0.0) { $0 + Double($1.count) * $1.value } / Double(n)
        var squares = 0.0
        for (value, count) in occupied {
            let square = (value - mean) * (value - mean)
            if distribution.isExact { for _ in 0..<count { squares += square } } else { squares += Double(count) * square }
        }
        let sd = (squares / Double(n - 1)).squareRoot()
        let iqr = distribution.percentile(0.75) - distribution.percentile(0.25)
        let spread = iqr > 0 ? min(sd, iqr / 1.34) : sd
        let lo = first, hi = last
        let binWidth = max(1, (hi - lo + 1) / 256)
        let bandwidth = max(binWidth, 0.9 * spread * pow(Double(n), -0.2))
        // Bins over [lo − 3h, hi + 3h]; counts by bin, then the smoothed density by a truncated kernel.
        let start = lo - 3 * bandwidth
        let bins = Int(((hi + 3 * bandwidth - start) / binWidth).rounded(.up)) + 1
        var counts = [Double](repeating: 0, count: bins)
        for (v, count) in occupied { counts[min(bins - 1, Int((v - start) / binWidth))] += Double(count) }
        let reach = Int((4 * bandwidth / binWidth).rounded(.up))
        let kernel = (0...reach).map { exp(-0.5 * pow(Double($0) * binWidth / bandwidth, 2)) }
        var density = [Double](repeating: 0, count: bins)
        for (b, count) in counts.enumerated() where count > 0 {
            for g in max(0, b - reach)...min(bins - 1, b + reach) { density[g] += count * kernel[abs(g - b)] }
        }
        // Prefix sums of the counts give the share of runs on each side of a valley.
        var cumulative = [Double](repeating: 0, count: bins + 1)
        for b in 0..<bins { cumulative[b + 1] = cumulative[b] + counts[b] }
        var best: (ratio: Double, valley: Int)?
        for v in 1..<(bins - 1) where density[v] < density[v - 1] && density[v] <= density[v + 1] {
            let leftPeak = density[..<v].max() ?? 0, rightPeak = density[(v + 1)...].max() ?? 0
            let lower = min(leftPeak, rightPeak)
            guard lower > 0 else { continue }
            let ratio = density[v] / lower
            let leftShare = cumulative[v] / Double(n), rightShare = 1 - leftShare
            guard ratio <= maximumValley, leftShare >= minimumShare, rightShare >= minimumShare else { continue }
            if best == nil || ratio < best!.ratio { best = (ratio, v) }
        }
        guard let split = best?.valley else { return nil }
        func peak(_ range: Range<Int>) -> Double {
            let g = range.max { density[$0] < density[$1] || (density[$0] == density[$1] && $0 > $1) }!
            return (start + (Double(g) + 0.5) * binWidth).rounded()
        }
        let leftShare = cumulative[split] / Double(n)
        return RankModes(modes: [max(lo, peak(0..<split)), min(hi, peak((split + 1)..<bins))], shares: [leftShare, 1 - leftShare])
    }
}
