import Foundation
import Testing
@testable import SmartScore

/// The Sobol estimators and their bootstrap intervals on models whose indices are known in closed form,
/// with a second estimator (Jansen's first order) written here to compare the noise.
@Suite("Sobol indices: Saltelli 2010 first order, Jansen total, calibrated bootstrap intervals")
struct SobolIntervalTests {
    /// Ishigami (a = 7, b = 0.1), X ~ U(−π, π): S = 0.3139, 0.4424, 0; S_T = 0.5576, 0.4424, 0.2437
    /// (Saltelli et al. 2008, "Global Sensitivity Analysis. The Primer", §4.6).
    static func ishigami(_ u: [Double]) -> Double {
        let x = u.map { -Double.pi + 2 * Double.pi * $0 }
        return sin(x[0]) + 7 * sin(x[1]) * sin(x[1]) + 0.1 * pow(x[2], 4) * sin(x[0])
    }
    static let ishigamiFirst = [0.3139, 0.4424, 0.0], ishigamiTotal = [0.5576, 0.4424, 0.2437]

    @Test("Ishigami: estimates near the analytic values, first order ≤ total within the intervals, intervals contain the truth")
    func ishigamiModel() {
        let design = SaltelliDesign(groupSizes: [1, 1, 1], baseSamples: 4000, seed: 3)
        let y = (0..<design.runCount).map { Self.ishigami(design.run($0)) }
        let indices = design.indices(outputs: y, seed: 3)
        for j in 0..<3 {
            let s = indices[j]
            #expect(abs(s.firstOrder - Self.ishigamiFirst[j]) < 0.06, "S\(j + 1) = \(s.firstOrder)")
            #expect(abs(s.total - Self.ishigamiTotal[j]) < 0.06, "ST\(j + 1) = \(s.total)")
            #expect(s.firstOrderInterval.lowerBound <= s.totalInterval.upperBound)
            #expect(s.firstOrderInterval.contains(Self.ishigamiFirst[j]), "S\(j + 1) \(s.firstOrderInterval)")
            #expect(s.totalInterval.contains(Self.ishigamiTotal[j]), "ST\(j + 1) \(s.totalInterval)")
        }
        // X3 has no first-order effect: its interval reaches 0; X1 and X2 have one.
        #expect(indices[2].firstOrderIndistinguishableFromZero && !indices[0].firstOrderIndistinguishableFromZero)
        // Same outputs and seed, same intervals; another seed moves only the intervals.
        #expect(design.indices(outputs: y, seed: 3) == indices)
        let other = design.indices(outputs: y, seed: 4)
        #expect(other.map(\.firstOrder) == indices.map(\.firstOrder) && other != indices)
    }

    @Test("95 % intervals cover the true index in about 95 % of independent designs, and Saltelli's first order is less noisy than Jansen's")
    func coverageAndNoise() {
        // Y = 10 + 4 X1 + 2 X2 + 0.5 X3, X ~ U(0, 1): S = S_T = a² / Σ a² = 16, 4, 0.25 over 20.25. The
        // offset 10 is what makes an uncentred or Jansen first order noisy for the small effect of X3.
        let a = [4.0, 2, 0.5], total = a.reduce(0) { $0 + $1 * $1 }, truth = a.map { $0 * $0 / total }
        var covered = [Int](repeating: 0, count: 6)
        var saltelli: [Double] = [], jansen: [Double] = []
        let replications = 120
        for r in 0..<replications {
            let design = SaltelliDesign(groupSizes: [1, 1, 1], baseSamples: 256, seed: UInt64(1000 + r))
            let y = (0..<design.runCount).map { 10 + zip(a, design.run($0)).reduce(0) { $0 + $1.0 * $1.1 } }
            let indices = SobolEstimates(outputs: y, groups: 3, baseSamples: 256).indices(resamples: 300, seed: UInt64(r))
            for j in 0..<3 {
                if indices[j].firstOrderInterval.contains(truth[j]) { covered[j] += 1 }
                if indices[j].totalInterval.contains(truth[j]) { covered[3 + j] += 1 }
            }
            saltelli.append(indices[2].firstOrder)
            // Jansen's first order, computed here: 1 − Σ (f(B) − f(AB_3))² / (2 N V), V over A and B.
            let ab = (0..<256).flatMap { [y[$0 * 5], y[$0 * 5 + 1]] }
            let mean = ab.reduce(0, +) / Double(ab.count)
            let v = ab.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(ab.count)
            let sum = (0..<256).reduce(0.0) { $0 + pow(y[$1 * 5 + 1] - y[$1 * 5 + 4], 2) }
            jansen.append(1 - sum / (2 * 256 * v))
        }
        for (k, c) in covered.enumerated() {
            // Binomial(120, 0.95): 99.9 % of designs give at least 106 (88 %).
            #expect(Double(c) / Double(replications) >= 0.88, "interval \(k) covered \(c) of \(replications)")
        }
        func sd(_ xs: [Double]) -> Double { Statistics.sampleStandardDeviation(xs, mean: Statistics.mean(xs)) }
        #expect(sd(saltelli) * 3 < sd(jansen), "sd Saltelli \(sd(saltelli)), Jansen \(sd(jansen))")
        #expect(abs(Statistics.mean(saltelli) - truth[2]) < 0.01)
    }

    @Test("too few samples: the widest interval and the samples that would narrow it to 0.1")
    func suggestedSamples() throws {
        let r = try Bundled.engine.score(Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path), method: ScoringMethod())
        let s = try SensitivityAnalysis.run(r, options: SensitivityOptions(samples: 700, seed: 2))
        let widest = try #require(s.widestInterval)
        #expect(widest > SobolEstimates.narrowWidth)
        let suggested = try #require(s.suggestedSamples)
        // N ≈ base × (width / 0.1)², times (k + 2) runs per base sample, rounded up to a thousand.
        let expected = Double(s.baseSamples) * pow(widest / 0.1, 2) * Double(s.indices.count + 2)
        #expect(Double(suggested) >= expected && Double(suggested) < expected + 1000)
        let text = SensitivityReport.render(s, format: .table, language: .en)
        #expect(text.contains("use about --samples \(NumberFormat.english.integer(suggested))"))
        #expect(SensitivityReport.render(s, format: .table, language: .id).contains("gunakan sekitar --samples \(NumberFormat.indonesian.integer(suggested))"))
    }

    @Test("demo cohort: 5,000 runs give first order ≤ total within the intervals, and every interval contains a 50,000-run estimate")
    func demoAgainstLargeRun() throws {
        let r = try Bundled.engine.score(Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path), method: ScoringMethod())
        // Ten intervals must all hold at once, so each is a 99 % interval (at 95 % each, 58 of 60 intervals
        // over six seeds contained the large estimate: calibrated, but ten at a time miss one now and then).
        let small = try SensitivityAnalysis.run(r, options: SensitivityOptions(samples: 5000, seed: 1, threads: 2, confidence: 0.99))
        let large = try SensitivityAnalysis.run(r, options: SensitivityOptions(samples: 50_000, seed: 1000, threads: 2))
        #expect(small.indices.count == 5 && large.indices.count == 5)
        for (s, l) in zip(small.indices, large.indices) {
            #expect(s.input == l.input)
            #expect(s.index.firstOrderInterval.lowerBound <= s.index.totalInterval.upperBound, "\(s.input)")
            #expect(s.index.firstOrderInterval.contains(l.index.firstOrder), "\(s.input) S1 \(s.index.firstOrderInterval) vs \(l.index.firstOrder)")
            #expect(s.index.totalInterval.contains(l.index.total), "\(s.input) ST \(s.index.totalInterval) vs \(l.index.total)")
        }
        // The large run's intervals are about √10 times narrower.
        #expect(try #require(large.widestInterval) < 0.5 * (try #require(small.widestInterval)))
    }

    @Test("indices need ten base samples: fewer are refused at --samples (one base sample gave zero-width intervals)")
    func tooFewBaseSamples() throws {
        let r = try Bundled.engine.score(Bundled.matrix(TestPaths.fixture("scoring/cohort.csv").path), method: ScoringMethod())
        #expect(SensitivityOptions.leastSamplesForIndices(UncertainInput.defaults) == 70)
        for samples in [7, 69] {
            do {
                _ = try SensitivityAnalysis.run(r, options: SensitivityOptions(samples: samples))
                Issue.record("\(samples) runs for indices were accepted")
            } catch let error as InputError {
                #expect(error.location?.parameter == .samples && error.message.contains("at least 70"))
            }
        }
        let enough = try SensitivityAnalysis.run(r, options: SensitivityOptions(samples: 70))
        #expect(enough.baseSamples == 10 && enough.indices.count == 5)
        // Rank intervals alone need no design.
        #expect(try SensitivityAnalysis.run(r, options: SensitivityOptions(samples: 7, indices: false)).runs == 7)
    }
}
