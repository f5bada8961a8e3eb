import Foundation

/// The weights as a fitted model applies them, for the method sections people read: every in-scope
/// dimension's, element's and indicator's weight (after entropy, PCA or AHP resolved it to a number), its
/// share within its parent and its nominal share of the index (`ScoringModel.nominalShares`), and, for
/// AHP, how consistent each judged block was. Reports only lay these out; nothing here is language.
public struct AppliedWeights: Sendable {
    /// One part of the hierarchy. `id` is a dimension id, a `dimension/element` path or an indicator code.
    public struct Part: Sendable, Equatable {
        public let id: String
        /// The weight as applied (unset weights are 1).
        public let weight: Double
        /// The weight over the total of its group: the dimensions, its dimension's elements, its element's indicators.
        public let shareOfParent: Double
        /// Its nominal share of the index, when no value is missing.
        public let shareOfIndex: Double
    }

    public let kind: WeightSet.Kind
    /// The weight set's name: `equal`, `entropy`, `pca`, `file:PATH`, `ahp:PATH`.
    public let name: String
    /// The year the model was fitted on (where entropy and PCA weights were derived).
    public let referenceYear: Int
    /// In-scope dimensions and elements, in framework order; indicators in the model's (catalogue) order.
    public let dimensions: [Part]
    public let elements: [Part]
    public let indicators: [(indicator: Indicator, part: Part)]
    /// For AHP weights: each judged block's consistency, in the file's order.
    public let consistency: [AHPConsistency]

    /// Whether every in-scope dimension has the same share of the index (a summary need not list them).
    public var dimensionSharesEqual: Bool {
        guard let first = dimensions.first?.shareOfIndex else { return true }
        return dimensions.allSatisfy { abs($0.shareOfIndex - first) < 1e-12 }
    }

    /// The judged blocks whose consistency ratio exceeds the ceiling and were used on request.
    public var acceptedInconsistent: [AHPConsistency] { consistency.filter(\.acceptedInconsistent) }
}

extension ScoringModel {
    /// The weights this model applies, part by part, with their shares.
    public var appliedWeights: AppliedWeights {
        let h = hierarchy, shares = nominalShares
        let dimensionTotal = h.dimensionWeights.reduce(0, +)
        let dimensions = h.dimensions.indices.map { d in
            AppliedWeights.Part(id: h.dimensions[d], weight: h.dimensionWeights[d],
                                shareOfParent: dimensionTotal > 0 ? h.dimensionWeights[d] / dimensionTotal : 0,
                                shareOfIndex: shares.dimensions[d].1)
        }
        let elementWeights = h.elementWeights
        let elements = h.elements.indices.map { e in
            let total = h.elements.indices.filter { h.dimensionOfElement[$0] == h.dimensionOfElement[e] }.reduce(0) { $0 + elementWeights[$1] }
            return AppliedWeights.Part(id: shares.elements[e].0, weight: elementWeights[e],
                                       shareOfParent: total > 0 ? elementWeights[e] / total : 0, shareOfIndex: shares.elements[e].1)
        }
        let indicators = self.indicators.indices.map { i in
            let e = h.elementOfIndicator[i]
            let weight = h.indicatorToElement[i, e]
            let total = self.indicators.indices.filter { h.elementOfIndicator[$0] == e }.reduce(0) { $0 + h.indicatorToElement[$1, e] }
            return (indicator: self.indicators[i],
                    part: AppliedWeights.Part(id: self.indicators[i].code, weight: weight, shareOfParent: total > 0 ? weight / total : 0,
                                              shareOfIndex: shares.indicators[i].1))
        }
        return AppliedWeights(kind: method.weights.kind, name: method.weights.name, referenceYear: referenceYear,
                              dimensions: dimensions, elements: elements, indicators: indicators, consistency: method.weights.consistency)
    }
}
