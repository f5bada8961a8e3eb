import Foundation
import Testing
@testable import SmartScore

/// The one JSON formatter: its layout written out by hand, and the ranking it streams city by city held to
/// the same document built as a tree (the way `rank` wrote it before it streamed) in this test.
@Suite("JSONWriter: the layout by hand, and the streamed ranking equal to the ranking built as a tree")
struct JSONWriterTests {
    @Test("layout: two-space indentation, one member per line, [] and {} when empty, a final newline")
    func layoutByHand() {
        var w = JSONWriter()
        w.beginObject()
        w.key("a"); w.number(1)
        w.key("b"); w.beginArray(); w.end()
        w.key("c"); w.beginObject(); w.end()
        w.key("d"); w.beginArray()
        w.number(0.5); w.null(); w.bool(false)
        w.beginObject(); w.key("e"); w.string("x"); w.end()
        w.end()
        w.key("f"); w.number(Double.nan)
        w.key("g"); w.string(nil)
        w.end()
        let expected = """
            {
              "a": 1,
              "b": [],
              "c": {},
              "d": [
                0.5,
                null,
                false,
                {
                  "e": "x"
                }
              ],
              "f": null,
              "g": null
            }

            """
        #expect(w.text() == expected)
        // A lone value, and the same document handed over as a tree.
        var lone = JSONWriter()
        lone.number(-3)
        #expect(lone.text() == "-3\n")
        let tree = JSONValue.object([("a", .number(1)), ("b", .array([])), ("c", .object([])),
                                     ("d", .array([.number(0.5), .null, .bool(false), .object([("e", .string("x"))])])),
                                     ("f", .number(Double.nan)), ("g", .null)])
        #expect(tree.serialized() == expected)
    }

    @Test("items written apart and handed over are the bytes written in place: first run empty or not, nested")
    func itemsWrittenApart() {
        func items(_ w: inout JSONWriter, _ range: Range<Int>) {
            for i in range { w.beginObject(); w.key("i"); w.number(i); w.key("a"); w.beginArray(); w.end(); w.end() }
        }
        var whole = JSONWriter()
        whole.beginObject(); whole.key("x"); whole.beginArray(); items(&whole, 0 ..< 5); whole.end(); whole.end()
        for split in [0, 1, 3, 5] {
            var parts = JSONWriter()
            parts.beginObject(); parts.key("x"); parts.beginArray()
            var first = JSONWriter.items(depth: parts.depth, after: 0), second = JSONWriter.items(depth: parts.depth, after: split)
            items(&first, 0 ..< split)
            items(&second, split ..< 5)
            parts.append(items: first, count: split)
            parts.append(items: second, count: 5 - split)
            parts.end(); parts.end()
            #expect(parts.text() == whole.text())
        }
    }

    @Test("strings: quote, backslash and control characters escaped; other UTF-8 as it is; numbers as JSONValue.format (no fraction below 1e15)")
    func escapesAndNumbers() {
        var w = JSONWriter()
        w.beginArray()
        w.string("Kota \"Baru\"\\ \n\r\t\u{01}\u{1F} é 🏙")
        w.number(1e15); w.number(123456789012345); w.number(0.1); w.number(-0.0); w.number(Double.infinity)
        w.end()
        #expect(w.text() == """
            [
              "Kota \\"Baru\\"\\\\ \\n\\r\\t\\u0001\\u001f é 🏙",
              1000000000000000.0,
              123456789012345,
              0.1,
              0,
              null
            ]

            """)
    }

    @Test("the streamed ranking is byte for byte the document built as a tree, with and without intervals and provenance")
    func streamedRankingEqualsTree() throws {
        // Three cities, one of them without Living (its index is null and its coverage partial), and an XSS-ish name.
        var c = TinyCohort()
        c.indicators = [CatalogueCoverageTests.a1, CatalogueCoverageTests.a2, CatalogueCoverageTests.h1, CatalogueCoverageTests.s1]
        c.cities = TinyCohort.cities(3)
        c.cities[1].name = "Kota \"<script>\""
        c.rows = [[50, 60, 70, 80], [50, .nan, 72, 81], [55, .nan, .nan, 80]]
        let result = try ScoringEngine(framework: CatalogueCoverageTests.framework, catalogue: CatalogueCoverageTests.catalogue)
            .score(c.matrix(), method: ScoringMethod())
        let intervals: [RankInterval?] = [RankInterval(median: 1, p05: 1, p95: 2), nil,
                                          RankInterval(median: 2, p05: 1, p95: 3, modes: RankModes(modes: [1, 3], shares: [0.6, 0.4]))]
        var batch = ObservationBatch()
        for (city, row) in zip(c.cities, c.rows) {
            for (indicator, value) in zip(c.indicators, row) where !value.isNaN {
                batch.add(city: city, indicator: indicator.code, year: 2021, value: value, source: "BPS")
            }
        }
        let values = ValueProvenance(batch: batch, year: 2021, indicators: c.indicators, cities: c.cities)
        for (rows, u, v) in [(result.order, nil, nil), (result.order, intervals, values), ([2, 0], intervals, nil)] as [([Int], [RankInterval?]?, ValueProvenance?)] {
            let expected = Self.tree(result, rows: rows, uncertainty: u, values: v).serialized()
            // In one run, and in two runs written at once (as a cohort of 20,000 cities or more is).
            for minimum in [RankReport.citiesWrittenInRuns, 2] {
                var w = JSONWriter()
                RankReport.writeJSON(result, rows: rows, uncertainty: u, values: v, into: &w, inRunsFrom: minimum)
                #expect(w.text() == expected)
            }
        }
        // The brief coverage a ranking row shows is the full coverage's.
        for k in result.cities.indices {
            let full = result.catalogueCoverage(ofCity: k), brief = result.catalogueCoverageBrief(ofCity: k)
            #expect(brief.share == full.overall.share && brief.dimensionsWithoutData == full.dimensionsWithoutData)
        }
        #expect(result.catalogueCoverageBrief(ofCity: 2).dimensionsWithoutData.contains("living"))
    }

    /// The ranking as a tree of values, as `rank` built it before it streamed: the second computation.
    static func tree(_ result: ScoreResult, rows: [Int], uncertainty: [RankInterval?]?, values: ValueProvenance?) -> JSONValue {
        func score(_ k: Int, _ id: String) -> JSONValue {
            .number(result.dimensions.firstIndex(of: id).map { result.dimensionScores[k, $0] })
        }
        let cities = rows.map { k -> JSONValue in
            let city = result.cities[k]
            let coverage = result.catalogueCoverage(ofCity: k)
            var fields: [(String, JSONValue)] = [
                ("rank", result.ranks[k].map { .number(Double($0)) } ?? .null), ("code", .string(city.code)), ("name", .string(city.name)),
                ("score", .number(result.index[k])), ("level", .string(result.level(ofIndex: k)?.predicate)),
                ("coverage", .number(result.coverage[k])), ("dimensions", .object(Framework.dimensionIDs.map { ($0, score(k, $0)) })),
                ("catalogue_coverage", .number(coverage.overall.share)),
                ("dimensions_without_data", .array(coverage.dimensionsWithoutData.map { .string($0) })),
                ("index_basis", result.indexBasisJSON(k)),
            ]
            if let u = uncertainty {
                fields += [("median_rank", .number(u[k]?.median)), ("rank_p05", .number(u[k]?.p05)), ("rank_p95", .number(u[k]?.p95)),
                           ("rank_modes", u[k]?.modes.map(SensitivityReport.modesJSON) ?? .null)]
            }
            fields += [("province", .string(city.province)), ("type", .string(city.type)), ("null_reason", result.nullReasonJSON(k))]
            return .object(fields)
        }
        var top: [(String, JSONValue)] = [("year", .number(Double(result.year))), ("method", result.methodJSON), ("cities", .array(cities)),
                                          ("warnings", .array(result.warningsJSON))] + result.catalogueCoverageFields(result.catalogueCoverage)
        if let values { top.append(("values", values.json)) }
        return .object(top)
    }
}
