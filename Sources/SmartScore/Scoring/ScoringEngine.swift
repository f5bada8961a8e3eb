import Foundation

/// Scores a cohort on its own scale: fits the method on the cohort and applies the model to it
/// (`ScoringModel`; Scoring/README.md is the specification). For several years on one scale, fit once
/// and apply the model to each year.
public struct ScoringEngine: Sendable {
    public let framework: Framework
    /// The catalogue's indicators, which catalogue coverage is measured against (nil: the cohort's own).
    public let catalogue: [Indicator]?

    public init(framework: Framework, catalogue: [Indicator]? = nil) {
        self.framework = framework
        self.catalogue = catalogue
    }

    /// An engine for `catalogue`: its framework, and its indicators for catalogue coverage.
    public init(catalogue: Catalogue) { self.init(framework: catalogue.framework, catalogue: catalogue.indicators) }

    /// The method fitted on `reference`.
    public func fit(_ method: ScoringMethod, reference: IndicatorMatrix) throws -> ScoringModel {
        try ScoringModel.fit(method, reference: reference, framework: framework, catalogue: catalogue)
    }

    /// The cohort scored by the method fitted on itself.
    public func score(_ input: IndicatorMatrix, method: ScoringMethod) throws -> ScoreResult {
        try fit(method, reference: input).apply(to: input)
    }
}
