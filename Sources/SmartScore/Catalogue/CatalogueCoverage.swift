import Foundation

/// How well the catalogue covers the framework: the count of scored indicators per element and per
/// dimension, and the shortfalls against the rule that every element has at least two scored
/// indicators and every dimension at least eight (so that no element or dimension rests on one number).
public struct CatalogueCoverage: Sendable {
    public static let minimumPerElement = 2
    public static let minimumPerDimension = 8

    /// Scored indicators per `dimension/element`.
    public let perElement: [String: Int]
    /// Scored indicators per dimension.
    public let perDimension: [String: Int]
    /// Scored indicators per pillar.
    public let perPillar: [String: Int]
    public let problems: [String]

    public init(_ catalogue: Catalogue) {
        var perElement: [String: Int] = [:], perDimension: [String: Int] = [:], perPillar: [String: Int] = [:]
        for i in catalogue.scored {
            perElement["\(i.dimension)/\(i.element)", default: 0] += 1
            perDimension[i.dimension, default: 0] += 1
            perPillar[i.pillar, default: 0] += 1
        }
        var problems: [String] = []
        for d in catalogue.framework.dimensions {
            for e in d.elements where perElement["\(d.id)/\(e.id)", default: 0] < Self.minimumPerElement {
                problems.append("element \(d.id)/\(e.id) has \(perElement["\(d.id)/\(e.id)", default: 0]) scored indicators; at least \(Self.minimumPerElement) are needed")
            }
            if perDimension[d.id, default: 0] < Self.minimumPerDimension {
                problems.append("dimension \(d.id) has \(perDimension[d.id, default: 0]) scored indicators; at least \(Self.minimumPerDimension) are needed")
            }
        }
        self.perElement = perElement
        self.perDimension = perDimension
        self.perPillar = perPillar
        self.problems = problems
    }
}
