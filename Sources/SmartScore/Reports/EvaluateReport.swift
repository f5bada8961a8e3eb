import Foundation

/// `smartscore evaluate --city CITY`: the city's chapter of Buku 1 in numbers.
public enum EvaluateReport {
    /// `width`: the terminal's, which the text is fitted to (nil: whole lines). `top`: how many indicators
    /// the list by points lost shows in text and Markdown (nil: all of them); JSON and CSV always hold all.
    public static func render(_ e: CityEvaluation, format: OutputFormat, language: Language, catalogue: Catalogue,
                              width: Int? = nil, top: Int? = nil) -> String {
        switch format {
        case .json: return json(e).serialized()
        case .csv: return csv(e)
        case .md: return text(e, markdown: true, language: language, catalogue: catalogue, top: top)
        default: return TextWrap.fit(text(e, markdown: false, language: language, catalogue: catalogue, width: width, top: top), width: width)
        }
    }

    public static func json(_ e: CityEvaluation) -> JSONValue {
        let r = e.result, c = e.cityIndex
        let catalogue = e.catalogueCoverage
        var warnings = r.warningsJSON + e.historyWarnings.map { .string(ScoringWording.machine.warning($0)) }
        if let reason = ScoringWording.machine.reasons(r.nullReasons[c]) { warnings.append(.string("index is null: \(reason)")) }
        let dimensions: [JSONValue] = r.dimensions.enumerated().map { d, id in
            let score = r.dimensionScores[c, d]
            return .object([
                ("id", .string(id)),
                ("score", .number(score)),
                ("gap", .number(r.gap(score: score, target: r.dimensionTargets[d]))),
                ("coverage", .number(r.dimensionCoverage[c, d])),
                ("catalogue_coverage", .number(catalogue.dimensions[id]?.share)),
                ("level", .string(r.method.isBounded && !score.isNaN ? r.method.levels.level(score).predicate : nil)),
                ("elements", .array(r.elements.enumerated().filter { $0.element.dimension == id }.map { k, pair in
                    .object([("id", .string(pair.element)), ("score", .number(r.elementScores[c, k])),
                             ("catalogue_coverage", .number(catalogue.elements["\(id)/\(pair.element)"]?.share))])
                })),
            ])
        }
        let city: JSONValue = .object([("code", .string(e.city.code)), ("name", .string(e.city.name)),
                                       ("province", .string(e.city.province)), ("type", .string(e.city.type))])
        let rank: JSONValue = r.ranks[c].map { .number(Double($0)) } ?? .null
        let index: JSONValue = .object([
            ("score", .number(r.index[c])),
            ("level", .string(r.level(ofIndex: c)?.predicate)),
            ("gap", .number(r.indexGap(c))),
            ("target", .number(r.model.indexTarget)),
            ("coverage", .number(r.coverage[c])),
            ("catalogue_coverage", .number(catalogue.overall.share)),
            ("index_basis", r.indexBasisJSON(c)),
            ("rank", rank),
            ("ranked_cities", .number(Double(r.rankedCount))),
            ("null_reason", r.nullReasonJSON(c)),
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
            ("weakness_rule", .string(e.weaknessRule.rawValue)),
            ("peer_count", .number(Double(e.peerCount))),
            ("minimum_peers", .number(Double(e.minimumPeers))),
        ])
        let trend: [JSONValue] = e.trend.map { point in
            let dims: [(String, JSONValue)] = r.dimensions.map { ($0, JSONValue.number(point.dimensions[$0])) }
            return .object([("year", .number(Double(point.year))), ("index", .number(point.index)), ("dimensions", .object(dims)),
                            ("coverage", .number(point.coverage)), ("null_reason", .string(ScoringWording.machine.reasons(point.nullReasons)))])
        }
        let fields: [(String, JSONValue)] = [
            ("city", city),
            ("year", .number(Double(r.year))),
            ("method", r.methodJSON),
            ("index", index),
            ("dimensions", .array(dimensions)),
            ("pillars", .array(pillars)),
            ("indicators", .array(indicators)),
            ("peers", peers),
            ("trend", .array(trend)),
            ("series", .array(e.series.map(IndicatorSeriesReport.json))),
            ("warnings", .array(warnings)),
        ] + r.catalogueCoverageFields(catalogue) + (e.values.map { [("values", $0.json)] } ?? [])
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

    static func text(_ e: CityEvaluation, markdown: Bool, language l: Language, catalogue: Catalogue,
                     width: Int? = nil, top: Int? = nil) -> String {
        let r = e.result, c = e.cityIndex
        let fw = catalogue.framework
        let words = ScoringWording.reader(l, framework: fw)
        let t = words.localizer, n = t.numbers
        func heading(_ s: String) -> String { Format.heading(s, markdown: markdown) }
        func table(_ headers: [String], _ rows: [[String]], _ align: [TextTable.Alignment], droppable: [Int] = []) -> String {
            Format.table(headers, rows, align, markdown: markdown, width: width, language: l, droppable: droppable)
        }
        // A line of prose: ours, quoting the user's data (names from the data and from --catalogue files), so
        // in Markdown it is escaped as a whole (our own words have no Markdown marks to lose).
        func prose(_ s: String) -> String { markdown ? Format.md(s) : s }
        var out = markdown ? "# \(Format.md(e.city.name)) (\(Format.md(e.city.code)))\n" : "\(e.city.name) (\(e.city.code))\n"
        out += prose("\(e.city.province ?? "") · \(e.city.type ?? "") · \(t(.yearWord)) \(r.year)") + "\n"
        // Whole dimensions without data come first, where nobody can miss them.
        let catalogue = e.catalogueCoverage
        let warning = words.withoutDataLines(catalogue, indexed: r.index[c].isFinite)
        if !warning.isEmpty { out += "\n" + warning.map(prose).joined(separator: markdown ? "\n\n" : "\n") + "\n" }

        out += heading(t(.readinessIndex))
        let level = words.qualifiedLevel(r, c) ?? "—"
        let rank = r.ranks[c].map { "\($0) / \(r.rankedCount)" } ?? "—"
        out += table([t(.index), t(.level), t(.gap), t(.coverage), t(.dataCoverageColumn), t(.rank)],
                     [[n.score(r.index[c]), level, n.score(r.indexGap(c)), n.percent(r.coverage[c]), n.percent(catalogue.overall.share), rank]],
                     [.right, .left, .right, .right, .right, .right])
        if let reason = words.reasons(r.nullReasons[c]) { out += prose(t(.indexIsNull) + reason) + "\n" }

        out += heading(t(.dimensionsAndElements))
        // Every dimension and element of the framework: one without data says so instead of disappearing.
        var rows: [[String]] = []
        for dimension in fw.dimensions {
            let id = dimension.id
            let catalogueShare = n.percent(catalogue.dimensions[id]?.share)
            guard let d = r.dimensions.firstIndex(of: id) else {
                rows.append([fw.name(of: id, l), t(.dataCoverageNoData), "", "—", catalogueShare, "—"])
                continue
            }
            let standing = e.dimensionStandings.first { $0.id == id }
            rows.append([fw.name(of: id, l), n.score(r.dimensionScores[c, d]), n.score(r.gap(score: r.dimensionScores[c, d], target: r.dimensionTargets[d])),
                         n.percent(r.dimensionCoverage[c, d]), catalogueShare, standing.map { n.score($0.percentile, digits: 0) } ?? "—"])
            for element in dimension.elements {
                let path = "\(id)/\(element.id)"
                let elementShare = n.percent(catalogue.elements[path]?.share)
                guard let k = r.elements.firstIndex(where: { $0.dimension == id && $0.element == element.id }) else {
                    rows.append(["  " + fw.name(of: path, l), t(.dataCoverageNoData), "", "", elementShare, "—"])
                    continue
                }
                let s = e.elementStandings.first { $0.id == path }
                rows.append(["  " + fw.name(of: path, l), n.score(r.elementScores[c, k]), "", "", elementShare,
                             s.map { n.score($0.percentile, digits: 0) } ?? "—"])
            }
        }
        out += table([t(.dimensionOrElement), t(.score), t(.gap), t(.coverage), t(.dataCoverageColumn), t(.peerPercentile)], rows,
                     [.left, .right, .right, .right, .right, .right])

        out += heading(t(.readinessPillars))
        out += table([t(.pillar), t(.score)], fw.pillars.enumerated().map { p, pillar in [pillar.name[l], n.score(r.pillarScores[c, p])] }, [.left, .right])

        out += heading(t(.swotInternal))
        func describe(_ s: CityEvaluation.Standing) -> String { prose(describeLine(s)) }
        func describeLine(_ s: CityEvaluation.Standing) -> String {
            guard let percentile = s.percentile else {
                return t(.standingLineNoPercentile, ["name": fw.name(of: s.id, l), "score": n.score(s.score), "gap": n.score(s.gap)])
            }
            return t(.standingLine, ["name": fw.name(of: s.id, l), "score": n.score(s.score), "percentile": n.score(percentile, digits: 0),
                                     "peers": n.integer(s.peers), "type": e.city.type ?? ""])
        }
        // Markdown lists need "- "; the terminal keeps its + and − marks.
        let plus = markdown ? "- " : "  + ", minus = markdown ? "- " : "  − "
        if !e.peersAvailable {
            out += prose(t(.peersTooFew, ["peers": n.integer(e.peerCount), "type": e.city.type ?? "", "minimum": n.integer(e.minimumPeers)])) + "\n"
        }
        out += t(.strengths) + "\n"
        out += (e.strengths.isEmpty ? ["  —"] : e.strengths.map { plus + describe($0) }).joined(separator: "\n") + "\n"
        out += (e.weaknessRule == .largestGaps ? t(e.peersAvailable ? .weaknessesLargestGaps : .weaknessesLargestGapsNoPeers, ["count": n.integer(e.weaknesses.count)]) : t(.weaknesses)) + "\n"
        out += (e.weaknesses.isEmpty ? ["  —"] : e.weaknesses.map { minus + describe($0) }).joined(separator: "\n") + "\n"
        out += t(.swotExternal) + "\n"

        if e.trend.count > 1 {
            out += heading(t(.trend))
            out += table([t(.year), t(.index)] + r.dimensions.map(words.dimensionShort),
                         e.trend.map { p in [String(p.year), n.score(p.index)] + r.dimensions.map { n.score(p.dimensions[$0]) } },
                         [.left, .right] + r.dimensions.map { _ in .right })
            out += t(.trendNote, ["reference": String(r.referenceYear)]) + "\n"
            for p in e.trend {
                if let reasons = words.reasons(p.nullReasons) { out += prose(t(.trendYearNull, ["year": String(p.year), "reasons": reasons])) + "\n" }
            }
        }
        if !e.series.isEmpty {
            out += heading(t(.seriesHeading))
            out += prose(t(.seriesNote, ["reference": String(r.referenceYear)])) + "\n"
            for series in e.series {
                out += "\n" + prose(IndicatorSeriesReport.summary(series, t)) + "\n"
                out += table(IndicatorSeriesReport.headers(series, t), IndicatorSeriesReport.rows(series, t), [.left, .right, .right, .right])
            }
        }

        out += heading(t(.indicatorsByPointsLost))
        // The costliest first (the list is in that order); a terminal shows the first `top`, and says so.
        let shown = top.map { Array(e.indicators.prefix($0)) } ?? e.indicators
        // Names are whole: a pipe or Markdown has the room, and a terminal wraps them between words.
        out += table([t(.code), t(.indicator), t(.value), t(.terminalUnit), t(.score), t(.gap), t(.pointsLost)],
                     shown.map { line in
                         [line.indicator.code, line.indicator.name[l],
                          n.value(line.value), t.unit(line.indicator.unit), n.score(line.score), n.score(line.gap), n.score(line.cost, digits: 2)]
                     }, [.left, .left, .right, .left, .right, .right, .right], droppable: [5, 4])
        if shown.count < e.indicators.count {
            out += prose(t(.terminalIndicatorsShown, ["shown": n.integer(shown.count), "total": n.integer(e.indicators.count)])) + "\n"
        }
        out += "\n" + prose(words.methodSentence(r)) + "\n"
        for line in MethodWeightsReport.compactLines(r, words: words) { out += prose(line) + "\n" }
        out += prose(words.catalogueCoverageLine(catalogue, cohort: false) + " " + t(.dataCoverageLegend)) + "\n"
        for w in (r.warnings + e.historyWarnings).filter({ !$0.isSaidByCatalogueCoverage }) { out += prose(t(.noteLabel) + words.warning(w)) + "\n" }
        if let values = e.values { out += values.sentence(t).split(separator: "\n", omittingEmptySubsequences: false).map { prose(String($0)) }.joined(separator: "\n") + "\n" }
        return out
    }
}
