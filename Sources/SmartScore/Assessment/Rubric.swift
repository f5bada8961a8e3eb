import Foundation

// The ministry's yearly evaluation (Evaluasi Implementasi Kota Cerdas) as data: one rubric per edition
// (`indicators/evaluation/2023.yaml`, `2022.yaml`), read by `Rubric.load`. The method is in
// shared/reference/evaluation.md: components → indicators → sub-indicators → questions, each question scored
// 0–4; a component is the mean of its question scores; the final is the weighted sum of the components with
// the weights of the region's group.

/// One question of the questionnaire, with where it sits in the tree.
public struct RubricQuestion: Sendable, Hashable {
    /// Unique within the edition: `<component letter><indicator number>-<question number>` (`C1-3.10.2`).
    /// The printed numbers repeat (5.1.1 appears ten times in Quick Wins), so the id, never the number, names a question.
    public let id: String
    /// The number as printed, repetitions kept; `nil` where the document prints none (2022 Output).
    public let number: String?
    public let text: LocalizedText
    /// The national data set the question rests on, where it names or implies one.
    public let source: LocalizedText?
    /// The catalogue indicator that measures the same statistic.
    public let indicator: String?
    /// The smart-city dimension the question is about.
    public let dimension: String?
    /// Answered from the survey of service users (2023 Impact).
    public let survey: Bool
    /// What to do when the question scores low (its own, or its sub-indicator's or indicator's).
    public let advice: LocalizedText
    /// The component it belongs to.
    public let component: String
    public let indicatorNumber: String
    public let indicatorName: LocalizedText
    public let subIndicatorNumber: String
    public let subIndicatorName: LocalizedText
    /// Where it is defined.
    public let location: SourceLocation

    /// The number as printed, or the sub-indicator's where none is printed.
    public var shownNumber: String { number ?? subIndicatorNumber }

    public static func == (a: RubricQuestion, b: RubricQuestion) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

public struct RubricSubIndicator: Sendable {
    public let number: String
    public let name: LocalizedText
    public let questions: [RubricQuestion]
}

public struct RubricIndicator: Sendable {
    public let number: String
    public let name: LocalizedText
    public let dimension: String?
    public let subIndicators: [RubricSubIndicator]
}

/// A component (the documents' *dimensi*: Baseline, Output, Outcome, Impact, Quick Wins, Kolaborasi).
public struct RubricComponent: Sendable {
    /// `baseline`, `output`, …: also the column of the component in a published results table.
    public let id: String
    /// A, B, C…, as the questionnaire letters it.
    public let letter: String
    public let name: LocalizedText
    /// The name as the cohort tables head their columns (BASELINE … QUICK WINS, KOLABORASI).
    public let short: LocalizedText
    public let description: LocalizedText?
    public let indicators: [RubricIndicator]

    /// Its questions in printed order.
    public var questions: [RubricQuestion] { indicators.flatMap { $0.subIndicators.flatMap(\.questions) } }
}

/// A cohort group with its own weights (2023: `reguler` and `kppn_ikn`).
public struct RubricGroup: Sendable {
    public let id: String
    public let name: LocalizedText
    public let description: LocalizedText?
    /// The weight of each component the group is scored on, in the rubric's component order; they sum to 1.
    /// A component without a weight (Kolaborasi for `reguler`) is not asked of the group.
    public let weights: [(component: String, weight: Double)]

    public func weight(of component: String) -> Double? { weights.first { $0.component == component }?.weight }
}

/// One edition of the ministry's evaluation.
public struct Rubric: Sendable {
    public let edition: Int
    public let title: LocalizedText
    /// Where the rubric comes from (the ministry's letters), in both languages.
    public let source: LocalizedText
    /// The answer scale: 0–4.
    public let scale: ClosedRange<Double>
    /// The decimals the ministry prints (2); a rank is taken on the final at this precision, as published.
    public let printedDecimals: Int
    /// How close a final recomputed from printed components comes to the printed final (the documents' rounding).
    public let publishedTolerance: Double
    /// The respondents the survey asks for (2023: 50).
    public let surveyRespondents: Int?
    public let groups: [RubricGroup]
    public let components: [RubricComponent]
    public let file: String

    /// Every question in printed order.
    public let questions: [RubricQuestion]
    private let questionIndex: [String: Int]

    init(edition: Int, title: LocalizedText, source: LocalizedText, scale: ClosedRange<Double>, printedDecimals: Int, publishedTolerance: Double,
         surveyRespondents: Int?, groups: [RubricGroup], components: [RubricComponent], file: String) {
        self.edition = edition
        self.title = title
        self.source = source
        self.scale = scale
        self.printedDecimals = printedDecimals
        self.publishedTolerance = publishedTolerance
        self.surveyRespondents = surveyRespondents
        self.groups = groups
        self.components = components
        self.file = file
        questions = components.flatMap(\.questions)
        questionIndex = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func question(_ id: String) -> RubricQuestion? { questionIndex[id].map { questions[$0] } }
    public func position(of id: String) -> Int? { questionIndex[id] }
    public func group(_ id: String) -> RubricGroup? { groups.first { $0.id == id } }
    public func component(_ id: String) -> RubricComponent? { components.first { $0.id == id } }

    /// The components a group is scored on, in rubric order, with their weights.
    public func components(of group: RubricGroup) -> [(component: RubricComponent, weight: Double)] {
        components.compactMap { c in group.weight(of: c.id).map { (c, $0) } }
    }

    /// The questions asked of a group, in printed order.
    public func questions(of group: RubricGroup) -> [RubricQuestion] {
        questions.filter { group.weight(of: $0.component) != nil }
    }

    /// The question id nearest to `text`, for "did you mean" hints.
    func nearestQuestions(to text: String, limit: Int = 3) -> [String] {
        let query = String(text.uppercased().prefix(40))
        return questions.map(\.id).sorted {
            let a = EditDistance.between(query, $0), b = EditDistance.between(query, $1)
            return a != b ? a < b : (position(of: $0) ?? 0) < (position(of: $1) ?? 0)
        }.prefix(limit).map { $0 }
    }

    /// The score as the ministry prints it: rounded half up to `printedDecimals`.
    public func printed(_ x: Double) -> Double { HalfUp.round(x, digits: printedDecimals) }

    /// The rubric's file as outputs name it: a bundled edition by its place in the repository (so that the bytes
    /// do not depend on where smartscore is installed), the user's own as given.
    public var shownFile: String {
        file.hasSuffix("/evaluation/\(edition).yaml") ? "indicators/evaluation/\(edition).yaml" : file
    }
}
