import Foundation
import Testing
@testable import SmartScore

/// A large cohort's report summarises: tried on 25 real villages of four districts in two regencies with the
/// threshold lowered to 10, so that every number can be recomputed here from the scored cohort.
@Suite("Cohort report at scale: summaries by regency and district instead of a row per village")
struct CohortScaleReportTests {
    /// Districts 1101031 (10 villages) and 1101032 (8) of Kab. Simeulue, 1102010 (3) and 1102011 (4) of Kab. Aceh Singkil.
    static let districts: Set<String> = ["1101031", "1101032", "1102010", "1102011"]

    static func villageCohort() throws -> ScoreResult {
        let data = BundledData(directory: TestPaths.root.appendingPathComponent("datasets").path, catalogue: Bundled.catalogue)
        let villages = try data.villages().filter { districts.contains(String($0.code.prefix(7))) }
        #expect(villages.count == 25)
        let generator = CohortGenerator(indicators: Array(Bundled.catalogue.scored.prefix(30)), options: .init(missingRate: 0))
        // No type column: a village is neither kota nor kabupaten.
        var csv = "city_code,city_name,year,indicator,value,province\n"
        generator.generate(cities: villages) { city, year, indicator, value, _ in
            csv += "\(city.code),\(city.name),\(year),\(indicator.code),\(value),\(city.province ?? "")\n"
        }
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("villages.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        return try Bundled.engine.score(try Bundled.matrix(path), method: ScoringMethod())
    }

    static func report(_ result: ScoreResult) throws -> CohortReport {
        var report = CohortReport(result: result, sensitivity: nil, provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "villages", dataHashes: []),
                                  catalogue: Bundled.catalogue)
        report.summariseAbove = 10
        let data = BundledData(directory: TestPaths.root.appendingPathComponent("datasets").path, catalogue: Bundled.catalogue)
        report.areaNames = CohortAreaNames(regions: Bundled.regions, districts: try data.districtNames())
        return report
    }

    /// The median and quartiles as numpy's default computes them (linear between order statistics), by hand.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = p * Double(sorted.count - 1), lo = Int(h), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    @Test("a cohort above the threshold: tables by regency and district with counts, medians and quartiles recomputed here; no ranking, no heat map")
    func summarised() throws {
        let result = try Self.villageCohort()
        let report = try Self.report(result)
        #expect(report.summarises && CohortReport.listedUnitsAtMost == 1_000)
        let html = report.html(language: .en)
        let doc = try ReportReader.parse(html)
        #expect(doc.tableRows["ranking"] == nil && doc.tableRows["heatmap"] == nil && !doc.ids.contains("f-province"))
        // One chart (the levels), whatever the cohort's size: nothing is drawn per village.
        #expect(doc.svgCount == 1)
        #expect(html.contains("This cohort has 25 units, more than 10"))

        let regencies = try #require(doc.tableRows["regencies"])
        #expect(regencies.count == 3)  // header + Kab. Simeulue + Kab. Aceh Singkil
        #expect(regencies[0].prefix(8) == ["Code", "Regency/city", "Province", "Units", "Median", "Quartiles 1–3", "Best", "Lowest"])
        let districts = try #require(doc.tableRows["districts"])
        #expect(districts.map { $0[0] } == ["Code", "1101031", "1101032", "1102010", "1102011"])
        #expect(districts.map { $0[3] } == ["Units", "10", "8", "3", "4"])
        #expect(regencies[1][0] == "11.01" && regencies[1][3] == "18" && regencies[2][0] == "11.02" && regencies[2][3] == "7")

        // Every area's median, quartiles, best and level shares from the scored cohort itself.
        for (rows, digits) in [(regencies, 4), (districts, 7)] {
            for row in rows.dropFirst() {
                let members = result.cities.indices.filter { result.cities[$0].code.hasPrefix(row[0].replacingOccurrences(of: ".", with: "")) }
                #expect(members.count == Int(row[3]) && row.count == 13, "\(digits)")
                let values = members.map { result.index[$0] }.filter(\.isFinite).sorted()
                #expect(row[4] == String(format: "%.1f", values.count % 2 == 1 ? values[values.count / 2] : (values[values.count / 2 - 1] + values[values.count / 2]) / 2))
                #expect(row[5] == String(format: "%.1f–%.1f", Self.quantile(values, 0.25), Self.quantile(values, 0.75)))
                let best = try #require(members.max { result.index[$0] < result.index[$1] })
                #expect(row[6] == "\(result.cities[best].name) (\(String(format: "%.1f", result.index[best])))")
                // The level shares (highest level first) add up to the whole.
                let shares = row[8...].compactMap { Int($0.replacingOccurrences(of: " %", with: "").replacingOccurrences(of: "%", with: "")) }
                #expect(shares.count == 5 && (99...101).contains(shares.reduce(0, +)))
            }
        }
        #expect(regencies[1][1] == "Kabupaten Simeulue" && districts[1][2] == "Kabupaten Simeulue")
        let names = try BundledData(directory: TestPaths.root.appendingPathComponent("datasets").path, catalogue: Bundled.catalogue).districtNames()
        #expect(districts[1][1] == names["1101031"] && names.count == 7_215)

        // The district table is on screen only, with a note for paper, and a search box the script makes.
        #expect(html.contains("<div class=\"screen-only scroll\" data-search=\"Search a district, regency or code\"><table id=\"districts\">"))
        #expect(html.contains("<p class=\"print-only\">The table of the 4 districts is on the HTML page only"))
        #expect(html.contains("document.createElement('input')"))
        // The size is the summaries', not the villages': far below a row per village with its SVG.
        #expect(html.utf8.count < 60_000)
    }

    @Test("Markdown has the same sections; the Word document leaves the district table out and says so")
    func markdownAndWord() throws {
        let result = try Self.villageCohort()
        let report = try Self.report(result)
        let md = report.markdown(language: .id)
        #expect(md.contains("## Ringkasan per kabupaten/kota") && md.contains("## Ringkasan per kecamatan") && !md.contains("## Peringkat\n"))
        #expect(md.contains("Kohort ini terdiri atas 25 wilayah, lebih dari 10."))
        #expect(md.contains("| 11.01 | Kabupaten Simeulue | Aceh | 18 |"))
        #expect(md.contains("| 1101031 |"))

        var body = DocxBody()
        body.blocks(try XHTMLNode.parse(report.html(language: .id)).children, DocxBody.Context())
        #expect(!body.xml.contains(">1101031<") && body.xml.contains("Tabel 4 kecamatan hanya dimuat pada halaman HTML"))
        #expect(body.xml.contains("Ringkasan per kabupaten/kota") && body.xml.contains(">Kabupaten Simeulue<"))
    }

    @Test("a cohort at or below the threshold is listed as before")
    func listed() throws {
        let result = try Self.villageCohort()
        var report = try Self.report(result)
        report.summariseAbove = 25
        #expect(!report.summarises)
        let doc = try ReportReader.parse(report.html(language: .en))
        #expect(doc.tableRows["ranking"]?.count == 26 && doc.tableRows["regencies"] == nil && doc.tableRows["districts"] == nil)
    }
}
