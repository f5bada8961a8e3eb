import Foundation

/// Which column of a file holds what: worked out once from the header, then used for every row.
struct ColumnPlan {
    let layout: CSVLayout
    let width: Int
    var cityCode: Int?
    var cityName: Int?
    var province: Int?
    var type: Int?
    var year: Int?
    var fixedYear: Int?
    var indicator: Int?
    var value: Int?
    var source: Int?
    /// Wide layout: the column of each indicator and the indicator's catalogue position.
    var indicatorColumns: [(column: Int, indicator: Int)] = []
    var mapping: ColumnMapping?

    /// The columns that hold numbers, for detecting the decimal mark.
    var valueColumns: [Int] { layout == .long ? [value].compactMap { $0 } : indicatorColumns.map(\.column) }

    init(header raw: [String], file: String, options: ReadOptions, catalogue: Catalogue) throws {
        let header = raw.map { $0.trimmingCharacters(in: .whitespaces) }
        /// The header for a hint: at most 300 characters, so a 1 MB line does not become a 1 MB message.
        let shown = CatalogueReport.truncate(header.joined(separator: ","), 300)
        let lower = header.map { $0.lowercased() }
        width = header.count
        func at(_ column: Int) -> SourceLocation { SourceLocation(file: file, line: 1, column: column + 1) }
        func find(_ name: String) -> Int? { lower.firstIndex(of: name) }

        var seenHeaders: [String: Int] = [:]
        for (j, name) in lower.enumerated() where !name.isEmpty {
            if let first = seenHeaders[name] {
                throw InputError("the column '\(header[j])' appears twice (also column \(first + 1))", at: at(j))
            }
            seenHeaders[name] = j
        }

        if let mapping = options.mapping {
            layout = .wide
            self.mapping = mapping
            func column(_ name: String, _ role: String) throws -> Int {
                guard let j = header.firstIndex(of: name) ?? lower.firstIndex(of: name.lowercased()) else {
                    throw InputError("the mapping names the \(role) column '\(name)', which the file does not have",
                                     at: SourceLocation(file: file, line: 1),
                                     hint: "the file's columns are: \(CatalogueReport.truncate(header.joined(separator: " | "), 300))")
                }
                return j
            }
            cityName = try column(mapping.nameColumn, "city name")
            province = try mapping.provinceColumn.map { try column($0, "province") }
            cityCode = try mapping.codeColumn.map { try column($0, "city code") }
            year = try mapping.yearColumn.map { try column($0, "year") }
            fixedYear = mapping.year
            var used = Set([cityName, province, cityCode, year].compactMap { $0 })
            for entry in mapping.columns {
                let j = try column(entry.header, "indicator")
                guard let position = catalogue.position(of: entry.code) else {
                    throw InputError("the mapping names indicator '\(entry.code)', which the catalogue does not have", at: at(j),
                                     hint: "load its catalogue file with --catalogue, or correct the code in \(mapping.file)")
                }
                indicatorColumns.append((j, position))
                used.insert(j)
            }
            for (j, name) in header.enumerated() where !used.contains(j) && !mapping.ignore.contains(name) && !name.isEmpty {
                throw InputError("the column '\(name)' is neither mapped nor ignored by \(mapping.file)", at: at(j),
                                 hint: "add it under 'columns:' with its indicator code, or under 'ignore:'")
            }
            return
        }

        let detected: CSVLayout = options.layout ?? (find("indicator") != nil && find("value") != nil ? .long : .wide)
        layout = detected
        cityCode = find("city_code")
        cityName = find("city_name")
        year = find("year")
        province = find("province")
        type = find("type")
        source = find("source")
        let required = detected == .long ? ObservationFileReader.longColumns : ["city_code", "city_name", "year"]
        let missing = required.filter { find($0) == nil }
        if !missing.isEmpty {
            throw InputError("missing required column\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                             id: "kolom wajib tidak ada: \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                             at: SourceLocation(file: file, line: 1),
                             hint: detected == .long
                                 ? "the long layout's header is city_code,city_name,year,indicator,value (found: \(shown))"
                                 : "the wide layout's header is city_code,city_name,year followed by indicator codes (found: \(shown))")
        }
        if detected == .long {
            indicator = find("indicator")
            value = find("value")
            return
        }
        let fixed = Set(["city_code", "city_name", "year"]).union(ObservationFileReader.metadataColumns)
        for (j, name) in header.enumerated() where !fixed.contains(lower[j]) {
            guard !name.isEmpty else {
                throw InputError("column \(j + 1) has no header", at: at(j), hint: "name it with an indicator code, or remove it")
            }
            guard let position = catalogue.position(of: name) else {
                throw InputError("unknown indicator code '\(name)' in the header", id: "kode indikator '\(name)' di header tidak dikenal", at: at(j),
                                 hint: "did you mean \(catalogue.nearestCodes(to: name).joined(separator: ", "))? (smartscore catalogue search TEXT)")
            }
            indicatorColumns.append((j, position))
        }
        if indicatorColumns.isEmpty {
            throw InputError("no indicator columns", at: SourceLocation(file: file, line: 1),
                             hint: "a wide file has city_code,city_name,year then one column per indicator code; a long file has indicator and value columns")
        }
    }
}
