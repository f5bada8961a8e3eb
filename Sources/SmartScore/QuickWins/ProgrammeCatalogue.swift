import Foundation

/// The programme catalogue (`indicators/programmes.yaml`, or the user's `--programmes FILE`), validated
/// against the indicator catalogue with file:line:column errors.
public struct ProgrammeCatalogue: Sendable {
    public let programmes: [Programme]
    public let file: String

    static let fields: Set<String> = ["id", "name", "dimension", "element", "description", "kind", "citizen_facing", "regions",
                                      "effects", "effort", "cost", "months", "risk", "risks", "owner", "idea_source"]
    /// The largest cost a programme may name, in rupiah: Rp 1.000 triliun. The catalogue's dearest
    /// programmes cost about Rp 1 triliun; above the limit a scale or a run of zeros is wrong.
    static let largestCost = 1e15

    static let prefixes = ["governance": "gov-", "branding": "brand-", "economy": "eco-", "living": "liv-",
                           "society": "soc-", "environment": "env-"]

    public static func load(path: String, catalogue: Catalogue) throws -> ProgrammeCatalogue {
        let root = try YAMLNode.load(path: path)
        try root.rejectUnknownKeys(["version", "source", "programmes"], in: "a programme file")
        var programmes: [Programme] = []
        var seen: [String: SourceLocation] = [:]
        for entry in try root.required("programmes", in: "a programme file").sequence() {
            let programme = try parse(entry, catalogue: catalogue)
            if let first = seen[programme.id] {
                throw try entry.required("id", in: "a programme").error(.programmesDuplicateID, ["id": programme.id],
                                                                          hint: .loaderFirstDefinedHint, hintArguments: ["location": "\(first)"])
            }
            seen[programme.id] = programme.origin
            programmes.append(programme)
        }
        guard !programmes.isEmpty else { throw root.error(.programmesNone) }
        return ProgrammeCatalogue(programmes: programmes, file: path)
    }

    /// The programmes shipped in the indicators folder `directory`.
    public static func bundled(in directory: String, catalogue: Catalogue) throws -> ProgrammeCatalogue {
        try load(path: (directory as NSString).appendingPathComponent("programmes.yaml"), catalogue: catalogue)
    }

    static func parse(_ entry: YAMLNode, catalogue: Catalogue) throws -> Programme {
        guard entry.isMapping else { throw entry.error(.programmesNotAMapping) }
        let idNode = try entry.required("id", in: "a programme")
        let id = try idNode.string()
        let what = "programme \(id)"
        try entry.rejectUnknownKeys(fields, in: what)
        let dimensionNode = try entry.required("dimension", in: what)
        let dimension = try dimensionNode.string()
        guard let prefix = prefixes[dimension] else {
            throw dimensionNode.error(.loaderUnknownDimension, ["dimension": dimension], hint: .loaderUseOneOfHint,
                                      hintArguments: ["values": Framework.dimensionIDs.joined(separator: ", ")])
        }
        guard id.hasPrefix(prefix), id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
            throw idNode.error(.programmesIDForm, ["id": id, "prefix": prefix])
        }
        let elementNode = try entry.required("element", in: what)
        let element = try elementNode.string()
        guard catalogue.framework.element(dimension, element) != nil else {
            let elements = catalogue.framework.dimension(dimension)?.elements.map(\.id) ?? []
            throw elementNode.error(.programmesUnknownElement, ["element": element, "dimension": dimension], hint: .loaderUseOneOfHint,
                                    hintArguments: ["values": elements.joined(separator: ", ")])
        }
        let kindNode = try entry.required("kind", in: what)
        let kindText = try kindNode.string()
        guard let kind = Programme.Kind(rawValue: kindText) else {
            throw kindNode.error(.programmesUnknownKind, ["text": kindText], hint: .loaderUseOneOfHint,
                                 hintArguments: ["values": Programme.Kind.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        let citizenFacing = try entry.required("citizen_facing", in: what).bool()
        var regionTypes = Set(Programme.RegionType.allCases)
        if let regionsNode = try entry.optional("regions") {
            regionTypes = []
            for node in try regionsNode.sequence() {
                let text = try node.string()
                guard let type = Programme.RegionType(rawValue: text) else {
                    throw node.error(.programmesUnknownRegionType, ["text": text], hint: .loaderUseOneOfHint,
                                     hintArguments: ["values": Programme.RegionType.allCases.map(\.rawValue).joined(separator: ", ")])
                }
                guard regionTypes.insert(type).inserted else {
                    throw node.error(.programmesRegionTwice, ["text": text, "what": what])
                }
            }
            guard !regionTypes.isEmpty else { throw regionsNode.error(.programmesNoRegionType) }
        }
        var idea: Programme.IdeaSource?
        if let ideaNode = try entry.optional("idea_source") {
            try ideaNode.rejectUnknownKeys(["name", "url"], in: "the idea source of \(what)")
            var url: String?
            if let urlNode = try ideaNode.optional("url") {
                let text = try urlNode.string()
                guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(where: \.isWhitespace) else {
                    throw urlNode.error(.programmesIdeaURL, ["text": text])
                }
                guard hasHost(text) else { throw urlNode.error(.programmesIdeaURLNoHost, ["text": text]) }
                url = text
            }
            idea = .init(name: try ideaNode.required("name", in: "the idea source of \(what)").string(), url: url)
        }
        var effects: [Programme.Effect] = []
        for effectNode in try entry.required("effects", in: what).sequence() {
            let codeNode = try effectNode.required("indicator", in: "an effect of \(what)")
            let code = try codeNode.string()
            guard let indicator = catalogue[code] else {
                throw codeNode.error(.loaderUnknownIndicator, ["code": code], hint: .loaderDidYouMeanHint,
                                  hintArguments: ["codes": catalogue.nearestCodes(to: code).joined(separator: ", ")])
            }
            guard indicator.isScored else {
                throw codeNode.error(indicator.kind == .profile ? .programmesProfileNotScored : .programmesNeutralNotScored, ["code": code])
            }
            let valueNode = try effectNode.required("effect", in: "an effect of \(what)")
            let value = try valueNode.double()
            guard value > 0 && value <= 1 else {
                throw valueNode.error(.programmesEffectRange, ["value": JSONValue.format(value)])
            }
            guard !effects.contains(where: { $0.indicator == code }) else { throw codeNode.error(.programmesIndicatorTwice, ["what": what, "code": code]) }
            effects.append(.init(indicator: code, effect: value))
        }
        guard !effects.isEmpty else { throw entry.error(.programmesNoEffect, ["what": what], hint: .programmesNoEffectHint) }
        let effortNode = try entry.required("effort", in: what)
        let effort = try effortNode.int()
        guard (1...5).contains(effort) else { throw effortNode.error(.programmesEffortRange, ["effort": String(effort)]) }
        let costNode = try entry.required("cost", in: what)
        let lo = try costNode.required("min", in: "the cost of \(what)").double()
        let hi = try costNode.required("max", in: "the cost of \(what)").double()
        guard lo > 0, lo <= hi else { throw costNode.error(.programmesCostRange, ["what": what, "min": JSONValue.format(lo), "max": JSONValue.format(hi)]) }
        guard hi <= largestCost else {
            // Said as people say money (`Rp 2.000,0 T`); an amount too large for that, as written in the file.
            let maxNode = try costNode.required("max", in: "the cost of \(what)")
            let written = maxNode.node.scalar?.string.trimmingCharacters(in: .whitespaces) ?? JSONValue.format(hi)
            let amount = { (t: Localizer) in hi < 1e18 ? t.numbers.rupiah(hi) : t.numbers.currency + " " + written }
            throw InputError.localized(.programmesCostTooLarge, { ["what": what, "amount": amount(Localizer($0))] },
                                       at: maxNode.location, hint: .programmesCostTooLargeHint)
        }
        let monthsNode = try entry.required("months", in: what)
        let months = try monthsNode.int()
        guard months > 0 else { throw monthsNode.error(.programmesMonthsPositive) }
        var risks: [Programme.Risk] = []
        for node in try entry.required("risks", in: what).sequence() {
            risks.append(.init(risk: try node.required("risk", in: "a risk of \(what)").localizedText(in: "a risk of \(what)"),
                               likelihood: try level(node.required("likelihood", in: "a risk of \(what)")),
                               impact: try level(node.required("impact", in: "a risk of \(what)")),
                               mitigation: try node.required("mitigation", in: "a risk of \(what)").localizedText(in: "a mitigation of \(what)")))
        }
        return Programme(
            id: id, name: try entry.required("name", in: what).localizedText(in: "the name of \(what)"),
            dimension: dimension, element: element,
            description: try entry.required("description", in: what).localizedText(in: "the description of \(what)"),
            kind: kind, citizenFacing: citizenFacing, regionTypes: regionTypes, effects: effects, effort: effort, cost: (lo, hi), months: months,
            risk: try level(entry.required("risk", in: what)), risks: risks,
            owner: try entry.required("owner", in: what).string(), idea: idea, origin: idNode.location)
    }

    /// Whether an http(s) address names a host after its scheme: `https://`, `https:///x`, `https://?q`
    /// and `https://user@` name none. The host is what stands between `//` and the first `/`, `?` or `#`,
    /// after any `user@` and before any `:port`.
    static func hasHost(_ url: String) -> Bool {
        guard let scheme = url.range(of: "://") else { return false }
        let authority = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        var host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        if host.hasPrefix("[") {
            return host.count > 2 && host.contains("]")      // an IPv6 address, [::1]
        }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        return !host.isEmpty && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
            && !host.hasPrefix(".") && !host.hasPrefix("-")
    }

    static func level(_ node: YAMLNode) throws -> Programme.Level {
        let text = try node.string()
        guard let level = Programme.Level(rawValue: text) else { throw node.error(.programmesUnknownLevel, ["text": text]) }
        return level
    }
}
