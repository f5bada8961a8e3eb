import Foundation

/// What a person tries on the what-if page: the six dimension weights (a dimension left out weighs 1), and
/// the normalisation and aggregation the cohort is scored with.
public struct WhatIfSpec: Sendable, Equatable, Hashable {
    public var dimensions: [String: Double]
    public var normalisation: ScoringMethod.Normalisation
    public var aggregation: ScoringMethod.Aggregation

    public init(dimensions: [String: Double] = [:], normalisation: ScoringMethod.Normalisation = .goalpost,
                aggregation: ScoringMethod.Aggregation = .arithmetic) {
        self.dimensions = dimensions
        self.normalisation = normalisation
        self.aggregation = aggregation
    }

    /// The largest weight a slider may send: weights are relative, and a bound keeps a typo from meaning 10^300.
    public static let largestWeight = 1000.0
}

/// The what-if ranking of one data source: the method is fitted once per normalisation and aggregation
/// (the scales, the reference and the element weights do not depend on the dimension weights), then each
/// request only re-weighs the dimensions and applies the fitted model again. A shared object: requests from
/// many threads read and fill the one cache.
public final class WhatIfRanking: @unchecked Sendable {
    public let workspace: Workspace
    public let data: LoadedData
    /// The base method (its weights, year, reference year, coverage rule); the spec's normalisation and
    /// aggregation replace its own.
    public let base: MethodSpec
    private var fitted: [String: ScoredCohort] = [:]
    private let lock = NSLock()

    public init(workspace: Workspace, data: LoadedData, base: MethodSpec = MethodSpec()) {
        self.workspace = workspace
        self.data = data
        self.base = base
    }

    /// The cohort fitted with the spec's normalisation and aggregation and the base weights (once, then kept).
    public func fittedCohort(normalisation: ScoringMethod.Normalisation, aggregation: ScoringMethod.Aggregation) throws -> ScoredCohort {
        let key = "\(normalisation.rawValue)/\(aggregation.rawValue)"
        lock.lock()
        if let cohort = fitted[key] { lock.unlock(); return cohort }
        lock.unlock()
        var spec = base
        spec.normalisation = normalisation
        spec.aggregation = aggregation
        let cohort = try workspace.score(data, method: try spec.method(in: workspace), year: spec.year, referenceYear: spec.referenceYear)
        lock.lock()
        defer { lock.unlock() }
        if let other = fitted[key] { return other }     // another request fitted it meanwhile: keep one
        fitted[key] = cohort
        return cohort
    }

    /// The cohort scored with the spec's dimension weights: the same numbers `rank` gives with a weights
    /// file that sets those dimension weights.
    public func rank(_ spec: WhatIfSpec) throws -> ScoredCohort {
        let fitted = try fittedCohort(normalisation: spec.normalisation, aggregation: spec.aggregation)
        // No weight changed: the fitted cohort is that ranking already.
        return spec.dimensions.isEmpty ? fitted : try fitted.reweighted(dimensions: spec.dimensions)
    }
}

extension ScoredCohort {
    /// The cohort with other dimension weights: the fitted model keeps its scales, indicator and element
    /// weights and reference; only the index's weights change, and the scored year is applied again.
    /// Unknown dimensions, negative, non-finite or too large weights, and all weights zero are errors at the weights.
    public func reweighted(dimensions: [String: Double]) throws -> ScoredCohort {
        for (id, weight) in dimensions.sorted(by: { $0.key < $1.key }) {
            guard Framework.dimensionIDs.contains(id) else {
                throw InputError("'\(id)' is not a dimension", id: "'\(id)' bukan dimensi", at: SourceLocation(parameter: .weights),
                                 hint: "use one of \(Framework.dimensionIDs.joined(separator: ", "))",
                                 hintID: "pakai salah satu dari \(Framework.dimensionIDs.joined(separator: ", "))")
            }
            guard weight.isFinite, (0...WhatIfSpec.largestWeight).contains(weight) else {
                throw InputError("the weight of \(id) must be between 0 and \(Int(WhatIfSpec.largestWeight)), not \(weight)",
                                 id: "bobot \(id) harus antara 0 dan \(Int(WhatIfSpec.largestWeight)), bukan \(weight)",
                                 at: SourceLocation(parameter: .weights))
            }
        }
        var weights = model.method.weights
        for (id, weight) in dimensions { weights.dimensions[id] = weight }
        // Outputs name the weights: equal ones that were re-weighed are no longer equal.
        if weights.kind == .equal, !dimensions.isEmpty {
            weights.kind = .file
            weights.name = "what-if"
        }
        var method = model.method
        method.weights = weights
        let hierarchy = try Hierarchy(indicators: model.indicators, framework: model.framework, weights: weights)
        try hierarchy.checkWeights(weights)
        let m = model
        let reweighted = ScoringModel(method: method, framework: m.framework, referenceYear: m.referenceYear, indicators: m.indicators,
                                      scales: m.scales, indicatorTargets: m.indicatorTargets, dimensionTargets: m.dimensionTargets,
                                      winsorised: m.winsorised, warnings: m.warnings, reference: m.reference,
                                      catalogueScope: m.catalogueScope, hierarchy: hierarchy)
        var scored = try reweighted.apply(to: result.input)
        // What scoring said of the years chosen (a sparse scored year) holds for any weights.
        scored.warnings = result.warnings
        return ScoredCohort(catalogue: catalogue, data: data, panel: panel, model: reweighted, result: scored)
    }
}
