import Foundation
import Testing
@testable import SmartScore

/// The text elements of a rendered chart, in drawing order: where each is and what it says.
private func texts(_ svg: String) -> [(x: Double, y: Double, text: String)] {
    let pattern = try! NSRegularExpression(pattern: "<text x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>")
    let ns = svg as NSString
    return pattern.matches(in: svg, range: NSRange(location: 0, length: ns.length)).map {
        (Double(ns.substring(with: $0.range(at: 1)))!, Double(ns.substring(with: $0.range(at: 2)))!, ns.substring(with: $0.range(at: 3)))
    }
}

@Suite("Charts: markers that keep their side, colours that darken with the score, labels cut only between words, axes on every bar chart")
struct ChartsTests {
    typealias Point = (number: Int, effort: Int, impact: Double, quickWin: Bool)

    @Test("quadrants: twenty crowded programmes, no two numbered markers overlap, none crosses a threshold from its data")
    func quadrantMarkers() throws {
        // Eleven programmes at effort 2 (the last low-effort column) around the impact line of 0.2, the rest
        // piled on effort 3 at nearly the same impact: the old jitter moved effort-2 markers across the line.
        var points: [Point] = (1...11).map { ($0, 2, 0.18 + 0.004 * Double($0), false) }
        points += (12...20).map { ($0, 3, 0.05 + 0.0005 * Double($0), false) }
        let threshold = 0.2, lowEffortMax = 2
        let g = Charts.QuadrantGeometry(points: points, impactThreshold: threshold)
        let markers = Charts.quadrantLayout(points: points, impactThreshold: threshold, geometry: g)
        #expect(markers.map(\.number) == Array(1...20))
        let box = 2 * Charts.quadrantMarkerRadius
        for a in markers.indices {
            for b in markers.indices where a < b {
                let overlap = abs(markers[a].x - markers[b].x) < box && abs(markers[a].y - markers[b].y) < box
                #expect(!overlap, "markers \(markers[a].number) and \(markers[b].number) overlap")
            }
        }
        let split = g.x(Double(lowEffortMax) + 0.5), line = g.y(threshold)
        for (p, m) in zip(points, markers) {
            // The effort side: left of the low-effort line for effort ≤ 2, right of it otherwise, a whole
            // marker clear of it; inside the plot.
            if p.effort <= lowEffortMax { #expect(m.x + Charts.quadrantMarkerRadius <= split) } else { #expect(m.x - Charts.quadrantMarkerRadius >= split) }
            #expect(abs(m.x - g.x(Double(p.effort))) < g.plotW / 10)
            // The impact side (y grows downwards): above the line for an impact at or over the threshold.
            if p.impact >= threshold { #expect(m.y < line) } else { #expect(m.y > line) }
            #expect(m.y >= g.top && m.y <= g.top + g.plotH)
        }
        // The chart draws its numbers where the layout put the markers (the number 3 px under the centre).
        let svg = Charts.quadrants(points: points, impactThreshold: threshold, lowEffortMax: lowEffortMax, labels: ("QW", "MP", "FI", "TL"),
                                   axis: ("effort words", "impact words"), numbers: .indonesian, pointTitle: { "\($0) \($1) \($2)" })
            .rendered(label: "q")
        let drawn = texts(svg)
        for m in markers {
            #expect(drawn.contains { $0.text == String(m.number) && abs($0.x - m.x) < 0.01 && abs($0.y - (m.y + 3)) < 0.01 })
        }
        #expect(drawn.contains { $0.text == "effort words" } && drawn.contains { $0.text == "impact words" })
        // Impact ticks are round and in the report's numbers: 0,1 on an Indonesian chart, never 0.1.
        #expect(drawn.contains { $0.text == "0,1" } && !drawn.contains { $0.text == "0.1" })
    }

    @Test("the impact/effort axis titles are words a head of region reads, in both languages")
    func quadrantAxisWords() {
        #expect(Localizer(.id)(.chartsQuadrantImpactAxis) == "Kenaikan indeks daerah (poin, skala 0–100)")
        #expect(Localizer(.id)(.chartsQuadrantEffortAxis) == "Upaya (1 = paling ringan … 5 = paling berat)")
        #expect(Localizer(.en)(.chartsQuadrantEffortAxis) == "Effort (1 = lightest … 5 = heaviest)")
    }

    @Test("score colours: relative luminance strictly falls from 0 to 100; no value is outside the ramp; text contrasts")
    func scoreRamp() {
        let luminances = (0...100).map { ScoreColour.luminance(ScoreColour.fill(Double($0))) }
        for (a, b) in zip(luminances, luminances.dropFirst()) { #expect(b < a) }
        #expect(ScoreColour.fill(0) == "#ffffd9" && ScoreColour.fill(100) == "#081d58" && ScoreColour.fill(50) == "#41b6c4")
        // Hand-computed: #ffffff is 1, #000000 is 0, #808080 (128/255 → 0.2158605) the same in every channel.
        #expect(ScoreColour.luminance("#ffffff") == 1 && ScoreColour.luminance("#000000") == 0)
        #expect(abs(ScoreColour.luminance("#808080") - 0.2158605) < 1e-6)
        #expect(!(0...100).map { ScoreColour.fill(Double($0)) }.contains(ScoreColour.fill(nil)))
        #expect(ScoreColour.text(0) == "#111111" && ScoreColour.text(100) == "#ffffff" && ScoreColour.text(90) == "#ffffff")
    }

    @Test("heat map: a legend with 0, 25, 50, 75, 100 and the no-value mark; a missing cell is struck through")
    func heatMapLegend() {
        let svg = Charts.heatMap(rows: ["Tata kelola"], columns: ["Tata kelola cerdas", "B"], values: [[40, nil]],
                                 legend: ("Skor", "tidak ada nilai"), numbers: .indonesian).rendered(label: "h")
        let drawn = texts(svg).map(\.text)
        for tick in ["0", "25", "50", "75", "100", "Skor", "tidak ada nilai"] { #expect(drawn.contains(tick)) }
        // Two cells' values, the missing one as a dash on the grey of "no value" with a diagonal stroke.
        #expect(drawn.contains("40,0") && drawn.contains("—"))
        #expect(svg.contains("fill=\"\(ScoreColour.noValue)\"") && svg.contains("stroke=\"\(ScoreColour.noValueMark)\""))
    }

    @Test("a long label wraps at spaces onto whole words; only a single word wider than the area ends in …")
    func wrapping() {
        let label = "Persentase layanan pemerintah daerah yang dapat diakses secara daring (Smart Governance)"
        // 200 px at 10 px and 0.6 em a glyph: 33 characters a line.
        let lines = Charts.wrapped(label, width: 200, size: 10, maxLines: 3)
        #expect(lines == ["Persentase layanan pemerintah", "daerah yang dapat diakses secara", "daring (Smart Governance)"])
        #expect(lines.joined(separator: " ") == label)
        for line in lines { #expect(Charts.textWidth(line, size: 10) <= 200) }
        #expect(Charts.wrapped("Kota Palu", width: 200, size: 10) == ["Kota Palu"])
        // Too long for two lines: the second ends after a whole word, then "…".
        let two = Charts.wrapped(label, width: 200, size: 10, maxLines: 2)
        #expect(two == ["Persentase layanan pemerintah", "daerah yang dapat diakses secara…"])
        // A single word wider than the whole width (10 characters fit in 60 px) is the only cut one.
        #expect(Charts.wrapped("Penyelenggaraan di", width: 60, size: 10) == ["Penyeleng…", "di"])
        // The charts use it: every word of a long row label is drawn whole.
        let svg = Charts.bars(labels: [label], values: [50], labelWidth: 260, numbers: .english).rendered(label: "b")
        let words = Set(texts(svg).flatMap { $0.text.split(separator: " ").map(String.init) })
        for word in label.split(separator: " ") { #expect(words.contains(String(word))) }
        #expect(!svg.contains("…"))
    }

    @Test("grouped bars: each element is drawn under its own dimension's heading, and the axis has its ticks")
    func groupedBars() {
        let svg = Charts.groupedBars(groups: [(heading: "Ekonomi", labels: ["E1", "E2"], values: [10, 20]),
                                              (heading: "Lingkungan", labels: ["L1"], values: [nil])],
                                     numbers: .indonesian).rendered(label: "g")
        let drawn = texts(svg)
        func y(_ s: String) -> Double { drawn.first { $0.text == s }!.y }
        #expect(y("Ekonomi") < y("E1") && y("E1") < y("E2") && y("E2") < y("Lingkungan") && y("Lingkungan") < y("L1"))
        // The axis under the last bar: 0, 25, 50, 75, 100 on one baseline, evenly spaced (300 px / 4 = 75 px).
        let ticks = ["0", "25", "50", "75", "100"].map { s in drawn.last { $0.text == s }! }
        #expect(Set(ticks.map(\.y)).count == 1 && ticks[0].y > y("L1"))
        #expect(zip(ticks, ticks.dropFirst()).allSatisfy { abs($1.x - $0.x - 75) < 0.01 })
        // A bar of 20 on 0–100 and 300 px is 60 px wide; its value printed after it.
        #expect(svg.contains("width=\"60\"") && drawn.contains { $0.text == "20,0" })
    }

    @Test("the other bar charts carry an axis too: round ticks from 0 over their maximum")
    func barAxes() {
        let counts = Charts.bars(labels: ["a", "b"], values: [3, 7], maximum: 7, digits: 0, numbers: .english).rendered(label: "c")
        // 0…7 on round steps of 2: 0, 2, 4, 6, 8; the bar of 7 is 7/8 of 300 px.
        let drawn = texts(counts).map(\.text)
        for tick in ["0", "2", "4", "6", "8"] { #expect(drawn.contains(tick)) }
        #expect(counts.contains("width=\"262.50\""))
        let cost = Charts.bars(labels: ["x"], values: [0.37], maximum: 0.37, digits: 2, numbers: .indonesian).rendered(label: "p")
        for tick in ["0,0", "0,1", "0,2", "0,3", "0,4"] { #expect(texts(cost).map(\.text).contains(tick)) }
    }

    @Test("trend: the band spans the cohort's quartiles and the dashed line its median, on the hand-computed scale")
    func trendGeometry() {
        // Values from 2 to 98: the axis runs 0–100 (ticks of 25); the plot is 496 × 182 px from (48, 26),
        // the years 64 + 232·k px across. y(v) = 26 + 182·(1 − v/100).
        let years = [Charts.TrendYear(year: 2019, value: 50, median: 40, lowerQuartile: 2, upperQuartile: 60),
                     Charts.TrendYear(year: 2020, value: 55, median: 50, lowerQuartile: 25, upperQuartile: 75),
                     Charts.TrendYear(year: 2021, value: nil, median: 60, lowerQuartile: 30, upperQuartile: 98)]
        let svg = Charts.trend(years: years, labels: ("Kota Palu", "Median", "Separuh tengah"), yTitle: "Indeks", numbers: .indonesian)
            .rendered(label: "t")
        #expect(svg.contains("points=\"64,98.80 296,71.50 528,29.64 528,153.40 296,162.50 64,204.36\""))
        #expect(svg.contains("x1=\"64\" y1=\"135.20\" x2=\"296\" y2=\"117\"") && svg.contains("x1=\"296\" y1=\"117\" x2=\"528\" y2=\"98.80\""))
        // The city's line stops where its index does; the legend names all three.
        #expect(svg.contains("x1=\"64\" y1=\"117\" x2=\"296\" y2=\"107.90\"") && !svg.contains("x2=\"528\" y2=\"107.90\""))
        for s in ["Kota Palu", "Median", "Separuh tengah", "2019", "2020", "2021", "0", "25", "100"] { #expect(texts(svg).map(\.text).contains(s)) }
        // A long region name moves the other legend entries to a second row instead of past the edge.
        let long = "Kabupaten Kepulauan Siau Tagulandang Biaro (Sulawesi Utara)"
        let wide = Charts.trend(years: years, labels: (long, "Median kohort", "Separuh tengah kohort (kuartil 1–3)"), yTitle: "Indeks",
                                numbers: .indonesian)
        let legend = texts(wide.rendered(label: "w")).filter { [long, "Median kohort", "Separuh tengah kohort (kuartil 1–3)"].contains($0.text) }
        #expect(legend.count == 3 && Set(legend.map(\.y)).count == 2)
        for entry in legend { #expect(entry.x + Charts.textWidth(entry.text, size: 9.5) <= wide.width) }
        #expect(wide.height == 26 + 182 + 50 + 16)
    }

    @Test("trend points carry the cohort's median and quartiles of that year's index, over the cities that have one")
    func trendCohortStatistics() throws {
        let workspace = try Workspace(paths: WorkspacePaths(indicators: TestPaths.indicators,
                                                            datasets: TestPaths.root.appendingPathComponent("datasets").path))
        let cohort = try workspace.score(.file(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path, CSVSpec()),
                                         method: MethodSpec())
        let evaluation = try workspace.evaluate(cohort, city: "Kota Palu")
        #expect(evaluation.trend.count >= 2)
        for point in evaluation.trend {
            let r = point.year == cohort.result.year ? cohort.result : try cohort.model.apply(to: cohort.panel.matrix(year: point.year))
            let s = r.index.filter { !$0.isNaN }.sorted()
            // Linear interpolation between order statistics (QUARTILE.INC): position p·(n − 1).
            func q(_ p: Double) -> Double {
                let h = p * Double(s.count - 1), lo = Int(h), hi = min(lo + 1, s.count - 1)
                return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
            }
            let median = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
            #expect(try abs(#require(point.cohortMedian) - median) < 1e-9)
            #expect(try abs(#require(point.cohortLowerQuartile) - q(0.25)) < 1e-9)
            #expect(try abs(#require(point.cohortUpperQuartile) - q(0.75)) < 1e-9)
            #expect(point.cohortLowerQuartile! <= point.cohortMedian! && point.cohortMedian! <= point.cohortUpperQuartile!)
        }
    }

    @Test("rank intervals: an axis from 1 to the last rank with round ticks, in the chart and over the cohort table's column")
    func rankAxes() throws {
        #expect(Charts.rankTicks(maximum: 100) == [1, 25, 50, 75, 100])
        #expect(Charts.rankTicks(maximum: 5) == [1, 2, 3, 4, 5])
        #expect(Charts.rankTicks(maximum: 1) == [1])
        #expect(Charts.rankTicks(maximum: 514) == [1, 200, 400, 514])
        let svg = Charts.rankIntervals(labels: ["Kota Palu", "Kabupaten Dengan Nama Yang Sangat Panjang Sekali Sampai Dua Baris"],
                                       nominal: [1, 100], p05: [1, 80], p95: [3, 100], maximum: 100, numbers: .english)
            .rendered(label: "r")
        let drawn = texts(svg)
        // The ticks above and below the rows: 1 at x = 210, 100 at 210 + 380.
        #expect(drawn.filter { $0.text == "1" && $0.x == 210 }.count == 2 && drawn.filter { $0.text == "100" && $0.x == 590 }.count == 2)
        #expect(!svg.contains("…"))
    }

    @Test("the reports use them: the city's trend chart and its year-column table, elements under their dimensions, legends, the cohort's rank axis and named columns")
    func reportsUseTheCharts() throws {
        let workspace = try Workspace(paths: WorkspacePaths(indicators: TestPaths.indicators,
                                                            datasets: TestPaths.root.appendingPathComponent("datasets").path))
        let cohort = try workspace.score(.file(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path, CSVSpec()),
                                         method: MethodSpec())
        let evaluation = try workspace.evaluate(cohort, city: "Kota Palu")
        let report = CityReport(evaluation: evaluation, plan: nil, sensitivity: nil, profile: [],
                                provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: []), catalogue: Bundled.catalogue)
        let t = Localizer(.id), fw = Bundled.catalogue.framework
        let html = report.html(language: .id)
        let doc = try ReportReader.parse(html)
        #expect(html.contains("aria-label=\"" + SVG.escape(t(.chartsTrendChart, ["city": "Kota Palu"])) + "\""))
        let trend = try #require(doc.tableRows.values.first { $0.first?.first == t(.chartsTrendRows) })
        #expect(trend[0] == [t(.chartsTrendRows)] + evaluation.trend.map { String($0.year) })
        #expect(trend[1] == [t(.index)] + evaluation.trend.map { NumberFormat.indonesian.score($0.index) })
        // Every dimension's name heads its elements; the heat map's legend is there, in Indonesian.
        for d in cohort.result.dimensions { #expect(doc.texts.contains(fw.dimension(d)!.name[.id])) }
        // (The parser hands text over in pieces at a dash, so the words are looked for in the page itself.)
        #expect(html.contains(">" + t(.chartsScoreScale) + "<") && html.contains(">" + t(.chartsNoValue) + "<"))
        #expect(!html.contains("…<"), "no label cut")

        let sensitivity = try SensitivityAnalysis.run(cohort.result, options: SensitivityOptions(samples: 40, seed: 2, indices: false))
        let all = CohortReport(result: cohort.result, sensitivity: sensitivity,
                               provenance: Provenance(catalogue: Bundled.catalogue, dataSource: "demo", dataHashes: []), catalogue: Bundled.catalogue)
        let cohortHTML = all.html(language: .en)
        let cohortDoc = try ReportReader.parse(cohortHTML)
        let heat = try #require(cohortDoc.tableRows["heatmap"])
        #expect(Array(heat[0].dropFirst()) == cohort.result.dimensions.map { fw.dimension($0)!.name[.en] })
        // The interval column's header carries the rank axis: its words and ticks 1 … 100.
        let header = try #require(cohortDoc.tableRows["ranking"]?.first?.last)
        #expect(header.contains(Localizer(.en)(.chartsRankAxis)) && header.contains("25") && header.hasSuffix("100"))
        #expect(cohortHTML.contains(">" + Localizer(.en)(.chartsScoreScale) + "<"))
    }
}
