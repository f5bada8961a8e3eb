import Foundation
import Testing
@testable import SmartScore

/// The ministry's rubric as data: both editions' trees as the documents number them, the weights of each
/// group, the catalogue links, and a broken rubric refused at the file:line:column of its mistake.
@Suite("Evaluation rubric: the 2022 and 2023 trees, weights, catalogue links, refusals at file:line:column")
struct AssessmentRubricTests {
    static let rubric2023 = AssessmentScoringTests.rubric2023
    static let rubric2022 = AssessmentScoringTests.rubric2022

    @Test("2023: 117 questions in six components (5, 7, 33, 54, 12, 6); 2022: 59 in five (5, 7, 31, 4, 12)")
    func counts() {
        #expect(Self.rubric2023.components.map(\.id) == ["baseline", "output", "outcome", "impact", "quick_wins", "collaboration"])
        #expect(Self.rubric2023.components.map { $0.questions.count } == [5, 7, 33, 54, 12, 6])
        #expect(Self.rubric2022.components.map { $0.questions.count } == [5, 7, 31, 4, 12])
        #expect(Self.rubric2023.components.map(\.letter) == ["A", "B", "C", "D", "E", "F"])
        for rubric in [Self.rubric2023, Self.rubric2022] {
            #expect(Set(rubric.questions.map(\.id)).count == rubric.questions.count)
        }
        // Survey questions are the 54 impact questions of 2023, and only those; 2022's impact is self-assessed.
        #expect(Self.rubric2023.questions.filter(\.survey).map(\.component) == Array(repeating: "impact", count: 54))
        #expect(Self.rubric2022.questions.allSatisfy { !$0.survey })
        #expect(Self.rubric2023.surveyRespondents == 50)
    }

    @Test("Printed numbers keep their repetitions: 5.1.1 ten times in Quick Wins, 4.1.1 six times in Impact, 2.1.1 three times in Output")
    func repeatedNumbers() {
        func count(_ number: String, _ component: String) -> Int {
            Self.rubric2023.questions.filter { $0.component == component && $0.number == number }.count
        }
        #expect(count("5.1.1", "quick_wins") == 10)
        #expect(count("4.1.1", "impact") == 6)
        #expect(count("2.1.1", "output") == 3)
        // The 2022 Output prints no question numbers: its ids use the sub-indicator's.
        #expect(Self.rubric2022.component("output")?.questions.allSatisfy { $0.number == nil } == true)
        #expect(Self.rubric2022.question("B2-2.3") != nil)
        // Outcome 2022 has no 3.7.2 and no Wajah Kota: from 3.8 on its numbers are one lower.
        #expect(Self.rubric2023.question("C1-3.10.2")?.indicator == "local:E.1")
        #expect(Self.rubric2022.question("C1-3.9.2")?.indicator == "local:E.1")
    }

    @Test("Weights per edition and group (§2): 2022 10/20/30/10/30; 2023 reguler 10/20/30/20/20; kppn_ikn 10/20/20/20/20/10")
    func weights() throws {
        func weights(_ rubric: Rubric, _ group: String) throws -> [Double] {
            try #require(rubric.group(group)).weights.map(\.weight)
        }
        #expect(try weights(Self.rubric2022, "kppn_ikn") == [0.1, 0.2, 0.3, 0.1, 0.3])
        #expect(try weights(Self.rubric2023, "reguler") == [0.1, 0.2, 0.3, 0.2, 0.2])
        #expect(try weights(Self.rubric2023, "kppn_ikn") == [0.1, 0.2, 0.2, 0.2, 0.2, 0.1])
        #expect(Self.rubric2023.group("reguler")?.weight(of: "collaboration") == nil)
        #expect(Self.rubric2023.questions(of: try #require(Self.rubric2023.group("reguler"))).count == 111)
        #expect(Self.rubric2023.publishedTolerance == 0.005 && Self.rubric2022.publishedTolerance == 0.013)
    }

    @Test("Every catalogue link names a catalogue indicator; the national statistics the issue lists are linked where the catalogue has them")
    func catalogueLinks() throws {
        for q in Self.rubric2023.questions + Self.rubric2022.questions {
            if let code = q.indicator { #expect(Bundled.catalogue[code] != nil, "\(q.id) → \(code)") }
            #expect(!q.advice.id.isEmpty && !q.advice.en.isEmpty, "\(q.id)")
        }
        let linked = Set(Self.rubric2023.questions.compactMap(\.indicator))
        for code in ["37120:13.2", "local:E.1", "37120:23.2", "37120:22.3", "local:G.1"] { #expect(linked.contains(code), "\(code)") }
    }

    @Test("The quick-win criteria sheet asks the rubric's twelve Quick Wins questions, in its order and numbering")
    func quickWinCriteriaAreTheRubrics() throws {
        let component = try #require(Self.rubric2023.component("quick_wins"))
        #expect(component.questions.map(\.number) == QuickWinCriteria.questions.map(\.number))
        #expect(component.questions.map(\.indicatorNumber) == QuickWinCriteria.questions.map { String($0.criterion) })
        #expect(component.indicators.count == QuickWinCriteria.criteria.count)
    }

    // MARK: a broken rubric

    /// The 2023 rubric with `old` replaced by `new` (once), written to a temporary file.
    static func broken(_ old: String, _ new: String) throws -> String {
        let text = try String(contentsOfFile: rubric2023.file, encoding: .utf8)
        let range = try #require(text.range(of: old), "\(old) not in the rubric")
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("2023.yaml").path
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The line of the first occurrence of `text` in the file at `path`.
    static func line(of text: String, in path: String) throws -> Int {
        let content = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(content.range(of: text))
        return content[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    static func refusal(_ path: String) -> InputError? {
        do {
            _ = try Rubric.load(path: path, catalogue: Bundled.catalogue)
            Issue.record("\(path) was accepted")
        } catch let error as InputError {
            return error
        } catch {
            Issue.record("unexpected \(error)")
        }
        return nil
    }

    @Test("A broken rubric is refused at the line and column of its mistake", arguments: [
        // (what is replaced, its replacement, the text on the line the error names, the error's code)
        ("id: \"A1-1.1.1\"", "id: \"A1-1.1.9\"", "id: \"A1-1.1.9\"", TextKey.assessmentQuestionIDForm.rawValue),
        ("weights: {baseline: 0.10, output: 0.20, outcome: 0.30", "weights: {baseline: 0.10, output: 0.20, outcome: 0.29", "outcome: 0.29", TextKey.assessmentWeightsSum.rawValue),
        ("indicator: \"local:E.1\"", "indicator: \"local:E.99\"", "local:E.99", TextKey.loaderUnknownIndicator.rawValue),
        ("number: \"3.10.2\"", "number: 3.10", "number: 3.10", TextKey.assessmentNumberQuoted.rawValue),
        ("    letter: A\n", "    letter: A\n    colour: blue\n", "colour: blue", TextKey.loaderUnknownField.rawValue),
        ("weights: {baseline: 0.10, output: 0.20, outcome: 0.30", "weights: {base_line: 0.10, output: 0.20, outcome: 0.30", "base_line", TextKey.assessmentUnknownComponent.rawValue),
        ("survey_respondents: 50", "survey_respondents: 0", "survey_respondents: 0", TextKey.assessmentRespondentsRange.rawValue),
    ])
    func brokenRubric(_ old: String, _ new: String, _ onLine: String, _ code: String) throws {
        let path = try Self.broken(old, new)
        let error = try #require(Self.refusal(path))
        #expect(error.code == code, "\(error)")
        #expect(error.location?.file == path)
        #expect(error.location?.line == (try Self.line(of: onLine, in: path)), "\(error)")
        #expect(error.location?.column != nil)
        #expect(error.messageID != nil && error.messageID != error.message)
    }

    @Test("A question id used twice is refused at the second, pointing to the first")
    func duplicateQuestion() throws {
        // A1-1.2.1 renumbered to 1.1.1 collides with the question above it.
        let path = try Self.broken("id: \"A1-1.2.1\"\n", "id: \"A1-1.1.1\"\n")
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "number: \"1.2.1\"", with: "number: \"1.1.1\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(Self.refusal(path))
        #expect(error.code == TextKey.assessmentQuestionTwice.rawValue, "\(error)")
        #expect(error.hint?.contains(":\(try Self.line(of: "id: \"A1-1.1.1\"", in: path)):") == true, "\(error)")
    }

    @Test("An edition with no rubric, and a rubric file for another edition, are refused naming the edition")
    func editions() throws {
        #expect(Rubric.bundledEditions(in: TestPaths.indicators) == [2022, 2023])
        #expect(throws: InputError.self) { try Rubric.bundled(edition: 2024, in: TestPaths.indicators, catalogue: Bundled.catalogue) }
        let workspace = try Workspace(paths: WorkspacePaths(indicators: TestPaths.indicators))
        do {
            _ = try workspace.rubric(RubricSpec(edition: 2022, file: Self.rubric2023.file))
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.code == TextKey.assessmentEditionMismatch.rawValue)
        }
    }
}
