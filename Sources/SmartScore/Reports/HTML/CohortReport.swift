import Foundation

/// `smartscore report --all`: the cohort's ranking with rank intervals and a dimension heat map of every
/// city, filterable by province and type in the page itself.
public struct CohortReport {
    public let result: ScoreResult
    public let sensitivity: SensitivityResult?
    public let provenance: Provenance
    public let catalogue: Catalogue

    public init(result: ScoreResult, sensitivity: SensitivityResult?, provenance: Provenance, catalogue: Catalogue) {
        self.result = result
        self.sensitivity = sensitivity
        self.provenance = provenance
        self.catalogue = catalogue
    }

    func t(_ l: Language, _ id: String, _ en: String) -> String { Format.text(l, id, en) }

    public func html(language l: Language) -> String {
        var page = HTMLPage(title: t(l, "Peringkat kesiapan smart city", "Smart-city readiness ranking") + " — smartscore", language: l)
        let ranked = result.ranks.compactMap { $0 }.count
        page.raw("<h1>" + HTMLPage.h(t(l, "Peringkat kesiapan smart city \(result.input.year)", "Smart-city readiness ranking \(result.input.year)")) + "</h1>")
        page.raw("<p class=\"lead\">" + HTMLPage.h(t(l, "\(result.cities.count) kabupaten/kota, \(ranked) berperingkat; indikator SNI ISO 37120, 37122, 37123.",
                                                      "\(result.cities.count) regencies and cities, \(ranked) ranked; SNI ISO 37120, 37122, 37123 indicators.")) + "</p>")

        // Level distribution.
        var counts: [String: Int] = [:]
        for k in result.cities.indices { if let level = result.level(ofIndex: k) { counts[ScoringWording.reader(l, framework: catalogue.framework).level(level), default: 0] += 1 } }
        let words = ScoringWording.reader(l, framework: catalogue.framework)
        let bands = (result.method.levels.bands.map(\.level) + [result.method.levels.top]).map(words.level)
        let levelChart = Charts.bars(labels: bands, values: bands.map { Double(counts[$0] ?? 0) }, maximum: Double(counts.values.max() ?? 1), digits: 0,
                                     labelWidth: 120, barWidth: 300)
        page.section("tingkat", t(l, "Sebaran tingkat", "Levels"), HTMLPage.figure(levelChart, label: t(l, "Jumlah kota per tingkat", "Cities per level")))

        // Filters.
        let provinces = Array(Set(result.cities.compactMap(\.province))).sorted()
        var filters = "<div class=\"filters\"><label>" + HTMLPage.h(t(l, "Provinsi", "Province")) + " <select id=\"f-province\"><option value=\"\">" + HTMLPage.h(t(l, "semua", "all")) + "</option>"
        filters += provinces.map { "<option value=\"\(HTMLPage.h($0))\">\(HTMLPage.h($0))</option>" }.joined() + "</select></label>"
        filters += "<label>" + HTMLPage.h(t(l, "Jenis", "Type")) + " <select id=\"f-type\"><option value=\"\">" + HTMLPage.h(t(l, "semua", "all")) + "</option><option value=\"kota\">kota</option><option value=\"kabupaten\">kabupaten</option></select></label></div>"

        // Ranking with rank intervals.
        let intervals = sensitivity.map { s in Dictionary(uniqueKeysWithValues: s.cities.map { ($0.city.code, $0) }) } ?? [:]
        let maxRank = max(1, ranked)
        var rows = "<table id=\"ranking\"><thead><tr>"
        rows += [t(l, "Peringkat", "Rank"), t(l, "Kode", "Code"), t(l, "Nama", "Name"), t(l, "Provinsi", "Province"), t(l, "Indeks", "Index"),
                 t(l, "Tingkat", "Level"), t(l, "Cakupan", "Coverage"), t(l, "Rentang peringkat 90%", "90% rank interval")]
            .enumerated().map { "<th\([0, 4, 6].contains($0.offset) ? " class=\"num\"" : "")>\(HTMLPage.h($0.element))</th>" }.joined()
        rows += "</tr></thead><tbody>"
        for k in result.order {
            let city = result.cities[k]
            rows += "<tr data-province=\"\(HTMLPage.h(city.province ?? ""))\" data-type=\"\(HTMLPage.h(city.type ?? ""))\">"
            rows += "<td class=\"num\">\(result.ranks[k].map(String.init) ?? "—")</td><td>\(HTMLPage.h(city.code))</td><td>\(HTMLPage.h(city.name))</td>"
            rows += "<td>\(HTMLPage.h(city.province ?? ""))</td><td class=\"num\">\(Format.score(result.index[k]))</td>"
            rows += "<td>\(HTMLPage.h(result.level(ofIndex: k).map(words.level) ?? "—"))</td><td class=\"num\">\(Format.percent(result.coverage[k]))</td>"
            if let s = intervals[city.code], let rank = result.ranks[k] {
                rows += "<td>\(intervalBar(rank: rank, p05: s.rankP05, p95: s.rankP95, maximum: maxRank)) \(Format.score(s.rankP05, digits: 0))–\(Format.score(s.rankP95, digits: 0))</td>"
            } else {
                rows += "<td>\(HTMLPage.h(words.reasons(result.nullReasons[k]) ?? "—"))</td>"
            }
            rows += "</tr>"
        }
        rows += "</tbody></table>"
        var rankingBody = filters + rows
        if let s = sensitivity {
            rankingBody += "<p class=\"muted\">" + HTMLPage.h(t(l, "Titik: peringkat nominal; batang: rentang 5–95% dari \(s.runs) simulasi (bobot ±\(Int(s.options.weightSpread * 100))%, normalisasi, agregasi, data hilang, satu indikator dihapus).",
                                                              "Dot: nominal rank; bar: 5–95% interval over \(s.runs) runs (weights ±\(Int(s.options.weightSpread * 100))%, normalisation, aggregation, missing values, one indicator dropped).")) + "</p>"
        }
        page.section("peringkat", t(l, "Peringkat", "Ranking"), rankingBody)

        // Dimension heat map of every city.
        var heat = "<table id=\"heatmap\"><thead><tr><th>" + HTMLPage.h(t(l, "Kota", "City")) + "</th>"
        heat += result.dimensions.map { "<th class=\"num\">\(HTMLPage.h(words.dimensionShort($0)))</th>" }.joined() + "</tr></thead><tbody>"
        for k in result.order {
            let city = result.cities[k]
            heat += "<tr data-province=\"\(HTMLPage.h(city.province ?? ""))\" data-type=\"\(HTMLPage.h(city.type ?? ""))\"><td>\(HTMLPage.h(city.name))</td>"
            for d in result.dimensions.indices {
                let v = result.dimensionScores[k, d]
                let value: Double? = v.isNaN ? nil : v
                heat += "<td class=\"cell\" style=\"background:\(ScoreColour.fill(value));color:\(ScoreColour.text(value))\">\(Format.score(value))</td>"
            }
            heat += "</tr>"
        }
        heat += "</tbody></table>"
        page.section("peta-panas", t(l, "Peta panas dimensi", "Dimension heat map"), heat)
        page.section("metode", t(l, "Metode dan asal data", "Method and provenance"), HTMLPage.table([t(l, "Butir", "Item"), t(l, "Nilai", "Value")], [
            [t(l, "Metode", "Method"), "\(result.method.normalisation.rawValue), \(result.method.aggregation.rawValue), \(result.method.weights.name), min coverage \(Format.percent(result.method.minCoverage))"],
            [t(l, "Data", "Data"), "\(provenance.dataSource) (SHA-256 \(provenance.dataHashes.joined(separator: ", ")))"],
            [t(l, "Versi katalog", "Catalogue version"), provenance.catalogueVersion],
            [t(l, "Versi smartscore", "smartscore version"), provenance.smartscoreVersion],
        ]))
        return page.rendered(script: Self.filterScript)
    }

    /// A small inline SVG: the rank interval as a bar, the nominal rank as a dot.
    func intervalBar(rank: Int, p05: Double, p95: Double, maximum: Int) -> String {
        var svg = SVG(width: 110, height: 10)
        func x(_ r: Double) -> Double { 4 + (r - 1) / Double(max(1, maximum - 1)) * 102 }
        svg.rect(x: 4, y: 4.5, width: 102, height: 1, fill: "#dddddd")
        svg.rect(x: x(p05), y: 2, width: max(2, x(p95) - x(p05)), height: 6, fill: "#9ecae1")
        svg.circle(cx: x(Double(rank)), cy: 5, r: 2.5, fill: "#08306b")
        return svg.rendered(label: "rank \(rank), interval \(Int(p05))–\(Int(p95))")
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
        let intervals = sensitivity.map(SensitivityReport.intervals)
        return RankReport.render(result, format: .md, language: l, uncertainty: intervals)
            + "\n" + t(l, "Data", "Data") + ": \(provenance.dataSource) (SHA-256 \(provenance.dataHashes.joined(separator: ", "))); "
            + t(l, "katalog", "catalogue") + " \(provenance.catalogueVersion); smartscore \(provenance.smartscoreVersion)\n"
    }
}
