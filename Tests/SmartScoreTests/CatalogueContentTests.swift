import Foundation
import Testing
@testable import SmartScore

@Suite("Catalogue: the bundled indicators against the reference lists and the framework")
struct CatalogueContentTests {
    let catalogue = try! Catalogue.load(directory: TestPaths.indicators)

    /// (code, theme) of every row of the reference lists, from the committed fixture.
    static func referenceRows() throws -> [(code: String, theme: String)] {
        try String(contentsOf: TestPaths.fixture("reference-codes.tsv"), encoding: .utf8)
            .split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
                return (parts[0], parts[1])
            }
    }

    @Test("every indicator of the three standards in the reference is in the catalogue, counted per standard and theme")
    func countsPerStandardAndTheme() throws {
        let reference = try Self.referenceRows()
        #expect(reference.count == 286)
        func counts(_ rows: [(String, String)]) -> [String: Int] {
            rows.reduce(into: [:]) { acc, row in
                let standard = row.0.split(separator: ":")[0]
                acc["\(standard) \(row.1)", default: 0] += 1
            }
        }
        let iso = catalogue.indicators.filter { $0.standard != "local" }
        let got = counts(iso.map { ($0.code, $0.theme) })
        let want = counts(reference)
        #expect(got == want)
        #expect(Set(iso.map(\.code)) == Set(reference.map(\.code)))
        #expect(iso.filter { $0.standard == "37120" }.count == 138)
        #expect(iso.filter { $0.standard == "37122" }.count == 80)
        #expect(iso.filter { $0.standard == "37123" }.count == 68)
    }

    @Test("the fixture matches the live reference lists when they are at hand (../shared/reference)")
    func fixtureMatchesLiveReference() throws {
        let live = TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/reference/iso37120.md")
        guard FileManager.default.fileExists(atPath: live.path) else { return }
        for standard in ["37120", "37122", "37123"] {
            let text = try String(contentsOf: live.deletingLastPathComponent().appendingPathComponent("iso\(standard).md"), encoding: .utf8)
            let notInEdition = text.range(of: "## Not in this edition").map { text[..<$0.lowerBound] } ?? Substring(text)
            let codes = notInEdition.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("| \(standard):") else { return nil }
                return String(line.dropFirst(2).prefix { $0 != " " })
            }
            let fixture = try Self.referenceRows().map(\.code).filter { $0.hasPrefix("\(standard):") }
            #expect(codes == fixture, "standard \(standard)")
        }
    }

    @Test("every element has at least two scored indicators and every dimension at least eight")
    func coverage() {
        let coverage = CatalogueCoverage(catalogue)
        #expect(coverage.problems.isEmpty, "\(coverage.problems)")
        for (dimension, element) in catalogue.framework.elements.map({ ($0.dimension, $0.element.id) }) {
            #expect(coverage.perElement["\(dimension)/\(element)", default: 0] >= 2)
        }
        for pillar in Framework.pillarIDs { #expect(coverage.perPillar[pillar, default: 0] > 0) }
    }

    @Test("every scored indicator can be normalised, and every goalpost has its basis")
    func scoredIndicatorsAreComplete() {
        for indicator in catalogue.scored {
            guard let g = indicator.goalposts else { Issue.record("\(indicator.code) has no goalposts"); continue }
            #expect(g.worst != g.best)
            #expect(!g.basis.isEmpty)
            #expect(indicator.polarity == .higherBetter ? g.worst < g.best : g.worst > g.best, "\(indicator.code)")
        }
        for indicator in catalogue.indicators where indicator.kind == .profile {
            #expect(!indicator.isScored)
        }
    }

    @Test("every code carries the confidence of the reference: nothing is presented as more certain than it is")
    func confidenceCarried() {
        let iso = catalogue.indicators.filter { $0.standard != "local" }
        #expect(iso.allSatisfy { ["verified", "edition-2014", "title-only", "memory"].contains($0.sourceConfidence) })
        #expect(catalogue.indicators.filter { $0.standard == "local" }.allSatisfy { $0.source != nil })
    }

    @Test("the framework has the contract ids: six dimensions of three elements, three pillars")
    func framework() {
        #expect(catalogue.framework.dimensions.map(\.id) == Framework.dimensionIDs)
        #expect(catalogue.framework.dimensions.allSatisfy { $0.elements.count == 3 })
        #expect(catalogue.framework.pillars.map(\.id) == ["structure", "infrastructure", "suprastructure"])
    }

    @Test("catalogue list JSON has design.md's keys in order")
    func jsonKeys() throws {
        let json = CatalogueReport.list(Array(catalogue.indicators.prefix(1)), format: .json, language: .en)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        let first = parsed[0]
        for key in ["code", "standard", "clause", "theme", "name", "dimension", "element", "pillar", "unit", "polarity", "goalposts", "type"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect((first["name"] as! [String: Any]).keys.sorted() == ["en", "id"])
        #expect(json.hasPrefix("[\n  {\n    \"code\": \"37120:5.1\",\n    \"standard\": \"37120\""))
        let goalposts = first["goalposts"] as! [String: Any]
        #expect(goalposts["worst"] != nil && goalposts["best"] != nil)
    }

    @Test("filters select by dimension, element, pillar, standard and text (accent- and case-insensitive)")
    func filters() throws {
        let governance = CatalogueFilter(dimension: "governance").apply(to: catalogue)
        #expect(!governance.isEmpty && governance.allSatisfy { $0.dimension == "governance" })
        let water = CatalogueFilter(text: "AIR minum").apply(to: catalogue)
        #expect(water.contains { $0.code == "37120:23.2" })
        #expect(throws: InputError.self) { try CatalogueFilter(dimension: "smart").validate(against: catalogue.framework) }
        #expect(catalogue.nearestCodes(to: "37120:5.l").first == "37120:5.1")
    }
}
