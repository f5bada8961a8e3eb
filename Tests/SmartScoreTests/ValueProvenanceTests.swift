import Foundation
import Testing
@testable import SmartScore

/// Every output says what share of its values is synthetic, and from which sources the rest came.
@Suite("Provenance of values: synthetic share and sources of the scored year")
struct ValueProvenanceTests {
    @Test("counts only the scored year's in-scope values of the scored cities, by source")
    func handCounted() throws {
        let scored = TinyCohort.indicator("local:Z.1"), other = TinyCohort.indicator("local:Z.2")
        let cities = TinyCohort.cities(3)
        var batch = ObservationBatch()
        batch.add(city: cities[0], indicator: scored.code, year: 2021, value: 1, source: "BPS 2021")
        batch.add(city: cities[1], indicator: scored.code, year: 2021, value: 2, source: "synthetic seed 7")
        batch.add(city: cities[2], indicator: scored.code, year: 2021, value: 3, source: "synthetic seed 7")
        batch.add(city: cities[2], indicator: scored.code, year: 2020, value: 3, source: "BPS 2020")        // another year
        batch.add(city: cities[0], indicator: other.code, year: 2021, value: 5, source: "BPS 2021")         // not in scope
        batch.add(city: CityRecord(code: "99.99", name: "Elsewhere"), indicator: scored.code, year: 2021, value: 4)  // not scored
        let p = ValueProvenance(batch: batch, year: 2021, indicators: [scored], cities: cities)
        #expect(p.values == 3)
        #expect(p.sources == [.init(source: "synthetic seed 7", values: 2, synthetic: true), .init(source: "BPS 2021", values: 1, synthetic: false)])
        #expect(p.syntheticShare == 2.0 / 3)
        let id = p.sentence(Localizer(.id)), en = p.sentence(Localizer(.en))
        #expect(id.hasPrefix("Asal nilai: 3 nilai, 67% di antaranya sintetis (bukan data nyata); sumber: sintetis (benih acak 7) 2; BPS 2021 1."))
        #expect(en.contains("CAUTION: most values are synthetic"))
        // In a table row already labelled "Asal nilai", the label is not said twice.
        #expect(p.unlabelledSentence(Localizer(.id)).hasPrefix("3 nilai, 67% di antaranya sintetis"))
        #expect(p.unlabelledSentence(Localizer(.en)).hasPrefix("3, of which 67% synthetic"))
    }

    @Test("the demo cohort's ranking says it is about 96 % synthetic, in every format")
    func demoIsMostlySynthetic() throws {
        let workspace = AppTests.workspace
        let ranking = try workspace.rank(AppTests.source, method: MethodSpec())
        let values = ranking.values
        // An independent count from the file: 2021 rows of in-scope indicators, by their source column.
        let lines = try String(contentsOfFile: AppTests.demo, encoding: .utf8).split(separator: "\n").dropFirst()
        let inScope = Set(ranking.cohort.result.indicators.map(\.code))
        let rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0[2] == "2021" && inScope.contains($0[3]) }
        #expect(values.values == rows.count)
        #expect(values.syntheticShare == Double(rows.filter { $0[7].hasPrefix("synthetic") }.count) / Double(rows.count))
        #expect(values.syntheticShare > 0.9)
        let result = ranking.cohort.result
        #expect(RankReport.render(result, format: .json, language: .id, values: values).contains("\"synthetic_share\""))
        #expect(RankReport.render(result, format: .table, language: .id, values: values).contains("PERHATIAN: sebagian besar nilai bersifat sintetis"))
        let report = try workspace.cohortReport(AppTests.source, method: MethodSpec(), spec: ReportSpec(samples: 0))
        #expect(report.html(language: .en).contains("CAUTION: most values are synthetic"))
    }

    @Test("quick wins (a city and the cohort) and the sensitivity analysis say it too, in JSON and in both languages")
    func quickWinsAndSensitivity() throws {
        let workspace = AppTests.workspace
        let expected = try workspace.rank(AppTests.source, method: MethodSpec()).values
        func synthetic(_ json: String) throws -> Double? {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            return (object["values"] as? [String: Any])?["synthetic_share"] as? Double
        }
        guard case let .city(plan, model) = try workspace.quickWins(AppTests.source, method: MethodSpec(), city: "Kota Palu", options: QuickWinOptions()),
              case let .cohort(view) = try workspace.quickWins(AppTests.source, method: MethodSpec(), city: nil, options: QuickWinOptions()) else {
            Issue.record("quickWins returned the wrong kind of outcome")
            return
        }
        #expect(plan.values == expected && view.values == expected)
        #expect(try synthetic(QuickWinsReport.city(plan, model: model, format: .json, language: .id)) == expected.syntheticShare)
        #expect(try synthetic(QuickWinsReport.cohort(view, format: .json, language: .id)) == expected.syntheticShare)
        let sensitivity = try workspace.sensitivity(AppTests.source, method: MethodSpec(),
                                                    options: SensitivityOptions(inputs: [.weights], samples: 40, indices: false))
        #expect(sensitivity.values == expected)
        #expect(try synthetic(SensitivityReport.render(sensitivity, format: .json, language: .en)) == expected.syntheticShare)
        for (language, caution) in [(Language.id, "PERHATIAN: sebagian besar nilai bersifat sintetis"), (.en, "CAUTION: most values are synthetic")] {
            #expect(QuickWinsReport.city(plan, model: model, format: .table, language: language).contains(caution))
            #expect(QuickWinsReport.cohort(view, format: .md, language: language).contains(caution))
            #expect(SensitivityReport.render(sensitivity, format: .table, language: language).contains(caution))
        }
    }
}
