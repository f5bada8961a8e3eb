import Foundation
import Testing
@testable import SmartScore

/// The evaluation's inputs as people fill them: a self-assessment sheet, a survey of service users, a published
/// results table. Survey means are computed by hand here; every mistake is refused at its file:line:column.
@Suite("Evaluation inputs: sheets, surveys by hand, published tables, refusals at file:line:column")
struct AssessmentInputTests {
    static let rubric = AssessmentScoringTests.rubric2023
    static let kppn = rubric.group("kppn_ikn")!
    static let reguler = rubric.group("reguler")!
    static let malang = TestPaths.root.appendingPathComponent("datasets/examples/assessment/kab_malang_2023.csv").path

    static func write(_ text: String, _ name: String = "sheet.csv") throws -> String {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Malang's sheet as `question,score` lines, each transformed by `edit` (return nil to drop a line).
    static func sheet(_ edit: (_ id: String, _ score: String) -> String? = { "\($0),\($1)" }) throws -> String {
        let table = try AssessmentCSV.read(malang)
        let q = table.columns["question"]!, s = table.columns["score"]!
        let lines = table.rows.compactMap { edit(table.cell($0, q), table.cell($0, s)) }
        return (["question,score"] + lines).joined(separator: "\n") + "\n"
    }

    static func problems(_ body: () throws -> Void) -> [InputError] {
        do {
            try body()
            Issue.record("accepted")
        } catch let error as InputError {
            return [error]
        } catch let errors as InputErrors {
            return errors.errors
        } catch {
            Issue.record("unexpected \(error)")
        }
        return []
    }

    static func read(_ sheet: String, survey: String? = nil, group: RubricGroup = kppn) throws -> SelfAssessment {
        try SelfAssessment.read(sheet: sheet, survey: survey, rubric: rubric, group: group)
    }

    // MARK: sheets

    @Test("A blank score, a score of 4.5 and an unknown id are each refused at their own cell, all in one report")
    func sheetMistakes() throws {
        let path = try Self.write(try Self.sheet { id, score in
            switch id {
            case "A1-1.2.1": return "\(id),"            // blank
            case "B1-2.1.1": return "\(id),4.5"         // above the scale
            case "C1-3.2.1": return "C1-3.2.9,4"        // no such question
            default: return "\(id),\(score)"
            }
        })
        let found = Self.problems { _ = try Self.read(path) }
        let byCode = Dictionary(grouping: found, by: \.code)
        // Line numbers: the header is line 1, A1-1.2.1 the 2nd question (line 3), B1-2.1.1 the 6th (line 7), C1-3.2.1 the 14th (line 15).
        #expect(byCode[TextKey.assessmentScoreMissing.rawValue]?.first?.location == SourceLocation(file: path, line: 3, column: 2))
        #expect(byCode[TextKey.assessmentScoreOutOfScale.rawValue]?.first?.location == SourceLocation(file: path, line: 7, column: 2))
        let unknown = try #require(byCode[TextKey.assessmentUnknownQuestion.rawValue]?.first)
        #expect(unknown.location == SourceLocation(file: path, line: 15, column: 1))
        #expect(unknown.hint?.contains("C1-3.2.1") == true, "\(unknown)")
        // The question whose row was renamed is then missing from the sheet.
        #expect(byCode[TextKey.assessmentQuestionsAbsent.rawValue]?.first?.message.contains("C1-3.2.1") == true)
        #expect(found.count == 4, "\(found)")
    }

    @Test("A question twice, a Kolaborasi question for a reguler region, and a sheet without its score column")
    func sheetStructure() throws {
        let twice = try Self.write(try Self.sheet() + "A1-1.1.1,3\n")
        let problem = try #require(Self.problems { _ = try Self.read(twice) }.first)
        #expect(problem.code == TextKey.assessmentQuestionRepeated.rawValue)
        #expect(problem.location?.line == 119 && problem.hint?.contains("sheet.csv:2:1") == true, "\(problem)")

        let reguler = Self.problems { _ = try Self.read(Self.malang, group: Self.reguler) }
        #expect(reguler.count == 6)
        #expect(reguler.allSatisfy { $0.code == TextKey.assessmentQuestionNotAsked.rawValue })

        let noScore = try Self.write("question,nilai\nA1-1.1.1,3\n")
        let codes = Self.problems { _ = try Self.read(noScore) }.map(\.code)
        #expect(codes.contains(TextKey.quickwinSheetUnknownColumn.rawValue) && codes.contains(TextKey.assessmentSheetColumns.rawValue))
    }

    @Test("Indonesian Excel's `;` sheet with decimal commas reads the same as the `,` sheet; lower-case ids are accepted")
    func semicolonSheet() throws {
        let semicolon = try Self.write(try Self.sheet { id, score in "\(id.lowercased());\(score.replacingOccurrences(of: ".", with: ","))" }
            .replacingOccurrences(of: "question,score", with: "question;score"))
        let a = AssessmentScoring.score(try Self.read(semicolon), rubric: Self.rubric, group: Self.kppn, code: nil, name: "x")
        let b = AssessmentScoring.score(try Self.read(Self.malang), rubric: Self.rubric, group: Self.kppn, code: nil, name: "x")
        #expect(a.final == b.final)
        #expect(a.final.map { abs($0 - 2.9406) < 0.00005 } == true)
    }

    @Test("An all-zero sheet scores 0 everywhere and a 0 stays in the final: nothing is dropped or renormalised")
    func zeros() throws {
        let path = try Self.write(try Self.sheet { id, _ in "\(id),0" })
        let region = AssessmentScoring.score(try Self.read(path), rubric: Self.rubric, group: Self.kppn, code: nil, name: "x")
        #expect(region.final == 0)
        // Only Kolaborasi at 0, everything else at 4: 4 × 0.9 = 3.6, not 4.
        let partial = try Self.write(try Self.sheet { id, _ in "\(id),\(id.hasPrefix("F") ? "0" : "4")" })
        let scored = AssessmentScoring.score(try Self.read(partial), rubric: Self.rubric, group: Self.kppn, code: nil, name: "x")
        #expect(abs((scored.final ?? 0) - 3.6) < 1e-12)
    }

    // MARK: surveys

    /// The 54 impact question ids in order.
    static var impact: [String] { rubric.component("impact")!.questions.map(\.id) }

    @Test("Survey means by hand: three respondents, a skipped answer left out of its question's mean; wide and long layouts agree")
    func surveyByHand() throws {
        let ids = Self.impact
        // Respondent k answers (k + j) mod 5 to question j; R3 skips question 0.
        func answer(_ k: Int, _ j: Int) -> Int? { k == 2 && j == 0 ? nil : (k + j) % 5 }
        var wide = "respondent," + ids.joined(separator: ",") + "\n"
        var long = "respondent,question,answer\n"
        for k in 0..<3 {
            wide += "R\(k + 1)," + ids.indices.map { answer(k, $0).map(String.init) ?? "" }.joined(separator: ",") + "\n"
            for j in ids.indices { if let a = answer(k, j) { long += "R\(k + 1),\(ids[j]),\(a)\n" } }
        }
        // The means by hand: question 0 has answers 0 and 1 (R3 skipped) → 0.5; question j ≥ 1: (j + j+1 + j+2) mod 5 each.
        let expected = ids.indices.map { j -> Double in
            let given = (0..<3).compactMap { answer($0, j) }
            return Double(given.reduce(0, +)) / Double(given.count)
        }
        #expect(expected[0] == 0.5 && expected[1] == 2 && expected[3] == (3 + 4 + 0) / 3)
        let sheet = try Self.write(try Self.sheet { id, score in id.hasPrefix("D") ? "\(id)," : "\(id),\(score)" })
        for text in [wide, long] {
            let survey = try Self.write(text, "survey.csv")
            let assessment = try Self.read(sheet, survey: survey)
            let answers = assessment.answers.filter { $0.question.component == "impact" }
            #expect(answers.map(\.score) == expected)
            #expect(answers.first?.origin == .survey(answers: 2) && answers.last?.origin == .survey(answers: 3))
            // Fewer than the 50 respondents the rubric asks for: a warning, not a refusal.
            #expect(assessment.warnings.contains { $0.code == TextKey.assessmentSurveyFewRespondents.rawValue })
            let region = AssessmentScoring.score(assessment, rubric: Self.rubric, group: Self.kppn, code: nil, name: "x")
            #expect(abs((region.component("impact")?.score ?? 0) - expected.reduce(0, +) / 54) < 1e-12)
        }
    }

    @Test("Survey mistakes at their cells: an answer of 5, of 2.5, a non-impact question, a respondent twice, a score in both sheet and survey")
    func surveyMistakes() throws {
        let ids = Self.impact
        let header = "respondent," + ids.joined(separator: ",") + "\n"
        func row(_ name: String, _ cells: [String]) -> String { name + "," + cells.joined(separator: ",") + "\n" }
        let good = Array(repeating: "3", count: ids.count)
        var five = good; five[2] = "5"
        var half = good; half[4] = "2.5"
        let survey = try Self.write(header + row("R1", good) + row("R2", five) + row("R3", half) + row("R1", good), "survey.csv")
        let sheet = try Self.write(try Self.sheet { id, score in id.hasPrefix("D") ? "\(id)," : "\(id),\(score)" })
        let found = Self.problems { _ = try Self.read(sheet, survey: survey) }
        let answers = found.filter { $0.code == TextKey.surveyAnswerForm.rawValue }.compactMap(\.location)
        #expect(answers == [SourceLocation(file: survey, line: 3, column: 4), SourceLocation(file: survey, line: 4, column: 6)])
        #expect(found.contains { $0.code == TextKey.surveyRespondentTwice.rawValue && $0.location?.line == 5 })

        let notImpact = try Self.write("respondent,question,answer\nR1,A1-1.1.1,3\n", "survey.csv")
        #expect(Self.problems { _ = try Self.read(sheet, survey: notImpact) }.first?.code == TextKey.surveyNotASurveyQuestion.rawValue)

        // Malang's sheet scores every impact question; a survey answering them too is a conflict, said at the sheet's cell.
        let both = try Self.write(header + row("R1", good), "survey.csv")
        let conflict = Self.problems { _ = try Self.read(Self.malang, survey: both) }
        #expect(conflict.count >= 1 && conflict.allSatisfy { $0.code == TextKey.assessmentScoreAndSurvey.rawValue })
        #expect(conflict.first?.location?.file == Self.malang)
    }

    @Test("A survey question nobody answered is said at its column; a survey for 2022, which has none, is refused naming --survey")
    func surveyCoverage() throws {
        let ids = Self.impact
        var cells = Array(repeating: "3", count: ids.count)
        cells[1] = ""
        let survey = try Self.write("respondent," + ids.joined(separator: ",") + "\nR1," + cells.joined(separator: ",") + "\n", "survey.csv")
        let sheet = try Self.write(try Self.sheet { id, score in id.hasPrefix("D") ? "\(id)," : "\(id),\(score)" })
        let found = Self.problems { _ = try Self.read(sheet, survey: survey) }
        #expect(found.map(\.code) == [TextKey.surveyQuestionUnanswered.rawValue])
        #expect(found.first?.location == SourceLocation(file: survey, line: 1, column: 3))
        let rubric2022 = AssessmentScoringTests.rubric2022
        let refusal = Self.problems { _ = try SurveyResponses.read(survey, rubric: rubric2022) }
        #expect(refusal.first?.code == TextKey.surveyNoSurveyInEdition.rawValue && refusal.first?.location?.parameter == .survey)
    }

    // MARK: published tables

    @Test("A published table: a code Excel turned into 12.1, a region twice, an empty component, Kolaborasi for reguler, a non-participant with scores")
    func publishedMistakes() throws {
        let header = "region_code,region_name,group,baseline,output,outcome,impact,quick_wins,collaboration,final_score,participated\n"
        let text = header
            + "12.1,KAB. DAIRI,kppn_ikn,3,3,3,3,3,3,3,true\n"          // line 2: the code lost its zero
            + "35.07,KAB. MALANG,KPPN&IKN,3,3,3,3,3,3,3,true\n"       // line 3: the printed group name is accepted
            + "35.07,KAB. MALANG,kppn_ikn,3,3,3,3,3,3,3,true\n"       // line 4: twice
            + "32.04,KAB. BANDUNG,reguler,3,,3,3,3,,3,true\n"         // line 5: an empty Output
            + "51.03,KAB. BADUNG,reguler,3,3,3,3,3,2,3,true\n"        // line 6: Kolaborasi for a reguler region
            + "64.02,KAB. KUTAI BARAT,kppn_ikn,1,0,0,0,0,0,0,false\n" // line 7: did not take part, yet scored
        let path = try Self.write(text, "table.csv")
        let found = Self.problems { _ = try PublishedResults.read(path, rubric: Self.rubric, registry: Bundled.regions) }
        #expect(found.map(\.code) == [TextKey.publishedUnknownRegionCode, .publishedRegionTwice, .publishedComponentEmpty, .publishedComponentNotInGroup,
                                       .publishedNonParticipantScored].map(\.rawValue))
        #expect(found.map { $0.location?.line } == [2, 4, 5, 6, 7])
        #expect(found.map { $0.location?.column } == [1, 1, 5, 9, 1])
        #expect(found[0].hint?.contains("12.10") == true)

        // Without a participated column, an all-zero row (the ministry's way of listing a region that did not take
        // part) is not ranked, and a warning says so at its row.
        let zeros = try Self.write("region_code,region_name,baseline,output,outcome,impact,quick_wins,final_score\n"
                                   + "35.07,KAB. MALANG,1.4,1.54,2.92,2.56,3.08,2.51\n64.02,KAB. KUTAI BARAT,0,0,0,0,0,0\n", "table.csv")
        let rubric2022 = AssessmentScoringTests.rubric2022
        let table = try PublishedResults.read(zeros, rubric: rubric2022, registry: Bundled.regions)
        let ranking = AssessmentRanking(rubric: rubric2022, regions: table.regions)
        #expect(ranking.entries.map(\.region.name) == ["KAB. MALANG"] && ranking.nonParticipants.map(\.name) == ["KAB. KUTAI BARAT"])
        #expect(table.warnings.map { $0.location?.line } == [3])

        let noGroup = try Self.write("region_code,baseline,output,outcome,impact,quick_wins,collaboration\n35.07,3,3,3,3,3,3\n", "table.csv")
        #expect(Self.problems { _ = try PublishedResults.read(noGroup, rubric: Self.rubric, registry: Bundled.regions) }.first?.code
                == TextKey.publishedNoGroupColumn.rawValue)
    }
}
