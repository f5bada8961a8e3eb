import Foundation

extension Workspace {
    /// `regions search TEXT`: the regions whose code or name `text` gives (`RegionSearch`), in `province`
    /// when given. Nothing found is an error at the text, with the three names spelt nearest to it.
    public func searchRegions(_ text: String, province: String? = nil) throws -> RegionSearch {
        let registry = try requireRegions()
        let query = text.trimmingCharacters(in: .whitespaces)
        // A name is at most a few dozen characters; the spelling match costs the text's length per name.
        guard query.count <= RegionRegistry.longestQuery else {
            throw InputError(.outputCityTooLong, ["count": String(query.count), "most": String(RegionRegistry.longestQuery)],
                             at: SourceLocation(parameter: .text), hint: .outputCityTooLongHint)
        }
        try requireProvince(province, in: registry)
        if let found = registry.search(query, province: province) { return found }
        let near = registry.nearest(to: query, province: province).map(RegionRegistry.described).joined(separator: ", ")
        if let province {
            throw InputError.localized(.regionsNoMatchInProvince, { ["text": CellText.shown(query, $0), "province": CellText.shown(province, $0)] },
                                       at: SourceLocation(parameter: .text), hint: .regionsNoMatchHint, hintArguments: { _ in ["regions": near] })
        }
        throw InputError.localized(.regionsNoMatch, { ["text": CellText.shown(query, $0)] },
                                   at: SourceLocation(parameter: .text), hint: .regionsNoMatchHint, hintArguments: { _ in ["regions": near] })
    }

    /// `regions list`: every region of the list, or of `province`, in code order.
    public func listRegions(province: String? = nil) throws -> [CityRecord] {
        let registry = try requireRegions()
        try requireProvince(province, in: registry)
        return registry.regions(inProvince: province)
    }

    /// A province the list does not hold is an error at --province, with the nearest names.
    private func requireProvince(_ province: String?, in registry: RegionRegistry) throws {
        guard let province, registry.regions(inProvince: province).isEmpty else { return }
        let folded = RegionRegistry.foldProvince(province)
        let near = registry.provinces.map { ($0, EditDistance.between(folded, RegionRegistry.foldProvince($0))) }
            .sorted { $0.1 < $1.1 }.prefix(3).map(\.0).joined(separator: ", ")
        throw InputError.localized(.regionsProvinceUnknown, { ["province": CellText.shown(province, $0)] },
                                   at: SourceLocation(parameter: .province), hint: .regionsProvinceUnknownHint,
                                   hintArguments: { _ in ["provinces": near] })
    }
}
