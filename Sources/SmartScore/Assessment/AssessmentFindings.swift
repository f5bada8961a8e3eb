import Foundation

/// The region report's three lists, in the ministry's form (Kelemahan, Kekuatan, Rekomendasi), drawn from the
/// question scores: the lowest-scoring questions are the weaknesses, the highest the strengths, and each
/// weakness gets a recommendation: the rubric's advice, and where the question rests on a catalogue
/// indicator, the indicator's value and gap from smartscore's readiness scoring and the quick-win
/// candidates that move it.
public struct AssessmentFindings: Sendable {
    public struct Finding: Sendable {
        public let answer: SelfAssessment.Answer
        /// The component's weight in the final, divided by its number of questions: what one point on this
        /// question adds to the final.
        public let pointValue: Double
        /// What the final would gain if the question scored the scale's top.
        public let gain: Double
    }

    /// The catalogue indicator behind a question, as the readiness scoring sees the region.
    public struct IndicatorReading: Sendable {
        public let indicator: Indicator
        /// The region's value in the scored year, `nil` when missing.
        public let value: Double?
        /// Its 0–100 score and the target score.
        public let score: Double?
        public let target: Double?
        public let year: Int
        public var gap: Double? { score.flatMap { s in target.map { max(0, $0 - s) } } }
    }

    public struct Recommendation: Sendable {
        public let finding: Finding
        public let advice: LocalizedText
        /// The question's catalogue indicator (code), whether or not the region has data for it.
        public let indicatorCode: String?
        public let reading: IndicatorReading?
        /// Programmes that would move the question's indicator (or its dimension), best first.
        public let programmes: [Programme]
        /// Whether `programmes` are ranked by the region's own impact (readiness data given) or only by the catalogue's effect.
        public let rankedByImpact: Bool
    }

    public let weaknesses: [Finding]
    public let strengths: [Finding]
    public let recommendations: [Recommendation]
    /// All questions are at the scale's top: there is no weakness to name.
    public let allAtTop: Bool
    /// All questions score alike: no question stands out as a strength.
    public let allEqual: Bool
}

extension AssessmentFindings {
    /// The default length of each list.
    public static let defaultCount = 5

    /// `count` weaknesses (lowest score first; among equal scores, the one worth most to the final first) and
    /// `count` strengths (highest first), never the same question in both.
    public static func build(_ region: RegionScore, rubric: Rubric, count: Int = defaultCount, programmes: [Programme],
                             readiness: (city: Int, result: ScoreResult, plan: CityPlan?)? = nil) -> AssessmentFindings {
        let answers = region.answers ?? []
        let findings = answers.map { answer -> Finding in
            let component = region.component(answer.question.component)
            let value = (component?.weight ?? 0) / Double(max(1, component?.questions ?? 1))
            return Finding(answer: answer, pointValue: value, gain: value * (rubric.scale.upperBound - answer.score))
        }
        let position = Dictionary(answers.enumerated().map { ($1.question.id, $0) }, uniquingKeysWith: { a, _ in a })
        func pos(_ f: Finding) -> Int { position[f.answer.question.id] ?? 0 }
        let low = findings.filter { $0.answer.score < rubric.scale.upperBound }.sorted {
            if $0.answer.score != $1.answer.score { return $0.answer.score < $1.answer.score }
            if abs($0.gain - $1.gain) > 1e-12 { return $0.gain > $1.gain }
            return pos($0) < pos($1)
        }
        let weaknesses = Array(low.prefix(count))
        let weak = Set(weaknesses.map(\.answer.question.id))
        let lowest = findings.map(\.answer.score).min() ?? 0
        let strengths = findings.filter { !weak.contains($0.answer.question.id) && $0.answer.score > lowest }.sorted {
            if $0.answer.score != $1.answer.score { return $0.answer.score > $1.answer.score }
            if abs($0.pointValue - $1.pointValue) > 1e-12 { return $0.pointValue > $1.pointValue }
            return pos($0) < pos($1)
        }.prefix(count)
        let recommendations = weaknesses.sorted { abs($0.gain - $1.gain) > 1e-12 ? $0.gain > $1.gain : pos($0) < pos($1) }.map { finding in
            recommendation(finding, programmes: programmes, readiness: readiness)
        }
        return AssessmentFindings(weaknesses: weaknesses, strengths: Array(strengths), recommendations: recommendations,
                                  allAtTop: !findings.isEmpty && low.isEmpty,
                                  allEqual: !findings.isEmpty && findings.allSatisfy { $0.answer.score == lowest })
    }

    static func recommendation(_ finding: Finding, programmes: [Programme],
                               readiness: (city: Int, result: ScoreResult, plan: CityPlan?)?) -> Recommendation {
        let question = finding.answer.question
        var reading: IndicatorReading?
        if let code = question.indicator, let readiness, let i = readiness.result.indicators.firstIndex(where: { $0.code == code }) {
            let value = readiness.result.input.values[readiness.city, i]
            let score = readiness.result.indicatorScores[readiness.city, i]
            let target = readiness.result.indicatorTargets[i]
            reading = IndicatorReading(indicator: readiness.result.indicators[i], value: value.isFinite ? value : nil,
                                       score: score.isFinite ? score : nil, target: target.isFinite ? target : nil, year: readiness.result.year)
        }
        // Candidates: programmes that act on the question's indicator; failing that, the services of its dimension.
        func moves(_ p: Programme) -> Bool {
            if let code = question.indicator { return p.effects.contains { $0.indicator == code } }
            if let dimension = question.dimension { return p.dimension == dimension && p.kind == .service && p.months <= 12 }
            return false
        }
        if let plan = readiness?.plan {
            let ranked = plan.entries.filter { moves($0.programme) && $0.impact > 0 }.sorted {
                $0.priority != $1.priority ? $0.priority > $1.priority : $0.programme.id < $1.programme.id
            }
            return Recommendation(finding: finding, advice: question.advice, indicatorCode: question.indicator, reading: reading,
                                  programmes: ranked.prefix(3).map(\.programme), rankedByImpact: true)
        }
        let effect = { (p: Programme) in question.indicator.flatMap { code in p.effects.first { $0.indicator == code }?.effect } ?? 0 }
        let ranked = programmes.filter(moves).sorted {
            if effect($0) != effect($1) { return effect($0) > effect($1) }
            if $0.effort != $1.effort { return $0.effort < $1.effort }
            return $0.id < $1.id
        }
        return Recommendation(finding: finding, advice: question.advice, indicatorCode: question.indicator, reading: reading,
                              programmes: ranked.prefix(3).map { $0 }, rankedByImpact: false)
    }
}
