import Foundation

/// The regions a person's text finds in the region list: by code (`72.71`, `7271`, the province `72`), by
/// name (folded: case, accents and punctuation ignored; "Kab."/"Kabupaten"/"Kota" read as the kind of
/// region), and, when no name holds the text, by close spelling. For `regions search` and for the
/// "did you mean" of a name `import` cannot find.
public struct RegionSearch: Sendable, Equatable {
    /// How the regions were found.
    public enum Match: String, Sendable, Equatable {
        /// By region or province code.
        case code
        /// By name: the name is the text, or holds it.
        case name
        /// No name holds the text; these are spelt closest to it.
        case spelling
    }
    public let text: String
    public let match: Match
    /// Exact names first, then the others; in code order within each.
    public let regions: [CityRecord]
}

extension RegionRegistry {
    /// The longest text searched or matched by spelling: a region's name is at most a few dozen characters,
    /// and an edit distance costs the text's length times each name's (as `CityLookup.longestQuery`).
    public static let longestQuery = 200

    /// The kind a name's prefix says ("kota", "kabupaten", or nil) and the name without it, folded.
    static func kindAndBareName(_ name: String) -> (kind: String?, bare: String) {
        let spelled = spelledOut(name)
        // The kind alone ("Kota", "Kabupaten", "Kab."): every region of that kind.
        if ["kota", "kabupaten", "kab", "kab."].contains(spelled.lowercased()) {
            return (spelled.lowercased() == "kota" ? "kota" : "kabupaten", "")
        }
        if let range = spelled.range(of: "^(?i)(kabupaten|kota)\\s+", options: .regularExpression) {
            let kind = spelled[range].trimmingCharacters(in: .whitespaces).lowercased()
            return (kind, fold(String(spelled[range.upperBound...])))
        }
        return (nil, fold(spelled))
    }

    /// The regions of `province` (every region when nil).
    public func regions(inProvince province: String?) -> [CityRecord] {
        guard let province else { return regions }
        return regions.filter { RegionRegistry.sameProvince($0.province, province) }
    }

    /// The provinces of the list, in the order of their codes.
    public var provinces: [String] {
        var seen = Set<String>()
        return regions.compactMap(\.province).filter { seen.insert($0).inserted }
    }

    /// What `text` finds among the regions of `province`, or nil when nothing is found.
    public func search(_ text: String, province: String? = nil) -> RegionSearch? {
        let query = text.trimmingCharacters(in: .whitespaces)
        let pool = regions(inProvince: province)
        // A code: the province's two digits, or a region's code in any form BPS or a spreadsheet writes it.
        let compact = query.filter { !$0.isWhitespace }
        if !compact.isEmpty, compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
            let found: [CityRecord]
            if compact.count == 2 {
                found = pool.filter { $0.code.hasPrefix(compact + ".") }
            } else {
                let code = RegionRegistry.dotted(query) ?? compact
                found = pool.filter { $0.code == code }
            }
            return found.isEmpty ? nil : RegionSearch(text: query, match: .code, regions: found)
        }
        let (kind, bare) = Self.kindAndBareName(query)
        let ofKind = pool.filter { kind == nil || $0.type?.lowercased() == kind }
        guard !bare.isEmpty else { return ofKind.isEmpty || kind == nil ? nil : RegionSearch(text: query, match: .name, regions: ofKind) }
        let bareNames = ofKind.map { Self.kindAndBareName($0.name).bare }
        let exact = ofKind.indices.filter { bareNames[$0] == bare }
        let holding = ofKind.indices.filter { bareNames[$0] != bare && bareNames[$0].contains(bare) }
        if !exact.isEmpty || !holding.isEmpty {
            return RegionSearch(text: query, match: .name, regions: (exact + holding).map { ofKind[$0] })
        }
        let distances = ofKind.indices.map { EditDistance.between(bare, bareNames[$0]) }
        let limit = Self.closeSpelling(bare.count)
        let close = ofKind.indices.filter { distances[$0] <= limit }.sorted { (distances[$0], $0) < (distances[$1], $1) }
        return close.isEmpty ? nil : RegionSearch(text: query, match: .spelling, regions: close.map { ofKind[$0] })
    }

    /// The most edits a misspelling of a name of `length` letters has: one in a short name, two or three
    /// in a longer one ("Plau" for "Palu" is two, a swap of two letters).
    static func closeSpelling(_ length: Int) -> Int {
        length <= 3 ? 1 : min(3, max(2, length / 3))
    }

    /// The `limit` regions whose names are spelt nearest to `text`, however far: for a "did you mean".
    public func nearest(to text: String, province: String? = nil, limit: Int = 3) -> [CityRecord] {
        let (_, bare) = Self.kindAndBareName(text)
        let whole = Self.fold(text)
        let pool = regions(inProvince: province)
        let distances = pool.map { min(EditDistance.between(bare, Self.kindAndBareName($0.name).bare), EditDistance.between(whole, Self.fold($0.name))) }
        return pool.indices.sorted { (distances[$0], $0) < (distances[$1], $1) }.prefix(limit).map { pool[$0] }
    }

    /// "72.71 Kota Palu (Sulawesi Tengah)": a region named for a message.
    static func described(_ region: CityRecord) -> String {
        "\(region.code) \(region.name)" + (region.province.map { " (\($0))" } ?? "")
    }
}
