import Foundation

/// The cohort report's first page, for the ministry: how many regions were assessed and ranked, the
/// index's spread and the levels, the top and the bottom of the ranking (with rank intervals when known),
/// each dimension's median, lowest and highest, and the method in one line. The full ranking follows.
extension CohortReport {
    /// How many regions the top and the bottom lists show.
    static let overviewListed = 10
    /// How many a summarised cohort's lists show: they stand in for the ranking it leaves out.
    static let summaryListed = 25

    struct Overview {
        var paragraphs: [String] = []
        var rankHeaders: [String] = []
        var top: [[String]] = []
        var bottom: [[String]] = []
        var dimensionHeaders: [String] = []
        var dimensions: [[String]] = []
        var closing: [String] = []
    }

    func overview(_ words: ScoringWording) -> Overview {
        let t = words.localizer, n = t.numbers, l = t.language, fw = catalogue.framework
        var o = Overview()
        let ranked = result.order.filter { result.ranks[$0] != nil }
        // The cohort's counts open the page (the lead above names the standards they are scored on).
        o.paragraphs.append(t(.overviewHeadline, ["cities": n.integer(result.cities.count), "year": String(result.input.year),
                                                  "ranked": n.integer(ranked.count)]))
        let indexed = result.cities.indices.filter { result.index[$0].isFinite }
        if let median = Statistics.median(indexed.map { result.index[$0] }),
           let low = indexed.min(by: { lowerFirst(result.index[$0], $0, result.index[$1], $1) }),
           let high = indexed.min(by: { lowerFirst(result.index[$1], $1, result.index[$0], $0) }) {
            o.paragraphs.append(t(.overviewSpread, ["median": n.score(median), "lowest": n.score(result.index[low]), "lowestCity": result.cities[low].name,
                                                    "highest": n.score(result.index[high]), "highestCity": result.cities[high].name]))
        }
        var counts: [Level: Int] = [:]
        for k in result.cities.indices { if let level = result.level(ofIndex: k) { counts[level, default: 0] += 1 } }
        let levels = (result.method.levels.bands.map(\.level) + [result.method.levels.top]).reversed()
            .map { "\(words.level($0)) \(n.integer(counts[$0] ?? 0))" }
        if !counts.isEmpty { o.paragraphs.append(t(.overviewLevels, ["levels": levels.joined(separator: " · ")])) }
        let unindexed = result.cities.indices.filter { !result.index[$0].isFinite }
        if !unindexed.isEmpty {
            var reasons: [String] = []
            for k in unindexed { if let r = words.reasons(result.nullReasons[k]), !reasons.contains(r) { reasons.append(r) } }
            o.paragraphs.append(t(.overviewUnranked, ["count": n.integer(unindexed.count), "reasons": reasons.prefix(3).joined(separator: "; ")]))
        }

        let intervals = sensitivity.map { s in Dictionary(uniqueKeysWithValues: s.cities.map { ($0.city.code, $0) }) } ?? [:]
        // A summarised cohort's units (villages) are named with their code and regency, as their names repeat.
        let summarised = summarises
        o.rankHeaders = [t(.rank)] + (summarised ? [t(.code), t(.name), t(.cohortScaleRegency)] : [t(.name), t(.province)]) + [t(.index), t(.level)]
            + (sensitivity == nil ? [] : [t(.sensitivityRankInterval90)])
        func row(_ k: Int) -> [String] {
            let city = result.cities[k]
            let names = summarised ? [city.code, city.name, regencyName(of: city.code)] : [city.name, city.province ?? "—"]
            return [result.ranks[k].map(n.integer) ?? "—"] + names + [n.score(result.index[k]), words.qualifiedLevel(result, k) ?? "—"]
                + (sensitivity == nil ? [] : [intervals[city.code].map { "\(n.score($0.rankP05, digits: 0))–\(n.score($0.rankP95, digits: 0))" } ?? "—"])
        }
        let listed = summarised ? Self.summaryListed : Self.overviewListed
        let shown = min(listed, ranked.count)
        o.top = ranked.prefix(shown).map(row)
        // The bottom list only when it does not repeat the top one.
        let rest = ranked.count - shown
        if rest > 0 { o.bottom = ranked.suffix(min(listed, rest)).map(row) }

        o.dimensionHeaders = [t(.dimension), t(.overviewMedian), t(.overviewLowest), t(.overviewHighest)]
        var weakest: (name: String, median: Double)?
        for (j, id) in result.dimensions.enumerated() {
            let scored = result.cities.indices.filter { !result.dimensionScores[$0, j].isNaN }
            let name = fw.plainName(of: id, l)
            guard let median = Statistics.median(scored.map { result.dimensionScores[$0, j] }),
                  let low = scored.min(by: { lowerFirst(result.dimensionScores[$0, j], $0, result.dimensionScores[$1, j], $1) }),
                  let high = scored.min(by: { lowerFirst(result.dimensionScores[$1, j], $1, result.dimensionScores[$0, j], $0) }) else {
                o.dimensions.append([name, "—", "—", "—"])
                continue
            }
            o.dimensions.append([name, n.score(median), "\(n.score(result.dimensionScores[low, j])) (\(result.cities[low].name))",
                                 "\(n.score(result.dimensionScores[high, j])) (\(result.cities[high].name))"])
            if weakest == nil || median < weakest!.median { weakest = (name, median) }
        }
        if let weakest { o.closing.append(t(.overviewWeakestDimension, ["dimension": weakest.name, "median": n.score(weakest.median)])) }
        let m = result.method
        o.closing.append(t(.overviewMethod, ["normalisation": words.normalisation(m.normalisation), "aggregation": words.aggregation(m.aggregation),
                                             "weights": words.weightsName(m.weights.name)]))
        o.closing.append(t(summarised ? .cohortScaleDetailsFollow : .overviewDetailsFollow))
        return o
    }

    func overviewHTML(_ words: ScoringWording) -> String {
        let t = words.localizer, o = overview(words)
        var body = o.paragraphs.map { HTMLPage.paragraph($0) }.joined()
        let numeric: Set<Int> = summarises ? [0, 4] : [0, 3]
        body += "<h3>" + HTMLPage.h(t(.overviewTop, ["count": t.numbers.integer(o.top.count)])) + "</h3>" + HTMLPage.table(o.rankHeaders, o.top, numeric: numeric)
        if !o.bottom.isEmpty {
            body += "<h3>" + HTMLPage.h(t(.overviewBottom, ["count": t.numbers.integer(o.bottom.count)])) + "</h3>"
                + HTMLPage.table(o.rankHeaders, o.bottom, numeric: numeric)
        }
        body += "<h3>" + HTMLPage.h(t(.overviewDimensions)) + "</h3>" + HTMLPage.table(o.dimensionHeaders, o.dimensions, numeric: [1])
        return body + o.closing.map { HTMLPage.paragraph($0, muted: true) }.joined()
    }

    /// Names are the user's: every line and cell escaped with `Format.md`.
    func overviewMarkdown(_ words: ScoringWording) -> String {
        let t = words.localizer, o = overview(words)
        var out = "## " + Format.md(t(.overviewHeading)) + "\n\n" + o.paragraphs.map(Format.md).joined(separator: "\n\n") + "\n"
        out += "\n**" + Format.md(t(.overviewTop, ["count": t.numbers.integer(o.top.count)])) + "**\n\n" + Format.markdownTable(o.rankHeaders, o.top)
        if !o.bottom.isEmpty {
            out += "\n**" + Format.md(t(.overviewBottom, ["count": t.numbers.integer(o.bottom.count)])) + "**\n\n" + Format.markdownTable(o.rankHeaders, o.bottom)
        }
        out += "\n**" + Format.md(t(.overviewDimensions)) + "**\n\n" + Format.markdownTable(o.dimensionHeaders, o.dimensions)
        return out + "\n" + o.closing.map(Format.md).joined(separator: "\n\n") + "\n\n"
    }
}

/// A strict order for picking the lowest: by value, then by position, so ties name the same region every run.
private func lowerFirst(_ a: Double, _ i: Int, _ b: Double, _ j: Int) -> Bool { a != b ? a < b : i < j }
