import Foundation

/// The summary statistics every part of the library uses, computed one way: a sequential sum for the
/// mean, two passes for the sample standard deviation (n − 1), the middle of the sorted values for the
/// median. One implementation, so that the engine, the sensitivity runs and the reports agree to the bit.
public enum Statistics {
    /// The arithmetic mean; NaN for no values.
    public static func mean(_ x: [Double]) -> Double {
        x.isEmpty ? .nan : x.reduce(0, +) / Double(x.count)
    }

    /// The sample standard deviation (n − 1) around `mean`; NaN for fewer than two values.
    public static func sampleStandardDeviation(_ x: [Double], mean: Double) -> Double {
        guard x.count >= 2 else { return .nan }
        return (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)).squareRoot()
    }

    /// The sample standard deviation (n − 1); NaN for fewer than two values.
    public static func sampleStandardDeviation(_ x: [Double]) -> Double {
        sampleStandardDeviation(x, mean: mean(x))
    }

    /// The median of values already sorted ascending; nil for none.
    public static func median(sorted s: [Double]) -> Double? {
        guard !s.isEmpty else { return nil }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The median; nil for none. NaN values are left out.
    public static func median(_ x: [Double]) -> Double? {
        median(sorted: x.filter { !$0.isNaN }.sorted())
    }
}
