import Foundation
import Hummingbird
import SmartScore

/// The three pages: the cohort's ranking with its filters, a city's Buku 1 and Buku 2 view, and the what-if
/// weights. Each works without JavaScript (forms, links, server-rendered tables); the script only filters,
/// sorts and re-ranks in place.
struct Pages {
    let dashboard: Dashboard

    func add(to router: Router<BasicRequestContext>) {
        let limit = dashboard.settings.requestTimeout
        router.get("/") { request, _ in try await TimeLimit.run(limit) { try self.ranking(request) } }
        router.get("whatif") { request, _ in try await TimeLimit.run(limit) { try self.whatIf(request) } }
        router.get("city/:code") { request, context in
            let code = try APIRoutes.code(context)
            return try await TimeLimit.run(limit) { try self.city(request, code: code) }
        }
    }

    func language(_ request: Request) -> Language { RequestLanguage.of(request, default: dashboard.settings.language) }

    /// The datasets line: which data, which year, how many regions and how many ranked; then what the method was,
    /// where the values come from, which dimensions have no data, and what scoring said of the year (a sparse year).
    func lead(_ cohort: ScoredCohort, dataset: String, language l: Language) -> String {
        let t = Localizer(l), r = cohort.result
        let words = ScoringWording.reader(l, framework: r.framework)
        var out = "<p class=\"lead\" id=\"dataset-line\">" + Layout.h(t(.dashboardDatasetLine, ["dataset": dataset, "year": String(r.year),
                                                                        "cities": t.numbers.integer(r.cities.count), "ranked": t.numbers.integer(r.rankedCount)]))
            + " " + Layout.h(words.methodSentence(r)) + "</p>"
            + "<p class=\"muted\">" + Layout.h(cohort.valueProvenance.sentence(t)) + "</p>"
        // The dimensions without data in one line, as the reports open; then what scoring said of the year.
        for line in words.withoutDataLines(r.catalogueCoverage, indexed: r.rankedCount > 0) { out += "<p class=\"warning scoring-note\">" + Layout.h(line) + "</p>" }
        for warning in r.warnings where !warning.isSaidByCatalogueCoverage {
            // The command line's wording names --year; the page names its own field.
            let text: String
            if case let .laterYearsSparse(scored, later) = warning {
                text = t(.dashboardLaterYearsSparse, ["year": String(scored), "later": ScoringWording.yearList(later)])
            } else {
                text = words.warning(warning)
            }
            out += "<p class=\"warning scoring-note\">" + Layout.h(text) + "</p>"
        }
        return out
    }

    /// `/`: every city ranked; filters by province, type, level and text; sortable columns; the method and, on
    /// request, the rank intervals.
    func ranking(_ request: Request) throws -> Response {
        let l = language(request), t = Localizer(l)
        let query = QueryParameters(request: request)
        let dataset = try query.dataset(dashboard)
        let year = try query.year(dashboard, dataset: dataset)
        var spec = try query.whatIf()
        spec.dimensions = [:]
        let province = try query.text("province"), type = try query.text("type"), search = try query.text("q")
        let level = try query.choice("level", Level.self)
        if let type, !["kota", "kabupaten"].contains(type) { throw APIError.parameter("type", type) }
        let intervals = try query.text("intervals")
        if let intervals, intervals != "1" { throw APIError.parameter("intervals", intervals) }
        let showIntervals = intervals == "1"
        let cohort = try dashboard.cohort(dataset, year: year, spec)
        try APIRoutes.checkProvince(RankReport.Filter(province: province), cohort)
        let result = cohort.result
        var table = RankingTable(result: result, language: l, dataset: dataset, year: year)
        let runs = 100
        if showIntervals {
            table.intervals = SensitivityReport.intervals(try dashboard.sensitivity(dataset, year: year, method: spec, samples: runs, seed: 1))
        }

        let provinces = Array(Set(result.cities.compactMap(\.province))).sorted()
        var body = "<h1>\(Layout.h(t(.dashboardRanking)))</h1>" + lead(cohort, dataset: dataset, language: l)
        body += "<form id=\"filters\" class=\"filters\" method=\"get\" action=\"/\">"
        body += Layout.datasetField(try dashboard.datasets(), chosen: dataset)
        body += Layout.yearField(try dashboard.years(dataset), chosen: result.year, language: l)
        body += "<label>\(Layout.h(t(.province))) <select name=\"province\" id=\"province\">"
            + Layout.options([("", t(.dashboardFilterAll))] + provinces.map { ($0, $0) }, chosen: province) + "</select></label> "
        body += "<label>\(Layout.h(t(.type))) <select name=\"type\" id=\"type\">"
            + Layout.options([("", t(.dashboardFilterAll)), ("kota", t(.dashboardTypeKota)), ("kabupaten", t(.dashboardTypeKabupaten))], chosen: type)
            + "</select></label> "
        let words = ScoringWording.reader(l, framework: dashboard.workspace.framework)
        body += "<label>\(Layout.h(t(.level))) <select name=\"level\" id=\"level\">"
            + Layout.options([("", t(.dashboardFilterAll))] + Level.allCases.map { ($0.predicate, words.level($0)) }, chosen: level?.predicate)
            + "</select></label> "
        body += "<label>\(Layout.h(t(.dashboardFilterSearch))) <input type=\"search\" name=\"q\" id=\"search\" value=\"\(Layout.h(search ?? ""))\"/></label> "
        body += Layout.methodFields(spec, language: l)
        body += "<label><input type=\"checkbox\" name=\"intervals\" value=\"1\"\(showIntervals ? " checked=\"checked\"" : "")/> "
            + Layout.h(t(.dashboardIntervals, ["runs": String(runs)])) + "</label> "
        body += "<input type=\"hidden\" name=\"lang\" value=\"\(l.rawValue)\"/>"
        body += "<button type=\"submit\">\(Layout.h(t(.dashboardApply)))</button></form>"
        // Rows the filters leave out are hidden, not dropped: the script shows them again as the filters change.
        table.hidden = Self.filteredOut(result, province: province, type: type, level: level, search: search)
        let html = table.html(id: "ranking")
        let shown = result.cities.count - table.hidden.count
        body += "<p class=\"muted\" id=\"shown\" data-template=\"\(Layout.h(t.template(.dashboardFilterShown)))\">"
            + Layout.h(t(.dashboardFilterShown, ["shown": t.numbers.integer(shown), "total": t.numbers.integer(result.cities.count)])) + "</p>"
        body += "<p class=\"muted screen-only\">\(Layout.h(t(.dashboardSortHint)))</p>" + html
        return Responses.html(Layout.page(title: t(.dashboardRanking) + " — " + t(.dashboardTitle), language: l, request: request, active: "ranking", body: body))
    }

    /// The cities (by index) the request's filters leave out: their rows are drawn `hidden`.
    static func filteredOut(_ result: ScoreResult, province: String?, type: String?, level: Level?, search: String?) -> Set<Int> {
        let needle = search?.lowercased()
        var out = Set<Int>()
        for (k, city) in result.cities.enumerated() {
            var keep = true
            if let province, !RegionRegistry.sameProvince(city.province, province) { keep = false }
            if let type, city.type != type { keep = false }
            if let level, result.level(ofIndex: k) != level { keep = false }
            if let needle, !(city.name + " " + city.code).lowercased().contains(needle) { keep = false }
            if !keep { out.insert(k) }
        }
        return out
    }

    /// `/whatif`: six sliders and the method; the table is the engine's ranking for them, drawn by the server
    /// (so the permalink is the view) and redrawn by the script from `/api/v1/whatif` as the sliders move.
    func whatIf(_ request: Request) throws -> Response {
        let l = language(request), t = Localizer(l)
        let query = QueryParameters(request: request)
        let dataset = try query.dataset(dashboard)
        let year = try query.year(dashboard, dataset: dataset)
        let spec = try query.whatIf()
        let cohort = try dashboard.cohort(dataset, year: year, spec)
        let base = try dashboard.cohort(dataset, year: year).result
        var baseRanks: [String: Int] = [:]
        for (k, city) in base.cities.enumerated() { if let r = base.ranks[k] { baseRanks[city.code] = r } }
        var table = RankingTable(result: cohort.result, language: l, dataset: dataset, year: year)
        table.baseRanks = baseRanks

        var body = "<h1>\(Layout.h(t(.dashboardWhatIf)))</h1><p class=\"lead\">\(Layout.h(t(.dashboardWhatIfLead)))</p>" + lead(cohort, dataset: dataset, language: l)
        body += "<form id=\"whatif-form\" class=\"filters\" method=\"get\" action=\"/whatif\">"
        body += Layout.datasetField(try dashboard.datasets(), chosen: dataset)
        body += Layout.yearField(try dashboard.years(dataset), chosen: cohort.result.year, language: l)
        body += "<fieldset class=\"sliders\"><legend>\(Layout.h(t(.dashboardWhatIfWeights)))</legend>"
        for id in Framework.dimensionIDs {
            let weight = spec.dimensions[id] ?? 1
            body += "<label for=\"w-\(id)\">\(Layout.h(t.dimensionShort(id)))</label>"
            body += "<input type=\"range\" id=\"w-\(id)\" name=\"\(id)\" min=\"0\" max=\"10\" step=\"0.5\" value=\"\(Self.number(weight))\"/>"
            body += "<output for=\"w-\(id)\" id=\"o-\(id)\">\(Layout.h(t.numbers.score(weight)))</output>"
        }
        body += "</fieldset>" + Layout.methodFields(spec, language: l)
        body += "<input type=\"hidden\" name=\"lang\" value=\"\(l.rawValue)\"/>"
        body += "<button type=\"submit\">\(Layout.h(t(.dashboardApply)))</button> "
        body += "<a href=\"/whatif\(Layout.h(Layout.query(Self.dataPairs(dataset, year))))\">\(Layout.h(t(.dashboardWhatIfEqual)))</a></form>"
        body += "<p class=\"muted screen-only\">\(Layout.h(t(.dashboardWhatIfNeedsScript)))</p>"
        body += "<p><a id=\"permalink\" href=\"\(Layout.h(Self.permalink(spec, dataset: dataset, year: year, language: l)))\">\(Layout.h(t(.dashboardWhatIfPermalink)))</a></p>"
        let levels = Level.allCases.map { ($0.predicate, JSONValue.string(ScoringWording.reader(l, framework: cohort.result.framework).level($0))) }
        body += "<div id=\"whatif-result\" data-levels=\"\(Layout.h(JSONValue.object(levels).serialized()))\" data-state=\"ready\" data-serial=\"0\">"
            + table.html(id: "ranking") + "</div>"
        return Responses.html(Layout.page(title: t(.dashboardWhatIf) + " — " + t(.dashboardTitle), language: l, request: request, active: "whatif", body: body))
    }

    /// A weight as a query value and a slider's value: the shortest decimal that reads back the same.
    static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }

    /// The dataset and, when one was asked for, the year: what every link from a view carries on.
    static func dataPairs(_ dataset: String, _ year: Int?) -> [(String, String)] {
        [("dataset", dataset)] + (year.map { [("year", String($0))] } ?? [])
    }

    static func permalink(_ spec: WhatIfSpec, dataset: String, year: Int?, language: Language) -> String {
        var pairs = dataPairs(dataset, year)
        for id in Framework.dimensionIDs { pairs.append((id, number(spec.dimensions[id] ?? 1))) }
        pairs += [("normalisation", spec.normalisation.rawValue), ("aggregation", spec.aggregation.rawValue), ("lang", language.rawValue)]
        return "/whatif" + Layout.query(pairs)
    }

    /// `/city/{code}`: the city report's Buku 1 and Buku 2 sections as `report --city` builds them, inside the
    /// dashboard's frame (its style sheet served as a file).
    func city(_ request: Request, code: String) throws -> Response {
        let l = language(request), t = Localizer(l)
        let query = QueryParameters(request: request)
        let dataset = try query.dataset(dashboard)
        let year = try query.year(dashboard, dataset: dataset)
        let cohort = try dashboard.cohort(dataset, year: year)
        let report = try dashboard.workspace.cityReport(cohort, city: code, sensitivity: nil)
        let body = "<p class=\"screen-only\"><a href=\"/\(Layout.h(Layout.query(Self.dataPairs(dataset, year))))\">← \(Layout.h(t(.dashboardBackToRanking)))</a></p>"
            + Self.mainContent(report.html(language: l))
        return Responses.html(Layout.page(title: report.evaluation.city.name + " — " + t(.dashboardTitle), language: l, request: request,
                                          active: "city", body: body))
    }

    /// What is inside a report page's `<main>`: its sections without the page's own head and inline style.
    static func mainContent(_ page: String) -> String {
        guard let open = page.range(of: "<main>"), let close = page.range(of: "</main>", options: .backwards) else { return "" }
        return String(page[open.upperBound..<close.lowerBound])
    }
}
