import Foundation

/// The data shipped in `datasets/`: the region list, the real BPS 2021 values (read from the BPS export
/// as it is, through its mapping file), the demo cohort's members and the villages.
public struct BundledData: Sendable {
    public let directory: String
    public let catalogue: Catalogue

    public init(directory: String, catalogue: Catalogue) {
        self.directory = directory
        self.catalogue = catalogue
    }

    func path(_ relative: String) -> String { (directory as NSString).appendingPathComponent(relative) }

    public func regions() throws -> RegionRegistry { try RegionRegistry.load(path: path("regions/regions.csv")) }

    /// The real BPS 2021 values for the 514 regencies and cities.
    public func bps2021() throws -> ObservationBatch {
        let mapping = try ColumnMapping.load(path: path("bps/bps_kabkota_2021.mapping.yaml"), catalogue: catalogue)
        let reader = ObservationFileReader(catalogue: catalogue, regions: try regions())
        return try reader.read(path: path("bps/bps_kabkota_2021.csv"), options: ReadOptions(mapping: mapping)).batch
    }

    /// The BPS series exports of `bps/exports/` (as the BPS website writes them), in file-name order, each with
    /// the catalogue indicator its title names.
    public func bpsExports(aliases: RegionAliases) throws -> [(export: BPSExport, indicator: String)] {
        let folder = path("bps/exports")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
        let registry = try regions()
        return try names.map { name in
            let file = (folder as NSString).appendingPathComponent(name)
            let export = try BPSExport.read(path: file, registry: registry, aliases: aliases)
            guard let code = export.indicatorFromTitle else {
                throw InputError(.bpsExportNeedsIndicator, ["file": file, "title": export.title], at: SourceLocation(file: file, line: 2, column: 2),
                                 hint: .bpsExportNeedsIndicatorHint)
            }
            return (export, code)
        }
    }

    /// The real national panel built from the BPS 2021 table and the series exports (what
    /// `panel/national_panel.csv` holds; `smartscore datasets panel` writes it).
    public func buildNationalPanel() throws -> NationalPanel {
        let aliases = try RegionAliases.bundled(in: directory, registry: try regions())
        return NationalPanel(table: try bps2021(), exports: try bpsExports(aliases: aliases), catalogue: catalogue)
    }

    /// The real national panel as shipped in `panel/national_panel.csv`.
    public func nationalPanel() throws -> ObservationBatch {
        let reader = ObservationFileReader(catalogue: catalogue, regions: try regions())
        return try reader.read(path: path("panel/national_panel.csv"), options: ReadOptions()).batch
    }

    /// The demo cohort's 100 regencies and cities, in the order of `demo/cohort.csv`.
    public func demoCohort() throws -> [CityRecord] {
        let registry = try regions()
        var cities: [CityRecord] = []
        var first = true
        try CSVReader(path: path("demo/cohort.csv"), separator: .comma).forEachRecord { record in
            defer { first = false }
            guard !first, !record.isBlank else { return true }
            guard let city = registry[record.fields[0]] else {
                throw InputError("unknown region code '\(record.fields[0])'", id: "kode wilayah '\(record.fields[0])' tidak dikenal",
                                 at: SourceLocation(file: path("demo/cohort.csv"), line: record.line, column: 1),
                                 hint: "the demo cohort must name codes of regions/regions.csv",
                                 hintID: "kohort demo harus memakai kode dari regions/regions.csv")
            }
            cities.append(city)
            return true
        }
        return cities
    }

    /// The villages (desa/kelurahan), with the province of their regency. The source lists two codes
    /// twice under different names (9107182005, 9109070015); the first of each is kept: 80,532 villages.
    public func villages() throws -> [CityRecord] {
        let registry = try regions()
        var provinceOfRegency: [String: String] = [:]
        for r in registry.regions { provinceOfRegency[r.code.replacingOccurrences(of: ".", with: "")] = r.province }
        var villages: [CityRecord] = []
        var seen = Set<String>()
        villages.reserveCapacity(81_000)
        var first = true
        try CSVReader(path: path("villages/villages.csv"), separator: .comma).forEachRecord { record in
            defer { first = false }
            guard !first, !record.isBlank, record.fields.count >= 3 else { return true }
            let code = record.fields[0]
            guard seen.insert(code).inserted else { return true }
            villages.append(CityRecord(code: code, name: record.fields[2],
                                       province: provinceOfRegency[String(code.prefix(4))], type: "desa"))
            return true
        }
        return villages
    }

    /// The districts (kecamatan) of the villages: 7-digit code → name, as in the source (`villages/districts.csv`).
    /// Only the large cohort report reads it, to name the districts its summary groups villages by.
    public func districtNames() throws -> [String: String] {
        var names: [String: String] = [:]
        names.reserveCapacity(7_300)
        var first = true
        try CSVReader(path: path("villages/districts.csv"), separator: .comma).forEachRecord { record in
            defer { first = false }
            guard !first, !record.isBlank, record.fields.count >= 3 else { return true }
            names[record.fields[0]] = record.fields[2]
            return true
        }
        return names
    }
}
