import Foundation

extension Workspace {
    /// The uncertainty and sensitivity analysis around the scored cohort's nominal method.
    public func sensitivity(_ source: DataSource, method: MethodSpec, options: SensitivityOptions,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> SensitivityResult {
        try SensitivityAnalysis.run(score(source, method: method).result, options: options, progress: progress)
    }
}
