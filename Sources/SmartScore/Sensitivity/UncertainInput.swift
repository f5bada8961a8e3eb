import Foundation

/// The choices an analyst could reasonably have made differently, each one an optional uncertain input
/// of the analysis (JRC/OECD handbook, step 7; COINr's sensitivity analysis).
public enum UncertainInput: String, Sendable, CaseIterable {
    /// Element and dimension weights, each uniform within ±spread of its nominal value.
    case weights
    /// Every in-scope indicator's weight within its element, each uniform within ±spread of its nominal
    /// value (for entropy and PCA weights: of the weight the run's normalisation derives). Not drawn unless
    /// asked: it adds one number per indicator to every run.
    case indicatorWeights = "indicator-weights"
    /// The normalisation, drawn from a set of methods.
    case normalisation
    /// Arithmetic or geometric aggregation.
    case aggregation
    /// Missing values left out (renormalised), or imputed with the median of the city's peers (same type).
    case missing
    /// One indicator dropped (or none), uniformly among the in-scope indicators.
    case drop

    /// What the input varies, as the sensitivity JSON writes it: the English of the language table (the
    /// reports show `Localizer.uncertainInputDescription`, in the reader's language).
    public var description: String { Localizer(.en).uncertainInputDescription(self) }

    /// The inputs drawn when none are named: every one but the indicator weights.
    public static let defaults: [UncertainInput] = [.weights, .normalisation, .aggregation, .missing, .drop]

    /// The key of the input's short name in the language table.
    var nameKey: TextKey {
        switch self {
        case .weights: return .inputWeights
        case .indicatorWeights: return .inputIndicatorWeights
        case .normalisation: return .inputNormalisation
        case .aggregation: return .inputAggregation
        case .missing: return .inputMissing
        case .drop: return .inputDrop
        }
    }

    /// The key of the input's description in the language table.
    var descriptionKey: TextKey {
        switch self {
        case .weights: return .inputWeightsDescription
        case .indicatorWeights: return .inputIndicatorWeightsDescription
        case .normalisation: return .inputNormalisationDescription
        case .aggregation: return .inputAggregationDescription
        case .missing: return .inputMissingDescription
        case .drop: return .inputDropDescription
        }
    }
}

/// What the analysis perturbs and how.
public struct SensitivityOptions: Sendable {
    public var inputs: [UncertainInput] = UncertainInput.defaults
    /// Relative half-width of the weights' uniform range (0.25: ±25 %), for element, dimension and indicator weights.
    public var weightSpread = 0.25
    public var normalisations: [ScoringMethod.Normalisation] = [.goalpost, .minmax, .rank]
    /// Model runs in all (the Saltelli base sample is runs ÷ (inputs + 2)).
    public var samples = 1000
    public var seed: UInt64 = 1
    /// Compute Sobol indices (Saltelli design) or plain Monte Carlo rank intervals.
    public var indices = true
    /// The confidence level of the Sobol indices' bootstrap intervals.
    public var confidence = SobolEstimates.defaultConfidence
    /// Worker threads (each block's BLAS calls run single-threaded, so results do not depend on this).
    public var threads = 1
    /// Bounds the memory of one block of runs.
    public var blockBytes = 64 << 20
    /// Bounds the per-city counts of ranks (`RankHistogram`): one bin per rank while cities² counts fit
    /// (up to about 8,000 cities), wider bins beyond (the villages: bins of 49 ranks).
    public var rankHistogramBytes = 512 << 20

    public init(inputs: [UncertainInput] = UncertainInput.defaults, weightSpread: Double = 0.25,
                normalisations: [ScoringMethod.Normalisation] = [.goalpost, .minmax, .rank], samples: Int = 1000,
                seed: UInt64 = 1, indices: Bool = true, threads: Int = 1, confidence: Double = SobolEstimates.defaultConfidence) {
        self.confidence = confidence
        self.inputs = inputs
        self.weightSpread = weightSpread
        self.normalisations = normalisations
        self.samples = samples
        self.seed = seed
        self.indices = indices
        self.threads = threads
    }

    /// The fewest base samples of a Saltelli design whose indices are reported with bootstrap intervals.
    public static let minimumBaseSamples = 10

    /// The fewest runs that give Sobol indices for `inputs`: the minimum base samples of `inputs + 2` runs each.
    public static func leastSamplesForIndices(_ inputs: [UncertainInput]) -> Int { minimumBaseSamples * (inputs.count + 2) }

    /// The most memory the analysis may plan for (each run's choices; the ranks are counted in a bounded histogram).
    public static let memoryLimit = 6 << 30

    func validate(cities: Int = 0, weights: Int = 0) throws {
        guard samples >= 1 else {
            throw InputError(.outputFlagAtLeast, ["flag": "--samples", "least": "1"], at: SourceLocation(parameter: .samples))
        }
        let bytes = Double(samples) * (Double(weights) * 8 + 96)
        guard bytes <= Double(Self.memoryLimit) else {
            let most = Int(Double(Self.memoryLimit) / (Double(weights) * 8 + 96))
            throw InputError("\(samples) runs for \(cities) cities would need about \(Int(bytes / 1e9)) GB", id: "\(samples) simulasi untuk \(cities) wilayah memerlukan sekitar \(Int(bytes / 1e9)) GB",
                             at: SourceLocation(parameter: .samples), hint: "use at most \(most) runs", hintID: "pakai paling banyak \(most) simulasi")
        }
        guard confidence >= 0.5, confidence < 1 else {
            throw InputError("the confidence level must be at least 0.5 and below 1 (e.g. 0.95)", id: "tingkat kepercayaan harus paling kecil 0,5 dan kurang dari 1 (misalnya 0.95)",
                             at: SourceLocation(parameter: .confidence))
        }
        guard (0..<1).contains(weightSpread) else {
            throw InputError(.outputWeightSpread, at: SourceLocation(parameter: .weightSpread))
        }
        if inputs.contains(.normalisation) {
            guard !normalisations.isEmpty, !normalisations.contains(.zscore) else {
                throw InputError(.outputNormalisationSet, at: SourceLocation(parameter: .normalisations), hint: .outputNormalisationSetHint)
            }
        }
        // The bootstrap intervals need base samples to resample: with fewer than ten they collapse (one base
        // sample gives an interval of zero width around a meaningless estimate).
        let least = Self.leastSamplesForIndices(inputs)
        if indices && !inputs.isEmpty && samples < least {
            throw InputError("--samples must be at least \(least) for sensitivity indices with \(inputs.count) inputs (\(SensitivityOptions.minimumBaseSamples) base samples of \(inputs.count + 2) runs each)",
                             id: "--samples harus paling sedikit \(least) untuk indeks sensitivitas dengan \(inputs.count) masukan (\(SensitivityOptions.minimumBaseSamples) sampel dasar, masing-masing \(inputs.count + 2) simulasi)",
                             at: SourceLocation(parameter: .samples), hint: "or ask for rank intervals only (--no-indices)",
                             hintID: "atau minta selang peringkat saja (--no-indices)")
        }
    }
}
