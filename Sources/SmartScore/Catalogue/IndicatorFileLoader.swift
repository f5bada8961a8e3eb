import Foundation

/// Reads one indicator file (`iso37120.yaml`, a user's `--catalogue` file, …) and validates every
/// entry against the framework. Each error names the file, line and column of the value at fault.
enum IndicatorFileLoader {
    static let fields: Set<String> = [
        "code", "standard", "clause", "theme", "name", "dimension", "element", "pillar", "unit", "polarity",
        "type", "goalposts", "valid_range", "national_target", "source_confidence", "source", "note",
    ]
    static let standards = Set(Catalogue.standards)
    static let confidences: Set<String> = ["verified", "edition-2014", "title-only", "memory", "national-statistics", "user"]

    static func load(path: String, framework: Framework) throws -> [Indicator] {
        try parse(YAMLNode.load(path: path), framework: framework)
    }

    static func parse(_ root: YAMLNode, framework: Framework) throws -> [Indicator] {
        let list = try root.required("indicators", in: "an indicator file").sequence()
        var seen: [String: SourceLocation] = [:]
        var indicators: [Indicator] = []
        for entry in list {
            let indicator = try parseIndicator(entry, framework: framework)
            if let first = seen[indicator.code] {
                throw try entry.required("code", in: "an indicator").error(
                    .indicatorsDuplicateCode, ["code": indicator.code], hint: .loaderFirstDefinedHint, hintArguments: ["location": "\(first)"])
            }
            seen[indicator.code] = indicator.origin
            indicators.append(indicator)
        }
        return indicators
    }

    static func parseIndicator(_ entry: YAMLNode, framework: Framework) throws -> Indicator {
        guard entry.isMapping else { throw entry.error(.indicatorsNotAMapping) }
        let codeNode = try entry.required("code", in: "an indicator")
        let code = try codeNode.string()
        let what = "indicator \(code)"
        try entry.rejectUnknownKeys(fields, in: what)

        let standardNode = try entry.required("standard", in: what)
        let standard = try standardNode.string()
        guard standards.contains(standard) else {
            throw standardNode.error(.indicatorsUnknownStandard, ["standard": standard],
                                     hint: .loaderUseOneOfHint, hintArguments: ["values": standards.sorted().joined(separator: ", ")])
        }
        let clauseNode = try entry.required("clause", in: what)
        let clause = try clauseNode.string()
        guard code == "\(standard):\(clause)" else {
            throw codeNode.error(.indicatorsCodeMismatch, ["code": code, "standard": standard, "clause": clause],
                                 hint: .indicatorsCodeMismatchHint, hintArguments: ["expected": "\(standard):\(clause)"])
        }

        let dimensionNode = try entry.required("dimension", in: what)
        let dimensionID = try dimensionNode.string()
        guard let dimension = framework.dimension(dimensionID) else {
            throw dimensionNode.error(.loaderUnknownDimension, ["dimension": dimensionID], hint: .loaderDimensionsAreHint,
                                      hintArguments: ["dimensions": Framework.dimensionIDs.joined(separator: ", ")])
        }
        let elementNode = try entry.required("element", in: what)
        let element = try elementNode.string()
        guard dimension.elements.contains(where: { $0.id == element }) else {
            throw elementNode.error(.loaderUnknownElement, ["element": element, "dimension": dimensionID], hint: .loaderElementsAreHint,
                                    hintArguments: ["elements": dimension.elements.map(\.id).joined(separator: ", ")])
        }
        let pillarNode = try entry.required("pillar", in: what)
        let pillar = try pillarNode.string()
        guard framework.pillar(pillar) != nil else {
            throw pillarNode.error(.loaderUnknownPillar, ["pillar": pillar], hint: .loaderPillarsAreHint,
                                   hintArguments: ["pillars": Framework.pillarIDs.joined(separator: ", ")])
        }

        let polarityNode = try entry.required("polarity", in: what)
        guard let polarity = Indicator.Polarity(rawValue: try polarityNode.string()) else {
            throw polarityNode.error(.indicatorsUnknownPolarity, ["polarity": try polarityNode.string()], hint: .indicatorsUnknownPolarityHint)
        }
        let typeNode = try entry.required("type", in: what)
        guard let kind = Indicator.Kind(rawValue: try typeNode.string()) else {
            throw typeNode.error(.indicatorsUnknownType, ["type": try typeNode.string()], hint: .indicatorsUnknownTypeHint)
        }
        let unit = try entry.required("unit", in: what).string()

        let goalposts = try parseGoalposts(entry.optional("goalposts"), polarity: polarity, what: what)
        if kind != .profile && polarity != .neutral && goalposts == nil {
            throw entry.error(.indicatorsNoGoalposts, ["what": what], hint: .indicatorsNoGoalpostsHint,
                              hintArguments: ["example": "goalposts: {worst: …, best: …, basis: …}"])
        }
        let confidenceNode = try entry.required("source_confidence", in: what)
        let confidence = try confidenceNode.string()
        guard confidences.contains(confidence) else {
            throw confidenceNode.error(.indicatorsUnknownConfidence, ["confidence": confidence],
                                       hint: .loaderUseOneOfHint, hintArguments: ["values": confidences.sorted().joined(separator: ", ")])
        }
        let source = try entry.optional("source")?.string()
        if standard == "local" && source == nil {
            throw entry.error(.indicatorsLocalWithoutSource, ["code": code], hint: .indicatorsLocalWithoutSourceHint)
        }

        return Indicator(
            code: code, standard: standard, clause: clause,
            theme: try entry.required("theme", in: what).string(),
            name: try entry.required("name", in: what).localizedText(in: "the name of \(what)"),
            dimension: dimensionID, element: element, pillar: pillar, unit: unit,
            polarity: polarity, kind: kind, goalposts: goalposts,
            validRange: try parseRange(entry.optional("valid_range"), unit: unit),
            nationalTarget: try parseTarget(entry.optional("national_target"), what: what),
            sourceConfidence: confidence, source: source,
            note: try entry.optional("note")?.string(),
            origin: codeNode.location)
    }

    static func parseGoalposts(_ node: YAMLNode?, polarity: Indicator.Polarity, what: String) throws -> Indicator.Goalposts? {
        guard let node, !node.isNull else { return nil }
        let worst = try node.required("worst", in: "the goalposts of \(what)").double()
        let best = try node.required("best", in: "the goalposts of \(what)").double()
        let basis = try node.required("basis", in: "the goalposts of \(what)").string()
        guard worst != best else {
            throw node.error(.indicatorsGoalpostsEqual, ["what": what, "worst": "\(worst)"], hint: .indicatorsGoalpostsEqualHint)
        }
        switch polarity {
        case .higherBetter where worst > best:
            throw node.error(.indicatorsGoalpostsAgainstPolarity,
                             ["what": what, "polarity": "higher_better", "worst": "\(worst)", "relation": ">", "best": "\(best)"],
                             hint: .indicatorsGoalpostsAgainstPolarityHint, hintArguments: ["other": "lower_better"])
        case .lowerBetter where worst < best:
            throw node.error(.indicatorsGoalpostsAgainstPolarity,
                             ["what": what, "polarity": "lower_better", "worst": "\(worst)", "relation": "<", "best": "\(best)"],
                             hint: .indicatorsGoalpostsAgainstPolarityHint, hintArguments: ["other": "higher_better"])
        default:
            break
        }
        return .init(worst: worst, best: best, basis: basis)
    }

    static func parseRange(_ node: YAMLNode?, unit: String) throws -> (min: Double?, max: Double?) {
        guard let node else { return Indicator.defaultRange(unit: unit) }
        let bounds = try node.sequence()
        guard bounds.count == 2 else { throw node.error(.indicatorsRangeShape) }
        let lo = try bounds[0].optionalDouble(), hi = try bounds[1].optionalDouble()
        if let lo, let hi, lo > hi { throw node.error(.indicatorsRangeInverted, ["min": "\(lo)", "max": "\(hi)"]) }
        return (lo, hi)
    }

    static func parseTarget(_ node: YAMLNode?, what: String) throws -> Indicator.NationalTarget? {
        guard let node, !node.isNull else { return nil }
        return .init(value: try node.required("value", in: "the national target of \(what)").double(),
                     year: try node.optional("year").map { try $0.int() },
                     source: try node.required("source", in: "the national target of \(what)").string())
    }
}
