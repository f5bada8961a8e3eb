import Foundation

/// The sensitivity analysis's lists as people type them: `weights,normalisation,…` and `goalpost,minmax,rank`.
public enum SensitivitySpec {
    /// Uncertain inputs, comma-separated. At least one: an analysis that varies nothing would report a
    /// spread of zero as if the ranking were certain.
    public static func inputs(_ text: String) throws -> [UncertainInput] {
        let words = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !words.isEmpty, words != ["none"] else {
            let known = UncertainInput.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError(.outputNoInputs, ["known": known], at: SourceLocation(parameter: .inputs))
        }
        return try words.map { word in
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
        let known = ScoringMethod.Normalisation.allCases.map(\.rawValue).joined(separator: ", ")
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputError(.outputFlagEmpty, ["flag": Parameter.normalisations.rawValue], at: SourceLocation(parameter: .normalisations),
                             hint: .outputFlagChoice, hintArguments: ["flag": Parameter.normalisations.rawValue, "choices": known])
        }
        return try text.split(separator: ",").map {
            let word = $0.trimmingCharacters(in: .whitespaces)
            guard let n = ScoringMethod.Normalisation(rawValue: word) else {
                throw InputError("'\(word)' is not a normalisation (\(known))", id: "'\(word)' bukan normalisasi (\(known))",
                                 at: SourceLocation(parameter: .normalisations))
            }
            return n
        }
    }
}
