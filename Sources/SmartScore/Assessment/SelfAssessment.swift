import Foundation

/// A region's answers to one edition's questionnaire: one score per question (0–4) with its evidence, read
/// from a sheet (`question,score,evidence`), and for the survey questions (2023 Impact) the means of the
/// respondents' answers where a survey file is given instead.
public struct SelfAssessment: Sendable {
    /// Where a question's score comes from.
    public enum Origin: Sendable, Equatable {
        /// A score written in the sheet, at this cell.
        case sheet(SourceLocation)
        /// The mean of `answers` respondents' answers in the survey file.
        case survey(answers: Int)

        /// The respondents behind a survey mean; `nil` for a score from the sheet.
        public var surveyAnswers: Int? { if case let .survey(k) = self { return k } else { return nil } }
    }

    public struct Answer: Sendable {
        public let question: RubricQuestion
        public let score: Double
        public let evidence: String?
        public let origin: Origin
    }

    public let sheet: String
    public let survey: SurveyResponses?
    /// The answers, in the rubric's order, one for each question asked of the group.
    public let answers: [Answer]
    /// Problems that do not stop the scoring (a survey question answered by fewer respondents than asked for).
    public let warnings: [InputError]
}

extension SelfAssessment {
    /// The columns a sheet may have: `question` and `score` are required; `component`, `number` and `text`
    /// are there for the person filling it in (the template writes them) and are not read.
    static let known: Set<String> = ["question", "score", "evidence", "component", "number", "text"]

    /// Reads a sheet for `group` of `rubric`, and the survey when given. Every problem is reported at its
    /// file:line:column; a question with no score, a score outside the scale, an unknown or repeated
    /// question id, or a question the group is not asked are errors. Nothing is returned unless all is valid.
    public static func read(sheet file: String, survey surveyFile: String?, rubric: Rubric, group: RubricGroup) throws -> SelfAssessment {
        let survey = try surveyFile.map { try SurveyResponses.read($0, rubric: rubric) }
        let table = try AssessmentCSV.read(file)
        var problems = InputProblems()
        table.rejectUnknownColumns(known: known, into: &problems)
        guard let questionColumn = table.columns["question"], let scoreColumn = table.columns["score"] else {
            problems.add(InputError(.assessmentSheetColumns, at: table.at(table.header.line, 0), hint: .assessmentSheetColumnsHint))
            try problems.check()
            preconditionFailure("a problem was added just above")
        }
        let evidenceColumn = table.columns["evidence"]
        let decimal = table.decimal(of: [scoreColumn])
        let asked = Set(rubric.questions(of: group).map(\.id))
        var scores: [String: (Double, String?, SourceLocation)] = [:]
        var seen: [String: SourceLocation] = [:]
        /// Survey questions whose score cell is left empty for the survey, by cell.
        var leftToSurvey: [(id: String, at: SourceLocation)] = []

        for row in table.rows {
            let written = table.cell(row, questionColumn)
            let idLocation = table.at(row.line, questionColumn)
            guard !written.isEmpty else {
                problems.add(InputError(.assessmentSheetNoQuestion, at: idLocation, hint: .assessmentSheetColumnsHint))
                continue
            }
            guard let question = rubric.question(written) ?? rubric.question(written.uppercased()) else {
                let near = rubric.nearestQuestions(to: written)
                problems.add(.localized(.assessmentUnknownQuestion, { ["id": CellText.shown(written, $0), "edition": String(rubric.edition)] },
                                        at: idLocation, hint: .loaderDidYouMeanHint, hintArguments: { _ in ["codes": near.joined(separator: ", ")] }))
                continue
            }
            if let first = seen[question.id] {
                problems.add(InputError(.assessmentQuestionRepeated, ["id": question.id], at: idLocation, hint: .loaderFirstDefinedHint,
                                        hintArguments: ["location": "\(first)"]))
                continue
            }
            seen[question.id] = idLocation
            guard asked.contains(question.id) else {
                let component = rubric.component(question.component)
                problems.add(.localized(.assessmentQuestionNotAsked, { ["id": question.id, "component": component?.name[$0] ?? question.component,
                                                                        "group": group.name[$0]] }, at: idLocation))
                continue
            }
            let scoreText = table.cell(row, scoreColumn)
            let scoreLocation = table.at(row.line, scoreColumn)
            let evidence = evidenceColumn.flatMap { AssessmentCSV.oneLine(table.cell(row, $0)) }
            if scoreText.isEmpty {
                // A survey question may be left to the survey; any other needs its score.
                if question.survey && survey != nil {
                    leftToSurvey.append((question.id, scoreLocation))
                } else {
                    problems.add(InputError(.assessmentScoreMissing, ["id": question.id], at: scoreLocation, hint: .assessmentScoreMissingHint))
                }
                continue
            }
            guard case let .number(value) = NumberParser.read(scoreText, decimal: decimal) else {
                problems.add(.localized(.assessmentScoreNotANumber, { ["value": CellText.shown(scoreText, $0), "id": question.id] },
                                        at: scoreLocation, hint: .assessmentScoreScaleHint,
                                        hintArguments: { _ in ["min": JSONValue.format(rubric.scale.lowerBound), "max": JSONValue.format(rubric.scale.upperBound)] }))
                continue
            }
            guard rubric.scale.contains(value) else {
                problems.add(.localized(.assessmentScoreOutOfScale, { ["value": CellText.shown(scoreText, $0), "id": question.id,
                                                                       "min": JSONValue.format(rubric.scale.lowerBound), "max": JSONValue.format(rubric.scale.upperBound)] },
                                        at: scoreLocation, hint: .assessmentScoreScaleHint,
                                        hintArguments: { _ in ["min": JSONValue.format(rubric.scale.lowerBound), "max": JSONValue.format(rubric.scale.upperBound)] }))
                continue
            }
            if question.survey, let survey, survey.mean(of: question.id) != nil {
                problems.add(InputError(.assessmentScoreAndSurvey, ["id": question.id, "survey": survey.file], at: scoreLocation,
                                        hint: .assessmentScoreAndSurveyHint))
                continue
            }
            scores[question.id] = (value, evidence, scoreLocation)
        }
        // Questions the sheet does not list at all (and the survey does not answer).
        let absent = rubric.questions(of: group).filter { seen[$0.id] == nil && !($0.survey && survey?.mean(of: $0.id) != nil) }.map(\.id)
        if !absent.isEmpty {
            problems.add(InputError(.assessmentQuestionsAbsent, ["count": String(absent.count), "ids": Self.list(absent)],
                                    at: SourceLocation(file: file, line: (table.rows.last?.line ?? table.header.line) + 1, column: 1),
                                    hint: .assessmentQuestionsAbsentHint, hintArguments: ["edition": String(rubric.edition), "group": group.id]))
        }
        // A survey question left empty in the sheet needs its answers in the survey: said at the empty cell.
        if let survey {
            for cell in leftToSurvey where survey.mean(of: cell.id) == nil {
                problems.add(InputError(.assessmentSurveyMissingQuestions, ["ids": cell.id, "survey": survey.file], at: cell.at))
            }
        }
        try problems.check()

        var answers: [Answer] = []
        var warnings = table.warnings + (survey?.warnings ?? [])
        for question in rubric.questions(of: group) {
            if let (value, evidence, location) = scores[question.id] {
                answers.append(Answer(question: question, score: value, evidence: evidence, origin: .sheet(location)))
            } else if let survey, let mean = survey.mean(of: question.id) {
                answers.append(Answer(question: question, score: mean.mean, evidence: nil, origin: .survey(answers: mean.answers)))
            }
        }
        if let survey, let wanted = rubric.surveyRespondents {
            let short = survey.means.filter { $0.answers < wanted }
            if !short.isEmpty {
                warnings.append(InputError(.assessmentSurveyFewRespondents, ["count": String(short.count), "wanted": String(wanted),
                                                                            "fewest": String(short.map(\.answers).min() ?? 0)],
                                           at: SourceLocation(file: survey.file)))
            }
        }
        return SelfAssessment(sheet: file, survey: survey, answers: answers, warnings: warnings)
    }

    /// Up to ten ids, then how many more.
    static func list(_ ids: [String]) -> String {
        ids.count <= 10 ? ids.joined(separator: ", ") : ids.prefix(10).joined(separator: ", ") + " … (+\(ids.count - 10))"
    }
}
