/// `smartscore evaluate --city CITY`: the city's chapter of Buku 1 in numbers.
public enum EvaluateReport {
    public static func render(_ e: CityEvaluation, format: OutputFormat, language: Language, catalogue: Catalogue) -> String {
        switch format {
        case .json: return json(e).serialized()
        case .csv: return csv(e)
        default: return text(e, markdown: format == .md, language: language, catalogue: catalogue)
        }
    }

    public static func json(_ e: CityEvaluation) -> JSONValue {
        let r = e.result, c = e.cityIndex
        var warnings: [String] = r.warnings
        if let reason = r.nullReasons[c] { warnings.append("index is null: \(reason)") }
        let dimensions: [JSONValue] = r.dimensions.enumerated().map { d, id in
            let score = r.dimensionScores[c, d]
            return .object([
                ("id", .string(id)),
                ("score", .number(score)),
                ("gap", .number(r.gap(score: score, target: r.dimensionTargets[d]))),
                ("coverage", .number(r.dimensionCoverage[c, d])),
                ("level", .string(r.method.isBounded && !score.isNaN ? r.method.levels.level(score).id : nil)),
                ("elements", .array(r.elements.enumerated().filter { $0.element.dimension == id }.map { k, pair in
                    .object([("id", .string(pair.element)), ("score", .number(r.elementScores[c, k]))])
                })),
            ])
        }
        let city: JSONValue = .object([("code", .string(e.city.code)), ("name", .string(e.city.name)),
                                       ("province", .string(e.city.province)), ("type", .string(e.city.type))])
        let rank: JSONValue = r.ranks[c].map { .number(Double($0)) } ?? .null
        let index: JSONValue = .object([
            ("score", .number(r.index[c])),
            ("level", .string(r.level(ofIndex: c)?.id)),
            ("gap", .number(r.gap(score: r.index[c]))),
            ("coverage", .number(r.coverage[c])),
            ("rank", rank),
            ("ranked_cities", .number(Double(r.ranks.compactMap { $0 }.count))),
            ("null_reason", .string(r.nullReasons[c])),
        ])
        let pillars: [JSONValue] = Framework.pillarIDs.enumerated().map { p, id in
            .object([("id", .string(id)), ("score", .number(r.pillarScores[c, p]))])
        }
        let indicators: [JSONValue] = e.indicators.map { line in
            .object([
                ("code", .string(line.indicator.code)),
                ("value", .number(line.value)),
                ("score", .number(line.score)),
                ("target", .number(line.target)),
                ("gap", .number(line.gap)),
                ("cost", .number(line.cost)),
                ("dimension", .string(line.indicator.dimension)),
                ("element", .string(line.indicator.element)),
            ])
        }
        let peers: JSONValue = .object([
            ("type", .string(e.city.type)),
            ("dimensions", .array(e.dimensionStandings.map(standingJSON))),
            ("elements", .array(e.elementStandings.map(standingJSON))),
            ("strengths", .array(e.strengths.map { .string($0.id) })),
            ("weaknesses", .array(e.weaknesses.map { .string($0.id) })),
        ])
        let trend: [JSONValue] = e.trend.map { point in
            let dims: [(String, JSONValue)] = r.dimensions.map { ($0, JSONValue.number(point.dimensions[$0])) }
            return .object([("year", .number(Double(point.year))), ("index", .number(point.index)), ("dimensions", .object(dims))])
        }
        let fields: [(String, JSONValue)] = [
            ("city", city),
            ("year", .number(Double(r.input.year))),
            ("method", r.method.json),
            ("index", index),
            ("dimensions", .array(dimensions)),
            ("pillars", .array(pillars)),
            ("indicators", .array(indicators)),
            ("peers", peers),
            ("trend", .array(trend)),
            ("warnings", .array(warnings.map { JSONValue.string($0) })),
        ]
        return .object(fields)
    }

    static func standingJSON(_ s: CityEvaluation.Standing) -> JSONValue {
        .object([("id", .string(s.id)), ("score", .number(s.score)), ("percentile", .number(s.percentile)), ("peers", .number(Double(s.peers)))])
    }

    static func csv(_ e: CityEvaluation) -> String {
        var t = CSVTable(headers: ["code", "dimension", "element", "value", "score", "target", "gap", "cost"])
        for line in e.indicators {
            t.append([line.indicator.code, line.indicator.dimension, line.indicator.element, CSVTable.number(line.value),
                      CSVTable.number(line.score), CSVTable.number(line.target), CSVTable.number(line.gap), CSVTable.number(line.cost)])
        }
        return t.rendered()
    }

    static func text(_ e: CityEvaluation, markdown: Bool, language l: Language, catalogue: Catalogue) -> String {
        let r = e.result, c = e.cityIndex
        let fw = catalogue.framework
        func heading(_ s: String) -> String { Format.heading(s, markdown: markdown) }
        func table(_ headers: [String], _ rows: [[String]], _ align: [TextTable.Alignment]) -> String {
            Format.table(headers, rows, align, markdown: markdown)
        }
        var out = markdown ? "# \(Format.md(e.city.name)) (\(Format.md(e.city.code)))\n" : "\(e.city.name) (\(e.city.code))\n"
        out += "\(e.city.province ?? "") · \(e.city.type ?? "") · \(Format.text(l, "tahun", "year")) \(r.input.year)\n"

        out += heading(Format.text(l, "Indeks kesiapan", "Readiness index"))
        let level = r.level(ofIndex: c).map { l == .id ? $0.id : $0.en } ?? "—"
        let rank = r.ranks[c].map { "\($0) / \(r.ranks.compactMap { $0 }.count)" } ?? "—"
        out += table([Format.text(l, "Indeks", "Index"), Format.text(l, "Tingkat", "Level"), Format.text(l, "Kesenjangan", "Gap"),
                      Format.text(l, "Cakupan", "Coverage"), Format.text(l, "Peringkat", "Rank")],
                     [[Format.score(r.index[c]), level, Format.score(r.gap(score: r.index[c])), Format.percent(r.coverage[c]), rank]],
                     [.right, .left, .right, .right, .right])
        if let reason = r.nullReasons[c] { out += Format.text(l, "Indeks kosong: ", "Index is null: ") + reason + "\n" }

        out += heading(Format.text(l, "Dimensi dan elemen", "Dimensions and elements"))
        var rows: [[String]] = []
        for (d, id) in r.dimensions.enumerated() {
            let name = fw.dimension(id)?.name[l] ?? id
            let standing = e.dimensionStandings.first { $0.id == id }
            rows.append([name, Format.score(r.dimensionScores[c, d]), Format.score(r.gap(score: r.dimensionScores[c, d], target: r.dimensionTargets[d])),
                         Format.percent(r.dimensionCoverage[c, d]), standing.map { Format.score($0.percentile, digits: 0) } ?? "—"])
            for (k, pair) in r.elements.enumerated() where pair.dimension == id {
                let elementName = fw.element(id, pair.element)?.name[l] ?? pair.element
                let s = e.elementStandings.first { $0.id == "\(id)/\(pair.element)" }
                rows.append(["  " + elementName, Format.score(r.elementScores[c, k]), "", "", s.map { Format.score($0.percentile, digits: 0) } ?? "—"])
            }
        }
        out += table([Format.text(l, "Dimensi / elemen", "Dimension / element"), Format.text(l, "Skor", "Score"),
                      Format.text(l, "Kesenjangan", "Gap"), Format.text(l, "Cakupan", "Coverage"),
                      Format.text(l, "Persentil sejenis", "Peer percentile")], rows, [.left, .right, .right, .right, .right])

        out += heading(Format.text(l, "Pilar kesiapan", "Readiness pillars"))
        out += table([Format.text(l, "Pilar", "Pillar"), Format.text(l, "Skor", "Score")],
                     fw.pillars.enumerated().map { p, pillar in [pillar.name[l], Format.score(r.pillarScores[c, p])] }, [.left, .right])

        out += heading(Format.text(l, "Kekuatan dan kelemahan (analisis internal SWOT)", "Strengths and weaknesses (internal half of SWOT)"))
        func describe(_ s: CityEvaluation.Standing) -> String {
            return "\(fw.name(of: s.id, l)): \(Format.score(s.score)) (" + Format.text(l, "persentil \(Format.score(s.percentile, digits: 0)) dari \(s.peers) \(e.city.type ?? "") lain",
                                                                      "percentile \(Format.score(s.percentile, digits: 0)) among \(s.peers) other \(e.city.type ?? "")") + ")"
        }
        out += Format.text(l, "Kekuatan:", "Strengths:") + "\n"
        out += (e.strengths.isEmpty ? ["  —"] : e.strengths.map { "  + " + describe($0) }).joined(separator: "\n") + "\n"
        out += Format.text(l, "Kelemahan:", "Weaknesses:") + "\n"
        out += (e.weaknesses.isEmpty ? ["  —"] : e.weaknesses.map { "  − " + describe($0) }).joined(separator: "\n") + "\n"
        out += Format.text(l, "Peluang dan ancaman (analisis eksternal SWOT): diisi oleh analis daerah.",
                           "Opportunities and threats (external half of SWOT): for the city's analysts to write.") + "\n"

        if e.trend.count > 1 {
            out += heading(Format.text(l, "Tren", "Trend"))
            out += table([Format.text(l, "Tahun", "Year"), Format.text(l, "Indeks", "Index")] + r.dimensions.map(RankReport.shortName),
                         e.trend.map { p in [String(p.year), Format.score(p.index)] + r.dimensions.map { Format.score(p.dimensions[$0]) } },
                         [.left, .right] + r.dimensions.map { _ in .right })
        }

        out += heading(Format.text(l, "Indikator, menurut poin indeks yang hilang", "Indicators, by index points lost"))
        out += table([Format.text(l, "Kode", "Code"), Format.text(l, "Indikator", "Indicator"), Format.text(l, "Nilai", "Value"),
                      Format.text(l, "Skor", "Score"), Format.text(l, "Kesenjangan", "Gap"), Format.text(l, "Poin hilang", "Points lost")],
                     e.indicators.map { line in
                         [line.indicator.code, CatalogueReport.truncate(line.indicator.name[l], 50), Format.value(line.value),
                          Format.score(line.score), Format.score(line.gap), Format.score(line.cost, digits: 2)]
                     }, [.left, .left, .right, .right, .right, .right])
        out += "\n" + Format.text(l,
            "Metode: normalisasi \(r.method.normalisation.rawValue), agregasi \(r.method.aggregation.rawValue), bobot \(r.method.weights.name), cakupan minimum \(Format.percent(r.method.minCoverage)).",
            "Method: \(r.method.normalisation.rawValue) normalisation, \(r.method.aggregation.rawValue) aggregation, \(r.method.weights.name) weights, minimum coverage \(Format.percent(r.method.minCoverage)).") + "\n"
        for w in r.warnings { out += Format.text(l, "Catatan: ", "Note: ") + w + "\n" }
        return out
    }
}
