import Foundation

/// Rounding as the ministry rounds its published scores (evaluation.md §6.4): halves away from zero, so 2.775
/// gives 2.78 although 2.775 is stored as 2.77499… (values within 1e-9 of a half count as the half). One rule
/// for every number that is compared with or shown beside a published one.
enum HalfUp {
    static func round(_ x: Double, digits: Int) -> Double {
        guard x.isFinite else { return x }
        let scale = pow(10, Double(digits))
        let scaled = x * scale
        let nudged = scaled + (scaled >= 0 ? 1 : -1) * 1e-9 * max(1, abs(scaled))
        return nudged.rounded(.toNearestOrAwayFromZero) / scale
    }
}
