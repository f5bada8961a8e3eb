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

    /// One recommendation: the advice shared by one or more weak questions (three Kolaborasi questions with
    /// the same advice make one recommendation, not three), what raising them all to the top adds, and for
    /// each question its indicator reading; the programmes that move any of them.
    public struct Recommendation: Sendable {
        public let findings: [Finding]
        public let advice: LocalizedText
        /// The questions' catalogue indicators (codes), whether or not the region has data for them.
        public let indicatorCodes: [String]
        public let readings: [IndicatorReading]
        /// Programmes that would move the questions' indicators (or their dimensions), best first.
        public let programmes: [Programme]
        /// Whether `programmes` are ranked by the region's own impact (readiness data given) or only by the catalogue's effect.
        public let rankedByImpact: Bool

        /// What the final gains if every question of the recommendation scored the scale's top.
        public var gain: Double { findings.reduce(0) { $0 + $1.gain } }
        public var finding: Finding { findings[0] }
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
        // One recommendation per advice, in order of what it adds to the final.
        var groups: [(advice: LocalizedText, findings: [Finding])] = []
        for finding in weaknesses {
            if let k = groups.firstIndex(where: { $0.advice == finding.answer.question.advice }) {
                groups[k].findings.append(finding)
            } else {
                groups.append((finding.answer.question.advice, [finding]))
            }
        }
        let recommendations = groups.map { recommendation($0.findings, programmes: programmes, readiness: readiness) }.enumerated().sorted {
            abs($0.element.gain - $1.element.gain) > 1e-12 ? $0.element.gain > $1.element.gain : $0.offset < $1.offset
        }.map(\.element)
        return AssessmentFindings(weaknesses: weaknesses, strengths: Array(strengths), recommendations: recommendations,
                                  allAtTop: !findings.isEmpty && low.isEmpty,
                                  allEqual: !findings.isEmpty && findings.allSatisfy { $0.answer.score == lowest })
    }

    static func recommendation(_ findings: [Finding], programmes: [Programme],
                               readiness: (city: Int, result: ScoreResult, plan: CityPlan?)?) -> Recommendation {
        let questions = findings.map(\.answer.question)
        let codes = questions.compactMap(\.indicator).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var readings: [IndicatorReading] = []
        if let readiness {
            for code in codes {
                guard let i = readiness.result.indicators.firstIndex(where: { $0.code == code }) else { continue }
                let value = readiness.result.input.values[readiness.city, i]
                let score = readiness.result.indicatorScores[readiness.city, i]
                let target = readiness.result.indicatorTargets[i]
                readings.append(IndicatorReading(indicator: readiness.result.indicators[i], value: value.isFinite ? value : nil,
                                                 score: score.isFinite ? score : nil, target: target.isFinite ? target : nil,
                                                 year: readiness.result.year))
            }
        }
        // Candidates: programmes that act on a question's indicator; for a question without one, the services of its dimension.
        func moves(_ p: Programme) -> Bool {
            questions.contains { q in
                if let code = q.indicator { return p.effects.contains { $0.indicator == code } }
                if let dimension = q.dimension { return p.dimension == dimension && p.kind == .service && p.months <= 12 }
                return false
            }
        }
        let advice = findings[0].answer.question.advice
        if let plan = readiness?.plan {
            let ranked = plan.entries.filter { moves($0.programme) && $0.impact > 0 }.sorted {
                $0.priority != $1.priority ? $0.priority > $1.priority : $0.programme.id < $1.programme.id
            }
            // Without a positive impact for this region (its data do not reach the indicators), fall back to the catalogue.
            if !ranked.isEmpty {
                return Recommendation(findings: findings, advice: advice, indicatorCodes: codes, readings: readings,
                                      programmes: ranked.prefix(3).map(\.programme), rankedByImpact: true)
            }
        }
        let effect = { (p: Programme) in p.effects.filter { codes.contains($0.indicator) }.map(\.effect).max() ?? 0 }
        let ranked = programmes.filter(moves).sorted {
            if effect($0) != effect($1) { return effect($0) > effect($1) }
            if $0.effort != $1.effort { return $0.effort < $1.effort }
            return $0.id < $1.id
        }
        return Recommendation(findings: findings, advice: advice, indicatorCodes: codes, readings: readings,
                              programmes: ranked.prefix(3).map { $0 }, rankedByImpact: false)
    }
}
