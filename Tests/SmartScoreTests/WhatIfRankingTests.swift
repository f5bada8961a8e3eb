import Foundation
import Testing
@testable import SmartScore

/// The what-if ranking (issue 21's sliders) against the independent path a user already has: `rank` with
/// a weights file that sets the same dimension weights, fitted from scratch.
@Suite("What-if: re-weighing the dimensions of a fitted cohort gives rank --weights FILE's numbers")
struct WhatIfRankingTests {
    static let workspace = AppTests.workspace
    static var source: DataSource { AppTests.source }

    static let trials: [(WhatIfSpec, String)] = [
        (WhatIfSpec(dimensions: ["governance": 3, "branding": 0.5, "living": 2], normalisation: .goalpost, aggregation: .arithmetic), "goalpost"),
        (WhatIfSpec(dimensions: ["economy": 0, "society": 4, "environment": 1.25], normalisation: .minmax, aggregation: .arithmetic), "minmax"),
        (WhatIfSpec(dimensions: ["governance": 0.1, "living": 7], normalisation: .rank, aggregation: .geometric), "rank geometric"),
        (WhatIfSpec(dimensions: ["branding": 2], normalisation: .zscore, aggregation: .arithmetic), "zscore"),
    ]

    /// The weights file `rank --weights FILE` reads for these dimension weights.
    static func weightsFile(_ dimensions: [String: Double], in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("weights-\(UUID().uuidString).yaml")
        let lines = dimensions.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        try ("dimensions:\n" + lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("index, ranks, order, dimension scores and effective weights are the same bits as rank --weights FILE")
    func sameAsRankWithWeightsFile() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whatIf = WhatIfRanking(workspace: Self.workspace, data: try Self.workspace.load(Self.source))
        for (spec, label) in Self.trials {
            let mine = try whatIf.rank(spec).result
            let method = MethodSpec(normalisation: spec.normalisation, aggregation: spec.aggregation,
                                    weights: .file(try Self.weightsFile(spec.dimensions, in: folder)))
            let theirs = try Self.workspace.rank(Self.source, method: method).cohort.result
            #expect(mine.index.map(\.bitPattern) == theirs.index.map(\.bitPattern), "\(label)")
            #expect(mine.ranks == theirs.ranks && mine.order == theirs.order, "\(label)")
            #expect(mine.dimensionScores.storage.map(\.bitPattern) == theirs.dimensionScores.storage.map(\.bitPattern), "\(label)")
            #expect(mine.effectiveWeights?.storage.map(\.bitPattern) == theirs.effectiveWeights?.storage.map(\.bitPattern), "\(label)")
            #expect(mine.model.nominalShares.dimensions.map(\.1) == theirs.model.nominalShares.dimensions.map(\.1), "\(label)")
            // The JSON contract: the same document but for the name of the weights.
            let json = { (r: ScoreResult) in RankReport.render(r, format: .json, language: .en) }
            let name = theirs.method.weights.name
            #expect(json(mine).replacingOccurrences(of: "\"what-if\"", with: "\"\(name)\"") == json(theirs), "\(label)")
        }
    }

    @Test("the weights left out weigh 1, so no weights is the plain ranking")
    func emptyIsEqualWeights() throws {
        let whatIf = WhatIfRanking(workspace: Self.workspace, data: try Self.workspace.load(Self.source))
        let mine = try whatIf.rank(WhatIfSpec()).result
        let plain = try Self.workspace.rank(Self.source, method: MethodSpec()).cohort.result
        #expect(mine.index.map(\.bitPattern) == plain.index.map(\.bitPattern))
        #expect(RankReport.render(mine, format: .json, language: .en) == RankReport.render(plain, format: .json, language: .en))
    }

    @Test("an unknown dimension, a negative, infinite or huge weight, and all weights zero are errors at the weights")
    func refusals() throws {
        let whatIf = WhatIfRanking(workspace: Self.workspace, data: try Self.workspace.load(Self.source))
        let zero = Dictionary(uniqueKeysWithValues: Framework.dimensionIDs.map { ($0, 0.0) })
        for dimensions in [["mobility": 1.0], ["living": -1], ["living": .infinity], ["living": .nan], ["living": 1e9], zero] {
            #expect(throws: InputError.self) { try whatIf.rank(WhatIfSpec(dimensions: dimensions)) }
            do { _ = try whatIf.rank(WhatIfSpec(dimensions: dimensions)) } catch let error as InputError {
                #expect(error.location?.parameter == .weights)
            }
        }
    }

    @Test("fitted once per method: a re-weighing of the 100-city demo takes well under 50 ms")
    func fast() throws {
        let whatIf = WhatIfRanking(workspace: Self.workspace, data: try Self.workspace.load(Self.source))
        _ = try whatIf.rank(WhatIfSpec())
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for w in stride(from: 0.5, through: 5, by: 0.5) { _ = try whatIf.rank(WhatIfSpec(dimensions: ["living": w])) }
        }
        // Ten re-weighings in a debug build; the release build is several times faster.
        #expect(elapsed < .milliseconds(500), "10 re-weighings took \(elapsed)")
    }
}
