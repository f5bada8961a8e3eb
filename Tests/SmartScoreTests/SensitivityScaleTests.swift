import Foundation
import Testing
@testable import SmartScore

/// The Monte Carlo keeps counts of ranks instead of every run's rank, and ranks each run with a radix sort:
/// both must give exactly what sorting the ranks (and the scores) gave, and the binned counts of a large
/// cohort must stay within the bound the output states.
@Suite("Sensitivity at scale: rank counts instead of ranks, the radix rank kernel")
struct SensitivityScaleTests {
    /// The former kernel: a stable comparison sort of city indices, then the same tie walk.
    static func referenceRanks(_ scores: [Double]) -> [Int32] {
        let n = scores.count
        let order = (0..<n).sorted { a, b in
            let x = scores[a], y = scores[b]
            if x.isNaN != y.isNaN { return !x.isNaN }
            if x != y && !x.isNaN { return x > y }
            return a < b
        }
        var ranks = [Int32](repeating: 0, count: n)
        var position = 0
        while position < n {
            var end = position + 1
            let first = scores[order[position]]
            while end < n {
                let next = scores[order[end]], previous = scores[order[end - 1]]
                let tied = first.isNaN ? next.isNaN : (!next.isNaN && abs(previous - next) <= Ranking.tolerance)
                if !tied { break }
                end += 1
            }
            for k in position..<end { ranks[order[k]] = Int32(position + 1) }
            position = end
        }
        return ranks
    }

    @Test("the radix kernel ranks as the comparison sort did: ties within 1e-9, −0 and +0, NaN last, infinities, negatives")
    func kernelMatchesComparisonSort() {
        var g = SeededGenerator(seed: 20)
        let kernel = RankKernel(capacity: 700)
        for trial in 0..<200 {
            let n = 1 + trial % 7 * 100 + trial % 13
            var scores = (0..<n).map { _ in 100 * g.nextUniform() - 20 }
            // Ties and near ties (chains of 0.6e-9 steps tie pairwise but not end to end), special values.
            for i in stride(from: 0, to: n, by: 9) { scores[i] = scores[i / 2] }
            for i in stride(from: 1, to: n, by: 11) { scores[i] = scores[(i - 1)] + 0.6e-9 }
            for i in stride(from: 2, to: n, by: 17) { scores[i] = .nan }
            for i in stride(from: 3, to: n, by: 23) { scores[i] = i % 2 == 0 ? 0.0 : -0.0 }
            if n > 5 { scores[4] = .infinity; scores[5] = -.infinity }
            var got = [Int32](repeating: 0, count: n)
            scores.withUnsafeBufferPointer { s in got.withUnsafeMutableBufferPointer { kernel.rank(s, into: $0) } }
            #expect(got == Self.referenceRanks(scores), "trial \(trial), \(n) scores")
        }
        // Hand-checked: 5 and 5 + 1e-10 tie for first, −0 and 0 tie, NaN last.
        var ranks = [Int32](repeating: 0, count: 6)
        let scores: [Double] = [0.0, .nan, 5, -0.0, 5 + 1e-10, 3]
        scores.withUnsafeBufferPointer { s in ranks.withUnsafeMutableBufferPointer { kernel.rank(s, into: $0) } }
        #expect(ranks == [4, 6, 1, 4, 1, 3])
    }

    /// Ranks of `cities` cities over `runs` runs, run-major: each run a shuffled cohort where city c sits
    /// near rank c + 1, some cities in two camps (so their distributions are bimodal).
    static func runs(cities: Int, runs: Int, seed: UInt64) -> [Int32] {
        var g = SeededGenerator(seed: seed)
        var out: [Int32] = []
        for k in 0..<runs {
            let scores = (0..<cities).map { c -> Double in
                let camp = c % 10 == 3 && k % 3 == 0 ? Double(cities) / 2 : 0
                return -(Double(c) + camp + 6 * g.nextNormal())
            }
            out += referenceRanks(scores)
        }
        return out
    }

    /// City `c`'s ranks over the runs, sorted: what the analysis sorted before.
    static func sortedRanks(_ all: [Int32], city c: Int, cities: Int) -> [Int32] {
        stride(from: c, to: all.count, by: cities).map { all[$0] }.sorted()
    }

    static func histogram(_ all: [Int32], cities: Int, budget: Int, blockRuns: Int) -> RankHistogram {
        let h = RankHistogram(cities: cities, budgetBytes: budget)
        // Blocks added out of order, as workers finish them: counts do not depend on it.
        let blocks = stride(from: 0, to: all.count, by: blockRuns * cities).map { $0..<min(all.count, $0 + blockRuns * cities) }
        for block in blocks.reversed() { all[block].withUnsafeBufferPointer { h.add($0) } }
        return h
    }

    @Test("with a bin per rank, every percentile and the modes are exactly those of the sorted ranks")
    func exactWhenOneRankPerBin() throws {
        let cities = 60, runCount = 1000
        let all = Self.runs(cities: cities, runs: runCount, seed: 7)
        let h = Self.histogram(all, cities: cities, budget: 256 << 20, blockRuns: 37)
        #expect(h.width == 1)
        var bimodal = 0
        for c in 0..<cities {
            let sorted = Self.sortedRanks(all, city: c, cities: cities), d = h.distribution(c)
            #expect(d.count == runCount)
            for p in [0.05, 0.25, 0.5, 0.75, 0.95, 0, 1] {
                #expect(d.percentile(p) == Percentile.of(sorted, p), "city \(c), p \(p)")
            }
            // The same bits, not nearly: the output must stay byte-identical.
            let modes = RankModes.detect(d), want = RankModes.detect(sorted)
            #expect(modes == want, "city \(c)")
            if modes != nil { bimodal += 1 }
        }
        #expect(bimodal >= 1)          // a camp was seen, so the modes were really compared
    }

    @Test("the bin width is the narrowest within the budget: 1 for 514 cities, 49 ranks for the 80,534 villages")
    func widths() {
        #expect(RankHistogram.width(cities: 514, budgetBytes: SensitivityOptions().rankHistogramBytes) == 1)
        // 512 MiB ÷ (80,534 × 4 bytes) = 1,666 bins; ⌈80,534 ÷ 1,666⌉ = 49.
        #expect(RankHistogram.width(cities: 80_534, budgetBytes: SensitivityOptions().rankHistogramBytes) == 49)
        // 100 bins for 514 cities: ⌈514 ÷ 100⌉ = 6 ranks a bin, so 86 bins.
        #expect(RankHistogram.width(cities: 514, budgetBytes: 514 * 4 * 100) == 6)
        #expect(RankHistogram(cities: 514, budgetBytes: 514 * 4 * 100).bins == 86)
        #expect(RankHistogram.width(cities: 10, budgetBytes: 1) == 10)       // never less than one bin a city
    }

    @Test("with wider bins, every percentile is within (width − 1) / 2 ranks of the exact one")
    func boundedWhenBinned() {
        let cities = 60, runCount = 1000
        let all = Self.runs(cities: cities, runs: runCount, seed: 8)
        for bins in [20, 12, 7] {
            let h = Self.histogram(all, cities: cities, budget: cities * 4 * bins, blockRuns: 50)
            #expect(h.width == (cities + bins - 1) / bins && h.width > 1)
            let bound = Double(h.width - 1) / 2
            var worst = 0.0
            for c in 0..<cities {
                let sorted = Self.sortedRanks(all, city: c, cities: cities), d = h.distribution(c)
                for p in [0.05, 0.25, 0.5, 0.75, 0.95] {
                    let error = abs(d.percentile(p) - Percentile.of(sorted, p))
                    worst = max(worst, error)
                    #expect(error <= bound, "width \(h.width), city \(c), p \(p)")
                }
            }
            #expect(worst > 0)        // the bins really were coarser than the ranks
        }
    }

    @Test("an analysis forced to wide bins stays within the bound, says so in both languages and in JSON, for any thread count")
    func analysisWithWideBins() throws {
        let demo = try Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)
        let r = try Bundled.engine.score(demo, method: ScoringMethod())
        var exact = SensitivityOptions(inputs: [.weights, .normalisation], samples: 400, seed: 3, threads: 1)
        exact.blockBytes = 40_000
        let e = try SensitivityAnalysis.run(r, options: exact)
        #expect(e.rankBinWidth == 1)
        #expect(!SensitivityReport.render(e, format: .json, language: .en).contains("rank_bins"))

        var binned = exact
        binned.rankHistogramBytes = e.cities.count * 4 * 10          // 10 bins a city
        var twoThreads = binned
        twoThreads.threads = 2
        let b = try SensitivityAnalysis.run(r, options: binned), b2 = try SensitivityAnalysis.run(r, options: twoThreads)
        let cities = e.cities.count
        #expect(b.rankBinWidth == (cities + 9) / 10 && b.rankBinWidth > 1)
        let bound = Double(b.rankBinWidth - 1) / 2
        for (x, y) in zip(e.cities, b.cities) {
            #expect(abs(x.medianRank - y.medianRank) <= bound && abs(x.rankP05 - y.rankP05) <= bound && abs(x.rankP95 - y.rankP95) <= bound,
                    "\(x.city.code)")
            #expect(x.scoreMean == y.scoreMean && x.scoreSD == y.scoreSD)      // the scores are not binned
        }
        #expect(e.meanRankShift == b.meanRankShift)
        let json = SensitivityReport.render(b, format: .json, language: .en)
        #expect(json == SensitivityReport.render(b2, format: .json, language: .en))
        #expect(json.contains("\"rank_bins\"") && json.contains("\"width\": \(b.rankBinWidth)"))
        let width = String(b.rankBinWidth), shown = bound == bound.rounded() ? String(Int(bound)) : String(bound).replacingOccurrences(of: ".", with: ",")
        let id = SensitivityReport.render(b, format: .table, language: .id)
        #expect(id.contains("kelompok berisi \(width) peringkat") && id.contains("paling banyak \(shown) peringkat"))
        let en = SensitivityReport.render(b, format: .table, language: .en)
        #expect(en.contains("bins of \(width) ranks"))
        #expect(!SensitivityReport.render(e, format: .table, language: .en).contains("bins of"))
    }
}
