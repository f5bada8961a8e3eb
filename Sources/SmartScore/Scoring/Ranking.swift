import Foundation

/// Competition ranking by index, descending: a score within 1e-9 of the previous one shares its rank
/// and the next rank skips (1, 2, 2, 4). Ties are listed by region code; null scores come last, by code.
public enum Ranking {
    public static let tolerance = 1e-9

    public static func rank(_ scores: [Double], codes: [String]) -> (ranks: [Int?], order: [Int]) {
        // The tie rule lives in RankKernel (the sensitivity runs use it too); here only finite scores take part.
        let finite = scores.indices.filter { scores[$0].isFinite }
        var order = [Int](repeating: 0, count: finite.count), kernelRanks = [Int32](repeating: 0, count: finite.count)
        RankKernel.rank(finite.map { scores[$0] }, order: &order, ranks: &kernelRanks)
        var ranks = [Int?](repeating: nil, count: scores.count)
        for (k, i) in finite.enumerated() { ranks[i] = Int(kernelRanks[k]) }
        let ranked = finite.sorted { ranks[$0]! != ranks[$1]! ? ranks[$0]! < ranks[$1]! : codes[$0] < codes[$1] }
        return (ranks, ranked + scores.indices.filter { !scores[$0].isFinite }.sorted { codes[$0] < codes[$1] })
    }
}
