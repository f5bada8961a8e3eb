import Foundation

/// `smartscore sensitivity`: how sure each rank is, and which choices move the ranks most.
public enum SensitivityReport {
    /// `width`: the terminal's, which the table text is fitted to (nil: whole lines).
    public static func render(_ s: SensitivityResult, format: OutputFormat, language l: Language, width: Int? = nil) -> String {
        switch format {
        case .json: return json(s).serialized()
        case .csv:
            var t = CSVTable(headers: ["rank", "code", "name", "score", "median_rank", "rank_p05", "rank_p95", "score_mean", "score_sd",
                                       "rank_mode_1", "rank_mode_2", "rank_mode_1_share"])
            for c in s.cities {
                t.append([String(c.nominalRank), c.city.code, c.city.name, CSVTable.number(c.nominalScore), CSVTable.number(c.medianRank),
                          CSVTable.number(c.rankP05), CSVTable.number(c.rankP95), CSVTable.number(c.scoreMean), CSVTable.number(c.scoreSD)]
                         + modesCSV(c.modes))
            }
            return t.rendered()
        case .md:
            return text(s, markdown: true, language: l)
        default:
            return TextWrap.fit(text(s, markdown: false, language: l, width: width), width: width)
        }
    }

    /// The analysis for people: the language's words and numbers, the inputs by name.
    static func text(_ s: SensitivityResult, markdown md: Bool, language l: Language, width: Int? = nil) -> String {
        let t = Localizer(l), n = t.numbers
        func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment]) -> String {
            Format.table(h, rows, a, markdown: md, width: width, language: l)
        }
        var out = (md ? "# " : "") + t(.sensitivityTitle) + "\n\n"
        let inputs = s.options.inputs.isEmpty ? "—" : s.options.inputs.map(t.uncertainInput).joined(separator: ", ")
        out += t(.sensitivityRuns, ["runs": n.integer(s.runs), "seed": String(s.options.seed), "inputs": inputs]) + "\n\n"
        let mark = t(.sensitivityBimodalMark)
        out += table([t(.rank), t(.code), t(.name), t(.index), t(.sensitivityMedian), t(.sensitivityRange), t(.sensitivityMeanSD)],
                     s.cities.map { c in
                         [String(c.nominalRank), c.city.code, c.city.name, n.score(c.nominalScore),
                          n.score(c.medianRank, digits: 0) + (c.modes == nil ? "" : mark),
                          "\(n.score(c.rankP05, digits: 0))–\(n.score(c.rankP95, digits: 0))",
                          "\(n.score(c.scoreMean)) ± \(n.score(c.scoreSD))"]
                     }, [.right, .left, .left, .right, .right, .right, .right])
        let bimodal = s.cities.filter { $0.modes != nil }
        if !bimodal.isEmpty {
            out += "\n" + t(.sensitivityBimodalHeading) + "\n"
            // The line quotes a city's name: escaped in Markdown.
            for c in bimodal { out += (md ? "- " + Format.md(bimodalLine(c.city.name, c.modes!, t)) : "  " + bimodalLine(c.city.name, c.modes!, t)) + "\n" }
        }
        if !s.indices.isEmpty {
            let level = n.percent(s.confidence)
            let interval = t(.sensitivityInterval, ["level": level])
            out += "\n" + t(.sensitivityIndicesHeading) + "\n\n"
            out += table([t(.sensitivityInput), t(.sensitivityFirstOrder), interval, t(.sensitivityTotal), interval, t(.sensitivityWhatVaries)],
                         s.indices.map { [t.uncertainInput($0.input), n.score($0.index.firstOrder, digits: 3), n.interval($0.index.firstOrderInterval, digits: 3),
                                          n.score($0.index.total, digits: 3), n.interval($0.index.totalInterval, digits: 3),
                                          t.uncertainInputDescription($0.input)] },
                         [.left, .right, .right, .right, .right, .left])
            out += "\n" + notes(s, t).map { md ? "- " + Format.md($0) : $0 }.joined(separator: "\n") + "\n"
        }
        out += "\n" + t(.sensitivityMeanShift, ["shift": n.score(s.meanRankShift, digits: 2)]) + "\n"
        if let bins = rankBinsNote(s, t) { out += (md ? Format.md(bins) : bins) + "\n" }
        if let values = s.values { out += (md ? Format.md(values.sentence(t)) : values.sentence(t)) + "\n" }
        return out
    }

    /// Said only when a large cohort's ranks were counted in bins wider than one rank: how far off they may be.
    static func rankBinsNote(_ s: SensitivityResult, _ t: Localizer) -> String? {
        guard s.rankBinWidth > 1 else { return nil }
        let bound = s.rankBinErrorBound
        return t(.sensitivityRankBins, ["width": t.numbers.integer(s.rankBinWidth),
                                        "bound": t.numbers.score(bound, digits: bound == bound.rounded() ? 0 : 1)])
    }

    /// "Kota X: about rank 9 (55% of runs) or about rank 62 (45%)".
    static func bimodalLine(_ name: String, _ m: RankModes, _ t: Localizer) -> String {
        let n = t.numbers
        return t(.sensitivityBimodalCity, ["name": name, "first": n.score(m.modes[0], digits: 0), "firstShare": n.percent(m.shares[0]),
                                           "second": n.score(m.modes[1], digits: 0), "secondShare": n.percent(m.shares[1])])
    }

    /// The estimators, the effects the intervals cannot tell from 0, and whether the runs were too few.
    static func notes(_ s: SensitivityResult, _ t: Localizer) -> [String] {
        let n = t.numbers
        var out = [t(.sensitivityEstimators, ["level": n.percent(s.confidence), "resamples": n.integer(s.bootstrapResamples),
                                              "base": n.integer(s.baseSamples)])]
        func names(_ inputs: [UncertainInput]) -> String { inputs.map(t.uncertainInput).joined(separator: ", ") }
        if !s.firstOrderIndistinguishableFromZero.isEmpty { out.append(t(.sensitivityFirstOrderZero, ["inputs": names(s.firstOrderIndistinguishableFromZero)])) }
        if !s.totalIndistinguishableFromZero.isEmpty { out.append(t(.sensitivityTotalZero, ["inputs": names(s.totalIndistinguishableFromZero)])) }
        if let suggested = s.suggestedSamples, let width = s.widestInterval {
            out.append(t(.sensitivitySamplesTooLow, ["runs": n.integer(s.runs), "width": n.score(width, digits: 2),
                                                     "narrow": n.score(SobolEstimates.narrowWidth, digits: 2), "suggested": n.integer(suggested)]))
        }
        return out
    }

    public static func json(_ s: SensitivityResult) -> JSONValue {
        let cities: [JSONValue] = s.cities.map { c in
            .object([
                ("rank", .number(Double(c.nominalRank))), ("code", .string(c.city.code)), ("name", .string(c.city.name)),
                ("score", .number(c.nominalScore)), ("median_rank", .number(c.medianRank)), ("rank_p05", .number(c.rankP05)),
                ("rank_p95", .number(c.rankP95)), ("score_mean", .number(c.scoreMean)), ("score_sd", .number(c.scoreSD)),
                ("rank_modes", c.modes.map(modesJSON) ?? .null),
            ])
        }
        let inputs: [JSONValue] = s.options.inputs.map { input in
            var fields: [(String, JSONValue)] = [("id", .string(input.rawValue)), ("description", .string(input.description))]
            if input == .weights || input == .indicatorWeights { fields.append(("spread", .number(s.options.weightSpread))) }
            if input == .normalisation { fields.append(("set", .array(s.options.normalisations.map { .string($0.rawValue) }))) }
            return .object(fields)
        }
        func interval(_ r: ClosedRange<Double>) -> JSONValue { .array([.number(r.lowerBound), .number(r.upperBound)]) }
        let indices: [JSONValue] = s.indices.map { i in
            .object([("input", .string(i.input.rawValue)),
                     ("first_order", .number(i.index.firstOrder)), ("first_order_interval", interval(i.index.firstOrderInterval)),
                     ("first_order_distinguishable_from_zero", .bool(!i.index.firstOrderIndistinguishableFromZero)),
                     ("total", .number(i.index.total)), ("total_interval", interval(i.index.totalInterval)),
                     ("total_distinguishable_from_zero", .bool(!i.index.totalIndistinguishableFromZero))])
        }
        let estimators: JSONValue = s.indices.isEmpty ? .null : .object([
            ("first_order", .string("saltelli2010")), ("total", .string("jansen1999")),
            ("interval", .string("percentile_bootstrap")), ("confidence", .number(s.confidence)),
            ("bootstrap_resamples", .number(Double(s.bootstrapResamples))), ("base_samples", .number(Double(s.baseSamples))),
            ("widest_interval", s.widestInterval.map(JSONValue.number) ?? .null),
            ("samples_too_low", .bool(s.suggestedSamples != nil)),
            ("suggested_samples", s.suggestedSamples.map { .number(Double($0)) } ?? .null),
        ])
        let fields: [(String, JSONValue)] = [
            ("samples", .number(Double(s.runs))),
            ("seed", .number(Double(s.options.seed))),
            ("inputs", .array(inputs)),
            ("method", s.nominal.methodJSON),
            ("year", .number(Double(s.nominal.input.year))),
            ("mean_rank_shift", .number(s.meanRankShift)),
            ("cities", .array(cities)),
            ("indices", .array(indices)),
            ("sobol", estimators),
        ] + (s.values.map { [("values", $0.json)] } ?? [])
          // Only a cohort too large for one count per rank has it, so the usual output is unchanged.
          + (s.rankBinWidth > 1 ? [("rank_bins", .object([("width", .number(Double(s.rankBinWidth))),
                                                          ("max_error_ranks", .number(s.rankBinErrorBound))]))] : [])
        return .object(fields)
    }

    /// `rank_mode_1`, `rank_mode_2`, `rank_mode_1_share`: empty when the ranks did not split in two.
    static func modesCSV(_ m: RankModes?) -> [String] {
        guard let m else { return ["", "", ""] }
        return [CSVTable.number(m.modes[0]), CSVTable.number(m.modes[1]), CSVTable.number(m.shares[0])]
    }

    static func modesJSON(_ m: RankModes) -> JSONValue {
        .object([("modes", .array(m.modes.map(JSONValue.number))), ("shares", .array(m.shares.map(JSONValue.number)))])
    }

    /// The rank intervals `rank --uncertainty N` adds, by position in the result.
    public static func intervals(_ s: SensitivityResult) -> [RankInterval?] {
        var out = [RankInterval?](repeating: nil, count: s.nominal.cities.count)
        for c in s.cities {
            if let k = s.nominal.cityIndex(code: c.city.code) { out[k] = RankInterval(median: c.medianRank, p05: c.rankP05, p95: c.rankP95, modes: c.modes) }
        }
        return out
    }
}
