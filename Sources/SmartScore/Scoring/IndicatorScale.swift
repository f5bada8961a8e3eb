import Foundation

/// What a normalisation learns about one indicator from the reference cohort, frozen, so that any year
/// or any city is put on the same 0–100 scale (Scoring/README.md §2 and §10). Fitted on the reference
/// cohort, it reproduces that cohort's scores to the bit; applied to another year, a value beyond the
/// reference's range scores as the nearest end of it.
public struct IndicatorScale: Sendable, Equatable, Codable {
    public enum Kind: Sendable, Equatable, Codable {
        /// The catalogue's goalposts (fixed, not learnt).
        case goalposts(worst: Double, best: Double)
        /// The reference's smallest and largest value.
        case minmax(min: Double, max: Double)
        /// The reference's mean and sample standard deviation; `sd == 0` for a constant column (scores 0).
        case zscore(mean: Double, sd: Double)
        /// The reference's values, ascending: a value's score is its mean rank among them.
        case rank(reference: [Double])
        /// Nothing to learn from (no goalposts, or no value in the reference): every score is missing.
        case missing
    }

    public let code: String
    public let lowerIsBetter: Bool
    public let kind: Kind
    /// With `--winsorise`: the bounds the reference's outliers were pulled in to (a value outside is
    /// pulled in the same way before scoring).
    public let winsorBounds: WinsorBounds?

    /// The treated tails' bounds; nil for a tail that was not pulled in (open on that side).
    public struct WinsorBounds: Sendable, Equatable, Codable {
        public let lower: Double?
        public let upper: Double?
    }

    public init(code: String, lowerIsBetter: Bool, kind: Kind, winsorBounds: WinsorBounds? = nil) {
        self.code = code
        self.lowerIsBetter = lowerIsBetter
        self.kind = kind
        self.winsorBounds = winsorBounds
    }

    /// Fits the scale of one indicator on the reference cohort's column (NaN missing).
    static func fit(_ column: [Double], indicator: Indicator, method: ScoringMethod.Normalisation,
                    winsorise: Bool) -> IndicatorScale {
        var treated = column
        var bounds: WinsorBounds?
        if winsorise {
            let tails = Winsoriser.treatTails(&treated)
            let present = treated.filter { !$0.isNaN }
            // Only a tail that was pulled in bounds another cohort's values; the other side stays open.
            if tails.count > 0, let lower = present.min(), let upper = present.max() {
                bounds = WinsorBounds(lower: tails.lower ? lower : nil, upper: tails.upper ? upper : nil)
            }
        }
        let present = treated.filter { !$0.isNaN }
        let kind: Kind
        switch method {
        case .goalpost:
            kind = indicator.goalposts.map { .goalposts(worst: $0.worst, best: $0.best) } ?? .missing
        case .minmax:
            if let lo = present.min(), let hi = present.max() { kind = .minmax(min: lo, max: hi) } else { kind = .missing }
        case .zscore:
            if present.isEmpty {
                kind = .missing
            } else if present.count >= 2, present.min() != present.max() {
                // A constant column scores 0 exactly (its computed deviation can be a rounding residue like 1e-17).
                let mean = Statistics.mean(present)
                kind = .zscore(mean: mean, sd: Statistics.sampleStandardDeviation(present, mean: mean))
            } else {
                kind = .zscore(mean: present[0], sd: 0)
            }
        case .rank:
            kind = present.isEmpty ? .missing : .rank(reference: present.sorted())
        }
        return IndicatorScale(code: indicator.code, lowerIsBetter: indicator.polarity == .lowerBetter, kind: kind, winsorBounds: bounds)
    }

    /// The score of a raw value (NaN for a missing one), pulled in by the winsorising bounds first.
    public func score(_ raw: Double) -> Double {
        guard !raw.isNaN else { return .nan }
        var x = raw
        if let lower = winsorBounds?.lower { x = Swift.max(lower, x) }
        if let upper = winsorBounds?.upper { x = Swift.min(upper, x) }
        return onScale(x)
    }

    /// A raw-unit target on this scale, scored as a value would be but never winsorised (a target is a
    /// goal, not an outlier): on every bounded scale (goalposts, min and max, ranks) a target beyond the
    /// scale is held at its end, so it scores 0–100 like any value; z-scores are unbounded.
    public func target(_ x: Double) -> Double { onScale(x) }

    /// `x` on the scale, with no winsorising.
    func onScale(_ x: Double) -> Double {
        switch kind {
        case let .goalposts(worst, best):
            return Self.goalpost(x, worst: worst, best: best)
        case let .minmax(lo, hi):
            // A constant reference column scores 100 (§2); any value is held at that constant (§10).
            if hi == lo { return 100 }
            // Clamp the value, not the score: a reference value's score is then the same bits as ever.
            let v = Swift.min(hi, Swift.max(lo, x))
            return lowerIsBetter ? 100 * (hi - v) / (hi - lo) : 100 * (v - lo) / (hi - lo)
        case let .zscore(mean, sd):
            guard sd > 0 else { return 0 }
            let z = (x - mean) / sd
            return lowerIsBetter ? -z : z
        case let .rank(reference):
            let m = reference.count
            guard m > 1 else { return 50 }
            // The mean rank held within [1, m], so an unseen value beyond the reference scores 0 or 100.
            let r = Swift.min(Double(m), Swift.max(1, Self.meanRank(of: x, in: reference, lowerIsBetter: lowerIsBetter)))
            return 100 * (r - 1) / Double(m - 1)
        case .missing:
            return .nan
        }
    }

    /// One value on goalposts: `100 × clamp((x − worst) / (best − worst), 0, 1)`.
    public static func goalpost(_ x: Double, worst: Double, best: Double) -> Double {
        guard !x.isNaN else { return .nan }
        return 100 * Swift.min(1, Swift.max(0, (x - worst) / (best - worst)))
    }

    /// The mean 1-based rank, worst to best, that `x` takes (or would share) among the sorted reference:
    /// `worse + (equal + 1) / 2`.
    static func meanRank(of x: Double, in sorted: [Double], lowerIsBetter: Bool) -> Double {
        let below = lowerBound(x, sorted), notAbove = upperBound(x, sorted)
        let worse = lowerIsBetter ? sorted.count - notAbove : below
        return Double(worse) + Double(notAbove - below + 1) / 2
    }

    /// The count of values below `x` / not above `x` in an ascending array.
    static func lowerBound(_ x: Double, _ a: [Double]) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) / 2; if a[mid] < x { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    static func upperBound(_ x: Double, _ a: [Double]) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) / 2; if a[mid] <= x { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}
