import Foundation

/// Competition ranks of one run's scores, descending, ties within 1e-9 sharing the lower number; a NaN
/// score (a city that lost a whole dimension in this run) ranks after every number.
///
/// The Monte Carlo ranks every city once per run (10,000 runs of 514 cities, or of 80,534 villages), so
/// the sort is what it costs. Each score becomes a 64-bit key whose unsigned order is the wanted order
/// (descending, −0 equal to +0, NaN after everything), and a least-significant-digit radix sort of the
/// keys, stable and started from city order, breaks equal keys by city index exactly as the former
/// comparison sort did: the order, and so every rank, is the same. Passes whose byte is the same for
/// every key (the exponent bytes of scores on one scale) are skipped. The buffers are reused from run to
/// run: one kernel per worker thread.
final class RankKernel {
    private let capacity: Int
    private let keys: UnsafeMutablePointer<UInt64>, spareKeys: UnsafeMutablePointer<UInt64>
    private let order: UnsafeMutablePointer<Int32>, spareOrder: UnsafeMutablePointer<Int32>
    /// One 256-bucket count per byte of the key.
    private let digitCounts: UnsafeMutablePointer<Int>
    /// Where the last `rank` left the cities in ranked order (one of the two order buffers).
    private var sortedOrder: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
        self.capacity = capacity
        keys = .allocate(capacity: max(1, capacity)); spareKeys = .allocate(capacity: max(1, capacity))
        order = .allocate(capacity: max(1, capacity)); spareOrder = .allocate(capacity: max(1, capacity))
        digitCounts = .allocate(capacity: 8 * 256)
        sortedOrder = order
    }

    deinit {
        keys.deallocate(); spareKeys.deallocate(); order.deallocate(); spareOrder.deallocate(); digitCounts.deallocate()
    }

    /// A key whose ascending unsigned order is the scores' descending order: IEEE bits made monotone
    /// (flip every bit of a negative, the sign bit of a positive), then complemented; −0 is +0 (they
    /// compare equal, so they must tie to the index rule) and every NaN is the largest key.
    @inline(__always)
    static func descendingKey(_ x: Double) -> UInt64 {
        if x.isNaN { return .max }
        let bits = (x == 0 ? 0.0 : x).bitPattern
        let ascending = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        return ~ascending
    }

    /// Ranks `scores` into `ranks` (same length, at most `capacity`).
    func rank(_ scores: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<Int32>) {
        let n = scores.count
        precondition(n <= capacity && ranks.count >= n)
        guard n > 0 else { return }
        digitCounts.update(repeating: 0, count: 8 * 256)
        for i in 0..<n {
            let key = Self.descendingKey(scores[i])
            keys[i] = key
            order[i] = Int32(i)
            for byte in 0..<8 { digitCounts[byte << 8 | Int((key >> (byte << 3)) & 0xFF)] += 1 }
        }
        var source = (keys, order), target = (spareKeys, spareOrder)
        for byte in 0..<8 {
            let counts = digitCounts + (byte << 8)
            let shift = UInt64(byte << 3)
            // Every key has this byte: the pass would not move anything.
            if counts[Int((source.0[0] >> shift) & 0xFF)] == n { continue }
            var offset = 0
            for d in 0..<256 { let c = counts[d]; counts[d] = offset; offset += c }
            for i in 0..<n {
                let key = source.0[i], d = Int((key >> shift) & 0xFF)
                let at = counts[d]
                counts[d] = at + 1
                target.0[at] = key
                target.1[at] = source.1[i]
            }
            swap(&source, &target)
        }
        let sorted = source.1
        sortedOrder = sorted
        // Ties: a run of neighbours each within the tolerance of the previous one shares its first place.
        var position = 0
        while position < n {
            var end = position + 1
            let first = scores[Int(sorted[position])]
            while end < n {
                let next = scores[Int(sorted[end])], previous = scores[Int(sorted[end - 1])]
                let tied = first.isNaN ? next.isNaN : (!next.isNaN && abs(previous - next) <= Ranking.tolerance)
                if !tied { break }
                end += 1
            }
            for k in position..<end { ranks[Int(sorted[k])] = Int32(position + 1) }
            position = end
        }
    }

    /// The ranks of `scores` (the engine's `Ranking` uses this, so the two can never disagree), and the
    /// order the cities were ranked in.
    static func rank(_ scores: [Double], order: inout [Int], ranks: inout [Int32]) {
        let kernel = RankKernel(capacity: scores.count)
        scores.withUnsafeBufferPointer { s in ranks.withUnsafeMutableBufferPointer { kernel.rank(s, into: $0) } }
        for k in scores.indices { order[k] = Int(kernel.sortedOrder[k]) }
    }
}
