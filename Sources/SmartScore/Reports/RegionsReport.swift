import Foundation

/// `regions search` and `regions list`: code, name, province and type of each region, as a table for
/// people, or JSON and CSV for programs (ids and English keys, whatever the language).
public enum RegionsReport {
    /// `width`: the terminal's, which the table is fitted to (nil: whole lines).
    public static func render(_ regions: [CityRecord], search: RegionSearch? = nil, format: OutputFormat, language: Language,
                              width: Int? = nil) -> String {
        switch format {
        case .json:
            var fields: [(String, JSONValue)] = []
            if let search {
                fields.append(("text", .string(search.text)))
                fields.append(("match", .string(search.match.rawValue)))
            }
            fields.append(("regions", .array(regions.map(json))))
            return JSONValue.object(fields).serialized()
        case .csv:
            var csv = CSVTable(headers: ["code", "bps_code", "name", "province", "type"])
            for r in regions { csv.append([r.code, bpsCode(r.code), r.name, r.province ?? "", r.type ?? ""]) }
            return csv.rendered()
        case .table, .md, .html:
            let t = Localizer(language)
            var table = TextTable(headers: [t(.regionsHeaderCode), t(.regionsHeaderName), t(.regionsHeaderProvince), t(.regionsHeaderType)])
            for r in regions { table.append([r.code, r.name, r.province ?? "—", type(r.type, t)]) }
            // The type is left out first: a name says kota or kabupaten already.
            table.droppable = [3]
            table.unbreakable = [0]
            return table.rendered(width: width, language: language) + "\n"
                + TextWrap.fit(t(.regionsFound, ["count": t.numbers.integer(regions.count)]), width: width) + "\n"
        }
    }

    /// The sentence said before close spellings: the text itself was found nowhere.
    public static func closeSpellingNote(_ search: RegionSearch, language: Language) -> String? {
        guard search.match == .spelling else { return nil }
        return Localizer(language)(.regionsCloseSpelling, ["text": CellText.shown(search.text, language)])
    }

    static func json(_ r: CityRecord) -> JSONValue {
        .object([("code", .string(r.code)), ("bps_code", .string(bpsCode(r.code))), ("name", .string(r.name)),
                 ("province", r.province.map(JSONValue.string) ?? .null), ("type", r.type.map(JSONValue.string) ?? .null)])
    }

    /// `72.71` as BPS tables write it: `7271`.
    static func bpsCode(_ code: String) -> String { code.replacingOccurrences(of: ".", with: "") }

    static func type(_ type: String?, _ t: Localizer) -> String {
        switch type {
        case "kota": t(.regionsTypeKota)
        case "kabupaten": t(.regionsTypeKabupaten)
        default: type ?? "—"
        }
    }
}
