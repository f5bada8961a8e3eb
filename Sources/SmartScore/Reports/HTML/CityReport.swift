import Foundation

/// `smartscore report --city`: the city's chapter of Buku 1 (and the quick wins of Buku 2) as one
/// self-contained HTML page or Markdown.
public struct CityReport {
    public let evaluation: CityEvaluation
    public let plan: CityPlan?
    public let sensitivity: SensitivityResult?
    /// The city's values of indicators that describe rather than judge it (profile), from the same data.
    public let profile: [(indicator: Indicator, value: Double)]
    public let provenance: Provenance
    public let catalogue: Catalogue

    public init(evaluation: CityEvaluation, plan: CityPlan?, sensitivity: SensitivityResult?,
                profile: [(indicator: Indicator, value: Double)], provenance: Provenance, catalogue: Catalogue) {
        self.evaluation = evaluation
        self.plan = plan
        self.sensitivity = sensitivity
        self.profile = profile
        self.provenance = provenance
        self.catalogue = catalogue
    }

    var result: ScoreResult { evaluation.result }
    var c: Int { evaluation.cityIndex }
    var fw: Framework { catalogue.framework }

    func t(_ l: Language, _ id: String, _ en: String) -> String { Format.text(l, id, en) }

    /// The cohort median of each in-scope dimension (the radar's reference).
    func cohortMedian(_ d: Int) -> Double? {
        let xs = result.dimensionScores.column(d).filter { !$0.isNaN }.sorted()
        guard !xs.isEmpty else { return nil }
        return xs.count % 2 == 1 ? xs[xs.count / 2] : (xs[xs.count / 2 - 1] + xs[xs.count / 2]) / 2
    }

    /// The mean score of the city's indicators in each (dimension, pillar) cell.
    func dimensionPillarMeans() -> [[Double?]] {
        result.dimensions.map { d in
            Framework.pillarIDs.map { p in
                let scores = result.indicators.indices.filter { result.indicators[$0].dimension == d && result.indicators[$0].pillar == p }
                    .map { result.indicatorScores[c, $0] }.filter { !$0.isNaN }
                return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            }
        }
    }

    var interval: SensitivityResult.CityStats? { sensitivity?.cities.first { $0.city.code == evaluation.city.code } }

    // MARK: HTML

    public func html(language l: Language) -> String {
        let city = evaluation.city
        var page = HTMLPage(title: "\(city.name) — smartscore", language: l)
        let words = ScoringWording.reader(l, framework: fw)
        let level = result.level(ofIndex: c).map(words.level) ?? "—"
        let rankText = result.ranks[c].map { "\($0) / \(result.ranks.compactMap { $0 }.count)" } ?? "—"
        page.raw("<h1>\(HTMLPage.h(city.name))</h1><p class=\"lead\">\(HTMLPage.h("\(city.code) · \(city.province ?? "") · \(city.type ?? "") · " + t(l, "tahun data", "data year") + " \(result.input.year)"))</p>")
        page.raw("<p class=\"lead\">" + HTMLPage.h(t(l, "Bab analisis strategis (Buku 1) dan quick win (Buku 2) masterplan smart city, dihitung oleh smartscore menurut indikator SNI ISO 37120, 37122 dan 37123.",
                                                        "The strategic-analysis chapter (Buku 1) and quick wins (Buku 2) of the smart-city masterplan, computed by smartscore from the SNI ISO 37120, 37122 and 37123 indicators.")) + "</p>")

        // 1. Profile and coverage.
        var profileBody = HTMLPage.table([t(l, "Profil", "Profile"), t(l, "Nilai", "Value")], [
            [t(l, "Provinsi", "Province"), city.province ?? "—"], [t(l, "Jenis", "Type"), city.type ?? "—"],
            [t(l, "Indikator dengan nilai", "Indicators with a value"), "\(Int((result.coverage[c] * Double(result.indicators.count)).rounded())) / \(result.indicators.count)"],
            [t(l, "Cakupan data", "Data coverage"), Format.percent(result.coverage[c])],
        ] + profile.map { [$0.indicator.name[l], "\(Format.value($0.value)) \($0.indicator.unit)"] }, numeric: [1])
        profileBody += HTMLPage.figure(Charts.bars(labels: result.dimensions.map { fw.dimension($0)?.name[l] ?? $0 },
                                                   values: result.dimensions.indices.map { result.dimensionCoverage[c, $0] * 100 }, digits: 0),
                                       label: t(l, "Cakupan data per dimensi (%)", "Data coverage per dimension (%)"),
                                       caption: t(l, "Cakupan data per dimensi (%): indikator yang dinilai dan memiliki nilai, dibanding semua yang dinilai pada kohort.",
                                                  "Data coverage per dimension (%): scored indicators with a value, out of those scored in the cohort."))
        page.section("profil", t(l, "1. Profil kota dan cakupan data", "1. City profile and data coverage"), profileBody)

        // 2. Index and level.
        var cards = "<div class=\"cards\">"
        cards += card(Format.score(result.index[c]), t(l, "Indeks kesiapan (0–100)", "Readiness index (0–100)"))
        cards += card(level, t(l, "Tingkat (skala SPBE)", "Level (SPBE scale)"))
        cards += card(Format.score(result.gap(score: result.index[c])), t(l, "Kesenjangan ke 100", "Gap to 100"))
        cards += card(rankText, t(l, "Peringkat di kohort", "Rank in the cohort"))
        if let s = interval {
            cards += card("\(Format.score(s.rankP05, digits: 0))–\(Format.score(s.rankP95, digits: 0))", t(l, "Rentang peringkat 90%", "90% rank interval"))
        }
        cards += "</div>"
        if let reason = words.reasons(result.nullReasons[c]) { cards += "<p class=\"muted\">" + HTMLPage.h(t(l, "Indeks tidak dihitung: ", "No index: ") + reason) + "</p>" }
        page.section("indeks", t(l, "2. Indeks kesiapan dan tingkat", "2. Readiness index and level"), cards)

        // 3. Radar and dimension × pillar heat map.
        let axes = result.dimensions.map { fw.dimension($0)?.name[l].replacingOccurrences(of: " (Smart ", with: "\n(").components(separatedBy: "\n").first ?? $0 }
        let radar = Charts.radar(axes: axes, values: result.dimensions.indices.map { optional(result.dimensionScores[c, $0]) },
                                 reference: result.dimensions.indices.map(cohortMedian),
                                 label: city.name, referenceLabel: t(l, "Median kohort", "Cohort median"))
        var body3 = HTMLPage.figure(radar, label: t(l, "Radar enam dimensi", "Radar of the six dimensions"),
                                    caption: t(l, "Skor dimensi kota dibanding median \(result.cities.count) kota/kabupaten dalam data.",
                                               "The city's dimension scores against the median of the \(result.cities.count) regencies and cities in the data."))
        let heat = Charts.heatMap(rows: result.dimensions.map { fw.dimension($0)?.name[l] ?? $0 },
                                  columns: fw.pillars.map { $0.name[l] }, values: dimensionPillarMeans(), cellWidth: 110)
        body3 += "<h3>" + HTMLPage.h(t(l, "Dimensi × pilar kesiapan", "Dimension × readiness pillar")) + "</h3>"
        body3 += HTMLPage.figure(heat, label: t(l, "Peta panas dimensi × pilar", "Dimension × pillar heat map"),
                                 caption: t(l, "Rata-rata skor indikator kota pada tiap sel (struktur, infrastruktur, suprastruktur); abu-abu: tidak ada indikator.",
                                            "Mean score of the city's indicators in each cell (structure, infrastructure, suprastructure); grey: no indicator."))
        body3 += HTMLPage.table([t(l, "Pilar", "Pillar"), t(l, "Skor", "Score")],
                                fw.pillars.enumerated().map { [$0.element.name[l], Format.score(result.pillarScores[c, $0.offset])] }, numeric: [1])
        page.section("dimensi", t(l, "3. Dimensi dan pilar", "3. Dimensions and pillars"), body3)

        // 4. Elements.
        let elementLabels = result.elements.map { fw.name(of: "\($0.dimension)/\($0.element)", l) }
        page.section("elemen", t(l, "4. Skor elemen", "4. Element scores"),
                     HTMLPage.figure(Charts.bars(labels: elementLabels, values: result.elements.indices.map { optional(result.elementScores[c, $0]) },
                                                 colour: { ScoreColour.fill($0) }),
                                     label: t(l, "Skor elemen", "Element scores")))

        // 5. The gaps that cost the most.
        let costly = Array(evaluation.indicators.filter { ($0.cost ?? 0) > 0 }.prefix(12))
        var body5 = HTMLPage.figure(Charts.bars(labels: costly.map { "\($0.indicator.code) \($0.indicator.name[l])" }, values: costly.map(\.cost),
                                                maximum: costly.compactMap(\.cost).max() ?? 1, digits: 2, labelWidth: 330, barWidth: 230,
                                                colour: { _ in "#cb181d" }),
                                    label: t(l, "Poin indeks yang hilang", "Index points lost"),
                                    caption: t(l, "Poin indeks yang hilang karena kesenjangan tiap indikator (bobot efektif × kesenjangan).",
                                               "Index points lost to each indicator's gap (effective weight × gap)."))
        body5 += HTMLPage.table([t(l, "Kode", "Code"), t(l, "Indikator", "Indicator"), t(l, "Nilai", "Value"), t(l, "Skor", "Score"),
                                 t(l, "Kesenjangan", "Gap"), t(l, "Poin hilang", "Points lost")],
                                costly.map { [$0.indicator.code, $0.indicator.name[l], "\(Format.value($0.value)) \($0.indicator.unit)", Format.score($0.score),
                                              Format.score($0.gap), Format.score($0.cost, digits: 2)] }, numeric: [2, 3, 4, 5])
        page.section("kesenjangan", t(l, "5. Kesenjangan yang paling mahal", "5. The gaps that cost the most"), body5)

        // 6. SWOT, internal half, and the trend.
        func describe(_ s: CityEvaluation.Standing) -> [String] {
            return [fw.name(of: s.id, l), Format.score(s.score), Format.score(s.percentile, digits: 0)]
        }
        var body6 = "<p class=\"muted\">" + HTMLPage.h(t(l, "Persentil di antara \(evaluation.dimensionStandings.first?.peers ?? 0) \(city.type ?? "") lain dalam data (sejenis). Kekuatan: persentil ≥ 75; kelemahan: ≤ 25.",
                                                            "Percentile among the \(evaluation.dimensionStandings.first?.peers ?? 0) other \(city.type ?? "") in the data (peers of the same type). Strengths: percentile ≥ 75; weaknesses: ≤ 25.")) + "</p>"
        body6 += "<h3>" + HTMLPage.h(t(l, "Kekuatan (S)", "Strengths (S)")) + "</h3>"
        body6 += HTMLPage.table([t(l, "Dimensi / elemen", "Dimension / element"), t(l, "Skor", "Score"), t(l, "Persentil", "Percentile")],
                                evaluation.strengths.map(describe), numeric: [1, 2])
        body6 += "<h3>" + HTMLPage.h(t(l, "Kelemahan (W)", "Weaknesses (W)")) + "</h3>"
        body6 += HTMLPage.table([t(l, "Dimensi / elemen", "Dimension / element"), t(l, "Skor", "Score"), t(l, "Persentil", "Percentile")],
                                evaluation.weaknesses.map(describe), numeric: [1, 2])
        body6 += "<div class=\"analyst\"><strong>" + HTMLPage.h(t(l, "Peluang (O) dan ancaman (T)", "Opportunities (O) and threats (T)")) + "</strong><br/>"
            + HTMLPage.h(t(l, "Analisis eksternal SWOT diisi oleh analis daerah (kebijakan nasional, tren teknologi, mitra, risiko eksternal); smartscore tidak mengisinya.",
                           "The external half of the SWOT is for the city's analysts to write (national policy, technology trends, partners, external risks); smartscore does not fill it.")) + "</div>"
        if evaluation.trend.count > 1 {
            body6 += "<h3>" + HTMLPage.h(t(l, "Tren", "Trend")) + "</h3>"
            body6 += HTMLPage.table([t(l, "Tahun", "Year"), t(l, "Indeks", "Index")] + result.dimensions.map { fw.dimension($0)?.name[l] ?? $0 },
                                    evaluation.trend.map { p in [String(p.year), Format.score(p.index)] + result.dimensions.map { Format.score(p.dimensions[$0]) } },
                                    numeric: Set(1...(result.dimensions.count + 1)))
        }
        page.section("swot", t(l, "6. Kekuatan dan kelemahan terhadap kota sejenis", "6. Strengths and weaknesses against peers"), body6)

        // 7. Quick wins, roadmap, risks.
        if let plan {
            page.section("quickwins", t(l, "7. Quick win, peta jalan dan risiko", "7. Quick wins, roadmap and risks"), quickWins(plan, l))
        }

        // 8. Rank and its uncertainty.
        var body8 = ""
        if let s = interval, let sensitivity {
            body8 += "<p>" + HTMLPage.h(t(l, "Peringkat nominal \(s.nominalRank); median \(Format.score(s.medianRank, digits: 0)); rentang 5–95%: \(Format.score(s.rankP05, digits: 0))–\(Format.score(s.rankP95, digits: 0)) dari \(sensitivity.runs) simulasi (bobot ±\(Int(sensitivity.options.weightSpread * 100))%, normalisasi, agregasi, data hilang, satu indikator dihapus). Skor: \(Format.score(s.scoreMean)) ± \(Format.score(s.scoreSD)).",
                                          "Nominal rank \(s.nominalRank); median \(Format.score(s.medianRank, digits: 0)); 5–95% interval: \(Format.score(s.rankP05, digits: 0))–\(Format.score(s.rankP95, digits: 0)) over \(sensitivity.runs) runs (weights ±\(Int(sensitivity.options.weightSpread * 100))%, normalisation, aggregation, missing values, one indicator dropped). Index: \(Format.score(s.scoreMean)) ± \(Format.score(s.scoreSD)).")) + "</p>"
            body8 += HTMLPage.table([t(l, "Input tak pasti", "Uncertain input"), t(l, "Orde pertama", "First order"), t(l, "Total", "Total")],
                                    sensitivity.indices.map { [$0.input.rawValue, Format.score($0.firstOrder, digits: 3), Format.score($0.total, digits: 3)] }, numeric: [1, 2])
        } else {
            body8 += "<p class=\"muted\">" + HTMLPage.h(t(l, "Tanpa analisis ketidakpastian (indeks kota kosong atau --samples 0).", "No uncertainty analysis (the city has no index, or --samples 0).")) + "</p>"
        }
        page.section("peringkat", t(l, "8. Peringkat dan ketidakpastiannya", "8. Rank and its uncertainty"), body8)

        // 9. Method and provenance.
        page.section("metode", t(l, "9. Metode dan asal data", "9. Method and provenance"), provenanceTable(l))
        return page.rendered()
    }

    func card(_ value: String, _ label: String) -> String {
        "<div class=\"card\"><div class=\"big\">\(HTMLPage.h(value))</div><div class=\"label\">\(HTMLPage.h(label))</div></div>"
    }

    func quickWins(_ plan: CityPlan, _ l: Language) -> String {
        let shown = Array(plan.entries.filter { $0.impact > 1e-12 }.prefix(20))
        let chart = Charts.quadrants(points: shown.enumerated().map { ($0.offset + 1, $0.element.programme.effort, $0.element.impact, $0.element.quadrant == .quickWin) },
                                     impactThreshold: plan.impactThreshold, lowEffortMax: plan.options.lowEffortMax,
                                     labels: (t(l, "Quick win", "Quick win"), t(l, "Proyek besar", "Major project"), t(l, "Pelengkap", "Fill-in"),
                                              t(l, "Kurang bermanfaat", "Thankless")),
                                     axis: (t(l, "Upaya (1 ringan – 5 berat)", "Effort (1 light – 5 heavy)"), t(l, "Dampak (poin indeks)", "Impact (index points)")))
        var body = HTMLPage.figure(chart, label: t(l, "Dampak dan upaya program", "Programme impact and effort"),
                                   caption: t(l, "20 program teratas menurut prioritas; nomor merujuk ke tabel. Garis putus: ambang dampak \(Format.score(plan.impactThreshold, digits: 3)) poin dan upaya ≤ \(plan.options.lowEffortMax).",
                                              "The top 20 programmes by priority; numbers key the table. Dashed lines: impact threshold \(Format.score(plan.impactThreshold, digits: 3)) points and effort ≤ \(plan.options.lowEffortMax)."))
        body += HTMLPage.table(["#", t(l, "Program", "Programme"), t(l, "Dimensi", "Dimension"), t(l, "Dampak", "Impact"), t(l, "Upaya", "Effort"),
                                t(l, "Kuadran", "Quadrant"), t(l, "Bulan", "Months"), t(l, "Biaya", "Cost")],
                               shown.enumerated().map { k, e in
                                   [String(k + 1), e.programme.name[l], e.programme.dimension, Format.score(e.impact, digits: 3), String(e.programme.effort),
                                    QuickWinsReport.quadrantName(e.quadrant, l), String(e.programme.months),
                                    QuickWinsReport.rupiahRange(e.programme.cost.min, e.programme.cost.max, l)]
                               }, numeric: [0, 3, 4, 6])
        body += "<h3>" + HTMLPage.h(t(l, "Peta jalan 1, 5 dan 10+ tahun", "Roadmap over 1, 5 and 10+ years")) + "</h3>"
        // One row per chosen programme, grouped by horizon, each horizon closed by its gain.
        var roadmapRows: [[String]] = []
        for h in Horizon.allCases {
            for e in plan.roadmap[h]! {
                roadmapRows.append([QuickWinsReport.horizonName(h, l), e.programme.name[l], String(e.programme.months),
                                    QuickWinsReport.rupiahRange(e.programme.cost.min, e.programme.cost.max, l), Format.score(e.impact, digits: 3)])
            }
            let spent = plan.roadmap[h]!.reduce(0) { $0 + $1.programme.cost.max }
            roadmapRows.append([QuickWinsReport.horizonName(h, l), t(l, "Jumlah: \(plan.roadmap[h]!.count) program, biaya maks. \(QuickWinsReport.rupiah(spent, l))", "Total: \(plan.roadmap[h]!.count) programmes, max cost \(QuickWinsReport.rupiah(spent, l))")
                                + (plan.options.budget[h].map { t(l, ", anggaran ", ", budget ") + QuickWinsReport.rupiah($0, l) } ?? t(l, " (tanpa batas anggaran)", " (no budget limit)")),
                                "", "", "+" + Format.score(plan.gains[h], digits: 2)])
        }
        body += HTMLPage.table([t(l, "Horizon", "Horizon"), t(l, "Program", "Programme"), t(l, "Bulan", "Months"), t(l, "Biaya", "Cost"),
                                t(l, "Dampak / tambahan indeks", "Impact / index gain")], roadmapRows, numeric: [2, 4])
        body += "<p class=\"muted\">" + HTMLPage.h(t(l, "Program dipilih menurut prioritas dalam anggaran tiap horizon (--budget); tambahan indeks menggabungkan program yang menyentuh indikator yang sama tanpa melebihi kesenjangannya.",
                                                      "Programmes are chosen by priority within each horizon's budget (--budget); the index gain combines programmes on the same indicator without exceeding its gap.")) + "</p>"
        body += "<h3>" + HTMLPage.h(t(l, "Daftar risiko program tahun pertama", "Risk register of the first-year programmes")) + "</h3>"
        body += HTMLPage.table([t(l, "Program", "Programme"), t(l, "Risiko", "Risk"), t(l, "Kemungkinan", "Likelihood"), t(l, "Dampak", "Impact"),
                                t(l, "Mitigasi", "Mitigation"), t(l, "Pemilik", "Owner")],
                               plan.risks.map { [$0.programme.name[l], $0.risk.risk[l], $0.risk.likelihood.rawValue, $0.risk.impact.rawValue,
                                                 $0.risk.mitigation[l], "\($0.programme.owner) (\($0.programme.dimension))"] })
        return body
    }

    func provenanceTable(_ l: Language) -> String {
        let m = result.method
        return HTMLPage.table([t(l, "Butir", "Item"), t(l, "Nilai", "Value")], [
            [t(l, "Normalisasi", "Normalisation"), m.normalisation.rawValue],
            [t(l, "Agregasi", "Aggregation"), m.aggregation.rawValue],
            [t(l, "Bobot", "Weights"), m.weights.name],
            [t(l, "Cakupan minimum dimensi", "Minimum dimension coverage"), Format.percent(m.minCoverage)],
            [t(l, "Target", "Targets"), m.targets.name],
            [t(l, "Tahun data", "Data year"), String(result.input.year)],
            [t(l, "Data", "Data"), provenance.dataSource],
            [t(l, "SHA-256 data", "Data SHA-256"), provenance.dataHashes.joined(separator: ", ")],
            [t(l, "Versi katalog", "Catalogue version"), "\(provenance.catalogueVersion) (\(provenance.catalogueFiles.joined(separator: ", ")))"],
            [t(l, "Versi smartscore", "smartscore version"), provenance.smartscoreVersion],
        ]) + "<p class=\"muted\">" + HTMLPage.h(t(l, "Metode lengkap: Sources/SmartScore/Scoring/README.md. Hasil dapat diulang dengan data, katalog dan metode yang sama.",
                                                    "The full method: Sources/SmartScore/Scoring/README.md. The numbers are reproducible from the same data, catalogue and method.")) + "</p>"
    }

    // MARK: Markdown

    public func markdown(language l: Language) -> String {
        var out = EvaluateReport.render(evaluation, format: .md, language: l, catalogue: catalogue)
        if let s = interval, let sensitivity {
            out += "\n## " + t(l, "Peringkat dan ketidakpastiannya", "Rank and its uncertainty") + "\n\n"
            out += t(l, "Peringkat \(s.nominalRank); median \(Format.score(s.medianRank, digits: 0)); rentang 5–95%: \(Format.score(s.rankP05, digits: 0))–\(Format.score(s.rankP95, digits: 0)) (\(sensitivity.runs) simulasi).",
                     "Rank \(s.nominalRank); median \(Format.score(s.medianRank, digits: 0)); 5–95% interval: \(Format.score(s.rankP05, digits: 0))–\(Format.score(s.rankP95, digits: 0)) (\(sensitivity.runs) runs).") + "\n"
        }
        if let plan {
            out += "\n" + QuickWinsReport.city(plan, model: nil, format: .md, language: l).replacingOccurrences(of: "\n# ", with: "\n## ")
        }
        out += "\n## " + t(l, "Asal data", "Provenance") + "\n\n"
        out += "- smartscore \(provenance.smartscoreVersion); " + t(l, "katalog", "catalogue") + " \(provenance.catalogueVersion)\n"
        out += "- " + t(l, "data", "data") + ": \(provenance.dataSource) (SHA-256 \(provenance.dataHashes.joined(separator: ", ")))\n"
        return out
    }
}

private func optional(_ x: Double) -> Double? { x.isNaN ? nil : x }
