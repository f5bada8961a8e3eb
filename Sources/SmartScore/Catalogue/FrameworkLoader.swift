import Foundation

/// Reads `framework.yaml`: six dimensions (the contract ids, in order), three elements each, three pillars.
enum FrameworkLoader {
    static func load(path: String) throws -> Framework {
        try parse(YAMLNode.load(path: path))
    }

    static func parse(_ root: YAMLNode) throws -> Framework {
        let dimensionNodes = try root.required("dimensions", in: "the framework").sequence()
        var dimensions: [Framework.Dimension] = []
        for node in dimensionNodes {
            let idNode = try node.required("id", in: "a dimension")
            let id = try idNode.string()
            guard Framework.dimensionIDs.contains(id) else {
                throw idNode.error(.loaderUnknownDimension, ["dimension": id], hint: .loaderDimensionsAreHint,
                                   hintArguments: ["dimensions": Framework.dimensionIDs.joined(separator: ", ")])
            }
            guard !dimensions.contains(where: { $0.id == id }) else { throw idNode.error(.frameworkDimensionTwice, ["dimension": id]) }
            var elements: [Framework.Element] = []
            for elementNode in try node.required("elements", in: "dimension '\(id)'").sequence() {
                let elementID = try elementNode.required("id", in: "an element").string()
                guard !elements.contains(where: { $0.id == elementID }) else {
                    throw elementNode.error(.frameworkElementTwice, ["element": elementID, "dimension": id])
                }
                elements.append(.init(
                    id: elementID,
                    name: try elementNode.required("name", in: "element '\(elementID)'").localizedText(in: "the name of element '\(elementID)'"),
                    description: try elementNode.required("description", in: "element '\(elementID)'").localizedText(in: "the description of element '\(elementID)'")))
            }
            guard elements.count == 3 else {
                throw node.error(.frameworkElementCount, ["dimension": id, "count": String(elements.count)])
            }
            dimensions.append(.init(
                id: id,
                name: try node.required("name", in: "dimension '\(id)'").localizedText(in: "the name of dimension '\(id)'"),
                description: try node.required("description", in: "dimension '\(id)'").localizedText(in: "the description of dimension '\(id)'"),
                elements: elements))
        }
        let missingDimensions = Framework.dimensionIDs.filter { id in !dimensions.contains { $0.id == id } }
        guard missingDimensions.isEmpty else {
            throw root.error(missingDimensions.count == 1 ? .frameworkMissingDimensionOne : .frameworkMissingDimensionMany,
                             ["dimensions": missingDimensions.joined(separator: ", ")])
        }
        var pillars: [Framework.Pillar] = []
        for node in try root.required("pillars", in: "the framework").sequence() {
            let idNode = try node.required("id", in: "a pillar")
            let id = try idNode.string()
            guard Framework.pillarIDs.contains(id) else {
                throw idNode.error(.loaderUnknownPillar, ["pillar": id], hint: .loaderPillarsAreHint,
                                   hintArguments: ["pillars": Framework.pillarIDs.joined(separator: ", ")])
            }
            pillars.append(.init(
                id: id,
                name: try node.required("name", in: "pillar '\(id)'").localizedText(in: "the name of pillar '\(id)'"),
                description: try node.required("description", in: "pillar '\(id)'").localizedText(in: "the description of pillar '\(id)'")))
        }
        guard Set(pillars.map(\.id)) == Set(Framework.pillarIDs), pillars.count == 3 else {
            throw root.error(.frameworkPillars, ["pillars": Framework.pillarIDs.joined(separator: ", ")])
        }
        // Keep the contract order whatever the file's order.
        let ordered = Framework.dimensionIDs.compactMap { id in dimensions.first { $0.id == id } }
        let orderedPillars = Framework.pillarIDs.compactMap { id in pillars.first { $0.id == id } }
        return Framework(dimensions: ordered, pillars: orderedPillars)
    }
}
