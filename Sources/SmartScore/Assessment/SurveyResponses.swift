import Foundation

/// The raw answers of a survey of service users (2023 Impact: "based on the survey of 50 respondents who use
/// the service, what is the average score for …"), averaged per question. Two layouts:
/// - wide: `respondent,D1-4.1.1,D1-4.1.2,…`, one row per respondent, one column per question;
/// - long: `respondent,question,answer`, one row per answer.
/// Answers are whole numbers on the rubric's scale (0–4); an empty cell is a question the respondent did not
/// answer, left out of that question's mean.
public struct SurveyResponses: Sendable {
    public struct QuestionMean: Sendable {
        public let question: String
        public let mean: Double
        public let answers: Int
    }

    public let file: String
    /// The respondents, as written.
    public let respondents: Int
    /// The mean of each question answered, in the rubric's order.
    public let means: [QuestionMean]
    public let warnings: [InputError]

    public func mean(of question: String) -> QuestionMean? { means.first { $0.question == question } }
}

extension SurveyResponses {
    public static func read(_ file: String, rubric: Rubric) throws -> SurveyResponses {
        guard rubric.questions.contains(where: \.survey) else {
            throw InputError(.surveyNoSurveyInEdition, ["edition": String(rubric.edition)], at: SourceLocation(parameter: .survey))
        }
        let table = try AssessmentCSV.read(file)
        var problems = InputProblems()
        guard let respondentColumn = table.columns["respondent"] else {
            throw InputError(.surveyNoRespondentColumn, at: table.at(table.header.line, 0), hint: .surveyLayoutHint)
        }
        var sums: [String: (sum: Double, count: Int)] = [:]
        var respondents: [String: SourceLocation] = [:]

        /// One answer: a whole number on the scale, or empty.
        func answer(_ text: String, question: RubricQuestion, at location: SourceLocation) {
            guard !text.isEmpty else { return }
            guard case let .number(value) = NumberParser.read(text, decimal: .point), value == value.rounded(), rubric.scale.contains(value) else {
                problems.add(.localized(.surveyAnswerForm, { ["value": CellText.shown(text, $0), "id": question.id,
                                                              "min": JSONValue.format(rubric.scale.lowerBound), "max": JSONValue.format(rubric.scale.upperBound)] },
                                        at: location, hint: .surveyLayoutHint))
                return
            }
            sums[question.id, default: (0, 0)].sum += value
            sums[question.id, default: (0, 0)].count += 1
        }

        /// The survey question written as `text`; an unknown one, or one not answered by the survey, is a problem.
        func surveyQuestion(_ text: String, at location: SourceLocation) -> RubricQuestion? {
            guard let question = rubric.question(text) ?? rubric.question(text.uppercased()) else {
                let near = rubric.nearestQuestions(to: text)
                problems.add(.localized(.assessmentUnknownQuestion, { ["id": CellText.shown(text, $0), "edition": String(rubric.edition)] },
                                        at: location, hint: .loaderDidYouMeanHint, hintArguments: { _ in ["codes": near.joined(separator: ", ")] }))
                return nil
            }
            guard question.survey else {
                problems.add(InputError(.surveyNotASurveyQuestion, ["id": question.id, "edition": String(rubric.edition)], at: location,
                                        hint: .surveyLayoutHint))
                return nil
            }
            return question
        }

        if let questionColumn = table.columns["question"], let answerColumn = table.columns["answer"] {
            table.rejectUnknownColumns(known: ["respondent", "question", "answer"], into: &problems)
            var seen: [String: SourceLocation] = [:]
            var firstRow: [String: SourceLocation] = [:]
            for row in table.rows {
                let who = table.cell(row, respondentColumn)
                guard !who.isEmpty else { problems.add(InputError(.surveyRespondentEmpty, at: table.at(row.line, respondentColumn))); continue }
                respondents[who] = respondents[who] ?? table.at(row.line, respondentColumn)
                guard let question = surveyQuestion(table.cell(row, questionColumn), at: table.at(row.line, questionColumn)) else { continue }
                let key = who + "\u{1}" + question.id
                if let first = seen[key] {
                    problems.add(InputError(.surveyAnswerTwice, ["respondent": who, "id": question.id], at: table.at(row.line, questionColumn),
                                            hint: .loaderFirstDefinedHint, hintArguments: ["location": "\(first)"]))
                    continue
                }
                seen[key] = table.at(row.line, questionColumn)
                let text = table.cell(row, answerColumn)
                answer(text, question: question, at: table.at(row.line, answerColumn))
                firstRow[question.id] = firstRow[question.id] ?? table.at(row.line, questionColumn)
            }
            // A question whose rows all leave the answer empty: said at its first row.
            for (id, location) in firstRow.sorted(by: { ($0.value.line ?? 0) < ($1.value.line ?? 0) }) where sums[id] == nil {
                problems.add(InputError(.surveyQuestionUnanswered, ["id": id], at: location, hint: .surveyQuestionUnansweredHint))
            }
        } else {
            var questionColumns: [(Int, RubricQuestion)] = []
            for i in table.columns.values.sorted() where i != respondentColumn {
                // Column names are folded to lower case; question ids are upper case.
                if let question = surveyQuestion(table.header.fields[i].trimmingCharacters(in: .whitespaces), at: table.at(table.header.line, i)) {
                    questionColumns.append((i, question))
                }
            }
            if questionColumns.isEmpty && problems.isEmpty {
                problems.add(InputError(.surveyNoQuestions, at: table.at(table.header.line, 0), hint: .surveyLayoutHint))
            }
            for row in table.rows {
                let who = table.cell(row, respondentColumn)
                guard !who.isEmpty else { problems.add(InputError(.surveyRespondentEmpty, at: table.at(row.line, respondentColumn))); continue }
                if let first = respondents[who] {
                    problems.add(InputError(.surveyRespondentTwice, ["respondent": who], at: table.at(row.line, respondentColumn),
                                            hint: .loaderFirstDefinedHint, hintArguments: ["location": "\(first)"]))
                    continue
                }
                respondents[who] = table.at(row.line, respondentColumn)
                for (i, question) in questionColumns { answer(table.cell(row, i), question: question, at: table.at(row.line, i)) }
            }
            // A question column nobody answered: said at its header, not later as a question missing from the sheet.
            for (i, question) in questionColumns where sums[question.id] == nil && !table.rows.isEmpty {
                problems.add(InputError(.surveyQuestionUnanswered, ["id": question.id], at: table.at(table.header.line, i),
                                        hint: .surveyQuestionUnansweredHint))
            }
        }
        if table.rows.isEmpty { problems.add(InputError(.assessmentEmptyFile, at: table.at(table.header.line + 1, 0))) }
        try problems.check()
        let means = rubric.questions.compactMap { q in sums[q.id].flatMap { $0.count > 0 ? QuestionMean(question: q.id, mean: $0.sum / Double($0.count), answers: $0.count) : nil } }
        return SurveyResponses(file: file, respondents: respondents.count, means: means, warnings: table.warnings)
    }
}
