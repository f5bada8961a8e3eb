import Foundation

/// How many of the framework's dimensions a city's index rests on: fewer than all when whole dimensions
/// have no data, and then the level is only a partial verdict (Scoring/README.md §4).
public struct IndexBasis: Sendable, Codable, Equatable {
    /// Dimensions with a score that the index averages.
    public let dimensions: Int
    /// Dimensions the framework has.
    public let frameworkDimensions: Int
    /// Whether the index rests on every dimension of the framework.
    public var isComplete: Bool { dimensions == frameworkDimensions }
}

extension ScoreResult {
    /// City `c`'s coverage against the scored catalogue (README §4): its in-scope indicators with a value
    /// ÷ the catalogue's scored indicators, overall, per framework dimension and per framework element.
    public func catalogueCoverage(ofCity c: Int) -> CoverageAgainstCatalogue {
        model.catalogueScope.coverage(present: (0..<presentPerFrameworkElement.columns).map { Int(presentPerFrameworkElement[c, $0].rounded()) })
    }

    /// What a ranking shows of city `c`'s coverage against the catalogue: the overall share and the
    /// dimensions without data (as `catalogueCoverage(ofCity:)` gives them), without building the parts per
    /// dimension and element that a ranking row does not show (80,534 times for a village cohort).
    public func catalogueCoverageBrief(ofCity c: Int) -> (share: Double?, dimensionsWithoutData: [String]) {
        let scope = model.catalogueScope
        var perDimension = [Int](repeating: 0, count: scope.dimensions.count)
        for e in 0 ..< presentPerFrameworkElement.columns {
            perDimension[scope.dimensionOfElement[e]] += Int(presentPerFrameworkElement[c, e].rounded())
        }
        let present = perDimension.reduce(0, +), total = scope.total
        return (total > 0 ? Double(present) / Double(total) : nil,
                scope.dimensions.indices.filter { perDimension[$0] == 0 }.map { scope.dimensions[$0] })
    }

    /// The cohort's coverage against the scored catalogue: the in-scope indicators with a value for at
    /// least one city of this cohort ÷ the catalogue's scored indicators.
    public var catalogueCoverage: CoverageAgainstCatalogue {
        let scope = model.catalogueScope
        let anyValue = input.values.presenceMask().columnSums().map { $0 > 0 }
        let membership = scope.membership(of: indicators)
        var present = [Int](repeating: 0, count: scope.elements.count)
        for i in indicators.indices where anyValue[i] {
            for e in 0..<scope.elements.count where membership[i, e] == 1 { present[e] += 1 }
        }
        return scope.coverage(present: present)
    }

    /// How many of the framework's dimensions city `c`'s index rests on; nil when the index is null.
    public func indexBasis(_ c: Int) -> IndexBasis? {
        guard index[c].isFinite else { return nil }
        let scored = dimensions.indices.filter { dimensionScores[c, $0].isFinite }.count
        return IndexBasis(dimensions: scored, frameworkDimensions: framework.dimensions.count)
    }
}
