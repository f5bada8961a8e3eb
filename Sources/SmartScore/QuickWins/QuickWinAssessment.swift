import Foundation

/// A filled quick-win assessment sheet: for each quick win a region runs, a score from 0 to 4 on each of the
/// ministry's twelve quick-win questions (`QuickWinCriteria`), with optional evidence notes. Scores may have
/// decimals: a question's score is usually the mean of a panel's integer ratings (shared/reference/evaluation.md §3).
///
/// Read from YAML (`.yaml`, `.yml`) or CSV (`.csv`) by `load(path:programmes:)`; the format is described in
/// `datasets/examples/README.md`, with working examples beside it. Scores are kept as exact `Double`s: the
/// library never rounds (the ministry prints two decimals, rounding halves up, §6.4; that is for the reports).
///
/// Scoring (shared/reference/evaluation.md §4.5, §5, §6.1): the Quick Win component score is the unweighted mean of
/// the **question** scores, not of the ten criteria, so risk management (identification and mitigation) and
/// sustainability (last year's quick wins still running, new ones this year) each weigh 2/12.
public struct QuickWinAssessment: Sendable {
    /// The format a sheet was read from, chosen by its file name's extension.
    public enum Format: String, Sendable {
        case yaml, csv
    }

    /// One quick win and its twelve scores.
    public struct Entry: Sendable {
        /// The programme of the catalogue the sheet names.
        public let programme: Programme
        /// The programme as written in the sheet: its id, or its Indonesian or English name.
        public let written: String
        /// The twelve scores, 0–4, in the order of `QuickWinCriteria.questions`.
        public let scores: [Double]
        /// Evidence notes by question key (YAML `notes:`).
        public let notes: [String: String]
        /// An evidence note for the quick win as a whole (YAML `note:`, the CSV `note` column).
        public let note: String?
        /// Where the entry names its programme.
        public let location: SourceLocation

        /// The quick win's score: the mean of its twelve answers.
        public var score: Double { scores.reduce(0, +) / Double(scores.count) }

        /// The score of the question `key` (`formulation`, …, `sustainability_new`).
        public func score(_ key: String) -> Double? {
            QuickWinCriteria.index(of: key).map { scores[$0] }
        }

        /// The mean of the scores of criterion `number` (1–10): one question, or two for risk management (9)
        /// and sustainability (10).
        public func criterionScore(_ number: Int) -> Double? {
            let indices = QuickWinCriteria.questions.indices.filter { QuickWinCriteria.questions[$0].criterion == number }
            guard !indices.isEmpty else { return nil }
            return indices.reduce(0) { $0 + scores[$1] } / Double(indices.count)
        }
    }

    /// A question's mean score across the sheet's quick wins.
    public struct QuestionScore: Sendable, Equatable {
        public let question: QuickWinQuestion
        public let score: Double
    }

    /// A criterion's mean score across the sheet's quick wins (and across its two questions, for risk
    /// management and sustainability).
    public struct CriterionScore: Sendable, Equatable {
        public let criterion: QuickWinCriterion
        public let score: Double
    }

    /// The sheet's path, as given.
    public let file: String
    public let format: Format
    /// The region the sheet assesses (YAML `city:`), if it says.
    public let city: String?
    /// The evaluation year (YAML `year:`), if it says.
    public let year: Int?
    /// The quick wins, in the sheet's order; never empty.
    public let entries: [Entry]
    /// What the reader noticed but accepted (a CSV file read as Windows-1252).
    public let warnings: [InputError]

    init(file: String, format: Format, city: String?, year: Int?, entries: [Entry], warnings: [InputError]) {
        self.file = file
        self.format = format
        self.city = city
        self.year = year
        self.entries = entries
        self.warnings = warnings
    }

    /// The entry of the programme `programmeID` (its catalogue id), if the sheet assesses it.
    public func entry(for programmeID: String) -> Entry? { entries.first { $0.programme.id == programmeID } }

    /// The score of the quick win `programmeID` (its catalogue id): the mean of its twelve answers.
    public func score(of programmeID: String) -> Double? { entry(for: programmeID)?.score }

    /// The Quick Win component score: the mean of every answer on the sheet (12 per quick win).
    ///
    /// The ministry scores a region's quick wins as a whole, with one score per question (§5). Here the panel
    /// scores each quick win on all twelve questions; since every quick win has exactly twelve answers, the
    /// mean of all answers equals the mean of the per-quick-win scores, and also the mean of the twelve
    /// `questionScores` (each the mean across quick wins), which is the ministry's formula (§6.1). It is
    /// **not** the mean of the ten `criterionScores`: risk management and sustainability weigh 2/12 each.
    public var componentScore: Double {
        let count = entries.count * QuickWinCriteria.questions.count
        return entries.reduce(0) { sum, entry in entry.scores.reduce(sum, +) } / Double(count)
    }

    /// Each question's mean across the quick wins, in the order of `QuickWinCriteria.questions`.
    public var questionScores: [QuestionScore] {
        QuickWinCriteria.questions.enumerated().map { index, question in
            QuestionScore(question: question, score: entries.reduce(0) { $0 + $1.scores[index] } / Double(entries.count))
        }
    }

    /// Each criterion's mean across the quick wins, for display, in the order of `QuickWinCriteria.criteria`.
    /// Risk management and sustainability are the mean of their two questions (over every quick win).
    public var criterionScores: [CriterionScore] {
        QuickWinCriteria.criteria.map { criterion in
            let indices = criterion.questions.compactMap { QuickWinCriteria.index(of: $0.key) }
            let sum = entries.reduce(0) { total, entry in indices.reduce(total) { $0 + entry.scores[$1] } }
            return CriterionScore(criterion: criterion, score: sum / Double(entries.count * indices.count))
        }
    }
}
