import Foundation

// What the assessment use cases return, as values the reports render: a region's report, a cohort's view,
// and the region's previous evaluation.

/// The region's previous evaluation as found in the earlier table, and the improvement index against it
/// (evaluation.md §6.3: this year's final minus last year's). A region absent from that table, or listed there
/// as not taking part, has no improvement (the ministry prints "-"), never an improvement from 0.
public struct PreviousEvaluation: Sendable {
    public let edition: Int
    public let file: String
    /// The region's row, when it took part.
    public let region: RegionScore?
    /// This year's final minus the previous one, unrounded.
    public let improvement: Double?
    /// What reading the previous table found that does not stop the command.
    public let warnings: [InputError]
}

/// One region's evaluation with everything its report shows.
public struct RegionAssessmentReport: Sendable {
    public let rubric: Rubric
    public let region: RegionScore
    /// The cohort the region is ranked in (its own computed score in place of its published row), when given.
    public let cohort: AssessmentRanking?
    public let findings: AssessmentFindings
    /// The ministry's final against the readiness index over the cohort, when readiness data is given.
    public let agreement: ReadinessAgreement?
    /// How the region entered the cohort table.
    public let placement: CohortPlacement?
    /// The previous edition's evaluation of the region, when asked for.
    public let previous: PreviousEvaluation?
    /// Readiness data was asked for but holds no values for the region: the data's name.
    public let readinessMissing: String?
    public let warnings: [InputError]

    public enum CohortPlacement: Sendable, Equatable {
        /// Its own row of the table, replaced by the sheet's score.
        case replaced
        /// Not in the table: added for comparison.
        case added
        /// Listed as not taking part: its sheet's score placed for comparison only.
        case wasNonParticipant
    }

    /// The region's entry in the cohort.
    public var entry: AssessmentRanking.Entry? {
        cohort?.entries.first { $0.region.location == region.location && $0.region.name == region.name }
    }
}

/// A cohort ranking with, optionally, how it relates to readiness.
public struct AssessmentCohortView: Sendable {
    public let ranking: AssessmentRanking
    public let agreement: ReadinessAgreement?
    public let warnings: [InputError]
}
