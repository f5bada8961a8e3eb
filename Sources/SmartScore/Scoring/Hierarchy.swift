import Foundation

/// The framework restricted to the in-scope indicators, as the matrices the aggregation multiplies by:
/// indicator → element (weighted membership), element → dimension (weighted membership), indicator →
/// dimension and indicator → pillar (plain membership, for coverage and pillar means).
struct Hierarchy {
    /// In-scope elements, in framework order, as (dimension, element).
    let elements: [(dimension: String, element: String)]
    /// In-scope dimensions, in framework order.
    let dimensions: [String]
    /// The element of each indicator and the dimension of each element (indices into the arrays above).
    let elementOfIndicator: [Int]
    let dimensionOfElement: [Int]
    /// indicators × elements: the indicator's weight where it belongs.
    let indicatorToElement: Matrix
    /// elements × dimensions: the element's weight where it belongs.
    let elementToDimension: Matrix
    /// The dimensions' weights.
    let dimensionWeights: [Double]
    /// Each element's weight within its dimension.
    var elementWeights: [Double] { (0..<elements.count).map { elementToDimension[$0, dimensionOfElement[$0]] } }
    /// indicators × dimensions and indicators × pillars, 1 where the indicator belongs.
    let indicatorInDimension: Matrix
    let indicatorInPillar: Matrix
    /// Framework dimensions with no in-scope indicator.
    let dimensionsOutOfScope: [String]

    init(indicators: [Indicator], framework: Framework, weights: WeightSet) throws {
        var elements: [(String, String)] = []
        var dimensions: [String] = []
        var elementIndex: [String: Int] = [:]
        for d in framework.dimensions {
            var any = false
            for e in d.elements where indicators.contains(where: { $0.dimension == d.id && $0.element == e.id }) {
                elementIndex["\(d.id)/\(e.id)"] = elements.count
                elements.append((d.id, e.id))
                any = true
            }
            if any { dimensions.append(d.id) }
        }
        self.elements = elements
        self.dimensions = dimensions
        dimensionsOutOfScope = framework.dimensions.map(\.id).filter { !dimensions.contains($0) }
        // The catalogue's loader checks every mapping against the framework; an indicator built in code
        // that names a place the framework lacks is refused here rather than trapping.
        elementOfIndicator = try indicators.map { indicator in
            guard let e = elementIndex["\(indicator.dimension)/\(indicator.element)"],
                  Framework.pillarIDs.contains(indicator.pillar) else {
                throw InputError("indicator \(indicator.code) maps to \(indicator.dimension)/\(indicator.element) (pillar \(indicator.pillar)), which the framework does not have",
                                 id: "indikator \(indicator.code) dipetakan ke \(indicator.dimension)/\(indicator.element) (pilar \(indicator.pillar)), yang tidak ada dalam kerangka",
                                 at: indicator.origin)
            }
            return e
        }
        dimensionOfElement = elements.map { pair in dimensions.firstIndex(of: pair.0) ?? 0 }

        var ie = Matrix(rows: indicators.count, columns: elements.count)
        var id = Matrix(rows: indicators.count, columns: dimensions.count)
        var ip = Matrix(rows: indicators.count, columns: Framework.pillarIDs.count)
        for (i, indicator) in indicators.enumerated() {
            ie[i, elementOfIndicator[i]] = weights.indicator(indicator.code)
            id[i, dimensionOfElement[elementOfIndicator[i]]] = 1
            ip[i, Framework.pillarIDs.firstIndex(of: indicator.pillar) ?? 0] = 1
        }
        var ed = Matrix(rows: elements.count, columns: dimensions.count)
        for (k, e) in elements.enumerated() { ed[k, dimensionOfElement[k]] = weights.element(e.0, e.1) }
        indicatorToElement = ie
        elementToDimension = ed
        indicatorInDimension = id
        indicatorInPillar = ip
        dimensionWeights = dimensions.map(weights.dimension)
    }

    /// Weights that leave an in-scope group with nothing to average are an error, named at `--weights`:
    /// all dimension weights zero, all element weights of an in-scope dimension zero, or all indicator
    /// weights of an in-scope element zero.
    func checkWeights(_ weights: WeightSet) throws {
        func refuse(_ what: String) -> InputError {
            InputError("\(what) in the data have weight zero, so nothing is left to average",
                       id: "\(what) dalam data berbobot nol, sehingga tidak ada yang dapat dirata-ratakan", at: SourceLocation(parameter: .weights),
                       hint: "give at least one of them a positive weight (\(weights.name))",
                       hintID: "beri paling sedikit satu di antaranya bobot positif (\(weights.name))")
        }
        if !dimensions.isEmpty && dimensionWeights.allSatisfy({ $0 == 0 }) { throw refuse("all the dimensions") }
        for (d, id) in dimensions.enumerated() where (0..<elements.count).filter({ dimensionOfElement[$0] == d }).allSatisfy({ elementToDimension[$0, d] == 0 }) {
            throw refuse("all the elements of \(id)")
        }
        for (e, pair) in elements.enumerated() where (0..<elementOfIndicator.count).filter({ elementOfIndicator[$0] == e }).allSatisfy({ indicatorToElement[$0, e] == 0 }) {
            throw refuse("all the indicators of \(pair.dimension)/\(pair.element)")
        }
    }
}
