import Foundation
import Testing
@testable import SmartScore

/// One test per defect an independent review reproduced, so each stays fixed.
@Suite("Regressions found in review")
struct ReviewRegressionTests {
    static let fixture = try! Bundled.matrix(TestPaths.fixture("scoring/cohort.csv").path)

    @Test("JSON never carries nan or inf: a null score is null, and every output parses")
    func jsonNulls() throws {
        #expect(JSONValue.array([.number(.nan), .number(.infinity), .number(-.infinity), .number(1.5)]).serialized() == "[\n  null,\n  null,\n  null,\n  1.5\n]\n")
        let r = try Bundled.engine.score(Self.fixture, method: ScoringMethod())
        let rank = RankReport.render(r, format: .json, language: .en)
        #expect(rank.contains("\"score\": null") && !rank.contains(": nan") && !rank.contains(": inf"))
        _ = try JSONSerialization.jsonObject(with: Data(rank.utf8))
        let ppu = r.cityIndex(code: "64.09")!
        let evaluate = EvaluateReport.json(CityEvaluation(result: r, cityIndex: ppu)).serialized()
        _ = try JSONSerialization.jsonObject(with: Data(evaluate.utf8))
        // A city at 100 everywhere has no positive impact: its threshold is infinite, written null.
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1")]
        c.cities = TinyCohort.cities(1)
        c.rows = [[100]]
        let perfect = try Bundled.engine.score(c.matrix(), method: ScoringMethod())
        let model = try ImpactModel(programmes: [QuickWinsTests.programme("eco-a", effects: [("local:Z.1", 0.5)])], result: perfect)
        let plan = CityPlan(model: model, city: 0, options: QuickWinOptions())
        let qw = QuickWinsReport.cityJSON(plan, model: model).serialized()
        #expect(qw.contains("\"impact_threshold\": null"))
        _ = try JSONSerialization.jsonObject(with: Data(qw.utf8))
    }

    @Test("sensitivity with null-index cities: an unperturbed run is the engine, for minmax and rank too")
    func sensitivityNormalisesTheWholeCohort() throws {
        let demo = try Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)
        for normalisation in [ScoringMethod.Normalisation.minmax, .rank] {
            let r = try Bundled.engine.score(demo, method: ScoringMethod(normalisation: normalisation, minCoverage: 0.85))
            #expect(r.index.contains { $0.isNaN } && r.index.contains { !$0.isNaN })
            let s = try SensitivityAnalysis.run(r, options: SensitivityOptions(inputs: [.weights], weightSpread: 0, samples: 30))
            #expect(s.meanRankShift == 0)
            for city in s.cities { #expect(close(city.scoreMean, city.nominalScore, tolerance: 1e-12) && city.medianRank == Double(city.nominalRank)) }
        }
    }

    @Test("a raw-unit target equal to a city's value gives that city no gap, for every normalisation, winsorised or not")
    func targetsNormaliseLikeValues() throws {
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1")]
        c.cities = TinyCohort.cities(5)
        c.rows = [[31], [32], [33], [34], [35]]
        for normalisation in ScoringMethod.Normalisation.allCases {
            let r = try Bundled.engine.score(c.matrix(), method: ScoringMethod(normalisation: normalisation, targets: Targets(name: "t", indicators: ["local:Z.1": 32])))
            #expect(close(r.indicatorTargets[0], r.indicatorScores[1, 0], tolerance: 1e-12), "\(normalisation)")
        }
        var w = TinyCohort()
        w.indicators = [TinyCohort.indicator("local:Z.1")]
        w.cities = TinyCohort.cities(8)
        w.rows = [1, 2, 3, 4, 5, 6, 7, 100].map { [$0] }
        let r = try Bundled.engine.score(w.matrix(), method: ScoringMethod(normalisation: .minmax, targets: Targets(name: "t", indicators: ["local:Z.1": 5]), winsorise: true))
        #expect(close(r.indicatorTargets[0], r.indicatorScores[4, 0], tolerance: 1e-12))
        #expect(r.warnings.map(ScoringWording.machine.warning).contains { $0.hasPrefix("outliers winsorised before normalisation in 1 indicator: local:Z.1") })
    }

    @Test("invalid method combinations and weights are refused at their flag")
    func refusals() throws {
        #expect(throws: InputError.self) { try ScoringMethod(normalisation: .zscore, weights: .entropy).validate() }
        var only = WeightSet(kind: .file, name: "w", dimensions: ["governance": 1])
        for d in Framework.dimensionIDs where d != "governance" { only.dimensions[d] = 0 }
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1")]
        c.cities = TinyCohort.cities(2)
        c.rows = [[10], [20]]
        do {
            _ = try Bundled.engine.score(c.matrix(), method: ScoringMethod(weights: only))
            Issue.record("zero in-scope weights accepted")
        } catch let e as InputError {
            #expect(e.location?.parameter == .weights && e.message.hasPrefix("all the dimensions in the data have weight zero"))
        }
        let z = try Bundled.engine.score(c.matrix(), method: ScoringMethod(normalisation: .zscore))
        #expect(throws: InputError.self) { try SensitivityAnalysis.run(z, options: SensitivityOptions(inputs: [.aggregation], samples: 30)) }
    }

    @Test("coverage is a division: 5 of 6 indicators is exactly 5/6")
    func coverageDivision() throws {
        var c = TinyCohort()
        c.indicators = (1...6).map { TinyCohort.indicator("local:Z.\($0)") }
        c.cities = TinyCohort.cities(2)
        c.rows = [[1, 2, 3, 4, 5, .nan], [1, 2, 3, 4, 5, 6]]
        let r = try Bundled.engine.score(c.matrix(), method: ScoringMethod(minCoverage: 5.0 / 6))
        #expect(r.dimensionCoverage[0, 0] == 5.0 / 6 && !r.index[0].isNaN)
    }

    @Test("a mapping file's year is range-checked, and a code mapped twice is refused")
    func mappingChecks() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func error(_ text: String) throws -> InputError? {
            let path = dir.appendingPathComponent("m.yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            do { _ = try ColumnMapping.load(path: path, catalogue: Bundled.catalogue); return nil } catch let e as InputError { return e }
        }
        let base = "city: {name_column: Kota}\ncolumns:\n  TPT: \"37120:5.1\"\n"
        #expect(try error("year: 2021\n" + base) == nil)
        let year = try error("year: 40000\n" + base)
        #expect(year?.message == "the year 40000 is outside 1990–2100" && year?.location?.line == 1)
        let twice = try error("year: 2021\n" + base + "  TPT2: \"37120:5.1\"\n")
        #expect(twice?.message == "37120:5.1 is mapped twice: from 'TPT' and from 'TPT2'" && twice?.location?.line == 5)
    }

    @Test("a read-only open refuses a foreign SQLite file and writes nothing to it; a writable open will not migrate it")
    func foreignDatabase() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("other.sqlite").path
        let other = Process()
        other.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        other.arguments = ["python3", "-c", "import sqlite3; c = sqlite3.connect('\(path)'); c.execute('create table notes(x)'); c.commit()"]
        try other.run()
        other.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { try Store(path: path, readOnly: true) }
        #expect(throws: InputError.self) { try Store(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
