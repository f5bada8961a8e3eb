import Foundation
import Testing
@testable import SmartScore

/// The reports' method sections show the weights as applied: every dimension's, element's and indicator's
/// share of the index, and for AHP each judged block's λmax, CI, RI and CR. The expected shares are worked
/// out here from the weights themselves (weight over its group's total, times the parent's share), not
/// taken from the engine.
@Suite("Method sections: the weights as applied and AHP's consistency, in both reports, HTML and Markdown, both languages")
struct MethodWeightsReportTests {
    static let framework = Bundled.catalogue.framework

    /// Weights as a test states them: unset ones are 1.
    struct Stated {
        var dimensions: [String: Double] = [:]
        var elements: [String: Double] = [:]      // "dimension/element"
        var indicators: [String: Double] = [:]
        func dimension(_ id: String) -> Double { dimensions[id] ?? 1 }
        func element(_ path: String) -> Double { elements[path] ?? 1 }
        func indicator(_ code: String) -> Double { indicators[code] ?? 1 }
    }

    /// Each in-scope part's share of the index, from `stated` and the indicators the result scored.
    struct Expected {
        var dimensions: [String: Double] = [:]
        var elements: [String: Double] = [:]
        var elementsInDimension: [String: Double] = [:]
        var indicators: [String: Double] = [:]
    }

    static func expected(_ stated: Stated, indicators: [Indicator]) -> Expected {
        var e = Expected()
        let dimensions = Set(indicators.map(\.dimension))
        let totalD = dimensions.reduce(0) { $0 + stated.dimension($1) }
        for d in dimensions {
            let dShare = stated.dimension(d) / totalD
            e.dimensions[d] = dShare
            let elements = Set(indicators.filter { $0.dimension == d }.map { "\(d)/\($0.element)" })
            let totalE = elements.reduce(0) { $0 + stated.element($1) }
            for path in elements {
                let within = stated.element(path) / totalE
                e.elementsInDimension[path] = within
                e.elements[path] = within * dShare
                let members = indicators.filter { "\($0.dimension)/\($0.element)" == path }
                let totalI = members.reduce(0) { $0 + stated.indicator($1.code) }
                for i in members { e.indicators[i.code] = stated.indicator(i.code) / totalI * within * dShare }
            }
        }
        return e
    }

    func write(_ text: String) throws -> String {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("weights.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func reports(_ weights: WeightSet) throws -> (city: CityReport, cohort: CohortReport, result: ScoreResult) {
        let result = try Bundled.engine.score(ReportTests.demo, method: ScoringMethod(weights: weights))
        let k = try CityLookup.find("72.71", in: result.cities)
        let provenance = Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: ["abc"])
        let city = CityReport(evaluation: CityEvaluation(result: result, cityIndex: k), plan: nil, sensitivity: nil, profile: [],
                              provenance: provenance, catalogue: Bundled.catalogue)
        return (city, CohortReport(result: result, sensitivity: nil, provenance: provenance, catalogue: Bundled.catalogue), result)
    }

    /// The Markdown tables of a document, each as its header row followed by its rows, cells trimmed and
    /// unbolded.
    static func markdownTables(_ md: String) -> [[[String]]] {
        var tables: [[[String]]] = [], current: [[String]] = []
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                if !current.isEmpty { tables.append(current); current = [] }
                continue
            }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces) }
            if !cells.allSatisfy({ $0.allSatisfy { $0 == "-" } }) { current.append(cells) }
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// The rows (without the header) of the table whose header is `header`.
    static func rows(_ tables: [[[String]]], header: [String]) -> [[String]]? {
        tables.first { $0.first == header }.map { Array($0.dropFirst()) }
    }

    /// Checks the dimension, element and indicator tables (HTML by id, Markdown by header) against `e`.
    func checkShares(dimensions: [[String]]?, elements: [[String]]?, indicators: [[String]]?, _ e: Expected, _ l: Language,
                     _ where_: String) {
        let n = NumberFormat.of(l)
        let fw = Self.framework
        let dimensionRows = Dictionary(uniqueKeysWithValues: (dimensions ?? []).map { ($0[0], $0) })
        #expect(dimensionRows.count == 6, "\(where_): \(dimensionRows.keys.sorted())")
        for (d, share) in e.dimensions {
            #expect(dimensionRows[fw.name(of: d, l)]?.last == n.percent(share, digits: 1), "\(where_): dimension \(d)")
        }
        let elementRows = Dictionary((elements ?? []).map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        for (path, share) in e.elements {
            let row = elementRows[fw.name(of: path, l)]
            #expect(row?[2] == n.percent(e.elementsInDimension[path], digits: 1) && row?[3] == n.percent(share, digits: 1),
                    "\(where_): element \(path) \(row ?? [])")
        }
        let indicatorRows = Dictionary(uniqueKeysWithValues: (indicators ?? []).map { ($0[2], $0) })
        #expect(indicatorRows.count == e.indicators.count, "\(where_): \(indicatorRows.count) indicator rows, \(e.indicators.count) in scope")
        for (code, share) in e.indicators {
            #expect(indicatorRows[code]?.last == n.percent(share, digits: 2), "\(where_): indicator \(code)")
        }
    }

    /// Every people's format of both reports, in `l`: the HTML parsed, the Markdown as text.
    func checkAll(_ city: CityReport, _ cohort: CohortReport, _ e: Expected, _ l: Language,
                  extra: (_ html: String, _ doc: ReportReader?, _ md: String, _ which: String) throws -> Void = { _, _, _, _ in }) throws {
        let t = Localizer(l)
        for (which, html, md) in [("city", city.html(language: l), city.markdown(language: l)),
                                  ("cohort", cohort.html(language: l), cohort.markdown(language: l))] {
            let doc = try ReportReader.parse(html)
            checkShares(dimensions: doc.tableRows["bobot-dimensi"].map { Array($0.dropFirst()) },
                        elements: doc.tableRows["bobot-elemen"].map { Array($0.dropFirst()) },
                        indicators: doc.tableRows["bobot-indikator"].map { Array($0.dropFirst()) }, e, l, "\(which) HTML \(l)")
            // The long tables fold away (a printed page keeps the summary line); the dimensions stay in view.
            let details = try #require(html.range(of: "<details><summary>"), "\(which) HTML \(l)")
            let end = try #require(html.range(of: "</details>"))
            #expect(html.range(of: "id=\"bobot-dimensi\"")!.lowerBound < details.lowerBound)
            for id in ["bobot-elemen", "bobot-indikator"] {
                let at = try #require(html.range(of: "id=\"\(id)\""))
                #expect(details.upperBound < at.lowerBound && at.upperBound < end.lowerBound, "\(which): \(id) inside <details>")
            }
            let tables = Self.markdownTables(md)
            checkShares(dimensions: Self.rows(tables, header: [t(.dimension), t(.methodWeightsWeight), t(.methodWeightsShareOfIndex)]),
                        elements: Self.rows(tables, header: [t(.dimensionOrElement), t(.methodWeightsWeight), t(.methodWeightsShareInDimension),
                                                             t(.methodWeightsShareOfIndex)]),
                        indicators: Self.rows(tables, header: [t(.dimension), t(.methodWeightsElement), t(.code), t(.indicator), t(.methodWeightsWeight),
                                                               t(.methodWeightsShareInElement), t(.methodWeightsShareOfIndex)]),
                        e, l, "\(which) Markdown \(l)")
            try extra(html, doc, md, which)
        }
    }

    @Test("AHP: the shares, and each block's λmax, CI, RI and CR in both languages; a block accepted above 0.1 is warned of")
    func ahp() throws {
        // Dimensions: consistent judgements whose weights are 2, 1, 1, 2, 2, 1 (CR 0). The governance elements:
        // a cycle of 9s, inconsistent on purpose and accepted with --allow-inconsistent.
        let path = try write("""
        dimensions:
          order: [governance, branding, economy, living, society, environment]
          matrix:
            - [1, 2, 2, 1, 1, 2]
            - [1/2, 1, 1, 1/2, 1/2, 1]
            - [1/2, 1, 1, 1/2, 1/2, 1]
            - [1, 2, 2, 1, 1, 2]
            - [1, 2, 2, 1, 1, 2]
            - [1/2, 1, 1, 1/2, 1/2, 1]
        elements:
          governance:
            order: [public_services, bureaucratic_management, public_policy]
            matrix: [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]
        """)
        let (weights, _) = try AHPFile.load(path: path, framework: Self.framework, allowInconsistent: true)
        let (city, cohort, result) = try reports(weights)
        // The cycle is symmetric: equal weights, every row sums to 1 + 9 + 1/9, which is then λmax;
        // CI = (λmax − 3) / 2, and CR = CI / 0.58 (Saaty's RI for n = 3).
        let lambda = 1 + 9 + 1.0 / 9, ci = (lambda - 3) / 2, cr = ci / 0.58
        let stated = Stated(dimensions: ["governance": 2, "branding": 1, "economy": 1, "living": 2, "society": 2, "environment": 1],
                            elements: ["governance/public_services": 1, "governance/bureaucratic_management": 1, "governance/public_policy": 1])
        let e = Self.expected(stated, indicators: result.indicators)
        #expect(e.dimensions.count == 6)
        for l in Language.allCases {
            let n = NumberFormat.of(l), words = ScoringWording.reader(l, framework: Self.framework)
            try checkAll(city, cohort, e, l) { html, doc, md, which in
                let rows = try #require(doc?.tableRows["ahp-konsistensi"], "\(which) \(l)")
                #expect(rows.dropFirst().map { Array($0[1...5]) } == [["6", n.score(6, digits: 3), n.score(0, digits: 3), n.score(1.24, digits: 2), n.score(0, digits: 3)],
                                                                      ["3", n.score(lambda, digits: 3), n.score(ci, digits: 3), n.score(0.58, digits: 2), n.score(cr, digits: 3)]],
                        "\(which) \(l): \(rows)")
                #expect(html.contains("<p class=\"warning\">") && html.contains("CR = \(n.score(cr, digits: 3))"))
                // The same in Markdown: the table, and the warning in bold before it.
                #expect(md.contains("| \(n.score(lambda, digits: 3)) | \(n.score(ci, digits: 3)) | \(n.score(0.58, digits: 2)) | \(n.score(cr, digits: 3)) |"), "\(which) \(l)")
                #expect(md.contains("**" + words.ahpInconsistentWarning(result.method.weights.consistency[1]) + "**"))
            }
        }
        // The numbers in each language's own hand, and the words the civil service reads.
        let id = city.html(language: .id), en = city.html(language: .en)
        #expect(id.contains("6,130") && id.contains("22,2%") && en.contains("6.130") && en.contains("22.2%"))
        #expect(id.contains("Rasio konsistensi (CR)") && id.contains("Indeks konsistensi (CI)") && id.contains("Indeks acak (RI)") && id.contains("λ maks"))
        #expect(id.contains("tidak konsisten (CR &gt; 0,1), tetap digunakan karena --allow-inconsistent"))
        #expect(en.contains("inconsistent (CR &gt; 0.1), accepted with --allow-inconsistent"))
    }

    @Test("a weights file: dimension, element and indicator shares worked from the file's weights, both reports, both languages")
    func weightsFile() throws {
        let path = try write("""
        dimensions: {governance: 3, economy: 2, environment: 0.5}
        elements:
          economy: {community_welfare: 2}
          living: {health: 3, transport: 0.5}
        indicators: {"37120:13.2": 2, "local:E.1": 4, "37122:10.2": 0}
        """)
        let weights = try WeightsFile.load(path: path, catalogue: Bundled.catalogue)
        let (city, cohort, result) = try reports(weights)
        let stated = Stated(dimensions: ["governance": 3, "economy": 2, "environment": 0.5],
                            elements: ["economy/community_welfare": 2, "living/health": 3, "living/transport": 0.5],
                            indicators: ["37120:13.2": 2, "local:E.1": 4, "37122:10.2": 0])
        let e = Self.expected(stated, indicators: result.indicators)
        // The indicators named are in the demo's scope, or the test would prove nothing about them.
        #expect(["37120:13.2", "local:E.1", "37122:10.2"].allSatisfy { e.indicators[$0] != nil })
        #expect(e.indicators["37122:10.2"] == 0)
        // 3 / (3 + 1 + 2 + 1 + 1 + 0.5) = 35.3 %.
        #expect(abs(e.dimensions["governance"]! - 3 / 8.5) < 1e-15)
        for l in Language.allCases {
            try checkAll(city, cohort, e, l) { html, doc, _, which in
                #expect(doc?.tableRows["ahp-konsistensi"] == nil, "\(which): no AHP table without AHP")
                #expect(html.contains(ScoringWording.reader(l, framework: Self.framework).weightingSentence(result.model.appliedWeights)))
                #expect(html.contains(path))
            }
        }
        #expect(city.html(language: .id).contains("35,3%") && city.html(language: .en).contains("35.3%"))
    }

    @Test("equal weights: 16,7% / 16.7% per dimension when all six are in scope, said in a sentence; no AHP table")
    func equal() throws {
        let (city, cohort, result) = try reports(.equal)
        #expect(result.dimensions.count == 6)
        let e = Self.expected(Stated(), indicators: result.indicators)
        for (l, sixth) in [(Language.id, "16,7%"), (.en, "16.7%")] {
            try checkAll(city, cohort, e, l) { html, doc, md, which in
                let rows = try #require(doc?.tableRows["bobot-dimensi"])
                #expect(rows.dropFirst().allSatisfy { $0.last == sixth }, "\(which) \(l)")
                #expect(html.contains(Localizer(l)(.methodWeightsEqual)) && md.contains(Localizer(l)(.methodWeightsEqual)))
                #expect(!html.contains("ahp-konsistensi"))
            }
        }
    }

    /// The fixed words a line opens with, before its first placeholder.
    static func lead(_ key: TextKey, _ l: Language) -> String {
        String(Localizer(l).template(key).prefix { $0 != "{" })
    }

    @Test("evaluate: one line of dimension shares when they differ, one line per AHP block; nothing more with equal weights")
    func evaluateLines() throws {
        let file = try WeightsFile.load(path: write("dimensions: {governance: 3}\n"), catalogue: Bundled.catalogue)
        let (fileCity, _, _) = try reports(file)
        for l in Language.allCases {
            let t = Localizer(l), n = t.numbers
            let text = EvaluateReport.render(fileCity.evaluation, format: .table, language: l, catalogue: Bundled.catalogue)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(Self.lead(.methodWeightsDimensionSharesLine, l)) })
            // 3 / 8 and 1 / 8 of the index.
            #expect(line.contains("\(t.dimensionShort("governance")) \(n.percent(3.0 / 8, digits: 1))")
                    && line.contains("\(t.dimensionShort("branding")) \(n.percent(1.0 / 8, digits: 1))"), "\(line)")
            #expect(!text.contains("AHP ("))
        }
        let (equalCity, _, _) = try reports(.equal)
        let plain = EvaluateReport.render(equalCity.evaluation, format: .table, language: .en, catalogue: Bundled.catalogue)
        #expect(!plain.contains(Self.lead(.methodWeightsDimensionSharesLine, .en)) && !plain.contains("AHP ("))

        let ahp = try write("""
        elements:
          living:
            order: [living_environment, health, transport]
            matrix: [[1, 1/2, 2], [2, 1, 3], [1/2, 1/3, 1]]
        """)
        let (weights, analysed) = try AHPFile.load(path: ahp, framework: Self.framework, allowInconsistent: false)
        let (ahpCity, _, _) = try reports(weights)
        for (l, format) in [(Language.id, OutputFormat.table), (.en, .md)] {
            let n = NumberFormat.of(l)
            let text = EvaluateReport.render(ahpCity.evaluation, format: format, language: l, catalogue: Bundled.catalogue)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("AHP (") }, "\(l)")
            #expect(line.contains(n.score(analysed[0].consistencyRatio, digits: 3)) && line.contains(n.score(0.58, digits: 2)), "\(line)")
            // Only element weights were judged: the dimensions keep equal shares, and no line lists them.
            #expect(!text.contains(Self.lead(.methodWeightsDimensionSharesLine, l)))
        }
    }
}
