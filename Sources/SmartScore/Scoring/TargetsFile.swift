import Foundation

/// Reads a targets file: raw-unit indicator targets (normalised like a value) and dimension score targets.
///
/// ```yaml
/// indicators: {"37120:5.1": 4.3, "37120:23.2": 100}
/// dimensions: {governance: 80}
/// ```
public enum TargetsFile {
    public static func load(path: String, catalogue: Catalogue) throws -> Targets {
        let root = try YAMLNode.load(path: path)
        try root.rejectUnknownKeys(["indicators", "dimensions"], in: "a targets file")
        var targets = Targets(name: "file:\(path)")
        if let node = try root.optional("indicators") {
            for (key, value) in try node.pairs() {
                let code = try key.string()
                guard let indicator = catalogue[code] else {
                    throw key.error(.loaderUnknownIndicator, ["code": code], hint: .loaderDidYouMeanHint,
                                  hintArguments: ["codes": catalogue.nearestCodes(to: code).joined(separator: ", ")])
                }
                guard indicator.isScored else { throw key.error(.targetsFileNotScored, ["code": code]) }
                targets.indicators[code] = try value.double()
            }
        }
        if let node = try root.optional("dimensions") {
            for (key, value) in try node.pairs() {
                let id = try key.string()
                guard Framework.dimensionIDs.contains(id) else {
                    throw key.error(.loaderUnknownDimension, ["dimension": id], hint: .loaderUseOneOfHint,
                                    hintArguments: ["values": Framework.dimensionIDs.joined(separator: ", ")])
                }
                let target = try value.double()
                guard (0...100).contains(target) else { throw value.error(.targetsFileDimensionRange) }
                targets.dimensions[id] = target
            }
        }
        return targets
    }
}
