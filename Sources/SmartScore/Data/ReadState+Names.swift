import Foundation

/// A region named without its code in a file without a code column.
enum NameResolution {
    case region(CityRecord)
    /// The first row with this name: why it cannot be resolved.
    case refused(InputError)
    /// A later row with a name already refused: counted, not said again.
    case refusedBefore
}

extension ReadState {
    /// The region `name` names, found as the BPS-export reader finds its rows (`RegionRegistry.resolve`:
    /// folded names, "Kab."/"Kabupaten"/"Kota", the aliases), except that a bare name may be a kabupaten or
    /// a kota: "Palu" is Kota Palu, "Bandung" is two regions and refused, with both listed. A province or
    /// type column, when the file has one, narrows the candidates. Each spelling is looked up once.
    mutating func resolveName(_ name: String, province: String?, type: String?, in registry: RegionRegistry?,
                              at location: SourceLocation) -> NameResolution {
        let key = [name, province ?? "", type ?? ""].joined(separator: "\u{1F}")
        if let known = namesResolved[key] { return known.map(NameResolution.region) ?? .refusedBefore }
        // "Did you mean" costs an edit distance against all 514 names: only for the first names refused
        // (beyond them no one reads the hints), and never for a name longer than any region's.
        let suggest = namesRefused < Self.suggestionLimit && name.count <= RegionRegistry.longestQuery
        let outcome = Self.resolve(name, province: province, type: type, in: registry, at: location, suggest: suggest)
        if case let .region(region) = outcome { namesResolved[key] = region } else { namesResolved[key] = .some(nil); namesRefused += 1 }
        return outcome
    }

    private static func resolve(_ name: String, province: String?, type: String?, in registry: RegionRegistry?,
                                at location: SourceLocation, suggest: Bool) -> NameResolution {
        guard let registry else {
            return .refused(.localized(.readResolveNoRegionList, { ["name": CellText.shown(name, $0)] }, at: location))
        }
        switch registry.resolve(name, province: province, bareName: .either) {
        case let .success(region):
            return .region(region)
        case let .failure(.ambiguous(codes)):
            let candidates = codes.compactMap { registry[$0] }.sorted { $0.code < $1.code }
            // "Bandung" with type kota is Kota Bandung.
            if let type, case let typed = candidates.filter({ $0.type == type }), typed.count == 1 { return .region(typed[0]) }
            let list = candidates.map(RegionRegistry.described).joined(separator: ", ")
            return .refused(.localized(.importNameAmbiguous, { ["name": CellText.shown(name, $0), "regions": list] },
                                       at: location, hint: .importNameAmbiguousHint))
        case .failure:
            func near(_ province: String?) -> String {
                suggest ? registry.nearest(to: name, province: province).map(RegionRegistry.described).joined(separator: ", ") : "…"
            }
            if let province, !registry.regions(inProvince: province).isEmpty {
                let near = near(province)
                return .refused(.localized(.importNameUnknownInProvince, { ["name": CellText.shown(name, $0), "province": CellText.shown(province, $0)] },
                                           at: location, hint: .importNameUnknownHint, hintArguments: { _ in ["regions": near] }))
            }
            let anywhere = near(nil)
            return .refused(.localized(.importNameUnknown, { ["name": CellText.shown(name, $0)] },
                                       at: location, hint: .importNameUnknownHint, hintArguments: { _ in ["regions": anywhere] }))
        }
    }
}
