import Foundation

/// The weights of the hierarchy: indicator weights within an element, element weights within a
/// dimension, dimension weights in the index. A weight left unset is 1, so `.equal` sets none.
/// `entropy` and `pca` are derived from the data by the engine (`WeightDerivation`).
public struct WeightSet: Sendable, Equatable {
    public enum Kind: String, Sendable { case equal, file, ahp, entropy, pca }

    public var kind: Kind
    /// How outputs name these weights: `equal`, `entropy`, `pca`, `file:PATH`, `ahp:PATH`.
    public var name: String
    public var dimensions: [String: Double] = [:]
    /// Keyed `dimension/element`.
    public var elements: [String: Double] = [:]
    public var indicators: [String: Double] = [:]
    /// For AHP weights: the consistency of each judged block, as accepted.
    public var consistency: [AHPConsistency] = []
    /// For PCA weights: derive them even in an element with fewer cities than indicators.
    public var allowSmallPCAGroups = false
    /// For PCA weights, once derived: each element's derivation.
    public var pcaGroups: [PCAGroupSummary] = []

    public init(kind: Kind, name: String, dimensions: [String: Double] = [:], elements: [String: Double] = [:],
                indicators: [String: Double] = [:]) {
        self.kind = kind
        self.name = name
        self.dimensions = dimensions
        self.elements = elements
        self.indicators = indicators
    }

    public static let equal = WeightSet(kind: .equal, name: "equal")
    public static let entropy = WeightSet(kind: .entropy, name: "entropy")
    public static let pca = WeightSet(kind: .pca, name: "pca")

    public func dimension(_ id: String) -> Double { dimensions[id] ?? 1 }
    public func element(_ dimension: String, _ element: String) -> Double { elements["\(dimension)/\(element)"] ?? 1 }
    public func indicator(_ code: String) -> Double { indicators[code] ?? 1 }

    /// Whether the engine must derive indicator weights from the data.
    var isDataDriven: Bool { kind == .entropy || kind == .pca }
}

/// Score targets: the default is 100 at every level; a targets file sets raw-unit indicator targets
/// (normalised like a value) or score targets per dimension.
public struct Targets: Sendable, Equatable {
    public var name: String
    /// Raw-unit targets per indicator code.
    public var indicators: [String: Double]
    /// Score targets per dimension.
    public var dimensions: [String: Double]

    public init(name: String, indicators: [String: Double] = [:], dimensions: [String: Double] = [:]) {
        self.name = name
        self.indicators = indicators
        self.dimensions = dimensions
    }

    public static let `default` = Targets(name: "100")
}

/// How consistent one block of AHP judgements was, as outputs report it (Saaty 1980).
public struct AHPConsistency: Sendable, Equatable {
    /// `dimensions` or `elements/DIMENSION`.
    public let block: String
    /// How many items the block compares (n): it chooses the random index.
    public let size: Int
    public let lambdaMax: Double
    public let consistencyIndex: Double
    public let randomIndex: Double
    public let consistencyRatio: Double
    /// True when the ratio exceeds the 0.1 ceiling and was accepted on request (`allow inconsistent`).
    public let acceptedInconsistent: Bool
}

/// How one element's PCA weights were derived (HandbookPCA), as outputs report it.
public struct PCAGroupSummary: Sendable, Equatable {
    /// `dimension/element`.
    public let element: String
    /// The element's in-scope indicators, in catalogue order, and their weights within it as applied
    /// (summing to 1): the derivation's, or equal ones when every derived weight was 0.
    public let indicators: [String]
    public var weights: [Double]
    /// True when no indicator of the element varied, so every derived weight was 0 and equal weights apply.
    public var replacedByEqualWeights = false
    /// Cities of the reference cohort with a value for at least one of the indicators.
    public let cities: Int
    public let derivation: HandbookPCA.Derivation
    /// True when the element had too few cities for its indicators and was derived on request (`--allow-small-pca`).
    public let smallSampleAccepted: Bool

    public init(element: String, indicators: [String], cities: Int, derivation: HandbookPCA.Derivation, smallSampleAccepted: Bool) {
        self.element = element
        self.indicators = indicators
        self.cities = cities
        self.derivation = derivation
        self.smallSampleAccepted = smallSampleAccepted
        weights = derivation.weights
    }
}
