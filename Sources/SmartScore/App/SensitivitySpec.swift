import Foundation

/// The sensitivity analysis's lists as people type them: `weights,normalisation,…` and `goalpost,minmax,rank`.
public enum SensitivitySpec {
    /// Uncertain inputs, comma-separated; empty or `none` for none.
    public static func inputs(_ text: String) throws -> [UncertainInput] {
        if text.trimmingCharacters(in: .whitespaces).isEmpty || text == "none" { return [] }
        return try text.split(separator: ",").map {
            let word = $0.trimmingCharacters(in: .whitespaces)
            guard let input = UncertainInput(rawValue: word) else {
                let known = UncertainInput.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError("'\(word)' is not one of \(known)", id: "'\(word)' bukan salah satu dari \(known)",
                                 at: SourceLocation(parameter: .inputs))
            }
            return input
        }
    }

    /// Normalisations to draw from, comma-separated.
    public static func normalisations(_ text: String) throws -> [ScoringMethod.Normalisation] {
        try text.split(separator: ",").map {
            let word = $0.trimmingCharacters(in: .whitespaces)
            guard let n = ScoringMethod.Normalisation(rawValue: word) else {
                let known = ScoringMethod.Normalisation.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError("'\(word)' is not a normalisation (\(known))", id: "'\(word)' bukan normalisasi (\(known))",
                                 at: SourceLocation(parameter: .normalisations))
            }
            return n
        }
    }
}
