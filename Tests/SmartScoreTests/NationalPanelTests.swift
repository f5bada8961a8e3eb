import Foundation
import Testing
@testable import SmartScore

/// Issue 18: the real national panel built from the BPS table and series exports, the default scored year
/// of a panel whose last years hold a few series only, and a city's series over the years.
@Suite("National panel, scored year and series over the years")
struct NationalPanelTests {
    static let workspace = AppTests.workspace
    static let panelFile = TestPaths.root.appendingPathComponent("datasets/panel/national_panel.csv").path

    @Test("the shipped panel is what the bundled BPS files build, byte for byte, with every series counted")
    func panelRebuildsByteForByte() throws {
        let out = try TestPaths.temporaryDirectory().appendingPathComponent("panel.csv").path
        let (panel, rows) = try Self.workspace.writeNationalPanel(to: out)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: Self.panelFile)))
        #expect(rows == 24_517 && panel.regionCount == 514)
        // The 2021 table and the 2021 exports agree on every IPM and expenditure value they share.
        #expect(panel.disagreements.isEmpty)
        var perIndicator: [String: Int] = [:]
        for e in panel.entries { perIndicator[e.indicator, default: 0] += 1 }
        // The exports' resolved rows (BPSExportTests counts them file by file), and 514 per series of the table.
        #expect(perIndicator["local:E.1"] == 7_643 && perIndicator["local:E.2"] == 5_140 && perIndicator["local:E.10"] == 7_622)
        for code in ["37120:5.1", "37120:11.1", "37120:13.2", "37120:22.3", "37120:23.2", "local:E.3", "local:E.4", "local:S.1"] {
            #expect(perIndicator[code] == 514, "\(code)")
        }
        #expect(panel.entries.allSatisfy { !$0.source.contains("synthetic") })
    }

    @Test("values read by hand from the BPS files: a regency, a city, a Papua regency, the 2021 table")
    func handValues() throws {
        let batch = try Self.workspace.bundledData().nationalPanel()
        func value(_ code: String, _ year: Int, _ indicator: String) -> (Double, String?)? {
            (0..<batch.count).first { batch.city(atRow: $0).code == code && Int(batch.years[$0]) == year && batch.indicator(atRow: $0) == indicator }
                .map { (batch.values[$0], batch.source(atRow: $0)) }
        }
        // ipm_2010.csv line 5 "Simeulue,60.6"; ipm_2024.csv line 427 "Kota Palu,82.88".
        #expect(value("11.01", 2010, "local:E.1")?.0 == 60.6)
        #expect(value("72.71", 2024, "local:E.1")?.0 == 82.88 && value("72.71", 2024, "local:E.1")?.1 == "BPS ipm_2024.csv")
        // pengeluaran_per_kapita_2015.csv line 427 "Kota Palu,14545"; garis_kemiskinan_2024.csv line 5 "Simeulue,576505".
        #expect(value("72.71", 2015, "local:E.2")?.0 == 14_545)
        #expect(value("11.01", 2024, "local:E.10")?.0 == 576_505)
        // Nduga: "-" under Papua in 2024 and 36.3 under Papua Pegunungan (line 574); 19.62 under Papua in 2010.
        let nduga = try #require(Bundled.regions.regions.first { $0.name == "Kabupaten Nduga" }).code
        #expect(value(nduga, 2024, "local:E.1")?.0 == 36.3 && value(nduga, 2010, "local:E.1")?.0 == 19.62)
        // The 2021 table: "ACEH;Simeulue;18,98;…" (P0), a series no export carries.
        #expect(value("11.01", 2021, "37120:13.2")?.0 == 18.98 && value("11.01", 2021, "37120:13.2")?.1 == "BPS 2021")
    }

    /// Three cities; four indicators in 2019–2021 (12 values a year); the IPM for all three and the poverty
    /// rate for two in 2022–2024 (5 values: fewer than half of 12).
    static func sparseTail() throws -> String {
        var lines = ["city_code,city_name,year,indicator,value"]
        let cities = [("72.71", "Kota Palu"), ("73.71", "Kota Makassar"), ("71.71", "Kota Manado")]
        let ipm: [String: [Double]] = ["72.71": [81.5, 81.47, 81.7, 82.02, 82.52, 82.88],
                                       "73.71": [82.25, 82.66, 82.89, 83.0, 83.2, 83.0],
                                       "71.71": [79.9, 80.0, 80.3, 80.9, 81.5, 82.88]]
        let poverty: [String: [Double]] = ["72.71": [6.9, 7.2, 7.0, 7.0, 6.5, 6.0], "73.71": [4.3, 4.5, 5.0, 5.0, 4.9, 4.4]]
        for (k, year) in (2019...2024).enumerated() {
            for (code, name) in cities {
                lines.append("\(code),\(name),\(year),local:E.1,\(ipm[code]![k])")
                if let p = poverty[code] { lines.append("\(code),\(name),\(year),37120:13.2,\(p[k])") }
                if year <= 2021 {
                    if poverty[code] == nil { lines.append("\(code),\(name),\(year),37120:13.2,8.1") }
                    lines.append("\(code),\(name),\(year),37120:5.1,\(5 + Double(k))")
                    lines.append("\(code),\(name),\(year),37120:11.1,\(70 + Double(k))")
                }
            }
        }
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("sparse_tail.csv").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the default scored year is the latest holding most of the data, said; an asked year is scored as asked")
    func defaultScoredYear() throws {
        let source = DataSource.file(try Self.sparseTail(), CSVSpec())
        let cohort = try Self.workspace.score(source, method: MethodSpec())
        #expect(cohort.panel.years == Array(2019...2024) && cohort.panel.scoringYears == [2019, 2020, 2021])
        #expect(cohort.result.year == 2021)
        #expect(cohort.result.warnings.contains(.laterYearsSparse(scored: 2021, later: [2022, 2023, 2024])))
        #expect(ScoringWording.reader(.en, framework: Bundled.catalogue.framework).warning(.laterYearsSparse(scored: 2021, later: [2022, 2023, 2024]))
                    .contains("2022–2024"))
        #expect(try cohort.history().map(\.year) == [2019, 2020])
        // Asked for, a sparse year is scored, with no word about later years.
        let asked = try Self.workspace.score(source, method: MethodSpec(year: 2023))
        #expect(asked.result.year == 2023 && !asked.result.warnings.contains { if case .laterYearsSparse = $0 { return true } else { return false } })
    }

    @Test("a city's series: every year's value, its score under the fitted model, its place by value (ties share)")
    func citySeries() throws {
        let source = DataSource.file(try Self.sparseTail(), CSVSpec())
        let cohort = try Self.workspace.score(source, method: MethodSpec())
        let palu = try Self.workspace.evaluate(cohort, city: "Kota Palu")
        #expect(palu.trend.map(\.year) == [2019, 2020, 2021])
        // The IPM and the poverty rate run past the trend; unemployment and life expectancy do not.
        #expect(palu.series.map(\.indicator.code) == ["37120:13.2", "local:E.1"])     // the catalogue's order
        let ipm = try #require(palu.series.first { $0.indicator.code == "local:E.1" })
        #expect(ipm.points.map(\.year) == Array(2019...2024))
        #expect(ipm.points.map(\.value) == [81.5, 81.47, 81.7, 82.02, 82.52, 82.88])
        #expect(abs(ipm.change - 1.38) < 1e-9)
        // 2019: Makassar 82.25 > Palu 81.5 > Manado 79.9. 2024: Makassar 83.0 above, Manado 82.88 tied: 2nd of 3.
        #expect(ipm.points.first!.rank == 2 && ipm.points.first!.ranked == 3)
        #expect(ipm.points.last!.rank == 2 && ipm.points.last!.ranked == 3)
        // The score is the 2021 model's: for goalposts, the same formula as the scored year's.
        let model2024 = try cohort.model.apply(to: cohort.panel.matrix(year: 2024))
        let k = try #require(model2024.cityIndex(code: "72.71")), i = try #require(model2024.indicators.firstIndex { $0.code == "local:E.1" })
        #expect(ipm.points.last!.score.bitPattern == model2024.indicatorScores[k, i].bitPattern)
        // Lower is better for poverty: Palu 7.0 against Makassar 5.0 in 2022 is 2nd of 2 (Manado has none then).
        let poverty = try #require(palu.series.first { $0.indicator.code == "37120:13.2" })
        let p2022 = try #require(poverty.points.first { $0.year == 2022 })
        #expect(p2022.rank == 2 && p2022.ranked == 2)
        // Makassar 2019: 4.3 is the lowest of 4.3, 6.9, 8.1.
        let makassar = try Self.workspace.evaluate(cohort, city: "Kota Makassar")
        #expect(makassar.series.first { $0.indicator.code == "37120:13.2" }?.points.first?.rank == 1)
    }

    @Test("the demo: Kota Palu's IPM 2010–2024 from BPS beside an index of 2019–2021, and every real value kept real")
    func demoSeries() throws {
        let cohort = try Self.workspace.score(AppTests.source, method: MethodSpec())
        #expect(cohort.result.year == 2021)
        let palu = try Self.workspace.evaluate(cohort, city: "Kota Palu")
        #expect(palu.trend.map(\.year) == [2019, 2020, 2021])
        let ipm = try #require(palu.series.first { $0.indicator.code == "local:E.1" })
        #expect(ipm.points.map(\.year) == Array(2010...2024))
        #expect(ipm.points.first!.value == 77.39 && ipm.points.last!.value == 82.88)
        // In the demo file, the IPM of 2019 is BPS's (ipm_2019.csv), no longer back-cast from 2021.
        let batch = try ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions).read(path: AppTests.demo).batch
        let row = try #require((0..<batch.count).first {
            batch.city(atRow: $0).code == "72.71" && batch.years[$0] == 2019 && batch.indicator(atRow: $0) == "local:E.1" })
        #expect(batch.source(atRow: row) == "BPS ipm_2019.csv")
        // Every value the panel has for a member is in the demo file as it is.
        let panel = try Self.workspace.bundledData().nationalPanel()
        struct Key: Hashable { let city: String; let year: Int16; let indicator: String }
        var demo: [Key: Double] = [:]
        for r in 0..<batch.count { demo[Key(city: batch.city(atRow: r).code, year: batch.years[r], indicator: batch.indicator(atRow: r))] = batch.values[r] }
        let members = Set(batch.cities.map(\.code))
        let scored = Set(Bundled.catalogue.scored.filter { $0.goalposts != nil }.map(\.code))
        var checked = 0
        for r in 0..<panel.count where members.contains(panel.city(atRow: r).code) && scored.contains(panel.indicator(atRow: r)) {
            #expect(demo[Key(city: panel.city(atRow: r).code, year: panel.years[r], indicator: panel.indicator(atRow: r))] == panel.values[r])
            checked += 1
        }
        #expect(checked == 3_199)
    }

    @Test("the series in every form: the report's line chart and table, JSON, text in both languages")
    func seriesInReports() throws {
        let cohort = try Self.workspace.score(AppTests.source, method: MethodSpec())
        let palu = try Self.workspace.evaluate(cohort, city: "Kota Palu")
        let report = CityReport(evaluation: palu, plan: nil, sensitivity: nil, profile: [],
                                provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: ["abc"]), catalogue: Bundled.catalogue)
        let html = report.html(language: .id)
        let section = try #require(html.range(of: "Indikator dengan data antartahun").map { String(html[$0.lowerBound...]) })
        // One point per year of the IPM (15) and of the expenditure (10), each titled with its year and value.
        #expect(section.components(separatedBy: "<circle").count - 1 >= 25)
        #expect(section.contains("<title>2010: 77,39</title>") && section.contains("<title>2024: 82,88</title>"))
        #expect(section.contains("dari 77,39 pada 2010 menjadi 82,88 pada 2024 (+5,49)"))
        let english = EvaluateReport.render(palu, format: .table, language: .en, catalogue: Bundled.catalogue)
        #expect(english.contains("Indicators measured over the years") && english.contains("from 77.39 in 2010 to 82.88 in 2024 (+5.49)"))
        let json = EvaluateReport.render(palu, format: .json, language: .id, catalogue: Bundled.catalogue)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let series = try #require(object["series"] as? [[String: Any]])
        let ipm = try #require(series.first { $0["indicator"] as? String == "local:E.1" })
        let points = try #require(ipm["points"] as? [[String: Any]])
        #expect(points.count == 15 && points.first?["year"] as? Int == 2010 && points.first?["value"] as? Double == 77.39)
    }

    @Test("a year with few regions is not the default either; asked for, it is scored and said; the trend says the years it leaves out")
    func fewRegionsAndLeftOutYears() throws {
        // 2021: three cities × two indicators (6 values); 2022: Palu alone with four (4 values, 1 city of 3).
        var lines = ["city_code,city_name,year,indicator,value"]
        for (code, name) in [("72.71", "Kota Palu"), ("73.71", "Kota Makassar"), ("71.71", "Kota Manado")] {
            lines += ["\(code),\(name),2021,local:E.1,80", "\(code),\(name),2021,37120:13.2,7"]
        }
        lines += ["72.71,Kota Palu,2022,local:E.1,81", "72.71,Kota Palu,2022,37120:13.2,6", "72.71,Kota Palu,2022,37120:5.1,5",
                  "72.71,Kota Palu,2022,37120:11.1,71"]
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("few.csv").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let source = DataSource.file(path, CSVSpec())
        let cohort = try Self.workspace.score(source, method: MethodSpec())
        #expect(cohort.result.year == 2021 && cohort.result.warnings.contains(.laterYearsSparse(scored: 2021, later: [2022])))
        let asked = try Self.workspace.score(source, method: MethodSpec(year: 2022))
        #expect(asked.result.warnings.contains(.scoredYearSparse(year: 2022, values: 4, cities: 1, fullest: 2021, fullestValues: 6, fullestCities: 3)))
        // The sparse tail scored as asked: its trend names the sparse years it leaves out.
        let tail = try Self.workspace.evaluate(Self.workspace.score(.file(try Self.sparseTail(), CSVSpec()), method: MethodSpec(year: 2024)), city: "Kota Palu")
        #expect(tail.trend.map(\.year) == [2019, 2020, 2021, 2024])
        #expect(tail.historyWarnings.contains(.trendYearsLeftOut(years: [2022, 2023])))
        let words = ScoringWording.reader(.id, framework: Bundled.catalogue.framework)
        #expect(words.warning(.trendYearsLeftOut(years: [2022, 2023])).contains("2022–2023"))
        #expect(words.warning(.laterYearsSparse(scored: 2021, later: [2022])).contains("tahun 2022 hanya memuat"))
    }

    @Test("the HTML reports carry the scoring notes: the scored year chosen")
    func htmlNotes() throws {
        let cohort = try Self.workspace.score(AppTests.source, method: MethodSpec())
        let palu = try Self.workspace.evaluate(cohort, city: "Kota Palu")
        let report = CityReport(evaluation: palu, plan: nil, sensitivity: nil, profile: [],
                                provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: ["abc"]), catalogue: Bundled.catalogue)
        #expect(report.html(language: .id).contains("tahun yang dinilai adalah 2021"))
        #expect(report.html(language: .en).contains("the scored year is 2021"))
    }
}
