import Foundation

/// The ministry's ten quick-win criteria beside impact and effort: each assessed quick win's score (the mean
/// of its twelve answers), the Quick Win component score as the ministry computes it (the mean of every
/// question score), and each criterion's mean.
extension QuickWinsReport {
    /// The rows: every chosen quick win (assessed or not), then every other programme the sheet assesses.
    static func criteriaRows(_ plan: CityPlan, _ assessment: QuickWinAssessment)
        -> [(programme: Programme, entry: QuickWinAssessment.Entry?, impact: Double?, chosen: Bool)] {
        let impact = Dictionary(plan.entries.map { ($0.programme.id, $0.impact) }, uniquingKeysWith: { a, _ in a })
        let chosen = plan.picks.flatMap(\.picks).map(\.programme)
        let chosenIDs = Set(chosen.map(\.id))
        return chosen.map { ($0, assessment.entry(for: $0.id), impact[$0.id], true) }
            + assessment.entries.filter { !chosenIDs.contains($0.programme.id) }.map { ($0.programme, $0, impact[$0.programme.id], false) }
    }

    static func criteriaText(_ plan: CityPlan, _ assessment: QuickWinAssessment, markdown md: Bool, _ t: Localizer) -> String {
        let n = t.numbers, l = t.language
        var out = Format.heading(t(.quickwinsCriteriaHeading), markdown: md)
        out += (md ? Format.md(t(.quickwinsCriteriaSource, ["file": assessment.file])) : t(.quickwinsCriteriaSource, ["file": assessment.file])) + "\n\n"
        out += Format.table([t(.quickwinsProgramme), t(.dimension), t(.quickwinsCriteriaScore), t(.quickwinsImpact), t(.quickwinsEffort), t(.quickwinsCriteriaChosen)],
                            criteriaRows(plan, assessment).map { row in
                                [md ? row.programme.name[l] : CatalogueReport.truncate(row.programme.name[l], 48), t.dimensionShort(row.programme.dimension),
                                 row.entry.map { n.halfUp($0.score, digits: 2) } ?? t(.quickwinsCriteriaNotAssessed),
                                 row.impact.map(n.points) ?? "—", String(row.programme.effort), t(row.chosen ? .quickwinsYes : .quickwinsNo)]
                            }, [.left, .left, .right, .right, .right, .left], markdown: md)
        out += "\n" + componentSentence(assessment, t) + "\n\n"
        out += Format.table([t(.quickwinsCriterion), t(.quickwinsCriteriaScore)],
                            assessment.criterionScores.map { ["\($0.criterion.number). " + $0.criterion.name(l), n.halfUp($0.score, digits: 2)] },
                            [.left, .right], markdown: md)
        return out
    }

    /// "Quick Win component score: 3.10 of 4, the mean of 48 answers …; the mean of the 10 criteria (3.12) is not".
    static func componentSentence(_ assessment: QuickWinAssessment, _ t: Localizer) -> String {
        let n = t.numbers
        let criteriaMean = assessment.criterionScores.reduce(0) { $0 + $1.score } / Double(assessment.criterionScores.count)
        return t(.quickwinsCriteriaComponent, ["score": n.halfUp(assessment.componentScore, digits: 2),
                                               "answers": n.integer(assessment.entries.count * QuickWinCriteria.questions.count),
                                               "count": n.integer(assessment.entries.count), "criteria": n.halfUp(criteriaMean, digits: 2)])
    }

    static func criteriaJSON(_ plan: CityPlan, _ assessment: QuickWinAssessment) -> JSONValue {
        .object([
            ("file", .string(assessment.file)),
            ("component_score", .number(assessment.componentScore)),
            ("component_rule", .string("mean of every question score: 12 questions per quick win (evaluation.md §6.1)")),
            ("quick_wins", .array(criteriaRows(plan, assessment).map { row in
                .object([("id", .string(row.programme.id)), ("chosen", .bool(row.chosen)),
                         ("impact", row.impact.map(JSONValue.number) ?? .null), ("effort", .number(Double(row.programme.effort))),
                         ("score", row.entry.map { .number($0.score) } ?? .null),
                         ("questions", row.entry.map { e in .object(QuickWinCriteria.questions.enumerated().map { ($0.element.key, .number(e.scores[$0.offset])) }) } ?? .null)])
            })),
            ("criteria", .array(assessment.criterionScores.map {
                .object([("number", .number(Double($0.criterion.number))), ("key", .string($0.criterion.key)), ("score", .number($0.score))])
            })),
        ])
    }
}
