import Foundation
import Testing

@Suite("CLI: smartscore sensitivity and rank --uncertainty")
struct CLISensitivityTests {
    let demo = "datasets/demo/demo_cohort.csv"

    @Test("sensitivity JSON has design.md's keys; the same seed gives the same bytes for any --threads")
    func json() throws {
        let one = try CLI.run(["sensitivity", "--data", demo, "--samples", "140", "--seed", "9", "--format", "json", "--threads", "1"], in: CLI.root)
        #expect(one.status == 0, "\(one.stderr)")
        let two = try CLI.run(["sensitivity", "--data", demo, "--samples", "140", "--seed", "9", "--format", "json", "--threads", "2"], in: CLI.root)
        #expect(one.stdout == two.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as! [String: Any]
        for key in ["samples", "seed", "inputs", "cities", "indices"] { #expect(json[key] != nil, "\(key)") }
        #expect(json["samples"] as? Int == 140 && json["seed"] as? Int == 9)
        let city = (json["cities"] as! [[String: Any]])[0]
        for key in ["rank", "code", "name", "score", "median_rank", "rank_p05", "rank_p95", "score_mean", "score_sd"] { #expect(city[key] != nil, "\(key)") }
        let indices = json["indices"] as! [[String: Any]]
        #expect(indices.map { $0["input"] as! String } == ["weights", "normalisation", "aggregation", "missing", "drop"])
        for key in ["input", "first_order", "total"] { #expect(indices[0][key] != nil) }
        let other = try CLI.run(["sensitivity", "--data", demo, "--samples", "140", "--seed", "10", "--format", "json"], in: CLI.root)
        #expect(other.stdout != one.stdout)
    }

    @Test("rank --uncertainty adds median_rank, rank_p05 and rank_p95 to every ranked city")
    func rankUncertainty() throws {
        let r = try CLI.run(["rank", "--data", demo, "--uncertainty", "50", "--format", "json", "--top", "10"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let cities = (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any])["cities"] as! [[String: Any]]
        #expect(cities.count == 10)
        for city in cities {
            let p05 = city["rank_p05"] as! Double, median = city["median_rank"] as! Double, p95 = city["rank_p95"] as! Double
            #expect(p05 <= median && median <= p95)
        }
    }

    @Test("bad inputs are named: an unknown input, too few samples, z-scores in the set")
    func errors() throws {
        let input = try CLI.run(["sensitivity", "--data", demo, "--inputs", "weights,luck"], in: CLI.root)
        #expect(input.status == 2 && input.stderr.contains("--inputs: 'luck'"))
        let few = try CLI.run(["sensitivity", "--data", demo, "--samples", "3"], in: CLI.root)
        #expect(few.status == 1 && few.stderr.hasPrefix("--samples: error:"))
        // Indices need ten base samples: 69 runs for five inputs are too few, with the way out named.
        let short = try CLI.run(["sensitivity", "--data", demo, "--samples", "69", "--lang", "en"], in: CLI.root)
        #expect(short.status == 1 && short.stderr.contains("at least 70") && short.stderr.contains("--no-indices") && short.stdout.isEmpty)
        let indicatorWeights = try CLI.run(["sensitivity", "--data", demo, "--inputs", "indicator-weights", "--samples", "20", "--no-indices",
                                            "--format", "json"], in: CLI.root)
        #expect(indicatorWeights.status == 0, "\(indicatorWeights.stderr)")
        #expect(indicatorWeights.stdout.contains("\"indicator-weights\""))
        let z = try CLI.run(["sensitivity", "--data", demo, "--normalisations", "goalpost,zscore"], in: CLI.root)
        #expect(z.status == 1 && z.stderr.hasPrefix("--normalisations: error:"))
    }
}
