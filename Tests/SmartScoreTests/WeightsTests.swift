import Foundation
import Testing
@testable import SmartScore

@Suite("Weights: AHP against Saaty's published example, weights files, entropy against a second computation")
struct WeightsTests {
    /// Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26, Table 2:
    /// the criteria for buying a house (also Saaty 2003, EJOR 145, Table 1). Published: weights .173 .054
    /// .188 .018 .031 .036 .167 .333; λmax = 9.669; CI = 0.238; CR = 0.169.
    static let house: [[Double]] = [
        [1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4],
        [1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7],
        [1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5],
        [1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8],
        [1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6],
        [1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6],
        [3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2],
        [4, 7, 5, 8, 6, 6, 2, 1],
    ]

    @Test("AHP reproduces Saaty's house example: weights to 3 decimals, λmax 9.669, CI 0.238, CR 0.169")
    func saatyHouse() throws {
        let order = ["size", "transport", "neighbourhood", "age", "yard", "modern", "condition", "finance"]
        let r = try AHP.analyse(Matrix(Self.house), order: order)
        let published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
        for (w, p) in zip(r.weights, published) { #expect(abs(w - p) < 0.0005, "\(w) vs \(p)") }
        #expect(abs(r.weights.reduce(0, +) - 1) < 1e-12)
        #expect(abs(r.lambdaMax - 9.669) < 0.0005)
        #expect(abs(r.consistencyIndex - 0.238) < 0.0005)
        #expect(abs(r.consistencyRatio - 0.169) < 0.0005)
        // Saaty (2003), Table 3: the judgement furthest from the weights is neighbourhood vs condition.
        #expect(r.mostInconsistentPair?.0 == "neighbourhood" && r.mostInconsistentPair?.1 == "condition")
    }

    @Test("a consistent matrix has CR 0 and weights proportional to any row's inverse")
    func consistent() throws {
        let r = try AHP.analyse(Matrix([[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]), order: ["a", "b", "c"])
        #expect(abs(r.consistencyRatio) < 1e-12)
        #expect(abs(r.weights[0] - 4.0 / 7) < 1e-12)
    }

    func write(_ text: String) throws -> String {
        let dir = try TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("w.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("an AHP file with fractions gives dimension weights; an inconsistent one is refused with CR and the worst pair")
    func ahpFile() throws {
        let good = try write("""
        dimensions:
          order: [governance, branding, economy, living, society, environment]
          matrix:
            - [1, 2, 2, 1, 1, 2]
            - [1/2, 1, 1, 1/2, 1/2, 1]
            - [1/2, 1, 1, 1/2, 1/2, 1]
            - [1, 2, 2, 1, 1, 2]
            - [1, 2, 2, 1, 1, 2]
            - [1/2, 1, 1, 1/2, 1/2, 1]
        """)
        let (set, results) = try AHPFile.load(path: good, framework: Bundled.catalogue.framework, allowInconsistent: false)
        // Consistent: governance, living, society weigh 2, the others 1, out of 9.
        #expect(abs(set.dimension("governance") - 2.0 / 9) < 1e-12 && abs(set.dimension("branding") - 1.0 / 9) < 1e-12)
        #expect(abs(results[0].consistencyRatio) < 1e-12)

        let bad = try write("""
        elements:
          governance:
            order: [public_services, bureaucratic_management, public_policy]
            matrix: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]
        """)
        do {
            _ = try AHPFile.load(path: bad, framework: Bundled.catalogue.framework, allowInconsistent: false)
            Issue.record("an inconsistent matrix was accepted")
        } catch let error as InputError {
            #expect(error.message.hasPrefix("the judgements of the elements of governance are inconsistent: CR = "))
            #expect(error.hint?.contains("the most inconsistent pair is") == true)
            #expect(error.location?.line == 3)
        }
        let (allowed, _) = try AHPFile.load(path: bad, framework: Bundled.catalogue.framework, allowInconsistent: true)
        #expect(allowed.elements.count == 3)
        let notReciprocal = try write("""
        dimensions:
          order: [governance, branding, economy, living, society, environment]
          matrix: [[1, 3, 1, 1, 1, 1], [3, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]]
        """)
        #expect(throws: InputError.self) { try AHPFile.load(path: notReciprocal, framework: Bundled.catalogue.framework, allowInconsistent: true) }
        // What was accepted is recorded: λmax, CI, RI (0.58 for n = 3) and CR, flagged as inconsistent.
        let record = try #require(allowed.consistency.first)
        #expect(record.block == "elements/governance" && record.randomIndex == 0.58 && record.acceptedInconsistent)
        #expect(abs(record.consistencyRatio - record.consistencyIndex / 0.58) < 1e-12 && record.consistencyRatio > 0.1)
        // Off Saaty's scale (1/9 … 9): refused at the cell, in both languages.
        let offScale = try write("""
        elements:
          governance:
            order: [public_services, bureaucratic_management, public_policy]
            matrix: [[1, 12, 1], [1/12, 1, 1], [1, 1, 1]]
        """)
        do {
            _ = try AHPFile.load(path: offScale, framework: Bundled.catalogue.framework, allowInconsistent: true)
            Issue.record("a judgement of 12 was accepted")
        } catch let error as InputError {
            #expect(error.location?.line == 4 && error.message == "a pairwise judgement must be on Saaty's scale, from 1/9 to 9 (this one is 12)")
            #expect(error.rendered(language: .id).contains("skala Saaty, dari 1/9 sampai dengan 9"))
        }
    }

    @Test("a weights file: negatives, unknown ids and all-zero groups are errors at their line")
    func weightsFile() throws {
        let ok = try WeightsFile.load(path: write("dimensions: {governance: 2}\nelements:\n  economy: {community_welfare: 3}\nindicators: {\"37120:5.1\": 0.5}\n"),
                                      catalogue: Bundled.catalogue)
        #expect(ok.dimension("governance") == 2 && ok.dimension("branding") == 1)
        #expect(ok.element("economy", "community_welfare") == 3 && ok.indicator("37120:5.1") == 0.5)
        func message(_ text: String) throws -> InputError? {
            do { _ = try WeightsFile.load(path: write(text), catalogue: Bundled.catalogue); return nil } catch let e as InputError { return e }
        }
        #expect(try message("dimensions: {governance: -1}\n")?.message == "a weight cannot be negative (-1)")
        let unknown = try message("dimensions:\n  governance: 1\n  smart: 2\n")
        #expect(unknown?.message == "unknown dimension 'smart'" && unknown?.location?.line == 3)
        #expect(try message("elements:\n  economy: {welfare: 1}\n")?.message == "unknown element 'welfare' in dimension 'economy'")
        #expect(try message("indicators: {\"37120:99.9\": 1}\n")?.message == "unknown indicator code '37120:99.9'")
        #expect(try message("dimensions: {governance: 0, branding: 0, economy: 0, living: 0, society: 0, environment: 0}\n")?.message == "every dimension weight is zero")
        #expect(try message("elements:\n  living: {living_environment: 0, health: 0, transport: 0}\n")?.message == "every element weight of living is zero")
    }

    @Test("dimension weights make the index their weighted mean")
    func weightedIndex() throws {
        var c = TinyCohort()
        c.indicators = Framework.dimensionIDs.enumerated().map { k, d in
            TinyCohort.indicator("local:Z.\(k + 1)", dimension: d, element: Bundled.catalogue.framework.dimension(d)!.elements[0].id)
        }
        c.cities = TinyCohort.cities(1)
        c.rows = [[100, 0, 0, 0, 0, 0]]
        let weights = WeightSet(kind: .file, name: "test", dimensions: ["governance": 4])
        let r = try Bundled.engine.score(c.matrix(), method: ScoringMethod(weights: weights))
        // 4·100 / (4 + 5) = 44.44…
        #expect(abs(r.index[0] - 400.0 / 9) < 1e-12)
    }

    @Test("entropy weights equal a direct computation of Shannon's formula")
    func entropy() throws {
        let scores = try Matrix([[10, 50, 30], [20, 50, .nan], [70, 50, 90]])
        let got = WeightDerivation.entropy(scores)
        // Second computation: for each column, p = x/Σx over present values, e = −Σ p ln p / ln m, d = 1 − e.
        var d: [Double] = []
        for column in [[10.0, 20, 70], [50.0, 50, 50], [30.0, 90]] {
            let total = column.reduce(0, +)
            var e = 0.0
            for v in column { let p = v / total; e -= p * Foundation.log(p) }
            d.append(1 - e / Foundation.log(Double(column.count)))
        }
        let want = d.map { $0 / d.reduce(0, +) }
        for (g, w) in zip(got, want) { #expect(abs(g - w) < 1e-12) }
        #expect(abs(got[1]) < 1e-12)  // a column that does not vary carries no information
    }

    @Test("entropy and PCA weights flow into the method the result reports")
    func derivedWeightsReported() throws {
        let m = try Bundled.matrix(TestPaths.fixture("scoring/cohort.csv").path)
        for set in [WeightSet.entropy, .pca] {
            let r = try Bundled.engine.score(m, method: ScoringMethod(weights: set))
            #expect(r.method.weights.name == set.name)
            #expect(r.method.weights.indicators.count == m.indicators.count)
            #expect(r.index.contains { !$0.isNaN })
        }
    }

    @Test("every JSON method carries each part's nominal share of the index, worked by hand, and AHP's consistency")
    func nominalShares() throws {
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1"), TinyCohort.indicator("local:Z.2", element: "industry_ecosystem"),
                        TinyCohort.indicator("local:Z.3")]
        c.cities = TinyCohort.cities(2)
        c.rows = [[10, 20, 30], [40, 50, 60]]
        let weights = WeightSet(kind: .file, name: "file:test", indicators: ["local:Z.3": 3])
        let r = try Bundled.engine.score(c.matrix(), method: ScoringMethod(weights: weights))
        let shares = r.model.nominalShares
        // One dimension (economy): share 1. Two elements of equal weight: 1/2 each. Within community welfare
        // Z.1 weighs 1 and Z.3 weighs 3: 1/4 · 1/2 = 0.125 and 3/4 · 1/2 = 0.375; Z.2 alone in its element: 0.5.
        #expect(shares.dimensions.map(\.1) == [1])
        #expect(shares.elements.map(\.1) == [0.5, 0.5])
        #expect(Dictionary(uniqueKeysWithValues: shares.indicators) == ["local:Z.1": 0.125, "local:Z.2": 0.5, "local:Z.3": 0.375])
        let json = RankReport.render(r, format: .json, language: .en)
        #expect(json.contains("\"shares\"") && json.contains("\"local:Z.3\":0.375") || json.contains("\"local:Z.3\": 0.375"))
    }

    @Test("an element whose values for a city all weigh 0 is named, not silently dropped; a small reference for goalposts warns about the weights")
    func zeroWeightedValuesAndSmallReference() throws {
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:Z.1"), TinyCohort.indicator("local:Z.2"), TinyCohort.indicator("local:Z.3", element: "industry_ecosystem")]
        c.cities = TinyCohort.cities(3)
        // City 2 reports only Z.1 in community welfare, and Z.1 weighs 0.
        c.rows = [[10, 20, 30], [40, .nan, 60], [50, 70, 80]]
        let weights = WeightSet(kind: .file, name: "file:test", indicators: ["local:Z.1": 0])
        let r = try Bundled.engine.score(c.matrix(), method: ScoringMethod(weights: weights))
        let welfare = try #require(r.elements.firstIndex { $0.element == "community_welfare" })
        #expect(r.elementScores[1, welfare].isNaN && r.elementScores[0, welfare] == 20)
        // Its dimension is its other element's score: 60.
        #expect(r.dimensionScores[1, 0] == 60)
        #expect(r.warnings.contains(.elementValuesWeighZero(element: "economy/community_welfare", cities: ["99.02"])))
        #expect(ScoringWording.reader(.id, framework: Bundled.catalogue.framework).warning(r.warnings.last!)
                == "sebanyak 1 daerah hanya memiliki nilai pada indikator berbobot 0 di elemen Kesejahteraan Rakyat sehingga elemen tersebut tidak memiliki skor dan skor dimensinya dihitung dari elemen lain: 99.02")
        // Equal weights: no such warning.
        #expect(!(try Bundled.engine.score(c.matrix(), method: ScoringMethod())).warnings.contains { if case .elementValuesWeighZero = $0 { true } else { false } })

        // Two cities, goalposts and entropy weights: the warning is about the weights, not the normalisation.
        c.cities = TinyCohort.cities(2)
        c.rows = [[10, 20, 30], [40, 50, 60]]
        let small = try Bundled.engine.score(c.matrix(), method: ScoringMethod(weights: .entropy))
        #expect(small.warnings.contains(.referenceTooSmallForWeights(year: 2021, cities: 2)))
        let minmax = try Bundled.engine.score(c.matrix(), method: ScoringMethod(normalisation: .minmax))
        #expect(minmax.warnings.contains(.referenceTooSmall(year: 2021, cities: 2)))
    }
}
