import Foundation

/// Finds a city by region code or by name, case- and accent-insensitively; an ambiguous name is an
/// error that lists the candidates.
public enum CityLookup {
    /// The longest query matched: a region's name is at most a few dozen characters, and the fuzzy match
    /// below costs the query's length times each name's, so a pasted page of text is refused, not matched
    /// (and not echoed back whole).
    public static let longestQuery = 200

    public static func find(_ query: String, in cities: [CityRecord], parameter: Parameter = .city) throws -> Int {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard q.count <= longestQuery else {
            throw InputError(.outputCityTooLong, ["count": String(q.count), "most": String(longestQuery)],
                             at: SourceLocation(parameter: parameter), hint: .outputCityTooLongHint)
        }
        if let exact = cities.firstIndex(where: { $0.code == q }) { return exact }
        // BPS writes 72.71 as 7271.
        if let dotted = RegionRegistry.dotted(q), let exact = cities.firstIndex(where: { $0.code == dotted }) { return exact }
        let folded = RegionRegistry.fold(q)
        let byName = cities.indices.filter { RegionRegistry.fold(cities[$0].name) == folded }
        if byName.count == 1 { return byName[0] }
        let candidates = byName.isEmpty ? cities.indices.filter { RegionRegistry.sameRegion(cities[$0].name, q) } : byName
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            let list = candidates.map { "\(cities[$0].code) \(cities[$0].name)" }.joined(separator: ", ")
            throw InputError("'\(q)' matches several cities: \(list)", id: "'\(q)' cocok dengan beberapa wilayah: \(list)",
                             at: SourceLocation(parameter: parameter), hint: "use the region code, or the full name with Kota or Kabupaten",
                             hintID: "pakai kode wilayah, atau nama lengkap dengan Kota atau Kabupaten")
        }
        // Each distance once (not once per comparison of the sort).
        let distances = cities.map { EditDistance.between(folded, RegionRegistry.fold($0.name)) }
        let near = cities.indices.sorted { (distances[$0], $0) < (distances[$1], $1) }.prefix(3).map { "\(cities[$0].code) \(cities[$0].name)" }
        throw InputError("no city '\(q)' in the data", id: "tidak ada wilayah '\(q)' dalam data", at: SourceLocation(parameter: parameter),
                         hint: near.isEmpty ? "the data holds no cities" : "did you mean \(near.joined(separator: ", "))?",
                         hintID: near.isEmpty ? "data tidak memuat wilayah" : "mungkin yang dimaksud \(near.joined(separator: ", "))?")
    }
}
