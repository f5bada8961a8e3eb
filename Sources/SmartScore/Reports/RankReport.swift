import Foundation

/// `smartscore rank`: every city with rank, index, level, coverage and its six dimension scores.
public enum RankReport {
    /// Which cities to show, in display order (the ranks are the cohort's, whatever the filter).
    public struct Filter: Sendable {
        public var province: String?
        public var type: String?
        public var top: Int?
        public init(province: String? = nil, type: String? = nil, top: Int? = nil) {
            self.province = province
            self.type = type
            self.top = top
        }

        func apply(_ result: ScoreResult) -> [Int] {
            var rows = result.order.filter { k in
                let city = result.cities[k]
                if let type, city.type?.lowercased() != type.lowercased() { return false }
                if let province, RegionRegistry.foldProvince(city.province ?? "") != RegionRegistry.foldProvince(province) { return false }
                return true
            }
            if let top { rows = Array(rows.filter { result.ranks[$0] != nil }.prefix(top)) }
            return rows
        }
    }

    public static func render(_ result: ScoreResult, filter: Filter = Filter(), format: OutputFormat, language: Language,
                              uncertainty: [RankInterval?]? = nil, values: ValueProvenance? = nil, width: Int? = nil) -> String {
        let rows = filter.apply(result)
        switch format {
        case .json:
            var writer = JSONWriter(capacity: 1024 * rows.count)
            writeJSON(result, rows: rows, uncertainty: uncertainty, values: values, into: &writer)
            return writer.text()
        case .csv: return csv(result, rows: rows, uncertainty: uncertainty)
        case .md, .table, .html:
            let text = text(result, rows: rows, uncertainty: uncertainty, markdown: format == .md, language: language,
                            width: format == .md ? nil : width)
            let whole = values.map { text + $0.sentence(Localizer(language)) + "\n" } ?? text
            return format == .md ? whole : TextWrap.fit(whole, width: width)
        }
    }

    /// The ranking as a CSV meant for other tools: machine numbers and wording whatever the language.
    static func csv(_ result: ScoreResult, rows: [Int], uncertainty: [RankInterval?]?) -> String {
        var csv = CSVTable(headers: ["rank", "code", "name", "province", "type", "score", "level", "coverage"]
                           + Framework.dimensionIDs + (uncertainty == nil ? [] : ["median_rank", "rank_p05", "rank_p95", "rank_mode_1", "rank_mode_2", "rank_mode_1_share"])
                           + ["catalogue_coverage", "dimensions_without_data", "null_reason"])
        for k in rows {
            let city = result.cities[k]
            var fields = [result.ranks[k].map(String.init) ?? "", city.code, city.name, city.province ?? "", city.type ?? "",
                          CSVTable.number(result.index[k]), result.level(ofIndex: k)?.predicate ?? "", CSVTable.number(result.coverage[k])]
            fields += Framework.dimensionIDs.map { CSVTable.number(dimensionScore(result, k, $0)) }
            if let u = uncertainty {
                fields += [CSVTable.number(u[k]?.median), CSVTable.number(u[k]?.p05), CSVTable.number(u[k]?.p95)] + SensitivityReport.modesCSV(u[k]?.modes)
            }
            let catalogue = result.catalogueCoverageBrief(ofCity: k)
            // Ids joined by ";" (a list inside one field, as the machine wording of the reasons joins them).
            fields += [CSVTable.number(catalogue.share), catalogue.dimensionsWithoutData.joined(separator: ";")]
            fields.append(ScoringWording.machine.reasons(result.nullReasons[k]) ?? "")
            csv.append(fields)
        }
        return csv.rendered()
    }

    /// The ranking people read: the language's words and numbers.
    /// `width`: the terminal's (nil: whole lines). The dimension columns are left out first when the table
    /// cannot fit, then the rank interval, then the two coverages; rank, code, name, index and level stay.
    /// `header: false` leaves out the lines on dimensions without data, for a document that already says
    /// them above the ranking (the cohort report's Markdown).
    static func text(_ result: ScoreResult, rows: [Int], uncertainty: [RankInterval?]?, markdown: Bool, language: Language,
                     width: Int? = nil, header showsHeader: Bool = true) -> String {
        let words = ScoringWording.reader(language, framework: result.framework)
        let t = words.localizer, n = t.numbers
        let headers = [t(.rank), t(.code), t(.name), t(.index), t(.level), t(.coverage), t(.dataCoverageColumn)]
            + Framework.dimensionIDs.map(words.dimensionShort) + (uncertainty == nil ? [] : [t(.rankRange90)])
        let body = rows.map { k -> [String] in
            let city = result.cities[k]
            var line = [result.ranks[k].map(String.init) ?? "—", city.code, city.name, n.score(result.index[k]),
                        words.qualifiedLevel(result, k) ?? "—", n.percent(result.coverage[k]),
                        n.percent(result.catalogueCoverageBrief(ofCity: k).share)]
            line += Framework.dimensionIDs.map { n.score(dimensionScore(result, k, $0)) }
            if let u = uncertainty {
                line.append(u[k].map { "\(n.score($0.p05, digits: 0))–\(n.score($0.p95, digits: 0))" + ($0.modes == nil ? "" : t(.sensitivityBimodalMark)) } ?? "—")
            }
            return line
        }
        let cohortCoverage = result.catalogueCoverage
        // Prose quotes the user's data (names, --catalogue entries): escaped as a whole in Markdown.
        func prose(_ s: String) -> String { markdown ? Format.md(s) : s }
        let header = showsHeader ? Self.header(result, markdown: markdown, words: words) : ""
        var footer = "\n" + prose(words.methodSentence(result)) + "\n"
        footer += prose(words.catalogueCoverageLine(cohortCoverage, cohort: true) + " " + t(.dataCoverageLegend)) + "\n"
        if result.rankedCount == 0 {
            // An empty table must not look like an empty cohort.
            footer += t(.noneRanked, ["count": n.integer(result.cities.count), "minimum": n.percent(result.method.minCoverage)]) + "\n"
        }
        let nulls = rows.filter { !result.nullReasons[$0].isEmpty }
        if !nulls.isEmpty {
            footer += t(.notRanked) + "\n"
            footer += nulls.map { "  " + prose("\(result.cities[$0].code) \(result.cities[$0].name): \(words.reasons(result.nullReasons[$0]) ?? "")") }
                .joined(separator: "\n") + "\n"
        }
        if let u = uncertainty, rows.contains(where: { u[$0]?.modes != nil }) {
            footer += t(.sensitivityBimodalHeading) + "\n"
            for k in rows { if let m = u[k]?.modes { footer += "  " + prose(SensitivityReport.bimodalLine(result.cities[k].name, m, t)) + "\n" } }
        }
        for w in result.warnings.filter({ !$0.isSaidByCatalogueCoverage }) { footer += prose(t(.noteLabel) + words.warning(w)) + "\n" }
        if markdown { return header + Format.markdownTable(headers, body) + footer }
        var table = TextTable(headers: headers, alignments: [.right, .left, .left, .right, .left, .right, .right]
                              + Framework.dimensionIDs.map { _ in .right } + (uncertainty == nil ? [] : [.right]))
        let dimensions = Framework.dimensionIDs.indices.map { 7 + $0 }
        table.droppable = dimensions.reversed() + (uncertainty == nil ? [] : [7 + dimensions.count]) + [6, 5]
        table.unbreakable.insert(1)     // the region code
        body.forEach { table.append($0) }
        return header + table.rendered(width: width, language: language) + footer
    }

    /// Whole dimensions without data come first, where nobody can miss them. Markdown needs a blank line
    /// between them, or they run into one paragraph.
    static func header(_ result: ScoreResult, markdown: Bool, words: ScoringWording) -> String {
        let warning = words.withoutDataLines(result.catalogueCoverage, indexed: result.rankedCount > 0)
        guard !warning.isEmpty else { return "" }
        return warning.map { markdown ? Format.md($0) : $0 }.joined(separator: markdown ? "\n\n" : "\n") + "\n\n"
    }

    /// The ranking as JSON, written city by city without building the document as a tree first (a village
    /// cohort is 80,534 cities).
    /// `inRunsFrom`: how many cities are written in two runs at once (a test's choice; `citiesWrittenInRuns`).
    static func writeJSON(_ result: ScoreResult, rows: [Int], uncertainty: [RankInterval?]?, values: ValueProvenance?,
                          into w: inout JSONWriter, inRunsFrom minimum: Int = citiesWrittenInRuns) {
        w.beginObject()
        w.key("year"); w.number(result.year)
        w.key("method"); w.value(result.methodJSON)
        w.key("cities"); w.beginArray()
        // A large cohort's cities in two runs written at once, on two threads (a village cohort: 80,534 cities).
        let runs = rows.count >= max(2, minimum) ? [0 ..< rows.count / 2, rows.count / 2 ..< rows.count] : [0 ..< rows.count]
        let written = WrittenRuns(count: runs.count)
        let depth = w.depth
        // Each framework dimension's column in the result (nil: the cohort has no score there).
        let dimensionColumns = Framework.dimensionIDs.map { result.dimensions.firstIndex(of: $0) }
        DispatchQueue.concurrentPerform(iterations: runs.count) { r in
            var run = JSONWriter.items(depth: depth, after: runs[r].lowerBound)
            for k in rows[runs[r]] { writeCity(result, k, dimensionColumns: dimensionColumns, uncertainty: uncertainty, into: &run) }
            written.runs[r] = run
        }
        for (r, range) in runs.enumerated() { w.append(items: written.runs[r], count: range.count) }
        w.end()
        w.key("warnings"); w.value(.array(result.warningsJSON))
        for (name, value) in result.catalogueCoverageFields(result.catalogueCoverage) {
            w.key(name); w.value(value)
        }
        if let values {
            w.key("values"); w.value(values.json)
        }
        w.end()
    }

    /// A large cohort's ranking is written in two runs of cities at once.
    static let citiesWrittenInRuns = 20_000

    /// One city of the ranking's JSON.
    private static func writeCity(_ result: ScoreResult, _ k: Int, dimensionColumns: [Int?], uncertainty: [RankInterval?]?,
                                  into w: inout JSONWriter) {
        let city = result.cities[k]
        w.beginObject()
        w.key("rank"); w.number(result.ranks[k].map(Double.init))
        w.key("code"); w.string(city.code)
        w.key("name"); w.string(city.name)
        w.key("score"); w.number(result.index[k])
        w.key("level"); w.string(result.level(ofIndex: k)?.predicate)
        w.key("coverage"); w.number(result.coverage[k])
        w.key("dimensions"); w.beginObject()
        for (id, column) in zip(Framework.dimensionIDs, dimensionColumns) {
            w.key(id); w.number(column.map { result.dimensionScores[k, $0] })
        }
        w.end()
        let catalogue = result.catalogueCoverageBrief(ofCity: k)
        w.key("catalogue_coverage"); w.number(catalogue.share)
        w.key("dimensions_without_data"); w.beginArray()
        for id in catalogue.dimensionsWithoutData { w.string(id) }
        w.end()
        w.key("index_basis")
        if let basis = result.indexBasis(k) {
            w.beginObject()
            w.key("dimensions"); w.number(basis.dimensions)
            w.key("framework_dimensions"); w.number(basis.frameworkDimensions)
            w.key("complete"); w.bool(basis.isComplete)
            w.end()
        } else {
            w.null()
        }
        if let u = uncertainty {
            w.key("median_rank"); w.number(u[k]?.median)
            w.key("rank_p05"); w.number(u[k]?.p05)
            w.key("rank_p95"); w.number(u[k]?.p95)
            w.key("rank_modes"); w.value(u[k]?.modes.map(SensitivityReport.modesJSON) ?? .null)
        }
        w.key("province"); w.string(city.province)
        w.key("type"); w.string(city.type)
        w.key("null_reason"); w.string(ScoringWording.machine.reasons(result.nullReasons[k]))
        w.end()
    }

    static func dimensionScore(_ result: ScoreResult, _ k: Int, _ id: String) -> Double? {
        result.dimensions.firstIndex(of: id).map { result.dimensionScores[k, $0] }.flatMap { $0.isNaN ? nil : $0 }
    }
}

/// A city's rank interval from the uncertainty analysis (issue 8 fills it).
public struct RankInterval: Sendable {
    public let median: Double
    public let p05: Double
    public let p95: Double
    /// Set when the runs' ranks split into two groups (the median then misleads).
    public let modes: RankModes?
    public init(median: Double, p05: Double, p95: Double, modes: RankModes? = nil) {
        self.median = median
        self.p05 = p05
        self.p95 = p95
        self.modes = modes
    }
}

/// The runs of a ranking's cities, each written by its own thread into its own place.
private final class WrittenRuns: @unchecked Sendable {
    var runs: [JSONWriter]
    init(count: Int) { runs = [JSONWriter](repeating: JSONWriter(), count: count) }
}
