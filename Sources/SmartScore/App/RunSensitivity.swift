import Foundation

extension Workspace {
    /// The uncertainty and sensitivity analysis around the scored cohort's nominal method.
    public func sensitivity(_ source: DataSource, method: MethodSpec, options: SensitivityOptions,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> SensitivityResult {
        let cohort = try score(source, method: method)
        var result = try SensitivityAnalysis.run(cohort.result, options: options, progress: progress)
        result.values = cohort.valueProvenance
        return result
    }
}
