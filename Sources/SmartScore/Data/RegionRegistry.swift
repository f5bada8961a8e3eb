import Foundation

/// The 514 regencies and cities of Indonesia (`datasets/regions/regions.csv`): codes, names, types and
/// provinces. Used to fill in a city's province and type, to resolve names in spreadsheet exports to
/// codes, and to find a city by code or name on the command line.
public struct RegionRegistry: Sendable {
    public let regions: [CityRecord]
    private let byCode: [String: Int]
    /// Folded name → indices of the regions with that name (several provinces share names).
    private let byFoldedName: [String: [Int]]
    private let foldedProvinces: [String]

    public init(regions: [CityRecord]) {
        self.regions = regions
        var byCode: [String: Int] = [:]
        var byFoldedName: [String: [Int]] = [:]
        for (i, r) in regions.enumerated() {
            byCode[r.code] = i
            byFoldedName[RegionRegistry.fold(r.name), default: []].append(i)
        }
        self.byCode = byCode
        self.byFoldedName = byFoldedName
        // 514 regions share 38 provinces: each is folded once.
        var folded: [String: String] = [:]
        self.foldedProvinces = regions.map { region in
            guard let province = region.province else { return "" }
            if let known = folded[province] { return known }
            let fold = RegionRegistry.foldProvince(province)
            folded[province] = fold
            return fold
        }
    }

    /// Reads `regions.csv` (`code,bps_code,name,type,province_code,province`).
    public static func load(path: String) throws -> RegionRegistry {
        var regions: [CityRecord] = []
        var header: [String] = []
        try CSVReader(path: path, separator: .comma).forEachRecord { record in
            if header.isEmpty { header = record.fields.map { $0.lowercased() }; return true }
            guard !record.isBlank else { return true }
            func field(_ name: String) -> String? {
                header.firstIndex(of: name).flatMap { $0 < record.fields.count ? record.fields[$0] : nil }
            }
            guard let code = field("code"), let name = field("name") else {
                throw InputError("a region row lacks its code or name", id: "baris daftar wilayah tanpa kode atau nama",
                                 at: SourceLocation(file: path, line: record.line),
                                 hint: "each row of the region list needs a code and a name",
                                 hintID: "setiap baris daftar wilayah perlu kode dan nama")
            }
            regions.append(CityRecord(code: code, name: name, province: field("province"), type: field("type")))
            return true
        }
        return RegionRegistry(regions: regions)
    }

    /// The region list shipped in the datasets folder `directory`.
    public static func bundled(in directory: String) throws -> RegionRegistry {
        try load(path: (directory as NSString).appendingPathComponent("regions/regions.csv"))
    }

    public subscript(code: String) -> CityRecord? { byCode[code].map { regions[$0] } }

    /// Folds a name for matching: case, accents, punctuation and spacing ignored.
    static func fold(_ s: String) -> String {
        // ASCII (every region name of the list, most of a file's) folds to its lower-case letters and
        // digits: the same as Foundation's folding, at a fraction of its cost (the registry folds 1,028
        // names and provinces at every start).
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var folded: [UInt8] = []
            folded.reserveCapacity(s.utf8.count)
            for byte in s.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): folded.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded.append(byte + 32)
                default: break
                }
            }
            return String(decoding: folded, as: UTF8.self)
        }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
            .map(String.init).joined()
    }

    /// Whether two names are the same region: equal when folded, or equal once "Kota"/"Kabupaten"/"Kab."
    /// is dropped from one when the other has none ("Palu" for "Kota Palu"; never "Kabupaten Pekalongan"
    /// for "Kota Pekalongan").
    public static func sameRegion(_ a: String, _ b: String) -> Bool {
        let prefix = "^(?i)(kota|kabupaten|kab\\.)\\s+"
        func hasPrefix(_ s: String) -> Bool { s.range(of: prefix, options: .regularExpression) != nil }
        func bare(_ s: String) -> String { fold(s.replacingOccurrences(of: prefix, with: "", options: .regularExpression)) }
        if fold(a) == fold(b) { return true }
        if hasPrefix(a) != hasPrefix(b) { return bare(a) == bare(b) }
        return false
    }

    /// Whether a city's province is the one named (case, spacing and BPS abbreviations ignored).
    public static func sameProvince(_ a: String?, _ b: String) -> Bool {
        a.map { foldProvince($0) == foldProvince(b) } ?? false
    }

    /// Folds a province name, expanding the abbreviations of BPS tables ("KEP. BANGKA BELITUNG").
    static func foldProvince(_ s: String) -> String {
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        // Only a name starting "kep" or "prov" (in any case) has an abbreviation to expand: the others skip
        // the two regular expressions, which are most of the cost.
        let lower = trimmed.prefix(4).lowercased()
        guard lower.hasPrefix("kep") || lower.hasPrefix("prov") else { return fold(trimmed) }
        let expanded = trimmed
            .replacingOccurrences(of: "^(?i)kep\\.\\s*", with: "Kepulauan ", options: .regularExpression)
            .replacingOccurrences(of: "^(?i)prov(insi|\\.)\\s*", with: "", options: .regularExpression)
        return fold(expanded)
    }

    /// The regions whose name matches `name` within `province` (when given). "Kab. X" is "Kabupaten X";
    /// "Kota X" matches the city. A bare name matches the kabupaten of that name when `bareName` is
    /// `.regency` (BPS tables write regencies bare, cities with "Kota"), and the kabupaten and the kota of
    /// that name when it is `.either` (a person's spreadsheet: "Bandung" may be either, "Palu" is a kota).
    public func matches(name: String, province: String?, bareName: BareName = .regency) -> [CityRecord] {
        let trimmed = RegionRegistry.spelledOut(name)
        var keys = [trimmed, "Kabupaten " + trimmed]
        if bareName == .either { keys.append("Kota " + trimmed) }
        let candidates = keys.flatMap { byFoldedName[RegionRegistry.fold($0)] ?? [] }
        let provinceKey = province.map(RegionRegistry.foldProvince)
        return candidates.filter { provinceKey == nil || foldedProvinces[$0] == provinceKey }.map { regions[$0] }
    }
}
