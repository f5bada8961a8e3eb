import Foundation

/// A mapping file that lets `import` read a spreadsheet export as it is: which column names the city
/// (and its province), the year, and which columns hold which catalogue indicators. Cities are resolved
/// to region codes by name and province through the bundled region list.
///
/// ```yaml
/// year: 2021
/// city: {name_column: "Kab/Kota", province_column: "Provinsi"}
/// aliases:
///   - {province: "KALIMANTAN BARAT", name: "Pontianak", code: "61.04"}
/// columns:
///   "Umur Harapan Hidup (Tahun)": "37120:11.1"
/// ignore: ["Klasifikasi Kemiskinan"]
/// source: "BPS, 2021"
/// ```
public struct ColumnMapping: Sendable {
    public struct Alias: Sendable {
        public let province: String?
        public let name: String
        public let code: String
    }

    public var year: Int?
    public var yearColumn: String?
    public var nameColumn: String
    public var provinceColumn: String?
    public var codeColumn: String?
    public var aliases: [Alias]
    /// Column header → indicator code, and the line of each entry in the mapping file.
    public var columns: [(header: String, code: String, location: SourceLocation)]
    public var ignore: Set<String>
    public var source: String?
    public let file: String

    public static func load(path: String, catalogue: Catalogue) throws -> ColumnMapping {
        let root = try YAMLNode.load(path: path)
        try root.rejectUnknownKeys(["year", "year_column", "city", "aliases", "columns", "ignore", "source"], in: "a mapping file")
        let city = try root.required("city", in: "a mapping file")
        try city.rejectUnknownKeys(["name_column", "province_column", "code_column"], in: "the city entry")
        var columns: [(String, String, SourceLocation)] = []
        for (key, value) in try root.required("columns", in: "a mapping file").pairs() {
            let code = try value.string()
            guard catalogue[code] != nil else {
                throw value.error(.loaderUnknownIndicator, ["code": code], hint: .loaderDidYouMeanHint,
                                  hintArguments: ["codes": catalogue.nearestCodes(to: code).joined(separator: ", ")])
            }
            if let first = columns.first(where: { $0.1 == code }) {
                throw value.error(.columnMappingMappedTwice, ["code": code, "first": first.0, "second": try key.string()],
                                  hint: .columnMappingMappedTwiceHint, hintArguments: ["location": "\(first.2)"])
            }
            columns.append((try key.string(), code, value.location))
        }
        let yearNode = try root.optional("year")
        let yearColumn = try root.optional("year_column")?.string()
        guard yearNode != nil || yearColumn != nil else {
            throw root.error(.columnMappingNoYear)
        }
        if let yearNode, !ObservationYears.admitted.contains(try yearNode.int()) {
            throw yearNode.error(.columnMappingYearOutside, ["year": String(try yearNode.int()), "range": ObservationYears.admittedText])
        }
        return ColumnMapping(
            year: try yearNode?.int(),
            yearColumn: yearColumn,
            nameColumn: try city.required("name_column", in: "the city entry").string(),
            provinceColumn: try city.optional("province_column")?.string(),
            codeColumn: try city.optional("code_column")?.string(),
            aliases: try (root.optional("aliases")?.sequence() ?? []).map { node in
                Alias(province: try node.optional("province")?.string(),
                      name: try node.required("name", in: "an alias").string(),
                      code: try node.required("code", in: "an alias").string())
            },
            columns: columns,
            ignore: Set(try (root.optional("ignore")?.sequence() ?? []).map { try $0.string() }),
            source: try root.optional("source")?.string(),
            file: path)
    }
}
