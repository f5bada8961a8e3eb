import Foundation
import GRDB
import Testing
@testable import SmartScore

/// The application layer as a front end meets it: a workspace loaded once, use cases that take values
/// and return values, in one process and concurrently.
@Suite("App: workspace and use cases in-process, concurrent requests, structured results")
struct AppTests {
    static let demo = TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path
    static let workspace = try! Workspace(paths: WorkspacePaths(indicators: TestPaths.indicators,
                                                                datasets: TestPaths.root.appendingPathComponent("datasets").path))
    static var source: DataSource { .file(demo, CSVSpec()) }

    @Test("evaluate scores earlier years with the model fitted on the reference year, which the user may choose")
    func evaluateHistoryUsesOneModel() throws {
        let method = MethodSpec(normalisation: .minmax)
        let cohort = try Self.workspace.score(Self.source, method: method)
        #expect(cohort.result.year == 2021 && cohort.result.referenceYear == 2021)
        let evaluation = try Self.workspace.evaluate(cohort, city: "Kota Palu")
        let palu = evaluation.city.code
        // Each earlier year of the trend is the 2021 model applied to that year's data.
        for point in evaluation.trend where point.year < 2021 {
            let applied = try cohort.model.apply(to: cohort.panel.matrix(year: point.year))
            let k = try #require(applied.cityIndex(code: palu))
            #expect(point.index.bitPattern == applied.index[k].bitPattern)
        }
        // Fitted on 2019 instead: the 2019 point is then 2019 scored on its own scale.
        var on2019 = method
        on2019.referenceYear = 2019
        let other = try Self.workspace.evaluate(Self.source, method: on2019, city: "Kota Palu")
        let own2019 = try Bundled.engine.score(cohort.panel.matrix(year: 2019), method: ScoringMethod(normalisation: .minmax))
        let k = try #require(own2019.cityIndex(code: palu))
        #expect(other.trend.first { $0.year == 2019 }?.index.bitPattern == own2019.index[k].bitPattern)
        #expect(other.result.referenceYear == 2019 && other.result.year == 2021)
        // A reference year the data lacks is an error at that parameter.
        var missing = method
        missing.referenceYear = 1999
        #expect { try Self.workspace.score(Self.source, method: missing) } throws: { ($0 as? InputError)?.location?.parameter == .referenceYear }
    }

    @Test("the uncertainty runs of a cohort scored on another year's scale centre on the nominal ranks")
    func sensitivityOnAnotherReferenceYear() throws {
        // No perturbation at all: every run must be the nominal result, which is 2020 on 2021's min-max scale.
        let method = MethodSpec(year: 2020, referenceYear: 2021, normalisation: .minmax)
        let analysis = try Self.workspace.sensitivity(Self.source, method: method,
                                                      options: SensitivityOptions(inputs: [.weights], weightSpread: 0, samples: 12, indices: false))
        #expect(analysis.nominal.referenceYear == 2021 && analysis.nominal.year == 2020)
        #expect(analysis.meanRankShift == 0)
        #expect(analysis.cities.allSatisfy { $0.medianRank == Double($0.nominalRank) && $0.rankP05 == $0.rankP95 })
        #expect(analysis.cities.allSatisfy { abs($0.scoreMean - $0.nominalScore) < 1e-9 })
    }

    @Test("two scoring requests run concurrently in one process give the same bytes as one after the other")
    func concurrentRequests() async throws {
        let workspace = Self.workspace, source = Self.source
        @Sendable func rank() throws -> String {
            let ranking = try workspace.rank(source, method: MethodSpec(normalisation: .rank, weights: .entropy),
                                             uncertainty: UncertaintySpec(runs: 60, seed: 7, threads: 2))
            return RankReport.render(ranking.cohort.result, format: .json, language: .id, uncertainty: ranking.intervals)
        }
        @Sendable func sensitivity() throws -> String {
            let analysis = try workspace.sensitivity(source, method: MethodSpec(), options: SensitivityOptions(samples: 140, seed: 3, threads: 2))
            return SensitivityReport.render(analysis, format: .json, language: .id)
        }
        let sequential = [try rank(), try sensitivity()]
        let concurrent = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            group.addTask { (0, try rank()) }
            group.addTask { (1, try sensitivity()) }
            group.addTask { (0, try rank()) }
            group.addTask { (1, try sensitivity()) }
            var out: [(Int, String)] = []
            for try await pair in group { out.append(pair) }
            return out
        }
        #expect(concurrent.count == 4)
        for (k, text) in concurrent { #expect(text == sequential[k]) }
    }

    @Test("the Indonesian text of evaluate and rank carries no English word from the engine")
    func indonesianTextHasNoEnglish() throws {
        // The engine's English: every word of its English texts that its Indonesian texts do not also use,
        // and the raw names of methods and dimensions. Catalogue names (cities, indicators, dimensions) are
        // the catalogue's, not the engine's, and are left out.
        func words(_ s: String) -> Set<String> {
            // Placeholders ({coverage}) are not words of the text.
            let text = s.replacingOccurrences(of: "\\{[a-z_]+\\}", with: " ", options: .regularExpression)
            return Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 })
        }
        let keys = TextKey.allCases
        var english = keys.reduce(into: Set<String>()) { $0.formUnion(words(LanguageTable.text($1).en)) }
        english.subtract(keys.reduce(into: Set<String>()) { $0.formUnion(words(LanguageTable.text($1).id)) })
        let catalogue = Self.workspace.catalogue
        for indicator in catalogue.indicators { english.subtract(words(indicator.name.id)) }
        // So are their units, which evaluate's unit column says in Indonesian ("status (0 = belum ada, …)").
        for indicator in catalogue.indicators { english.subtract(words(Localizer(.id).unit(indicator.unit))) }
        for d in catalogue.framework.dimensions {
            english.subtract(words(d.name.id))
            for e in d.elements { english.subtract(words(e.name.id)) }
        }
        for p in catalogue.framework.pillars { english.subtract(words(p.name.id)) }
        // The engine's raw names count whatever the table says: one slipped into the Indonesian table is still English.
        english.formUnion(["goalpost", "minmax", "zscore", "arithmetic", "geometric", "equal", "entropy", "pca", "gov", "brand",
                           "econ", "env", "null", "coverage", "below", "weights", "scope", "value", "values", "index", "thankless"])
        #expect(english.isSuperset(of: ["coverage", "arithmetic", "weights"]), "\(english.sorted())")

        // Methods and situations that make the engine say the most: a null index (high minimum coverage),
        // winsorising, data-driven weights, another reference year.
        let methods = [MethodSpec(), MethodSpec(normalisation: .minmax, aggregation: .geometric, weights: .entropy, minCoverage: 0.9),
                       MethodSpec(normalisation: .zscore, weights: .pca, winsorise: true), MethodSpec(referenceYear: 2019, normalisation: .rank)]
        for method in methods {
            let cohort = try Self.workspace.score(Self.source, method: method)
            let evaluation = try Self.workspace.evaluate(cohort, city: "Kota Palu")
            for text in [RankReport.render(cohort.result, format: .table, language: .id),
                         RankReport.render(cohort.result, format: .md, language: .id),
                         EvaluateReport.render(evaluation, format: .table, language: .id, catalogue: catalogue),
                         EvaluateReport.render(evaluation, format: .md, language: .id, catalogue: catalogue)] {
                // Indicator codes (local:P.1) are identifiers, not words; nor is a word cut short by a column ("did…").
                let prose = text.replacingOccurrences(of: "\\blocal:[A-Za-z0-9.]+", with: " ", options: .regularExpression)
                    .replacingOccurrences(of: "\\p{L}+…", with: " ", options: .regularExpression)
                let found = words(prose).intersection(english)
                #expect(found.isEmpty, "English in Indonesian output (\(method.normalisation)): \(found.sorted())")
            }
        }
    }

    @Test("structured results: keyed by city and indicator code, Codable, equal to the engine's matrices")
    func structuredResults() throws {
        let result = try Self.workspace.score(Self.source, method: MethodSpec(minCoverage: 0.9)).result
        let scores = result.scores
        let decoded = try JSONDecoder().decode(CohortScores.self, from: JSONEncoder().encode(scores))
        #expect(decoded == scores)
        #expect(scores.cities.map(\.city.code) == result.order.map { result.cities[$0].code })
        let palu = try #require(scores["72.71"])
        let k = try #require(result.cityIndex(code: "72.71"))
        #expect(palu.index == (result.index[k].isNaN ? nil : result.index[k]) && palu.rank == result.ranks[k])
        for (i, indicator) in result.indicators.enumerated() {
            #expect(palu.indicators[indicator.code]?.score == (result.input.values[k, i].isNaN ? nil : result.indicatorScores[k, i]))
        }
        for (d, id) in result.dimensions.enumerated() {
            let score = result.dimensionScores[k, d]
            #expect(palu.dimensions[id]?.score == (score.isNaN ? nil : score))
        }
        // A null index carries its reasons as values, not words.
        let null = try #require(scores.cities.first { $0.index == nil })
        #expect(!null.nullReasons.isEmpty && null.rank == nil)
        #expect(null.nullReasons.allSatisfy { if case .coverageBelowMinimum(_, let c, 0.9) = $0 { c < 0.9 } else { false } })
    }

    @Test("errors name a neutral parameter, which each front end names its own way")
    func neutralParameters() throws {
        #expect { try WeightsSpec(parsing: "nope") } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.location?.parameter == .weights && e.rendered(language: .en).hasPrefix("weights: error:")
                && e.rendered(language: .en, naming: { "--" + $0.rawValue }).hasPrefix("--weights: error:")
        }
        #expect { try BudgetSpec.parse("lots") } throws: { ($0 as? InputError)?.location?.parameter == .budget }
        #expect(try BudgetSpec.parse("short=1e9,long=2_000_000_000") == [.short: 1e9, .long: 2e9])
        #expect(try YearsSpec.parse("2019-2021") == [2019, 2020, 2021])
        #expect { try YearsSpec.parse("1900") } throws: { ($0 as? InputError)?.location?.parameter == .years }
    }

    @Test("import validates every file before it writes: a bad second file leaves no store; a dry run writes nothing")
    func importUseCase() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.csv").path, bad = dir.appendingPathComponent("bad.csv").path
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.1,4.5\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:99.9,4.5\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("s.sqlite").path
        #expect(throws: InputErrors.self) {
            try Self.workspace.importFiles([good, bad], csv: CSVSpec(), storePath: store, dataset: "d", replace: false, dryRun: false)
        }
        #expect(!FileManager.default.fileExists(atPath: store))
        let dry = try Self.workspace.importFiles([good], csv: CSVSpec(), storePath: store, dataset: "d", replace: false, dryRun: true)
        #expect(dry.dryRun && dry.values == 1 && !FileManager.default.fileExists(atPath: store))
        let done = try Self.workspace.importFiles([good], csv: CSVSpec(), storePath: store, dataset: "d", replace: false, dryRun: false)
        #expect(done.files.first?.inserted == 1)
        // Two imports racing to create one new store: both land, neither removes the other's store.
        for round in 0..<6 {
            let raced = dir.appendingPathComponent("race\(round).sqlite").path
            let outcomes = UnsafeCountBox()
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if (try? Self.workspace.importFiles([good], csv: CSVSpec(), storePath: raced, dataset: "d\(k)", replace: false,
                                                    dryRun: false)) != nil { outcomes.add() }
            }
            #expect(outcomes.value == 2)
            #expect(try Store(path: raced, readOnly: true).datasetNames() == ["d0", "d1"])
        }
        // One store, many readers at once: the pool serves concurrent reads.
        let opened = try Store(path: store, readOnly: true)
        let counts = UnsafeCountBox()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if let batch = try? opened.observations(of: "d"), batch.count == 1 { counts.add() }
        }
        #expect(counts.value == 8)
    }
}

/// A counter several threads add to.
final class UnsafeCountBox: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}


@Suite("Store: one pool per process; a refusal by SQLite keeps its result code and names the file and line")
struct StoreErrorTests {
    @Test("a write the database refuses mid-import names the input file and line, keeps the SQLite code, and writes nothing")
    func refusedWriteIsLocated() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("first.csv").path, second = dir.appendingPathComponent("second.csv").path
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.1,4.5\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2020,37120:5.1,4.0\n72.71,Kota Palu,2020,37120:5.4,9.0\n"
            .write(toFile: second, atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("s.sqlite").path
        let workspace = AppTests.workspace
        _ = try workspace.importFiles([first], csv: CSVSpec(), storePath: path, dataset: "d", replace: false, dryRun: false)
        // A trigger refuses one particular row, as a damaged or foreign schema might.
        try Store(path: path).pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON observation
                WHEN NEW.indicator_id = (SELECT id FROM indicator WHERE code = '37120:5.4')
                BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                """)
        }
        do {
            _ = try workspace.importFiles([second], csv: CSVSpec(), storePath: path, dataset: "d", replace: false, dryRun: false)
            Issue.record("the import should have been refused")
        } catch let error as InputError {
            #expect(error.location?.file == second && error.location?.line == 3)
            #expect(error.databaseResultCode == 1811)     // SQLITE_CONSTRAINT_TRIGGER
            #expect(error.rendered(language: .en).contains("refused by test") && error.rendered(language: .id).contains("kode hasil SQLite 1811"))
        }
        // The transaction rolled back: the first value of the second file is not there either.
        #expect(try Store(path: path, readOnly: true).observations(of: "d").count == 1)
    }
}
