import Foundation

/// Names other sources write for a region that the region list cannot match on its own: a renamed regency,
/// a misspelt city ("Kota Makasar" in some BPS exports), a short form ("Mahakam Ulu"). One file,
/// `datasets/regions/aliases.yaml`, validated against the region list with file:line:column errors:
///
/// ```yaml
/// aliases:
///   - {name: "Kota Makasar", province: "SULAWESI SELATAN", code: "73.71"}   # the province the name is written under
/// ```
public struct RegionAliases: Sendable {
    private var byName: [String: [(province: String, code: String)]] = [:]
    public private(set) var count = 0

    public init() {}

    /// The code for `name` as written in `province`.
    public func code(for name: String, province: String?) -> String? {
        guard let province else { return nil }
        let key = RegionRegistry.foldProvince(province)
        return byName[RegionRegistry.fold(name)]?.first { $0.province == key }?.code
    }

    public static func load(path: String, registry: RegionRegistry) throws -> RegionAliases {
        let root = try YAMLNode.load(path: path)
        try root.rejectUnknownKeys(["aliases"], in: "an aliases file")
        var aliases = RegionAliases()
        var seen: [String: SourceLocation] = [:]
        for entry in try root.required("aliases", in: "an aliases file").sequence() {
            guard entry.isMapping else { throw entry.error(.loaderNotAMapping) }
            try entry.rejectUnknownKeys(["name", "province", "code"], in: "an alias")
            let nameNode = try entry.required("name", in: "an alias")
            let name = try nameNode.string()
            // Every alias names its province: a bare name applies in one province only, never in all.
            let province = try entry.required("province", in: "an alias").string()
            let codeNode = try entry.required("code", in: "an alias")
            let code = try codeNode.string()
            guard let region = registry[code] else { throw codeNode.error(.aliasUnknownCode, ["code": code]) }
            if !RegionRegistry.sameProvince(region.province, province),
               !(BPSExport.formerProvince[province.uppercased()].map { RegionRegistry.sameProvince(region.province, $0) } ?? false) {
                throw entry.error(.aliasProvinceMismatch, ["code": code, "province": province, "actual": region.province ?? "?"])
            }
            let key = RegionRegistry.fold(name) + "\u{1}" + RegionRegistry.foldProvince(province)
            if let first = seen[key] {
                throw nameNode.error(.aliasTwice, ["name": name], hint: .loaderFirstDefinedHint, hintArguments: ["location": "\(first)"])
            }
            seen[key] = nameNode.location
            aliases.byName[RegionRegistry.fold(name), default: []].append((RegionRegistry.foldProvince(province), code))
            aliases.count += 1
        }
        return aliases
    }

    /// The aliases shipped with the region list (`datasets/regions/aliases.yaml`), or none when the file is absent.
    public static func bundled(in directory: String, registry: RegionRegistry) throws -> RegionAliases {
        let path = (directory as NSString).appendingPathComponent("regions/aliases.yaml")
        guard FileManager.default.fileExists(atPath: path) else { return RegionAliases() }
        return try load(path: path, registry: registry)
    }
}
