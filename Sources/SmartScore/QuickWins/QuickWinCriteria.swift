import Foundation

// The ministry's quick-win criteria as data (shared/reference/evaluation.md §4.5 and §5): component E of the
// yearly evaluation has 10 indicators (the criteria), 11 sub-indicators and 12 questions. Risk management
// and sustainability have two questions each, so each weighs 2/12 of the component and every other
// criterion 1/12 (the component score is the mean of the 12 question scores, §6.1).
//
// Issue 17 (the ministry's full rubric as data) will move these questions into the rubric file; until then
// they live here, with their texts in the language table (`LanguageTable+QuickWinCriteria.swift`).

/// One question of the Quick Win component: a stable key (used in assessment sheets), the criterion it
/// belongs to (1–10), its number as the ministry prints it, and its text in our own words.
public struct QuickWinQuestion: Sendable, Hashable {
    /// Stable, unique, snake_case: the key of a score in a YAML sheet and a column of a CSV sheet.
    public let key: String
    /// The criterion (the component's indicator), 1–10.
    public let criterion: Int
    /// The question's number as printed, e.g. `5.1.1`. Printed numbers repeat (5.1.1 appears ten times):
    /// a question is identified by its key (or by criterion and number), never by its number alone.
    public let number: String
    /// The question, paraphrased in our own words.
    public let textKey: TextKey

    public func text(_ language: Language) -> String { Localizer(language)(textKey) }
}

/// One of the ten quick-win criteria and its questions (one, or two for risk management and sustainability).
public struct QuickWinCriterion: Sendable, Hashable {
    /// 1–10, the order in which the ministry lists them.
    public let number: Int
    /// Stable, unique, snake_case.
    public let key: String
    public let nameKey: TextKey
    public let questions: [QuickWinQuestion]

    public func name(_ language: Language) -> String { Localizer(language)(nameKey) }
}

/// The ten criteria and twelve questions of the Quick Win component, in the ministry's order.
public enum QuickWinCriteria {
    /// The twelve questions, in the order the ministry prints them.
    public static let questions: [QuickWinQuestion] = [
        .init(key: "formulation", criterion: 1, number: "5.1.1", textKey: .quickwinQuestionFormulation),
        .init(key: "appeal", criterion: 2, number: "5.1.1", textKey: .quickwinQuestionAppeal),
        .init(key: "benefit", criterion: 3, number: "5.1.1", textKey: .quickwinQuestionBenefit),
        .init(key: "uniqueness", criterion: 4, number: "5.1.1", textKey: .quickwinQuestionUniqueness),
        .init(key: "partnership", criterion: 5, number: "5.1.1", textKey: .quickwinQuestionPartnership),
        .init(key: "development", criterion: 6, number: "5.1.1", textKey: .quickwinQuestionDevelopment),
        .init(key: "continuity", criterion: 7, number: "5.1.1", textKey: .quickwinQuestionContinuity),
        .init(key: "resources", criterion: 8, number: "5.1.1", textKey: .quickwinQuestionResources),
        .init(key: "risk_identification", criterion: 9, number: "5.1.1", textKey: .quickwinQuestionRiskIdentification),
        .init(key: "risk_mitigation", criterion: 9, number: "5.2.1", textKey: .quickwinQuestionRiskMitigation),
        .init(key: "sustainability_running", criterion: 10, number: "5.1.1", textKey: .quickwinQuestionSustainabilityRunning),
        .init(key: "sustainability_new", criterion: 10, number: "5.1.2", textKey: .quickwinQuestionSustainabilityNew),
    ]

    /// The ten criteria, each with its questions.
    public static let criteria: [QuickWinCriterion] = {
        let names: [(key: String, name: TextKey)] = [
            ("formulation", .quickwinCriterionFormulation), ("appeal", .quickwinCriterionAppeal),
            ("benefit", .quickwinCriterionBenefit), ("uniqueness", .quickwinCriterionUniqueness),
            ("partnership", .quickwinCriterionPartnership), ("development", .quickwinCriterionDevelopment),
            ("continuity", .quickwinCriterionContinuity), ("resources", .quickwinCriterionResources),
            ("risk_management", .quickwinCriterionRiskManagement), ("sustainability", .quickwinCriterionSustainability),
        ]
        return names.enumerated().map { offset, entry in
            QuickWinCriterion(number: offset + 1, key: entry.key, nameKey: entry.name,
                              questions: questions.filter { $0.criterion == offset + 1 })
        }
    }()

    /// The question keys, in order.
    public static let keys: [String] = questions.map(\.key)

    /// The question of `key` (exact, as written in the table).
    public static func question(_ key: String) -> QuickWinQuestion? { questions.first { $0.key == key } }

    /// The position of `key` among the questions.
    static func index(of key: String) -> Int? { keys.firstIndex(of: key) }

    /// The question key closest to `text` (edit distance), for "did you mean" hints.
    static func nearestKey(to text: String) -> String {
        let query = String(text.lowercased().prefix(64))
        return keys.min { EditDistance.between(query, $0) < EditDistance.between(query, $1) } ?? keys[0]
    }
}
