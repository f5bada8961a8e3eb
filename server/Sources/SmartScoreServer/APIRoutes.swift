import Foundation
import Hummingbird
import SmartScore

/// `/api/v1/`: the CLI's JSON contracts over HTTP. Each route reads its parameters, calls one use case of
/// the library and answers with the renderer the CLI's `--format json` uses, so a client reads the same
/// document either way (server/openapi.yaml documents each).
struct APIRoutes {
    let dashboard: Dashboard

    func add(to router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        let limit = dashboard.settings.requestTimeout
        api.get("datasets") { request, _ in try await TimeLimit.run(limit) { try self.datasets(request) } }
        api.get("rank") { request, _ in try await TimeLimit.run(limit) { try self.rank(request, whatIf: false) } }
        api.get("whatif") { request, _ in try await TimeLimit.run(limit) { try self.rank(request, whatIf: true) } }
        api.get("city/:code") { request, context in
            let code = try Self.code(context)
            return try await TimeLimit.run(limit) { try self.city(request, code: code) }
        }
        api.get("quickwins/:code") { request, context in
            let code = try Self.code(context)
            return try await TimeLimit.run(limit) { try self.quickWins(request, code: code) }
        }
        api.get("sensitivity") { request, _ in try await TimeLimit.run(limit) { try self.sensitivity(request) } }
        api.get("catalogue") { request, _ in try await TimeLimit.run(limit) { try self.catalogue(request) } }
        api.get("catalogue/:code") { request, context in
            let code = try Self.code(context)
            return try await TimeLimit.run(limit) { try self.indicator(request, code: code) }
        }
    }

    /// A path parameter, percent-decoded (a city may be named `Kota%20Palu`).
    static func code(_ context: BasicRequestContext, named name: String = "code") throws -> String {
        let raw = context.parameters.get(name) ?? ""
        let decoded = raw.removingPercentEncoding ?? raw
        guard !decoded.isEmpty, decoded.count <= 200 else { throw APIError.parameter(name, decoded) }
        // No region, indicator or dataset has a control character in its code or name: such a one is not found.
        guard !decoded.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw APIError.notFound(String(decoded.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(String.init).joined()))
        }
        return decoded
    }

    func language(_ request: Request) -> Language { RequestLanguage.of(request, default: dashboard.settings.language) }

    /// `smartscore datasets list --format json`.
    func datasets(_ request: Request) throws -> Response {
        let summaries = try dashboard.datasets().map { try dashboard.store.summary(of: $0) }
        return Responses.json(ImportReport.datasets(summaries, format: .json, language: language(request)))
    }

    /// `smartscore rank --format json` (with `--year`, `--normalise`, `--aggregate`, `--province`, `--type`, `--top`,
    /// `--uncertainty`); the what-if route adds the dimension weights, as `--weights FILE` would.
    func rank(_ request: Request, whatIf: Bool) throws -> Response {
        let query = QueryParameters(request: request)
        let dataset = try query.dataset(dashboard)
        let year = try query.year(dashboard, dataset: dataset)
        var spec = try query.whatIf()
        if !whatIf { spec.dimensions = [:] }
        let filter = try query.filter()
        let samples = try query.integer("uncertainty", in: 10...dashboard.settings.mostSensitivitySamples)
        let cohort = try dashboard.cohort(dataset, year: year, spec)
        try Self.checkProvince(filter, cohort)
        var intervals: [RankInterval?]?
        if let samples, spec.dimensions.isEmpty {
            intervals = SensitivityReport.intervals(try dashboard.sensitivity(dataset, year: year, method: spec, samples: samples, seed: 1))
        } else if samples != nil {
            throw APIError(.badRequest, .dashboardErrorUncertaintyWhatIf)
        }
        return Responses.json(RankReport.render(cohort.result, filter: filter, format: .json, language: language(request),
                                                uncertainty: intervals, values: cohort.valueProvenance))
    }

    /// A province the data does not have is an error naming the provinces it has, as `rank --province` says it.
    static func checkProvince(_ filter: RankReport.Filter, _ cohort: ScoredCohort) throws {
        guard let province = filter.province,
              !cohort.result.cities.contains(where: { RegionRegistry.sameProvince($0.province, province) }) else { return }
        throw APIError(.notFound, .dashboardErrorProvince, ["province": String(province.prefix(100))])
    }

    /// `smartscore evaluate --city CODE [--year Y] --format json`.
    func city(_ request: Request, code: String) throws -> Response {
        let query = QueryParameters(request: request)
        let dataset = try query.dataset(dashboard)
        let cohort = try dashboard.cohort(dataset, year: try query.year(dashboard, dataset: dataset))
        let evaluation = try dashboard.workspace.evaluate(cohort, city: code)
        return Responses.json(EvaluateReport.render(evaluation, format: .json, language: language(request), catalogue: dashboard.workspace.catalogue))
    }

    /// `smartscore quickwins --city CODE [--year Y] --format json`.
    func quickWins(_ request: Request, code: String) throws -> Response {
        let query = QueryParameters(request: request)
        let dataset = try query.dataset(dashboard)
        let cohort = try dashboard.cohort(dataset, year: try query.year(dashboard, dataset: dataset))
        let c = try cohort.findCity(code)
        let model = try dashboard.workspace.impactModel(for: cohort)
        var plan = CityPlan(model: model, city: c, options: QuickWinOptions())
        plan.values = cohort.valueProvenance
        return Responses.json(QuickWinsReport.city(plan, model: model, format: .json, language: language(request)))
    }

    /// `smartscore sensitivity [--year Y] [--normalise N] [--aggregate A] --samples N --seed S --no-indices --format json`,
    /// bounded in N.
    func sensitivity(_ request: Request) throws -> Response {
        let query = QueryParameters(request: request)
        let dataset = try query.dataset(dashboard)
        let year = try query.year(dashboard, dataset: dataset)
        let method = try query.method()
        let samples = try query.integer("samples", in: 10...dashboard.settings.mostSensitivitySamples) ?? 100
        let seed = try query.integer("seed", in: 0...Int(Int32.max)) ?? 1
        let result = try dashboard.sensitivity(dataset, year: year, method: method, samples: samples, seed: UInt64(seed))
        return Responses.json(SensitivityReport.render(result, format: .json, language: language(request)))
    }

    /// `smartscore catalogue list --format json` (with `--dimension`).
    func catalogue(_ request: Request) throws -> Response {
        let query = QueryParameters(request: request)
        var indicators = dashboard.workspace.catalogue.indicators
        if let dimension = try query.text("dimension") {
            guard Framework.dimensionIDs.contains(dimension) else { throw APIError.parameter("dimension", dimension) }
            indicators = indicators.filter { $0.dimension == dimension }
        }
        return Responses.json(CatalogueReport.list(indicators, format: .json, language: language(request)))
    }

    /// `smartscore catalogue show CODE --format json`.
    func indicator(_ request: Request, code: String) throws -> Response {
        guard let indicator = dashboard.workspace.catalogue.indicators.first(where: { $0.code == code }) else {
            throw APIError.notFound("/api/v1/catalogue/\(code)")
        }
        return Responses.json(CatalogueReport.show(indicator, catalogue: dashboard.workspace.catalogue, format: .json, language: language(request)))
    }
}
