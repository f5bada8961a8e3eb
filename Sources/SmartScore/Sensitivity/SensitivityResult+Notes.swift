import Foundation

/// What a reader must be told about the Sobol indices beside their values: which effects the intervals
/// cannot tell from none, and whether the runs were too few for the intervals to order the inputs.
extension SensitivityResult {
    /// Inputs whose first-order (or total) interval reaches 0.
    public var firstOrderIndistinguishableFromZero: [UncertainInput] { indices.filter { $0.index.firstOrderIndistinguishableFromZero }.map(\.input) }
    public var totalIndistinguishableFromZero: [UncertainInput] { indices.filter { $0.index.totalIndistinguishableFromZero }.map(\.input) }

    /// The widest interval over every input and both indices; nil without indices.
    public var widestInterval: Double? { indices.map(\.index.widestInterval).max() }

    /// When the widest interval is wider than `SobolEstimates.narrowWidth`: the `--samples` that would
    /// make it about that wide (an interval narrows as 1/√N), rounded up to a thousand; nil otherwise.
    public var suggestedSamples: Int? {
        guard let width = widestInterval, width > SobolEstimates.narrowWidth, baseSamples > 0 else { return nil }
        let base = Double(baseSamples) * pow(width / SobolEstimates.narrowWidth, 2)
        let runs = base * Double(indices.count + 2)
        return Int((runs / 1000).rounded(.up)) * 1000
    }

    /// How far a reported percentile, median or mode may lie from the exact one: (width − 1) / 2 ranks
    /// (0 when every rank has its own bin), since each stands at the middle of a bin the exact value is in.
    public var rankBinErrorBound: Double { Double(rankBinWidth - 1) / 2 }
}
