import Foundation
import Testing
@testable import SmartScore

/// Two groups of ranks are found when they are there, and only then.
@Suite("Rank distributions split in two")
struct RankModesTests {
    /// `count` ranks around `centre` (a rounded normal of deviation `sd`, at least 1), from a seeded stream.
    static func ranks(around centre: Double, sd: Double, count: Int, seed: UInt64) -> [Int32] {
        var g = SeededGenerator(seed: seed)
        return (0..<count).map { _ in Int32(max(1, (centre + sd * g.nextNormal()).rounded())) }
    }

    @Test("two groups at about 9 and 62 are found, with their shares")
    func twoGroups() throws {
        let sample = (Self.ranks(around: 9, sd: 1.5, count: 1100, seed: 1) + Self.ranks(around: 62, sd: 4, count: 900, seed: 2)).sorted()
        let m = try #require(RankModes.detect(sample))
        #expect(abs(m.modes[0] - 9) <= 1 && abs(m.modes[1] - 62) <= 2, "\(m.modes)")
        #expect(abs(m.shares[0] - 0.55) < 0.005 && abs(m.shares[1] - 0.45) < 0.005)
    }

    @Test("one group, two neighbouring ranks, a flat spread and a small minority are not split")
    func notSplit() {
        #expect(RankModes.detect(Self.ranks(around: 30, sd: 5, count: 2000, seed: 3).sorted()) == nil)
        #expect(RankModes.detect((Array(repeating: Int32(5), count: 1000) + Array(repeating: 6, count: 1000)).sorted()) == nil)
        #expect(RankModes.detect((0..<2000).map { Int32(1 + $0 % 100) }.sorted()) == nil)
        let minority = (Self.ranks(around: 10, sd: 1, count: 1900, seed: 4) + Self.ranks(around: 60, sd: 1, count: 100, seed: 5)).sorted()
        #expect(RankModes.detect(minority) == nil)                 // 5 % of the runs is not a group
        #expect(RankModes.detect([Int32](repeating: 7, count: 500)) == nil)
        #expect(RankModes.detect([3, 40]) == nil)                  // too few runs to tell
    }
}
