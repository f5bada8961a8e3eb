import Foundation

/// A cohort ranked as the ministry's tables allow: by the final score at the precision it is published
/// (2 decimals, halves up), so regions printed alike share a rank ("1, 2, 2, 4"), ties listed by name. The
/// ranking is overall and within each group; regions that did not take part are listed, never ranked, and
/// left out of every statistic (evaluation.md §6.4).
public struct AssessmentRanking: Sendable {
    public struct Entry: Sendable {
        public let region: RegionScore
        /// The final, unrounded.
        public let final: Double
        /// The final as published: rounded half up to the rubric's decimals. The rank is taken on it.
        public let shown: Double
        public let rank: Int
        /// How many regions share the rank (1 when none ties).
        public let tiedWith: Int
        public let groupRank: Int
        public let groupSize: Int
        /// The rank by the printed final, when every participant has one: the order of the ministry's own
        /// table, which may differ where a printed final cannot be reproduced (2022, §6.2).
        public let printedRank: Int?
        /// Recomputed minus printed final, when the table printed one.
        public var difference: Double? { region.printedFinal.map { final - $0 } }
    }

    /// Quartiles of a score over the participants (linear interpolation between order statistics, as
    /// spreadsheets' QUARTILE.INC and numpy's default compute them).
    public struct Spread: Sendable {
        public let minimum: Double, lowerQuartile: Double, median: Double, upperQuartile: Double, maximum: Double
        public let count: Int

        public init?(_ values: [Double]) {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return nil }
            func quantile(_ p: Double) -> Double {
                let h = p * Double(sorted.count - 1)
                let lo = Int(h.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
                return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
            }
            minimum = sorted[0]; maximum = sorted[sorted.count - 1]
            lowerQuartile = quantile(0.25); median = quantile(0.5); upperQuartile = quantile(0.75)
            count = sorted.count
        }
    }

    public let rubric: Rubric
    /// The participants, best first.
    public let entries: [Entry]
    /// Regions listed as not taking part, in table order.
    public let nonParticipants: [RegionScore]
    public let file: String?

    public init(rubric: Rubric, regions: [RegionScore], file: String? = nil) {
        self.rubric = rubric
        self.file = file
        let participants = regions.filter { $0.participated && $0.final != nil }
        nonParticipants = regions.filter { !$0.participated || $0.final == nil }
        let scored = participants.map { (region: $0, final: $0.final ?? 0, shown: rubric.printed($0.final ?? 0)) }
        let ordered = scored.sorted { a, b in
            if a.shown != b.shown { return a.shown > b.shown }
            if a.region.name != b.region.name { return a.region.name < b.region.name }
            return (a.region.code ?? "") < (b.region.code ?? "")
        }
        func ranks(_ list: [(region: RegionScore, final: Double, shown: Double)]) -> [(rank: Int, tied: Int)] {
            var out: [(Int, Int)] = []
            var i = 0
            while i < list.count {
                var j = i
                while j + 1 < list.count && list[j + 1].shown == list[i].shown { j += 1 }
                out += Array(repeating: (i + 1, j - i + 1), count: j - i + 1)
                i = j + 1
            }
            return out
        }
        let overall = ranks(ordered)
        // The same ranking on the printed finals, where the table prints them all.
        var printedRanks: [String: Int] = [:]
        if !ordered.isEmpty, ordered.allSatisfy({ $0.region.printedFinal != nil }) {
            let byPrinted = ordered.map { (region: $0.region, final: $0.final, shown: $0.region.printedFinal ?? 0) }
                .sorted { a, b in a.shown != b.shown ? a.shown > b.shown : a.region.name < b.region.name }
            for (k, r) in ranks(byPrinted).enumerated() { printedRanks[byPrinted[k].region.key] = r.rank }
        }
        var groupRanks: [String: [(rank: Int, tied: Int)]] = [:]
        var groupSeen: [String: Int] = [:]
        for group in rubric.groups { groupRanks[group.id] = ranks(ordered.filter { $0.region.group.id == group.id }) }
        entries = ordered.enumerated().map { i, item in
            let g = item.region.group.id
            let k = groupSeen[g, default: 0]
            groupSeen[g] = k + 1
            return Entry(region: item.region, final: item.final, shown: item.shown, rank: overall[i].rank, tiedWith: overall[i].tied,
                         groupRank: groupRanks[g]?[k].rank ?? 0, groupSize: groupRanks[g]?.count ?? 0, printedRank: printedRanks[item.region.key])
        }
    }

    /// Participants whose rank on the printed finals differs from their rank on the recomputed ones.
    public var rankedDifferentlyWhenPrinted: [Entry] { entries.filter { $0.printedRank != nil && $0.printedRank != $0.rank } }

    /// The entry of a region by code, or by name (any case).
    public func entry(_ query: String) -> Entry? {
        entries.first { $0.region.code == query } ?? entries.first { $0.region.name.caseInsensitiveCompare(query) == .orderedSame }
    }

    /// The spread of a component's scores (or of the final, for `nil`) over the participants, optionally of one group.
    public func spread(_ component: String?, group: String? = nil) -> Spread? {
        let chosen = entries.filter { group == nil || $0.region.group.id == group }
        return Spread(chosen.compactMap { entry in component.map { entry.region.component($0)?.score } ?? entry.final })
    }

    /// Participants whose recomputed final lies further from the printed one than the documents' rounding allows.
    public var outsideTolerance: [Entry] {
        entries.filter { ($0.difference.map(abs) ?? 0) > rubric.publishedTolerance + 1e-9 }
    }

    /// The largest |recomputed − printed| over the participants with a printed final.
    public var largestDifference: Double? { entries.compactMap { $0.difference.map(abs) }.max() }
}
