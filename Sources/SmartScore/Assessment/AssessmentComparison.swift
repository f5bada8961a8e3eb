import Foundation

/// Two editions of the evaluation side by side: the improvement index (this year's final minus last year's,
/// evaluation.md §6.3) for every region in both, the change of rank and of each component both editions
/// score, and the regions in only one. A region that did not take part in the earlier edition has no
/// improvement ("-" in the ministry's table), not an improvement from 0.
public struct AssessmentComparison: Sendable {
    public struct Row: Sendable {
        public let code: String?
        public let name: String
        public let earlier: AssessmentRanking.Entry?
        public let later: AssessmentRanking.Entry?
        /// later final − earlier final, unrounded; `nil` without a score in both.
        public var improvement: Double? {
            guard let earlier, let later else { return nil }
            return later.final - earlier.final
        }
        /// As printed in the later table.
        public var printedImprovement: Double? { later?.region.printedImprovement }
        /// The change of each component scored in both, in the later rubric's order.
        public var componentChanges: [(component: RubricComponent, change: Double)] {
            guard let earlier, let later else { return [] }
            return later.region.components.compactMap { c in
                earlier.region.component(c.component.id).map { (c.component, c.score - $0.score) }
            }
        }
    }

    public let earlier: AssessmentRanking
    public let later: AssessmentRanking
    /// Regions with a score in the later edition, in its rank order; then those scored only earlier.
    public let rows: [Row]

    public init(earlier: AssessmentRanking, later: AssessmentRanking) {
        self.earlier = earlier
        self.later = later
        let before = Dictionary(earlier.entries.map { ($0.region.key, $0) }, uniquingKeysWith: { a, _ in a })
        let laterKeys = Set(later.entries.map(\.region.key))
        rows = later.entries.map { Row(code: $0.region.code, name: $0.region.name, earlier: before[$0.region.key], later: $0) }
            + earlier.entries.filter { !laterKeys.contains($0.region.key) }.map { Row(code: $0.region.code, name: $0.region.name, earlier: $0, later: nil) }
    }

    /// Rows with a score in both editions.
    public var matched: [Row] { rows.filter { $0.earlier != nil && $0.later != nil } }

    /// How far a recomputed improvement may lie from the printed one: 0.010, the bound verified on the 32 regions
    /// of both published tables (evaluation.md §6.3; the largest gap found is 0.009).
    public static let improvementTolerance = 0.010
    public var tolerance: Double { Self.improvementTolerance }

    /// Rows whose printed improvement differs from the recomputed one by more than the tolerance.
    public var outsideTolerance: [Row] {
        matched.filter { row in row.printedImprovement.map { abs($0 - (row.improvement ?? 0)) > tolerance + 1e-9 } ?? false }
    }

    /// Spearman's rank correlation of the two editions' finals over the matched regions.
    public var rankCorrelation: Double? {
        let pairs = matched.compactMap { row in row.earlier.flatMap { e in row.later.map { (e.final, $0.final) } } }
        return RankCorrelation.spearman(pairs.map(\.0), pairs.map(\.1))
    }
}

/// Spearman's rank correlation (ties get their mean rank), as a Pearson correlation of the ranks.
public enum RankCorrelation {
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 3 else { return nil }
        let rx = midRanks(x), ry = midRanks(y)
        let n = Double(x.count)
        let mx = rx.reduce(0, +) / n, my = ry.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in rx.indices {
            sxy += (rx[i] - mx) * (ry[i] - my)
            sxx += (rx[i] - mx) * (rx[i] - mx)
            syy += (ry[i] - my) * (ry[i] - my)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Ranks 1…n, ties sharing the mean of the ranks they span.
    public static func midRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] < values[$1] : $0 < $1 }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && values[order[j + 1]] == values[order[i]] { j += 1 }
            let mean = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = mean }
            i = j + 1
        }
        return ranks
    }
}
