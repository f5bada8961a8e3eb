import Foundation

/// The scored catalogue laid on the framework: how many scored catalogue indicators each framework
/// element has, and which framework element each of a model's indicators belongs to. It is what
/// catalogue coverage (Scoring/README.md §4) is measured against: not the indicators the data happens to
/// carry, but every scored indicator the catalogue defines, on every dimension and element of the framework.
public struct CatalogueScope: Sendable {
    /// Every framework element, in framework order.
    public let elements: [(dimension: String, element: String)]
    /// Every framework dimension, in framework order.
    public let dimensions: [String]
    /// Scored catalogue indicators per framework element (same order as `elements`).
    public let elementCounts: [Int]
    /// The framework dimension of each element (an index into `dimensions`).
    let dimensionOfElement: [Int]
    /// The scored catalogue's codes.
    let codes: Set<String>

    /// `catalogue`: the catalogue's indicators (those not scored are ignored). `inScope`: the model's
    /// indicators, which always count as the catalogue's, so that nothing in the index can lie outside it
    /// (a code-built cohort without a catalogue measures against its own indicators).
    init(framework: Framework, catalogue: [Indicator], inScope: [Indicator]) {
        var elements: [(String, String)] = [], dimensionOfElement: [Int] = [], position: [String: Int] = [:]
        for (d, dimension) in framework.dimensions.enumerated() {
            for element in dimension.elements {
                position["\(dimension.id)/\(element.id)"] = elements.count
                elements.append((dimension.id, element.id))
                dimensionOfElement.append(d)
            }
        }
        var counts = [Int](repeating: 0, count: elements.count)
        var codes = Set<String>()
        for indicator in catalogue.filter(\.isScored) + inScope where !codes.contains(indicator.code) {
            guard let e = position["\(indicator.dimension)/\(indicator.element)"] else { continue }
            codes.insert(indicator.code)
            counts[e] += 1
        }
        self.elements = elements
        self.dimensions = framework.dimensions.map(\.id)
        self.dimensionOfElement = dimensionOfElement
        self.elementCounts = counts
        self.codes = codes
    }

    /// Scored catalogue indicators per framework dimension.
    public var dimensionCounts: [Int] {
        var counts = [Int](repeating: 0, count: dimensions.count)
        for (e, n) in elementCounts.enumerated() { counts[dimensionOfElement[e]] += n }
        return counts
    }

    /// Scored catalogue indicators in all.
    public var total: Int { elementCounts.reduce(0, +) }

    /// indicators × framework elements: 1 where the indicator belongs (the model's indicators all map to
    /// an element of the framework; the hierarchy refused any that does not).
    func membership(of indicators: [Indicator]) -> Matrix {
        var position: [String: Int] = [:]
        for (e, pair) in elements.enumerated() { position["\(pair.dimension)/\(pair.element)"] = e }
        var m = Matrix(rows: indicators.count, columns: elements.count)
        for (i, indicator) in indicators.enumerated() {
            if let e = position["\(indicator.dimension)/\(indicator.element)"] { m[i, e] = 1 }
        }
        return m
    }

    /// The coverage of present-indicator counts per framework element (`present[e]`) against the catalogue.
    func coverage(present: [Int]) -> CoverageAgainstCatalogue {
        func part(_ present: Int, _ catalogue: Int) -> CoverageAgainstCatalogue.Part {
            .init(present: present, catalogue: catalogue, share: catalogue > 0 ? Double(present) / Double(catalogue) : nil)
        }
        var perDimension = [Int](repeating: 0, count: dimensions.count)
        for (e, n) in present.enumerated() { perDimension[dimensionOfElement[e]] += n }
        let dimensionCounts = self.dimensionCounts
        var dimensionParts: [String: CoverageAgainstCatalogue.Part] = [:], elementParts: [String: CoverageAgainstCatalogue.Part] = [:]
        for (d, id) in dimensions.enumerated() { dimensionParts[id] = part(perDimension[d], dimensionCounts[d]) }
        for (e, pair) in elements.enumerated() { elementParts["\(pair.dimension)/\(pair.element)"] = part(present[e], elementCounts[e]) }
        return CoverageAgainstCatalogue(
            overall: part(present.reduce(0, +), total), dimensions: dimensionParts, elements: elementParts,
            dimensionsWithoutData: dimensions.indices.filter { perDimension[$0] == 0 }.map { dimensions[$0] },
            elementsWithoutData: elements.indices.filter { present[$0] == 0 }.map { "\(elements[$0].dimension)/\(elements[$0].element)" },
            frameworkDimensions: dimensions.count, frameworkElements: elements.count)
    }
}

/// How much of the scored catalogue a city's data (or a cohort's) carries: indicators with a value ÷ the
/// catalogue's scored indicators, overall, per framework dimension and per framework element, with the
/// dimensions and elements no value reaches. Not the coverage the index rests on (that is over the in-scope
/// indicators, Scoring/README.md §4): a file with ten indicators can be 100 % covered in scope and 8 %
/// against the catalogue, and the reports say both.
public struct CoverageAgainstCatalogue: Sendable, Codable, Equatable {
    public struct Part: Sendable, Codable, Equatable {
        /// Scored indicators with a value (for the city; for the cohort: for at least one city).
        public let present: Int
        /// Scored indicators the catalogue defines here.
        public let catalogue: Int
        /// `present ÷ catalogue`; nil when the catalogue defines none here.
        public let share: Double?
    }

    public let overall: Part
    /// Every framework dimension, keyed by id.
    public let dimensions: [String: Part]
    /// Every framework element, keyed by `dimension/element`.
    public let elements: [String: Part]
    /// Framework dimensions and elements (`dimension/element`) without any value, in framework order.
    public let dimensionsWithoutData: [String]
    public let elementsWithoutData: [String]
    /// How many dimensions and elements the framework has.
    public let frameworkDimensions: Int
    public let frameworkElements: Int

    /// Dimensions with at least one value: what an index can rest on.
    public var dimensionsWithData: Int { frameworkDimensions - dimensionsWithoutData.count }
    public var elementsWithData: Int { frameworkElements - elementsWithoutData.count }
    /// The elements without data that lie in a dimension with data (the others go without saying).
    public var elementsWithoutDataInDimensionsWithData: [String] {
        let missing = Set(dimensionsWithoutData)
        return elementsWithoutData.filter { !missing.contains(String($0.split(separator: "/")[0])) }
    }
}
