import Foundation

/// One model run of the uncertainty analysis: the choices drawn for it.
struct Scenario: Sendable {
    var normalisation: ScoringMethod.Normalisation
    var aggregation: ScoringMethod.Aggregation
    var impute: Bool
    /// The in-scope indicator (column) dropped, if any.
    var drop: Int?
    /// In-scope element and dimension weights.
    var elementWeights: [Double]
    var dimensionWeights: [Double]
    /// Per in-scope indicator, the factor its weight within its element is multiplied by (nil: all 1).
    var indicatorMultipliers: [Double]? = nil

    /// Which precomputed variant of the element scores the run uses.
    var variantKey: VariantKey { VariantKey(normalisation: normalisation, aggregation: aggregation, impute: impute) }

    /// Decodes a row of U(0, 1) numbers: one group per uncertain input, in the options' order.
    static func decode(_ u: [Double], inputs: [UncertainInput], options: SensitivityOptions, nominal: Scenario,
                       indicatorCount: Int) -> Scenario {
        var s = nominal
        var k = 0
        for input in inputs {
            switch input {
            case .weights:
                for e in s.elementWeights.indices {
                    s.elementWeights[e] = nominal.elementWeights[e] * (1 + options.weightSpread * (2 * u[k] - 1)); k += 1
                }
                for d in s.dimensionWeights.indices {
                    s.dimensionWeights[d] = nominal.dimensionWeights[d] * (1 + options.weightSpread * (2 * u[k] - 1)); k += 1
                }
            case .indicatorWeights:
                s.indicatorMultipliers = (0..<indicatorCount).map { i in 1 + options.weightSpread * (2 * u[k + i] - 1) }
                k += indicatorCount
            case .normalisation:
                s.normalisation = options.normalisations[min(options.normalisations.count - 1, Int(u[k] * Double(options.normalisations.count)))]
                k += 1
            case .aggregation:
                s.aggregation = u[k] < 0.5 ? .arithmetic : .geometric; k += 1
            case .missing:
                s.impute = u[k] >= 0.5; k += 1
            case .drop:
                let slot = min(indicatorCount, Int(u[k] * Double(indicatorCount + 1)))
                s.drop = slot == 0 ? nil : slot - 1
                k += 1
            }
        }
        return s
    }

    /// How many U(0, 1) numbers each input draws.
    static func groupSizes(_ inputs: [UncertainInput], elements: Int, dimensions: Int, indicators: Int) -> [Int] {
        inputs.map {
            switch $0 {
            case .weights: return elements + dimensions
            case .indicatorWeights: return indicators
            default: return 1
            }
        }
    }
}

struct VariantKey: Hashable, Sendable {
    let normalisation: ScoringMethod.Normalisation
    let aggregation: ScoringMethod.Aggregation
    let impute: Bool
}
