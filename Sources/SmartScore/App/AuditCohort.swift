import Foundation

extension Workspace {
    /// The statistical audit of the scored cohort (the scored year, the nominal method): correlations across
    /// the hierarchy, Cronbach's alpha, collinear pairs and each part's influence on the index. Options are
    /// checked before any data is read.
    public func audit(_ source: DataSource, method: MethodSpec, options: AuditOptions = AuditOptions()) throws -> AuditResult {
        try options.validate()
        let cohort = try score(source, method: method)
        var audit = try StatisticalAudit.run(cohort.result, options: options)
        audit.values = cohort.valueProvenance
        return audit
    }
}
