import Foundation

/// `smartscore report --all`: the cohort's ranking with rank intervals and a dimension heat map of every
/// city, filterable by province and type in the page itself. A cohort of more than `listedUnitsAtMost`
/// units (the 80,532 villages) is summarised instead of listed (`CohortReport+Summary.swift`).
public struct CohortReport {
    public let result: ScoreResult
    public let sensitivity: SensitivityResult?
    public let provenance: Provenance
    /// Where the scored year's values came from, when the caller knows.
    public var values: ValueProvenance?
    public let catalogue: Catalogue
    /// Above this many units a list of each, with a heat-map row each, is more than anyone reads (80,532
    /// villages made a 75 MB page): the report gives the overview, the top and bottom 25 and the summaries by
    /// regency and district instead, and `rank --format csv` gives every unit's rank.
    public static let listedUnitsAtMost = 1_000
    /// `listedUnitsAtMost`, unless a test summarises a small cohort.
    public var summariseAbove = CohortReport.listedUnitsAtMost
    /// The names of the regencies and districts the summary groups units by.
    public var areaNames = CohortAreaNames()

    /// Whether the report summarises the cohort instead of listing every unit.
    public var summarises: Bool { result.cities.count > summariseAbove }

    public init(result: ScoreResult, sensitivity: SensitivityResult?, provenance: Provenance, catalogue: Catalogue) {
        self.result = result
        self.sensitivity = sensitivity
        self.provenance = provenance
        self.catalogue = catalogue
    }

    public func html(language l: Language) -> String { html(language: l, progress: nil) }

    /// `progress` hears of each section done, of all the page's sections.
    public func html(language l: Language, progress: (@Sendable (Int, Int) -> Void)?) -> String {
        // Overview; levels and coverage; two for the ranking and heat map, or the two summaries; method.
        let sections = 5
        var done = 0
        func step() { done += 1; progress?(done, sections) }
        let words = ScoringWording.reader(l, framework: catalogue.framework)
        let t = words.localizer, n = t.numbers
        var page = HTMLPage(title: t(.cohortReportTitle) + " — smartscore", language: l)
        let ranked = result.ranks.compactMap { $0 }.count
        page.raw("<h1>" + HTMLPage.h(t(.cohortReportHeading, ["year": String(result.input.year)])) + "</h1>")
        if let values, values.syntheticShare > 0.5 { page.raw("<p class=\"analyst\"><strong>" + HTMLPage.h(t(.valuesMostlySynthetic)) + "</strong></p>") }
        // Whole dimensions without data come first, where nobody can miss them.
        let coverage = result.catalogueCoverage
        for line in words.withoutDataLines(coverage, indexed: ranked > 0) {
            page.raw("<p class=\"analyst\"><strong>" + HTMLPage.h(line) + "</strong></p>")
        }
        page.raw("<p class=\"lead\">" + HTMLPage.h(t(.cohortReportLeadStandards)) + "</p>")
        if summarises {
            page.raw("<p class=\"lead\">" + HTMLPage.h(t(.cohortScaleSummarised, ["count": n.integer(result.cities.count), "limit": n.integer(summariseAbove)])) + "</p>")
        }
        // The ministry's one page first (its own printed page); the full tables follow.
        page.section("ikhtisar", t(.overviewHeading), overviewHTML(words), classes: "overview")
        step()

        // Level distribution.
        var counts: [String: Int] = [:]
        for k in result.cities.indices { if let level = result.level(ofIndex: k) { counts[words.level(level), default: 0] += 1 } }
        let bands = (result.method.levels.bands.map(\.level) + [result.method.levels.top]).map(words.level)
        let levelChart = Charts.bars(labels: bands, values: bands.map { Double(counts[$0] ?? 0) }, maximum: Double(counts.values.max() ?? 1), digits: 0,
                                     labelWidth: 120, barWidth: 300, numbers: n)
        page.section("tingkat", t(.cohortReportSectionLevels), HTMLPage.figure(levelChart, label: t(.cohortReportLevelsChart)))
        page.section("cakupan", t(.dataCoverageHeading),
                     "<p>" + HTMLPage.h(words.catalogueCoverageLine(coverage, cohort: true)) + "</p>"
                     + CityReport.catalogueCoverageTable(coverage, framework: catalogue.framework, words: words))
        step()
        if summarises {
            summarySectionsHTML(&page, words, progress: step)
        } else {
            listSectionsHTML(&page, words, ranked: ranked)
            step(); step()
        }
        methodSectionHTML(&page, words)
        step()
        return page.rendered(script: summarises ? Self.searchScript : Self.filterScript, css: summarises ? Self.summaryCSS : nil)
    }

    /// The ranking and the heat map: a row for every city.
    private func listSectionsHTML(_ page: inout HTMLPage, _ words: ScoringWording, ranked: Int) {
        let t = words.localizer, n = t.numbers, l = t.language

        // Filters: the option values are the data's types, their text the reader's words.
        let provinces = Array(Set(result.cities.compactMap(\.province))).sorted()
        let all = HTMLPage.h(t(.cohortReportAll))
        var filters = "<div class=\"filters\"><label>" + HTMLPage.h(t(.province)) + " <select id=\"f-province\"><option value=\"\">" + all + "</option>"
        filters += provinces.map { "<option value=\"\(HTMLPage.h($0))\">\(HTMLPage.h($0))</option>" }.joined() + "</select></label>"
        filters += "<label>" + HTMLPage.h(t(.type)) + " <select id=\"f-type\"><option value=\"\">" + all + "</option>"
            + "<option value=\"kota\">" + HTMLPage.h(t(.cohortReportTypeKota)) + "</option>"
            + "<option value=\"kabupaten\">" + HTMLPage.h(t(.cohortReportTypeKabupaten)) + "</option></select></label></div>"

        // Ranking with rank intervals.
        let intervals = sensitivity.map { s in Dictionary(uniqueKeysWithValues: s.cities.map { ($0.city.code, $0) }) } ?? [:]
        let maxRank = max(1, ranked)
        var rows = "<table id=\"ranking\"><thead><tr>"
        rows += [t(.rank), t(.code), t(.name), t(.province), t(.index), t(.level), t(.coverage), t(.dataCoverageColumn), t(.sensitivityRankInterval90)]
            .enumerated().map { "<th\([0, 4, 6, 7].contains($0.offset) ? " class=\"num\"" : "")>\(HTMLPage.h($0.element))\($0.offset == 8 && sensitivity != nil ? intervalAxis(maximum: maxRank, t) : "")</th>" }.joined()
        rows += "</tr></thead><tbody>"
        for k in result.order {
            let city = result.cities[k]
            rows += "<tr data-province=\"\(HTMLPage.h(city.province ?? ""))\" data-type=\"\(HTMLPage.h(city.type ?? ""))\">"
            rows += "<td class=\"num\">\(result.ranks[k].map(String.init) ?? "—")</td><td>\(HTMLPage.h(city.code))</td><td>\(HTMLPage.h(city.name))</td>"
            rows += "<td>\(HTMLPage.h(city.province ?? ""))</td><td class=\"num\">\(n.score(result.index[k]))</td>"
            rows += "<td>\(HTMLPage.h(words.qualifiedLevel(result, k) ?? "—"))</td><td class=\"num\">\(n.percent(result.coverage[k]))</td>"
            rows += "<td class=\"num\">\(n.percent(result.catalogueCoverageBrief(ofCity: k).share))</td>"
            if let s = intervals[city.code], let rank = result.ranks[k] {
                rows += "<td>\(intervalBar(rank: rank, p05: s.rankP05, p95: s.rankP95, maximum: maxRank, t)) \(n.score(s.rankP05, digits: 0))–\(n.score(s.rankP95, digits: 0))</td>"
            } else {
                rows += "<td>\(HTMLPage.h(words.reasons(result.nullReasons[k]) ?? "—"))</td>"
            }
            rows += "</tr>"
        }
        rows += "</tbody></table>"
        var rankingBody = filters + rows
        if let s = sensitivity {
            rankingBody += "<p class=\"muted\">" + HTMLPage.h(t(.cohortReportIntervalNote, ["runs": n.integer(s.runs), "spread": n.percent(s.options.weightSpread)])) + "</p>"
        }
        page.section("peringkat", t(.cohortReportSectionRanking), rankingBody)

        // Dimension heat map of every city.
        // The legend first, then the dimensions' own names over their columns (the browser wraps them).
        var heat = HTMLPage.figure(Charts.scoreLegend(title: t(.chartsScoreScale), noValue: t(.chartsNoValue), numbers: n), label: t(.chartsScoreScale))
        heat += "<table id=\"heatmap\"><thead><tr><th>" + HTMLPage.h(t(.cohortReportCity)) + "</th>"
        heat += result.dimensions.map { "<th class=\"heat\">\(HTMLPage.h(catalogue.framework.dimension($0)?.name[l] ?? $0))</th>" }.joined() + "</tr></thead><tbody>"
        // Each cell coloured by a class of its colours, whose rules go in the page's <style> (`HeatMapColours`).
        var colours = HeatMapColours()
        for k in result.order {
            let city = result.cities[k]
            heat += "<tr data-province=\"\(HTMLPage.h(city.province ?? ""))\" data-type=\"\(HTMLPage.h(city.type ?? ""))\"><td>\(HTMLPage.h(city.name))</td>"
            for d in result.dimensions.indices {
                let v = result.dimensionScores[k, d]
                let value: Double? = v.isNaN ? nil : v
                heat += "<td class=\"cell\(value == nil ? " none" : "") \(colours.className(value))\">\(n.score(value))</td>"
            }
            heat += "</tr>"
        }
        heat += "</tbody></table>"
        if let css = colours.css { page.style(css) }
        page.section("peta-panas", t(.cohortReportSectionHeat), heat)
    }

    private func methodSectionHTML(_ page: inout HTMLPage, _ words: ScoringWording) {
        let t = words.localizer, n = t.numbers
        let m = result.method
        let method = t(.cohortReportMethodValue, ["normalisation": words.normalisation(m.normalisation), "aggregation": words.aggregation(m.aggregation),
                                                  "weights": words.weightsName(m.weights.name), "coverage": n.percent(m.minCoverage)])
        page.section("metode", t(.cohortReportSectionMethod), HTMLPage.table([t(.item), t(.value)], [
            [t(.cohortReportMethod), method],
            [t(.year), String(result.year)],
            [t(.referenceYear), String(result.referenceYear)],
            [t(.data), t(.cohortReportDataValue, ["source": provenance.dataSource, "hashes": provenance.dataHashes.joined(separator: ", ")])],
            [t(.catalogueVersion), provenance.catalogueVersion],
            [t(.smartscoreVersion), provenance.smartscoreVersion],
        ] + (values.map { [[t(.valuesLabel), $0.unlabelledSentence(t)]] } ?? [])) + HTMLPage.notes(result, words: words)
            + MethodWeightsHTML.section(result, words: words))
    }

    /// A small inline SVG: the rank interval as a bar, the nominal rank as a dot.
    func intervalBar(rank: Int, p05: Double, p95: Double, maximum: Int, _ t: Localizer) -> String {
        var svg = SVG(width: 110, height: 10)
        func x(_ r: Double) -> Double { 4 + (r - 1) / Double(max(1, maximum - 1)) * 102 }
        svg.rect(x: 4, y: 4.5, width: 102, height: 1, fill: "#dddddd")
        svg.rect(x: x(p05), y: 2, width: max(2, x(p95) - x(p05)), height: 6, fill: "#9ecae1")
        svg.circle(cx: x(Double(rank)), cy: 5, r: 2.5, fill: "#08306b")
        let n = t.numbers
        return svg.rendered(label: t(.cohortReportIntervalBar, ["rank": String(rank), "p05": n.score(p05, digits: 0), "p95": n.score(p95, digits: 0)]))
    }

    /// The rank axis over the interval column, drawn on the interval bars' own scale (see `intervalBar`):
    /// its words, then ticks from 1 to the last rank.
    func intervalAxis(maximum: Int, _ t: Localizer) -> String {
        // Wider than the bars by the half of a three-digit label that hangs past the last rank.
        var svg = SVG(width: 118, height: 16)
        func x(_ r: Double) -> Double { 4 + (r - 1) / Double(max(1, maximum - 1)) * 102 }
        svg.line(x1: x(1), y1: 2, x2: x(Double(maximum)), y2: 2, stroke: "#666666")
        for tick in Charts.rankTicks(maximum: maximum) {
            svg.line(x1: x(Double(tick)), y1: 2, x2: x(Double(tick)), y2: 5, stroke: "#666666")
            svg.text(t.numbers.integer(tick), x: x(Double(tick)), y: 14, size: 7.5, anchor: .middle, fill: "#444444", weight: "normal")
        }
        return "<br/><span class=\"axis-note\">" + HTMLPage.h(t(.chartsRankAxis)) + "</span><br/>" + svg.rendered(label: t(.chartsRankAxis))
    }

    static let filterScript = """
    (function () {
      var p = document.getElementById('f-province'), t = document.getElementById('f-type');
      function apply() {
        var rows = document.querySelectorAll('tr[data-province]');
        for (var i = 0; i < rows.length; i++) {
          var r = rows[i];
          var show = (!p.value || r.getAttribute('data-province') === p.value) && (!t.value || r.getAttribute('data-type') === t.value);
          r.style.display = show ? '' : 'none';
        }
      }
      p.addEventListener('change', apply); t.addEventListener('change', apply);
    })();
    """

    public func markdown(language l: Language) -> String {
        let words = ScoringWording.reader(l, framework: catalogue.framework), t = words.localizer
        // Whole dimensions without data open the document, where nobody can miss them; the ranking below
        // then leaves them out.
        // A summarised cohort gives its regency and district tables where the ranking would stand.
        let listing: String
        if summarises {
            listing = summaryMarkdown(words)
        } else {
            let ranking = RankReport.text(result, rows: RankReport.Filter().apply(result), uncertainty: sensitivity.map(SensitivityReport.intervals), markdown: true, language: l, header: false)
            listing = "## " + Format.md(t(.cohortReportSectionRanking)) + "\n\n" + ranking
        }
        let scale = summarises ? Format.md(t(.cohortScaleSummarised, ["count": t.numbers.integer(result.cities.count), "limit": t.numbers.integer(summariseAbove)])) + "\n\n" : ""
        return "# " + Format.md(t(.cohortReportHeading, ["year": String(result.input.year)])) + "\n\n"
            + RankReport.header(result, markdown: true, words: words) + scale + overviewMarkdown(words)
            + listing
            + MethodWeightsReport.markdown(result, language: l)
            + "\n" + Localizer(l)(.cohortReportMarkdownProvenance, ["source": provenance.dataSource, "hashes": provenance.dataHashes.joined(separator: ", "),
                                                                  "catalogue": provenance.catalogueVersion, "version": provenance.smartscoreVersion]) + "\n"
    }
}
