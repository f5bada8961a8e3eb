import FuzzSupport
import SmartScore

/// The ministry's evaluation inputs (issue 17) through their readers, with the bundled 2023 and 2022 rubrics.
/// The first byte picks the reader (so that libFuzzer explores them all); the rest is the file:
///
/// - 0: a self-assessment sheet of a `kppn_ikn` region, 2023;  1: of a `reguler` region, 2023;
/// - 2: a survey of service users, 2023;  3: a published results table, 2023;  4: a published table, 2022;
/// - 5 and above: a 2023 `kppn_ikn` sheet with the input as its survey (the sheet is Malang's, impact left empty).
///
/// Only `InputError`/`InputErrors` may come out.
let rubric2023: Rubric = {
    do { return try Rubric.bundled(edition: 2023, in: Fuzz.path("indicators"), catalogue: Fuzz.catalogue) }
    catch { fatalError("fuzz set-up: cannot load the 2023 rubric: \(error)") }
}()
let rubric2022: Rubric = {
    do { return try Rubric.bundled(edition: 2022, in: Fuzz.path("indicators"), catalogue: Fuzz.catalogue) }
    catch { fatalError("fuzz set-up: cannot load the 2022 rubric: \(error)") }
}()
/// Malang's 2023 sheet with its impact scores left to a survey.
let sheetWithoutImpact: String = {
    let questions = rubric2023.questions(of: rubric2023.group("kppn_ikn")!)
    let text = "question,score\n" + questions.map { "\($0.id),\($0.survey ? "" : "3")" }.joined(separator: "\n") + "\n"
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { Fuzz.scratch($0, name: "sheet.csv") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let path = Fuzz.scratch(UnsafeBufferPointer(start: data + 1, count: size - 1), name: "input.csv")
    Fuzz.expectInputErrors("assessment reader \(selector)") {
        switch selector {
        case 0: _ = try SelfAssessment.read(sheet: path, survey: nil, rubric: rubric2023, group: rubric2023.group("kppn_ikn")!)
        case 1: _ = try SelfAssessment.read(sheet: path, survey: nil, rubric: rubric2023, group: rubric2023.group("reguler")!)
        case 2: _ = try SurveyResponses.read(path, rubric: rubric2023)
        case 3: _ = AssessmentRanking(rubric: rubric2023, regions: try PublishedResults.read(path, rubric: rubric2023, registry: Fuzz.regions).regions)
        case 4: _ = AssessmentRanking(rubric: rubric2022, regions: try PublishedResults.read(path, rubric: rubric2022, registry: Fuzz.regions).regions)
        default: _ = try SelfAssessment.read(sheet: sheetWithoutImpact, survey: path, rubric: rubric2023, group: rubric2023.group("kppn_ikn")!)
        }
    }
    return 0
}
