import Foundation

/// How a name without "Kabupaten" or "Kota" is read.
public enum BareName: Sendable {
    /// As BPS tables write them: a bare name is the kabupaten ("Bandung" is Kabupaten Bandung).
    case regency
    /// As people write them: a bare name may be the kabupaten or the kota ("Bandung" is either, and
    /// is ambiguous; "Palu" is Kota Palu, the only region of that name).
    case either
}

/// The one way a region's name is resolved to its code, shared by the BPS-export reader and by `import`
/// of a file that names its regions without codes.
extension RegionRegistry {
    /// "Kab. Bandung", "KAB BANDUNG" → "Kabupaten Bandung" (the matching ignores case); other names trimmed.
    static func spelledOut(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let range = trimmed.range(of: "^(?i)kab(\\.\\s*|\\s+)", options: .regularExpression) else { return trimmed }
        return "Kabupaten " + trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
    }

    /// The region `name` names within `province`: an alias first, then the name and each of its spellings
    /// ("Toba Samosir / Toba", "Kep. Seribu"), in the province or, for the Papua provinces created in 2022,
    /// the one the region list keeps their regencies under.
    public func resolve(_ name: String, province: String?, aliases: RegionAliases = RegionAliases(),
                        bareName: BareName = .regency) -> Result<CityRecord, BPSExport.Unresolved.Reason> {
        if let code = aliases.code(for: name, province: province), let region = self[code] { return .success(region) }
        let provinces = [province, province.flatMap { BPSExport.formerProvince[$0.uppercased()] }].compactMap { $0 }
        let spellings = name.components(separatedBy: " / ").map { part -> String in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            return trimmed.range(of: "^(?i)kep\\.\\s*", options: .regularExpression).map { trimmed.replacingCharacters(in: $0, with: "Kepulauan ") } ?? trimmed
        }
        for candidate in provinces.isEmpty ? [nil] : provinces.map(Optional.some) {
            var found: [CityRecord] = []
            for spelling in spellings {
                for match in matches(name: spelling, province: candidate, bareName: bareName) where !found.contains(where: { $0.code == match.code }) {
                    found.append(match)
                }
            }
            if found.count == 1 { return .success(found[0]) }
            if found.count > 1 { return .failure(.ambiguous(found.map(\.code))) }
        }
        return .failure(.unknown)
    }
}
