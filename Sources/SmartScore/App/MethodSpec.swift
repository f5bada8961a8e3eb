import Foundation

/// The weights mini-language of every front end: `equal`, `entropy`, `pca`, `ahp:FILE` (pairwise
/// comparison matrices) or `FILE` (a weights file).
public enum WeightsSpec: Sendable, Equatable {
    case equal, entropy, pca
    case ahp(String)
    case file(String)

    public init(parsing text: String) throws {
        switch text {
        case "equal": self = .equal
        case "entropy": self = .entropy
        case "pca": self = .pca
        case "ahp:":
            throw InputError("ahp: needs the path of a pairwise-comparison file, as ahp:FILE",
                             id: "ahp: memerlukan jalur berkas perbandingan berpasangan, sebagai ahp:BERKAS", at: SourceLocation(parameter: .weights))
        case let w where w.hasPrefix("ahp:"): self = .ahp(String(w.dropFirst(4)))
        default:
            guard FileManager.default.fileExists(atPath: text) else {
                throw InputError("'\(text)' is neither a weighting (equal, entropy, pca, ahp:FILE) nor a file",
                                 id: "'\(text)' bukan pembobotan (equal, entropy, pca, ahp:BERKAS) dan bukan berkas",
                                 at: SourceLocation(parameter: .weights))
            }
            self = .file(text)
        }
    }

    /// The weight set (AHP judgements and weights files read and checked against the framework).
    func weightSet(catalogue: Catalogue, allowInconsistent: Bool, allowSmallPCA: Bool = false) throws -> WeightSet {
        switch self {
        case .equal: return .equal
        case .entropy: return .entropy
        case .pca:
            var set = WeightSet.pca
            set.allowSmallPCAGroups = allowSmallPCA
            return set
        case let .ahp(path): return try AHPFile.load(path: path, framework: catalogue.framework, allowInconsistent: allowInconsistent).0
        case let .file(path): return try WeightsFile.load(path: path, catalogue: catalogue)
        }
    }
}

/// What a front end asks of the scoring: the method's options as plain values, before any file is read.
public struct MethodSpec: Sendable, Equatable {
    /// The year to score (default: the latest in the data).
    public var year: Int?
    /// The year the model is fitted on (default: the scored year). Earlier years and trends are scored
    /// by the same fitted model.
    public var referenceYear: Int?
    public var normalisation: ScoringMethod.Normalisation
    public var aggregation: ScoringMethod.Aggregation
    public var weights: WeightsSpec
    /// Use AHP judgements even when their consistency ratio exceeds 0.1.
    public var allowInconsistent: Bool
    /// Derive PCA weights even in an element with fewer cities than indicators.
    public var allowSmallPCA: Bool
    /// A dimension covered below this share has a null score (0–1).
    public var minCoverage: Double
    /// A targets file: raw-unit indicator targets and dimension score targets.
    public var targets: String?
    public var winsorise: Bool

    public init(year: Int? = nil, referenceYear: Int? = nil, normalisation: ScoringMethod.Normalisation = .goalpost,
                aggregation: ScoringMethod.Aggregation = .arithmetic, weights: WeightsSpec = .equal, allowInconsistent: Bool = false,
                minCoverage: Double = 0.5, targets: String? = nil, winsorise: Bool = false, allowSmallPCA: Bool = false) {
        self.year = year
        self.referenceYear = referenceYear
        self.normalisation = normalisation
        self.aggregation = aggregation
        self.weights = weights
        self.allowInconsistent = allowInconsistent
        self.allowSmallPCA = allowSmallPCA
        self.minCoverage = minCoverage
        self.targets = targets
        self.winsorise = winsorise
    }

    /// The method, its files read against the workspace's catalogue, checked for combinations that have no meaning.
    public func method(in workspace: Workspace) throws -> ScoringMethod {
        guard (0...1).contains(minCoverage) else {
            throw InputError("the minimum coverage must be between 0 and 1, not \(minCoverage)",
                             id: "cakupan minimum harus antara 0 dan 1, bukan \(minCoverage)", at: SourceLocation(parameter: .minCoverage))
        }
        let catalogue = workspace.catalogue
        let method = ScoringMethod(normalisation: normalisation, aggregation: aggregation,
                                   weights: try weights.weightSet(catalogue: catalogue, allowInconsistent: allowInconsistent, allowSmallPCA: allowSmallPCA),
                                   minCoverage: minCoverage,
                                   targets: try targets.map { try TargetsFile.load(path: $0, catalogue: catalogue) } ?? .default,
                                   winsorise: winsorise)
        try method.validate()
        return method
    }
}
