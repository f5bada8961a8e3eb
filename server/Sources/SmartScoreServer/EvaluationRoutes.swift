import Foundation
import Hummingbird
import SmartScore

/// The ministry's yearly evaluation cohort (`assessment rank`), when the bundled data has its published
/// table: the page (`/evaluation`) from the assessment report's HTML builder, and its JSON
/// (`/api/v1/evaluation`) from the same renderer as `assessment rank --format json`.
struct EvaluationRoutes {
    let dashboard: Dashboard
    static let editions = [2022, 2023]

    func add(to router: Router<BasicRequestContext>) {
        let limit = dashboard.settings.requestTimeout
        router.get("evaluation") { request, _ in try await TimeLimit.run(limit) { try self.page(request) } }
        router.get("api/v1/evaluation") { request, _ in try await TimeLimit.run(limit) { try self.json(request) } }
    }

    /// The edition asked for (default the latest) and its cohort; 404 when the bundled table is not there.
    func view(_ request: Request) throws -> AssessmentCohortView {
        let edition = try QueryParameters(request: request).integer("edition", in: 2022...2023) ?? Self.editions.last!
        guard let datasets = dashboard.settings.paths.datasets else { throw APIError.notFound(request.uri.path) }
        let file = (datasets as NSString).appendingPathComponent("evaluation/kominfo_evaluation_\(edition).csv")
        guard FileManager.default.fileExists(atPath: file) else { throw APIError.notFound(request.uri.path) }
        return try dashboard.workspace.rankAssessment(file, rubric: RubricSpec(edition: edition))
    }

    func json(_ request: Request) throws -> Response {
        let l = RequestLanguage.of(request, default: dashboard.settings.language)
        return Responses.json(AssessmentReport.rank(try view(request), format: .json, language: l))
    }

    func page(_ request: Request) throws -> Response {
        let l = RequestLanguage.of(request, default: dashboard.settings.language), t = Localizer(l)
        let html = AssessmentReport.rank(try view(request), format: .html, language: l)
        let editions = Self.editions.map { "<a href=\"/evaluation?edition=\($0)\">\($0)</a>" }.joined(separator: " · ")
        return Responses.html(Layout.page(title: t(.dashboardEvaluation) + " — " + t(.dashboardTitle), language: l, request: request,
                                          active: "evaluation", body: "<p class=\"screen-only\">\(editions)</p>" + Pages.mainContent(html)))
    }
}
