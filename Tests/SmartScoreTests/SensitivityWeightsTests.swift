import Foundation
import Testing
@testable import SmartScore

/// A sensitivity run is the engine: with data-driven weights, a run that draws another normalisation
/// derives its weights again on that normalisation's scores, as `rank` would.
@Suite("Sensitivity: data-driven weights are re-derived for every normalisation a run draws")
struct SensitivityWeightsTests {
    @Test("entropy and PCA runs with one normalisation in the set give every city rank's index for it", arguments: [
        (WeightsSpec.entropy, ScoringMethod.Normalisation.minmax), (.pca, .rank), (.entropy, .rank),
    ])
    func runsEqualTheEngine(weights: WeightsSpec, normalisation: ScoringMethod.Normalisation) throws {
        let workspace = AppTests.workspace
        let analysis = try workspace.sensitivity(AppTests.source, method: MethodSpec(weights: weights),
                                                 options: SensitivityOptions(inputs: [.normalisation], normalisations: [normalisation],
                                                                             samples: 12, indices: false))
        let engine = try workspace.score(AppTests.source, method: MethodSpec(normalisation: normalisation, weights: weights)).result
        #expect(!analysis.cities.isEmpty)
        for city in analysis.cities {
            let k = try #require(engine.cityIndex(code: city.city.code))
            #expect(abs(city.scoreMean - engine.index[k]) <= 1e-9, "\(city.city.code): \(city.scoreMean) vs \(engine.index[k])")
            #expect(city.scoreSD <= 1e-9)
        }
    }
}
