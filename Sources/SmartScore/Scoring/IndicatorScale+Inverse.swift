import Foundation

extension IndicatorScale {
    /// The raw value that scores `score` on this scale: what a score means in the indicator's own unit.
    /// Goalposts and min–max invert exactly; a rank scale interpolates between the reference values on either
    /// side of the rank (an approximation, so callers show it with "±"); z-scores and missing scales have no
    /// bounded inverse (nil). Winsorising does not enter: it only moves values, not the scale.
    public func raw(atScore score: Double) -> Double? {
        guard score.isFinite else { return nil }
        let s = Swift.min(100, Swift.max(0, score))
        switch kind {
        case let .goalposts(worst, best):
            return worst + s / 100 * (best - worst)
        case let .minmax(lo, hi):
            guard hi > lo else { return nil }
            return lowerIsBetter ? hi - s / 100 * (hi - lo) : lo + s / 100 * (hi - lo)
        case let .rank(reference):
            let m = reference.count
            guard m > 1 else { return nil }
            // Rank r (1-based, worst to best) = 1 + s/100 × (m − 1); worst to best is ascending unless lower is better.
            let position = s / 100 * Double(m - 1)
            let ordered = lowerIsBetter ? Array(reference.reversed()) : reference
            let below = Int(position.rounded(.down)), above = Swift.min(m - 1, below + 1)
            let fraction = position - Double(below)
            return ordered[below] + fraction * (ordered[above] - ordered[below])
        case .zscore, .missing:
            return nil
        }
    }

    /// Whether `raw` is at or beyond the best value the scale knows (the best goalpost, the reference's best
    /// value). Under rank normalisation a value tied with others at the top scores their mean rank, below
    /// 100, although nothing can be better: a gap there is not one a programme can close.
    public func isAtBest(_ raw: Double) -> Bool {
        guard raw.isFinite, let best = self.raw(atScore: 100) else { return false }
        switch kind {
        case let .goalposts(worst, best):
            return best >= worst ? raw >= best : raw <= best
        default:
            return lowerIsBetter ? raw <= best : raw >= best
        }
    }

    /// Whether `raw(atScore:)` is exact (goalposts, min–max) rather than interpolated between reference values.
    public var invertsExactly: Bool {
        switch kind {
        case .goalposts, .minmax: return true
        default: return false
        }
    }
}
