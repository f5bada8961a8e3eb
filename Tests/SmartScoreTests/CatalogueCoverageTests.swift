import Foundation
import Testing
@testable import SmartScore

/// Coverage against the whole scored catalogue (Scoring/README.md §4), beside the in-scope coverage the
/// index rests on: counted by hand on a tiny catalogue, and seen in every people's format of a real file
/// that carries three of the six dimensions.
@Suite("Catalogue coverage: the data against the scored catalogue, dimensions without data in every format")
struct CatalogueCoverageTests {
    static let framework = Bundled.catalogue.framework

    // A catalogue of eight scored indicators (and one neutral one, which does not count) on four dimensions;
    // the data carries four of them, on three dimensions.
    static let a1 = TinyCohort.indicator("local:A1", dimension: "economy", element: "community_welfare")
    static let a2 = TinyCohort.indicator("local:A2", dimension: "economy", element: "community_welfare")
    static let i1 = TinyCohort.indicator("local:I1", dimension: "economy", element: "industry_ecosystem")
    static let h1 = TinyCohort.indicator("local:H1", dimension: "living", element: "health")
    static let h2 = TinyCohort.indicator("local:H2", dimension: "living", element: "health")
    static let s1 = TinyCohort.indicator("local:S1", dimension: "society", element: "security")
    static let g1 = TinyCohort.indicator("local:G1", dimension: "governance", element: "public_services")
    static let g2 = TinyCohort.indicator("local:G2", dimension: "governance", element: "public_services")
    static let neutral = TinyCohort.indicator("local:N1", dimension: "branding", element: "tourism_branding", polarity: .neutral)
    static let catalogue = [a1, a2, i1, h1, h2, s1, g1, g2, neutral]

    /// City 1 has all four, city 2 lacks A2, city 3 lacks A2 and H1 (so Living has no data for it).
    static func cohort() -> IndicatorMatrix {
        var c = TinyCohort()
        c.indicators = [a1, a2, h1, s1]
        c.cities = TinyCohort.cities(3)
        c.rows = [[50, 60, 70, 80], [50, .nan, 70, 80], [50, .nan, .nan, 80]]
        return c.matrix()
    }

    @Test("counted by hand: present ÷ the catalogue's scored indicators, overall, per dimension and element; the cohort's; the index basis")
    func handCounts() throws {
        let r = try ScoringEngine(framework: Self.framework, catalogue: Self.catalogue).score(Self.cohort(), method: ScoringMethod())
        func part(_ present: Int, _ catalogue: Int, _ share: Double?) -> CoverageAgainstCatalogue.Part {
            .init(present: present, catalogue: catalogue, share: share)
        }
        // City 1: 4 of 8; Economy 2 of 3, Living 1 of 2, Society 1 of 1, Governance 0 of 2; Branding and
        // Environment define no scored indicator here (the neutral one does not count): share null.
        let one = r.catalogueCoverage(ofCity: 0)
        #expect(one.overall == part(4, 8, 0.5))
        #expect(one.dimensions["economy"] == part(2, 3, 2.0 / 3) && one.dimensions["living"] == part(1, 2, 0.5))
        #expect(one.dimensions["society"] == part(1, 1, 1) && one.dimensions["governance"] == part(0, 2, 0))
        #expect(one.dimensions["branding"] == part(0, 0, nil) && one.dimensions["environment"] == part(0, 0, nil))
        #expect(one.elements["economy/community_welfare"] == part(2, 2, 1) && one.elements["economy/industry_ecosystem"] == part(0, 1, 0))
        #expect(one.elements.count == 18 && one.dimensions.count == 6)
        #expect(one.dimensionsWithoutData == ["governance", "branding", "environment"] && one.dimensionsWithData == 3)
        #expect(one.elementsWithoutData.count == 15 && one.elementsWithData == 3)
        // Of the dimensions with data, every element but the three that carry values.
        let expected = Self.framework.dimensions.filter { ["economy", "living", "society"].contains($0.id) }.flatMap { d in
            d.elements.map { "\(d.id)/\($0.id)" }
        }.filter { !["economy/community_welfare", "living/health", "society/security"].contains($0) }
        #expect(one.elementsWithoutDataInDimensionsWithData == expected && expected.count == 6)
        // The in-scope coverage the index rests on is another number: 4 of the 4 indicators the data carries.
        #expect(r.coverage == [1, 0.75, 0.5])

        // City 2: 3 of 8, Economy 1 of 3. City 3: 2 of 8, and Living without data (its index is null).
        let two = r.catalogueCoverage(ofCity: 1), three = r.catalogueCoverage(ofCity: 2)
        #expect(two.overall == part(3, 8, 0.375) && two.dimensions["economy"] == part(1, 3, 1.0 / 3))
        #expect(three.overall == part(2, 8, 0.25) && three.dimensions["living"] == part(0, 2, 0))
        #expect(three.dimensionsWithoutData == ["governance", "branding", "living", "environment"])

        // The cohort: indicators with a value for at least one city, 4 of 8.
        let cohort = r.catalogueCoverage
        #expect(cohort.overall == part(4, 8, 0.5) && cohort.dimensions["economy"] == part(2, 3, 2.0 / 3))
        #expect(cohort.dimensionsWithoutData == ["governance", "branding", "environment"])

        // The index rests on 3 of the 6 dimensions: (55 + 70 + 80) / 3 = 68.33, Baik, qualified.
        #expect(close(r.index[0], 205.0 / 3))
        #expect(r.indexBasis(0) == IndexBasis(dimensions: 3, frameworkDimensions: 6) && r.indexBasis(0)?.isComplete == false)
        #expect(r.indexBasis(2) == nil && r.index[2].isNaN)
        let id = ScoringWording.reader(.id, framework: Self.framework), en = ScoringWording.reader(.en, framework: Self.framework)
        #expect(id.qualifiedLevel(r, 0) == "Baik (3 dari 6 dimensi)" && en.qualifiedLevel(r, 0) == "Good (3 of 6 dimensions)")
        #expect(id.qualifiedLevel(r, 2) == nil)
        #expect(id.withoutDataLines(one, indexed: true).first
                == "Dimensi tanpa data: Tata Kelola Cerdas, Branding Cerdas, Lingkungan Cerdas — indeks dihitung berdasarkan 3 dari 6 dimensi.")
        #expect(en.withoutDataLines(three, indexed: false).first
                == "Dimensions without data: Smart Governance, Smart Branding, Smart Living, Smart Environment.")
        #expect(id.catalogueCoverageLine(one, cohort: false).hasPrefix("Cakupan data terhadap katalog: 4 dari 8 indikator katalog yang dinilai memiliki nilai (50%); per dimensi: Tata Kelola Cerdas 0/2, Branding Cerdas 0/0, Ekonomi Cerdas 2/3"))

        // The structured contract carries the same, and survives a round trip.
        let scores = r.scores
        #expect(scores.catalogueCoverage == cohort)
        #expect(scores["99.01"]?.catalogueCoverage == one && scores["99.01"]?.indexBasis == IndexBasis(dimensions: 3, frameworkDimensions: 6))
        #expect(scores["99.03"]?.indexBasis == nil)
        #expect(try JSONDecoder().decode(CohortScores.self, from: JSONEncoder().encode(scores)) == scores)
        let evaluation = CityEvaluation(result: r, cityIndex: 0)
        #expect(evaluation.catalogueCoverage == one && evaluation.indexBasis == r.indexBasis(0))
    }

    @Test("without a catalogue, a cohort is measured against its own indicators; a complete framework is not qualified")
    func ownIndicatorsAndCompleteFramework() throws {
        let r = try ScoringEngine(framework: Self.framework).score(Self.cohort(), method: ScoringMethod())
        #expect(r.catalogueCoverage(ofCity: 0).overall == .init(present: 4, catalogue: 4, share: 1))
        // One indicator on every dimension: the index rests on all six, and the level is the bare predicate.
        var c = TinyCohort()
        c.indicators = Self.framework.dimensions.map { TinyCohort.indicator("local:\($0.id.prefix(3))", dimension: $0.id, element: $0.elements[0].id) }
        c.cities = TinyCohort.cities(2)
        c.rows = [[90, 90, 90, 90, 90, 90], [40, 40, 40, 40, 40, 40]]
        let full = try ScoringEngine(framework: Self.framework, catalogue: c.indicators).score(c.matrix(), method: ScoringMethod())
        #expect(full.indexBasis(0)?.isComplete == true && full.catalogueCoverage.dimensionsWithoutData.isEmpty)
        #expect(ScoringWording.reader(.id, framework: Self.framework).qualifiedLevel(full, 0) == "Memuaskan")
        #expect(ScoringWording.reader(.id, framework: Self.framework).withoutDataLines(full.catalogueCoverage, indexed: true).count == 1) // 12 elements lack data
    }

    @Test("radar: a dimension without data keeps its axis, grey and dashed with a hollow marker and 'tanpa data'; the polygons skip it")
    func radarKeepsMissingAxes() {
        let axes = ["A", "B", "C", "D", "E", "F"]
        let numbers = NumberFormat.of(.id)
        let plain = Charts.radar(axes: axes, values: [50, 60, 70, 80, 90, 100], reference: [50, 50, 50, 50, 50, 50],
                                 label: "Kota", referenceLabel: "Median", numbers: numbers).rendered(label: "r")
        let missing = Charts.radar(axes: axes, values: [nil, 60, 70, 80, 90, nil], reference: [nil, 50, 50, 50, 50, nil],
                                   label: "Kota", referenceLabel: "Median", missing: ["tanpa data", nil, nil, nil, nil, "tanpa data"],
                                   missingLegend: "dimensi tanpa data", numbers: numbers).rendered(label: "r")
        // Every axis label is still there, the two missing ones greyed and marked.
        for axis in axes { #expect(missing.contains(">\(axis)</text>")) }
        #expect(missing.components(separatedBy: ">(tanpa data)</text>").count - 1 == 2)
        #expect(missing.components(separatedBy: "<title>A: tanpa data</title>").count - 1 == 1)
        #expect(missing.components(separatedBy: "fill=\"#ffffff\" stroke=\"#888888\"").count - 1 == 3)   // two markers and the legend's
        #expect(missing.components(separatedBy: "stroke-dasharray=\"3 3\"").count - 1 == 3)              // two axes and the legend's
        #expect(missing.contains(">dimensi tanpa data</text>"))
        // The city's and the median's polygons have four vertices, not six with two at the centre.
        let polygons = missing.components(separatedBy: "<polygon points=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(polygons.suffix(2).allSatisfy { $0.split(separator: " ").count == 4 })
        // Nothing missing: the chart is as it always was (no dashed axis, no hollow marker, no legend row).
        #expect(!plain.contains("3 3") && !plain.contains("tanpa data") && plain.contains("height=\"390\""))
    }

    /// Three cities, ten real catalogue indicators of three dimensions (Economy 4, Living 4, Society 2).
    static let threeDimensionFile = """
        city_code,city_name,year,indicator,value
        35.74,Kota Probolinggo,2023,37120:5.1,3.95
        35.74,Kota Probolinggo,2023,37120:6.4,16.7
        35.74,Kota Probolinggo,2023,37120:11.1,70.83
        35.74,Kota Probolinggo,2023,37120:11.3,74.5
        35.74,Kota Probolinggo,2023,37120:13.2,6.71
        35.74,Kota Probolinggo,2023,37120:23.1,79.4
        35.74,Kota Probolinggo,2023,local:E.1,75.34
        35.74,Kota Probolinggo,2023,local:E.2,13205
        35.74,Kota Probolinggo,2023,local:S.1,9.47
        35.74,Kota Probolinggo,2023,local:L.1,20.1
        64.71,Kota Balikpapan,2023,37120:5.1,5.91
        64.71,Kota Balikpapan,2023,37120:6.4,21.8
        64.71,Kota Balikpapan,2023,37120:11.1,74.92
        64.71,Kota Balikpapan,2023,37120:11.3,118.3
        64.71,Kota Balikpapan,2023,37120:13.2,2.61
        64.71,Kota Balikpapan,2023,37120:23.1,90.2
        64.71,Kota Balikpapan,2023,local:E.1,81.73
        64.71,Kota Balikpapan,2023,local:E.2,16210
        64.71,Kota Balikpapan,2023,local:S.1,11.09
        64.71,Kota Balikpapan,2023,local:L.1,18.3
        72.71,Kota Palu,2023,37120:5.1,4.19
        72.71,Kota Palu,2023,37120:6.4,17.5
        72.71,Kota Palu,2023,37120:11.1,71.37
        72.71,Kota Palu,2023,37120:11.3,102.1
        72.71,Kota Palu,2023,37120:13.2,6.55
        72.71,Kota Palu,2023,37120:23.1,74
        72.71,Kota Palu,2023,local:E.1,82.38
        72.71,Kota Palu,2023,local:E.2,15640
        72.71,Kota Palu,2023,local:S.1,11.74
        72.71,Kota Palu,2023,local:L.1,23.5

        """

    @Test("a 3-city, 10-indicator file on 3 of 6 dimensions: every format names the dimensions without data and the catalogue coverage, in both languages")
    func everyFormatSaysIt() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("three.csv").path
        try Self.threeDimensionFile.write(toFile: path, atomically: true, encoding: .utf8)
        let workspace = AppTests.workspace, source = DataSource.file(path, CSVSpec())
        // The catalogue's scored indicators counted here, not by the engine's scope.
        let scored = workspace.catalogue.indicators.filter { $0.kind != .profile && $0.polarity != .neutral }
        func count(_ dimension: String) -> Int { scored.filter { $0.dimension == dimension }.count }
        let total = scored.count

        let ranking = try workspace.rank(source, method: MethodSpec())
        let result = ranking.cohort.result
        #expect(result.coverage == [1, 1, 1])                      // in scope: everything the file carries
        #expect(result.catalogueCoverage.overall == .init(present: 10, catalogue: total, share: 10 / Double(total)))
        for k in 0..<3 { #expect(result.catalogueCoverage(ofCity: k).overall.present == 10) }
        #expect(result.catalogueCoverage.dimensions["economy"] == .init(present: 4, catalogue: count("economy"), share: 4 / Double(count("economy"))))
        #expect(result.catalogueCoverage.dimensionsWithoutData == ["governance", "branding", "environment"])

        let evaluation = try workspace.evaluate(source, method: MethodSpec(), city: "Kota Palu")
        let cityReport = try workspace.cityReport(source, method: MethodSpec(), city: "Kota Palu", spec: ReportSpec(samples: 0))
        let cohortReport = try workspace.cohortReport(source, method: MethodSpec(), spec: ReportSpec(samples: 0))
        let expected: [Language: (dimensions: String, catalogue: String, level: String)] = [
            .id: ("Dimensi tanpa data: Tata Kelola Cerdas, Branding Cerdas, Lingkungan Cerdas — indeks dihitung berdasarkan 3 dari 6 dimensi.",
                  "Cakupan data terhadap katalog: 10 dari \(total) indikator katalog yang dinilai memiliki nilai", "(3 dari 6 dimensi)"),
            .en: ("Dimensions without data: Smart Governance, Smart Branding, Smart Environment — the index is computed over 3 of 6 dimensions.",
                  "Data coverage against the catalogue: 10 of the catalogue's \(total) scored indicators have a value", "(3 of 6 dimensions)"),
        ]
        for (language, want) in expected {
            let t = Localizer(language)
            let perDimension = t(.dataCoveragePart, ["name": workspace.framework.plainName(of: "governance", language), "present": "0",
                                                     "catalogue": t.numbers.integer(count("governance"))])
            let texts = [("rank table", RankReport.render(result, format: .table, language: language)),
                         ("rank md", RankReport.render(result, format: .md, language: language)),
                         ("evaluate table", EvaluateReport.render(evaluation, format: .table, language: language, catalogue: workspace.catalogue)),
                         ("evaluate md", EvaluateReport.render(evaluation, format: .md, language: language, catalogue: workspace.catalogue)),
                         ("report --city md", cityReport.markdown(language: language)),
                         ("report --all md", cohortReport.markdown(language: language))]
            for (name, text) in texts {
                // The warning opens the output; the catalogue coverage and the qualified level are there too.
                #expect(text.prefix(600).contains(want.dimensions), "\(name) \(language): not at the top")
                #expect(text.contains(want.catalogue) && text.contains(perDimension), "\(name) \(language)")
                #expect(text.contains(want.level), "\(name) \(language)")
                #expect(text.contains(t(.dataCoverageColumn)), "\(name) \(language)")
                // The old note at the end is not repeated in people's formats, in any language.
                #expect(!text.contains("has no in-scope indicator") && !text.contains("tidak memiliki indikator yang dinilai"), "\(name) \(language)")
            }
            for (name, html) in [("report --city", cityReport.html(language: language)), ("report --all", cohortReport.html(language: language))] {
                #expect(html.contains("<p class=\"analyst\"><strong>" + want.dimensions + "</strong></p>"), "\(name) \(language)")
                #expect(html.contains(want.level) && html.contains(t(.dataCoverageHeading)), "\(name) \(language)")
                #expect(html.contains(workspace.framework.name(of: "governance", language) + " (" + t(.dataCoverageNoData) + ")"), "\(name) \(language)")
            }
            // The radar keeps all six axes, three of them marked as without data.
            let city = cityReport.html(language: language)
            #expect(city.components(separatedBy: ">(" + t(.dataCoverageNoData) + ")</text>").count - 1 == 3, "radar \(language)")
            #expect(city.contains("<td>10 / \(t.numbers.integer(total)) (\(t.numbers.percent(10 / Double(total))))</td>")
                    || city.contains(">10 / \(t.numbers.integer(total)) (\(t.numbers.percent(10 / Double(total))))<"), "profile \(language)")
        }

        // JSON: structured fields, the same bytes in both languages.
        let rankJSON = RankReport.render(result, format: .json, language: .id)
        #expect(rankJSON == RankReport.render(result, format: .json, language: .en))
        let rank = try JSONSerialization.jsonObject(with: Data(rankJSON.utf8)) as! [String: Any]
        #expect(rank["dimensions_without_data"] as? [String] == ["governance", "branding", "environment"])
        let cohortCoverage = rank["catalogue_coverage"] as! [String: Any]
        let overall = cohortCoverage["overall"] as! [String: Any]
        #expect(overall["present"] as? Int == 10 && overall["catalogue"] as? Int == total && close(overall["share"] as? Double, 10 / Double(total)))
        let living = (cohortCoverage["dimensions"] as! [String: Any])["living"] as! [String: Any]
        #expect(living["present"] as? Int == 4 && living["catalogue"] as? Int == count("living"))
        #expect((rank["elements_without_data"] as? [String])?.count == 14)
        for city in rank["cities"] as! [[String: Any]] {
            #expect(close(city["catalogue_coverage"] as? Double, 10 / Double(total)))
            #expect(city["dimensions_without_data"] as? [String] == ["governance", "branding", "environment"])
            let basis = city["index_basis"] as! [String: Any]
            #expect(basis["dimensions"] as? Int == 3 && basis["framework_dimensions"] as? Int == 6 && basis["complete"] as? Bool == false)
        }
        let evaluateJSON = EvaluateReport.render(evaluation, format: .json, language: .id, catalogue: workspace.catalogue)
        #expect(evaluateJSON == EvaluateReport.render(evaluation, format: .json, language: .en, catalogue: workspace.catalogue))
        let evaluated = try JSONSerialization.jsonObject(with: Data(evaluateJSON.utf8)) as! [String: Any]
        #expect(evaluated["dimensions_without_data"] as? [String] == ["governance", "branding", "environment"])
        #expect(close((evaluated["index"] as! [String: Any])["catalogue_coverage"] as? Double, 10 / Double(total)))
        let society = (evaluated["dimensions"] as! [[String: Any]]).first { $0["id"] as? String == "society" }!
        #expect(close(society["catalogue_coverage"] as? Double, 2 / Double(count("society"))))
        // CSV: the share and the dimensions without data on every row.
        let csv = RankReport.render(result, format: .csv, language: .id).split(separator: "\n")
        let header = csv[0].split(separator: ",").map(String.init)
        let row = csv[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(row[header.firstIndex(of: "dimensions_without_data")!] == "governance;branding;environment")
        #expect(close(Double(row[header.firstIndex(of: "catalogue_coverage")!]), 10 / Double(total), tolerance: 1e-6))
    }

    @Test("radar: a dimension nulled by the coverage rule is marked with its coverage, not drawn as a score of 0")
    func radarMarksCoverageNulls() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("palu-without-6.4.csv").path
        // Palu without 37120:6.4: Society covered 1 of 2 (50 %), below a minimum of 60 %.
        try Self.threeDimensionFile.split(separator: "\n").filter { $0 != "72.71,Kota Palu,2023,37120:6.4,17.5" }
            .joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        let report = try AppTests.workspace.cityReport(.file(path, CSVSpec()), method: MethodSpec(minCoverage: 0.6), city: "Kota Palu",
                                                       spec: ReportSpec(samples: 0))
        for (language, label, society) in [(Language.id, "cakupan 50%, di bawah minimum", "Masyarakat Cerdas"),
                                           (.en, "coverage 50%, below the minimum", "Smart Society")] {
            let html = report.html(language: language)
            #expect(html.contains(">(\(label))</text>"), "\(language)")
            #expect(html.contains("<title>\(society): \(label)</title>"), "\(language)")
            #expect(!html.contains("<title>\(society): —</title>"), "\(language): drawn as a point at 0")
        }
    }
}
