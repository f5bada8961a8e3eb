import Foundation

/// `smartscore sensitivity`: how sure each rank is, and which choices move the ranks most.
public enum SensitivityReport {
    public static func render(_ s: SensitivityResult, format: OutputFormat, language l: Language) -> String {
        switch format {
        case .json: return json(s).serialized()
        case .csv:
            var t = CSVTable(headers: ["rank", "code", "name", "score", "median_rank", "rank_p05", "rank_p95", "score_mean", "score_sd"])
            for c in s.cities {
                t.append([String(c.nominalRank), c.city.code, c.city.name, CSVTable.number(c.nominalScore), CSVTable.number(c.medianRank),
                          CSVTable.number(c.rankP05), CSVTable.number(c.rankP95), CSVTable.number(c.scoreMean), CSVTable.number(c.scoreSD)])
            }
            return t.rendered()
        default:
            return text(s, markdown: format == .md, language: l)
        }
    }

    /// The analysis for people: the language's words and numbers, the inputs by name.
    static func text(_ s: SensitivityResult, markdown md: Bool, language l: Language) -> String {
        let t = Localizer(l), n = t.numbers
        func table(_ h: [String], _ rows: [[String]], _ a: [TextTable.Alignment]) -> String { Format.table(h, rows, a, markdown: md) }
        var out = (md ? "# " : "") + t(.sensitivityTitle) + "\n\n"
        let inputs = s.options.inputs.isEmpty ? "—" : s.options.inputs.map(t.uncertainInput).joined(separator: ", ")
        out += t(.sensitivityRuns, ["runs": n.integer(s.runs), "seed": String(s.options.seed), "inputs": inputs]) + "\n\n"
        out += table([t(.rank), t(.code), t(.name), t(.index), t(.sensitivityMedian), t(.sensitivityRange), t(.sensitivityMeanSD)],
                     s.cities.map { c in
                         [String(c.nominalRank), c.city.code, c.city.name, n.score(c.nominalScore), n.score(c.medianRank, digits: 0),
                          "\(n.score(c.rankP05, digits: 0))–\(n.score(c.rankP95, digits: 0))",
                          "\(n.score(c.scoreMean)) ± \(n.score(c.scoreSD))"]
                     }, [.right, .left, .left, .right, .right, .right, .right])
        if !s.indices.isEmpty {
            out += "\n" + t(.sensitivityIndicesHeading) + "\n\n"
            out += table([t(.sensitivityInput), t(.sensitivityFirstOrder), t(.sensitivityTotal), t(.sensitivityWhatVaries)],
                         s.indices.map { [t.uncertainInput($0.input), n.score($0.firstOrder, digits: 3), n.score($0.total, digits: 3),
                                          t.uncertainInputDescription($0.input)] },
                         [.left, .right, .right, .left])
        }
        out += "\n" + t(.sensitivityMeanShift, ["shift": n.score(s.meanRankShift, digits: 2)]) + "\n"
        return out
    }

    public static func json(_ s: SensitivityResult) -> JSONValue {
        let cities: [JSONValue] = s.cities.map { c in
            .object([
                ("rank", .number(Double(c.nominalRank))), ("code", .string(c.city.code)), ("name", .string(c.city.name)),
                ("score", .number(c.nominalScore)), ("median_rank", .number(c.medianRank)), ("rank_p05", .number(c.rankP05)),
                ("rank_p95", .number(c.rankP95)), ("score_mean", .number(c.scoreMean)), ("score_sd", .number(c.scoreSD)),
            ])
        }
        let inputs: [JSONValue] = s.options.inputs.map { input in
            var fields: [(String, JSONValue)] = [("id", .string(input.rawValue)), ("description", .string(input.description))]
            if input == .weights { fields.append(("spread", .number(s.options.weightSpread))) }
            if input == .normalisation { fields.append(("set", .array(s.options.normalisations.map { .string($0.rawValue) }))) }
            return .object(fields)
        }
        let indices: [JSONValue] = s.indices.map { i in
            .object([("input", .string(i.input.rawValue)), ("first_order", .number(i.firstOrder)), ("total", .number(i.total))])
        }
        let fields: [(String, JSONValue)] = [
            ("samples", .number(Double(s.runs))),
            ("seed", .number(Double(s.options.seed))),
            ("inputs", .array(inputs)),
            ("method", s.nominal.methodJSON),
            ("year", .number(Double(s.nominal.input.year))),
            ("mean_rank_shift", .number(s.meanRankShift)),
            ("cities", .array(cities)),
            ("indices", .array(indices)),
        ]
        return .object(fields)
    }

    /// The rank intervals `rank --uncertainty N` adds, by position in the result.
    public static func intervals(_ s: SensitivityResult) -> [RankInterval?] {
        var out = [RankInterval?](repeating: nil, count: s.nominal.cities.count)
        for c in s.cities {
            if let k = s.nominal.cityIndex(code: c.city.code) { out[k] = RankInterval(median: c.medianRank, p05: c.rankP05, p95: c.rankP95) }
        }
        return out
    }
}
