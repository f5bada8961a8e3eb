/// Competition ranking by index, descending: a score within 1e-9 of the previous one shares its rank
/// and the next rank skips (1, 2, 2, 4). Ties are listed by region code; null scores come last, by code.
public enum Ranking {
    public static let tolerance = 1e-9

    public static func rank(_ scores: [Double], codes: [String]) -> (ranks: [Int?], order: [Int]) {
        let ranked = scores.indices.filter { scores[$0].isFinite }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : codes[$0] < codes[$1] }
        // Group near-equal scores first, then order each group by code.
        var groups: [[Int]] = []
        for k in ranked {
            if let last = groups.last?.last, abs(scores[last] - scores[k]) <= tolerance {
                groups[groups.count - 1].append(k)
            } else {
                groups.append([k])
            }
        }
        var ranks = [Int?](repeating: nil, count: scores.count)
        var order: [Int] = []
        var position = 1
        for group in groups {
            for k in group.sorted(by: { codes[$0] < codes[$1] }) {
                ranks[k] = position
                order.append(k)
            }
            position += group.count
        }
        order += scores.indices.filter { !scores[$0].isFinite }.sorted { codes[$0] < codes[$1] }
        return (ranks, order)
    }
}
