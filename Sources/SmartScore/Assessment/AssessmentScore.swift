import Foundation

/// A component's score for one region: the unweighted mean of its question scores (evaluation.md §6.1: the
/// mean over questions, not over sub-indicators or indicators, reproduces every printed "Rata-rata").
public struct ComponentScore: Sendable {
    public let component: RubricComponent
    /// The group's weight for the component.
    public let weight: Double
    /// The score, unrounded.
    public let score: Double
    /// The questions averaged; `nil` when the score was read from a published table.
    public let questions: Int?

    public var weighted: Double { weight * score }
}

/// One region's evaluation: its component scores and the final score, the weighted sum with its group's
/// weights (§6.2: a 0 stays in the sum; the weights are never renormalised).
public struct RegionScore: Sendable {
    public let code: String?
    public let name: String
    public let group: RubricGroup
    /// `false` for a region listed as not taking part: it has no score and no rank.
    public let participated: Bool
    public let components: [ComponentScore]
    /// The weighted sum, unrounded; `nil` when the region did not take part.
    public let final: Double?
    /// As printed in the published table, where read from one.
    public let printedFinal: Double?
    public let printedImprovement: Double?
    /// The row of the published table, or the sheet, it was read from.
    public let location: SourceLocation?
    /// The answers behind the components, when scored from a sheet.
    public let answers: [SelfAssessment.Answer]?

    public func component(_ id: String) -> ComponentScore? { components.first { $0.component.id == id } }

    /// The region's identity within one table: its code, or its name when the table has no codes.
    var key: String { code ?? "\u{1}" + name.uppercased() }

    /// The same region with the final the ministry printed for it.
    func with(printedFinal: Double?) -> RegionScore {
        RegionScore(code: code, name: name, group: group, participated: participated, components: components, final: final,
                    printedFinal: printedFinal, printedImprovement: printedImprovement, location: location, answers: answers)
    }
}

public enum AssessmentScoring {
    /// The final score: Σ weight × component score over the group's components.
    public static func final(_ components: [ComponentScore]) -> Double {
        components.reduce(0) { $0 + $1.weighted }
    }

    /// Scores a region from its answers: each component the mean of its question scores. The readers give every
    /// question asked an answer; a component without one would be NaN (shown as missing), never a 0.
    public static func score(_ assessment: SelfAssessment, rubric: Rubric, group: RubricGroup, code: String?, name: String) -> RegionScore {
        let components = rubric.components(of: group).map { entry -> ComponentScore in
            let scores = assessment.answers.filter { $0.question.component == entry.component.id }.map(\.score)
            return ComponentScore(component: entry.component, weight: entry.weight,
                                  score: scores.isEmpty ? .nan : scores.reduce(0, +) / Double(scores.count), questions: scores.count)
        }
        return RegionScore(code: code, name: name, group: group, participated: true, components: components, final: final(components),
                           printedFinal: nil, printedImprovement: nil, location: SourceLocation(file: assessment.sheet), answers: assessment.answers)
    }
}
