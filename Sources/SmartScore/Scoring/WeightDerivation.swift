import Foundation

/// Indicator weights derived from the data: entropy and PCA. Both set indicator weights (renormalised
/// within each element by the aggregation); element and dimension weights stay equal. Each is computed
/// on the normalised scores of the cohort, so it reflects the cohort being scored.
public enum WeightDerivation {
    /// The weights of `requested` (entropy or PCA; its name and options kept) derived on `scores`.
    static func derive(_ requested: WeightSet, scores: Matrix, indicators: [Indicator], framework: Framework? = nil) throws -> WeightSet {
        var set = requested
        set.indicators = [:]
        set.pcaGroups = []
        switch requested.kind {
        case .entropy:
            for (i, w) in entropy(scores).enumerated() { set.indicators[indicators[i].code] = w }
        case .pca:
            set.pcaGroups = try pcaByElement(scores, indicators: indicators, allowSmallGroups: requested.allowSmallPCAGroups, framework: framework)
            for group in set.pcaGroups { for (code, w) in zip(group.indicators, group.weights) { set.indicators[code] = w } }
        default:
            return requested
        }
        return set
    }

    /// Handbook PCA weights (HandbookPCA) within each element: the indicators of an element are the group
    /// whose common factors weight them, as the element is the level their weights are renormalised in.
    /// A group of several indicators with no more cities (with a value in it) than indicators has a singular
    /// correlation matrix (rank at most cities − 1), and is refused unless `allowSmallGroups` (the error names elements by `framework`, when given).
    static func pcaByElement(_ scores: Matrix, indicators: [Indicator], allowSmallGroups: Bool, framework: Framework? = nil) throws -> [PCAGroupSummary] {
        var order: [String] = [], members: [String: [Int]] = [:]
        for (i, indicator) in indicators.enumerated() {
            let key = "\(indicator.dimension)/\(indicator.element)"
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        let mask = scores.presenceMask()
        var groups: [PCAGroupSummary] = [], small: [(String, Int, Int)] = []
        for key in order {
            let columns = members[key]!
            let cities = (0..<scores.rows).filter { c in columns.contains { mask[c, $0] > 0 } }.count
            let tooFew = columns.count > 1 && cities <= columns.count
            if tooFew { small.append((key, columns.count, cities)) }
            let derivation = try HandbookPCA.derive(scores.selectingColumns(columns))
            groups.append(PCAGroupSummary(element: key, indicators: columns.map { indicators[$0].code }, cities: cities,
                                          derivation: derivation, smallSampleAccepted: tooFew))
        }
        if !small.isEmpty && !allowSmallGroups {
            func list(_ t: Localizer) -> String {
                small.map { t(.weightsPCAGroup, ["element": framework?.plainName(of: $0.0, t.language) ?? $0.0, "indicators": String($0.1), "cities": String($0.2)]) }.joined(separator: ", ")
            }
            var error = InputError(.weightsPCASmallGroups, ["groups": list(Localizer(.en))], at: SourceLocation(parameter: .weights),
                                   hint: .weightsPCASmallGroupsHint)
            error.messageID = Localizer(.id)(.weightsPCASmallGroups, ["groups": list(Localizer(.id))])
            throw error
        }
        return groups
    }

    /// Shannon-entropy weights: for each indicator, `p_c = x_c / Σ x` over the cities with a value,
    /// `e = −Σ p ln p / ln m`, divergence `d = 1 − e`, and `w = d / Σ d` (a column where every city scores
    /// the same carries no information and gets 0). Scores must be non-negative (not z-scores).
    public static func entropy(_ scores: Matrix) -> [Double] {
        let divergence = (0..<scores.columns).map { j -> Double in
            let x = scores.presentValues(inColumn: j).map { max(0, $0) }
            let total = x.reduce(0, +)
            guard x.count > 1, total > 0 else { return 0 }
            let h = x.reduce(0.0) { acc, v in v > 0 ? acc - (v / total) * log(v / total) : acc }
            return max(0, 1 - h / log(Double(x.count)))
        }
        let sum = divergence.reduce(0, +)
        return sum > 0 ? divergence.map { $0 / sum } : divergence.map { _ in 1 }
    }
}
