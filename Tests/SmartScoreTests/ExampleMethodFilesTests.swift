import Foundation
import Testing
@testable import SmartScore

/// The example weights, AHP and targets files load through the real loaders, and say what they do: the
/// numbers their comments promise are the numbers the engine derives from them.
@Suite("Example method files: datasets/examples/{weights,ahp,targets}.yaml load and mean what their comments say")
struct ExampleMethodFilesTests {
    static func path(_ name: String) -> String { TestPaths.root.appendingPathComponent("datasets/examples/\(name)").path }

    @Test("weights.yaml: every weight as written, unset ones 1; governance's share of the index is 2 / 7.5")
    func weights() throws {
        let set = try WeightsFile.load(path: Self.path("weights.yaml"), catalogue: Bundled.catalogue)
        #expect(set.kind == .file && set.name == "file:" + Self.path("weights.yaml"))
        #expect(set.dimension("governance") == 2 && set.dimension("branding") == 0.5 && set.dimension("living") == 2)
        #expect(set.dimension("economy") == 1 && set.dimension("society") == 1 && set.dimension("environment") == 1)
        #expect(set.element("economy", "community_welfare") == 2 && set.element("economy", "industry_ecosystem") == 1)
        #expect(set.element("living", "health") == 1.5)
        #expect(set.indicator("37120:13.2") == 2 && set.indicator("local:E.1") == 1.5 && set.indicator("37122:10.2") == 0)
        let result = try Bundled.engine.score(ReportTests.demo, method: ScoringMethod(weights: set))
        let shares = Dictionary(uniqueKeysWithValues: result.model.appliedWeights.dimensions.map { ($0.id, $0.shareOfIndex) })
        #expect(abs(shares["governance"]! - 2 / 7.5) < 1e-12 && abs(shares["branding"]! - 0.5 / 7.5) < 1e-12)
    }

    @Test("ahp.yaml: three consistent blocks (CR ≤ 0.1), the dimensions' CR ≈ 0.012 and λmax ≈ 6.072 as its comment says")
    func ahp() throws {
        let (set, results) = try AHPFile.load(path: Self.path("ahp.yaml"), framework: Bundled.catalogue.framework, allowInconsistent: false)
        #expect(set.consistency.map(\.block) == ["dimensions", "elements/governance", "elements/living"])
        #expect(set.consistency.map(\.size) == [6, 3, 3])
        #expect(set.consistency.allSatisfy { $0.consistencyRatio <= AHP.maximumConsistencyRatio && !$0.acceptedInconsistent })
        #expect(abs(results[0].consistencyRatio - 0.012) < 0.0005 && abs(results[0].lambdaMax - 6.072) < 0.0005)
        #expect(set.consistency[0].randomIndex == 1.24 && set.consistency[1].randomIndex == 0.58)
        // Governance and living are judged alike and above the others; branding least.
        #expect(abs(set.dimension("governance") - set.dimension("living")) < 1e-12)
        #expect(Framework.dimensionIDs.allSatisfy { set.dimension("branding") <= set.dimension($0) })
    }

    @Test("targets.yaml: three indicator and two dimension targets; unemployment 4 % is a target score of 80 on the goalposts")
    func targets() throws {
        let targets = try TargetsFile.load(path: Self.path("targets.yaml"), catalogue: Bundled.catalogue)
        #expect(targets.indicators == ["37120:5.1": 4, "37120:11.1": 73, "37120:23.1": 100])
        #expect(targets.dimensions == ["governance": 80, "branding": 70])
        let result = try Bundled.engine.score(ReportTests.demo, method: ScoringMethod(targets: targets))
        let i = try #require(result.indicators.firstIndex { $0.code == "37120:5.1" })
        // Goalposts: worst 12 %, best 2 %: (4 − 12) / (2 − 12) = 0.8.
        #expect(abs(result.indicatorTargets[i] - 80) < 1e-9)
        #expect(result.dimensionTargets[result.dimensions.firstIndex(of: "governance")!] == 80)
    }
}
