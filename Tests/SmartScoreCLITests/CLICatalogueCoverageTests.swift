import Foundation
import Testing

/// A file that carries three of the framework's six dimensions, as a user runs it: every format of
/// `rank`, `evaluate` and `report` says which dimensions have no data and how much of the catalogue the
/// data covers, in Indonesian and in English (Scoring/README.md §4).
@Suite("CLI: catalogue coverage and dimensions without data in every format")
struct CLICatalogueCoverageTests {
    /// Three cities, ten real catalogue indicators: Economy 4, Living 4, Society 2.
    static func file(in dir: URL) throws -> String {
        let codes: [(String, [Double])] = [
            ("37120:5.1", [3.95, 5.91, 4.19]), ("37120:13.2", [6.71, 2.61, 6.55]), ("local:E.1", [75.34, 81.73, 82.38]),
            ("local:E.2", [13205, 16210, 15640]), ("37120:11.1", [70.83, 74.92, 71.37]), ("37120:11.3", [74.5, 118.3, 102.1]),
            ("37120:23.1", [79.4, 90.2, 74]), ("local:L.1", [20.1, 18.3, 23.5]), ("37120:6.4", [16.7, 21.8, 17.5]),
            ("local:S.1", [9.47, 11.09, 11.74]),
        ]
        let cities = [("35.74", "Kota Probolinggo"), ("64.71", "Kota Balikpapan"), ("72.71", "Kota Palu")]
        var csv = "city_code,city_name,year,indicator,value\n"
        for (k, city) in cities.enumerated() {
            for (code, values) in codes { csv += "\(city.0),\(city.1),2023,\(code),\(values[k])\n" }
        }
        let path = dir.appendingPathComponent("three-dimensions.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("rank and evaluate (table, md, json, csv) and report --city/--all (html) name the dimensions without data and the catalogue coverage, in id and en")
    func everyFormat() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-coverage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try Self.file(in: dir)
        // The catalogue's scored indicators, counted from the catalogue's own listing.
        let list = try CLI.run(["catalogue", "list", "--format", "json"], in: CLI.root)
        let indicators = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        let scored = indicators.filter { $0["type"] as? String != "profile" && $0["polarity"] as? String != "neutral" }
        let total = scored.count, governance = scored.filter { $0["dimension"] as? String == "governance" }.count
        #expect(total > 100)

        let expected: [(lang: String, dimensions: String, catalogue: String, perDimension: String, level: String, noData: String)] = [
            ("id", "Dimensi tanpa data: Tata Kelola Cerdas, Branding Cerdas, Lingkungan Cerdas — indeks dihitung berdasarkan 3 dari 6 dimensi.",
             "Cakupan data terhadap katalog: 10 dari \(total) indikator katalog yang dinilai", "Tata Kelola Cerdas 0/\(governance)",
             "(3 dari 6 dimensi)", "(tanpa data)"),
            ("en", "Dimensions without data: Smart Governance, Smart Branding, Smart Environment — the index is computed over 3 of 6 dimensions.",
             "Data coverage against the catalogue: 10 of the catalogue's \(total) scored indicators", "Smart Governance 0/\(governance)",
             "(3 of 6 dimensions)", "(no data)"),
        ]
        var json: [String: [String]] = [:]
        for want in expected {
            for verb in [["rank"], ["evaluate", "--city", "Kota Palu"]] {
                for format in ["table", "md"] {
                    let r = try CLI.run(verb + ["--data", data, "--format", format, "--lang", want.lang], in: CLI.root)
                    let name = "\(verb[0]) \(format) \(want.lang)"
                    #expect(r.status == 0, "\(name): \(r.stderr)")
                    #expect(r.stdout.prefix(400).contains(want.dimensions), "\(name): the warning is not at the top")
                    #expect(r.stdout.contains(want.catalogue) && r.stdout.contains(want.perDimension), "\(name)")
                    #expect(r.stdout.contains(want.level), "\(name)")
                    #expect(!r.stdout.contains("has no in-scope indicator"), "\(name): the English note is back")
                }
                let r = try CLI.run(verb + ["--data", data, "--format", "json", "--lang", want.lang], in: CLI.root)
                #expect(r.status == 0)
                json[verb[0], default: []].append(r.stdout)
            }
            for scope in [["--city", "Kota Palu"], ["--all"]] {
                let out = dir.appendingPathComponent("\(scope[0])-\(want.lang).html").path
                let r = try CLI.run(["report", "--data", data, "--samples", "0", "--lang", want.lang, "--out", out] + scope, in: CLI.root)
                #expect(r.status == 0, "\(r.stderr)")
                let html = try String(contentsOfFile: out, encoding: .utf8)
                #expect(html.contains("<p class=\"analyst\"><strong>\(want.dimensions)</strong></p>"), "report \(scope[0]) \(want.lang)")
                #expect(html.contains(want.level) && html.contains(want.noData), "report \(scope[0]) \(want.lang)")
                if scope[0] == "--city" {
                    // The radar keeps the three missing axes, each marked.
                    #expect(html.components(separatedBy: ">\(want.noData)</text>").count - 1 == 3, "radar \(want.lang)")
                } else {
                    #expect(html.contains(want.catalogue), "report --all \(want.lang)")
                }
            }
        }
        // JSON is the machine's: the same bytes in both languages, with the structured fields.
        for (verb, outputs) in json {
            #expect(outputs.count == 2 && outputs[0] == outputs[1], "\(verb) JSON changes with the language")
            let object = try JSONSerialization.jsonObject(with: Data(outputs[0].utf8)) as! [String: Any]
            #expect(object["dimensions_without_data"] as? [String] == ["governance", "branding", "environment"], "\(verb)")
            let overall = (object["catalogue_coverage"] as! [String: Any])["overall"] as! [String: Any]
            #expect(overall["present"] as? Int == 10 && overall["catalogue"] as? Int == total, "\(verb)")
        }
        let csv = try CLI.run(["rank", "--data", data, "--format", "csv"], in: CLI.root)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines[0].hasSuffix(",catalogue_coverage,dimensions_without_data,null_reason") && lines.count == 4)
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",governance;branding;environment,") })
    }
}
