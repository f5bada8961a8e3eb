import Foundation

/// The strictly positive range geometric means run on (OECD/JRC Handbook on Constructing Composite
/// Indicators, §6: a geometric mean needs positive values, and on 0–100 one score of 0 would set the
/// whole parent to 0 whatever its other scores). A score `s` on 0–100 is taken to `s' = 1 + 0.99 s` on
/// [1, 100] before its log is taken, and a geometric mean `g'` on [1, 100] is read back as
/// `(g' − 1) / 0.99` on 0–100. So a 0 lowers its parent instead of erasing it, all zeros still give 0 and
/// all hundreds 100, and every level reads on 0–100 like the arithmetic one. Read back at each level and
/// lifted again at the next, the two maps cancel: aggregating on [1, 100] all the way to the index and
/// reading back once gives the same numbers (the sensitivity runs rely on this).
enum PositiveRange {
    /// ln(1 + 0.99 s): the log of a score on [1, 100].
    @inline(__always)
    static func logLifted(_ score: Double) -> Double { log(1 + 0.99 * score) }

    /// The 0–100 score of a geometric mean whose log on [1, 100] is `logMean`.
    @inline(__always)
    static func score(fromLogMean logMean: Double) -> Double { (exp(logMean) - 1) / 0.99 }
}
