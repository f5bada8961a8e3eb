import Foundation

/// The parts every JSON output of a scored cohort shares, in the machine wording (English, ids).
extension ScoreResult {
    /// The `method` object: the method's options and the year its model was fitted on.
    public var methodJSON: JSONValue {
        guard case let .object(fields) = method.json else { return method.json }
        return .object(fields + [("reference_year", .number(Double(referenceYear)))])
    }

    /// Why city `k`'s index is null, or JSON null.
    func nullReasonJSON(_ k: Int) -> JSONValue { .string(ScoringWording.machine.reasons(nullReasons[k])) }

    /// The warnings, as strings.
    var warningsJSON: [JSONValue] { warnings.map { .string(ScoringWording.machine.warning($0)) } }
}
