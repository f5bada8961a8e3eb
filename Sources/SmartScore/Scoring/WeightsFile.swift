import Foundation

/// Reads a weights file: dimension, element and indicator weights (unset ones stay 1).
///
/// ```yaml
/// dimensions: {governance: 2, branding: 1, economy: 1.5}
/// elements:
///   governance: {public_services: 2, bureaucratic_management: 1, public_policy: 1}
/// indicators: {"37120:5.1": 2}
/// ```
/// Negative weights, unknown ids and groups whose weights are all zero are errors.
public enum WeightsFile {
    public static func load(path: String, catalogue: Catalogue) throws -> WeightSet {
        let root = try YAMLNode.load(path: path)
        try root.rejectUnknownKeys(["dimensions", "elements", "indicators"], in: "a weights file")
        var set = WeightSet(kind: .file, name: "file:\(path)")
        let framework = catalogue.framework
        if let node = try root.optional("dimensions") {
            for (key, value) in try node.pairs() {
                let id = try key.string()
                guard framework.dimension(id) != nil else {
                    throw key.error(.loaderUnknownDimension, ["dimension": id], hint: .loaderUseOneOfHint,
                                    hintArguments: ["values": Framework.dimensionIDs.joined(separator: ", ")])
                }
                set.dimensions[id] = try weight(value)
            }
            if Framework.dimensionIDs.allSatisfy({ set.dimension($0) == 0 }) {
                throw node.error(.weightsFileDimensionsZero, hint: .weightsFileDimensionsZeroHint)
            }
        }
        if let node = try root.optional("elements") {
            for (dimensionKey, group) in try node.pairs() {
                let dimensionID = try dimensionKey.string()
                guard let dimension = framework.dimension(dimensionID) else {
                    throw dimensionKey.error(.loaderUnknownDimension, ["dimension": dimensionID], hint: .loaderUseOneOfHint,
                                    hintArguments: ["values": Framework.dimensionIDs.joined(separator: ", ")])
                }
                for (key, value) in try group.pairs() {
                    let id = try key.string()
                    guard dimension.elements.contains(where: { $0.id == id }) else {
                        throw key.error(.loaderUnknownElement, ["element": id, "dimension": dimensionID], hint: .loaderElementsAreHint,
                                        hintArguments: ["elements": dimension.elements.map(\.id).joined(separator: ", ")])
                    }
                    set.elements["\(dimensionID)/\(id)"] = try weight(value)
                }
                if dimension.elements.allSatisfy({ set.element(dimensionID, $0.id) == 0 }) {
                    throw group.error(.weightsFileElementsZero, ["dimension": dimensionID], hint: .weightsFileElementsZeroHint)
                }
            }
        }
        if let node = try root.optional("indicators") {
            for (key, value) in try node.pairs() {
                let code = try key.string()
                guard catalogue[code] != nil else {
                    throw key.error(.loaderUnknownIndicator, ["code": code], hint: .loaderDidYouMeanHint,
                                  hintArguments: ["codes": catalogue.nearestCodes(to: code).joined(separator: ", ")])
                }
                set.indicators[code] = try weight(value)
            }
            for (dimension, element) in framework.elements.map({ ($0.dimension, $0.element.id) }) {
                let members = catalogue.scored.filter { $0.dimension == dimension && $0.element == element }
                if !members.isEmpty, members.allSatisfy({ set.indicator($0.code) == 0 }) {
                    throw node.error(.weightsFileIndicatorsZero, ["dimension": dimension, "element": element], hint: .weightsFileIndicatorsZeroHint)
                }
            }
        }
        return set
    }

    /// Weights are relative: anything from 0 to a million is plenty, and larger ones risk overflow.
    static let largest = 1e6

    static func weight(_ node: YAMLNode) throws -> Double {
        let w = try node.double()
        guard w >= 0 else { throw node.error(.weightsFileNegative, ["weight": JSONValue.format(w)]) }
        guard w <= largest else {
            throw node.error(.weightsFileTooLarge, ["weight": JSONValue.format(w)], hint: .weightsFileTooLargeHint)
        }
        return w
    }
}
